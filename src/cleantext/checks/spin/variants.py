"""A spun document's weaker traces: word pairs judged only once the text already shows a spinner.

A news spinner swaps many words, and most of its swaps leave a pair that is still attested, only
far rarer than the pair it replaced. Judged in isolation such a pair is indistinguishable from an
author's own choice, so these tests run only in a document that already shows several traces of
another kind (a list, lexicon or structural finding; the caller decides, see `gate`), or whose
findings already earn the spin verdict. Two tests:

* `rarer_pair`: an attested modifier-noun pair whose modifier, swapped for a WordNet synonym (same
  synset), gives one of the most frequent collocations, a thousand times more frequent than the
  pair on the page and a fixed one (PMI >= 4): "the close future" for "the near future". The
  observed pair is attested, so `spin.restore` (which judges unattested pairs only) never sees it.
  Fluent pairs come close ("severe injury" is about 900 times rarer than "serious injury" in our
  tables), which is why the test waits for a spun document.
* `document_variant`: a pair that no table lists, whose neighbour appears elsewhere in the same
  document beside a tight synonym of the word, in a pair the tables know. A spinner rewrites each
  occurrence of a phrase on its own, so one document ends up with "the price rise" in one place
  and "the price ascent" in another; an author who writes the same phrase twice keeps the
  usual word. (Attested pairs are left alone: fluent writers vary those too, "community health"
  beside "public health".)

Frequencies come from the spin collocation table (content words, data.py) and, where it is
silent, the bigram language model of the typo check (CMU Sphinx; function words included). The
restored pair is the suggestion; findings are info at modest confidence and never applied by fix.
"""
from __future__ import annotations

from typing import Iterator, NamedTuple

from ...document import Document, Token
from .data import SpinData, spin_data
from .evidence import spelling_variant
from .expansion import ADJ, MUTUAL, NOUN, WORDNET, expand, word_pos
from .words import FUNCTION_WORDS

# rarer_pair: log10 units (joint probabilities of the pair; PMI of the swapped pair).
RARER_MIN_JOINT = -5.0  # the swapped pair is among the most frequent collocations
RARER_MIN_GAIN = 3.0  # ... at least 1,000 times as frequent as the pair on the page
RARER_MIN_PMI = 4.0  # ... and a fixed collocation, not merely two common words
# document_variant: the pair on the page is unattested, the one the document also has is attested
VARIANT_MIN_JOINT = -8.0
MIN_FREQUENCY_LP = 0.5  # the synonym is at most this much rarer (log10) than the word it replaces
# gate: at least this many distinct traces of other kinds, and one per this many words
GATE_MIN_TRACES = 2
GATE_WORDS_PER_TRACE = 500


class Hit(NamedTuple):
    first: int  # token index of the first word of the pair
    last: int  # token index of the second word
    restored: tuple[str, str]  # the pair with the synonym in place, lower case
    kind: str  # "rarer_pair" or "document_variant"
    observed_lp: float | None  # joint log10 P of the pair on the page (None: unattested)
    restored_lp: float


def gate(traces: int, words: int) -> bool:
    """Does a document with `traces` distinct spin findings of other kinds (list, lexicon,
    structural) show enough of a spinner to have its weaker pairs judged?"""
    return traces >= max(GATE_MIN_TRACES, words / GATE_WORDS_PER_TRACE)


def _content(t: Token) -> bool:
    n = t.norm
    return (t.kind == "word" and not t.quoted and n.isalpha() and n.islower() and len(n) >= 3
            and t.lower not in FUNCTION_WORDS)


def _neighbour(t: Token) -> bool:
    """A word that may anchor a pair: a content word or a name, never a function word."""
    n = t.norm
    return t.kind == "word" and not t.quoted and n.isalpha() and len(n) >= 3 and t.lower not in FUNCTION_WORDS


def _joint(d: SpinData, a: str, b: str) -> float | None:
    """Joint log10 P of the pair `a b`: the collocation table, else the language model's listed
    bigram, else None."""
    q = d.strength(d.id(a), d.id(b))
    if q:
        return d.joint_lp(q)
    from ..typo.context import lm

    model = lm()
    if a in model and b in model and model.seen(a, b):
        return model.unigram(a) + model.logp(b, a)
    return None


def _pmi(d: SpinData, a: str, b: str, joint: float) -> float:
    return joint - d.unigram_lp(d.id(a)) - d.unigram_lp(d.id(b))


def _alternatives(d: SpinData, w: str, need: int, level: int) -> list[str]:
    """Tight synonyms of `w` (link level >= `level`) that a spinner may have replaced by it, no
    much rarer than `w` and no spelling variants of it."""
    i = d.id(w)
    if i < 0:
        return []
    floor = d.unigram_lp(i) - MIN_FREQUENCY_LP
    out = []
    for x, lv in expand(d, w, i, need).items():
        xw = d.words[x]
        if lv >= level and d.unigram_lp(x) >= floor and not spelling_variant(xw, w):
            out.append(xw)
    return out


def _pairs(doc: Document) -> Iterator[tuple[Token, Token]]:
    """Adjacent word pairs one space apart within a sentence."""
    toks, text = doc.tokens, doc.text
    for s in doc.sentences:
        for k in range(s.first, s.last - 1):
            a, b = toks[k], toks[k + 1]
            if a.kind == "word" and b.kind == "word" and text[a.end:b.start] == " ":
                yield a, b


def find(doc: Document) -> Iterator[Hit]:
    """The hits of both tests, in document order, at most one per pair."""
    d = spin_data()
    pairs = list(_pairs(doc))
    # Each neighbour word, with the words seen on its left and on its right, for document_variant.
    before: dict[str, set[str]] = {}
    after: dict[str, set[str]] = {}
    for a, b in pairs:
        before.setdefault(b.lower, set()).add(a.lower)
        after.setdefault(a.lower, set()).add(b.lower)
    for a, b in pairs:
        hit = _rarer_pair(d, a, b) or _document_variant(d, a, b, before, after)
        if hit:
            yield hit


def _rarer_pair(d: SpinData, a: Token, b: Token) -> Hit | None:
    if not (_content(a) and _content(b)):
        return None
    x, y = a.lower, b.lower
    ia, ib = d.id(x), d.id(y)
    q = d.strength(ia, ib)
    if not q:
        return None  # unattested: spin.restore's business
    pa, da = word_pos(d, x, ia)
    pb, db = word_pos(d, y, ib)
    # A modifier and a noun; after an adjective, a word that is mostly a verb reads as a noun
    # ("a steep climb").
    if not (pb & NOUN and da in (ADJ, NOUN) and (db == NOUN or da == ADJ)):
        return None
    observed = d.joint_lp(q)
    best: Hit | None = None
    # Only the modifier is swapped back: a noun's WordNet synonyms reach other senses too readily
    # ("labour" and "drive" share a synset).
    for alt in _alternatives(d, x, da, WORDNET):
        qq = d.strength(d.id(alt), ib)
        if not qq:
            continue
        j = d.joint_lp(qq)
        if (j >= RARER_MIN_JOINT and j - observed >= RARER_MIN_GAIN and _pmi(d, alt, y, j) >= RARER_MIN_PMI
                and (best is None or j > best.restored_lp)):
            best = Hit(a.index, b.index, (alt, y), "rarer_pair", observed, j)
    return best


def _document_variant(d: SpinData, a: Token, b: Token, before: dict[str, set[str]],
                      after: dict[str, set[str]]) -> Hit | None:
    x, y = a.lower, b.lower
    if _joint(d, x, y) is not None:
        return None  # attested: fluent writers vary attested pairs too ("community health", "public health")
    best: Hit | None = None
    # The word swapped is a lower-case content word; its neighbour, kept in place, may be a name.
    for side, w, kept, seen in ((0, x, y, before.get(y, ())), (1, y, x, after.get(x, ()))):
        word, other = (a, b) if side == 0 else (b, a)
        if not (_content(word) and _neighbour(other)) or len(seen) < 2:
            continue
        i = d.id(w)
        need = word_pos(d, w, i)[0] if i >= 0 else 0
        if not need:
            continue
        for alt in _alternatives(d, w, need, MUTUAL):
            if alt not in seen:
                continue
            pair = (alt, kept) if side == 0 else (kept, alt)
            j = _joint(d, *pair)
            if j is not None and j >= VARIANT_MIN_JOINT and (best is None or j > best.restored_lp):
                best = Hit(a.index, b.index, pair, "document_variant", None, j)
    return best
