"""A spinner's filler words: "has actually grown" for "has grown", "in between A and B" for
"between A and B".

Some article spinners pad a phrase instead of swapping a word: "actually" after a perfect
auxiliary, "in" before "between". Both are English ("it has actually helped", "time to rest in
between meals"), a handful of times in a million words of news, so they are judged only in a
text that already shows a spinner's traces (checks/spin/__init__.py), where they are the rule
rather than the exception.
"""
from __future__ import annotations

from typing import Iterator, NamedTuple

from ...document import Document

AUXILIARIES = frozenset({"has", "have", "had"})
PAIR_WINDOW = 6  # "in between" + at most this many words + "and"


class Hit(NamedTuple):
    first: int  # token index of the first word of the padded phrase
    last: int  # token index of its last word
    suggestion: str  # the phrase without the filler, lower case
    kind: str  # "actually" or "in_between"


def find(doc: Document) -> Iterator[Hit]:
    toks, text = doc.tokens, doc.text
    for s in doc.sentences:
        for k in range(s.first, s.last - 2):
            a, b, c = toks[k], toks[k + 1], toks[k + 2]
            if not (a.kind == b.kind == c.kind == "word") or text[a.end:b.start] != " " \
                    or text[b.end:c.start] != " ":
                continue
            if a.lower in AUXILIARIES and b.lower == "actually" and c.norm.islower():
                yield Hit(a.index, b.index, a.lower, "actually")
            elif a.lower == "in" and b.lower == "between" and _pair_follows(doc, k + 2, s.last):
                yield Hit(a.index, b.index, "between", "in_between")


def _pair_follows(doc: Document, start: int, end: int) -> bool:
    """Does "A and B" follow: a word, then "and" within `PAIR_WINDOW` words, with no punctuation
    between (between what, otherwise: "in between, he rested")?"""
    toks = doc.tokens
    for k in range(start + 1, min(end, start + PAIR_WINDOW + 1)):
        t = toks[k]
        if t.kind != "word":
            return False
        if t.lower == "and":
            return True
    return False
