"""The public API contract of ../shared/eval/README.md."""
import dataclasses

import pytest

import cleantext
from cleantext import Config, Finding

TEXT = "The  report was late , again.We met the the minister in a hour.\n"


def test_check_returns_sorted_findings_with_all_fields():
    report = cleantext.check(TEXT)
    assert isinstance(report.findings, list) and report.findings
    starts = [f.start for f in report.findings]
    assert starts == sorted(starts)
    for f in report.findings:
        assert isinstance(f, Finding)
        assert 0 <= f.start <= f.end <= len(TEXT)
        assert f.category in cleantext.CATEGORIES
        assert f.severity in ("error", "warning", "info")
        assert isinstance(f.rule, str) and "." in f.rule
        assert isinstance(f.message, str) and f.message
        assert all(isinstance(s, str) for s in f.suggestions)
        assert 0.0 <= f.confidence <= 1.0


def test_findings_are_immutable():
    f = cleantext.check(TEXT).findings[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.start = 3  # type: ignore[misc]


def test_offsets_index_the_original_text():
    report = cleantext.check(TEXT)
    spans = {TEXT[f.start:f.end] for f in report.findings}
    assert "the the" in spans
    assert "  " in spans
    assert "a" in spans  # "a hour"


def test_summary_and_scores():
    report = cleantext.check(TEXT)
    assert set(report.summary) == set(cleantext.CATEGORIES)
    assert sum(report.summary.values()) == len(report.findings)
    assert isinstance(dict(report.scores), dict)


def test_fix_result_contract():
    res = cleantext.fix(TEXT)
    assert res.text == "The report was late, again. We met the minister in an hour.\n"
    for key in ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
                "dale_chall_readability_score"):
        assert isinstance(res.readability_before[key], float)
        assert isinstance(res.readability_after[key], float)
    assert all(ch.finding.rule for ch in res.applied)
    assert res.diff().startswith("--- original")


def test_config_is_frozen_with_defaults():
    c = Config()
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.min_confidence = 0.1  # type: ignore[misc]
    assert c.dialect == "both" and c.fix_level == "safe"
    assert Config(spin_lists=["a.tsv"]).spin_lists == ("a.tsv",)
    with pytest.raises(ValueError):
        Config(dialect="en-AU")
    with pytest.raises(ValueError):
        Config(min_confidence=2)


def test_config_disable_and_enable():
    assert not [f for f in cleantext.check(TEXT, Config(disable={"grammar"})).findings if f.category == "grammar"]
    only = cleantext.check(TEXT, Config(enable={"grammar.repeated_word"})).findings
    assert {f.rule for f in only} == {"grammar.repeated_word"}


def test_accept_list_silences_words():
    text = "We met the the minister."
    assert cleantext.check(text).findings
    assert not cleantext.check(text, Config(accept={"the the"})).findings


def test_severity_override():
    f = cleantext.check("We met the the minister.", Config(severity={"grammar": "error"})).findings[0]
    assert f.severity == "error"


def test_suggest_returns_list():
    assert isinstance(cleantext.suggest("example"), list)


def test_readability_keys():
    r = cleantext.readability("A short text. It has two sentences.")
    assert r["sentences"] == 2 and r["words"] == 7


def test_ignore_marker_suppresses_a_line():
    text = "We met the the minister.  cleantext: ignore\nWe met the the minister.\n"
    found = [f for f in cleantext.check(text).findings if f.rule == "grammar.repeated_word"]
    assert len(found) == 1 and found[0].start > text.index("\n")


def test_empty_and_whitespace_input():
    assert cleantext.check("").findings == []
    assert cleantext.check("   \n\n ").findings == []
    assert cleantext.fix("").text == ""


def test_max_bytes():
    with pytest.raises(cleantext.InputTooLarge):
        cleantext.check("word " * 100, Config(max_bytes=100))


def test_non_str_input_is_a_type_error():
    with pytest.raises(TypeError):
        cleantext.check(b"bytes")  # type: ignore[arg-type]
