"""Incoherence at document level: lexical cohesion.

A text about something keeps coming back to its words: the council, the budget, the library. Text
sampled from a small language model without truncation drifts from topic to topic, so its content
words rarely recur (lexical cohesion in the sense of Halliday and Hasan, measured in the simplest
way). The measure is the share of content-word tokens (not function words, four letters or more)
whose word occurs at least twice in the text.

The share grows with the length of a text, so the threshold does too: 0.20 at 300 words, rising
with the logarithm of the length to at most 0.26 (reached near 600 words). Spun text lowers
cohesion as well (a spinner swaps a repeated word for varying synonyms), so the cap stays low.
Shorter texts are not judged: a note of a hundred words need not repeat anything. This is a weak,
document-level signal; its finding is an "info" hint with modest confidence. Lively human prose
with a rich vocabulary (reviews, sketches) can fall under the threshold.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from itertools import compress

from .lexicon import function_words

MIN_WORDS = 300
BASE_THRESHOLD = 0.20  # at MIN_WORDS words
SLOPE = 0.085  # per unit of ln(words / MIN_WORDS)
MAX_THRESHOLD = 0.26


@dataclass(frozen=True, slots=True)
class Cohesion:
    words: int
    share: float  # share of content-word tokens whose word recurs
    threshold: float

    @property
    def incoherent(self) -> bool:
        return self.words >= MIN_WORDS and self.share < self.threshold


def threshold(words: int) -> float:
    return min(MAX_THRESHOLD, BASE_THRESHOLD + SLOPE * math.log(max(words, MIN_WORDS) / MIN_WORDS))


def lexical_cohesion(lows: list[str], kinds: list[str]) -> Cohesion:
    words = list(compress(lows, map("word".__eq__, kinds)))
    fw = function_words()
    content = [w for w in words if len(w) >= 4 and w not in fw]
    if not content:
        return Cohesion(len(words), 0.0, threshold(len(words)))
    counts = Counter(content)
    recurring = sum(c for c in counts.values() if c > 1)
    return Cohesion(len(words), recurring / len(content), threshold(len(words)))
