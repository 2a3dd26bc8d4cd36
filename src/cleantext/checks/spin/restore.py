"""Statistical restoration: an unattested word pair one thesaurus step from a strong collocation.

A spinner swaps words for thesaurus synonyms without regard to sense, so the result is a pair of
content words that no corpus has seen together ("counterfeit consciousness") while a pair of
their near-synonyms is a fixed collocation ("artificial intelligence"). For each adjacent pair of
content words that our collocation table does not know, we expand each word to the words that
list it as a synonym (reverse expansion: the candidate originals; an inflected word also through
its stem), and look the candidate pairs up. The two halves of a hyphenated word are a pair too
("real-duration" for "real-time"). A finding needs all of:

* two adjacent lower-case content words that can be a modifier and a noun (WordNet parts of
  speech; unknown words may be either), not in quotation marks;
* the observed pair, and its singular/plural variants, unattested in every source (Google
  Web/Books bigrams, the CMU Sphinx LM, documentation prose, WordNet two-word lemmas);
* candidate restorations among the strong collocations, none of them a mere spelling variant
  of the observed word ("industrialised" is not spun "industrialized");
* evidence that the pair is spun: a candidate whose logistic score (`evidence.score_candidate`, fitted
  on a self-supervised set by `scripts/build_spin_data.py --calibrate`) reaches
  `Params.threshold`, or one that passes the first version's hand-set bars (`evidence.hand_rule`).

The accepted pair's candidates are then ranked by strength and tightness of the restoration.
Precision comes first (BBC news and held-out documentation prose both give about 0.2 false
flags per 1,000 words); the data's coverage of technical terms, not the method, limits recall.
"""
from __future__ import annotations

import math
from typing import Iterator, NamedTuple

from ...document import Document, Token
from .data import ID_MASK, MUTUAL_LINK, MWE, WORDNET_LINK, SpinData, spin_data
from .evidence import hand_rule, score_candidate, spelling_variant
from .words import FUNCTION_WORDS

NOUN, VERB, ADJ, ADV = 1, 2, 4, 8
_DOMINANT = (NOUN, VERB, ADJ, ADV)
_SUFFIXES = (("ies", 3, "y", NOUN | VERB), ("es", 2, "", NOUN | VERB), ("s", 1, "", NOUN | VERB),
             ("ed", 2, "", VERB | ADJ), ("ed", 1, "", VERB | ADJ), ("ing", 3, "", VERB | NOUN | ADJ),
             ("ing", 3, "e", VERB | NOUN | ADJ))


_NP_OPENERS = frozenset("the a an its their his her our my your this that these those each every".split())


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
    # Weights of score_candidate: bias, joint + 6, pmi - 4, gain, tight, both, WordNet lemma,
    # observed words' log10 P sum + 9, ln(number of candidates), both and tight. Printed by
    # `scripts/build_spin_data.py --calibrate`; the threshold is a coarse choice (about 0.2
    # flags per 1,000 words of held-out documentation prose, and of news prose).
    weights: tuple[float, ...] = (-0.789, 0.224, -0.015, 0.121, -0.122, -0.789, 0.501, -0.823, 0.412, 0.180)
    threshold: float = 1.5
    # Also accepted: the hand-set bars of the first version (a one-word restoration with a
    # strong collocation and a frequency gain; a two-word one with exceptional association).
    rule_joint: float = -8.0
    rule_pmi: float = 4.0
    rule_gain: float = 0.7
    rule_strong_pmi: float = 5.5
    rule_joint_both: float = -6.5
    rule_pmi_both: float = 6.0


PARAMS = Params()


class Candidate(NamedTuple):
    score: float
    x: int  # id of the restored first word
    y: int  # id of the restored second word
    joint: float
    pmi: float
    mwe: bool
    both: bool
    tight: bool  # every replaced word is tightly linked
    gain: float  # least log10 frequency gain of a replaced word over the word it replaces


class Restoration(NamedTuple):
    first: int  # token index of the first word
    last: int  # token index of the second word
    words: tuple[str, ...]  # the restored words, lower case
    alternatives: tuple[tuple[str, ...], ...]
    best: Candidate


def eligible(tok: Token, first_in_sentence: bool) -> bool:
    """A content word written in lower case (or capitalised only as a sentence's first word)."""
    if tok.kind != "word" or tok.quoted:
        return False
    text = tok.norm
    if not text.isalpha() or len(text) < 3:
        return False
    if not text.islower():
        if not (first_in_sentence and text[0].isupper() and text[1:].islower()):
            return False
    return text.lower() not in FUNCTION_WORDS


def word_pos(d: SpinData, word: str, i: int) -> tuple[int, int]:
    """(part-of-speech bits, dominant part of speech) of a word, through its stem if inflected."""
    p = d.pos(i)
    if p & 15:
        return p & 15, _DOMINANT[(p >> 4) & 3]
    for suffix, cut, add, allowed in _SUFFIXES:
        if word.endswith(suffix) and len(word) - cut >= 3:
            sp = d.pos(d.id(word[:-cut] + add))
            bits = sp & 15 & allowed
            if bits:
                dom = _DOMINANT[(sp >> 4) & 3]
                return bits, dom if dom & bits else next(b for b in _DOMINANT if b & bits)
    return 0, 0


def _stem_originals(d: SpinData, word: str, i: int) -> list[tuple[int, str]]:
    """[(candidate original id with link flags, suffix to re-attach)].

    An inflected word is expanded through its stem as well as through its own entry, since a
    thesaurus lists mostly base forms ("organizations" -> "organization" -> "network" ->
    "networks"; "impacts" reaches "effects" only through "impact")."""
    out = [(o, "") for o in d.originals(i)] if i >= 0 else []
    for suffix, cut, add, _ in _SUFFIXES:
        if word.endswith(suffix) and len(word) - cut >= 3:
            si = d.id(word[:-cut] + add)
            if si >= 0 and len(d.originals(si)):
                out += [(o, suffix) for o in d.originals(si)]
                break
    return out


def _reinflect(d: SpinData, base: str, suffix: str) -> int:
    if not suffix:
        return d.id(base)
    forms = {"s": (base + "s", base + "es"), "es": (base + "es", base + "s"),
             "ies": (base[:-1] + "ies" if base.endswith("y") else base + "s",),
             "ed": (base + "ed", base + "d", base[:-1] + "ied" if base.endswith("y") else base + "ed"),
             "ing": (base + "ing", base[:-1] + "ing" if base.endswith("e") else base + "ing")}[suffix]
    for f in forms:
        i = d.id(f)
        if i >= 0:
            return i
    return -1


_EXPANSIONS: dict[tuple[str, int, Params], dict[int, bool]] = {}


def expand(d: SpinData, word: str, i: int, need: int, p: Params = PARAMS) -> dict[int, bool]:
    """Candidate originals of `word` {id: tightly linked}, with a part of speech in `need`.
    Memoised across documents (bounded): the same words recur."""
    key = (word, need, p)
    hit = _EXPANSIONS.get(key)
    if hit is None:
        if len(_EXPANSIONS) > 50_000:
            _EXPANSIONS.clear()
        hit = _EXPANSIONS[key] = _expand(d, word, i, need, p)
    return hit


# (original id, suffix) -> (re-inflected id or -1, its part-of-speech bits, its unigram log10 P).
# Pure functions of the (single, read-only) spin data; the same originals come up for many words,
# and these look-ups were most of `_expand`'s cost on unseen text. Bounded: cleared past the limit.
_TARGETS: dict[tuple[int, str], tuple[int, int, float]] = {}


def _target(d: SpinData, key: tuple[int, str]) -> tuple[int, int, float]:
    if len(_TARGETS) > 60_000:
        _TARGETS.clear()
    j, suffix = key
    if suffix:
        j = _reinflect(d, d.words[j], suffix)
    hit = _TARGETS[key] = (j, word_pos(d, d.words[j], j)[0], d.unigram_lp(j)) if j >= 0 else (-1, 0, 0.0)
    return hit


def _expand(d: SpinData, word: str, i: int, need: int, p: Params) -> dict[int, bool]:
    out: dict[int, bool] = {}
    targets = _TARGETS
    min_lp = p.min_original_lp
    for o, suffix in _stem_originals(d, word, i):
        key = (o & ID_MASK, suffix)
        j, bits, lp = targets.get(key) or _target(d, key)
        if j < 0 or j == i or lp < min_lp or not bits & need:
            continue
        out[j] = out.get(j, False) or bool(o & (WORDNET_LINK | MUTUAL_LINK))
    if len(out) > p.max_originals:
        keep = sorted(out, key=d.unigram_lp, reverse=True)[:p.max_originals]
        out = {k: out[k] for k in keep}
    return out


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


def _attested_variant(d: SpinData, a: str, b: str) -> bool:
    """A singular/plural variant of the pair is a known collocation ("election officer" for
    "election officers"): the pair is ordinary English that our tables happen to miss."""
    ys = [j for j in (d.id(y) for y in _number_variants(b) | {b}) if j >= 0]
    for x in _number_variants(a) | {a}:
        i = d.id(x)
        if i >= 0 and any(d.strength(i, j) for j in ys if (x, d.words[j]) != (a, b)):
            return True
    return False


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
    participle = a.endswith("ed") and pa & VERB
    return bool(np_context and (participle or pa & (ADJ | NOUN)))


def candidates(d: SpinData, a: str, b: str, p: Params = PARAMS, np_context: bool = False,
               compound: bool = False) -> list[Candidate] | None:
    """Candidate restorations of the pair `a b`, best first; None when the pair is attested or
    is no modifier-noun pair. `np_context`: a determiner precedes, so a second word that is
    mostly a verb ("return", "pump") is read as a noun. `compound`: the two halves of a
    hyphenated word ("high-resolution"), which may be any parts of speech."""
    ia, ib = d.id(a), d.id(b)
    if ia >= 0 and ib >= 0 and d.strength(ia, ib):
        return None
    pa, da = word_pos(d, a, ia)
    pb, db = word_pos(d, b, ib)
    if compound:
        need_a = need_b = NOUN | VERB | ADJ | ADV
    elif _modifier_noun(a, pa, da, pb, db, np_context):
        need_a, need_b = (pa & (ADJ | NOUN)) or (ADJ | NOUN), NOUN
    else:
        return None
    if _attested_variant(d, a, b):
        return None
    alts_a = expand(d, a, ia, need_a, p)
    alts_b = expand(d, b, ib, need_b, p)
    strength = d.strength
    lpa = d.unigram_lp(ia) if ia >= 0 else -10.0
    lpb = d.unigram_lp(ib) if ib >= 0 else -10.0

    raw: list[tuple[int, int, float, float, bool, bool, bool, float]] = []

    def add(q: int, x: int, y: int, both: bool, tight: bool) -> None:
        joint = d.joint_lp(q)
        mwe = bool(q & MWE)
        pmi = joint - d.unigram_lp(x) - d.unigram_lp(y)
        if mwe:
            joint, pmi = max(joint, -7.0), pmi + 1.0
        gain = min(d.unigram_lp(x) - lpa if x != ia else 9.0, d.unigram_lp(y) - lpb if y != ib else 9.0)
        if both:
            ok = joint >= p.min_joint_both and pmi >= p.min_pmi_both and gain >= p.min_gain_both
        else:
            ok = joint >= p.min_joint and pmi >= p.min_pmi
        if ok and x != y and not (x != ia and spelling_variant(d.words[x], a)) and not (y != ib and spelling_variant(d.words[y], b)):
            raw.append((x, y, joint, pmi, mwe, both, tight, gain))

    # Intersect the candidate originals with the short lists of strong collocations of the
    # word kept in place; a one-word restoration needs a frequency gain or a tight link.
    uni = d.unigram_lp
    if ib >= 0:
        for x in d.strong_prev(ib):
            tight = alts_a.get(x)
            if tight is not None:
                add(strength(x, ib), x, ib, False, tight)
    if ia >= 0:
        for y in d.strong_next(ia):
            tight = alts_b.get(y)
            if tight is not None:
                add(strength(ia, y), ia, y, False, tight)
    # A two-word restoration needs originals at least as common as the words that replaced them.
    both_b = {y: t for y, t in alts_b.items() if uni(y) - lpb >= p.min_gain_both}
    if both_b:
        for x, tx in alts_a.items():
            if uni(x) - lpa >= p.min_gain_both:
                for y in d.strong_next(x):
                    ty = both_b.get(y)
                    if ty is not None:
                        add(strength(x, y), x, y, True, tx and ty)
    found: list[Candidate] = []
    if raw:
        spread = math.log(len(raw))
        observed = max(-12.0, (lpa if ia >= 0 else -12.0) + (lpb if ib >= 0 else -12.0))
        if any(score_candidate(p.weights, joint, pmi, gain, tight, both, mwe, observed, spread) >= p.threshold
               or hand_rule(p, joint, pmi, gain, tight, both)
               for x, y, joint, pmi, mwe, both, tight, gain in raw):
            # The pair looks spun: rank every candidate by how strong and how tight a
            # restoration it is (the score above decides whether, this decides which).
            for x, y, joint, pmi, mwe, both, tight, gain in raw:
                rank = joint + 0.5 * pmi + (1.0 if mwe else 0.0) - (1.0 if both else 0.0) + (0.3 if tight else 0.0)
                found.append(Candidate(rank, x, y, joint, pmi, mwe, both, tight, gain))
            found.sort(reverse=True)
    return found


# Pair verdicts shared by all documents (about a fifth of the pairs recur across news articles).
# The verdict depends only on the pair, `np_context`, `Params` and the read-only spin data, so
# it is safe whatever Config a document is checked with. Bounded: cleared past the limit.
_PAIRS: dict[tuple[str, str, bool, bool, Params], Restoration | None] = {}


def restore_pair(d: SpinData, a: str, b: str, cache: dict, p: Params = PARAMS,
                 np_context: bool = False, compound: bool = False) -> Restoration | None:
    key = (a, b, np_context, compound)
    if key in cache:
        return cache[key]
    shared = (a, b, np_context, compound, p)
    if shared in _PAIRS:
        result = cache[key] = _PAIRS[shared]
        return result
    if len(_PAIRS) > 50_000:
        _PAIRS.clear()
    _PAIRS[shared] = cache[key] = result = _restore_pair(d, a, b, p, np_context, compound)
    return result


def _restore_pair(d: SpinData, a: str, b: str, p: Params, np_context: bool, compound: bool
                  ) -> Restoration | None:
    found = candidates(d, a, b, p, np_context, compound)
    result = None
    if found:
        best = found[0]
        alts = []
        for c in found[1:]:
            w = (d.words[c.x], d.words[c.y])
            if w not in alts:
                alts.append(w)
            if len(alts) == 2:
                break
        result = Restoration(-1, -1, (d.words[best.x], d.words[best.y]), tuple(alts), best)
    return result


def restorations(doc: Document, cache: dict) -> Iterator[Restoration]:
    d = spin_data()
    toks = doc.tokens
    for s in doc.sentences:
        prev: Token | None = None
        for k in range(s.first, s.last):
            t = toks[k]
            if "-" in t.lower and t.kind == "word":
                r = _compound(d, t, k == s.first, cache)
                if r:
                    yield r
            ok = eligible(t, k == s.first)
            if ok and prev is not None and prev.end < t.start and doc.text[prev.end:t.start].isspace() \
                    and "\n" not in doc.text[prev.end:t.start]:
                before = toks[prev.index - 1] if prev.index > s.first else None
                np_context = before is not None and (before.lower in _NP_OPENERS or before.lower.endswith("'s"))
                r = restore_pair(d, prev.lower, t.lower, cache, PARAMS, np_context)
                if r:
                    yield _extend(doc, d, s, r._replace(first=prev.index, last=t.index))
            prev = t if ok else None


def _compound(d: SpinData, t: Token, first_in_sentence: bool, cache: dict) -> Restoration | None:
    """A hyphenated word whose halves are a spun collocation ("excessive-decision" for
    "high-resolution"): the halves are restored as a pair and joined again."""
    if t.quoted or t.lower.count("-") != 1:
        return None
    text = t.norm
    if not (text.islower() or (first_in_sentence and text[0].isupper() and text[1:].islower())):
        return None
    a, _, b = t.lower.partition("-")
    if len(a) < 3 or len(b) < 3 or not (a.isalpha() and b.isalpha()) or a in FUNCTION_WORDS \
            or b in FUNCTION_WORDS:
        return None
    r = restore_pair(d, a, b, cache, PARAMS, True, True)
    if r is None:
        return None
    return r._replace(first=t.index, last=t.index, words=("-".join(r.words),),
                      alternatives=tuple(("-".join(w),) for w in r.alternatives))


EXTEND_MIN_JOINT = -8.0
EXTEND_MIN_PMI = 3.0  # a neighbour of a flagged pair needs less evidence to join the restoration


def _extend(doc: Document, d: SpinData, s, r: Restoration) -> Restoration:
    """Grow a restoration over a spun neighbour: "profound neural organization" restores to
    "deep neural network" when "neural organization" is unattested and "neural network" is a
    strong collocation one synonym away."""
    toks = doc.tokens
    text = doc.text
    words = list(r.words)
    first, last = r.first, r.last
    if last + 1 < s.last:
        n = toks[last + 1]
        if eligible(n, False) and text[toks[last].end:n.start] == " ":
            y = _neighbour(d, words[-1], n.lower, after=True)
            if y:
                words.append(y)
                last += 1
    if first - 1 >= s.first:
        b = toks[first - 1]
        if eligible(b, first - 1 == s.first) and text[b.end:toks[first].start] == " ":
            x = _neighbour(d, words[0], b.lower, after=False)
            if x:
                words.insert(0, x)
                first -= 1
    if (first, last) == (r.first, r.last):
        return r
    return r._replace(first=first, last=last, words=tuple(words), alternatives=())


def _neighbour(d: SpinData, restored: str, word: str, after: bool) -> str | None:
    """The original of `word` next to an already restored word, or None if `word` fits as it is."""
    ir, iw = d.id(restored), d.id(word)
    if ir < 0:
        return None
    if iw >= 0 and (d.strength(ir, iw) if after else d.strength(iw, ir)):
        return None
    alts = expand(d, word, iw, NOUN if after else (ADJ | NOUN))
    best, best_score = None, -99.0
    for j in (d.strong_next(ir) if after else d.strong_prev(ir)):
        if j in alts:
            q = d.strength(ir, j) if after else d.strength(j, ir)
            joint = d.joint_lp(q)
            pmi = joint - d.unigram_lp(ir) - d.unigram_lp(j) + (1.0 if q & MWE else 0.0)
            if joint >= EXTEND_MIN_JOINT and pmi >= EXTEND_MIN_PMI and joint + 0.5 * pmi > best_score:
                best, best_score = d.words[j], joint + 0.5 * pmi
    return best
