"""Passages that are not English. They are reported as `style.not_english` at most, so that the
degeneration checks (which read English function words) never mistake another language for salad.
"""
from __future__ import annotations

from dataclasses import dataclass

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


def find_foreign(doc: Document) -> list[Foreign]:
    fw, foreign = function_words(), foreign_function_words()
    toks = doc.tokens
    out: list[Foreign] = []
    for block in doc.blocks:
        if block.first_sentence >= block.last_sentence:
            continue
        a = doc.sentences[block.first_sentence].first
        b = doc.sentences[block.last_sentence - 1].last
        words = english = other = non_latin = 0
        for t in toks[a:b]:
            if t.kind != "word":
                continue
            words += 1
            low = t.lower
            if not is_latin_word(t.text):
                non_latin += 1
            elif low in fw:
                english += 1
            elif low in foreign:
                other += 1
        if words < MIN_WORDS:
            continue
        script = non_latin >= NON_LATIN_SHARE * words
        if script or (other >= FOREIGN_SHARE * words and english <= MAX_ENGLISH_SHARE * words):
            out.append(Foreign(toks[a].start, toks[b - 1].end, words, script))
    return out
