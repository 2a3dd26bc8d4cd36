"""grammar.a_an beside misspellings and beside words that are not articles at all (sentences
written for these tests)."""
from __future__ import annotations

import cleantext


def _a_an(text: str):
    return [f for f in cleantext.check(text).findings if f.rule == "grammar.a_an"]


def test_the_sound_of_a_misspelling_is_a_guess_so_the_article_is_not_fixed_on_it():
    # "awyer" is "lawyer": judged on the misspelling, "an" would be wrong
    fs = _a_an("He is a awyer and a former player.")
    assert fs and fs[0].confidence < 0.8
    assert cleantext.fix("He is a awyer and a former player.").text == "He is a lawyer and a former player."


def test_once_the_misspelling_is_fixed_the_article_follows_the_correction():
    assert cleantext.fix("It is a exmaple of good work.").text == "It is an example of good work."


def test_known_words_keep_the_confident_article_fix():
    for text, want in (("She is an European diplomat.", "a"), ("We waited for a hour.", "an")):
        fs = _a_an(text)
        assert [f.suggestions for f in fs] == [(want,)] and fs[0].confidence >= 0.8


def test_an_article_before_a_word_that_never_follows_one_is_another_word():
    # "an the": no article fits before "the"; a frequent word two edits away does
    fs = _a_an("He was confirmed an the Senate in May.")
    assert fs and fs[0].suggestions[0] not in ("a", "an") and "a" in fs[0].suggestions
    assert fs[0].confidence < 0.8
    assert cleantext.fix("He was confirmed an the Senate in May.").text == "He was confirmed an the Senate in May."
