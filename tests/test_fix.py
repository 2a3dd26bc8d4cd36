import cleantext
from cleantext import Config

TEXT = "Tensions rose significantly,raising fears. We met the the minister.  It took a hour -- or more."


def test_fix_applies_safe_findings_and_explains_them():
    res = cleantext.fix(TEXT)
    assert "significantly, raising" in res.text
    assert "the the" not in res.text
    assert "an hour" in res.text
    rules = {c.finding.rule for c in res.applied}
    assert {"spacing.missing_space", "grammar.repeated_word", "grammar.a_an"} <= rules
    for c in res.applied:
        assert TEXT[c.start:c.end] == c.original
    # the double hyphen is a style fix: not applied at the default "safe" level
    assert "--" in res.text
    assert any(f.rule == "punctuation.double_hyphen" for f in res.skipped)


def test_fix_level_suggested_applies_style_rules():
    res = cleantext.fix(TEXT, Config(fix_level="suggested"))
    assert "\u2014" in res.text


def test_fix_is_idempotent():
    once = cleantext.fix(TEXT).text
    assert cleantext.fix(once).text == once


def test_text_outside_applied_spans_is_unchanged():
    res = cleantext.fix(TEXT)
    pos = 0
    rebuilt = []
    for c in sorted(res.applied, key=lambda c: c.start):
        rebuilt.append(TEXT[pos:c.start])
        rebuilt.append(c.replacement)
        pos = c.end
    rebuilt.append(TEXT[pos:])
    assert "".join(rebuilt) == res.text


def test_threshold_one_applies_nothing():
    res = cleantext.fix(TEXT, Config(fix_threshold=1.0))
    assert res.text == TEXT and not res.applied


def test_deletions_of_words_are_never_applied():
    from cleantext.findings import Finding
    from cleantext.fixer import fixable

    f = Finding(0, 5, "degeneration", "degeneration.word_salad", "salad", ("",), 0.99, "warning")
    assert not fixable(f, Config(fix_level="all"), "all", "words and more")
    assert fixable(f, Config(fix_level="all"), "all", "  \x07  and more")


def test_diff_is_unified():
    d = cleantext.fix(TEXT).diff()
    assert d.startswith("--- original\n+++ fixed\n")
    assert "-Tensions rose significantly,raising" in d
