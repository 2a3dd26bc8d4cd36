"""typo.realword: a real word in the place of another ("rather then", "Why dose it").

Evidence is the fit with the neighbouring words, from bigram counts (`cleantext.ngrams`). For a
word w between `prev` and `next`, the score of an alternative x is

    log10(bigram(prev, x) + A) + log10(bigram(x, next) + A) - log10(unigram(x))

(P(x | prev) * P(next | x) up to a constant), where A is the smallest count the bigram lists keep,
so a missing pair means "rare", not "impossible". Alternatives are the members of hand-written
confusion sets (then/than, dose/does, affect/effect...). Words merely one edit away are not tried:
with bigram lists alone the evidence is too thin ("one knee to" is as absent from them as "one
knew to"). A finding needs a large margin, so a correct "then" is left alone: precision first.
"""
from __future__ import annotations

import math
from functools import lru_cache
from typing import Iterator

from ...document import Document
from ...findings import Finding
from ...rules import Rule, flags, passes
from .context import bi, uni
from .lexicon import read_data
from .spans import WordSpan

REALWORD = Rule(
    "typo.realword", "typo", "warning",
    "A real word that does not fit its context, where a similar word does (then/than, dose/does).",
    (
        flags("It is better to negotiate rather then fight.", "than", span="then"),
        flags("Why dose the committee meet so rarely?", "does", span="dose"),
        flags("The sanctions had an affect on trade.", "effect", span="affect"),
        flags("She wanted to loose weight before the race.", "lose", span="loose"),
        flags("They lost there way in the forest.", "their", span="there"),
        passes("We talked, and then we left rather than stay."),
        passes("Back then, the effect of the policy was small."),
        passes("Their car is over there, and they're waiting."),
        passes("The doctor lowered the dose of the drug."),
        passes("It was more then than now that people cared."),
        passes("If the plan works then everyone gains, and they beat off the rivals."),
    ),
)

FLOOR = 1e5  # the bigram lists keep pairs seen at least about this often
MARGIN_SET = 1.9       # log10 margin for a confusion-set alternative, both neighbours known
MARGIN_ONE_SIDE = 2.5  # ... when only one neighbour is a word


@lru_cache(maxsize=1)
def confusion_sets() -> dict[str, tuple[str, ...]]:
    out: dict[str, set[str]] = {}
    for line in read_data("confusables.txt").decode("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        words = line.split()
        for w in words:
            out.setdefault(w, set()).update(x for x in words if x != w)
    return {w: tuple(sorted(xs)) for w, xs in out.items()}


def score(x: str, prev: str | None, nxt: str | None) -> float:
    """log10 P(x | prev) P(next | x) up to a constant; with one neighbour, that side alone."""
    s = 0.0
    if prev:
        s += math.log10(bi(prev, x) + FLOOR)
    if nxt:
        s += math.log10(bi(x, nxt) + FLOOR)
    if prev and nxt:
        s -= math.log10(uni(x) + 1000)
    return s


def _informative(words: tuple[str, ...], prev: str | None, nxt: str | None) -> tuple[str | None, str | None]:
    """Drop a neighbour that no candidate is ever seen with: it cannot tell them apart, and
    keeping it would only penalise the more frequent word."""
    if prev and not any(bi(prev, w) for w in words):
        prev = None
    if nxt and not any(bi(w, nxt) for w in words):
        nxt = None
    return prev, nxt


def _context(doc: Document, sp: WordSpan) -> tuple[str | None, str | None]:
    toks = doc.tokens
    i = sp.token.index
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    p = prev.lower if prev is not None and prev.kind == "word" and prev.end < sp.start and \
        "-" not in prev.text and not prev.quoted else None
    n = nxt.lower if nxt is not None and nxt.kind == "word" and "-" not in nxt.text and not nxt.quoted else None
    if p and "'" in p and not p.endswith("'s"):
        p = None
    return p, n


def run(doc: Document, spans: list[WordSpan], ctx) -> Iterator[Finding]:
    sets = confusion_sets()
    for sp in spans:
        if sp.in_compound:
            continue
        text = sp.text
        if text[:1].isupper() and not sp.sentence_start:
            continue
        low = sp.lower
        alts = sets.get(low)
        if alts is None:
            continue
        prev, nxt = _context(doc, sp)
        if not prev and not nxt:
            continue
        f = _judge(sp, low, alts, prev, nxt)
        if f is not None:
            yield f


_COMMON_PAIRS = frozenset("many may by buy bye peace piece tough though thought scent cent sent hare hair "
                          "lead led past passed know now".split())
_COMPARATIVES = frozenset("rather more less better worse other larger smaller greater fewer higher lower "
                          "longer shorter faster slower earlier later older younger bigger stronger "
                          "weaker easier harder".split())
_THEN_BEFORE = frozenset("and since just back even until till but only".split())
_NOT_COMPARATIVE = frozenset("after never ever over under together whether either neither other "
                             "however whatever wherever later".split())


def _comparative(w: str | None) -> bool:
    """"rather", "more", "shorter", "bigger": words that ask for "than"."""
    if not w or w in _NOT_COMPARATIVE:
        return False
    if w in _COMPARATIVES:
        return True
    if len(w) >= 5 and w.endswith("er"):
        from .lexicon import lexicon

        common = lexicon().common
        stem = w[:-2]
        return stem in common or stem + "e" in common or (stem[-1:] == stem[-2:-1] and stem[:-1] in common) \
            or (stem.endswith("i") and stem[:-1] + "y" in common)
    return False


_FUNCTION_SETS = frozenset("to too of off their there they're its it's were where your you're whose who's "
                           "form from".split())


def _judge(sp: WordSpan, low: str, alts: tuple[str, ...], prev: str | None, nxt: str | None
           ) -> Finding | None:
    verdict = decide(low, alts, prev, nxt)
    if verdict is None:
        return None
    best, conf = verdict
    rep = best if not sp.text[:1].isupper() else best[:1].upper() + best[1:]
    return REALWORD.finding(sp.start, sp.end, f"{sp.text!r} may be a mistake for {rep!r}.", [rep], conf)


@lru_cache(maxsize=65536)
def decide(low: str, alts: tuple[str, ...], prev: str | None, nxt: str | None
           ) -> tuple[str, float] | None:
    """(better word, confidence) when an alternative fits between prev and nxt far better."""
    if low in ("then", "than") and nxt in ("then", "than"):
        return None  # "more then than now"
    if low == "then" and not _comparative(prev):
        return None  # "if it works then...", "years then": only a comparative asks for "than"
    if low == "than" and prev not in _THEN_BEFORE:
        return None
    prev, nxt = _informative((low,) + alts, prev, nxt)
    if not prev:
        return None  # right context alone mostly measures how frequent each word is
    if not nxt and low in _FUNCTION_SETS:
        return None
    base = score(low, prev, nxt)
    best, best_s = None, -1e9
    for a in alts:
        if "'" in a and not nxt:
            continue
        s = score(a, prev, nxt)
        if s > best_s:
            best, best_s = a, s
    if best is None:
        return None
    margin = best_s - base
    need = MARGIN_SET if nxt else MARGIN_ONE_SIDE
    if low in _FUNCTION_SETS or low in _COMMON_PAIRS:
        need += 1.0  # "saw off", "too many", "where his party": both words fit almost anywhere
    if low in ("then", "than") and _comparative(prev):
        need = min(need, 1.8)  # "rather then", "more then": the comparative asks for "than"
    if margin < need or not bi(prev, best):
        return None
    if low in _FUNCTION_SETS or low in _COMMON_PAIRS:
        conf = min(0.95, 0.7 + 0.08 * (margin - need))
    else:  # a confusion pair past its (already strict) margin: clear enough to fix
        conf = min(0.95, 0.8 + 0.05 * (margin - need))
    return best, conf
