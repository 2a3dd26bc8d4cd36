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
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})


class Hit(NamedTuple):
    first: int  # token index of the first word of the padded phrase
    last: int  # token index of its last word
    suggestion: str  # the phrase without the filler, lower case
    kind: str  # "actually" or "in_between"
    pair_end: int = -1  # in_between: token index of the last word of the pair ("the quay")


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
            elif a.lower == "in" and b.lower == "between":
                end = _pair_end(doc, k + 2, s.last)
                if end is not None:
                    yield Hit(a.index, b.index, "between", "in_between", end)


def _pair_end(doc: Document, start: int, end: int) -> int | None:
    """Where "A and B" after "in between" ends, or None when none follows: a word, then "and"
    within `PAIR_WINDOW` words, with no punctuation between (between what, otherwise: "in between,
    he rested"). The pair ends at the first word after "and" that is no determiner ("the quay")."""
    toks = doc.tokens
    for k in range(start + 1, min(end, start + PAIR_WINDOW + 1)):
        t = toks[k]
        if t.kind != "word":
            return None
        if t.lower == "and":
            return _words_through_pair(toks, start, start + PAIR_WINDOW + 3)
    return None


def _words_through_pair(toks, start: int, limit: int) -> int:
    """The last token of the words from `start` through the first word after an "and" that is no
    determiner, before any punctuation and `limit`."""
    last, after_and = start - 1, False
    for j in range(start, min(len(toks), limit)):
        u = toks[j]
        if u.kind != "word":
            break
        last = j
        if u.lower == "and":
            after_and = True
        elif after_and and u.lower not in _DETERMINERS:
            break
    return last
