"""spin.restore: hyphenated compounds, inflected stand-ins, spelling variants and the candidate
score. All sentences are our own."""
from __future__ import annotations

import cleantext
from cleantext.checks.spin import evidence, restore
from cleantext.checks.spin.data import spin_data

SPIN = cleantext.Config(enable={"spin"})


def restore_findings(text):
    return [f for f in cleantext.check(text, SPIN).findings if f.rule == "spin.restore"]


def test_hyphenated_compound_is_restored_as_one_word():
    text = "The system gives real-duration updates to drivers."
    fs = restore_findings(text)
    assert [text[f.start:f.end] for f in fs] == ["real-duration"]
    assert fs[0].suggestions[0] == "real-time"


def test_fluent_hyphenated_compounds_pass():
    for text in ("The system gives real-time updates to drivers.",
                 "Most staff signed short-duration contracts.",
                 "They held a high-level meeting on Friday.",
                 "He bought a second-hand car from a low-income family."):
        assert restore_findings(text) == [], text


def test_quoted_or_capitalised_compounds_are_left_alone():
    assert restore_findings('The system gives "real-duration" updates to drivers.') == []
    assert restore_findings("We met Real-Duration, a band from Leeds.") == []


def test_spelling_variant_is_not_a_synonym():
    assert evidence.spelling_variant("medalists", "medallists")
    assert evidence.spelling_variant("industrialized", "industrialised")
    assert evidence.spelling_variant("political", "geopolitical")  # derived, not swapped
    assert not evidence.spelling_variant("room", "chamber")
    assert not evidence.spelling_variant("pressure", "strain")
    assert restore_findings("The two gold medallists flew home on Sunday.") == []


def test_inflected_word_reaches_originals_through_its_stem():
    d = spin_data()
    # "snapshots" has a thesaurus entry of its own, but "pictures" is listed under "snapshot".
    originals = {d.words[j] for j in restore._expand(d, "snapshots", d.id("snapshots"), restore.NOUN,
                                                     restore.PARAMS)}
    assert "pictures" in originals


def test_score_prefers_a_rare_stand_in_and_penalises_double_replacement():
    w = restore.PARAMS.weights
    base = dict(joint=-4.0, pmi=5.0, gain=1.0, tight=True, both=False, mwe=False, spread=0.0)
    rare = evidence.score_candidate(w, observed=-11.0, **base)
    common = evidence.score_candidate(w, observed=-7.0, **base)
    assert rare > common
    both = evidence.score_candidate(w, observed=-9.0, **{**base, "both": True, "tight": False})
    single = evidence.score_candidate(w, observed=-9.0, **base)
    assert single > both


def test_no_candidate_survives_impossible_bars():
    d = spin_data()
    p = restore.PARAMS._replace(threshold=99.0, rule_pmi=99.0, rule_pmi_both=99.0)
    assert restore.candidates(d, "hotel", "chamber", p) == []
    assert restore.candidates(d, "hotel", "chamber")  # the shipped bars flag it


def test_attested_pair_has_no_candidates():
    d = spin_data()
    assert restore.candidates(d, "hotel", "room") is None
