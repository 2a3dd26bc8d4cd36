"""Packed binary data files, shared by the spin and typo data.

A file is one zlib stream of blocks, each a header line `name typecode count\\n` followed by a
little-endian Python `array` of that type and length (no pickle). The package ships the
compressed stream (a small wheel); `cached_raw` writes it decompressed to the user cache directory
on first use, keyed by the cleantext version and the packed file's size and CRC, so later runs
only read it (~10 ms instead of ~60-90 ms). Without a writable cache it decompresses every time.
`cached_derived` keeps tables computed from the shipped files there in the same format.
`Words` holds a sorted word list as one string.
"""
from __future__ import annotations

import mmap
import os
import re
import sys
import zlib
from array import array
from bisect import bisect_right
from typing import Callable, Container

_BLOCKS = re.compile("(?:[^\n]*\n){16}")  # `Words.BLOCK` words, each with its line break


# name -> "size-crc32" of the packed file last read by `cached_raw` under that name: what tables
# derived from it (`cached_derived`) are keyed by.
KEYS: dict[str, str] = {}


def cached_raw(blob: bytes, name: str) -> bytes:
    """The decompressed bytes of packed file `blob` (named `name` in the cache directory)."""
    from . import __version__
    from .ngrams import cache_dir

    KEYS[name] = key = blob_key(blob)
    path = os.path.join(cache_dir(), f"{name}-{__version__}-{key}.raw")
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        pass
    raw = zlib.decompress(blob)
    try:
        from .files import write_bytes_atomic

        os.makedirs(os.path.dirname(path), exist_ok=True)
        write_bytes_atomic(path, raw, fsync=False)
    except OSError:
        pass  # read-only cache: decompress every time
    return raw


def mapped_raw(package_file, name: str) -> bytes | mmap.mmap:
    """The decompressed bytes of a packed data file (`package_file`, an importlib.resources
    Traversable), memory-mapped from the user cache: pages are read from disk as they are touched,
    so a large table that a check consults in a few places costs little resident memory. Keyed by
    the cleantext version and the file's size and modification time (read without loading it).
    Falls back to bytes in memory where the package file is not a plain file (`cached_raw`) or the
    cache cannot be written or mapped."""
    from . import __version__
    from .ngrams import cache_dir

    try:
        st = os.stat(os.fspath(package_file))
    except (OSError, TypeError):
        return cached_raw(package_file.read_bytes(), name)
    path = os.path.join(cache_dir(), f"{name}-{__version__}-{st.st_size}-{st.st_mtime_ns}.raw")
    try:
        return _map(path)
    except (OSError, ValueError):
        pass  # not cached yet
    raw = zlib.decompress(package_file.read_bytes())
    try:
        from .files import write_bytes_atomic

        os.makedirs(os.path.dirname(path), exist_ok=True)
        write_bytes_atomic(path, raw, fsync=False)
        return _map(path)
    except (OSError, ValueError):
        return raw  # a read-only cache, or a file that cannot be mapped: in memory


def _map(path: str) -> mmap.mmap:
    with open(path, "rb") as f:
        return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)


def blob_key(blob: bytes) -> str:
    """Size and CRC-32 of a packed file, what caches of it and tables derived from it are keyed by."""
    return f"{len(blob)}-{zlib.crc32(blob):08x}"


def unpack(raw: bytes, names: Container[str] | Callable[[str], bool] | None = None) -> dict[str, array]:
    """The named arrays of a decompressed packed file: all of them, or those in `names` (or for
    which `names(name)` is true); the others are not copied."""
    out: dict[str, array] = {}
    view = memoryview(raw)  # slices of a view copy nothing: each block is copied once, into its array
    pos = 0
    while pos < len(raw):
        nl = raw.index(b"\n", pos)
        name, code, count = raw[pos:nl].decode().split(" ")
        arr = array(code)
        size = arr.itemsize * int(count)
        if names is not None and not (names(name) if callable(names) else name in names):
            pos = nl + 1 + size
            continue
        arr.frombytes(view[nl + 1:nl + 1 + size])
        if sys.byteorder != "little":
            arr.byteswap()
        out[name] = arr
        pos = nl + 1 + size
    return out


def unpack_views(raw: bytes | mmap.mmap) -> dict[str, memoryview | array]:
    """Like `unpack`, but on a little-endian machine each block is a typed memoryview of `raw`
    (no copy: a large table then counts once in memory, not twice while it is read)."""
    if sys.byteorder != "little":
        return unpack(bytes(raw))
    out: dict[str, memoryview | array] = {}
    view = memoryview(raw)
    pos = 0
    while pos < len(raw):
        nl = raw.find(b"\n", pos)
        name, code, count = bytes(raw[pos:nl]).decode().split(" ")
        size = array(code).itemsize * int(count)
        out[name] = view[nl + 1:nl + 1 + size].cast(code)
        pos = nl + 1 + size
    return out


def pack(arrays: dict[str, array]) -> bytes:
    """The decompressed form of a packed file holding `arrays` (the inverse of `unpack`)."""
    out = []
    for name, arr in arrays.items():
        if sys.byteorder != "little":
            arr = array(arr.typecode, arr)
            arr.byteswap()
        out.append(f"{name} {arr.typecode} {len(arr)}\n".encode())
        out.append(arr.tobytes())
    return b"".join(out)


def cached_derived(name: str, key: str, build: Callable[[], dict[str, array]]) -> dict[str, array] | None:
    """Tables computed from shipped data: read from the user cache directory (`name`, keyed by
    the cleantext version and `key`), or else built by `build()` and written there for later
    processes. None, without building, when the cache directory cannot be written: the caller
    then computes what it needs as it goes."""
    from . import __version__
    from .files import write_bytes_atomic
    from .ngrams import cache_dir

    directory = cache_dir()
    path = os.path.join(directory, f"{name}-{__version__}-{key}.raw")
    try:
        with open(path, "rb") as f:
            return _read_arrays(f)
    except (OSError, ValueError, EOFError):
        pass
    try:
        os.makedirs(directory, exist_ok=True)
    except OSError:
        return None
    if not os.access(directory, os.W_OK):
        return None
    tables = build()
    try:
        write_bytes_atomic(path, pack(tables), fsync=False)
    except OSError:
        pass
    return tables


def _read_arrays(f) -> dict[str, array]:
    """`unpack` of an open file, each array read straight into its own buffer (no copy of the
    whole file in memory, which would count in the peak RSS)."""
    out: dict[str, array] = {}
    while header := f.readline():
        name, code, count = header.decode().split(" ")
        arr = array(code)
        arr.fromfile(f, int(count))
        if sys.byteorder != "little":
            arr.byteswap()
        out[name] = arr
    return out


class Words:
    """Sorted, distinct words (none empty, none with a line break) as a read-only sequence
    (`words[i]`, `len`, iteration, `index`) held as one string: "\\n" + the words joined by
    "\\n" + "\\n", where each block of `BLOCK` words begins, and each block's first word as an
    object. A list of 125k separate strings took 8.9 MB (a 64-byte object per word); this takes
    about 1.7 MB. `words[i]` makes a new string each time (a few `find`s inside its block).

    `index` (a word's position, or -1) bisects the blocks' first words for the block that would
    hold the word, then finds "\\nword\\n" inside that block's stretch of the string: both steps
    run in C, so it costs about what a bisection of the full list did."""

    BLOCK = 16
    __slots__ = ("_text", "_begins", "_firsts", "_n", "index")

    def __init__(self, text: str) -> None:
        """`text`: the words joined by "\\n"."""
        self._text = t = "\n" + text + "\n"
        self._n = n = text.count("\n") + 1
        # begins[k]: the "\n" before block k's first word; one match per block (no object per word)
        begins = array("I", [0])
        begins.extend(m.end() - 1 for m in _BLOCKS.finditer(t, 1))
        del begins[-(-n // self.BLOCK):]  # a match ending at the final "\n" begins no block
        self._begins = begins
        self._firsts = [t[b + 1:t.index("\n", b + 1)] for b in begins]
        self.index = self._indexer()

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: int) -> str:
        if i.__class__ is not int:
            if isinstance(i, slice):
                return [self[k] for k in range(*i.indices(self._n))]
            i = i.__index__()
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError("word index out of range")
        k, r = divmod(i, self.BLOCK)
        find = self._text.find
        pos = self._begins[k] + 1
        for _ in range(r):
            pos = find("\n", pos) + 1
        return self._text[pos:find("\n", pos)]

    def __iter__(self):
        return iter(self._text[1:-1].split("\n"))

    def _indexer(self):
        """`index(word)`: the position of `word`, or -1 (a closure over the tables: this look-up
        is on the hot path of every check)."""
        text, begins, firsts, block = self._text, self._begins, self._firsts, self.BLOCK
        # per block: the end of its stretch (past the "\n" after its last word)
        ends = array("I", [b + 1 for b in begins[1:]] + [len(text)])
        find, count = text.find, text.count

        def index(word: str) -> int:
            k = bisect_right(firsts, word) - 1
            if k < 0 or "\n" in word:
                return -1
            b = begins[k]
            p = find(f"\n{word}\n", b, ends[k])
            return -1 if p < 0 else k * block + count("\n", b + 1, p + 1)

        return index
