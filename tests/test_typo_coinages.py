"""Rare but correct words: a coinage built from two known words is left alone when no close word
explains it as a slip (sentences and words written for these tests)."""
import cleantext
from cleantext.checks.typo.lexicon import compound, lexicon


def _nonword(text: str) -> list[str]:
    return [text[f.start:f.end] for f in cleantext.check(text).findings if f.rule == "typo.nonword"]


def test_two_known_words_written_together_are_a_coinage():
    assert _nonword("Critics call the campaign of lawsuits a kind of lawfare against the press.") == []
    assert _nonword("Investigators traced the fake reviews to a botfarm abroad.") == []


def test_garbage_and_slips_are_still_reported():
    assert _nonword("The shipment code was xqzvtt according to the clerk.") == ["xqzvtt"]
    assert _nonword("They will recieve the parcel on Monday.") == ["recieve"]
    assert _nonword("Wotever happens, the match goes ahead.") == ["Wotever"]


def test_compound_needs_frequent_parts_of_the_given_length():
    lex = lexicon()
    assert compound("lawfare", lex, part=3)
    assert not compound("lawfare", lex)           # the default asks for parts of four letters
    assert not compound("xqzvtt", lex, part=3)
    assert not compound("lawxqz", lex, part=3)
