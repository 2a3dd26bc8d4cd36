"""Which original spin.restore names: ranking by how plausible the substitution is, no junk.

Sentences are our own. A spinner replaces a word by a thesaurus synonym in the original's own
sense, so a restoration should replace words by similar ones (word vectors), and a flagged pair
whose every candidate swaps in a word far from the one on the page is reported without a
suggestion rather than with an unrelated collocation.
"""
from __future__ import annotations

import pytest

import cleantext
from cleantext.checks.spin import candidates as C
from cleantext.checks.spin import restore as R
from cleantext.checks.spin.data import spin_data, vectors


def _spin(text: str, span: str):
    fs = [f for f in cleantext.check(text).findings if f.category == "spin" and text[f.start:f.end] == span]
    return fs[0] if fs else None


# Should flag, with the original among the first three suggestions.
FLAG_TOP3 = [
    ("He booked a hotel chamber for two nights.", "hotel chamber", "hotel room"),
    ("Heavy rain raised the sea grade along the coast.", "sea grade", "sea level"),
    ("The nurse measured his blood force twice.", "blood force", "blood pressure"),
    ("Scientists warn about climate alteration every year.", "climate alteration", "climate change"),
    # The original replaces the word by a similar one (numerical for figural), where the
    # collocation table alone preferred another ("numeric values" stays first).
    ("The figural values are stored in a table.", "figural values", "numerical values"),
    ("The gauge substantiation step rejects bad input.", "gauge substantiation", "parameter validation"),
    # A swap to a collocation the tables attest without holding it as strong.
    ("The lamp runs on a small power origin.", "power origin", "power source"),
    # Unrelated words, one same-sense WordNet swap from an attested pair (weak evidence only).
    ("She sang funding vocals on the new album.", "funding vocals", "backing vocals"),
    ("The farm replaced its pregnancy crates last year.", "pregnancy crates", "gestation crates"),
    # A WordNet two-word term with a strong association, reached through loose links whose
    # words are less similar than an ordinary two-word restoration needs (the example).
    ("The firm now relies on counterfeit consciousness to plan its routes.", "counterfeit consciousness",
     "artificial intelligence"),
]


@pytest.mark.parametrize("text,span,original", FLAG_TOP3)
def test_original_in_top3(text, span, original):
    f = _spin(text, span)
    assert f is not None, text
    assert original in [s.lower() for s in f.suggestions[:3]], f.suggestions


# Should flag, without a suggestion: every candidate swaps in words far in meaning from those on
# the page (our own spun phrases; the tables offer "command line" and the like).
FLAG_NO_SUGGESTION = [
    ("The obligation grouping was checked twice.", "obligation grouping"),
    ("They said the respect defamation was ready.", "respect defamation"),
]


@pytest.mark.parametrize("text,span", FLAG_NO_SUGGESTION)
def test_no_junk_suggestion(text, span):
    f = _spin(text, span)
    assert f is not None, text
    assert f.suggestions == ()
    assert "none of them is a likely original" in f.message


# Should pass: the fluent wording.
PASS = [
    "He booked a hotel room for two nights.",
    "Heavy rain raised the sea level along the coast.",
    "The numerical values are stored in a table.",
    "The parameter validation step rejects bad input.",
    "The lamp runs on a small power source.",
    "She sang backing vocals on the new album.",
    "The farm replaced its gestation crates last year.",
    "Scientists warn about climate change every year.",
]


@pytest.mark.parametrize("text", PASS)
def test_fluent_passes(text):
    assert not [f for f in cleantext.check(text).findings if f.category == "spin"], text


def test_alternatives_stay_close_to_the_best():
    # "hotel staff" is a collocation one (loose) synonym away, far behind "hotel room": a
    # runner-up that distant is a guess, not an alternative.
    f = _spin("He booked a hotel chamber for two nights.", "hotel chamber")
    assert [s.lower() for s in f.suggestions] == ["hotel room"]


def test_substitution_prefers_the_same_sense():
    d = spin_data()
    vec = vectors()
    chamber = vec.row(d.id("chamber"))
    assert C.substitution(vec, chamber, d.id("room"), 0) > C.substitution(vec, chamber, d.id("staff"), 0) + 0.1
    # A word without a vector falls back on the tightness of the thesaurus link.
    assert C.substitution(vec, -1, d.id("room"), 2) > C.substitution(vec, -1, d.id("room"), 0)


def test_dissimilar_two_word_candidates_are_not_offered():
    d = spin_data()
    found = C.candidates(d, "obligation", "grouping")
    assert found and any(c.decisive for c in found)  # the pair is judged spun ...
    assert not any(c.plausible for c in found if c.both)  # ... but no two-word swap is offered
    r = R.restore_pair(d, "obligation", "grouping", {})
    assert r is not None and r.unsure


def test_unsure_pair_is_weak_evidence():
    # No candidate is offered, so none is firm: the pair is weak (confidence 0.5, never fixed at
    # the default threshold), and it gets no guesses either (joint.py is for spin.coherence).
    d = spin_data()
    for a, b in (("obligation", "grouping"), ("respect", "defamation")):
        r = R.restore_pair(d, a, b, {})
        assert r is not None and r.unsure and r.weak


def test_attested_swaps_are_suggestions_not_evidence():
    d = spin_data()
    found = C.candidates(d, "power", "origin")
    extra = [c for c in found if not c.features]
    assert extra and not any(c.decisive or c.firm for c in extra)
    assert ("power", "source") in [(d.words[c.x], d.words[c.y]) for c in extra]
    assert any(c.decisive for c in found)  # the decision still rests on the scored candidates


def test_unsure_pair_gives_way_to_a_named_neighbour():
    # "restatement datum" has no likely original; "datum creation" has one, and the two share
    # "datum": the named restoration is the one reported.
    text = "They said the restatement datum creation was ready."
    fs = [f for f in cleantext.check(text).findings if f.category == "spin"]
    assert [(text[f.start:f.end], f.suggestions[:1]) for f in fs] == [("datum creation", ("instance creation",))]


def test_similar_swap_is_weak_evidence():
    d = spin_data()
    found = C.candidates(d, "funding", "vocals")
    assert found and all(c.decisive and not c.firm and not c.features and not c.both for c in found)
    assert (d.words[found[0].x], d.words[found[0].y]) == ("backing", "vocals")
    r = R.restore_pair(d, "funding", "vocals", {})
    assert r is not None and r.weak and not r.context
    # It is this rule that decides: with the observed words required to be less related than
    # any pair can be, nothing is found.
    assert not C.candidates(d, "funding", "vocals", C.PARAMS._replace(swap_max_observed=-1.0))
