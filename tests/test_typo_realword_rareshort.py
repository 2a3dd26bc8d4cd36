"""typo.realword for rare short words: a short word that is rare in English prose standing for a
very frequent word one or two edits away ("le" for "the"). Sentences written for these tests."""
from __future__ import annotations

import cleantext
from cleantext.checks.typo import rareshort
from cleantext.document import Document


def _realword(text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.suggestions[0]) for f in cleantext.check(text).findings
            if f.rule == "typo.realword"]


def test_a_rare_short_word_standing_for_a_frequent_word_two_edits_away_is_found():
    assert _realword("He joined le Imperial War Museum as director.") == [("le", "the")]
    assert _realword("He said sa prominent man had come.") == [("sa", "a")]


def test_french_names_and_phrases_are_left_alone():
    assert _realword("She went to Le Monde and read le journal in Paris.") == []  # capitalised elsewhere
    assert _realword("Marine le Pen spoke in the debate.") == []  # after a name
    assert _realword("They ate at le café near the station.") == []  # a foreign neighbour
    assert _realword("He joined le Imperial War Museum as director.",) != []
    assert _realword("He joined le Imperial War Museum as director. Le Monde reported it.") == []


def test_common_english_words_are_not_in_the_class():
    # rare in the (spoken) model's counts, but ordinary English: never compared with "the", "a"
    assert not rareshort._rare("thus") and not rareshort._rare("plot") and not rareshort._rare("via")
    assert rareshort._rare("le") and rareshort._rare("sa")
    assert _realword("We plot the results and thus see the trend.") == []


def test_both_neighbours_must_favour_the_frequent_word():
    from cleantext.checks.typo import context as C

    for prev, nxt in (("joined", "imperial"), ("joined", "</s>"), ("into", "room"), ("said", "prominent")):
        v = rareshort.decide("le", prev, nxt, rareshort.NEED)
        if v is not None:
            x = v[0]
            assert C.logp(x, prev) > C.logp("le", prev) and C.logp(nxt, x) > C.logp(nxt, "le")
    assert rareshort.decide("le", "joined", "imperial", rareshort.NEED)[0] == "the"
    assert rareshort.decide("le", "joined", "zzzqx", rareshort.NEED) is None  # an unknown neighbour


def test_a_repeated_word_is_changed_only_where_every_use_is_a_verdict():
    text = "He joined le Imperial War Museum as director. Later le museum grew."
    hits = [t.text for t, *_ in rareshort.verdicts(Document(text), set())]
    uses = sum(1 for t in Document(text).tokens if t.lower == "le")
    assert hits == [] or len(hits) == uses


def test_confidence_grows_with_evidence_and_lead():
    assert rareshort.confidence(4.0, 3.0) >= 0.8
    assert rareshort.confidence(4.0, 0.1) < 0.5
    assert rareshort.confidence(1.0, 9.0) < 0.5


def test_a_short_uncommon_sentence_start_is_judged_as_a_slip_before_its_capital():
    # "sa" opening a sentence is more likely "a" than a word that lost its capital ("Sa")
    text = "The band split up. sa new group was formed."
    fs = [f for f in cleantext.check(text).findings if f.start == text.index("sa ")]
    assert [(f.rule, f.suggestions[0]) for f in fs] == [("typo.realword", "a")]
    # a common word keeps the plain capital fix
    text = "The talks failed. several delegates left early."
    assert [f.rule for f in cleantext.check(text).findings] == ["typo.case"]
