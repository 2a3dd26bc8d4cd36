"""New verbs made with -ize, -ise or -ify from a word in real use, their regular forms, and -able
adjectives of verbs: derivations that no word list holds ("tokenizing", "binarize") are not
misspellings, while a slip of a listed verb that looks like one ("summerize") still is. Sentences
written for these tests."""
from __future__ import annotations

import pytest

import cleantext
from cleantext.checks.typo.lexicon import _listed_neighbour, _new_verb, derivable, lexicon


def _typos(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[f.start:f.end], f.suggestions) for f in cleantext.check(text).findings if f.category == "typo"]


@pytest.mark.parametrize("word", [
    "binarize",        # binary, its "y" dropped
    "tokenizing",      # token + ize, the form of a new verb
    "kernelized",
    "vectorizers",     # a listed form of the verb ("vectorizes") is no slip's target
    "containerize",
    "containerise",    # the British ending too
    "objectify",
    "uploadable",      # upload + able
])
def test_new_verbs_and_their_forms_are_derivations(word):
    assert _new_verb(word, lexicon()) and derivable(word)


@pytest.mark.parametrize("word", [
    "begining",        # the forms of a listed verb are in the lists: no "begin" + "ing"
    "summerize",       # one letter from the listed "summarize": a slip, not summer + ize
    "atize",           # too short a base
    "recognizeable",   # the "e" goes before -able (to the verb rule; the compound rule is older)
])
def test_slips_are_not_new_verbs(word):
    assert not _new_verb(word, lexicon())


def test_a_listed_neighbour_blocks_the_derivation_but_a_form_of_the_same_verb_does_not():
    lex = lexicon()
    assert _listed_neighbour("summerize", lex)        # summarize
    assert _listed_neighbour("tokenise", lex)         # tokenism: a known limit, one edit away
    assert not _listed_neighbour("vectorizers", lex)  # vectorizes: the same verb


@pytest.mark.parametrize("text", [
    "We binarize the labels before training the model.",
    "The parser starts by tokenizing the input stream.",
    "A kernelized classifier can separate the two groups.",
    "Both vectorizers return sparse matrices.",
    "The team decided to containerize the old service.",
])
def test_technical_derivations_pass_in_running_text(text):
    assert _typos(text) == []


@pytest.mark.parametrize("text, word, correction", [
    ("Please summerize the report in two pages.", "summerize", "summarize"),
    ("The committee will realyze its mistake soon.", "realyze", "realize"),
])
def test_slips_of_listed_verbs_are_still_flagged(text, word, correction):
    found = _typos(text)
    assert found and found[0][0] == word and found[0][1][0] == correction
