"""spin.coherence: an incoherent word pair one synonym away from a coherent one (word vectors).
Sentences written for these tests."""
from __future__ import annotations

import pytest

import cleantext
from cleantext.checks.spin import coherence, expansion, joint
from cleantext.checks.spin.data import spin_data
from cleantext.checks.spin.expansion import ADJ, NOUN


def _coherence(text: str, **kw) -> list:
    report = cleantext.check(text, cleantext.Config(**kw))
    return [f for f in report.findings if f.rule == "spin.coherence"]


def test_vectors_cover_ordinary_words_and_are_unit_length():
    d = spin_data()
    vec = coherence.vectors()
    for word in ("consciousness", "artificial", "energy", "player", "forest"):
        r = vec.row(d.id(word))
        assert r >= 0, word
        assert vec.cosine(r, r) == pytest.approx(1.0, abs=0.03)
    assert vec.row(-1) == -1


def test_related_words_are_closer_than_unrelated_ones():
    d = spin_data()
    vec = coherence.vectors()

    def cos(a: str, b: str) -> float:
        return vec.cosine(vec.row(d.id(a)), vec.row(d.id(b)))

    assert cos("artificial", "intelligence") > cos("counterfeit", "consciousness") + 0.2
    assert cos("energy", "oil") > cos("energy", "gamer")


@pytest.mark.parametrize("text, span", [
    ("We studied the colossal information in the archive.", "colossal information"),
    ("The team used a flag sifting method.", "flag sifting"),
])
def test_flags_incoherent_pairs(text, span):
    found = _coherence(text)
    assert [text[f.start:f.end] for f in found] == [span]
    assert found[0].severity == "info" and found[0].confidence == 0.5


@pytest.mark.parametrize("text", [
    "We trained an artificial intelligence on the data.",
    "Doctors screened her for breast cancer last year.",
    "We studied the vast information in the archive.",
    "Ink dries fast in the sun.",  # a clause, not a noun phrase
    "The minister called it a \"counterfeit consciousness\" in jest.",  # quoted
])
def test_passes_coherent_or_non_noun_phrase_pairs(text):
    assert _coherence(text) == []


def test_suggestions_are_only_known_collocations():
    d = spin_data()
    found = _coherence("We studied the colossal information in the archive.")
    assert found and found[0].suggestions
    for text in ("We studied the colossal information in the archive.", "The team used a flag sifting method."):
        for f in _coherence(text):
            for s in f.suggestions:
                x, y = s.lower().split()
                assert d.strength(d.id(x), d.id(y)) > 0


def test_hidden_in_a_long_text_without_other_spin_traces():
    filler = "The council met on Monday and agreed the budget for the coming year. " * 14
    text = filler + "We studied the colossal information in the archive."
    assert _coherence(text) == []  # below the default min_confidence
    shown = _coherence(text, min_confidence=0.0)
    assert shown and shown[0].confidence < 0.5
    # Beside a structural trace of a spinner it is shown.
    traced = text + " The archive looked for to reduce its costs."
    assert _coherence(traced)


def test_a_restoration_alone_does_not_unhide_it():
    filler = "The council met on Monday and agreed the budget for the coming year. " * 14
    text = filler + "He booked a hotel chamber for two nights. We studied the colossal information in the archive."
    report = cleantext.check(text, cleantext.Config(min_confidence=0.0))
    assert any(f.rule == "spin.restore" for f in report.findings)
    assert [f.confidence for f in report.findings if f.rule == "spin.coherence"] == [0.4]
    shown = cleantext.check(text + " The archive looked for to reduce its costs.", cleantext.Config(min_confidence=0.0))
    assert [f.confidence for f in shown.findings if f.rule == "spin.coherence"] == [0.5]


# Joint restoration (joint.py): our own pairs with both words swapped, so that no one-word swap
# is a known phrase; the guess that restores both words comes first.
FLAG_JOINT = [
    ("The team trained a chance arboretum on the survey data.", "chance arboretum", "random forest"),
    ("Most of the course covers device lore and statistics.", "device lore", "machine learning"),
]
PASS_JOINT = [
    "The team trained a random forest on the survey data.",
    "Most of the course covers machine learning and statistics.",
]


@pytest.mark.parametrize("text, span, original", FLAG_JOINT)
def test_doubly_spun_pair_gets_a_joint_guess(text, span, original):
    found = _coherence(text)
    assert [text[f.start:f.end] for f in found] == [span]
    assert found[0].suggestions[0].lower() == original
    assert "The suggestions are guesses" in found[0].message


@pytest.mark.parametrize("text", PASS_JOINT)
def test_restored_pair_passes(text):
    assert [f for f in cleantext.check(text).findings if f.category == "spin"] == []


def test_attested_one_word_swap_stays_first():
    f = _coherence("We studied the colossal information in the archive.")[0]
    assert f.suggestions[:2] == ("extensive information", "vast information")  # coherent one-word swaps
    assert len(f.suggestions) == 3  # a guess fills the list, last
    assert "The last suggestion is a guess" in f.message
    # Within the guesses, too, a one-word swap outranks swapping both words.
    d = spin_data()
    assert joint.guesses(d, "colossal", "information", ADJ | NOUN, NOUN)[0] == ("extensive", "information")


def test_guesses_are_attested_pairs_of_tight_synonyms():
    d = spin_data()
    for a, b in (("chance", "arboretum"), ("device", "lore"), ("colossal", "information")):
        found = joint.guesses(d, a, b, ADJ | NOUN, NOUN)
        assert found and len(found) <= joint.MAX_GUESSES
        originals_a = expansion.expand(d, a, d.id(a), ADJ | NOUN)
        originals_b = expansion.expand(d, b, d.id(b), NOUN)
        for x, y in found:
            assert d.strength(d.id(x), d.id(y)) > 0
            assert x == a or originals_a.get(d.id(x), -1) >= expansion.MUTUAL
            assert y == b or originals_b.get(d.id(y), -1) >= expansion.MUTUAL


def test_no_guess_without_candidate_originals():
    assert joint.guesses(spin_data(), "qwxz", "zzvq", ADJ | NOUN, NOUN) == ()


def test_guesses_change_suggestions_only(monkeypatch):
    texts = [t for t, _, _ in FLAG_JOINT] + ["We studied the colossal information in the archive.",
                                            "The team used a flag sifting method."]

    def findings():
        coherence._PAIRS.clear()
        return [f for t in texts for f in cleantext.check(t).findings]

    monkeypatch.setattr(coherence, "_PAIRS", {})
    with_guesses = findings()
    monkeypatch.setattr(joint, "guesses", lambda *a, **k: ())
    without = findings()
    flagged = lambda fs: [(f.start, f.end, f.rule, f.confidence, f.severity) for f in fs]  # noqa: E731
    assert flagged(without) == flagged(with_guesses)
    assert [f.suggestions for f in without] != [f.suggestions for f in with_guesses]
