"""Typos: non-words, real-word errors, lower-cased names and sentence starts, dialect spelling.

Rules: typo.nonword, typo.realword, typo.confused, typo.meaning, typo.homophone, typo.phrase,
typo.case (category typo) and typo.dialect (category style, only when `Config.dialect` is "en-US"
or "en-GB"). `suggest(word)` gives the out-of-context ranking used by `cleantext.suggest`.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from ...document import Document
from ...findings import Finding
from . import confused, dialect, homophones, meaning, names, nonword, phrases, placecase, rareshort, realword
from .confused import CONFUSED
from .dialect import DIALECT
from .homophones import HOMOPHONE
from .meaning import MEANING
from .names import CASE
from .nonword import NONWORD, suggest
from .phrases import PHRASE
from .realword import REALWORD
from .spans import word_spans

RULES = (NONWORD, REALWORD, CONFUSED, MEANING, HOMOPHONE, PHRASE, CASE, DIALECT)
SURE = nonword.FIXABLE  # a non-word finding this confident (fix's threshold) is a slip the document has

__all__ = ["RULES", "run", "suggest"]


def run(doc: Document, ctx) -> Iterator[Finding]:
    config = ctx.config
    model_on = config.rule_enabled(REALWORD.id, REALWORD.category)
    taken: set[int] = set()
    if config.rule_enabled(HOMOPHONE.id, HOMOPHONE.category):
        for f in homophones.run(doc, taken):  # first: grammar, not statistics, decides these
            taken.add(f.start)
            yield placecase.recase(doc, f)
    if config.rule_enabled(PHRASE.id, PHRASE.category):
        yield from phrases.run(doc, taken)  # a whole phrase decides; no other rule judges its words
    spans = [] if _all_frequent(doc) else word_spans(doc, _plain())
    if not spans:  # only the language model can still find a real word out of place
        if model_on:
            for f in realword.run_model(doc, taken):
                taken.add(f.start)
                yield placecase.recase(doc, f)
        if config.rule_enabled(CONFUSED.id, CONFUSED.category):
            scale = _density_scale(doc, 0, config.rule_enabled(NONWORD.id, NONWORD.category))
            for f in confused.run(doc, taken):
                yield placecase.recase(doc, _rescaled(doc, f, scale))
        return
    held: list[Finding] = []
    caps: list[frozenset[str]] = []

    def mid_caps() -> frozenset[str]:  # computed once, for the first finding beside a capital
        if not caps:
            caps.append(placecase.capitalised_words(doc))
        return caps[0]

    if config.rule_enabled(CASE.id, CASE.category):
        for f in names.run(doc, spans, ctx):
            if names.lower_start(f):
                # "... 1967. le song was", "... decade. oh painting of": the word may be a slip of
                # another ("the"), not a word that only lost its capital, so the non-word and
                # real-word passes judge it first
                held.append(f)
                continue
            taken.add(f.start)
            yield f
    sure = 0
    nonword_on = config.rule_enabled(NONWORD.id, NONWORD.category)
    if nonword_on:
        rest = [sp for sp in spans if sp.start not in taken]
        for f in nonword.run(doc, rest, ctx):
            taken.add(f.start)
            sure += f.confidence >= SURE
            yield placecase.recase(doc, f, mid_caps)
    # the real-word verdicts' odds follow the document's density of sure slips (no evidence
    # when the non-word rule is off); the words are counted for the first verdict only
    scales: list[float] = []

    def scale() -> float:
        if not scales:
            scales.append(_density_scale(doc, sure, nonword_on))
        return scales[0]

    if model_on:
        for f in realword.run(doc, [sp for sp in spans if sp.start not in taken], ctx, taken):
            taken.add(f.start)
            yield placecase.recase(doc, _rescaled(doc, f, scale()), mid_caps)
        for f in rareshort.run(doc, taken, REALWORD, ctx.config.accept):
            taken.add(f.start)
            yield placecase.recase(doc, _rescaled(doc, f, scale()), mid_caps)
    if config.rule_enabled(CONFUSED.id, CONFUSED.category):
        # after the confusion sets: their web-count verdicts, where they reach one, stand
        for f in confused.run(doc, taken):
            taken.add(f.start)
            yield placecase.recase(doc, _rescaled(doc, f, scale()), mid_caps)
    if config.rule_enabled(MEANING.id, MEANING.category) and scale() >= 1.0:
        # last: the topic of the sentence judges only what the neighbours could not settle, and
        # only where slips are as dense as its calibration assumes (meaning.py)
        for f in meaning.run(doc, taken, config.min_confidence):
            taken.add(f.start)
            yield placecase.recase(doc, f, mid_caps)
    for f in held:
        if f.start not in taken:
            yield f
    if config.rule_enabled(DIALECT.id, DIALECT.category):
        yield from dialect.run(doc, spans, ctx)


def _density_scale(doc: Document, sure: int, nonword_on: bool) -> float:
    """`realword.density_scale` of the document with `sure` sure slips; 1 (no evidence) when the
    non-word rule is off."""
    return realword.density_scale(sum(t.kind == "word" for t in doc.tokens), sure) if nonword_on else 1.0


def _rescaled(doc: Document, f: Finding, scale: float) -> Finding:
    """`realword.rescaled` for a verdict on a common word the language model knows; any other
    token ("mf", "av": the model never saw them) is a slip whatever the document's density of
    them, and keeps its confidence."""
    from .context import lm
    from .lexicon import lexicon

    low = doc.text[f.start:f.end].lower()
    if scale >= 1.0 or low not in lexicon().common or low not in lm():
        return f
    return realword.rescaled(f, scale)


@lru_cache(maxsize=1)
def _special() -> frozenset[str]:
    """The lower-case words some typo rule looks at even when common: confusion-set members
    (homophone pairs included), dialect spellings and curated names."""
    from .lexicon import curated_names, dialect_pairs
    from .realword import confusion_sets

    gb_us, us_gb = dialect_pairs()
    return frozenset(set(confusion_sets(sounds=True)) | set(gb_us) | set(us_gb)
                     | {n.lower() for n in curated_names()})


@lru_cache(maxsize=1)
def _plain() -> frozenset[str]:
    """Common words that no typo rule looks at (not in a confusion set or a dialect pair)."""
    from .lexicon import lexicon

    return frozenset(lexicon().common - _special())


@lru_cache(maxsize=1)
def _top() -> frozenset[str]:
    """The most frequent common words minus those some rule looks at (top_words.txt)."""
    from .lexicon import read_data

    return frozenset(read_data("top_words.txt").decode("utf-8").split()) - _special()


def _all_frequent(doc: Document) -> bool:
    if len(doc.tokens) > 60:
        return False
    top = _top()
    return all(t.kind != "word" or t.lower in top and (t.text[:1].isupper() or t.index == 0 or
                                                       doc.tokens[t.index - 1].text not in ".!?")
               for t in doc.tokens)
