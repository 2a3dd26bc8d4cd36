"""Batch mode: check many documents and write one JSON line of results per document.

The unit of work is `analyse()`, a pure function from one text to one result dict. The command
`cleantext batch`, `cleantext.integrations.dask` and `cleantext.integrations.spark` all call it, so
every engine gives the same lines for the same input.

A result line holds `id`, `words`, `counts` (findings per category), `scores`, `verdicts`, and on
request `readability` (the slow part: it loads textstat and a syllable table), `findings`, and
`fixed_text` with `fixes` (the number of changes applied) and, with readability, `readability_fixed`.

A bad document (invalid JSON, a missing field, an undecodable or binary file, one larger than
--max-bytes, or one a check crashed on) becomes one line in the errors file and never stops the run.

This module is imported to build the command-line parser, so json, threading, time and the checks
are imported inside the functions that use them: `cleantext --help` stays fast.
"""
from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from .batch_input import Item, done_ids, expand_input, is_jsonl, read_items
from .findings import CATEGORIES

__all__ = ["Item", "Options", "analyse", "analyse_record", "done_ids", "dumps", "expand_input", "read_items",
           "run_local", "work"]

# Touches every lazily loaded table (typo vocabulary and n-grams, names, real-word sets, spin
# collocations and synonyms), so that a worker pays for its data before its first document.
WARM_UP_TEXT = ("The minister met wiht the the team in london. Its a good day, rather then a bad one, and "
                "everyone went home. Our counterfeit consciousness uses a profound neural organization.")


@dataclass(frozen=True)
class Options:
    """What goes into a result besides id, words, counts, scores and verdicts, and how texts are
    read: `format` is the markup front end ("plain", "markdown", "html") for texts that bring none of
    their own, `accept_patterns` the compiled regexes of accept files (as `cleantext check` uses)."""

    findings: bool = False
    fixed_text: bool = False
    readability: bool = False
    format: str = "plain"
    accept_patterns: tuple = ()


def analyse(text: str, doc_id: Any = None, config=None, options: Options = Options(),
            format: str | None = None) -> dict[str, Any]:
    """Check one text and return its result dict (see the module docstring for the fields).

    The text goes through the same markup front end as in `cleantext check` (`format`, else
    `options.format`), so code, URLs and suppressed regions are never flagged and readability is
    measured on the prose. Raises `cleantext.InputTooLarge` above `config.max_bytes` and
    `TypeError` for a non-str text.
    """
    from . import markup
    from .config import DEFAULT

    config = config or DEFAULT
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    fmt = format or options.format
    doc, report = markup.analyse(text, config, format=fmt, accept_patterns=options.accept_patterns)
    counts = {c: 0 for c in CATEGORIES}
    for f in report.findings:
        counts[f.category] += 1
    out: dict[str, Any] = {
        "id": doc_id,
        "words": doc.word_count,
        "counts": counts,
        "scores": {k: float(v) for k, v in sorted(report.scores.items())},
        "verdicts": list(report.verdicts),
    }
    if options.readability:
        from .readability_metrics import readability_of_document

        out["readability"] = _sorted(readability_of_document(doc))  # doc.prose: markup left out
    if options.findings:
        out["findings"] = [_finding_dict(f.to_dict()) for f in report.findings]
    if options.fixed_text:
        fixed = markup.fix(text, config, format=fmt, accept_patterns=options.accept_patterns, report=report)
        out["fixed_text"] = fixed.text
        out["fixes"] = len(fixed.applied)
        if options.readability:
            out["readability_fixed"] = out["readability"] if not fixed.changed else _sorted(fixed.readability_after)
    return out


def analyse_record(record: dict, text_field: str = "text", id_field: str | None = "id", config=None,
                   options: Options = Options()) -> dict[str, Any]:
    """`analyse()` for a mapping such as a JSON object, a Dask bag item or a Spark row dict; a
    "format" key, if present, picks the front end."""
    return analyse(record[text_field], record.get(id_field) if id_field else None, config, options,
                   record.get("format"))


def _sorted(d: dict[str, float]) -> dict[str, float]:
    return {k: float(d[k]) for k in sorted(d)}


def _finding_dict(d: dict[str, Any]) -> dict[str, Any]:
    # One fixed shape (source always present) so that Spark's struct and a local run agree.
    d.setdefault("source", "")
    d["confidence"] = float(d["confidence"])
    return d


def dumps(result: dict[str, Any]) -> str:
    """The JSON line for a result or an error record; every engine writes results through this."""
    import json

    return json.dumps(result, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------------------------------- workers
_WORKER: dict[str, Any] = {}


def _init_worker(config, options: Options) -> None:
    """Pool initializer: load every check's data once per process (the warm-up run does it), then
    move everything alive into the collector's permanent generation (`gc.freeze()`).

    The tables hold about a million references (word sets, lists); every full collection walked
    them all again (0.1 s each, about a tenth of a first pass over news). Frozen objects are still
    freed by reference counting; only cyclic garbage alive at this moment would be kept, and the
    `gc.collect()` before the freeze leaves none. A worker forked from a parent that already warmed
    up and froze skips both.
    """
    _WORKER["config"], _WORKER["options"] = config, options
    if _WORKER.get("warm") == (config, options):
        return
    try:
        analyse(WARM_UP_TEXT, None, config, options)
    except Exception:  # a broken check then fails each document into the errors file, not the pool
        pass
    import gc

    gc.collect()
    gc.freeze()
    _WORKER["warm"] = (config, options)


def work(item: Item) -> tuple[bool, int, str]:
    """(ok, words, JSON line) for one item; a crash inside a check becomes an error line."""
    if item.error is not None:
        return False, 0, dumps(item.error)
    try:
        res = analyse(item.text, item.id, _WORKER.get("config"), _WORKER.get("options", Options()), item.format)
    except Exception as e:  # one bad document must never stop the run
        return False, 0, failure_line(item.id, f"{type(e).__name__}: {e}")
    return True, res["words"], dumps(res)


def failure_line(doc_id: Any, message: str) -> str:
    """The error line for a document that `analyse` raised on ("ExceptionName: message")."""
    kind = "too_large" if message.startswith("InputTooLarge") else "check_failed"
    return dumps({"id": doc_id, "error": kind, "message": message})


def run_local(items: Iterable[Item], config, options: Options, jobs: int = 1,
              chunk_size: int = 8) -> Iterator[tuple[bool, int, str]]:
    """Results in input order. With jobs > 1 a process pool reads a bounded window of items ahead,
    so memory stays flat however long the input is. The process that checks (this one with
    jobs=1) warms up and freezes the collector first: see `_init_worker`."""
    if jobs <= 1:
        _init_worker(config, options)
        yield from map(work, items)
        return
    import multiprocessing
    import threading

    window = threading.BoundedSemaphore(max(64, chunk_size * jobs * 4))

    def bounded() -> Iterator[Item]:
        for it in items:
            window.acquire()
            yield it

    ctx = multiprocessing.get_context()
    if ctx.get_start_method() == "fork":
        # Load the data here once: forked workers share its pages instead of each building its own
        # copy, and the freeze keeps the collector from touching (and so copying) them.
        _init_worker(config, options)
    with ctx.Pool(jobs, _init_worker, (config, options)) as pool:
        for res in pool.imap(work, bounded(), chunksize=chunk_size):
            window.release()
            yield res


def run_engine(engine: str, items: Iterable[Item], config, options: Options, jobs: int,
               chunk_size: int) -> Iterator[tuple[bool, int, str]]:
    if engine == "local":
        yield from run_local(items, config, options, jobs, chunk_size)
        return
    if engine == "dask":
        from .integrations.dask import run_items
    elif engine == "spark":
        from .integrations.spark import run_items
    else:
        raise ValueError(f"unknown engine {engine!r}")
    yield from run_items(items, config, options, jobs)


# ---------------------------------------------------------------------------------------- command
def add_parser(subparsers, common_parent: argparse.ArgumentParser) -> argparse.ArgumentParser:
    b = subparsers.add_parser(
        "batch", parents=[common_parent], help="check many documents into a JSONL of results",
        description="Check every document of INPUT and write one JSON line of results per document.",
        epilog="Exit codes: 0 every document checked; 1 some went to the errors file; 2 usage or input error.")
    b.add_argument("input", metavar="INPUT",
                   help="a JSONL file (- for stdin), a directory of .txt/.md files, or a quoted glob")
    b.add_argument("--output", "-o", required=True, metavar="OUTPUT", help="JSONL of results (- for stdout)")
    b.add_argument("--text-field", default="text", metavar="NAME", help="JSONL field with the text (default text)")
    b.add_argument("--id-field", metavar="NAME", help="JSONL field with the id (default: the line number)")
    b.add_argument("--input-format", choices=("plain", "markdown", "html"), default="plain",
                   help="how to read JSONL texts (files go by their suffix, as in check)")
    b.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                   help="worker processes (default 1; 0 = one per CPU)")
    b.add_argument("--chunk-size", type=int, default=8, metavar="N", help="documents per task (default 8)")
    b.add_argument("--resume", action="store_true", help="skip ids already in OUTPUT and append")
    b.add_argument("--errors", metavar="FILE",
                   help="bad documents go here, rewritten on each run (default OUTPUT.errors.jsonl)")
    b.add_argument("--engine", choices=("local", "dask", "spark"), default="local",
                   help="run locally, or through Dask or Spark in local mode (same output)")
    b.add_argument("--findings", action="store_true", help="include every finding")
    b.add_argument("--fixed-text", action="store_true", help="include the fixed text and the number of fixes")
    b.add_argument("--readability", action="store_true", help="include readability metrics (slower)")
    b.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                   help="progress bar on stderr: auto = only on a terminal")
    return b


def run(args: argparse.Namespace) -> int:
    import time

    from .cli import _config
    from .files import InputError

    config = _config(args)
    try:
        from .cli import _settings

        patterns = tuple(_settings(args, None).accept_patterns)
    except (ImportError, AttributeError):
        patterns = ()
    options = Options(findings=args.findings, fixed_text=args.fixed_text, readability=args.readability,
                      format=args.input_format, accept_patterns=patterns)
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    if args.output == "-" and args.resume:
        raise InputError("--resume needs an OUTPUT file")
    if args.chunk_size < 1:
        raise InputError("--chunk-size must be at least 1")
    errors_path = args.errors or ("batch.errors.jsonl" if args.output == "-" else args.output + ".errors.jsonl")
    done = done_ids(args.output) if args.resume else set()
    expand_input(args.input)  # fail early, before any file is opened for writing
    items = read_items(args.input, text_field=args.text_field, id_field=args.id_field,
                       max_bytes=config.max_bytes, encoding=args.encoding,
                       encoding_errors=args.encoding_errors, done=done)
    show = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())
    out = sys.stdout if args.output == "-" else open(args.output, "a" if args.resume else "w", encoding="utf-8")
    n_docs = n_err = n_words = 0
    err_fh = None
    bar = _progress(args.input) if show else None
    t0 = shown = time.perf_counter()
    try:
        for ok, words, line in run_engine(args.engine, items, config, options, jobs, args.chunk_size):
            if ok:
                out.write(line + "\n")
                n_docs += 1
                n_words += words
            else:
                if err_fh is None:
                    err_fh = open(errors_path, "w", encoding="utf-8")
                err_fh.write(line + "\n")
                n_err += 1
            if bar is not None:
                now = time.perf_counter()
                if now - shown > 0.5:
                    _postfix(bar, n_words, n_err, now - t0)
                    shown = now
                bar.update(1)
    finally:
        if bar is not None:
            _postfix(bar, n_words, n_err, time.perf_counter() - t0)
            bar.close()
        if out is not sys.stdout:
            out.close()
        if err_fh is not None:
            err_fh.close()
    if err_fh is None and os.path.exists(errors_path):  # no stale errors from an earlier run
        if args.errors:
            open(errors_path, "w").close()
        else:
            os.unlink(errors_path)
    secs = time.perf_counter() - t0
    if show or n_err:
        skipped = f", {len(done)} already done" if done else ""
        where = f" (see {errors_path})" if n_err else ""
        print(f"cleantext: {n_docs} documents, {n_words} words in {secs:.1f} s{skipped}; "
              f"{n_err} errors{where}", file=sys.stderr)
    return 1 if n_err else 0


def _postfix(bar, words: int, errors: int, secs: float) -> None:
    bar.set_postfix_str(f"{words / max(secs, 1e-9):,.0f} words/s, {errors} errors", refresh=False)


def _progress(spec: str):
    from tqdm import tqdm

    total = None
    if os.path.isfile(spec) and is_jsonl(spec) and not spec.endswith(".gz"):
        with open(spec, "rb") as fh:
            total = sum(buf.count(b"\n") for buf in iter(lambda: fh.read(1 << 20), b""))
    return tqdm(total=total, unit="doc", dynamic_ncols=True, smoothing=0.1, file=sys.stderr)
