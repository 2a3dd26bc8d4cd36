"""Statistical restoration: an unattested word pair one thesaurus step from a strong collocation.

A spinner swaps words for thesaurus synonyms without regard to sense, so the result is a pair of
content words that no corpus has seen together ("counterfeit consciousness") while a pair of
their near-synonyms is a fixed collocation ("artificial intelligence"). For each adjacent pair of
content words that our collocation table does not know, we expand each word to the words that
list it as a synonym (reverse expansion: the candidate originals; an inflected word also through
its stem), and look the candidate pairs up. The two halves of a hyphenated word are a pair too
("real-duration" for "real-time"), and so are its last part and the word after it
("free-agora economy"). A finding needs all of:

* two adjacent lower-case content words that can be a modifier and a noun (WordNet parts of
  speech; unknown words may be either), not in quotation marks;
* the observed pair, and its singular/plural variants, unattested in every source (Google
  Web/Books bigrams, the CMU Sphinx LM, documentation prose, WordNet two-word lemmas);
* candidate restorations among the strong collocations, none of them a mere spelling variant
  of the observed word ("industrialised" is not spun "industrialized");
* evidence that the pair is spun: a candidate whose logistic score (`evidence.score_candidate`, fitted
  on a self-supervised set by `scripts/build_spin_data.py --calibrate`) reaches
  `Params.threshold` (or `Params.weak_threshold`, weak evidence), or one that passes the first
  version's hand-set bars (`evidence.hand_rule`).

The accepted pair's candidates are then ranked by strength and tightness of the restoration and
by how similar each replaced word is to its stand-in, offered ones first; alternatives rank within
`Params.alt_margin` of the best; a pair with no likely original is reported without a suggestion;
a pair accepted only on loose evidence is weak (see candidates.py). A pair has no likely original
(`Restoration.unsure`) when no candidate is offered and the best swaps in a word far in meaning
from the one on the page. Such a pair is always weak. spin.coherence's joint guesses (joint.py)
were measured for these pairs and are not offered: they seldom named the original, and the
fixer may apply this rule's suggestions.
Modules: expansion.py (word forms and the reverse thesaurus), candidates.py (one pair), this one
(the walk over a document, shared verdicts, hyphenated compounds, growing over a neighbour).
Precision comes first (BBC news and held-out documentation prose both give about 0.2 false
flags per 1,000 words); the data's coverage of technical terms, not the method, limits recall.
"""
from __future__ import annotations

from typing import Iterator, NamedTuple

from ...document import Document, Token
from .candidates import PARAMS, Candidate, Params, candidates, contextual, strong
from .data import MWE, SpinData, spin_data
from .expansion import ADJ, NOUN, VERB, expand, word_pos
from .words import FUNCTION_WORDS

__all__ = ["ADJ", "NOUN", "PARAMS", "VERB", "Candidate", "Params", "Restoration", "candidates", "eligible",
           "expand", "opens_np", "restorations", "restore_pair", "word_pos"]

_NP_OPENERS = frozenset("the a an its their his her our my your this that these those each every".split())


class Restoration(NamedTuple):
    first: int  # token index of the first word
    last: int  # token index of the second word
    words: tuple[str, ...]  # the restored words, lower case
    alternatives: tuple[tuple[str, ...], ...]
    best: Candidate
    weak: bool = False  # accepted on loose evidence only (candidates.strong)
    context: bool = False  # evidence only in a text with other spin traces (candidates.contextual)
    # No candidate is a likely original (none is offered, and the best replaces a word by one far
    # from it in meaning, candidates.Params.shown_min_similarity): reported without a suggestion.
    unsure: bool = False


def opens_np(toks: list[Token], i: int, first: int) -> bool:
    """Whether a determiner or a possessive ("the", "its", "Russia's") stands before token `i`
    within its sentence (which begins at token `first`): the pair from `i` on is a noun phrase,
    the `np_context` of `restore_pair`."""
    if i <= first:
        return False
    before = toks[i - 1]
    return before.lower in _NP_OPENERS or before.lower.endswith("'s")


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


# Pair verdicts shared by all documents (about a fifth of the pairs recur across news articles).
# The verdict depends only on the pair, `np_context`, `Params` and the read-only spin data, so
# it is safe whatever Config a document is checked with. Bounded: cleared past the limit.
_PAIRS: dict[tuple[str, str, bool, bool, int, Params | None], Restoration | None] = {}


def restore_pair(d: SpinData, a: str, b: str, cache: dict, p: Params = PARAMS,
                 np_context: bool = False, compound: bool = False, keep: int = 0) -> Restoration | None:
    key = (a, b, np_context, compound, keep)
    if key in cache:
        return cache[key]
    shared = (a, b, np_context, compound, keep, None if p is PARAMS else p)  # hashing Params costs
    if shared in _PAIRS:
        result = cache[key] = _PAIRS[shared]
        return result
    if len(_PAIRS) > 50_000:
        _PAIRS.clear()
    _PAIRS[shared] = cache[key] = result = _restore_pair(d, a, b, p, np_context, compound, keep)
    return result


def _restore_pair(d: SpinData, a: str, b: str, p: Params, np_context: bool, compound: bool, keep: int = 0
                  ) -> Restoration | None:
    found = candidates(d, a, b, p, np_context, compound, keep)
    result = None
    if found:
        best = found[0]
        alts = []
        for c in found[1:]:
            if not c.plausible or c.score < best.score - p.alt_margin:
                break  # ranked last: each alternative must be a plausible restoration itself
            w = (d.words[c.x], d.words[c.y])
            if w not in alts:
                alts.append(w)
            if len(alts) == 2:
                break
        context = contextual(found)
        result = Restoration(-1, -1, (d.words[best.x], d.words[best.y]), tuple(alts), best,
                             context or not strong(found), context,
                             not best.plausible and best.similarity < p.shown_min_similarity)
    return result


def kept_name(tok: Token) -> bool:
    """A name or an acronym ("Fourier", "Bayes", "LSTM"): never a spinner's substitute, but it
    anchors a collocation whose other word may be one ("Fourier change" for "Fourier
    transform"). Looked up in lower case, like every table."""
    text = tok.norm
    return (tok.kind == "word" and not tok.quoted and text.isalpha() and len(text) >= 2
            and not text.islower() and text.lower() not in FUNCTION_WORDS)


def restorations(doc: Document, cache: dict, pairs: list[tuple[int, int, bool]] | None = None
                 ) -> Iterator[Restoration]:
    """The restorations of a document. `pairs`, if given, receives (first token, second token,
    np_context) of every pair of eligible lower-case words one space apart, which the coherence
    evidence (coherence.py) judges too: the walk is done once."""
    d = spin_data()
    toks = doc.tokens
    text = doc.text
    for s in doc.sentences:
        prev: Token | None = None
        prev_name = False  # `prev` may only be kept in place
        first = s.first
        for t in toks[first:s.last]:
            if t.kind != "word" or t.lower in FUNCTION_WORDS:  # neither eligible nor a name
                prev, prev_name = None, False
                continue
            if "-" in t.lower:
                r = _compound(d, t, t.index == first, cache)
                if r:
                    yield r
                else:
                    r = _after_compound(doc, d, s, t, cache)
                    if r:
                        yield r
            norm = t.norm  # `eligible` inlined: kind and function words are tested above
            if t.quoted or len(norm) < 3 or not norm.isalpha():
                ok = False
            elif norm.islower():
                ok = True
            else:
                ok = t.index == first and norm[0].isupper() and norm[1:].islower()
            name = not ok and norm[:1].isupper() and kept_name(t)
            adjacent = False  # to `prev` across one line of white space
            if (ok or name) and prev is not None and not (name and prev_name):
                gap = text[prev.end:t.start]  # empty when the two touch
                adjacent = gap == " " or (gap.isspace() and "\n" not in gap)
            if adjacent:
                np_context = opens_np(toks, prev.index, s.first)
                keep = 1 if prev_name else 2 if name else 0
                if pairs is not None and not keep and gap == " ":
                    pairs.append((prev.index, t.index, np_context))
                r = restore_pair(d, prev.lower, t.lower, cache, PARAMS, np_context, keep=keep)
                if r:
                    if keep:  # the name keeps its own spelling in the restoration
                        kept = prev.text if keep == 1 else t.text
                        r = r._replace(words=tuple(kept if w == (prev.lower if keep == 1 else t.lower) else w
                                                   for w in r.words), alternatives=())
                        yield r._replace(first=prev.index, last=t.index)
                    elif r.context or r.unsure:  # kept only beside other spin traces, or no original: not worth growing
                        yield r._replace(first=prev.index, last=t.index)
                    else:
                        yield _extend(doc, d, s, r._replace(first=prev.index, last=t.index))
            prev, prev_name = (t, name) if ok or name else (None, False)


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


# Prefixes written with a hyphen: what follows them is no word standing on its own.
_PREFIXES = frozenset("""a anti bi co counter de dis ex extra hyper inter intra macro mega micro mid mini mis
multi neo non out over post pre pro pseudo quasi re semi sub super trans tri ultra un under""".split())


def _after_compound(doc: Document, d: SpinData, s, t: Token, cache: dict) -> Restoration | None:
    """A hyphenated word's last part and the next word as a pair ("free-agora economy" for
    "free-market economy", "health-concern workers" for "health-care workers"): a spinner
    swaps a word inside a compound, or the head after it, as readily as any other. The part
    before the last hyphen stays as written, and must be more than a prefix ("co-operative"); the
    pair is judged like any other (restore_pair)."""
    if t.quoted or t.index + 1 >= s.last:
        return None
    head, _, y = t.norm.rpartition("-")
    if not head or len(y) < 3 or not y.isalpha() or not y.islower() or y in FUNCTION_WORDS:
        return None
    if not all(part.isalnum() for part in head.split("-")) or head.lower() in _PREFIXES:
        return None  # "co-operative", "over-abrupt": a prefix, not a word of its own
    n = doc.tokens[t.index + 1]
    if not eligible(n, False) or doc.text[t.end:n.start] != " ":
        return None
    r = restore_pair(d, y, n.lower, cache, PARAMS, opens_np(doc.tokens, t.index, s.first))
    if r is None or r.unsure:
        return None
    kept = t.text[: len(t.text) - len(y)]  # "free-", as written
    words = (kept + r.words[0], r.words[1])
    alts = tuple((kept + a, b) for a, b in r.alternatives)
    return r._replace(first=t.index, last=n.index, words=words, alternatives=alts)


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
