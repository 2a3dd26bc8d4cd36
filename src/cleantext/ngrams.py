"""Word unigram and bigram counts that ship with pip dependencies, in one fast store.

Sources (both installed by `pip install cleantext`):
* wordsegment (Apache-2.0): `unigrams.txt` (333k words) and `bigrams.txt` (286k bigrams), Peter
  Norvig's subsets of the Google Web Trillion Word Corpus counts.
* symspellpy (MIT): `frequency_dictionary_en_82_765.txt` (82k words) and
  `frequency_bigramdictionary_en_243_342.txt` (243k bigrams). Once lower-cased, its bigrams turn
  out to be a subset of wordsegment's, so the union holds ~258k bigrams.

Counts are merged lower-cased, keeping the larger count. On first use the merged table is written
to the cache directory (keyed by the cleantext, format and source versions) as two flat binary
arrays: sorted 64-bit key hashes and 64-bit counts. Loading is one read (~10 ms); a lookup hashes
the key (CRC-32 + Adler-32) and binary-searches the hashes; recent lookups are memoised. No pickle, no dict of 600k strings
(which took 0.8 s to load). Set CLEANTEXT_CACHE_DIR to choose the directory; when it is not
writable the table is built in memory.
"""
from __future__ import annotations

import bisect
import importlib.util
import os
import sys
import threading
import zlib
from array import array
from functools import lru_cache

_FORMAT = "4"
_LOCK = threading.Lock()
_MAGIC = b"CTNGRAM4"
_SHIFT = 48
_BUCKETS = 1 << (64 - _SHIFT)


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
    """Sorted 64-bit hashes of "u:word" and "b:w1 w2" keys with their 64-bit counts, and the start
    of each bucket of hashes sharing their top 16 bits, so that a lookup bisects ~10 entries."""

    def __init__(self, hashes: array, counts: array, total: int, starts: array | None = None) -> None:
        self.hashes, self.counts, self.total = hashes, counts, total
        if starts is None:
            starts = array("I", bytes(4 * (_BUCKETS + 1)))
            for h in hashes:
                starts[(h >> _SHIFT) + 1] += 1
            for i in range(_BUCKETS):
                starts[i + 1] += starts[i]
        self.starts = starts

    def get(self, key: str) -> int:
        h = key_hash(key)
        b = h >> _SHIFT
        i = bisect.bisect_left(self.hashes, h, self.starts[b], self.starts[b + 1])
        if i < len(self.hashes) and self.hashes[i] == h:
            return self.counts[i]
        return 0

    @classmethod
    def build(cls) -> "_Store":
        uni, bi = tables()
        pairs = [(key_hash("u:" + k), v) for k, v in uni.items()]
        pairs += [(key_hash("b:" + k), v) for k, v in bi.items()]
        pairs.sort()
        if any(pairs[i][0] == pairs[i + 1][0] for i in range(len(pairs) - 1)):
            raise RuntimeError("n-gram key hashes collide; change key_hash and _FORMAT")
        return cls(array("Q", (h for h, _ in pairs)), array("Q", (c for _, c in pairs)), sum(uni.values()))

    def dump(self, path: str) -> None:
        from .files import write_bytes_atomic

        os.makedirs(os.path.dirname(path), exist_ok=True)
        header = _MAGIC + len(self.hashes).to_bytes(8, "little") + self.total.to_bytes(8, "little")
        write_bytes_atomic(path, header + self.hashes.tobytes() + self.counts.tobytes() + self.starts.tobytes(),
                           fsync=False)

    @classmethod
    def load(cls, path: str) -> "_Store":
        with open(path, "rb") as f:
            if f.read(8) != _MAGIC:
                raise ValueError("not an n-gram store")
            n = int.from_bytes(f.read(8), "little")
            total = int.from_bytes(f.read(8), "little")
            hashes, counts, starts = array("Q"), array("Q"), array("I")
            hashes.fromfile(f, n)
            counts.fromfile(f, n)
            starts.fromfile(f, _BUCKETS + 1)
        return cls(hashes, counts, total, starts)


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
