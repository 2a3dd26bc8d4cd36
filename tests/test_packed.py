"""cleantext.packed: the pickle-free data format the spin and typo data share."""
import os
import zlib
from array import array

from cleantext import packed


def pack(**arrays: array) -> bytes:
    return b"".join(f"{k} {a.typecode} {len(a)}\n".encode() + a.tobytes() for k, a in arrays.items())


def test_unpack_round_trip():
    raw = pack(ids=array("I", [3, 1, 4, 1, 5]), lp=array("h", [-7, 0, 12]), words=array("B", b"a\nb"))
    out = packed.unpack(raw)
    assert out["ids"].tolist() == [3, 1, 4, 1, 5]
    assert out["lp"].tolist() == [-7, 0, 12]
    assert out["words"].tobytes() == b"a\nb"


def test_cached_raw_writes_the_cache_once_and_reads_it(tmp_path, monkeypatch):
    monkeypatch.setenv("CLEANTEXT_CACHE_DIR", str(tmp_path))
    raw = pack(x=array("I", range(100)))
    blob = zlib.compress(raw)
    assert packed.cached_raw(blob, "test-x") == raw
    files = os.listdir(tmp_path)
    assert len(files) == 1 and files[0].startswith("test-x-")
    assert packed.cached_raw(blob, "test-x") == raw  # read back from the cache
    assert os.listdir(tmp_path) == files


def test_cached_raw_without_a_writable_cache(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("CLEANTEXT_CACHE_DIR", str(blocked / "sub"))
    raw = pack(x=array("I", [7]))
    assert packed.cached_raw(zlib.compress(raw), "test-y") == raw


def test_pack_is_the_inverse_of_unpack():
    arrays = {"ids": array("I", [3, 1, 4]), "lp": array("h", [-7, 0]), "none": array("i")}
    assert packed.unpack(packed.pack(arrays)) == arrays


def test_cached_derived_builds_once_then_reads(tmp_path, monkeypatch):
    monkeypatch.setenv("CLEANTEXT_CACHE_DIR", str(tmp_path))
    built = []

    def build():
        built.append(1)
        return {"t": array("i", [5, -1, 2])}

    assert packed.cached_derived("test-d", "k1", build) == {"t": array("i", [5, -1, 2])}
    assert packed.cached_derived("test-d", "k1", build) == {"t": array("i", [5, -1, 2])}
    assert built == [1]
    packed.cached_derived("test-d", "k2", build)  # another key: built again
    assert built == [1, 1]


def test_cached_derived_does_not_build_without_a_writable_cache(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("CLEANTEXT_CACHE_DIR", str(blocked / "sub"))
    assert packed.cached_derived("test-d", "k", lambda: {"t": array("i", [1])}) is None


def test_mapped_raw_maps_the_cache_and_views_copy_nothing(tmp_path, monkeypatch):
    import mmap
    import pathlib

    cache = tmp_path / "cache"
    monkeypatch.setenv("CLEANTEXT_CACHE_DIR", str(cache))
    raw = pack(h=array("H", [5, 9, 65535]), b=array("B", [1, 2]))
    src = tmp_path / "t.bin"
    src.write_bytes(zlib.compress(raw))
    first = packed.mapped_raw(pathlib.Path(src), "test-m")
    assert isinstance(first, mmap.mmap) and first[:] == raw
    assert len(os.listdir(cache)) == 1  # decompressed once into the cache
    views = packed.unpack_views(packed.mapped_raw(pathlib.Path(src), "test-m"))
    assert list(views["h"]) == [5, 9, 65535] and list(views["b"]) == [1, 2]
    assert len(os.listdir(cache)) == 1


def test_mapped_raw_without_a_writable_cache_reads_into_memory(tmp_path, monkeypatch):
    import pathlib

    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("CLEANTEXT_CACHE_DIR", str(blocked / "sub"))
    raw = pack(x=array("I", [7]))
    src = tmp_path / "t.bin"
    src.write_bytes(zlib.compress(raw))
    assert bytes(packed.mapped_raw(pathlib.Path(src), "test-n")) == raw
