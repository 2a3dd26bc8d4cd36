"""Property tests: offsets, idempotence and locality of fix, for any input."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleantext

PIECES = st.sampled_from([
    "the", "The", "a", "an", "hour", "apple", "wiht", "then", "than", ",", ".", ";", " ", "  ", "\n", "\r\n",
    "\u201c", "\u201d", "\u2019", "\u00a0", "\u200b", "\u0301", "--", "-", "U.S.", "https://x.org/a,b", "#tag",
    "@who", "1,000", "3.5", "\x07", "\x00", "\ufffd", "caf\u00c3\u00a9", "# ", "- ", "`code`", "<b>", "\U0001F468\u200d\U0001F469",
    "\u202e", "significantly,raising", "the the",
])
TEXTS = st.one_of(
    st.lists(PIECES, max_size=40).map(" ".join),
    st.lists(PIECES, max_size=40).map("".join),
    st.text(max_size=200),
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXTS)
def test_findings_are_well_formed(text):
    report = cleantext.check(text)
    prev = -1
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert f.start >= prev
        prev = f.start
        assert f.category in cleantext.CATEGORIES
        assert all(isinstance(s, str) for s in f.suggestions)
        assert 0.0 <= f.confidence <= 1.0


@SETTINGS
@given(TEXTS)
def test_fix_is_idempotent_and_local(text):
    res = cleantext.fix(text)
    assert cleantext.fix(res.text).text == res.text
    if not res.applied:
        assert res.text == text and res.passes == 0
        return
    changes = sorted(res.applied, key=lambda c: c.start)
    for c in changes:
        assert 0 <= c.start <= c.end <= len(text)
        assert c.finding.rule and c.finding.suggestions
    if res.passes == 1:
        # One round: the applied changes, and nothing else, turn the text into the result.
        parts, pos = [], 0
        for c in changes:
            assert c.start >= pos, "applied changes overlap"
            assert c.original == text[c.start:c.end]
            parts += [text[pos:c.start], c.replacement]
            pos = c.end
        parts.append(text[pos:])
        assert "".join(parts) == res.text
    else:
        # Several rounds: text before the first and after the last change is untouched.
        first, last = changes[0].start, max(c.end for c in changes)
        assert res.text.startswith(text[:first])
        assert res.text.endswith(text[last:])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_every_format_renders_and_machine_formats_parse(text):
    import json

    from cleantext.document import Document
    from cleantext.formats import FORMATS, FileResult, renderer

    report = cleantext.check(text)
    result = FileResult("doc.txt", Document(text), report, cleantext.fix(text))
    for fmt in FORMATS:
        out = renderer(fmt)([result])
        assert isinstance(out, str)
        if fmt in ("json", "sarif"):
            json.loads(out)
        if fmt == "html":
            assert "<script>alert" not in out
