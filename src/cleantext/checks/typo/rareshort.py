"""typo.realword, rare short words: a short real word that is rare in English prose, standing for a
very frequent word one or two edits away ("joined le Imperial War Museum" -> "the", "on 9 April,
sa prominent activist" -> "a").

The language-model pass (`realword.run_model`) compares a word only with the words one edit away,
and a short word with none of the frequent ones two edits away, since two-letter words are
everywhere. But a word as rare as "le" or "sa" (log10 P < RARE in the bigram model, and not one of
the typo lexicon's common English words: foreign articles, abbreviations, interjections) is
seldom meant in English prose, while the most frequent
words ("the", "a", "of", "and") take most slips. So such a word is compared with the frequent words
of `context._frequent_near` by a noisy channel over the bigram model:

    evidence(x) = [log P(x | prev) - log P(w | prev)] + [log P(next | x) - log P(next | w)]
                  - COST_PER_EDIT * edits(w, x)

Both sides must favour x (a slip breaks both pairs it sits in) and the model must list the pairs x
makes. Unlike the one-edit pass the two sides are added, not the weaker taken: a rare word is
mostly known to the model only through backoff, so one side alone often says little. A name
context (a capitalised word before it in mid-sentence), a foreign neighbour (accented), a heading, a
quotation and a capitalised use of the word elsewhere in the document ("Le Monde") leave it
alone. A word written more than once is changed only when every use of it is a verdict: the same
slip made twice, not a term of the document. The confidence comes from synthetic slips in clean
prose (`scripts/calibrate_typo_realword.py --rare-short`, table in data/typo/README.md).
"""
from __future__ import annotations

from functools import lru_cache
from itertools import compress
from operator import attrgetter
from typing import Iterator

from ...document import Document
from ...findings import Finding
from . import context as C
from .spans import WINDOW_GAP as _GAP

MAX_LEN = 4
RARE = -4.5            # log10 P in the bigram model: "le", "sa", "cod" are rarer; "oh", "no", "ah" are not
COST_PER_EDIT = 1.0    # log10 odds against each edit of the slip (as context.COST_EDIT, COST_FAR)
NEED = 0.5             # lowest evidence looked at
LONE_LEAD = 9.0        # the lead of a verdict with no rival
_ENDS = frozenset(".!?")

# Confidence by evidence and by the lead over the next frequent word: precision on synthetic slips
# in clean prose at one such error per 200 words, one more false verdict in the clean text added to
# each band (scripts/calibrate_typo_realword.py --rare-short; data/typo/README.md). False verdicts
# in clean text are rare; the doubt is which frequent word was meant ("hog": "how" or "to"?).
_CONFIDENCE = ((3.0, 2.0, 0.88), (3.0, 1.0, 0.8), (3.0, 0.5, 0.61), (2.0, 0.5, 0.5))


def confidence(evidence: float, lead: float) -> float:
    for lo, lead_lo, conf in _CONFIDENCE:
        if evidence >= lo and lead >= lead_lo:
            return conf
    return 0.0


_LOWER = attrgetter("lower")


@lru_cache(maxsize=1)
def _rare_words() -> frozenset[str]:
    """Every word of the class: plain lower-case ASCII, 2 to MAX_LEN letters, and `_rare`."""
    return frozenset(w for w in C.lm().ids if 2 <= len(w) <= MAX_LEN and w.isalpha() and w.isascii()
                     and w.islower() and _rare(w))


def _rare(w: str) -> bool:
    """Known to the model, rare there, and not a common English word of the typo lexicon (the
    model's counts come from speech, where "thus", "via" or "plot" are rare too)."""
    from .lexicon import lexicon

    model = C.lm()
    i = model.ids.get(w)
    return i is not None and model.uni[i] / 1000.0 < RARE and w not in lexicon().common


def verdicts(doc: Document, taken: set[int] | frozenset[int], need: float = NEED
             ) -> Iterator[tuple]:
    """(token, better word, evidence, lead, runner-up) for every rare short word the model would
    change."""
    toks = doc.tokens
    n = len(toks)
    found: dict[str, list] = {}
    # the few candidate tokens are found by C-level passes (a news article has none or one)
    for i in compress(range(n), map(_rare_words().__contains__, map(_LOWER, toks))):
        t = toks[i]
        if t.kind != "word" or t.quoted or t.start in taken:
            continue
        text = t.text
        if not text.islower():
            continue
        w = t.lower
        p = toks[i - 1] if i else None
        if p is None or p.kind == "punct" and p.text in _ENDS:
            prev = C.BOS
        elif p.kind == "word" and p.end < t.start <= p.end + _GAP and p.text.isalpha() and p.text.isascii() \
                and not p.quoted and (p.text.islower() or p.text[1:].islower() and _sentence_first(doc, p)):
            prev = _read_through(p.lower) if p.text.islower() else p.lower  # a slip read as its correction
        else:
            continue  # after a name ("Jean le Carré"), a number, a bracket or blanked markup
        q = toks[i + 1] if i + 1 < n else None
        if q is None or q.kind == "punct" and q.text in _ENDS and q.start <= t.end + _GAP:
            nxt = C.EOS
        elif q.kind == "word" and t.end < q.start <= t.end + _GAP and q.text.isalpha() and q.text.isascii() \
                and not q.quoted and (q.text.islower() or q.text[1:].islower()):
            nxt = _read_through(q.lower) if q.text.islower() else q.lower
        else:
            continue
        if _foreign_near(toks, i):
            continue
        v = decide(w, prev, nxt, need)
        if v is None:
            continue
        if len(doc.sentences) > 1 and doc.sentence_of(t).heading:
            continue
        found.setdefault(w, []).append((t,) + v)
    if not found:
        return
    uses: dict[str, int] = {}
    for u in toks:
        if u.kind == "word" and u.lower in found:
            uses[u.lower] = uses.get(u.lower, 0) + (1 if u.text.islower() else 99)
    for w, hits in found.items():
        if uses.get(w, 0) != len(hits):
            continue  # used elsewhere as a word of the document (or capitalised: "Le Monde")
        yield from hits


def _read_through(w: str) -> str:
    if w in C.lm().ids:
        return w
    from .nonword import _read_through as read

    return read(w)


def _sentence_first(doc: Document, tok) -> bool:
    i = tok.index
    return i == 0 or doc.tokens[i - 1].kind == "punct" and doc.tokens[i - 1].text in _ENDS


def _foreign_near(toks, i: int) -> bool:
    """A neighbour within two words that is not plain ASCII: a phrase in another language."""
    for j in (i - 2, i - 1, i + 1, i + 2):
        if 0 <= j < len(toks) and toks[j].kind == "word" and not toks[j].text.isascii():
            return True
    return False


@lru_cache(maxsize=65536)
def decide(w: str, prev: str, nxt: str, need: float) -> tuple[str, float, float, str | None] | None:
    """(frequent word, evidence, lead over the next best, the next best) when one beats the rare word `w` between prev and nxt."""
    from rapidfuzz.distance import OSA

    model = C.lm()
    if prev not in model.ids or nxt not in model.ids:
        return None
    left_w = C.logp(w, prev)
    right_w = C.logp(nxt, w)
    scored = []
    for x in C._frequent_near(w):
        if x == w or not model.seen(prev, x) or not model.seen(x, nxt):
            continue
        left = C.logp(x, prev) - left_w
        right = C.logp(nxt, x) - right_w
        if left <= 0 or right <= 0:
            continue
        scored.append((left + right - COST_PER_EDIT * OSA.distance(w, x), x))
    if not scored:
        return None
    scored.sort(reverse=True)
    s, x = scored[0]
    if s < need:
        return None
    lead = s - scored[1][0] if len(scored) > 1 else LONE_LEAD
    return x, s, lead, scored[1][1] if len(scored) > 1 else None


def run(doc: Document, taken: set[int], rule, accept=frozenset()) -> Iterator[Finding]:
    for t, best, ev, lead, second in verdicts(doc, taken):
        if t.lower in accept:
            continue
        conf = confidence(ev, lead)
        if conf < 0.5:
            continue
        severity = None if conf >= 0.8 else "info"
        # an unclear lead offers the runner-up too ("le": "the" or "a"); fix() applies one suggestion only
        sugg = [best] if conf >= 0.8 or second is None else [best, second]
        yield rule.finding(t.start, t.end, f"{t.text!r} may be a mistake for {best!r}.", sugg, conf,
                           severity=severity)
