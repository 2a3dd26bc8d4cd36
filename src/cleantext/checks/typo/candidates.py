"""Candidate corrections for a misspelt word, and their ranking.

Candidates come from three places:
* every single edit of the word (deletion, insertion, substitution, transposition) that is a word;
* words within edit distance 2 (3 for long words) that share the first letter and have a similar
  length, found with rapidfuzz's optimal-string-alignment distance over length buckets;
* words with the same phonetic key (a small Metaphone-like code), for misspellings by sound.

They are ranked by a noisy-channel score: log frequency of the candidate, minus a weighted edit cost
(keyboard neighbours, vowel swaps, doubled letters and transpositions are cheap), plus a bonus for a
matching sound and, in context, the fit with the neighbouring words (bigram counts).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, lexicon

LETTERS = "abcdefghijklmnopqrstuvwxyz"
VOWELS = frozenset("aeiouy")

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_POS = {c: (r, i + 0.5 * r) for r, row in enumerate(_ROWS) for i, c in enumerate(row)}


def _adjacent(a: str, b: str) -> bool:
    pa, pb = _POS.get(a), _POS.get(b)
    if not pa or not pb:
        return False
    return abs(pa[0] - pb[0]) <= 1 and abs(pa[1] - pb[1]) <= 1.0


# Letters that stand for the same sound often enough to be confused in spelling.
_SOUND_ALIKE = {frozenset(p) for p in ("ck", "cs", "sz", "iy", "gj", "fv", "mn", "kq", "xz", "dt", "bp",
                                       "ea", "ei", "ie", "ou", "ao", "ua", "eo", "ui", "au", "ey", "sc",
                                       "ai", "oi", "uo", "fp", "wv")}


def sub_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    pair = frozenset((a, b))
    if pair in _SOUND_ALIKE:
        return 0.55
    if a in VOWELS and b in VOWELS:
        return 0.6
    if _adjacent(a, b):
        return 0.65
    return 1.0


def edit_cost(x: str, c: str) -> float:
    """Weighted optimal-string-alignment distance from candidate `c` (intended) to typed `x`."""
    n, m = len(c), len(x)
    prev2: list[float] = []
    prev = [j * 1.0 for j in range(m + 1)]
    for j in range(1, m + 1):  # letters typed before the word starts
        prev[j] = prev[j - 1] + (0.6 if j > 1 and x[j - 1] == x[j - 2] else 1.0)
    for i in range(1, n + 1):
        ci = c[i - 1]
        # deleting a doubled letter or a vowel is a common slip
        dcost = 0.5 if i > 1 and c[i - 2] == ci else (0.8 if ci in VOWELS else 1.0)
        cur = [prev[0] + dcost] + [0.0] * m
        for j in range(1, m + 1):
            xj = x[j - 1]
            best = prev[j - 1] + sub_cost(ci, xj)
            d = prev[j] + dcost
            if d < best:
                best = d
            icost = 0.5 if (j > 1 and x[j - 2] == xj) or ci == xj else (0.8 if xj in VOWELS else 1.0)
            ins = cur[j - 1] + icost
            if ins < best:
                best = ins
            if i > 1 and j > 1 and ci == x[j - 2] and c[i - 2] == xj and ci != xj:
                t = prev2[j - 2] + 0.7
                if t < best:
                    best = t
            cur[j] = best
        prev2, prev = prev, cur
    cost = prev[m]
    if x[:1] != c[:1]:
        cost += 0.6  # the first letter is rarely wrong
    return cost


# ---------------------------------------------------------------- phonetic key
_PHON_RULES = (("tch", "ch"), ("sch", "sk"), ("ph", "f"), ("ck", "k"), ("gh", ""), ("kn", "n"),
               ("wr", "r"), ("wh", "w"), ("dg", "j"), ("qu", "kw"), ("x", "ks"), ("q", "k"),
               ("ci", "si"), ("ce", "se"), ("cy", "sy"), ("c", "k"), ("z", "s"), ("tion", "shn"),
               ("sion", "shn"), ("v", "f"), ("j", "g"), ("y", "i"))


@lru_cache(maxsize=65536)
def phonetic(word: str) -> str:
    """A coarse sound key: consonant skeleton after common spelling-to-sound rewrites."""
    w = word.lower()
    for a, b in _PHON_RULES:
        if a in w:
            w = w.replace(a, b)
    out = []
    first = w[:1]
    for i, ch in enumerate(w):
        if ch in "aeiouh" or ch == "w" and i + 1 < len(w) and w[i + 1] not in "aeiou":
            continue
        if out and out[-1] == ch:
            continue
        out.append(ch)
    key = "".join(out)
    if first and first in "aeiou":
        key = "A" + key
    return key


# ---------------------------------------------------------------- vocabulary structures
@dataclass
class Vocab:
    lex: Lexicon
    keys: set[str]                                  # lower-case candidates
    display: dict[str, str]                         # lower -> preferred spelling (names capitalised)
    logf: dict[str, float]                          # lower -> log10 frequency (estimated when unknown)
    buckets: dict[tuple[str, int], list[str]]       # (first letter, length) -> words
    sounds: dict[str, list[str]]                    # phonetic key -> words


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    lex = lexicon()
    display: dict[str, str] = {}
    logf: dict[str, float] = {}
    for w in lex.common:
        b = lex.freq(w)
        logf[w] = b / 10 if b else 3.2
    for w in lex.rare:
        b = lex.freq(w)
        if b >= 45:  # rare-list words only when they are in real use
            logf[w] = b / 10 - 0.8
    for low, canon in lex.names.items():
        if " " in low:
            continue
        b = lex.freq(low)
        logf[low] = (b / 10 if b else 3.2) - 0.3
        display[low] = canon
    buckets: dict[tuple[str, int], list[str]] = {}
    sounds: dict[str, list[str]] = {}
    for w in logf:
        buckets.setdefault((w[0], len(w)), []).append(w)
        if logf[w] >= 4.5:
            sounds.setdefault(phonetic(w), []).append(w)
    return Vocab(lex, set(logf), display, logf, buckets, sounds)


def edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out.update(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
    out.update(a + c + b[1:] for a, b in splits if b for c in LETTERS)
    out.update(a + c + b for a, b in splits for c in LETTERS)
    return out


def generate(low: str, v: Vocab | None = None) -> set[str]:
    """Lower-case candidate words for the lower-case misspelling `low`."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    v = v or vocab()
    keys = v.keys
    out = {e for e in edits1(low) if e in keys}
    n = len(low)
    if n <= 2:
        return out
    cutoff = 2 if n <= 8 else 3
    choices: list[str] = []
    for length in range(max(1, n - cutoff), n + cutoff + 1):
        choices.extend(v.buckets.get((low[0], length), ()))
    for cand, _, _ in process.extract(low, choices, scorer=OSA.distance, score_cutoff=cutoff, limit=None):
        out.add(cand)
    out.update(v.sounds.get(phonetic(low), ()))
    # two words run together: "alot", "infact"
    for i in range(1, n):
        a, b = low[:i], low[i:]
        if a in keys and b in keys and v.logf.get(a, 0) >= 7.0 and v.logf.get(b, 0) >= 6.5 \
                and (len(a) > 1 or a in ("a", "i")) and (len(b) > 1 or b in ("a", "i")):
            out.add(a + " " + b)
    out.discard(low)
    return out


def channel(low: str, cand: str, v: Vocab) -> float:
    """log10 P(typed | intended) + log10 P(intended), without context."""
    if " " in cand:
        a, b = cand.split(" ", 1)
        cost = 0.9
        prior = min(v.logf.get(a, 3.0), v.logf.get(b, 3.0)) - 1.0
    else:
        cost = edit_cost(low, cand)
        prior = v.logf.get(cand, 3.0)
        if phonetic(low) == phonetic(cand):
            cost -= 0.35
    return prior - 2.6 * cost


def rank(low: str, limit: int = 8, context: tuple[str | None, str | None] | None = None
         ) -> list[tuple[str, float]]:
    """[(candidate, score)] best first; scores are log10-scale."""
    v = vocab()
    cands = generate(low, v)
    scored = [(c, channel(low, c, v)) for c in cands]
    scored.sort(key=lambda t: -t[1])
    if context and scored:
        from .context import fit

        top = scored[: max(limit, 12)]
        scored = [(c, s + fit(c, *context)) for c, s in top]
        scored.sort(key=lambda t: -t[1])
    return scored[:limit]


def cased(cand: str, original: str, v: Vocab | None = None) -> str:
    """The candidate spelt with the case pattern of the original ("Wiht" -> "With")."""
    v = v or vocab()
    disp = v.display.get(cand, cand)
    if original.isupper() and len(original) > 1:
        return disp.upper()
    if original[:1].isupper():
        return disp[:1].upper() + disp[1:]
    return disp


def log10(x: float) -> float:
    return math.log10(x) if x > 0 else -9.0
