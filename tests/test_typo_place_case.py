"""A correction takes the capital its place asks for (typo.placecase): at a sentence start, and
inside a name or a title in mid-sentence; a verb, a function word or a common noun after a name
stays lower-case."""
from __future__ import annotations

import pytest

import cleantext
from cleantext.checks.typo.placecase import nominal, sentence_start
from cleantext.document import Document


def _first(text: str, word: str) -> str:
    start = text.index(word)
    hits = [f for f in cleantext.check(text).findings
            if f.start == start and f.rule in ("typo.nonword", "typo.realword")]
    assert hits and hits[0].suggestions, f"{word!r} not corrected in {text!r}"
    return hits[0].suggestions[0]


CAPITALISED = [
    # sentence starts, also after a closing bracket or quote and on the accent path
    ("He lived in England (near Leeds). hee died there in 1901.", "hee", "He"),
    ('He said it was fine. "Good." hè left the room.', "hè", "He"),
    ("She went home. hte results were good.", "hte", "The"),
    ("althöugh it rained, we left early.", "althöugh", "Although"),
    # a name around the word: "the" before a capital, two capitals, a capitalised run before a
    # preposition
    ("He studied at the fedaral University of Lagos.", "fedaral", "Federal"),
    ("He served in the unitd States Navy for ten years.", "unitd", "United"),
    ("She taught at Hope colledge in the 1960s.", "colledge", "College"),
    ("He was a member of the Kent Historical socitey for years.", "socitey", "Society"),
    # a nationality before the slip, and a capital after it too
    ("He fought in the American civl War as a boy.", "civl", "Civil"),
    # the document capitalises the word in mid-sentence elsewhere
    ("Students love the College. Later, Hope colledge grew fast.", "colledge", "College"),
]

LOWER = [
    # a verb or a conjunction between two names
    ("The Hawks convimced Moreno to sign with the team.", "convimced", "convinced"),
    ("The line runs between Ashford adn Dover every day.", "adn", "and"),
    # a common noun after a capitalised adjective or name
    ("Growth in the French ecomony was slow last year.", "ecomony", "economy"),
    ("The Liberal Democrat leedr said the plan would fail.", "leedr", "leader"),
    # a nationality qualifies a common noun even at the end of the sentence
    ("Prices fell sharply in the French ecomony.", "ecomony", "economy"),
    ("Students love the campus. Later, Hope colledge grew fast.", "colledge", "college"),
    # an adjective after "the" or a preposition and before a word known only as a name
    ("They met the formre Chelsea manager on Monday.", "formre", "former"),
    ("We walked to the famuos Eiffel Tower at noon.", "famuos", "famous"),
    ("They live in centrl London with two cats.", "centrl", "central"),
    # no capital near
    ("They met in Paris in the sprnig of 1990.", "sprnig", "spring"),
]


@pytest.mark.parametrize("text,word,want", CAPITALISED)
def test_the_place_asks_for_a_capital(text, word, want):
    assert _first(text, word) == want


@pytest.mark.parametrize("text,word,want", LOWER)
def test_the_place_keeps_lower_case(text, word, want):
    assert _first(text, word) == want


def test_fix_writes_the_capital_of_a_name():
    assert cleantext.fix("He studied at the fedaral University of Lagos.").text == \
        "He studied at the Federal University of Lagos."


@pytest.mark.parametrize("word,want", [("college", True), ("federal", True), ("united", True),
                                       ("replaced", False), ("alongside", False), ("the", False),
                                       ("and", False), ("said", False)])
def test_nominal_words_follow_the_rather_than_he(word, want):
    assert nominal(word) is want


@pytest.mark.parametrize("text,word,want", [
    ("It rained. then it stopped.", "then", True),
    ("It rained (a lot). then it stopped.", "then", True),
    ("He resigned on July 26, 1797. then he left.", "then", True),
    ("It is in room No. 1797 now.", "now", False),
    ("It rained and then it stopped.", "then", False),
    ("See e.g. the list.", "the", False),
])
def test_sentence_start(text, word, want):
    doc = Document(text)
    tok = doc.token_at(text.index(word))
    assert sentence_start(doc, tok) is want

