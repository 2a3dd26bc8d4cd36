"""Coherence evidence: an incoherent word pair one synonym away from a coherent one.

The collocation tables (restore.py) know only the pairs their sources saw, so a spun technical
term whose original is missing from them ("irregular woodland") goes unnoticed. Word vectors
smooth over that gap: two words that appear in the same contexts have similar vectors, whether
or not the tables hold the pair. A spinner replaces a word by a synonym in the wrong sense, so
the two words of a spun pair rarely share contexts ("counterfeit consciousness"), while swapping
one of them back for a synonym gives a pair that does ("artificial consciousness").

A pair is reported when all of these hold:

* two adjacent lower-case content words that can be a modifier and a noun, not in quotation
  marks, both with a vector, and the pair (and its number variants) unattested in every table;
* the cosine of their vectors is below `LOW` (unrelated words);
* one word, swapped for a word the thesaurus links to it tightly (WordNet or both ways in Moby),
  gives a pair whose cosine reaches `HIGH` and exceeds the observed one by `GAIN`;
* the second word can be a noun or an adjective and the first a noun, an adjective or (after a
  determiner) a participle; the second is not mostly a
  verb, and may not be a verb at all, nor the first a verb's participle, unless a determiner
  precedes ("the ink stays" is a clause, not a spun noun phrase).

The thresholds are coarse round numbers; on BBC news every article taken as a short text would
get about 0.2 such pairs per 1,000 words. The evidence is weak: in a long document with no other
trace of a spinner other than unusual pairs (a list, lexicon or structural finding) it is hidden
by default (checks/spin/__init__.py).
Word vectors from 2014 news and encyclopaedia text do not know newer technical senses ("fog
computing", "adversarial training"), which are the main false flags.
Suggestions: first the coherent one-word swaps that the collocation tables know (by strength,
then cosine). When fewer than three are known, the joint restoration (joint.py) fills the list
with guesses. These are attested pairs one tight synonym step from either word or from both,
because a spinner often replaced both words ("chance arboretum" for "random forest"). The message
says which suggestions are guesses. A pair with no attested candidate at all still has no
suggestion. The suggestions never change which pairs are flagged, nor their confidence.

Vectors: GloVe 6B (Stanford, Public Domain Dedication and License), 64 dimensions, int8, built by
scripts/build_spin_vectors.py (data/spin/README.md).
"""
from __future__ import annotations

from typing import Iterator, NamedTuple

from ... import ngrams
from ...document import Document
from . import joint, restore
from .candidates import _attested_variant, _facts, _modifier_noun
from .data import SpinData, spin_data, vectors
from .expansion import ADJ, MUTUAL, NOUN, VERB, expand

LOW = 0.05  # the observed pair's cosine is below this (unrelated words) ...
HIGH = 0.45  # ... and a one-word swap reaches this (clearly related words) ...
GAIN = 0.35  # ... and beats the observed pair by this much
MAX_SUGGESTIONS = 3


class Coherent(NamedTuple):
    suggestions: tuple[tuple[str, str], ...]  # attested pairs, best first (maybe none): coherent swaps, then guesses
    observed: float  # cosine of the observed pair
    best: float  # cosine of the best swap
    guessed: int = 0  # how many of the suggestions (the last ones) are the joint restoration's guesses


# Pair verdicts shared by all documents (a pure function of the pair and the read-only data).
# Bounded: cleared past the limit.
_PAIRS: dict[tuple[str, str, bool], Coherent | None] = {}


def pair(d: SpinData, a: str, b: str, np_context: bool) -> Coherent | None:
    key = (a, b, np_context)
    if key in _PAIRS:
        return _PAIRS[key]
    if len(_PAIRS) > 50_000:
        _PAIRS.clear()
    _PAIRS[key] = result = _pair(d, a, b, np_context)
    return result


def _pair(d: SpinData, a: str, b: str, np_context: bool) -> Coherent | None:
    ia, pa, da = _facts(d, a)  # shared with the restoration, which looked the words up first
    ib, pb, db = _facts(d, b)
    if ia < 0 or ib < 0 or d.strength(ia, ib):
        return None
    vec = vectors()
    ra, rb = vec.row(ia), vec.row(ib)
    if ra < 0 or rb < 0:
        return None
    if not _modifier_noun(a, pa, da, pb, db, np_context):
        return None
    if (pb and not pb & (NOUN | ADJ)) or (pa and not pa & (ADJ | NOUN) and not (np_context and a.endswith(("ed", "ing")))):
        return None  # "sphere critically": the second word must be able to be a noun or an adjective
        # (a modifier of the next), the first a noun, an adjective or (after a determiner) a participle
    if db == VERB or (not np_context and (pb & VERB or (a.endswith(("ed", "ing")) and pa & VERB))):
        return None  # "the ink stays", "leveraging military ...": maybe a verb, not a modifier or head
    observed = vec.cosine(ra, rb)
    if observed >= LOW:
        return None
    if ngrams.bigram(a, b) or _attested_variant(d, a, b):
        return None
    found: list[tuple[int, float, str, str]] = []
    for x, level in expand(d, a, ia, (pa & (ADJ | NOUN)) or (ADJ | NOUN)).items():
        rx = vec.row(x)
        if level >= MUTUAL and rx >= 0 and x != ib:
            c = vec.cosine(rx, rb)
            if c >= HIGH and c - observed >= GAIN:
                found.append((d.strength(x, ib), c, d.words[x], b))
    for y, level in expand(d, b, ib, NOUN).items():
        ry = vec.row(y)
        if level >= MUTUAL and ry >= 0 and y != ia:
            c = vec.cosine(ra, ry)
            if c >= HIGH and c - observed >= GAIN:
                found.append((d.strength(ia, y), c, a, d.words[y]))
    if not found:
        return None
    # Only swaps the collocation tables know are offered as the original: a coherent pair is
    # evidence that the observed one is odd, but many coherent pairs were never the phrase.
    known = sorted((f for f in found if f[0]), key=lambda f: (-f[0], -f[1], f[2], f[3]))
    offered = [(x, y) for _, _, x, y in known[:MAX_SUGGESTIONS]]
    guessed = 0
    if len(offered) < MAX_SUGGESTIONS:
        # Fewer coherent one-word swaps are attested than are shown (often none: both words may
        # have been swapped): the joint restoration's guesses fill the list, after them.
        for g in joint.guesses(d, a, b, (pa & (ADJ | NOUN)) or (ADJ | NOUN), NOUN):
            if g not in offered and len(offered) < MAX_SUGGESTIONS:
                offered.append(g)
                guessed += 1
    return Coherent(tuple(offered), observed, max(f[1] for f in found), guessed)


def find(doc: Document, pairs: list[tuple[int, int, bool]] | None = None) -> Iterator[tuple[int, int, Coherent]]:
    """(first token, second token, verdict) for each incoherent pair of the document. `pairs`: the
    candidate pairs the restoration's walk collected (restore.restorations); without them (spin.restore
    disabled) that walk is run for its pairs."""
    d = spin_data()
    toks = doc.tokens
    if pairs is not None:
        for a, b, np_context in pairs:
            verdict = pair(d, toks[a].lower, toks[b].lower, np_context)
            if verdict is not None:
                yield a, b, verdict
        return
    found: list[tuple[int, int, bool]] = []
    for _ in restore.restorations(doc, {}, found):  # spin.restore is off: only its walk is wanted
        pass
    yield from find(doc, found)
