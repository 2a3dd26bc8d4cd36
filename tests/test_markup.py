"""Markdown, HTML and plain front ends: what is prose, what is not, suppression, exact offsets."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext.markup import detect, load

MD = """---
title: wiht in front matter
---
# Heading recieve

Para with `wiht` code, [link text](http://wiht.example/wiht "wiht") and <http://wiht.example>.
A second line <!-- wiht in a comment --> here.

> A quoted becuase here.

- item seperate
- second item

A paragraph ends the list.

    indented wiht code

```python
fenced = "wiht"
```

<div>
raw html goverment <script>var wiht = 1;</script>
</div>

[ref]: http://wiht.example/ref
"""


def typo_spans(report, text):
    return [(f.start, text[f.start:f.end]) for f in report.findings if f.rule == "typo.nonword"]


def flagged(text, fmt="markdown", config=None):
    """The misspellings found, in order. Each test text uses a misspelling once in its prose: the
    typo check treats an unknown word used twice in one document as a term of that document."""
    return [w for _, w in typo_spans(cleantext.check_markup(text, config, format=fmt), text)]


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


def test_markdown_skips_code_urls_comments_front_matter():
    report = cleantext.check_markup(MD, format="markdown")
    spans = typo_spans(report, MD)
    # heading, block quote, list item and the text of a raw HTML block: never front matter, code,
    # URLs, comments, or the script inside the HTML
    assert [w for _, w in spans] == ["recieve", "becuase", "seperate", "goverment"]
    assert [line_of(MD, s) for s, _ in spans][:3] == [4, 9, 11]


def test_markdown_prose_has_same_length_and_newlines():
    prose, _ = load(MD, "markdown")
    assert len(prose) == len(MD)
    for i, c in enumerate(MD):
        if c == "\n" and prose[i] != "\n":
            # only soft breaks inside one paragraph become spaces
            assert prose[i] == " "
    assert "http" not in prose and "fenced" not in prose and "title" not in prose and "var" not in prose
    assert "raw html" in prose


def test_line_and_column_are_exact_in_markdown():
    text = "# Title\n\nSome text with a `x` and wiht.\n"
    report = cleantext.check_markup(text, format="markdown")
    doc = cleantext.Document(text)
    (f,) = [f for f in report.findings if f.rule == "typo.nonword"]
    assert text[f.start:f.end] == "wiht"
    assert doc.line_col(f.start) == (3, 26)


def test_crlf_offsets():
    text = "First line.\r\n\r\nIt has a wiht typo.\r\n"
    (f,) = [f for f in cleantext.check_markup(text, format="markdown").findings if f.rule == "typo.nonword"]
    assert text[f.start:f.end] == "wiht"


def test_headings_and_list_items_are_units():
    text = "- first item without stop\n- second item\n\n# A heading\nnext para starts lowercase.\n"
    prose, _ = load(text, "markdown")
    doc = cleantext.Document(text, prose)
    kinds = [b.kind for b in doc.blocks]
    assert kinds.count("list_item") == 2
    assert len(doc.blocks) == 4


def test_blockquotes_linted_unless_skipped():
    text = "> A quoted wiht here.\n\nPlain recieve text.\n"
    cfg = cleantext.Config(skip_blockquotes=True)
    assert flagged(text) == ["wiht", "recieve"]
    assert flagged(text, config=cfg) == ["recieve"]
    html = "<blockquote>A quoted wiht here.</blockquote><p>Plain recieve.</p>"
    assert flagged(html, "html") == ["wiht", "recieve"]
    assert flagged(html, "html", cfg) == ["recieve"]


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_off_on_suppression(fmt):
    text = "One wiht.\n\n<!-- cleantext off -->\n\nTwo recieve.\n\n<!-- cleantext on -->\n\nThree becuase.\n"
    if fmt == "html":
        text = text.replace("One wiht.", "<p>One wiht.</p>")
    assert flagged(text, fmt) == ["wiht", "becuase"]


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_disable_enable_rules(fmt):
    text = ("Alpha wiht the the end.\n\n<!-- cleantext disable typo.nonword,grammar -->\n\n"
            "Beta recieve the the end.\n\n<!-- cleantext enable typo.nonword -->\n\nGamma becuase the the end.\n")
    report = cleantext.check_markup(text, format=fmt)
    repeats = [line_of(text, f.start) for f in report.findings if f.rule == "grammar.repeated_word"]
    assert flagged(text, fmt) == ["wiht", "becuase"]
    assert repeats == [1]  # grammar stays disabled to the end of the file


def test_unclosed_off_runs_to_end():
    text = "One wiht.\n\n<!-- cleantext off -->\nTwo recieve.\n"
    assert flagged(text) == ["wiht"]


def test_directive_inside_code_is_not_a_directive():
    text = "```\n<!-- cleantext off -->\n```\n\nStill wiht checked.\n"
    assert flagged(text) == ["wiht"]


def test_ignore_marker_any_format():
    text = "A wiht line. <!-- cleantext: ignore -->\nAnother recieve line.\n"
    for fmt in ("markdown", "html", "plain"):
        assert flagged(text, fmt) == ["recieve"], fmt


def test_html_text_only():
    text = ("<html><head><title>Title wiht</title><style>p { wiht: 1 }</style>"
            "<script>var wiht = 1;</script></head><body>\n"
            '<p class="wiht">Body recieve <a href="http://wiht.example">link becuase</a>.</p>\n'
            "<pre>pre wiht</pre><p>Inline <code>wiht</code> code.</p>\n"
            "<!-- wiht in comment --></body></html>")
    spans = typo_spans(cleantext.check_markup(text, format="html"), text)
    starts = sorted(s for s, _ in spans)
    expected = sorted([text.index("Title wiht") + 6, text.index("Body recieve") + 5, text.index("link becuase") + 5])
    assert starts == expected


def test_html_entities_keep_words_whole():
    text = "<p>The caf&eacute; don&rsquo;t close &amp; we met wiht them.</p>"
    spans = typo_spans(cleantext.check_markup(text, format="html"), text)
    assert [w for _, w in spans] == ["wiht"]


def test_markdown_emphasis_and_escapes():
    text = "Some **bold** and *wiht* and \\*stars\\* here.\n"
    spans = typo_spans(cleantext.check_markup(text), text)
    assert [w for _, w in spans] == ["wiht"]
    # no doubled-space artefacts from the blanked emphasis markers
    assert not [f for f in cleantext.check_markup(text).findings if f.rule.startswith("spacing.")]


def test_tables_do_not_make_spacing_findings():
    text = "| a | b |\n|---|---|\n| one wiht | two |\n"
    report = cleantext.check_markup(text)
    assert [f.rule for f in report.findings] == ["typo.nonword"]


def test_detect():
    assert detect("a/b.MD") == "markdown"
    assert detect("x.markdown") == "markdown"
    assert detect("x.html") == "html" and detect("x.htm") == "html"
    assert detect("x.txt") == "plain" and detect(None) == "plain"
    with pytest.raises(ValueError):
        load("x", "rst")


def test_fix_markup_never_touches_code():
    text = "Use `wiht` in code, but wiht in prose.\n\n```\nwiht\n```\n"
    res = cleantext.fix_markup(text)
    assert res.text == "Use `wiht` in code, but with in prose.\n\n```\nwiht\n```\n"
    assert cleantext.fix_markup(res.text).text == res.text


def test_plain_check_reads_backticks_as_code():
    text = "Some `wiht` here, and wiht there."
    assert [f.start for f in cleantext.check(text).findings if f.rule == "typo.nonword"] == [22]
    assert [f.start for f in cleantext.check("Some wiht here.").findings if f.rule == "typo.nonword"] == [5]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab `*_[]()<>!#-\n\r>|&;\\x:/.")), max_size=80))
def test_front_ends_never_crash_and_keep_length(text):
    for fmt in ("markdown", "html", "plain"):
        prose, suppressed = load(text, fmt)
        assert len(prose) == len(text)
        for i, c in enumerate(text):
            assert prose[i] == c or prose[i] in " \n\u2060" or fmt == "html"
        for start, end, _ in suppressed:
            assert 0 <= start <= end <= len(text)
        report = cleantext.check_markup(text, format=fmt)
        for f in report.findings:
            assert 0 <= f.start <= f.end <= len(text)


def test_markdown_entities_and_line_breaks():
    text = "The caf&eacute; don&rsquo;t close; two<br>words and wiht.\n"
    prose, _ = load(text, "markdown")
    assert "\u00e9" in prose and "\u2019" in prose
    assert prose[text.index("<br>")] == "\n"  # a <br> never glues 'two' and 'words' into one word
    assert [w for _, w in typo_spans(cleantext.check_markup(text), text)] == ["wiht"]


def test_malformed_html_still_checks_the_rest():
    text = "<p>One wiht.</p><![: broken <p>Two recieve.</p>"
    assert flagged(text, "html") == ["wiht", "recieve"]


def test_table_cells_are_units():
    text = "| option | default |\n|---|---|\n| cache size | large memory buffer |\n| disk cache | eviction policy |\n"
    prose, _ = load(text, "markdown")
    doc = cleantext.Document(text, prose)
    cells = [text[b.start:b.end] for b in doc.blocks]
    assert cells == ["option", "default", "cache size", "large memory buffer", "disk cache", "eviction policy"]
