"""typo.meaning: a real word that fits its neighbours but not the sentence's topic."""
from __future__ import annotations

import pytest

import cleantext
from cleantext.checks.typo import context, meaning
from cleantext.document import Document

SLIP = "Investors sold their sharks when the stock market fell sharply."


def _meaning(text: str, **kw) -> list:
    return [f for f in cleantext.check(text, **kw).findings if f.rule == "typo.meaning"]


@pytest.mark.parametrize("text, span, meant", [
    (SLIP, "sharks", "shares"),
    ("The sailors hoisted the sails and steered the hip out of the harbour.", "hip", "ship"),
    ("Investors sold their hares when the stock market fell sharply.", "hares", "shares"),
])
def test_flags_a_word_off_the_sentence_topic(text, span, meant):
    fs = _meaning(text)
    assert [(text[f.start:f.end], f.suggestions[0]) for f in fs] == [(span, meant)]
    assert fs[0].confidence >= 0.5


@pytest.mark.parametrize("text", [
    "Investors sold their shares when the stock market fell sharply.",
    "Divers filmed the sharks that circled the wreck of the ship.",
    "The gardener planted roses and tulips in the flower beds.",
    "The sailors hoisted the sails and steered the ship out of the harbour.",
    "The council said its savings rose sharply after the new budget.",
])
def test_passes_words_on_topic(text):
    assert _meaning(text) == []


def test_quoted_and_capitalised_words_are_not_judged():
    assert _meaning('Investors sold their "sharks" when the stock market fell sharply.') == []
    assert _meaning("Investors sold their Sharks when the stock market fell sharply.") == []


def test_rule_can_be_disabled():
    assert _meaning(SLIP) != []
    assert _meaning(SLIP, config=cleantext.Config(disable=frozenset({"typo.meaning"}))) == []


def test_fix_leaves_topic_verdicts_to_the_editor():
    """No band is sure enough (fix's threshold) that the word meant is the one proposed."""
    assert all(f.confidence < cleantext.Config().fix_threshold for f in _meaning(SLIP))
    assert cleantext.fix(SLIP).text == SLIP


def test_long_clean_text_is_not_judged_on_topic_alone():
    """In a long text with no sure slip the verdict's odds fall below the report threshold."""
    filler = " ".join(["The committee met on Monday and agreed to publish its report next month."] * 40)
    assert _meaning(SLIP) != []
    assert _meaning(filler + " " + SLIP) == []
    assert meaning.least_score(0.5) == meaning.MIN_SCORE
    assert meaning.least_score(0.6) > meaning.MIN_SCORE  # a stricter report threshold skips weak bands
    assert meaning.least_score(0.95) is None


def test_no_inflection_is_proposed():
    text = "The stock markets fell as investors sold their shares and bonds in the crisis."
    for w in ("market", "markets"):
        t = text.replace("markets", w)
        for tok, best, _s, _g in meaning.verdicts(Document(t), set(), low=-5.0):
            assert not context._inflection(tok.lower, best)


def test_confidence_bands_rise_with_the_score():
    bands = meaning._CONFIDENCE
    assert [lo for lo, _c in bands] == sorted(lo for lo, _c in bands)
    assert [c for _lo, c in bands] == sorted(c for _lo, c in bands)
    assert meaning.confidence(meaning.MIN_SCORE - 0.01) == 0.0
    assert meaning.confidence(meaning.MIN_SCORE) >= 0.5
