"""The curated lexicon: known spinner substitutions (data/spin/lexicon.tsv, our own writing).

A precision booster, not the method: every entry is a phrase that fluent writers do not produce,
or one that is spun only in a stated context (a regex on the text before or after it).
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from importlib import resources
from typing import Iterator, NamedTuple

from ...document import Document
from .userlists import phrase_key


class Entry(NamedTuple):
    key: tuple[str, ...]
    originals: tuple[str, ...]
    before: re.Pattern | None
    after: re.Pattern | None


@lru_cache(maxsize=1)
def entries() -> dict[str, list[Entry]]:
    text = resources.files("cleantext").joinpath("data/spin/lexicon.tsv").read_text("utf-8")
    out: dict[str, list[Entry]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("spun\t"):
            continue
        cols = line.split("\t") + ["", ""]
        key = phrase_key(cols[0])
        before = re.compile(f"(?:{cols[2]})$") if cols[2] else None
        after = re.compile(cols[3]) if cols[3] else None
        out.setdefault(key[0], []).append(Entry(key, tuple(cols[1].split("|")), before, after))
    for v in out.values():
        v.sort(key=lambda e: -len(e.key))
    return out


def matches(doc: Document) -> Iterator[tuple[int, int, Entry]]:
    """(first token index, last token index, entry) of each lexicon match."""
    table = entries()
    toks = doc.tokens
    text = doc.text
    n = len(toks)
    free = 0  # tokens before this one are inside a match already made
    # only tokens that open an entry (a few in a thousand), found by a C-level pass over the words
    for i in compress(range(n), map(table.__contains__, map(_LOWER, toks))):
        if i < free:
            continue
        t = toks[i]
        for e in table[t.lower]:
            k = len(e.key)
            if i + k > n or t.quoted or any(toks[i + j].lower != e.key[j] for j in range(1, k)):
                continue
            if e.before and not e.before.search(text[max(0, t.start - 40):t.start].lower()):
                continue
            end = toks[i + k - 1].end
            if e.after and not e.after.match(text[end:end + 40].lower()):
                continue
            yield i, i + k - 1, e
            free = i + k
            break


_LOWER = attrgetter("lower")
