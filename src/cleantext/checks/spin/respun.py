"""One sentence spun twice in the same text: where the two versions differ, a spinner chose.

Spun articles are often padded with a second spin of their own sentences (a summary paragraph, a
repeated lead), so one text holds two sentences that agree word for word except for a few short
runs: "the recent rise of prices" and "the current increase of prices". Each differing run is a
place where the spinner swapped words in at least one of the two versions. Fluent writers repeat
a sentence verbatim or rewrite it wholesale; they rarely keep nine words in ten and swap the rest
for synonyms.

Two sentences are a pair when each has at least `MIN_WORDS` words, their word sets overlap by
`MIN_OVERLAP` (Jaccard) and their word sequences match by `MIN_RATIO` (difflib). A differing run
is judged when both versions are short (at most `MAX_RUN` words), one of them holds a content
word, and neither a name or a number (those differ for reasons of their own); two single words must be linked in the
thesaurus. The bigram language model (CMU Sphinx, via the typo check) scores each version between
the shared words around it: the clearly less probable one is flagged with the other as the
suggestion; when neither is clearly better, both are flagged, each suggesting the other (a
spinner may have swapped both, as in "totally rejected" / "completely rejected" for "firmly
rejected").
"""
from __future__ import annotations

from difflib import SequenceMatcher
from typing import Iterator, NamedTuple

from ...document import Document, Token
from .data import spin_data
from .expansion import expand
from .words import FUNCTION_WORDS

MIN_WORDS = 8
MIN_OVERLAP = 0.4
MIN_RATIO = 0.6
MAX_RUN = 5
MARGIN = 1.0  # log10: one version this much less probable than the other is the spun one
MAX_SENTENCES = 400  # pairs are compared in a text of at most this many long sentences


class Hit(NamedTuple):
    first: int  # token index of the first word of the flagged run
    last: int  # token index of its last word
    other: str  # the other version's wording (lower case), the suggestion
    decided: bool  # the language model prefers the other version clearly


def _words(doc: Document, s) -> list[Token]:
    """The sentence's words, numbers, acronyms and abbreviations: everything but punctuation (an
    acronym left out would let a run span it unseen)."""
    return [t for t in doc.tokens[s.first:s.last] if t.kind not in ("punct", "symbol")]


def _plain(run: list[Token], sentence_start: int) -> bool:
    """A run that a spinner could have written: words only, and no name (a capitalised word
    other than the sentence's first) or number."""
    for t in run:
        if t.kind != "word" or not t.norm.replace("'", "").isalpha():
            return False
        if not t.norm.islower() and not (t.index == sentence_start and t.norm[1:].islower()):
            return False
    return True


def _linked(a: str, b: str) -> bool:
    """Does the thesaurus link the two words either way (at any level)?"""
    d = spin_data()
    ia, ib = d.id(a), d.id(b)
    if ia < 0 or ib < 0:
        return False
    return ib in expand(d, a, ia, 15) or ia in expand(d, b, ib, 15)


def _logp(words: list[str]) -> float:
    from ..typo.context import logp

    return sum(logp(b, a) for a, b in zip(words, words[1:]))


def find(doc: Document) -> Iterator[Hit]:
    """The differing runs of every pair of near-identical sentences, in no particular order."""
    sents = []
    for s in doc.sentences:
        ws = _words(doc, s)
        if len(ws) >= MIN_WORDS:
            sents.append((s, ws, [t.lower for t in ws], set(t.lower for t in ws)))
    if len(sents) > MAX_SENTENCES:
        return
    seen: set[tuple[int, int]] = set()
    for i in range(len(sents)):
        si, wi, li, seti = sents[i]
        for j in range(i + 1, len(sents)):
            sj, wj, lj, setj = sents[j]
            if len(seti & setj) < MIN_OVERLAP * len(seti | setj):
                continue
            sm = SequenceMatcher(None, li, lj, autojunk=False)
            if sm.ratio() < MIN_RATIO:
                continue
            for op, a0, a1, b0, b1 in sm.get_opcodes():
                if op != "replace" or a1 - a0 > MAX_RUN or b1 - b0 > MAX_RUN:
                    continue
                ra, rb = wi[a0:a1], wj[b0:b1]
                if not (_plain(ra, si.first) and _plain(rb, sj.first)):
                    continue
                if all(t.lower in FUNCTION_WORDS for t in ra + rb):
                    continue  # a spinner swaps content words ("become" -> "emerged as" has one)
                if len(ra) == 1 and len(rb) == 1 and not _linked(ra[0].lower, rb[0].lower):
                    continue
                before = li[a0 - 1:a0] if a0 else ["<s>"]
                after = li[a1:a1 + 1] if a1 < len(li) else ["</s>"]
                pa = _logp(before + li[a0:a1] + after)
                pb = _logp(before + lj[b0:b1] + after)
                text_a, text_b = " ".join(li[a0:a1]), " ".join(lj[b0:b1])
                for run, other, worse, better in ((ra, text_b, pa, pb), (rb, text_a, pb, pa)):
                    key = (run[0].index, run[-1].index)
                    if better - worse >= MARGIN or abs(better - worse) < MARGIN:
                        if key not in seen:
                            seen.add(key)
                            yield Hit(run[0].index, run[-1].index, other, better - worse >= MARGIN)
