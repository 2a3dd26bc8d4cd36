"""Word unigram and bigram counts that ship with pip dependencies, in one fast store.

Sources (both installed by `pip install cleantext`):
* wordsegment (Apache-2.0): `unigrams.txt` (333k words) and `bigrams.txt` (286k bigrams), Peter
  Norvig's subsets of the Google Web Trillion Word Corpus counts.
* symspellpy (MIT): `frequency_dictionary_en_82_765.txt` (82k words) and
  `frequency_bigramdictionary_en_243_342.txt` (243k bigrams). Once lower-cased, its bigrams turn
  out to be a subset of wordsegment's, so the union holds ~258k bigrams.

Counts are merged lower-cased, keeping the larger count. On first use the merged table is written
to the cache directory (keyed by the cleantext, format and source versions) as flat binary
arrays: 32 bits of each sorted 64-bit key hash and a 32-bit count (`_Store`). Loading is one read
(~10 ms); a lookup hashes the key (CRC-32 + Adler-32) and binary-searches the hashes; recent
lookups are memoised. No pickle, no dict of 600k strings
(which took 0.8 s to load). Set CLEANTEXT_CACHE_DIR to choose the directory; when it is not
writable the table is built in memory.
"""
from __future__ import annotations

import bisect
import importlib.util
import itertools
import operator
import os
import sys
import threading
import zlib
from array import array
from functools import lru_cache

_FORMAT = "5"
_LOCK = threading.Lock()
_MAGIC = b"CTNGRAM5"
_SHIFT = 48
_BUCKETS = 1 << (64 - _SHIFT)
_BIG = 0xFFFFFFFF  # in `counts`: the count is in `_Store.big`


def cache_dir() -> str:
    base = os.environ.get("CLEANTEXT_CACHE_DIR")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(xdg, "cleantext")
    return base


def _source_files() -> list[tuple[str, str, str]]:
    """(kind, path, separator) of each source file that is installed."""
    out = []
    for package, files in (("wordsegment", (("uni", "unigrams.txt", "\t"), ("bi", "bigrams.txt", "\t"))),
                           ("symspellpy", (("uni", "frequency_dictionary_en_82_765.txt", " "),
                                           ("bi", "frequency_bigramdictionary_en_243_342.txt", " ")))):
        # find_spec locates the package without importing it: importing symspellpy runs its
        # whole library (~40 ms, a few MB) just to find two text files
        try:
            spec = importlib.util.find_spec(package)
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.submodule_search_locations:
            continue
        root = list(spec.submodule_search_locations)[0]
        out.extend((kind, os.path.join(root, name), sep) for kind, name, sep in files)
    return [x for x in out if os.path.exists(x[1])]


def _cache_key(sources: list[tuple[str, str, str]]) -> str:
    from . import __version__

    parts = [__version__, _FORMAT, sys.byteorder]
    for _, path, _ in sources:
        parts.append(f"{os.path.basename(path)}-{os.stat(path).st_size}")
    return _sha1("|".join(parts).encode()).hexdigest()[:16]


def _sha1(data: bytes):
    # The small built-in SHA-1 (same digest as hashlib's): `import hashlib` loads OpenSSL's
    # libcrypto, 3.4 MB of resident memory and ~13 ms, for one short digest.
    try:
        from _sha1 import sha1
    except ImportError:  # a Python built without it
        from hashlib import sha1
    return sha1(data)


def key_hash(key: str) -> int:
    """A stable 64-bit hash (Python's hash() is salted per process): CRC-32 and Adler-32 side by side,
    both computed in C. The build checks that the 600k keys do not collide."""
    b = key.encode("utf-8", "surrogatepass")
    return zlib.crc32(b) << 32 | zlib.adler32(b)


def tables() -> tuple[dict[str, int], dict[str, int]]:
    """(unigrams, bigrams) as dicts with lower-case keys, bigrams as "w1 w2". Slow (seconds): for
    build scripts, not for checks."""
    uni: dict[str, int] = {}
    bi: dict[str, int] = {}
    for kind, path, sep in _source_files():
        table = uni if kind == "uni" else bi
        with open(path, encoding="utf-8") as f:
            for line in f:
                key, _, count = line.rstrip("\n").rpartition(sep)
                if not key or not count.isdigit():
                    continue
                key = key.lower()
                c = int(count)
                if table.get(key, 0) < c:
                    table[key] = c
    return uni, bi


class _Store:
    """The counts of "u:word" and "b:w1 w2" keys by their 64-bit `key_hash`, in 8 bytes a key
    (two 64-bit arrays took 16: 4.8 MB more of a check's peak memory):

    * the hashes sorted, in buckets by their top 16 bits (`starts[b]` .. `starts[b + 1]`), each
      bucket holding the next 32 bits (bits 47-16) of its hashes, so a lookup bisects ~10
      entries; the low 16 bits are not kept, so a key that is not in the table matches one that
      is only when all 48 kept bits agree (about once in 4e8 lookups of unknown keys; the build
      checks that no two keys in the table agree on them);
    * the counts as 32-bit numbers, the ~160 larger than that (the most frequent words and
      pairs) as `_BIG` in the counts array and their value in a dict."""

    def __init__(self, lows: array, counts: array, big: dict[int, int], total: int,
                 starts: array | None = None) -> None:
        self.lows, self.counts, self.big, self.total = lows, counts, big, total
        self.starts = starts if starts is not None else array("I", bytes(4 * (_BUCKETS + 1)))

    def get(self, key: str) -> int:
        h = key_hash(key)
        b = h >> _SHIFT
        v = (h >> 16) & 0xFFFFFFFF
        hi = self.starts[b + 1]
        i = bisect.bisect_left(self.lows, v, self.starts[b], hi)
        if i < hi and self.lows[i] == v:
            c = self.counts[i]
            return self.big[i] if c == _BIG else c
        return 0

    @classmethod
    def build(cls) -> "_Store":
        uni, bi = tables()
        pairs = [(key_hash("u:" + k), v) for k, v in uni.items()]
        pairs += [(key_hash("b:" + k), v) for k, v in bi.items()]
        pairs.sort()
        # sorted by the whole hash is sorted by (bucket, kept bits) too, once no two keys share
        # their top 48 bits
        kept = [h >> 16 for h, _ in pairs]
        if any(map(operator.eq, kept, itertools.islice(kept, 1, None))):
            raise RuntimeError("n-gram key hashes collide; change key_hash and _FORMAT")
        # bucket b (the top 16 bits) starts at the first kept value >= b << 32
        starts = array("I", [bisect.bisect_left(kept, b << 32) for b in range(_BUCKETS + 1)])
        counts = [c for _, c in pairs]
        big = {i: c for i, c in enumerate(counts) if c >= _BIG}
        return cls(array("I", [k & 0xFFFFFFFF for k in kept]), array("I", [c if c < _BIG else _BIG for c in counts]),
                   big, sum(uni.values()), starts)

    def dump(self, path: str) -> None:
        from .files import write_bytes_atomic

        os.makedirs(os.path.dirname(path), exist_ok=True)
        n = len(self.lows)
        header = _MAGIC + n.to_bytes(8, "little") + self.total.to_bytes(8, "little") + \
            len(self.big).to_bytes(8, "little")
        big = array("Q", [x for i, c in sorted(self.big.items()) for x in (i, c)])
        arrays = [self.lows, self.counts, self.starts, big]
        if sys.byteorder != "little":
            arrays = [array(a.typecode, a) for a in arrays]
            for a in arrays:
                a.byteswap()
        write_bytes_atomic(path, header + b"".join(a.tobytes() for a in arrays), fsync=False)

    @classmethod
    def load(cls, path: str) -> "_Store":
        with open(path, "rb") as f:
            if f.read(8) != _MAGIC:
                raise ValueError("not an n-gram store")
            n = int.from_bytes(f.read(8), "little")
            total = int.from_bytes(f.read(8), "little")
            n_big = int.from_bytes(f.read(8), "little")
            lows, counts, starts, big = array("I"), array("I"), array("I"), array("Q")
            lows.fromfile(f, n)
            counts.fromfile(f, n)
            starts.fromfile(f, _BUCKETS + 1)
            big.fromfile(f, 2 * n_big)
            if f.read(1):
                raise ValueError("n-gram store: trailing bytes")
        if sys.byteorder != "little":
            for a in (lows, counts, starts, big):
                a.byteswap()
        return cls(lows, counts, dict(zip(big[::2], big[1::2])), total, starts)


@lru_cache(maxsize=1)
def store() -> _Store:
    with _LOCK:
        sources = _source_files()
        path = os.path.join(cache_dir(), f"ngrams-{_cache_key(sources)}.bin")
        try:
            return _Store.load(path)
        except (OSError, EOFError, ValueError):
            pass
        built = _Store.build()
        try:
            built.dump(path)
        except OSError:
            pass  # read-only cache directory: keep the table in memory only
        return built


@lru_cache(maxsize=1 << 16)
def unigram(word: str) -> int:
    return store().get("u:" + word.lower())


@lru_cache(maxsize=1 << 17)
def bigram(w1: str, w2: str) -> int:
    return store().get(f"b:{w1.lower()} {w2.lower()}")


def unigram_total() -> int:
    return store().total
