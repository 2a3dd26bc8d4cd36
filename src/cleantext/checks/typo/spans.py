"""Which pieces of a Document are words to spell-check, with their neighbours.

A word token is split at hyphens ("well-knwon" checks "well" and "knwon"); possessive endings are
dropped; contractions, words with digits, internal capitals ("DisplayLink") and quoted tokens are
not checked. Offsets always point into the original text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterator

from ...document import Document, Token

_PIECE = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class WordSpan:
    start: int
    end: int
    text: str          # as written (normalised apostrophes), possessive removed
    token: Token
    sentence_start: bool  # first word of its sentence (or of a hyphenated token at one)
    in_compound: bool  # part of a hyphenated token

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper() and (len(self.text) == 1 or self.text[1:].islower())


_FOLD_EXTRA = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe",
                             "Ø": "O", "Ł": "L", "Đ": "D", "Æ": "AE", "Œ": "OE"})


def fold(word: str) -> str:
    """Strip accents: "approvád" -> "approvad", "ın" -> "in"."""
    if word.isascii():
        return word
    word = word.translate(_FOLD_EXTRA)
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def internal_caps(word: str) -> bool:
    return any(c.isupper() for c in word[1:]) and not word.isupper()


def sentence_starts(doc: Document) -> set[int]:
    """Indexes of tokens that begin a sentence, block or quotation, or follow a colon."""
    starts = {s.first for s in doc.sentences}
    toks = doc.tokens
    for i, t in enumerate(toks):
        if t.kind == "punct" and t.text in ":;\"'\u201c\u2018(\u2014\u2013-" and i + 1 < len(toks):
            starts.add(i + 1)
        elif t.kind == "punct" and t.text in ".!?\u2026" and i + 1 < len(toks):
            starts.add(i + 1)
    return starts


def word_spans(doc: Document) -> Iterator[WordSpan]:
    starts = sentence_starts(doc)
    for t in doc.tokens:
        if t.kind != "word" or t.quoted:
            continue
        text = t.norm
        if len(text) != len(t.text):
            continue  # invisible characters inside: offsets would not map one to one
        if text.endswith("'s") or text.endswith("'S"):
            text = text[:-2]
        elif text.endswith("'"):
            text = text[:-1]
        if "'" in text or "." in text or any(c.isdigit() for c in text):
            continue  # contractions ("don't", "o'clock") and "e.g"-like abbreviations
        pieces = list(_PIECE.finditer(text))
        compound = len(pieces) > 1
        for k, m in enumerate(pieces):
            piece = m.group()
            if len(piece) < 2 and piece not in ("i",):
                continue
            if internal_caps(piece) or piece.isupper() and len(piece) > 1:
                continue
            yield WordSpan(t.start + m.start(), t.start + m.end(), piece, t,
                           t.index in starts and k == 0, compound)


def neighbours(doc: Document, tok: Token) -> tuple[str | None, str | None]:
    """Lower-case word before and after `tok` in the same sentence, if they are plain words."""
    toks = doc.tokens
    i = tok.index
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    p = prev.lower if prev is not None and prev.kind == "word" and "-" not in prev.text else None
    n = nxt.lower if nxt is not None and nxt.kind == "word" and "-" not in nxt.text else None
    return p, n
