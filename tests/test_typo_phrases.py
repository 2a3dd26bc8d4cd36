"""typo.phrase: every slip of data/typo/phrases.tsv is flagged in a plain sentence, its standard
phrase is not, and the file's syntax (alternations, "=", conditions) means what its header says."""
from __future__ import annotations

import pytest

import cleantext
from cleantext.checks.typo.phrases import entries, parse


def _all_entries():
    return [e for es in entries().values() for e in es]


def _sentence(words: tuple[str, ...], e) -> tuple[str, int]:
    """A sentence holding `words` with the entry's conditions met, and the phrase's offset."""
    lead = "Then we heard that "
    if e.after is not None:
        lead += sorted(e.after)[0] + " "
    return lead + " ".join(words) + ".", len(lead)


ENTRIES = _all_entries()


def test_the_list_is_large_and_loads_once():
    assert len(ENTRIES) > 300
    assert entries() is entries()


@pytest.mark.parametrize("e", ENTRIES, ids=lambda e: " ".join(e.words))
def test_every_slip_is_flagged_and_its_standard_phrase_passes(e):
    text, at = _sentence(e.words, e)
    fs = [f for f in cleantext.check(text).findings if f.rule == "typo.phrase"]
    assert len(fs) == 1, text
    f = fs[0]
    assert at <= f.start < f.end <= at + len(" ".join(e.words))
    fixed = text[:f.start] + f.suggestions[0] + text[f.end:]
    assert fixed == _sentence(e.standard, e)[0]
    assert not [f for f in cleantext.check(fixed).findings if f.rule == "typo.phrase"]


def test_fix_applies_a_confident_phrase_and_keeps_the_capital():
    assert cleantext.fix("Baited breath is what we had.").text == "Bated breath is what we had."
    assert cleantext.fix("They did it for all intensive purposes.").text == \
        "They did it for all intents and purposes."


def test_the_article_follows_the_corrected_phrase():
    # "an escape goat" is one slip with its article: "an scapegoat" would be a new error
    assert cleantext.fix("He was made an escape goat for the loss.").text == \
        "He was made a scapegoat for the loss."


def test_a_less_certain_slip_is_offered_not_applied():
    text = "It was a right of passage for every student."
    f = next(f for f in cleantext.check(text).findings if f.rule == "typo.phrase")
    assert f.suggestions == ("rite",) and f.confidence < 0.8
    assert cleantext.fix(text).text == text


@pytest.mark.parametrize("text", [
    "He wrote \u201cbaited breath\u201d on the board to show the slip.",
    "The band Free Reign played last night.",
    "She took on a role in the play.",
    "I gave him a piece of mind he never asked for.",
    "The twins were one in the same class.",
    "We baited\n\nbreath holding tests for divers.",
])
def test_passes(text):
    assert not [f for f in cleantext.check(text).findings if f.rule == "typo.phrase"]


def test_the_words_of_a_flagged_phrase_are_not_judged_again():
    text = "They sailed into unchartered waters."
    fs = [f for f in cleantext.check(text).findings if f.category == "typo"]
    assert [(f.rule, text[f.start:f.end]) for f in fs] == [("typo.phrase", "unchartered")]


def test_the_rule_can_be_disabled():
    text = "We waited with baited breath."
    cfg = cleantext.Config(disable={"typo.phrase"})
    assert not [f for f in cleantext.check(text, cfg).findings if f.rule == "typo.phrase"]


def test_syntax_parallel_alternations_copies_and_conditions():
    idx = parse("a|b x|y c\t= z|w c\t0.7\tafter=p,q\tend\n# note\n\nm n\tm o p\n")
    got = sorted((e.words, e.standard, e.confidence, e.after, e.end) for es in idx.values() for e in es)
    assert got == sorted([
        (("a", "x", "c"), ("a", "z", "c"), 0.7, frozenset({"p", "q"}), True),
        (("a", "y", "c"), ("a", "w", "c"), 0.7, frozenset({"p", "q"}), True),
        (("b", "x", "c"), ("b", "z", "c"), 0.7, frozenset({"p", "q"}), True),
        (("b", "y", "c"), ("b", "w", "c"), 0.7, frozenset({"p", "q"}), True),
        (("m", "n"), ("m", "o", "p"), 0.9, None, False),
    ])


@pytest.mark.parametrize("bad", [
    "a|b c\td\n",             # an alternation in phrases of different lengths
    "a|b c\tx|y|z c\n",       # parallel alternations of different lengths
    "a b\n",                  # no standard phrase
    "a b\tc d\t0.9\tbefore=x\n",  # unknown condition
])
def test_syntax_errors_are_reported(bad):
    with pytest.raises(ValueError):
        parse(bad)
