"""Pathological inputs: check() and fix() must finish, keep offsets valid and lose nothing.

How the time grows with such inputs is measured by benchmarks/bench_growth.py (timing does not
belong in unit tests on a shared, noisy machine)."""
import pytest

import cleantext

PATHOLOGICAL = {
    "no_spaces": "a" * 20_000,
    "no_punctuation": "word " * 4_000,
    "commas": "," * 20_000,
    "nested_brackets": "(" * 10_000 + ")" * 10_000,
    "url": "https://example.com/" + "a/" * 10_000,
    "repeated_sentences": "The company said it would grow. " * 600,
    "newlines": "\n" * 20_000,
    "mixed_markup": "# Head\n- item `code` <b>x</b> [l](http://x.y) " * 400,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_gives_valid_findings_and_a_lossless_fix(name):
    text = PATHOLOGICAL[name]
    report = cleantext.check(text)
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert 0.0 <= f.confidence <= 1.0
    fixed = cleantext.fix(text).text
    # fix() never deletes words: every letter run of the input survives somewhere in the output
    assert sum(c.isalpha() for c in fixed) >= sum(c.isalpha() for c in text) * 0.99


def test_word_salad_without_punctuation_is_flagged_once_per_run():
    report = cleantext.check("word " * 4_000)
    assert any(f.category == "degeneration" for f in report.findings)


def test_one_megabyte_token_and_url_are_not_words():
    for text in ("x" * 1_000_000, "https://example.com/" + "a" * 1_000_000, "#" + "b" * 1_000_000):
        report = cleantext.check(text)
        assert not [f for f in report.findings if f.category in ("typo", "spin")]


def test_nul_characters_between_repeated_prose():
    # Found by benchmarks/fuzz.py: a NUL inside the text misaligned the degeneration check's
    # per-token arrays and raised IndexError.
    text = "The company said it would grow again next year. \x00 " * 40
    report = cleantext.check(text)
    assert any(f.rule == "encoding.control_char" for f in report.findings)
    assert cleantext.fix(cleantext.fix(text).text).text == cleantext.fix(text).text
