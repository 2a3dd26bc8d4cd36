"""Lazy, pickle-free access to the spin data files built by scripts/build_spin_data.py.

* `vocab.bin`: the word list; a word's id is its line number.
* `colloc.bin`: per word, the sorted ids of the words that follow it in a known content-word
  collocation, each with a strength (quantised joint log10 probability; bit 8 marks a WordNet
  two-word lemma), and each word's quantised unigram log10 probability.
* `vectors.bin`: 64-dimensional unit word vectors (GloVe, int8) of the ordinary words, and each
  vocabulary id's row (`vectors()`; coherence.py and the ranking of restorations in
  candidates.py).
* `synonyms.bin`: reverse thesaurus, per word the ids of the words that list it as a synonym
  (the candidate originals a spinner may have replaced by it).

Each file is a zlib stream of `name typecode count\\n` headers each followed by a little-endian
array; loading is a decompress and `array.frombytes`, about 50 ms in all, done on first use.

The word list is kept as one string (`cleantext.packed.Words`), not as 125k string objects: 2 MB instead of 8.9 MB
of the peak memory of a check.
"""
from __future__ import annotations

import array
import threading
from bisect import bisect_left
from functools import lru_cache
from operator import mul
from typing import Callable
from importlib import resources

from ...packed import Words, blob_key, cached_raw, unpack, unpack_views

_LOCK = threading.Lock()
_EMPTY = array.array("I")
MWE = 256
WORDNET_LINK = 1 << 30
MUTUAL_LINK = 1 << 29
ID_MASK = (1 << 29) - 1


def _read(name: str) -> bytes:
    return resources.files("cleantext").joinpath(f"data/spin/{name}").read_bytes()


class SpinData:
    """Word ids, collocation strengths and reverse synonyms."""

    def __init__(self, read: Callable[[str], bytes] = _read) -> None:
        """`read(name)`: the bytes of data file `name` as shipped (the build script reads the
        files it has just written)."""
        self._read_file = read
        self.file_keys: dict[str, str] = {}  # name -> size and CRC of the shipped file
        self.words = Words(self._raw("vocab.bin").decode())
        self.id = self.words.index  # the method below, without a call in between
        c = unpack(self._raw("colloc.bin"))
        self._pos = c["pos"]
        self._n_off, self._n_ids = c["strong_next_offsets"], c["strong_next"]
        self._p_off, self._p_ids = c["strong_prev_offsets"], c["strong_prev"]
        self._uni, self._c_off, self._c_ids, self._c_q = c["unigram"], c["offsets"], c["second"], c["strength"]
        self._s_off: array.array | None = None  # synonyms load on first use
        self._s_ids: array.array | None = None
        self.unigram_q = self._uni  # quantised: log10 P = q / 20 - 12 (`unigram_lp`)
        self.memo: dict[object, object] = {}  # derived tables the checks fill in on first use

    def _raw(self, name: str) -> bytes:
        """The decompressed bytes of data file `name` (see `cleantext.packed`)."""
        blob = self._read_file(name)
        self.file_keys[name] = blob_key(blob)
        return cached_raw(blob, f"spin-{name}")

    def _load_synonyms(self) -> None:
        with _LOCK:
            if self._s_off is None:
                s = unpack(self._raw("synonyms.bin"), ("offsets", "originals"))
                self._s_ids = s["originals"]
                self._s_off = s["offsets"]

    def shipped_tables(self) -> dict[str, array.array]:
        """The blocks of `synonyms.bin` named `derived.*` (tables the build computed from the
        other files, see `expansion.shipped_or_built`), without the prefix; read on demand."""
        raw = self._raw("synonyms.bin")
        return {name[len("derived."):]: arr for name, arr in
                unpack(raw, lambda name: name.startswith("derived.")).items()}

    def key(self) -> str:
        """Size and CRC of the three data files (loading the synonyms if need be): what tables
        derived from them are keyed by."""
        self._load_synonyms()
        return "-".join(self.file_keys.get(name, "?") for name in ("vocab.bin", "colloc.bin", "synonyms.bin"))

    def id(self, word: str) -> int:
        """The id of `word` (the vocabulary is sorted, so no dict needs building), or -1. (A dict
        built after the first few thousand look-ups made the first pass over news ~8 % faster
        but cost 5 MB of peak memory, with the 10k-word article at 145 of its 150 MB.)"""
        return self.words.index(word)

    def unigram_lp(self, i: int) -> float:
        """log10 P(word) of word id `i`."""
        return self._uni[i] / 20 - 12

    def strength(self, a: int, b: int) -> int:
        """Raw strength of the collocation a b (0 if unknown)."""
        if a < 0 or b < 0:
            return 0
        lo, hi = self._c_off[a], self._c_off[a + 1]
        if lo == hi:
            return 0
        k = bisect_left(self._c_ids, b, lo, hi)
        if k < hi and self._c_ids[k] == b:
            return self._c_q[k]
        return 0

    def pos(self, i: int) -> int:
        """Part-of-speech bits of word id `i`: 1 noun, 2 verb, 4 adjective, 8 adverb; bits 4-5 hold
        the part of speech with the most tagged senses (0 noun, 1 verb, 2 adjective, 3 adverb)."""
        return self._pos[i] if i >= 0 else 0

    def pos_bytes(self, n: int) -> bytes:
        """`pos` of word ids 0 .. n-1 as bytes (0 past the table's end)."""
        raw = self._pos.tobytes()[:n]
        return raw + bytes(n - len(raw))

    @staticmethod
    def joint_lp(q: int) -> float:
        return (q & 255) / 16 - 14

    def strong_next(self, a: int) -> array.array:
        """Ids that follow word `a` in a strong collocation (see scripts/build_spin_data.py)."""
        return self._n_ids[self._n_off[a]:self._n_off[a + 1]] if a >= 0 else _EMPTY

    def strong_next_table(self) -> tuple[array.array, array.array]:
        """(offsets, ids) behind `strong_next`, for loops over many words: the ids that follow
        word `a` are ids[offsets[a]:offsets[a + 1]]."""
        return self._n_off, self._n_ids

    def has_strong_next(self, a: int) -> bool:
        """Does word `a` (an id, not -1) begin any strong collocation?"""
        return self._n_off[a + 1] > self._n_off[a]

    def has_strong_prev(self, b: int) -> bool:
        """Does word `b` (an id, not -1) end any strong collocation?"""
        return self._p_off[b + 1] > self._p_off[b]

    def strong_prev(self, b: int) -> array.array:
        """Ids that precede word `b` in a strong collocation."""
        return self._p_ids[self._p_off[b]:self._p_off[b + 1]] if b >= 0 else _EMPTY

    def followers(self, a: int) -> tuple[array.array, int, int]:
        return self._c_ids, self._c_off[a], self._c_off[a + 1]

    def originals(self, i: int) -> array.array:
        """Ids of the words that list word `i` as a synonym, each or-ed with link flags
        (`WORDNET_LINK`: one synset; `MUTUAL_LINK`: Moby lists the pair both ways); mask with
        `ID_MASK`."""
        if i < 0:
            return _EMPTY
        if self._s_off is None:
            self._load_synonyms()
        return self._s_ids[self._s_off[i]:self._s_off[i + 1]]


COSINE_SCALE = 1 / (127 * 127)  # int8 unit vectors: a dot product times this is a cosine


class Vectors:
    def __init__(self) -> None:
        blob = _read("vectors.bin")
        raw = cached_raw(blob, "spin-vectors.bin")
        del blob
        blocks = unpack_views(raw)  # views of the one buffer: no second copy
        self.rows = blocks["rows"]
        self.dims = blocks["dims"][0]
        self.vectors = blocks["vectors"]

    def row(self, i: int) -> int:
        return self.rows[i] if 0 <= i < len(self.rows) else -1

    def cosine(self, r: int, s: int) -> float:
        """Cosine of rows `r` and `s` (unit vectors quantised to int8)."""
        n = self.dims
        v = self.vectors
        return sum(map(mul, v[r * n:(r + 1) * n], v[s * n:(s + 1) * n])) * COSINE_SCALE


@lru_cache(maxsize=1)
def vectors() -> Vectors:
    with _LOCK:
        return Vectors()


@lru_cache(maxsize=1)
def spin_data() -> SpinData:
    return SpinData()

