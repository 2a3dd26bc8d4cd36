"""User spin lists: `Config(spin_lists=[...])` and `--spin-list FILE`.

A list is a TSV or CSV file with a header whose columns include `tortured` (or `spun`) and
`expected` (or `original`): the format of the Problematic Paper Screener export. Rows are
matched case-insensitively as whole-token n-grams over the Document's tokens through one dict
keyed by the first token, so matching costs one dict probe per token whatever the list size.
Loaded lists are cached by (path, mtime, size).
"""
from __future__ import annotations

import csv
import io
import os
import threading
from typing import Iterator

from ...document import Document, Token

MAX_BYTES = 50_000_000
MAX_ROWS = 1_000_000
MAX_PHRASE_TOKENS = 12
_SPUN_COLUMNS = ("tortured", "spun", "tortured phrase", "tortured_phrase")
_EXPECTED_COLUMNS = ("expected", "original", "expected phrase", "expected_phrase", "correct")
_LOCK = threading.Lock()
_CACHE: dict[tuple[str, float, int], "SpinList"] = {}


class SpinListError(ValueError):
    """A spin list could not be read: missing file, missing column, malformed row, too large."""


def phrase_key(text: str) -> tuple[str, ...]:
    """Lower-case tokens of a phrase, segmented by the same Document as the checked text."""
    if text.isascii() and text.replace(" ", "").isalpha():
        return tuple(text.lower().split())
    return tuple(t.lower for t in Document(text).tokens)


class SpinList:
    """One loaded list: {first token: [(token tuple, expected phrases)]}, longest phrases first."""

    def __init__(self, name: str, entries: dict[tuple[str, ...], list[str]]) -> None:
        self.name = name
        self.size = len(entries)
        index: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for key, expected in entries.items():
            index.setdefault(key[0], []).append((key, tuple(expected)))
        for v in index.values():
            v.sort(key=lambda e: -len(e[0]))
        self.index = index

    def matches(self, doc: Document) -> Iterator[tuple[int, int, tuple[str, ...]]]:
        """(first token index, last token index, expected phrases) of each match."""
        toks = doc.tokens
        index = self.index
        n = len(toks)
        i = 0
        while i < n:
            t = toks[i]
            cands = index.get(t.lower) if t.kind != "url" else None
            hit = None
            if cands:
                for key, expected in cands:
                    k = len(key)
                    if i + k <= n and all(toks[i + j].lower == key[j] for j in range(1, k)) \
                            and _contiguous(doc, toks, i, i + k - 1):
                        hit = (i, i + k - 1, expected)
                        break
            if hit:
                yield hit
                i = hit[1] + 1
            else:
                i += 1


def _contiguous(doc: Document, toks: list[Token], a: int, b: int) -> bool:
    """No line break or sentence-ending punctuation splits the match."""
    text = doc.text
    for j in range(a, b):
        gap = text[toks[j].end:toks[j + 1].start]
        if "\n" in gap or "\r" in gap or len(gap) > 3:
            return False
    return True


def _stat(path: str) -> os.stat_result:
    try:
        return os.stat(path)
    except OSError as e:
        raise SpinListError(f"spin list {path!r}: {e.strerror or e}") from None


def _open_text(path: str) -> str:
    st = _stat(path)
    if st.st_size > MAX_BYTES:
        raise SpinListError(f"spin list {path!r} is {st.st_size} bytes; the limit is {MAX_BYTES}")
    with open(path, "rb") as f:
        raw = f.read()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise SpinListError(f"spin list {path!r} is not UTF-8 (byte {e.start})") from None


def parse(text: str, name: str) -> dict[tuple[str, ...], list[str]]:
    first = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise SpinListError(f"spin list {name!r} is empty") from None
    spun_col = next((header.index(c) for c in _SPUN_COLUMNS if c in header), None)
    exp_col = next((header.index(c) for c in _EXPECTED_COLUMNS if c in header), None)
    if spun_col is None or exp_col is None:
        raise SpinListError(f"spin list {name!r}: the header needs a 'tortured' (or 'spun') and an "
                            f"'expected' column; found {header}")
    entries: dict[tuple[str, ...], list[str]] = {}
    for line_no, row in enumerate(reader, start=2):
        if not row or all(not c.strip() for c in row):
            continue
        if line_no > MAX_ROWS:
            raise SpinListError(f"spin list {name!r} has more than {MAX_ROWS} rows")
        if len(row) <= max(spun_col, exp_col):
            raise SpinListError(f"spin list {name!r}, line {line_no}: expected at least "
                                f"{max(spun_col, exp_col) + 1} columns, found {len(row)}")
        spun, expected = row[spun_col].strip(), row[exp_col].strip()
        if not spun:
            continue
        key = phrase_key(spun)
        if not key or len(key) > MAX_PHRASE_TOKENS:
            continue
        if phrase_key(expected) == key:
            continue  # a row that maps a phrase to itself flags nothing
        bucket = entries.setdefault(key, [])
        if expected and expected not in bucket:
            bucket.append(expected)
    return entries


def load(path: str) -> SpinList:
    """Load (or fetch from the cache) the list at `path`. Raises SpinListError."""
    st = _stat(path)
    key = (os.path.abspath(path), st.st_mtime, st.st_size)
    with _LOCK:
        hit = _CACHE.get(key)
        if hit is not None:
            return hit
    name = os.path.basename(path)
    lst = SpinList(name, parse(_open_text(path), name))
    with _LOCK:
        for k in [k for k in _CACHE if k[0] == key[0]]:
            del _CACHE[k]
        _CACHE[key] = lst
    return lst
