"""Packed binary data files, shared by the spin and typo data.

A file is one zlib stream of blocks, each a header line `name typecode count\\n` followed by a
little-endian Python `array` of that type and length (no pickle). The package ships the
compressed stream (a small wheel); `cached_raw` writes it decompressed to the user cache directory
on first use, keyed by the cleantext version and the packed file's size and CRC, so later runs
only read it (~10 ms instead of ~60-90 ms). Without a writable cache it decompresses every time.
"""
from __future__ import annotations

import os
import sys
import zlib
from array import array


def cached_raw(blob: bytes, name: str) -> bytes:
    """The decompressed bytes of packed file `blob` (named `name` in the cache directory)."""
    from . import __version__
    from .ngrams import cache_dir

    path = os.path.join(cache_dir(), f"{name}-{__version__}-{len(blob)}-{zlib.crc32(blob):08x}.raw")
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


def unpack(raw: bytes) -> dict[str, array]:
    """The named arrays of a decompressed packed file."""
    out: dict[str, array] = {}
    view = memoryview(raw)  # slices of a view copy nothing: each block is copied once, into its array
    pos = 0
    while pos < len(raw):
        nl = raw.index(b"\n", pos)
        name, code, count = raw[pos:nl].decode().split(" ")
        arr = array(code)
        size = arr.itemsize * int(count)
        arr.frombytes(view[nl + 1:nl + 1 + size])
        if sys.byteorder != "little":
            arr.byteswap()
        out[name] = arr
        pos = nl + 1 + size
    return out
