"""Run-on sentences and comma splices (style hints)."""
from __future__ import annotations

import cleantext

ONLY = cleantext.Config(enable={"style.run_on", "style.comma_splice"})


def findings(text: str, rule: str):
    return [f for f in cleantext.check(text, ONLY).findings if f.rule == rule]


def sentence(n: int, punctuate_every: int = 0) -> str:
    words = []
    vocab = "the committee agreed that a review of the local transport plan would start soon".split()
    for i in range(n):
        w = vocab[i % len(vocab)]
        if punctuate_every and i % punctuate_every == punctuate_every - 1 and i < n - 1:
            w += ","
        words.append(w)
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def test_short_sentences_pass():
    assert not findings(sentence(40), "style.run_on")


def test_tiers():
    hint = findings(sentence(45), "style.run_on")
    assert len(hint) == 1 and hint[0].severity == "info"
    unpunctuated = findings(sentence(65), "style.run_on")
    assert len(unpunctuated) == 1 and unpunctuated[0].severity == "warning"
    punctuated = findings(sentence(65, punctuate_every=8), "style.run_on")
    assert len(punctuated) == 1 and punctuated[0].severity == "info"
    very_long = findings(sentence(90, punctuate_every=8), "style.run_on")
    assert len(very_long) == 1 and very_long[0].severity == "warning"


def test_well_punctuated_sentence_under_50_words_passes():
    assert not findings(sentence(48, punctuate_every=6), "style.run_on")


def test_span_is_the_sentence():
    text = "Short one. " + sentence(70) + " Another short one."
    f = findings(text, "style.run_on")[0]
    assert text[f.start:f.end] == sentence(70)


def test_headings_and_list_items_are_not_sentences():
    long_line = " ".join(["word"] * 70)
    assert not findings(long_line, "style.run_on")  # no final punctuation: a heading-like unit
    assert not findings("- " + long_line + ".", "style.run_on")
    assert not findings("# " + long_line + ".", "style.run_on")


def test_comma_splice_suggests_a_split():
    text = "The ferry left late, it was full of tourists."
    f = findings(text, "style.comma_splice")
    assert len(f) == 1
    assert text[f[0].start:f[0].end] == ", it"
    assert f[0].suggestions[0] == ". It"
    fixed = cleantext.fix(text, ONLY.replace(fix_level="all"))
    assert fixed.text == "The ferry left late. It was full of tourists."


def test_comma_splice_with_contraction_and_i():
    f = findings("We waited for an hour at the gate, I'm not going back there.", "style.comma_splice")
    assert f and f[0].suggestions[0] == ". I'm"


def test_not_splices():
    for text in (
        "Although the ferry left late, it was full of tourists.",
        "\u201cThe ferry left late,\u201d she said.",
        "The ferry, it seems, left late.",
        "The ferry left late, and it was full of tourists.",
        "In the summer of 2004, it was full of tourists.",
        "The ferry was late, it was said, because of fog.",
    ):
        assert not findings(text, "style.comma_splice"), text


def test_run_on_message_suggests_where_to_split():
    text = ("When the team arrived at the stadium on Saturday morning the players found that the pitch "
            "had been flooded overnight by the storm; the groundsmen were still trying to clear the water "
            "from the goalmouths with buckets and brooms while the referee walked around the ground "
            "looking at his watch again.")
    f = findings(text, "style.run_on")
    assert f and "after 'storm;'" in f[0].message
