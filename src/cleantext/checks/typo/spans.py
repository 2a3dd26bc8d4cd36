"""Which pieces of a Document are words to spell-check, with their neighbours.

A word token is split at hyphens ("well-knwon" checks "well" and "knwon"); possessive endings are
dropped; contractions, words with digits, internal capitals ("DisplayLink") and quoted tokens are
not checked, except in quotations that are plainly English. Offsets always point into the original text.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from typing import NamedTuple

from ...document import Document, Token

_PIECE = re.compile(r"[^\W\d_]+", re.UNICODE)


class WordSpan(NamedTuple):
    """A word to check. Immutable; a tuple underneath (as `Token` is): a news document makes
    thousands, and a frozen dataclass sets each field through `object.__setattr__`."""

    start: int
    end: int
    text: str          # as written (normalised apostrophes), possessive removed
    token: Token
    sentence_start: bool  # first word of its sentence (or of a hyphenated token at one)
    in_compound: bool  # part of a hyphenated token
    lower: str
    capitalised: bool  # "Moscow": a capital, then lower case


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


_OPENERS = frozenset(":;\"'\u201c\u2018(\u2014\u2013-.!?\u2026")


def _starts_sentence(doc: Document, i: int) -> bool:
    """Token i begins a sentence, block or quotation, or follows a colon or a dash."""
    if i == 0:
        return True
    prev = doc.tokens[i - 1]
    if prev.kind == "punct" and prev.text in _OPENERS:
        return True
    firsts = doc._sentence_firsts
    j = bisect.bisect_right(firsts, i) - 1
    return j >= 0 and firsts[j] == i


def word_spans(doc: Document, plain: frozenset[str] | set[str] = frozenset()) -> list[WordSpan]:
    """The checkable words of `doc`. Words in `plain` (common words no rule is interested in)
    are left out, unless they may start a sentence in lower case."""
    out: list[WordSpan] = []
    add = out.append
    toks = doc.tokens
    english_quotes = _english_quotations(toks, plain)
    for t in toks:
        if t.kind != "word" or t.quoted and t.index not in english_quotes:
            continue
        text = t.norm
        start = t.start
        i = t.index
        if text.isalpha():  # the common case: one plain word
            low = t.lower  # norm.lower(), made once by the Document
            if low in plain and not (text[0].islower() and i and toks[i - 1].text in ".!?"):
                continue
            if len(text) < 2 and text != "i" or len(text) != len(t.text):
                continue
            if text[1:].islower() or text.islower():
                add(WordSpan(start, t.end, text, t, _starts_sentence(doc, i), False, low,
                             text[0].isupper()))
            continue  # internal capitals ("DisplayLink") or all capitals
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
            low = piece.lower()
            if len(piece) < 2 and piece != "i" or low in plain and k:
                continue
            if internal_caps(piece) or piece.isupper() and len(piece) > 1:
                continue
            add(WordSpan(start + m.start(), start + m.end(), piece, t, k == 0 and _starts_sentence(doc, i),
                         compound, low, piece[0].isupper() and piece[1:].islower()))
    return out


def _english_quotations(toks: list[Token], plain: frozenset[str] | set[str]) -> set[int]:
    """Token indexes of quotations that are plainly English: four or more words, at least 60 %
    of them common English words. Typos in quoted English speech are typos; a quoted foreign
    phrase ("la vie en rose") or a short quoted term stays unchecked."""
    out: set[int] = set()
    run: list[Token] = []
    for t in toks + [None]:  # type: ignore[operator]
        if t is not None and t.quoted:
            if t.kind == "word":
                run.append(t)
            continue
        if len(run) >= 4 and plain and sum(1 for w in run if w.lower in plain) >= 0.6 * len(run):
            out.update(w.index for w in run)
        run = []
    return out


def neighbours(doc: Document, tok: Token) -> tuple[str | None, str | None]:
    """Lower-case word before and after `tok` in the same sentence, if they are plain words."""
    toks = doc.tokens
    i = tok.index
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    p = prev.lower if prev is not None and prev.kind == "word" and "-" not in prev.text else None
    n = nxt.lower if nxt is not None and nxt.kind == "word" and "-" not in nxt.text else None
    return p, n


_ENDS = frozenset(".!?")
BOS, EOS = "<s>", "</s>"  # the sentence boundaries of the bigram model (context.py)


def model_neighbours(doc: Document, tok: Token) -> tuple[str | None, str | None]:
    """`neighbours`, with the sentence boundaries the bigram model knows: "<s>" before the first
    word of a sentence, "</s>" before a full stop, question or exclamation mark."""
    p, n = neighbours(doc, tok)
    toks = doc.tokens
    i = tok.index
    if p is None and (i == 0 or toks[i - 1].kind == "punct" and toks[i - 1].text in _ENDS):
        p = BOS
    if n is None and (i + 1 == len(toks) or toks[i + 1].kind == "punct" and toks[i + 1].text in _ENDS):
        n = EOS
    return p, n


def beyond(toks: list[Token], k: int, edge: str, plain=str.isalpha) -> str | None:
    """The token at `k`, two tokens from a judged word, for the trigram model: its lower-case text
    when it is a word and `plain(text)`, a sentence boundary (`edge`) for end punctuation or past
    the text's edge, else None (no trigram on that side)."""
    if k < 0 or k >= len(toks):
        return edge
    t = toks[k]
    if t.kind == "word" and plain(t.text):
        return t.lower
    return edge if t.kind == "punct" and t.text in _ENDS else None


def _unhyphenated(text: str) -> bool:
    return "-" not in text


def model_beyond(doc: Document, tok: Token, prev: str | None, nxt: str | None,
                 plain=_unhyphenated) -> tuple[str | None, str | None]:
    """The words two tokens before and after `tok` for the trigram model, given its neighbours
    prev and nxt (`model_neighbours`' by default): a word whose text is `plain` (lower case), a
    sentence boundary, or None where the neighbour is missing or already a boundary."""
    toks = doc.tokens
    i = tok.index
    p2 = None if prev is None or prev in (BOS, EOS) else beyond(toks, i - 2, BOS, plain)
    n2 = None if nxt is None or nxt in (BOS, EOS) else beyond(toks, i + 2, EOS, plain)
    return p2, n2


def lm_word(text: str) -> bool:
    """A word the language model may know, contractions included ("it's", "don't")."""
    return text.replace("'", "").isalpha()


# Characters between a judged token and a neighbouring word beyond which the word is no neighbour:
# blanked code or a link target lies between them. (Here end punctuation may be any distance away.)
# The real-word, rare-short and topic passes read their neighbours with the same bound.
WINDOW_GAP = 2


def trigram_window(doc: Document, tok: Token, known) -> tuple[str | None, str, str, str | None] | None:
    """(p2, p1, n1, n2) around `tok` for `context.tri_margin`: the neighbours p1 and n1 must be words
    in `known` (the model's vocabulary) or sentence boundaries, contractions counting as words;
    p2 and n2 as `model_beyond` gives them. None when a neighbour is missing or unknown, or more
    than WINDOW_GAP characters away."""
    left = trigram_left(doc, tok, known)
    if left is None:
        return None
    right = trigram_right(doc, tok, known)
    return None if right is None else (*left, *right)


def trigram_left(doc: Document, tok: Token, known) -> tuple[str | None, str] | None:
    """(p2, p1) of `trigram_window`, or None when that side fails it."""
    side = _trigram_side(doc, tok, known, -1, BOS)
    return None if side is None else (side[1], side[0])


def trigram_right(doc: Document, tok: Token, known) -> tuple[str, str | None] | None:
    """(n1, n2) of `trigram_window`, or None when that side fails it."""
    return _trigram_side(doc, tok, known, 1, EOS)


def _trigram_side(doc: Document, tok: Token, known, step: int, edge: str) -> tuple[str, str | None] | None:
    """(the neighbour, the word beyond it) of `tok` on the left (step -1, edge BOS) or the right
    (step 1, edge EOS), nearest first."""
    toks = doc.tokens
    j = tok.index + step
    if 0 <= j < len(toks):
        near = toks[j]
        gap = tok.start - near.end if step < 0 else near.start - tok.end
        if gap > WINDOW_GAP and near.text not in _ENDS:
            return None  # blanked markup between them ("when ``x`` are"): no neighbour on that side
    w1 = beyond(toks, j, edge, lm_word)
    if w1 is None or w1 not in known and w1 != edge:
        return None
    return w1, (None if w1 == edge else beyond(toks, j + step, edge, lm_word))
