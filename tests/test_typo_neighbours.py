"""The prebuilt one-edit neighbour table (data/typo/neighbours.bin) must give exactly the common
words that generating every one-edit string would give, so the real-word model's decisions do not
depend on whether the table is present."""
import pytest

from cleantext.checks.typo import context as C
from cleantext.checks.typo.candidates import edits1
from cleantext.checks.typo.lexicon import lexicon

WORDS = ["with", "then", "dose", "form", "quite", "their", "affect", "loose", "advice", "principal",
         "a", "of", "ab", "theatre", "colour", "peace", "week", "minute"]


def generated(w: str) -> list[str]:
    model = C.lm()
    common = lexicon().common
    return sorted(x for x in edits1(w) if x != w and x in model.ids and x in common)


def test_table_matches_the_vocabulary_it_was_built_from():
    assert C._neighbours() is not None, "neighbours.bin missing or built from another lm.bin/lexicon"


@pytest.mark.parametrize("word", WORDS)
def test_table_equals_generated_edits(word):
    model = C.lm()
    assert word in model.ids
    got = sorted(x for x in C._one_edit_common(word, model) if x != word and x in model.ids)
    assert got == generated(word)
    assert got  # every one of these words has model neighbours


def test_words_outside_the_model_fall_back_to_generated_edits():
    model = C.lm()
    assert "wiht" not in model.ids
    assert "with" in C._one_edit_common("wiht", model)


def test_alternatives_are_the_same_with_and_without_the_table(monkeypatch):
    with_table = {w: C.alternatives.__wrapped__(w) for w in WORDS}
    monkeypatch.setattr(C, "_neighbours", lambda: None)
    without = {w: C.alternatives.__wrapped__(w) for w in WORDS}
    assert with_table == without
