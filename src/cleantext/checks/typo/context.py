"""How well a word fits between its neighbours, from bigram counts (`cleantext.ngrams`).

The measure is a smoothed, clipped pointwise mutual information of the word with its left and its
right neighbour, in log10 units. Missing bigrams are weak evidence (the bigram lists only keep
frequent pairs), so the negative side is clipped harder than the positive side.
"""
from __future__ import annotations

import math
from functools import lru_cache

from ... import ngrams


WEIGHT = 1.0  # how much the neighbours count against the spelling evidence


@lru_cache(maxsize=1)
def _total() -> float:
    return float(ngrams.unigram_total())


@lru_cache(maxsize=200_000)
def uni(w: str) -> int:
    return ngrams.unigram(w)


def bi(a: str, b: str) -> int:
    return ngrams.bigram(a, b)


def pmi(a: str, b: str) -> float:
    """log10 of observed over expected count of the bigram "a b", smoothed and clipped."""
    ua, ub = uni(a), uni(b)
    if not ua or not ub:
        return 0.0
    expected = ua * ub / _total()
    v = math.log10((bi(a, b) + 0.3) / (expected + 0.3))
    return max(-1.0, min(2.5, v))


def fit(word: str, prev: str | None, nxt: str | None) -> float:
    """Context fit of `word` (lower case; may be two words "a lot") between prev and nxt."""
    parts = word.split(" ")
    score = 0.0
    if prev:
        score += pmi(prev, parts[0])
    if nxt:
        score += pmi(parts[-1], nxt)
    return WEIGHT * score


def counts(prev: str | None, word: str, nxt: str | None) -> tuple[int, int]:
    """Raw left and right bigram counts of `word` in its context (0 when no neighbour)."""
    return (bi(prev, word) if prev else 0, bi(word, nxt) if nxt else 0)
