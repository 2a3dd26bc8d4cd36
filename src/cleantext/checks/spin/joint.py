"""Joint restoration: likely originals for a flagged pair when both of its words may be spun.

spin.coherence offers one-word swaps that give a coherent pair the tables attest. When a
spinner replaced both words ("device lore" for "machine learning"), no one-word swap is
attested, and the finding named no original. This module names one by searching both words at
once. Candidates are pairs (x, y): x is the first word or one of its tight candidate originals
(`expansion.expand`, WordNet or mutual Moby links), y likewise for the second word, and the
collocation tables must attest the pair (`SpinData.strength`, at any strength, not only the
strong collocations that the restoration's decision uses). Each candidate is ranked by

    joint + 0.5 pmi + (1 for a WordNet term) + cos(x, y) + sub_weight * sum(similarity - 1)
    - 1 when both words are replaced

where `similarity` is how close each replaced word is to the word on the page
(`candidates.substitution`). Attestation strength (joint log10 P and PMI, as in the
restoration's own ranking) dominates. The coherence of the restored pair (word vectors, at most
about 1) breaks near-ties. A two-word swap must beat a one-word swap by a full unit. A replaced
word must be at least `Params.both_min_similarity` similar to its stand-in, and a candidate at
least as associated as chance (PMI >= 0) and as frequent as `Params.min_joint`. The weights are
the restoration's, plus two round numbers; they were not fitted. Up to three candidates are
offered.

These are suggestions, never evidence: which pairs are flagged, and how confidently, is decided
elsewhere. They are guesses. On tortured phrases spin.coherence flagged without a suggestion, the
search offered guesses for 94 of 131, and the original was among them for 10. The tables do not
know most technical originals, and the thesaurus often does not link the spinner's word back to
the original. spin.coherence shows its guesses after its coherent one-word swaps, and its
message says which suggestions are guesses.

spin.restore does not use the guesses. A pair it reports without a suggestion
(`restore.Restoration.unsure`) is one whose candidates all swap in words far in meaning from
those on the page. For such tortured phrases the guesses named the original 6 times in 80, and
mostly named unrelated phrases. spin.restore's suggestions may be applied by `fix()`, so those
pairs stay without one.

The search is bounded: `expand` keeps at most `Params.max_originals` originals per word (the
most frequent). The candidate second words are intersected with the attested followers of each
candidate first word (`SpinData.followers`, 8 on average). That is at most 101 C-level set
intersections per pair (under a millisecond), and the search runs only for a flagged pair.
Its callers memoise the verdict that includes it.
"""
from __future__ import annotations

from .candidates import PARAMS, Params, pair_stats, substitution
from .data import SpinData, vectors
from .evidence import spelling_variant
from .expansion import MUTUAL, WORDNET, expand

MAX_GUESSES = 3
COHERENCE_WEIGHT = 1.0  # of the restored pair's cosine: a tie-breaker after attestation strength
BOTH_PENALTY = 1.0  # a two-word swap needs this much more evidence than a one-word swap


def guesses(d: SpinData, a: str, b: str, need_a: int, need_b: int, p: Params = PARAMS,
            limit: int = MAX_GUESSES) -> tuple[tuple[str, str], ...]:
    """The best attested pairs (x, y) one tight thesaurus step from `a` and/or `b`, best first.
    `need_a`, `need_b`: the parts of speech each replacement may have (as for `expand`)."""
    ia, ib = d.id(a), d.id(b)
    side_a = _tight(d, a, ia, need_a, p)
    side_b = _tight(d, b, ib, need_b, p)
    if not side_a and not side_b:
        return ()
    if ia >= 0:
        side_a[ia] = WORDNET + 1  # the word on the page, kept
    if ib >= 0:
        side_b[ib] = WORDNET + 1
    vec = vectors()
    ra, rb = vec.row(ia), vec.row(ib)
    seconds = side_b.keys()
    ranked: list[tuple[float, str, str]] = []
    for x, tx in side_a.items():
        ids, lo, hi = d.followers(x)
        for y in seconds & ids[lo:hi]:  # the attested pairs with x first
            if x == y or (x == ia and y == ib):
                continue
            subs = []
            if x != ia:
                if spelling_variant(d.words[x], a):
                    continue
                subs.append(substitution(vec, ra, x, tx))
            if y != ib:
                if spelling_variant(d.words[y], b):
                    continue
                subs.append(substitution(vec, rb, y, side_b[y]))
            if min(subs) < p.both_min_similarity:
                continue  # a replaced word far from its stand-in: another sense, not the original
            joint, pmi, mwe = pair_stats(d, d.strength(x, y), x, y)
            if joint < p.min_joint or pmi < 0.0:
                continue
            rx, ry = vec.row(x), vec.row(y)
            coherence = vec.cosine(rx, ry) if rx >= 0 and ry >= 0 else 0.0
            rank = (joint + 0.5 * pmi + (1.0 if mwe else 0.0) + COHERENCE_WEIGHT * coherence
                    + p.sub_weight * sum(s - 1.0 for s in subs) - (BOTH_PENALTY if len(subs) == 2 else 0.0))
            ranked.append((rank, d.words[x], d.words[y]))
    ranked.sort(key=lambda r: (-r[0], r[1], r[2]))
    return tuple((x, y) for _, x, y in ranked[:limit])


def _tight(d: SpinData, word: str, i: int, need: int, p: Params) -> dict[int, int]:
    """The candidate originals of `word` through a WordNet or mutual Moby link {id: level}: a
    one-way Moby link is often another sense altogether, and two of them reach almost any pair."""
    return {x: t for x, t in expand(d, word, i, need, p.max_originals, p.min_original_lp).items() if t >= MUTUAL}
