"""Spin check: restoration, structure, lexicon, user lists, verdict. Sentences written for these tests."""
import os

import pytest

import cleantext
from cleantext.checks.spin import score, userlists
from cleantext.checks.spin.data import spin_data

SPIN = cleantext.Config(enable={"spin"})


def spin_findings(text, config=SPIN):
    return [f for f in cleantext.check(text, config).findings if f.category == "spin"]


@pytest.mark.parametrize("text,span,suggestion", [
    ("He booked a hotel chamber for two nights.", "hotel chamber", "hotel room"),
    ("They bought a new washing contraption.", "washing contraption", "washing machine"),
    ("The town built a new swimming puddle.", "swimming puddle", "swimming pool"),
    ("Doctors warned about high blood strain.", "blood strain", "blood pressure"),
])
def test_restoration_on_own_sentences(text, span, suggestion):
    fs = [f for f in spin_findings(text) if f.rule == "spin.restore"]
    assert fs, text
    f = fs[0]
    assert text[f.start:f.end] == span
    assert suggestion in f.suggestions[:3]
    assert "is rare" in f.message and suggestion in f.message
    assert f.source


@pytest.mark.parametrize("text", [
    "The government announced a new budget for schools and hospitals on Tuesday.",
    "Local politics shaped the election, and the council met on Monday evening.",
    "Shares in the company rose sharply after strong sales figures were published.",
    "The minister said the plan would cut waiting times for patients across the country.",
    "Researchers found that regular exercise lowers the risk of heart disease.",
    "Mr Brown told the BBC that interest rates were likely to stay the same.",
    "\"A heart assault,\" she wrote, \"is what the critics call it.\"",
])
def test_fluent_sentences_stay_quiet(text):
    assert spin_findings(text) == []


def test_capitalised_names_are_not_restored():
    assert spin_findings("We met Hotel Chamber and Swimming Puddle, two bands from Leeds.") == []


def test_structural_signals():
    text = "The council looked for to reduce its debt, and lost its economic take advantage of."
    rules = {f.rule for f in spin_findings(text)}
    assert {"spin.structural.looked_for_to", "spin.structural.phrasal_noun"} <= rules


def test_broken_idiom_and_intact_idiom():
    assert [f.suggestions[0] for f in spin_findings("We hope this will shed illumination on it.")] == ["light"]
    assert spin_findings("We hope this will shed light on it.") == []


def test_lexicon_match_preserves_case():
    fs = spin_findings("On the various other hand, it rained.")
    assert fs and fs[0].suggestions[0] == "On the other hand"


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_user_list_tsv(tmp_path):
    path = _write(tmp_path, "mylist.tsv", "tortured\texpected\tnote\nbright sky engine\tsolar panel\tx\n")
    text = "The team built a bright sky engine on the roof."
    fs = spin_findings(text, cleantext.Config(spin_lists=[path]))
    assert len(fs) == 1
    f = fs[0]
    assert f.rule == "spin.list" and text[f.start:f.end] == "bright sky engine"
    assert f.suggestions[0] == "solar panel"
    assert "mylist.tsv" in f.message and f.source == "mylist.tsv"


def test_user_list_csv_with_spun_alias(tmp_path):
    path = _write(tmp_path, "other.csv", "spun,expected\n\"Quick Hound\",fast dog\nsame words,same words\n")
    fs = spin_findings("A quick hound ran past; same words here.", cleantext.Config(spin_lists=[path]))
    assert [f.suggestions[0] for f in fs] == ["fast dog"]


def test_user_list_errors(tmp_path):
    bad_header = _write(tmp_path, "bad.tsv", "phrase\tfix\na b\tc d\n")
    with pytest.raises(userlists.SpinListError, match="tortured"):
        userlists.load(bad_header)
    short_row = _write(tmp_path, "short.tsv", "tortured\tnote\texpected\nonly one\n")
    with pytest.raises(userlists.SpinListError, match="line 2"):
        userlists.load(short_row)
    with pytest.raises(userlists.SpinListError):
        userlists.load(str(tmp_path / "missing.tsv"))


def test_user_list_cache_follows_mtime(tmp_path):
    path = _write(tmp_path, "l.tsv", "tortured\texpected\nred bird\tcardinal\n")
    first = userlists.load(path)
    assert userlists.load(path) is first
    os.utime(path, (1, 1))
    assert userlists.load(path) is not first


def test_density_and_verdict():
    spun = ("He booked a hotel chamber for two nights. Doctors warned about high blood strain. "
            "They bought a new washing contraption. The town built a new swimming puddle. "
            "The council looked for to reduce its debt. ") * 5
    report = cleantext.check(spun, SPIN)
    assert report.scores["spin_density"] > 10
    assert report.scores["spin_score"] >= score.SCORE_THRESHOLD
    assert score.VERDICT in report.verdicts
    one = "The town built a new swimming puddle. " + "The weather was fine and the food was good. " * 20
    report = cleantext.check(one, SPIN)
    assert report.scores["spin_density"] > 0
    assert score.VERDICT not in report.verdicts


def test_data_is_compact_and_loads():
    d = spin_data()
    assert d.id("heart") >= 0 and d.id("zzzzqx") == -1
    assert d.strength(d.id("heart"), d.id("attack"))


SEED = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "seeds")


def test_seed_004_is_spun():
    files = [f for f in os.listdir(SEED) if f.startswith("004")] if os.path.isdir(SEED) else []
    if not files:
        pytest.skip("seed 004 not present")
    text = open(os.path.join(SEED, files[0]), encoding="utf-8").read()
    report = cleantext.check(text, SPIN)
    fs = [f for f in report.findings if f.category == "spin"]
    assert len(fs) >= 5
    assert all(f.suggestions for f in fs)


def test_fix_applies_restoration_only_at_suggested_level():
    text = "The town built a new swimming puddle."
    assert cleantext.fix(text).text == text  # the default "safe" level leaves spin alone
    fixed = cleantext.fix(text, cleantext.Config(fix_level="suggested", enable={"spin"}))
    assert fixed.text == "The town built a new swimming pool."
    assert any(c.finding.rule == "spin.restore" for c in fixed.applied)


def test_verdict_is_quiet_on_fluent_prose():
    text = ("The government announced a new budget for schools on Tuesday. Ministers said the money "
            "would pay for more teachers, and the opposition called the plan too small. ") * 10
    report = cleantext.check(text, SPIN)
    assert report.scores["spin_density"] == 0
    assert report.verdicts == ()
