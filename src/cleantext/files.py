"""Reading users' files safely and writing them back atomically.

* Binary files (a NUL byte in the first 8 KiB) and undecodable files raise `InputError` with a
  one-line message; nothing is written.
* `write_atomic` writes a temporary file in the same directory, fsyncs it, copies the mode bits
  and renames it over the target, so an interrupted write never leaves a partial file.
"""
from __future__ import annotations

import os
import stat
import tempfile
from dataclasses import dataclass
from typing import Iterator

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".text", ".rst")


class InputError(Exception):
    """A file that cannot be checked: the message is for the user, one line."""


@dataclass(frozen=True)
class Source:
    path: str  # "-" for standard input
    text: str
    replaced: int = 0  # characters replaced by U+FFFD under --encoding-errors replace


def read_source(path: str, *, encoding: str = "utf-8", errors: str = "strict", max_bytes: int | None = None,
                stdin_bytes: bytes | None = None) -> Source:
    if path == "-":
        data = stdin_bytes if stdin_bytes is not None else b""
    else:
        if os.path.isdir(path):
            raise InputError(f"{path}: is a directory")
        try:
            size = os.path.getsize(path)
            if max_bytes is not None and size > max_bytes:
                raise InputError(f"{path}: {size} bytes is more than max_bytes={max_bytes}")
            with open(path, "rb") as f:
                data = f.read()
        except FileNotFoundError:
            raise InputError(f"{path}: no such file") from None
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except IsADirectoryError:
            raise InputError(f"{path}: is a directory") from None
        except OSError as e:
            raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError(f"{path}: {len(data)} bytes is more than max_bytes={max_bytes}")
    if b"\x00" in data[:8192] and not encoding.lower().startswith("utf-16"):
        raise InputError(f"{path}: looks like a binary file (NUL bytes); skipped")
    try:
        text = data.decode(encoding, errors)
    except UnicodeDecodeError as e:
        raise InputError(
            f"{path}: not valid {encoding} (byte 0x{data[e.start]:02x} at offset {e.start}); "
            "choose the encoding with --encoding, or use --encoding-errors replace") from None
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    replaced = text.count("\ufffd") - data.count("\ufffd".encode("utf-8")) if errors == "replace" else 0
    return Source(path, text, max(0, replaced))


def expand_paths(paths: list[str]) -> Iterator[str]:
    """Files named directly, and *.txt / *.md files (and the other text suffixes) under directories."""
    for p in paths:
        if p != "-" and os.path.isdir(p):
            found = False
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.lower().endswith(TEXT_SUFFIXES):
                        found = True
                        yield os.path.join(root, name)
            if not found:
                raise InputError(f"{p}: no .txt or .md files found")
        else:
            yield p


def write_atomic(path: str, text: str, *, encoding: str = "utf-8", backup: bool = False) -> None:
    """Replace `path` with `text` atomically, keeping its mode bits; optionally keep `path.orig`."""
    write_bytes_atomic(path, text.encode(encoding), backup=backup)


def write_bytes_atomic(path: str, data: bytes, *, backup: bool = False, fsync: bool = True) -> None:
    """Write `data` to a temporary file in the target's directory and rename it over `path`, so a
    crash leaves the old file or the new one, never a partial one. Mode bits of an existing file
    are kept; `backup` keeps the old file as `path.orig`. Cache writers pass fsync=False."""
    directory = os.path.dirname(os.path.abspath(path))
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mode = None
    fd, tmp = tempfile.mkstemp(prefix=".cleantext-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            if fsync:
                os.fsync(f.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        if backup and mode is not None:
            import shutil

            shutil.copy2(path, path + ".orig")
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
