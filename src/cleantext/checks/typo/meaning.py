"""typo.meaning: a real word that fits its neighbours but not what the sentence is about.

"Investors sold their sharks when the stock market fell", "the sailors steered the hip out of the
harbour": the slip is a real word, and the neighbouring words alone often cannot tell it from the
word meant, because the language model sees two words on either side and both words are at home
there. The rest of the sentence can: "shares" shares its contexts with "investors" and "stock"
far more than "sharks" does.

For each lower-case content word of a sentence (not one of the model's ~200 most frequent words,
with a word vector, between plain words or sentence boundaries), and each real word one edit away
or in its confusion set (`context.alternatives`, frequent words included: "tile" for "time"), the
evidence is

    score = lm - cost + WEIGHT * gain

* `lm`: the weaker side of the trigram model's log10 odds of the alternative against the word, as
  in `context.tri_margin` (the pair need not be listed: the model's backoff estimate counts);
* `cost`: the log10 odds against the slip (`context.alternatives`: a confusion-set member costs
  nothing, another word one edit away 1); another form of the same word is not an alternative
  here, as it shares the word's topic;
* `gain`: how much closer the alternative is than the word to the sentence's topic: the mean cosine
  of its GloVe vector (data/spin/vectors.bin) with its `TOP` nearest other content words of the
  sentence, minus the same for the word. It must be at least `MIN_GAIN`.

The best alternative of each word is a verdict when its score reaches `MIN_SCORE`, with the
confidence of its score band (`_CONFIDENCE`), measured on synthetic slips in clean prose by
`scripts/calibrate_typo_realword.py --meaning` (data/typo/README.md), stated at one slip per 200
words. The pass runs only where the document's density of slips (`realword.density_scale`) is at
least that: a short text, or a longer one with sure non-word slips. In a longer edited text with
none, a verdict's odds would fall to a quarter or less (a 400-word article), below the report
threshold in every band; run on every BBC article the pass cost about a fifth of the whole check
for verdicts that were false on reading (two in 994 articles, both fluent words). So a long text
with no sure slip is never judged on topic alone. Word vectors of 2014 news and encyclopaedia text are a coarse judge of
topic: a sentence about an unusual subject loses against frequent words that fit everywhere, so the
gain alone never decides; the language model must not object by much. The doubt is mostly which
word was meant (over a quarter of the verdicts at the slip name another word), so no verdict is sure
enough for `fix` to apply unasked.
"""
from __future__ import annotations

from functools import lru_cache
from operator import mul
from typing import Iterator

from ...document import Document, Token
from ...findings import Finding
from ...rules import Rule, flags, passes
from . import context as C
from .spans import BOS, EOS, WINDOW_GAP as _GAP, beyond

MEANING = Rule(
    "typo.meaning", "typo", "warning",
    "A real word that fits its neighbours but not the sentence's topic, where a word one edit away "
    "fits both (\"sold their sharks when the stock market fell\").",
    (
        flags("Investors sold their sharks when the stock market fell sharply.", "shares", span="sharks"),
        flags("The sailors hoisted the sails and steered the hip out of the harbour.", "ship", span="hip"),
        passes("Investors sold their shares when the stock market fell sharply."),
        passes("The sailors hoisted the sails and steered the ship out of the harbour."),
        passes("The gardener planted roses and tulips in the flower beds."),
        passes("Divers filmed the sharks that circled the wreck of the ship."),
    ),
)

WEIGHT = 6.0      # log10 odds per unit of cosine gain (the calibration's best of 2, 3, 4.5, 6, 8)
MIN_GAIN = 0.1    # the alternative must be this much closer to the sentence's topic
TOP = 3           # the nearest content words of the sentence that define a word's fit
MIN_CONTEXT = 2   # other content words the sentence must have
MIN_LEN = 3

# Confidence by score band at one slip per 200 words (`_CONFIDENCE` of realword, same method);
# from the calibration table in data/typo/README.md. Below the first band: no verdict.
_CONFIDENCE = ((2.5, 0.55), (3.0, 0.67), (4.0, 0.74))
MIN_SCORE = _CONFIDENCE[0][0]  # least score of a verdict (the first band reported)



def confidence(score: float) -> float:
    conf = 0.0
    for lo, c in _CONFIDENCE:
        if score >= lo:
            conf = c
    return conf


class _Space:
    """Word vectors by word, as tuples of ints (spin/data.py's int8 unit vectors; cosines in pure Python)."""

    def __init__(self) -> None:
        from ..spin.data import COSINE_SCALE, spin_data, vectors

        self._scale = COSINE_SCALE
        self._data = spin_data()
        self._vec = vectors()
        self._rows: dict[str, tuple[int, ...] | None] = {}

    def get(self, w: str) -> tuple[int, ...] | None:
        rows = self._rows
        if w in rows:
            return rows[w]
        if len(rows) > 200_000:
            rows.clear()
        v = self._vec
        r = v.row(self._data.id(w))
        rows[w] = vec = None if r < 0 else tuple(v.vectors[r * v.dims:(r + 1) * v.dims])
        return vec

    def fit(self, v: tuple[int, ...], context: list[tuple[int, ...]]) -> float:
        """Mean cosine of `v` with its TOP nearest vectors of `context`."""
        sims = sorted((sum(map(mul, v, c)) for c in context), reverse=True)[:TOP]
        return sum(sims) * self._scale / len(sims)


@lru_cache(maxsize=1)
def _space() -> _Space:
    return _Space()


def _plain(text: str) -> bool:
    return text.isalpha() and (text.islower() or text[1:].islower())


def _neighbour(toks: list[Token], j: int, step: int, model) -> str | None:
    """The left (step -1) or right (+1) neighbour of toks[j - step] for the model: a plain word it
    knows, a sentence boundary, or None (a comma, bracket, number, quoted or unknown word, or one
    across a wider gap: blanked markup)."""
    if 0 <= j < len(toks):
        here, u = toks[j - step], toks[j]
        if (here.start - u.end if step < 0 else u.start - here.end) > _GAP or u.kind == "word" and u.quoted:
            return None
    w = beyond(toks, j, BOS if step < 0 else EOS, _plain)
    return w if w in (BOS, EOS) or w in model else None


def verdicts(doc: Document, taken: set[int] | frozenset[int], low: float = MIN_SCORE
             ) -> Iterator[tuple[Token, str, float, float]]:
    """(token, better word, score, gain) for each word whose best alternative scores `low` or more.
    `scripts/calibrate_typo_realword.py --meaning` calls it with a low `low` to see the curve."""
    from .realword import _CAREFUL, confusion_sets

    model = C.lm()
    frequent = C.frequent_set()  # "the", "said", "which": no topic of their own
    space = _space()
    sets = confusion_sets()
    toks = doc.tokens
    for sent in doc.sentences:
        if sent.heading and len(doc.sentences) > 1:
            continue
        content: list[tuple[Token, tuple[int, ...]]] = []
        for t in toks[sent.first:sent.last]:
            if t.kind != "word" or len(t.text) < MIN_LEN or not t.text.isalpha() or t.lower in frequent:
                continue
            v = space.get(t.lower)
            if v is not None:
                content.append((t, v))
        if len(content) <= MIN_CONTEXT:
            continue
        for t, v in content:
            w = t.lower
            if not t.text.islower() or t.quoted or t.start in taken or w in _CAREFUL or w not in model:
                continue
            i = t.index
            p1 = _neighbour(toks, i - 1, -1, model)
            n1 = _neighbour(toks, i + 1, 1, model) if p1 is not None else None
            if n1 is None:
                continue
            p2 = _neighbour(toks, i - 2, -1, model) if p1 != BOS else None
            n2 = _neighbour(toks, i + 2, 1, model) if n1 != EOS else None
            alts = C.alternatives(w, sets.get(w, ()))
            if not alts:
                continue
            context = [c for u, c in content if u.lower != w]
            if len(context) < MIN_CONTEXT:
                continue
            best = None
            lw, rw = C.logp3(w, p2, p1), C.logp3(n1, p1, w)
            rw2 = C.logp3(n2, w, n1) if n2 is not None and n1 != EOS else 0.0
            own = space.fit(v, context)
            # no alternative's fit exceeds 1 (a cosine), so its score is at most its language-model
            # evidence plus WEIGHT * reach: each side is checked against that bound as it is known
            reach = WEIGHT * (1.0 - own)
            for x, cost in alts:
                if C._inflection(w, x):
                    continue  # another form of the word ("takings"/"taking") has its topic
                lm = C.logp3(x, p2, p1) - lw - cost
                if lm + reach < low:
                    continue
                right = C.logp3(n1, p1, x) - rw
                if n2 is not None and n1 != EOS:
                    right += C.logp3(n2, x, n1) - rw2
                lm = min(lm, right - cost)
                if lm + reach < low:
                    continue
                vx = space.get(x)
                if vx is None:
                    continue
                gain = space.fit(vx, context) - own
                if gain < MIN_GAIN:
                    continue
                s = lm + WEIGHT * gain
                if s >= low and (best is None or s > best[1]):
                    best = (x, s, gain)
            if best is not None:
                yield t, best[0], best[1], best[2]


def least_score(min_confidence: float) -> float | None:
    """The lowest score whose confidence is reported at `min_confidence`; None when no band's is."""
    for lo, conf in _CONFIDENCE:
        if conf >= min_confidence:
            return lo
    return None


def run(doc: Document, taken: set[int], min_confidence: float = 0.5) -> Iterator[Finding]:
    """Findings at their calibrated confidence. The caller runs it only where the document's density
    of slips reaches the calibration's (see the module's docstring); only verdicts that reach
    `min_confidence` are looked for."""
    low = least_score(min_confidence)
    if low is None:
        return
    for t, best, score, _gain in verdicts(doc, taken, low):
        yield MEANING.finding(
            t.start, t.end, f"'{t.text}' is a real word, but '{best}' fits the rest of the sentence better.",
            (best,), confidence(score))
