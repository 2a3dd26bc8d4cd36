"""Repetition loops: the same sentence or long token sequence produced again and again.

Greedy and beam decoding fall into cycles ("The company said it would... The company said it
would..."). Two detectors, both linear in the number of tokens (each position does one dict
look-up of a fixed-size key):

* token n-grams: every K-token window is hashed and looked up among earlier windows; windows seen
  before are merged into runs of repeated text. A run is a loop when it is a long passage copied
  right after its original (within TANDEM_SLACK times its length), or when its windows are at
  least the third copy within a short period and such runs fill most of the stretch they span.
* sentences: a sentence of a few words that comes back three times or more, each copy close to the
  previous one ("1942. The society was founded. 1943. The society was founded."), which the n-gram
  detector misses when something varies between the copies. Numbers compare equal here.

Human text repeats too (a headline restated in the lead, a chorus, boilerplate, a template with
varying slots, a table), but rarely many times in a tight cycle or for a long passage right after
itself, which is what both detectors require; repeated spans that are not prose (numbers, rules of
dashes, one table cell over and over) are ignored.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import compress
from typing import Sequence

from ...document import Document

K = 8  # tokens per window (punctuation included, so a window is about six words)
LONG_RUN_WORDS = 25  # one repeated passage this long is a loop on its own
LOOP_MIN_WORDS = 20  # a cycle of short copies must repeat at least this many words in all
MAX_PERIOD = 300  # tokens between two copies of a cycle
TANDEM_SLACK = 1.5  # a long copy must start within this many times its length of the original
LOOP_DENSITY = 0.75  # share of a cycle's words that are repeated
PROSE_SHARE = 0.4  # share of a repeated span's words made of letters (words and acronyms)
SENTENCE_MIN_WORDS = 4
SENTENCE_MAX_GAP = 4  # sentences between two copies of a repeated sentence

_WORDISH = frozenset(("word", "acronym", "abbrev", "number"))
_CLOSING = frozenset(".!?\u2026\"\u201d')]")


@dataclass(slots=True)
class Loop:
    """Tokens [first, last) repeat earlier text; `words` counts repeated words inside."""

    first: int
    last: int
    words: int
    copies: int


@dataclass(slots=True)
class _Run:
    first: int
    last: int
    words: int = 0
    copies: int = 2
    period: int = 0


def find_loops(doc: Document, lows: list[str], kinds: list[str]) -> list[Loop]:
    """Repeated spans after their first occurrence, as token ranges, sorted and disjoint.

    `lows` and `kinds` are the lower-cased text and the kind of every token of `doc`."""
    if len(lows) < 2 * SENTENCE_MIN_WORDS:
        return []
    wordish = list(map(_WORDISH.__contains__, kinds))
    spans = _ngram_loops(lows, kinds, wordish) + _sentence_loops(doc, lows, kinds, wordish)
    return _trim(doc, _merge(spans, wordish), wordish)


def _ngram_loops(lows: list[str], kinds: list[str], wordish: list[bool]) -> list[tuple[int, int, int]]:
    grams = _window_hashes(lows)
    counts = Counter(grams)  # counted in C: most texts have no repeated window at all
    if len(counts) == len(grams):
        return []
    last_seen: dict[int, int] = {}
    seen_count: dict[int, int] = {}
    runs: list[_Run] = []
    cur: _Run | None = None
    periods: list[int] = []
    for j in compress(range(len(grams)), map((1).__lt__, map(counts.__getitem__, grams))):
        gram = grams[j]
        prev = last_seen.get(gram)
        last_seen[gram] = j
        if prev is None:
            seen_count[gram] = 1
            continue
        c = seen_count[gram] + 1
        seen_count[gram] = c
        if cur is not None and j <= cur.last:
            cur.last = j + K
            cur.copies = max(cur.copies, c)
        else:
            if cur is not None:
                cur.period = _median(periods)
                runs.append(cur)
            cur = _Run(j, j + K, copies=c)
            periods = []
        periods.append(j - prev)
    if cur is not None:
        cur.period = _median(periods)
        runs.append(cur)
    out: list[tuple[int, int, int]] = []
    for r in runs:
        r.words = sum(wordish[r.first:r.last])
        if r.words < 4 or not _prose(lows, kinds, r.first, r.last, r.words):
            continue  # tables of numbers, rules of dashes: not prose
        tokens = r.last - r.first
        if r.words >= LONG_RUN_WORDS and r.period <= TANDEM_SLACK * tokens:
            out.append((r.first, r.last, r.copies))  # a passage copied right after itself
        elif r.copies >= 3 and r.period <= MAX_PERIOD:
            out.append((r.first, r.last, r.copies))
    return _cycles(out, wordish)


def _prose(lows: list[str], kinds: list[str], a: int, b: int, words: int) -> bool:
    """A repeated span of prose, not a table: enough words made of letters, of two kinds at least
    ("Rn Rn Rn Rn" and "1 1 1 1" are table cells)."""
    letters = [lows[i] for i in range(a, b) if kinds[i] == "word" or kinds[i] == "acronym"]
    return len(letters) >= PROSE_SHARE * words and len(set(letters)) >= 2


def _window_hashes(lows: list[str]) -> list[int]:
    """Hash of every K-token window: the hash of the K-tuple, built by a C-level map over zip of
    K shifted copies (each token's string hash is cached, so a window costs one tuple and one
    combine of K cached hashes). A collision of 64-bit hashes is negligible."""
    return list(map(hash, zip(*(lows[i:] for i in range(K)))))


def _cycles(spans: list[tuple[int, int, int]], wordish: list[bool]) -> list[tuple[int, int, int]]:
    """Keep long runs, and cycles of short runs whose repeated words add up to LOOP_MIN_WORDS and
    fill most of the stretch they span (a template with varying slots fills less of it)."""
    out: list[tuple[int, int, int]] = []
    group: list[tuple[int, int, int]] = []

    def close() -> None:
        words = sum(sum(wordish[a:b]) for a, b, _ in group)
        longest = max((sum(wordish[a:b]) for a, b, _ in group), default=0)
        extent = sum(wordish[group[0][0]:group[-1][1]])
        if longest >= LONG_RUN_WORDS or (words >= LOOP_MIN_WORDS and words >= LOOP_DENSITY * extent):
            out.extend(group)

    for span in spans:
        if group and span[0] - group[-1][1] > MAX_PERIOD:
            close()
            group = []
        group.append(span)
    if group:
        close()
    return out


def _sentence_loops(doc: Document, lows: list[str], kinds: list[str],
                    wordish: list[bool]) -> list[tuple[int, int, int]]:
    # Numbers compare equal here, so that a list that loops with a counter ("1942. The society
    # was founded. 1943. The society was founded.") repeats.
    keys = ["0" if k == "number" else w for w, k in zip(lows, kinds)] if "number" in kinds else lows
    last_seen: dict[tuple[str, ...], int] = {}
    count: dict[tuple[str, ...], int] = {}
    first_repeat: dict[tuple[str, ...], int] = {}
    out: list[tuple[int, int, int]] = []
    for si, s in enumerate(doc.sentences):
        if s.last - s.first < SENTENCE_MIN_WORDS:
            continue
        key = tuple(keys[s.first:s.last])
        prev = last_seen.get(key)
        last_seen[key] = si
        if prev is None or si - prev > SENTENCE_MAX_GAP:
            count[key] = 1
            first_repeat.pop(key, None)
            continue
        c = count[key] + 1
        count[key] = c
        if c == 2:
            first_repeat[key] = si  # a loop only once a third copy confirms it
            continue
        words = sum(wordish[s.first:s.last])
        if words < SENTENCE_MIN_WORDS or not _prose(lows, kinds, s.first, s.last, words):
            continue
        if c == 3:
            s2 = doc.sentences[first_repeat[key]]
            out.append((s2.first, s2.last, 2))
        out.append((s.first, s.last, c))
    out.sort()
    return out


def _merge(spans: Sequence[tuple[int, int, int]], wordish: list[bool]) -> list[Loop]:
    out: list[Loop] = []
    for a, b, c in sorted(spans):
        if out and a <= out[-1].last + 1:
            last = out[-1]
            if b > last.last:
                last.words += sum(wordish[last.last:b])
                last.last = b
            last.copies = max(last.copies, c)
        else:
            out.append(Loop(a, b, sum(wordish[a:b]), c))
    return out


def _trim(doc: Document, loops: list[Loop], wordish: list[bool]) -> list[Loop]:
    """Start each loop at a word (a window may begin at the full stop ending the first copy) and
    end it after the punctuation that closes its last sentence."""
    toks = doc.tokens
    n = len(toks)
    for loop in loops:
        while loop.first < loop.last and not wordish[loop.first]:
            loop.first += 1
        while loop.last < n and toks[loop.last].kind == "punct" and toks[loop.last].text in _CLOSING \
                and toks[loop.last].start == toks[loop.last - 1].end:
            loop.last += 1
    return [loop for loop in loops if loop.first < loop.last]


def _median(values: list[int]) -> int:
    if not values:
        return 0
    s = sorted(values)
    return s[len(s) // 2]
