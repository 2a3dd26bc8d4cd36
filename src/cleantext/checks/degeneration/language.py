"""Passages that are not English. They are reported as `style.not_english` at most, so that the
degeneration checks (which read English function words) never mistake another language for salad.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import compress

from ...document import Document
from .lexicon import foreign_function_words, function_words, is_latin_word

MIN_WORDS = 8
FOREIGN_SHARE = 0.2  # at least this share of the block's words are other languages' function words
MAX_ENGLISH_SHARE = 0.1  # and English function words are this rare
NON_LATIN_SHARE = 0.6  # or most words are written in another script


@dataclass(frozen=True, slots=True)
class Foreign:
    start: int  # character offsets of the block's content
    end: int
    words: int
    script: bool  # True when another script, False when another Latin-script language


def find_foreign(doc: Document, lows: list[str], kinds: list[str]) -> list[Foreign]:
    """Blocks not in English; `lows` and `kinds` are the lower-cased text and kind of each token."""
    fw, foreign = function_words(), foreign_function_words()
    toks = doc.tokens
    text = doc.text
    out: list[Foreign] = []
    for block in doc.blocks:
        if block.first_sentence >= block.last_sentence:
            continue
        a = doc.sentences[block.first_sentence].first
        b = doc.sentences[block.last_sentence - 1].last
        if b - a < MIN_WORDS:
            continue
        n = kinds[a:b].count("word")
        if n < MIN_WORDS:
            continue
        english = sum(map(fw.__contains__, lows[a:b]))  # punctuation is never in the list
        script = False
        if not text.isascii() and not text[block.start:block.end].isascii():
            words = compress(lows[a:b], map("word".__eq__, kinds[a:b]))
            script = sum(1 for w in words if not is_latin_word(w)) >= NON_LATIN_SHARE * n
        if not script and english > MAX_ENGLISH_SHARE * n:
            continue
        if script or sum(map(foreign.__contains__, lows[a:b])) >= FOREIGN_SHARE * n:
            out.append(Foreign(toks[a].start, toks[b - 1].end, n, script))
    return out
