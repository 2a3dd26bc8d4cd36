"""The candidate restorations of one word pair, and the decision whether the pair is spun.

See restore.py for the whole method. For an unattested modifier-noun pair, the candidate
originals of each word (expansion.py) are intersected with the strong collocations of the other
word (a one-word restoration) or with each other's (a two-word restoration). The pair is taken
as spun when a candidate reaches the logistic score or the hand-set bars (evidence.py).

Which candidate is the original is a separate question from whether the pair is spun. The
candidates of a flagged pair are ranked by the strength of the restored collocation and by how
plausible each substitution is (`substitution`): a spinner replaces a word by a synonym in its
own sense, so the word on the page and the original share contexts (word vectors), while a
candidate reached through another sense does not ("chamber" is listed under "staff"). Only
*offered* candidates (`Candidate.plausible`) are suggested besides the best one: a one-word
restoration, or a two-word one through two WordNet links whose replaced words are both similar
to their stand-ins. Two loose links at once reach almost any collocation ("drab attire" is two
Moby steps from "flat tire"), and so do two WordNet links through unrelated senses. When no
candidate is offered and the best one swaps in a word far in meaning from the one on the page,
the pair is reported without a suggestion (restore.Restoration.unsure). A flagged pair also gets
one-word swaps to collocations the tables attest without holding them as strong, as suggestions
only (`_attested_swaps`).

A flagged pair is *strong* evidence only when a plausible candidate reaches the calibrated
score (`Params.threshold`), or the hand-set bars through WordNet links alone. Otherwise it is
*weak*: a candidate that reaches only `Params.weak_threshold` (an unusual pair that may well be
spun, shown in short texts and in documents with other traces of a spinner), a one-word
restoration through a WordNet link to a very frequent collocation (`Params.wordnet_joint`), or the hand-set
bars over a Moby-only link, which accept fluent, merely uncommon pairs whose "original" has
another sense ("bitter quarrel" is not a spun "cold war"); restore.py and the check report weak
pairs at the lowest confidence.
"""
from __future__ import annotations

import math
from typing import NamedTuple

from .data import MWE, SpinData, Vectors, vectors
from .evidence import feature_vector, hand_rule, score_candidate, spelling_variant
from .expansion import ADJ, ADV, NOUN, VERB, WORDNET, expand, word_pos


class Params(NamedTuple):
    """Candidate generation (loose bars, log10 units) and the decision: a logistic score over
    features of each candidate, fitted on a self-supervised set (see `score_candidate`)."""

    min_joint: float = -9.0  # joint log10 P of a one-word restoration
    min_pmi: float = 2.5  # its pointwise mutual information (a WordNet lemma counts +1)
    min_joint_both: float = -9.0  # a restoration that replaces both words
    min_pmi_both: float = 3.0
    min_gain_both: float = 0.0  # ... only with originals at least as common as their stand-ins
    max_originals: int = 100  # candidate originals per word, the most frequent first
    min_original_lp: float = -7.5  # a spinner's source word is an ordinary word
    # Weights of score_candidate (evidence.feature_vector): bias, joint + 6, pmi - 4, gain, tight,
    # both, WordNet lemma, observed words' log10 P sum + 9, ln(number of candidates), both and
    # tight, coverage - 4, conditional + 2. Printed by `scripts/build_spin_data.py --calibrate`;
    # the thresholds are coarse choices on its held-out documentation prose: `threshold` about
    # 0.01 flags per 1,000 words (recall 0.04 on the self-supervised spun pairs), `weak_threshold`
    # about 0.3 (recall 0.19).
    weights: tuple[float, ...] = (0.424, 0.267, 0.320, 0.091, 0.083, -0.999, 0.162, -0.434, 0.548, -0.076,
                                  -0.484, -0.374)
    threshold: float = 2.5
    # A pair whose best candidate reaches only this score is weak evidence (see `strong`):
    # reported in a short text, hidden in a long one that shows no other trace of a spinner
    # (checks/spin/__init__.py).
    weak_threshold: float = 1.5
    # Also accepted: the hand-set bars of the first version (a one-word restoration with a
    # strong collocation and a frequency gain; a two-word one with exceptional association).
    rule_joint: float = -8.0
    rule_pmi: float = 4.0
    rule_gain: float = 0.7
    rule_strong_pmi: float = 5.5
    rule_joint_both: float = -6.5
    rule_pmi_both: float = 6.0
    # A *contextual* pair (see `contextual`): both observed words common, one of them one tight or
    # mutual thesaurus step from a very frequent collocation with the other. Reported only in a
    # text that already shows a spinner's trace of another kind (checks/spin/__init__.py).
    # Also weak evidence: a one-word restoration through a WordNet link (same synset) to one of
    # the most frequent collocations ("bogus positive" -> "false positive"), whatever the score;
    # not when the second word may be a verb ("the routine returns").
    wordnet_joint: float = -4.5
    context_joint: float = -5.0  # joint log10 P of the restored pair
    context_min_lp: float = -5.0  # unigram log10 P of each observed word
    # Which candidate of a flagged pair is the original (the ranking, not the decision; see
    # `substitution`). Each replaced word adds `sub_weight` x (its similarity to the word that
    # stands for it - 1): a spinner's stand-in is a synonym in the original's own sense.
    sub_weight: float = 4.0
    # A two-word restoration is offered only through two WordNet links, each replaced word at
    # least this similar to its stand-in ("obligation grouping" is no spun "command line").
    both_min_similarity: float = 0.15
    # ... or, through any thesaurus links, this similar when the restoration is a WordNet two-word
    # term with a strong association (PMI >= `mwe_min_pmi`): a named concept ("artificial
    # intelligence" for "counterfeit consciousness", Moby links, cosines 0.14 and 0.24) is worth
    # naming on looser evidence than an ordinary pair.
    mwe_min_similarity: float = 0.1
    mwe_min_pmi: float = 5.5
    # When no candidate is offered, the best is still shown if each word it replaces is at least
    # this similar to its stand-in; otherwise the pair is reported without a suggestion.
    shown_min_similarity: float = 0.3
    # Suggestions only: a flagged pair's one-word swaps to a collocation the tables attest but do
    # not hold as strong ("power source"), with at least this PMI and similarity.
    attested_min_pmi: float = 0.0
    attested_min_similarity: float = 0.3
    # An alternative suggestion ranks within this of the best (log10 units of the rank): a
    # distant runner-up is a guess, not an alternative.
    alt_margin: float = 2.0
    # Weak evidence from word vectors and attested pairs (`_similar_swaps`), for pairs nothing
    # else decides: the observed words unrelated, a same-sense WordNet swap of one of them
    # attested beside the other.
    swap_max_observed: float = 0.1
    swap_min_similarity: float = 0.5
    swap_min_pmi: float = 3.0


PARAMS = Params()


class Candidate(NamedTuple):
    score: float
    x: int  # id of the restored first word
    y: int  # id of the restored second word
    joint: float
    pmi: float
    mwe: bool
    both: bool
    tight: bool  # every replaced word is tightly linked (WordNet or both ways in Moby)
    gain: float  # least log10 frequency gain of a replaced word over the word it replaces
    # Offered as a suggestion: a one-word restoration, or a two-word one through two WordNet
    # links whose replaced words are similar to their stand-ins (Params.both_min_similarity).
    plausible: bool = True
    decisive: bool = False  # this candidate alone makes the pair look spun
    firm: bool = False  # ... and is strong evidence (see the module docstring)
    features: tuple[float, ...] = ()  # what the score weighed (evidence.feature_vector)
    context: bool = False  # found only by the context rule: evidence only beside other spin traces
    similarity: float = 1.0  # least similarity of a replaced word to its stand-in (`substitution`)


# Similarity of an observed word to a candidate original when either has no vector (a rare
# word), by the level of the thesaurus link (LOOSE, MUTUAL, WORDNET): round numbers near the
# quartiles of the cosines of such links.
_NO_VECTOR = (0.25, 0.35, 0.45)


def pair_stats(d: SpinData, q: int, x: int, y: int) -> tuple[float, float, bool]:
    """Joint log10 P, PMI and WordNet-term flag of the pair (x, y) of strength `q`. A WordNet
    two-word term counts as at least a modest collocation (joint >= -7) with one more unit of PMI:
    a named concept is a collocation whatever our tables saw of it."""
    joint = d.joint_lp(q)
    mwe = bool(q & MWE)
    pmi = joint - d.unigram_lp(x) - d.unigram_lp(y)
    if mwe:
        joint, pmi = max(joint, -7.0), pmi + 1.0
    return joint, pmi, mwe


def substitution(vec: Vectors, observed_row: int, original: int, level: int) -> float:
    """How plausibly `original` (an id) is the word a spinner replaced by the observed word (its
    vector row in `vec`): the cosine of their word vectors. A spinner takes a thesaurus synonym
    of the original in the original's own sense, so the two share contexts; a candidate reached
    through another sense of the observed word ("chamber" -> "staff") does not."""
    r = vec.row(original)
    if observed_row >= 0 and r >= 0:
        return vec.cosine(observed_row, r)
    return _NO_VECTOR[level]


def _attested_swaps(d: SpinData, vec: Vectors, p: Params, found: list[Candidate], ia: int, ib: int, ra: int,
                    rb: int, lpa: float, lpb: float, a: str, b: str, alts_a: dict[int, int],
                    alts_b: dict[int, int], keep: int) -> list[Candidate]:
    """One-word restorations of a pair already judged spun to a collocation the tables attest
    but do not hold as strong ("power origin" -> "power source"): candidate
    generation intersects with the strong collocations only, which keeps the search small and
    the decision precise, but many a technical term is attested without being strong. These
    are suggestions, never evidence (no features, not decisive), and only through a word
    similar to its stand-in (`Params.attested_min_similarity`), as they have no score behind
    them."""
    have = {(c.x, c.y) for c in found}
    out = []
    sides: list[tuple[dict[int, int], bool]] = []
    if keep != 1 and ib >= 0:
        sides.append((alts_a, True))
    if keep != 2 and ia >= 0:
        sides.append((alts_b, False))
    for alts, first in sides:
        for o, level in alts.items():
            x, y = (o, ib) if first else (ia, o)
            if x == y or (x, y) in have:
                continue
            q = d.strength(x, y)
            if not q:
                continue
            joint, pmi, mwe = pair_stats(d, q, x, y)
            if joint < p.min_joint or pmi < p.attested_min_pmi or spelling_variant(d.words[o], a if first else b):
                continue
            sim = substitution(vec, ra if first else rb, o, level)
            if sim < p.attested_min_similarity:
                continue
            tight = level > 0
            rank = joint + 0.5 * pmi + (1.0 if mwe else 0.0) + (0.3 if tight else 0.0) + p.sub_weight * (sim - 1.0)
            gain = d.unigram_lp(o) - (lpa if first else lpb)
            out.append(Candidate(rank, x, y, joint, pmi, mwe, False, tight, gain, similarity=sim))
    return out


def _similar_swaps(d: SpinData, p: Params, ia: int, ib: int, a: str, b: str, alts_a: dict[int, int],
                   alts_b: dict[int, int], keep: int) -> list[Candidate]:
    """Weak evidence for a pair nothing else decides: its two words are unrelated (word vectors,
    cosine below `Params.swap_max_observed`), and one of them, swapped for a WordNet synonym
    in the same sense (cosine >= `Params.swap_min_similarity`), gives a collocation the tables
    attest with PMI >= `Params.swap_min_pmi`, strong or not ("power origin" -> "power source").
    The score above knows only strong collocations; this catches the spun terms whose original
    the tables hold as a rarer pair. Weak (never firm): hidden in a long text without another
    trace of a spinner."""
    if ia < 0 or ib < 0:
        return []
    vec = vectors()
    ra, rb = vec.row(ia), vec.row(ib)
    if ra < 0 or rb < 0 or vec.cosine(ra, rb) >= p.swap_max_observed:
        return []
    out = []
    for alts, first in ((alts_a, True), (alts_b, False)):
        if keep == (1 if first else 2):  # a name stays in place
            continue
        for o, level in alts.items():
            if level < WORDNET:
                continue
            x, y = (o, ib) if first else (ia, o)
            q = d.strength(x, y) if x != y else 0
            if not q:
                continue
            joint, pmi, mwe = pair_stats(d, q, x, y)
            r = vec.row(o)
            if joint < p.min_joint or pmi < p.swap_min_pmi or r < 0:
                continue
            sim = vec.cosine(ra if first else rb, r)
            if sim < p.swap_min_similarity or spelling_variant(d.words[o], a if first else b):
                continue
            rank = joint + 0.5 * pmi + (1.0 if mwe else 0.0) + p.sub_weight * (sim - 1.0)
            out.append(Candidate(rank, x, y, joint, pmi, mwe, False, True, 0.0, decisive=True, similarity=sim))
    out.sort(reverse=True)
    return out


def contextual(found: list[Candidate]) -> bool:
    """Is a pair evidence only in a text with other traces of a spinner? Its candidates were
    found by the context rule alone, not by the score or the hand-set bars."""
    return bool(found) and not any(c.decisive for c in found)


def strong(found: list[Candidate]) -> bool:
    """Is a flagged pair strong evidence of spinning? Only when a firm candidate decided it."""
    return any(c.firm for c in found)


def coverage(d: SpinData, ia: int, ib: int) -> float:
    """How well the tables know the observed words: ln(1 + strong collocations after the first
    word) + ln(1 + strong collocations before the second)."""
    return math.log1p(len(d.strong_next(ia))) + math.log1p(len(d.strong_prev(ib)))


def conditional(d: SpinData, x: int, y: int, ia: int, ib: int, joint: float) -> float:
    """log10 P(restored word | word kept in place); for a two-word restoration, the lower of
    the two conditionals."""
    if x == ia:
        return joint - d.unigram_lp(x)
    if y == ib:
        return joint - d.unigram_lp(y)
    return joint - max(d.unigram_lp(x), d.unigram_lp(y))


def _number_variants(w: str) -> set[str]:
    out = {w + "s", w + "es"}
    if w.endswith("ies"):
        out.add(w[:-3] + "y")
    if w.endswith("es"):
        out.add(w[:-2])
    if w.endswith("s"):
        out.add(w[:-1])
    if w.endswith("y"):
        out.add(w[:-1] + "ies")
    return out


# word -> ((form, id), ...): the word and its singular/plural variants that the vocabulary knows.
# Memoised across documents (bounded): a word recurs in several pairs.
_VARIANTS: dict[str, tuple[tuple[str, int], ...]] = {}


def _variant_ids(d: SpinData, w: str) -> tuple[tuple[str, int], ...]:
    hit = _VARIANTS.get(w)
    if hit is None:
        if len(_VARIANTS) > 50_000:
            _VARIANTS.clear()
        hit = _VARIANTS[w] = tuple((x, i) for x, i in ((x, d.id(x)) for x in _number_variants(w) | {w}) if i >= 0)
    return hit


def _attested_variant(d: SpinData, a: str, b: str) -> bool:
    """A singular/plural variant of the pair is a known collocation ("election officer" for
    "election officers"): the pair is ordinary English that our tables happen to miss."""
    ys = _variant_ids(d, b)
    strength = d.strength
    for x, i in _variant_ids(d, a):
        for y, j in ys:
            if strength(i, j) and (x != a or y != b):
                return True
    return False


# word -> (id, part-of-speech bits, dominant part of speech): what `candidates` asks of every
# word first. Memoised across documents (bounded): a word recurs in several pairs.
_FACTS: dict[str, tuple[int, int, int]] = {}


def _facts(d: SpinData, w: str) -> tuple[int, int, int]:
    hit = _FACTS.get(w)
    if hit is None:
        if len(_FACTS) > 50_000:
            _FACTS.clear()
        i = d.id(w)
        hit = _FACTS[w] = (i, *word_pos(d, w, i))
    return hit


# (word, need, Params) -> its candidate originals at least as common as the word by
# `Params.min_gain_both`, in expansion order: what a two-word restoration may put in its place.
# Memoised across documents (bounded) like the expansions themselves.
_GAINERS: dict[tuple, dict[int, int]] = {}


def _gainers(d: SpinData, word: str, lp: float, alts: dict[int, int], need: int, p: Params) -> dict[int, int]:
    key = (word, need, None if p is PARAMS else p)  # hashing Params costs
    hit = _GAINERS.get(key)
    if hit is None:
        if len(_GAINERS) > 50_000:
            _GAINERS.clear()
        uq, floor = d.unigram_q, p.min_gain_both
        hit = _GAINERS[key] = {x: t for x, t in alts.items() if uq[x] / 20 - 12 - lp >= floor}  # unigram_lp(x) - lp
    return hit


def _modifier_noun(a: str, pa: int, da: int, pb: int, db: int, np_context: bool) -> bool:
    """Could `a b` be a modifier and a noun? Unknown words (not in WordNet) may be either. After
    a determiner ("the ... "), the head may be a word that is mostly a verb ("the levy return")."""
    if pb and not pb & NOUN and not np_context:
        return False
    if pb & NOUN and db == VERB and not np_context:
        return False
    if not pa:
        return True
    if pa & (ADJ | NOUN) and da in (ADJ, NOUN):
        return True
    participle = a.endswith(("ed", "ing")) and pa & VERB
    return bool(np_context and (participle or pa & (ADJ | NOUN)))


def candidates(d: SpinData, a: str, b: str, p: Params = PARAMS, np_context: bool = False,
               compound: bool = False, keep: int = 0) -> list[Candidate] | None:
    """Candidate restorations of the pair `a b`, best first; None when the pair is attested or
    is no modifier-noun pair. `np_context`: a determiner precedes, so a second word that is
    mostly a verb ("return", "pump") is read as a noun. `compound`: the two halves of a
    hyphenated word ("high-resolution"), which may be any parts of speech. `keep`: 1 or 2 when
    the first or second word is a name or an acronym ("Fourier", "LSTM"), which a spinner leaves
    alone: only the other word is replaced."""
    ia, pa, da = _facts(d, a)
    ib, pb, db = _facts(d, b)
    if ia >= 0 and ib >= 0 and d.strength(ia, ib):
        return None
    if compound:
        need_a = need_b = NOUN | VERB | ADJ | ADV
    elif _modifier_noun(a, pa, da, pb, db, np_context):
        need_a, need_b = (pa & (ADJ | NOUN)) or (ADJ | NOUN), NOUN
    else:
        return None
    if _attested_variant(d, a, b):
        return None
    # Every candidate below needs an original of `a` (a one-word restoration of `a` against the
    # strong collocations before `b`, or a two-word one) or of `b` (against those after `a`, or a
    # two-word one). So when one word has no usable original, the other is expanded only if its
    # one-word restoration can exist; otherwise the pair has no candidate (about one pair in five).
    one_a = ib >= 0 and keep != 1 and d.has_strong_prev(ib)  # `a` alone may be restored
    one_b = ia >= 0 and keep != 2 and d.has_strong_next(ia)
    if one_a:
        alts_a = expand(d, a, ia, need_a, p.max_originals, p.min_original_lp)
        if not alts_a and not one_b:
            return []
        alts_b = expand(d, b, ib, need_b, p.max_originals, p.min_original_lp)
    else:
        alts_b = expand(d, b, ib, need_b, p.max_originals, p.min_original_lp)
        if not alts_b:
            return []
        alts_a = expand(d, a, ia, need_a, p.max_originals, p.min_original_lp)
    strength = d.strength
    lpa = d.unigram_lp(ia) if ia >= 0 else -10.0
    lpb = d.unigram_lp(ib) if ib >= 0 else -10.0

    raw: list[tuple[int, int, float, float, bool, bool, bool, float, bool, bool, int, int]] = []

    def add(q: int, x: int, y: int, both: bool, lx: int, ly: int) -> None:
        joint, pmi, mwe = pair_stats(d, q, x, y)
        gain = min(d.unigram_lp(x) - lpa if x != ia else 9.0, d.unigram_lp(y) - lpb if y != ib else 9.0)
        if both:
            ok = joint >= p.min_joint_both and pmi >= p.min_pmi_both and gain >= p.min_gain_both
        else:
            ok = joint >= p.min_joint and pmi >= p.min_pmi
        if ok and x != y and not (x != ia and spelling_variant(d.words[x], a)) and not (y != ib and spelling_variant(d.words[y], b)):
            wordnet = lx >= WORDNET and ly >= WORDNET  # the kept word counts as WORDNET
            raw.append((x, y, joint, pmi, mwe, both, bool(lx and ly), gain, not both or wordnet, wordnet, lx, ly))

    # Intersect the candidate originals with the short lists of strong collocations of the
    # word kept in place; a one-word restoration needs a frequency gain or a tight link.
    # (The intersections are C-level set operations. The order in which candidates are added
    # does not matter: every candidate is a distinct pair of ids, and `found` is sorted on them.)
    if one_a:
        for x in alts_a.keys() & d.strong_prev(ib):
            add(strength(x, ib), x, ib, False, alts_a[x], WORDNET)
    if one_b:
        for y in alts_b.keys() & d.strong_next(ia):
            add(strength(ia, y), ia, y, False, WORDNET, alts_b[y])
    # A two-word restoration needs originals at least as common as the words that replaced them.
    # (Most strong-collocation lists share no word with the other expansion: a C-level
    # disjointness test skips them.)
    if alts_a and alts_b and not keep:
        both_b = _gainers(d, b, lpb, alts_b, need_b, p)
        if both_b:
            seen = both_b.keys()
            n_off, n_ids = d.strong_next_table()
            for x, tx in _gainers(d, a, lpa, alts_a, need_a, p).items():
                after = n_ids[n_off[x]:n_off[x + 1]]  # d.strong_next(x)
                if not seen.isdisjoint(after):
                    for y in seen & after:
                        add(strength(x, y), x, y, True, tx, both_b[y])
    found: list[Candidate] = []
    if raw:
        spread = math.log(len(raw))
        observed = max(-12.0, (lpa if ia >= 0 else -12.0) + (lpb if ib >= 0 else -12.0))
        cover = coverage(d, ia, ib)
        feats = [feature_vector(joint, pmi, gain, tight, both, mwe, observed, spread, cover,
                                conditional(d, x, y, ia, ib, joint))
                 for x, y, joint, pmi, mwe, both, tight, gain, plausible, wordnet, _, _ in raw]
        scores = [score_candidate(p.weights, fs) for fs in feats]
        verb_head = b.endswith("s") and bool(pb & VERB)  # "the routine returns": maybe a verb
        verdicts = [(s >= p.threshold, hand_rule(p, joint, pmi, gain, tight, both),
                     s >= p.weak_threshold or (not both and wordnet and joint >= p.wordnet_joint and not verb_head))
                    for s, (x, y, joint, pmi, mwe, both, tight, gain, plausible, wordnet, _, _) in zip(scores, raw)]
        if any(by_score or by_hand or by_weak for by_score, by_hand, by_weak in verdicts):
            # The pair looks spun: rank every candidate by how strong and how tight a
            # restoration it is and how similar each replaced word is to its stand-in (the
            # score above decides whether, this decides which), the ones offered first.
            vec = vectors()
            ra, rb = vec.row(ia), vec.row(ib)
            for (x, y, joint, pmi, mwe, both, tight, gain, plausible, wordnet, lx, ly), \
                    (by_score, by_hand, by_weak), fs in zip(raw, verdicts, feats):
                subs = ([substitution(vec, ra, x, lx)] if x != ia else []) + \
                    ([substitution(vec, rb, y, ly)] if y != ib else [])
                rank = joint + 0.5 * pmi + (1.0 if mwe else 0.0) - (1.0 if both else 0.0) + (0.3 if tight else 0.0)
                rank += p.sub_weight * sum(v - 1.0 for v in subs)
                least = min(subs)
                offered = not both or wordnet and least >= p.both_min_similarity \
                    or mwe and pmi >= p.mwe_min_pmi and least >= p.mwe_min_similarity
                rank += 0.0 if offered else -100.0
                firm = plausible and (by_score or (by_hand and wordnet))  # the evidence ignores similarity
                found.append(Candidate(rank, x, y, joint, pmi, mwe, both, tight, gain, offered,
                                       by_score or by_hand or by_weak, firm, tuple(fs), similarity=min(subs)))
            found += _attested_swaps(d, vec, p, found, ia, ib, ra, rb, lpa, lpb, a, b, alts_a, alts_b, keep)
            found.sort(reverse=True)
        elif not compound and min(lpa, lpb) >= p.context_min_lp and not pb & VERB:
            # Nothing decides the pair, but an unattested pair of two common words whose one-word
            # swap through a tight or mutual link, to a word at least as common, is among the most
            # frequent collocations is what a news spinner leaves ("military existence"). Fluent
            # news has such pairs too (about one per 1,000 words: "book summary" -> "book review"),
            # so they count only beside a trace of another kind; a WordNet link ranks first. A
            # second word that may be a verb ("the committee met", "the committee plans a ...")
            # is left alone.
            for (x, y, joint, pmi, mwe, both, tight, gain, plausible, wordnet, _, _), fs in zip(raw, feats):
                if not both and tight and gain >= 0.0 and joint >= p.context_joint:
                    rank = joint + 0.5 * pmi + (1.0 if wordnet else 0.0)
                    found.append(Candidate(rank, x, y, joint, pmi, mwe, both, tight, gain, features=tuple(fs),
                                           context=True))
            found.sort(reverse=True)
    if not found and not compound:
        found = _similar_swaps(d, p, ia, ib, a, b, alts_a, alts_b, keep)
    return found
