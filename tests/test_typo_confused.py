"""typo.confused: commonly confused words read by the trigram model on both sides."""
from __future__ import annotations

import pytest

import cleantext
from cleantext.checks.typo import confused as K
from cleantext.checks.typo.context import lm
from cleantext.checks.typo.spans import trigram_window
from cleantext.document import Document


def _confused(text: str, **config) -> list[tuple[str, tuple[str, ...]]]:
    cfg = cleantext.Config(**config) if config else None
    return [(text[f.start:f.end], f.suggestions)
            for f in cleantext.check(text, cfg).findings if f.rule == "typo.confused"]


@pytest.mark.parametrize("text,span,fix", [
    ("The students left there books in the hall.", "there", "their"),
    ("They lost there luggage at the airport.", "there", "their"),
    ("Please read you email before the meeting.", "you", "your"),
    ("He forgot is keys at home again.", "is", "his"),
    ("The engine makes to much noise at night.", "to", "too"),
    ("I don't no where the keys are.", "no", "know"),
])
def test_flags_and_suggests(text, span, fix):
    assert _confused(text) == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Out there life is hard, but they stay.",
    "Are there tools to help find bugs?",
    "Why are there two ways to do it?",
    "We went there last year and loved it.",
    "It will cost you money to fix.",
    "They gave you time to think it over.",
    "I will send you money tomorrow.",
    "She wanted to go home early.",
    "The letter came from the office.",
    "There is no reason to wait.",
    "We know that they are right, and now we can go.",
    "He is early, and is best placed to help.",
])
def test_fluent_prose_passes(text):
    assert _confused(text) == []


def test_case_of_a_sentence_start_is_kept(monkeypatch):
    # at a sentence start the left side (the sentence boundary) favours the typed word, which
    # opens questions ("Is it..."), so only a looser threshold reaches it
    text = "Is brother works in a bank in town."
    assert _confused(text) == []
    monkeypatch.setattr(K, "LEFT_MIN", -5.0)
    assert _confused(text) == [("Is", ("His",))]


def test_capitalised_mid_sentence_is_a_name_and_left_alone():
    assert _confused("The band There played their last show.") == []


def test_quoted_word_is_left_alone():
    assert _confused('He wrote "left there books" on the board.') == []


def test_headline_is_left_alone():
    heading = "Students left there books behind"
    assert _confused(heading + ".") == [("there", ("their",))]
    text = heading + "\n\nThe school said the rooms will be cleared this week, and the caretaker agreed."
    assert _confused(text) == []


def test_thresholds_decide(monkeypatch):
    text = "The students left there books in the hall."
    doc = Document(text)
    tok = next(t for t in doc.tokens if t.lower == "there")
    assert K.verdict(doc, tok) == "their"
    monkeypatch.setattr(K, "RIGHT_MIN", 10.0)
    assert K.verdict(doc, tok) is None
    monkeypatch.undo()
    monkeypatch.setattr(K, "LEFT_MIN", 5.0)
    assert K.verdict(doc, tok) is None


def test_lazy_sides_skip_only_the_right_side():
    doc = Document("She wanted to go home early.")
    tok = next(t for t in doc.tokens if t.lower == "to")
    window = trigram_window(doc, tok, lm().ids)
    full = K.sides("to", "too", window, lazy=False)
    lazy = K.sides("to", "too", window)
    assert full[0] == lazy[0] < K.LEFT_MIN
    assert lazy[1] == 0.0 != full[1]


def test_blanked_code_is_no_neighbour():
    # in Markdown the code span is blanked; "when" and "are" are not neighbours
    text = "It handles values when `x` are present, and when `y` is too."
    doc = Document(text.replace("`x`", "   ").replace("`y`", "   "))
    tok = next(t for t in doc.tokens if t.lower == "are")
    assert trigram_window(doc, tok, lm().ids) is None
    near = Document("It handles values when they are present.")
    tok = next(t for t in near.tokens if t.lower == "are")
    assert trigram_window(near, tok, lm().ids) is not None


def test_pairs_come_from_the_data_file():
    table = K.pairs()
    assert "their" in table["there"] and "your" in table["you"]
    # a pair the calibration rejects (the typed word is used right too often where the model
    # prefers the other) is not listed
    assert "to" not in table.get("too", ())
    assert all(w != x for w, xs in table.items() for x in xs)


def test_fix_applies_in_a_short_text_and_scales_in_a_long_clean_one():
    assert cleantext.fix("They lost there luggage at the airport.").text == \
        "They lost their luggage at the airport."
    clean = " ".join(["The council met on Monday and agreed the budget for the coming year."] * 40)
    text = clean + " They lost there luggage at the airport."
    found = [f for f in cleantext.check(text).findings if f.rule == "typo.confused"]
    assert found and found[0].confidence < 0.8  # the document's density of slips is low
    assert "there luggage" in cleantext.fix(text).text


def test_rule_can_be_disabled():
    text = "They lost there luggage at the airport."
    assert _confused(text, disable={"typo.confused"}) == []
