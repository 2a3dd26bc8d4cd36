"""Word salad: prose that collapses into stacked nouns and adjectives with no structure.

Edited English holds 25-40 % function words and breaks every few words with a comma, a verb or a
full stop; degenerate generator output ("...profoundly forever altering traditional organizational
patterns practiced earlier ever before legacy geopolitics history echoes...") runs for dozens of
words with almost no function words and no punctuation at all.

How a span is found, in one pass over each block's tokens (linear in the number of tokens):

1. The block is cut at sentence ends and at non-prose tokens (URLs, e-mail addresses) into
   stretches of words; commas, semicolons, dashes and brackets are counted between the words.
2. A sliding window of WINDOW words with running counts marks the *core*: windows with at most
   MAX_FUNCTION function words, at most one punctuation mark, and few names, numbers, quoted or
   foreign words (names lists, tables, quotations and other languages are not salad).
3. Each core is extended to where the prose breaks down and to where it ends: over neighbouring
   words as far as the extension keeps a function-word share below EXTEND_SHARE, never across a
   punctuation mark. The span between the last punctuation and the salad is not a well-formed
   clause, so cutting back to that mark restores the text.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import compress
from functools import lru_cache
from operator import sub

from ...document import Document
from .lexicon import foreign_function_words, function_words, is_latin_word

WINDOW = 20  # words
MAX_FUNCTION = 2  # function words allowed in a core window (10 %)
MAX_PUNCT = 1  # clause punctuation marks allowed inside a core window
MAX_NAMES = 6  # capitalised words inside a core window (lists of names, headlines)
MAX_NUMBERS = 3  # numbers and acronyms inside a core window (tables, scores)
MAX_OTHER = 1  # quoted, foreign or non-Latin words inside a core window
MIN_CONTENT = 12  # lower-case content words inside a core window (names and numbers make lists)
MIN_WORDS = 20  # shortest span reported
EXTEND_SHARE = 0.3  # extension goes on while the added words hold fewer function words than this
TRIM_SHARE = 0.15  # a clause at the edge of a span with this share of function words is kept out
SNAP_WORDS = 3  # words left between the span and a punctuation mark that are taken in too

_HARD_BREAK = frozenset(".!?\u2026")
# Punctuation that breaks a core window (everything but "&/+'%"), for the quick pre-filter.
_BREAKING = frozenset(",;:.!?\u2026()[]{}\"\u201c\u201d\u2018\u2019\u2013\u2014-*#|<>=~")
_BREAK_KINDS = frozenset(("url", "email", "handle", "hashtag"))
# Word classes in a stretch.
FUNC, CONTENT, NAME, NUMBER, OTHER = range(5)


@dataclass(frozen=True, slots=True)
class Salad:
    """Tokens [first, last) form word salad: `words` words, `function` of them function words."""

    first: int
    last: int
    words: int
    function: int


def find_salad(doc: Document, lows: list[str], kinds: list[str]) -> list[Salad]:
    """Salad spans of `doc`; `lows` and `kinds` are the lower-cased text and kind of each token."""
    out: list[Salad] = []
    toks = doc.tokens
    sentences = doc.sentences
    for bi in _candidate_blocks(doc, lows, kinds):
        block = doc.blocks[bi]
        a = sentences[block.first_sentence].first
        b = sentences[block.last_sentence - 1].last
        if b - a < MIN_WORDS:
            continue
        for stretch in _stretches(doc.text, toks, lows, a, b):
            if len(stretch[0]) >= MIN_WORDS:
                out.extend(_salad_in(stretch))
    return out


def _candidate_blocks(doc: Document, lows: list[str], kinds: list[str]) -> list[int]:
    """Blocks that may hold a core window, found with C-level list operations.

    A core window of WINDOW words holds at most MAX_FUNCTION + MAX_PUNCT "breakers" (function
    words and punctuation), so some breakers b[m] and b[m + B + 1] with B = MAX_FUNCTION +
    MAX_PUNCT must lie more than WINDOW tokens apart. Edited prose has no such gaps, so most
    documents skip the word-by-word pass entirely."""
    n = len(lows)
    brk = map(_breakers().__contains__, lows)
    span = MAX_FUNCTION + MAX_PUNCT + 1
    idx = [-1] * span
    idx += compress(range(n), brk)
    idx += [n] * span
    need = WINDOW + 1
    gaps = list(map(sub, idx[span:], idx))
    if not gaps or max(gaps) < need:
        return []
    blocks = [bi for bi, bl in enumerate(doc.blocks) if bl.first_sentence < bl.last_sentence]
    starts = [doc.sentences[doc.blocks[bi].first_sentence].first for bi in blocks]
    found: list[int] = []
    for m in compress(range(len(gaps)), map(need.__le__, gaps)):
        lo, hi = idx[m] + 1, idx[m + span]  # token range with at most span - 1 breakers
        k = max(0, bisect_right(starts, lo) - 1)
        while k < len(starts) and starts[k] < hi:
            if not found or found[-1] < k:
                found.append(k)
            k += 1
    return [blocks[k] for k in found]


@lru_cache(maxsize=1)
def _breakers() -> frozenset[str]:
    return function_words() | _BREAKING


def _stretches(text: str, toks, lows: list[str], a: int, b: int):
    """Yield (token indices, classes, punctuation marks before each word) per unbroken stretch.

    Layout whitespace (a tab or two spaces between words: columns, flattened lists) counts as a
    punctuation mark: it shows structure that salad lacks."""
    fw, foreign = function_words(), foreign_function_words()
    idx: list[int] = []
    cls: list[int] = []
    punct: list[int] = []
    pending = 0
    sentence_start = True
    prev_end = toks[a].start
    for i in range(a, b):
        t = toks[i]
        kind = t.kind
        if t.start - prev_end >= 2:
            gap = text[prev_end:t.start]
            if "  " in gap or "\t" in gap:
                pending += 1
        prev_end = t.end
        if kind == "punct" or kind == "symbol":
            if t.text in _HARD_BREAK:
                if idx:
                    yield idx, cls, punct
                idx, cls, punct, pending = [], [], [], 0
                sentence_start = True
            elif t.text not in "&/+'%":
                pending += 1
            continue
        if kind in _BREAK_KINDS:
            if idx:
                yield idx, cls, punct
            idx, cls, punct, pending = [], [], [], 0
            continue
        if kind == "word":
            low = lows[i]
            if t.quoted or not is_latin_word(t.text) or low in foreign:
                c = OTHER
            elif low in fw:
                c = FUNC
            elif t.text[0].isupper() and not sentence_start:
                c = NAME
            else:
                c = CONTENT
        else:
            c = NUMBER
        idx.append(i)
        cls.append(c)
        punct.append(pending)
        pending = 0
        sentence_start = False
    if idx:
        yield idx, cls, punct


def _salad_in(stretch) -> list[Salad]:
    idx, cls, punct = stretch
    n = len(idx)
    # 1. core windows with running counts
    counts = [0] * 5
    p_in = 0  # punctuation marks between the words of the window
    cores: list[list[int]] = []
    for j in range(n):
        counts[cls[j]] += 1
        if j >= 1:
            p_in += punct[j]
        if j >= WINDOW:
            counts[cls[j - WINDOW]] -= 1
            p_in -= punct[j - WINDOW + 1]
        if j >= WINDOW - 1:
            if (counts[FUNC] <= MAX_FUNCTION and p_in <= MAX_PUNCT and counts[NAME] <= MAX_NAMES
                    and counts[NUMBER] <= MAX_NUMBERS and counts[OTHER] <= MAX_OTHER
                    and counts[CONTENT] >= MIN_CONTENT):
                start = j - WINDOW + 1
                if cores and start <= cores[-1][1]:
                    cores[-1][1] = j + 1
                else:
                    cores.append([start, j + 1])
    if not cores:
        return []
    # 2. extend each core left and right, never across punctuation or into the next core
    spans: list[list[int]] = []
    for k, (a, b) in enumerate(cores):
        lo_bound = cores[k - 1][1] if k else 0
        hi_bound = cores[k + 1][0] if k + 1 < len(cores) else n
        a = _extend_left(cls, punct, a, lo_bound)
        b = _extend_right(cls, punct, b, hi_bound)
        if spans and a <= spans[-1][1]:
            spans[-1][1] = b
        else:
            spans.append([a, b])
    # merge spans separated only by punctuation
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a == merged[-1][1]:
            merged[-1][1] = b
        else:
            merged.append([a, b])
    out = []
    for a, b in merged:
        a, b = _trim(cls, punct, a, b)
        if b - a >= MIN_WORDS:
            func = sum(1 for c in cls[a:b] if c == FUNC)
            out.append(Salad(idx[a], idx[b - 1] + 1, b - a, func))
    return out


def _trim(cls: list[int], punct: list[int], a: int, b: int) -> tuple[int, int]:
    """Drop a well-formed clause that a core window took in across its one punctuation mark
    ("...the talks had gone well, <salad>"): the span starts where the prose breaks down."""
    while True:
        p = next((x for x in range(a + 1, b) if punct[x]), b)
        if p == b or not _well_formed(cls[a:p]):
            break
        a = p
    while True:
        q = next((x for x in range(b - 1, a, -1) if punct[x]), a)
        if q == a or not _well_formed(cls[q:b]):
            break
        b = q
    return a, b


def _well_formed(part: list[int]) -> bool:
    func = part.count(FUNC)
    return func >= 2 and func >= TRIM_SHARE * len(part)


def _gain(c: int) -> float:
    # Positive while the words added hold fewer than EXTEND_SHARE function words.
    if c == FUNC:
        return -(1.0 - EXTEND_SHARE)
    if c == CONTENT:
        return EXTEND_SHARE
    return 0.0


def _extend_left(cls: list[int], punct: list[int], a: int, bound: int) -> int:
    best, best_at, s = 0.0, a, 0.0
    j = a
    while j > bound and punct[j] == 0:
        j -= 1
        s += _gain(cls[j])
        if s >= best:
            best, best_at = s, j
    # A few words left before the punctuation mark ("These ...") are no clause of their own.
    return j if best_at - j <= SNAP_WORDS else best_at


def _extend_right(cls: list[int], punct: list[int], b: int, bound: int) -> int:
    best, best_at, s = 0.0, b, 0.0
    j = b
    while j < bound and punct[j] == 0:
        s += _gain(cls[j])
        j += 1
        if s >= best:
            best, best_at = s, j
    return j if j - best_at <= SNAP_WORDS else best_at
