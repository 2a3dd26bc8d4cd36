"""Input of `cleantext batch`: INPUT (a JSONL file, stdin, a directory or a glob) as a stream of
documents and errors, and the ids already in OUTPUT for --resume.

Ids: the --id-field value; else the line number for one JSONL file, 'path:line' for several; for
text files the path (relative to the directory given). A record that cannot become a document
(invalid JSON, not an object, a missing or non-string field, undecodable, binary, too large) becomes
an error item, to be written to the errors file.
"""
from __future__ import annotations

import os
import sys
from typing import Any, Iterator

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


class Item:
    """One unit read from the input: a document to check, or an error to report."""

    __slots__ = ("id", "text", "error", "format")

    def __init__(self, id: Any, text: str | None = None, error: dict | None = None,
                 format: str | None = None) -> None:
        self.id, self.text, self.error, self.format = id, text, error, format


def _error(doc_id: Any, kind: str, message: str, source: str, line: int | None = None) -> Item:
    err = {"id": doc_id, "error": kind, "message": message, "source": source}
    if line is not None:
        err["line"] = line
    return Item(doc_id, error=err)


def is_jsonl(path: str) -> bool:
    return path == "-" or path.lower().endswith(JSONL_SUFFIXES)


def expand_input(spec: str) -> list[str]:
    """INPUT as a list of files: a file, '-' (JSONL on stdin), a directory of text files, or a glob."""
    import glob

    from .files import InputError, expand_paths

    if spec == "-" or os.path.isfile(spec):
        return [spec]
    if os.path.isdir(spec):
        return list(expand_paths([spec]))
    if any(ch in spec for ch in "*?["):
        files = sorted(p for p in glob.glob(spec, recursive=True) if os.path.isfile(p))
        if not files:
            raise InputError(f"{spec}: no files match")
        return files
    raise InputError(f"{spec}: no such file or directory")


def read_items(spec: str, *, text_field: str = "text", id_field: str | None = None, max_bytes: int,
               encoding: str = "utf-8", encoding_errors: str = "strict", done: set | None = None
               ) -> Iterator[Item]:
    """Every document of INPUT in order, skipping ids in `done`. Ids: the id field, else the line
    number for one JSONL file, else 'path:line'; for text files the path (relative to a directory)."""
    from .files import InputError, read_source
    from .markup import detect

    files = expand_input(spec)
    base = spec if os.path.isdir(spec) else None
    done = done or set()
    for path in files:
        if is_jsonl(path):
            prefix = None if len(files) == 1 else path
            yield from _read_jsonl(path, prefix, text_field, id_field, max_bytes, done)
            continue
        doc_id = os.path.relpath(path, base) if base else path
        if doc_id in done:
            continue
        try:
            src = read_source(path, encoding=encoding, errors=encoding_errors, max_bytes=max_bytes)
        except InputError as e:
            msg = str(e)
            kind = ("too_large" if "max_bytes" in msg else "binary" if "binary" in msg
                    else "decode_error" if "not valid" in msg else "read_error")
            yield _error(doc_id, kind, msg, path)
            continue
        yield Item(doc_id, src.text, format=detect(path, "plain"))


def _read_jsonl(path: str, prefix: str | None, text_field: str, id_field: str | None, max_bytes: int,
                done: set) -> Iterator[Item]:
    import json

    if path == "-":
        fh = sys.stdin.buffer
    elif path.lower().endswith(".gz"):
        import gzip

        fh = gzip.open(path, "rb")
    else:
        fh = open(path, "rb")
    try:
        for n, raw in enumerate(fh, 1):
            default_id = n if prefix is None else f"{prefix}:{n}"
            if not id_field and default_id in done:  # skip without parsing
                continue
            if not raw.strip():
                continue
            if len(raw) > max_bytes:
                yield _error(default_id, "too_large", f"{len(raw)} bytes is more than max_bytes={max_bytes}",
                             path, n)
                continue
            try:
                rec = json.loads(raw)
            except UnicodeDecodeError as e:
                yield _error(default_id, "decode_error", f"not valid UTF-8 ({e.reason})", path, n)
                continue
            except ValueError as e:
                yield _error(default_id, "invalid_json", str(e), path, n)
                continue
            if not isinstance(rec, dict):
                yield _error(default_id, "invalid_record", f"a JSON {type(rec).__name__}, not an object",
                             path, n)
                continue
            doc_id = default_id
            if id_field:
                if rec.get(id_field) is None:
                    yield _error(default_id, "missing_field", f"no {id_field!r} field", path, n)
                    continue
                doc_id = rec[id_field]
                if _hashable(doc_id) in done:
                    continue
            text = rec.get(text_field)
            if not isinstance(text, str):
                what = "no" if text is None else f"a non-string ({type(text).__name__})"
                yield _error(doc_id, "missing_field", f"{what} {text_field!r} field", path, n)
                continue
            yield Item(doc_id, text)
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()


def done_ids(output: str) -> set:
    """Ids already in OUTPUT. A last line cut short by a crash is removed so appending is safe."""
    import json

    if not os.path.exists(output):
        return set()
    ids = set()
    good = 0
    with open(output, "rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                break
            try:
                ids.add(_hashable(json.loads(raw)["id"]))
            except (ValueError, KeyError, TypeError):
                break
            good += len(raw)
    if good != os.path.getsize(output):
        with open(output, "r+b") as fh:
            fh.truncate(good)
    return ids


def _hashable(v: Any) -> Any:
    import json

    return json.dumps(v) if isinstance(v, (list, dict)) else v
