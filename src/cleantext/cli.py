"""Command line: argument parsing, file handling and exit codes only; the work is in the core.

Exit codes: 0 nothing at or above --fail-on; 1 something is; 2 usage or input error (a file that
cannot be read is reported and skipped; 2 when nothing could be checked at all).
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Sequence

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_ON = ("error", "warning", "info", "never")


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    p = argparse.ArgumentParser(
        prog="cleantext",
        description="Find spun text, typos and run-on degeneration in English prose.",
        epilog="Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.")
    p.add_argument("--version", action="version", version=f"cleantext {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--accept", action="append", default=[], metavar="FILE",
                        help="file of words to accept, one per line (repeatable)")
    common.add_argument("--spin-list", action="append", default=[], metavar="FILE",
                        help="TSV/CSV list of spun phrases with tortured/spun and expected columns")
    common.add_argument("--enable", action="append", default=[], metavar="RULES",
                        help="only run these rules, prefixes or categories (comma-separated)")
    common.add_argument("--disable", action="append", default=[], metavar="RULES",
                        help="never run these rules, prefixes or categories (comma-separated)")
    common.add_argument("--min-confidence", type=float, metavar="X", help="hide findings below X (0..1)")
    common.add_argument("--dialect", choices=("both", "en-US", "en-GB"), help="accepted spelling")
    common.add_argument("--encoding", default="utf-8", help="input encoding (default utf-8)")
    common.add_argument("--encoding-errors", choices=("strict", "replace"), default="strict",
                        help="'replace' checks undecodable files and reports the replaced spots")
    common.add_argument("--max-bytes", type=int, metavar="N", help="refuse inputs larger than N bytes")
    common.add_argument("--no-color", action="store_true", help="never colour the output")

    c = sub.add_parser("check", parents=[common], help="report findings (the pre-publication check)")
    c.add_argument("paths", nargs="+", metavar="PATH", help="files or directories, or - for stdin")
    c.add_argument("--format", choices=("text", "json"), default="text")
    c.add_argument("--fail-on", choices=FAIL_ON, default="warning",
                   help="lowest severity that makes the exit code 1 (default warning)")
    c.add_argument("--no-readability", action="store_true", help="leave out the readability table")
    c.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE")

    f = sub.add_parser("fix", parents=[common], help="apply the safe fixes")
    f.add_argument("path", metavar="PATH", help="a file, or - for stdin")
    where = f.add_mutually_exclusive_group()
    where.add_argument("--output", "-o", metavar="OUT", help="write the fixed text to OUT")
    where.add_argument("--in-place", action="store_true", help="replace the file atomically")
    where.add_argument("--diff", action="store_true", help="print a unified diff and write nothing")
    f.add_argument("--backup", action="store_true", help="with --in-place, keep PATH.orig")
    f.add_argument("--level", choices=("safe", "suggested", "all"), help="how much to fix (default safe)")
    f.add_argument("--threshold", type=float, metavar="X", help="lowest confidence to apply (default 0.8)")
    f.add_argument("--explain", action="store_true", help="list each change with rule and confidence on stderr")

    s = sub.add_parser("stats", parents=[common], help="readability metrics only")
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.add_argument("--format", choices=("text", "json"), default="text")
    return p


def _split(values: list[str]) -> list[str]:
    return [v.strip() for x in values for v in x.split(",") if v.strip()]


def _config(args: argparse.Namespace):
    from .config import Config
    from .files import InputError

    kw: dict = {}
    accept: set[str] = set()
    for path in args.accept:
        try:
            with open(path, encoding="utf-8") as fh:
                accept.update(w.strip() for w in fh if w.strip() and not w.lstrip().startswith("#"))
        except OSError as e:
            raise InputError(f"{path}: cannot read accept list ({e.strerror or e})") from None
    if accept:
        kw["accept"] = frozenset(accept)
    if args.spin_list:
        for path in args.spin_list:
            if not os.path.isfile(path):
                raise InputError(f"{path}: no such spin list")
        kw["spin_lists"] = tuple(args.spin_list)
    if args.enable:
        kw["enable"] = frozenset(_split(args.enable))
    if args.disable:
        kw["disable"] = frozenset(_split(args.disable))
    if args.min_confidence is not None:
        kw["min_confidence"] = args.min_confidence
    if args.dialect:
        kw["dialect"] = args.dialect
    if args.max_bytes:
        kw["max_bytes"] = args.max_bytes
    if getattr(args, "level", None):
        kw["fix_level"] = args.level
    if getattr(args, "threshold", None) is not None:
        kw["fix_threshold"] = args.threshold
    try:
        return Config(**kw)
    except ValueError as e:
        raise InputError(str(e)) from None


def _read(path: str, args: argparse.Namespace, config):
    from .files import read_source

    stdin = sys.stdin.buffer.read() if path == "-" else None
    return read_source(path, encoding=args.encoding, errors=args.encoding_errors,
                       max_bytes=config.max_bytes, stdin_bytes=stdin)


def _analyse(path: str, args: argparse.Namespace, config, *, with_fix: bool):
    from .document import Document
    from .engine import check_document
    from .fixer import fix
    from .formats import FileResult

    src = _read(path, args, config)
    doc = Document(src.text)
    report = check_document(doc, config)
    fixed = fix(src.text, config, report=report) if with_fix else None
    notes = [f"{src.replaced} undecodable byte sequences replaced by U+FFFD"] if src.replaced else []
    return FileResult("<stdin>" if path == "-" else path, doc, report, fixed, notes)


def _emit(text: str, output: str | None) -> None:
    if output:
        from .files import write_atomic

        write_atomic(output, text)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def _cmd_check(args: argparse.Namespace) -> int:
    from .files import InputError, expand_paths
    from .findings import SEVERITY_RANK
    from .formats import renderer

    config = _config(args)
    results, errors = [], []
    try:
        paths = list(expand_paths(args.paths))
    except InputError as e:
        paths, errors = [], [str(e)]
    for path in paths:
        try:
            results.append(_analyse(path, args, config, with_fix=not args.no_readability or args.format == "json"))
        except InputError as e:
            errors.append(str(e))
    for e in errors:
        print(f"cleantext: {e}", file=sys.stderr)
    for r in results:
        for note in r.notes:
            print(f"cleantext: {r.path}: {note}", file=sys.stderr)
    colour = sys.stdout.isatty() and not args.no_color and not args.output and "NO_COLOR" not in os.environ
    out = renderer(args.format)(results, colour=colour, readability=not args.no_readability, errors=errors)
    _emit(out, args.output)
    if not results:
        return EXIT_ERROR
    if args.fail_on == "never":
        return EXIT_OK
    floor = SEVERITY_RANK[args.fail_on]
    hit = any(SEVERITY_RANK[f.severity] >= floor for r in results for f in r.report.findings)
    return EXIT_FINDINGS if hit else EXIT_OK


def _cmd_fix(args: argparse.Namespace) -> int:
    from .files import InputError, write_atomic

    config = _config(args)
    if args.in_place and args.path == "-":
        raise InputError("--in-place needs a file, not stdin")
    if args.backup and not args.in_place:
        raise InputError("--backup goes with --in-place")
    r = _analyse(args.path, args, config, with_fix=True)
    res = r.fixed
    assert res is not None
    if args.explain:
        for ch in res.applied:
            line, col = r.line_col(ch.start)
            print(f"{r.path}:{line}:{col}  {ch.explain()}", file=sys.stderr)
        print(f"{r.path}: {len(res.applied)} change(s) applied, {len(res.skipped)} finding(s) left for review",
              file=sys.stderr)
    if args.diff:
        sys.stdout.write(res.diff(fromfile=r.path, tofile=r.path + " (fixed)"))
        return EXIT_OK
    if args.in_place:
        if res.changed:
            write_atomic(args.path, res.text, encoding=args.encoding, backup=args.backup)
            print(f"{args.path}: {len(res.applied)} change(s) written", file=sys.stderr)
        else:
            print(f"{args.path}: nothing to fix; file left untouched", file=sys.stderr)
        return EXIT_OK
    if args.output:
        write_atomic(args.output, res.text, encoding=args.encoding)
        return EXIT_OK
    sys.stdout.write(res.text)
    return EXIT_OK


def _cmd_stats(args: argparse.Namespace) -> int:
    import json

    from .files import InputError, expand_paths
    from .formats.text import readability_table
    from .readability_metrics import readability_of_text

    config = _config(args)
    out, errors, stats = [], [], {}
    for path in expand_paths(args.paths):
        try:
            src = _read(path, args, config)
        except InputError as e:
            errors.append(str(e))
            continue
        stats[path] = readability_of_text(src.text)
    for e in errors:
        print(f"cleantext: {e}", file=sys.stderr)
    if args.format == "json":
        from .formats import SCHEMA_VERSION

        out.append(json.dumps({"schema_version": SCHEMA_VERSION, "files": [
            {"path": p, "readability": v} for p, v in stats.items()]}, indent=2))
    else:
        for p, v in stats.items():
            out.append(f"{p}:")
            out.extend(line for line in readability_table(v, v)[0:1] + readability_table(v, v)[1:])
    sys.stdout.write("\n".join(out) + "\n")
    return EXIT_OK if stats else EXIT_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse: 0 for --help/--version, 2 for usage errors
        return int(e.code or 0)
    if not args.command:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    from .files import InputError

    try:
        return {"check": _cmd_check, "fix": _cmd_fix, "stats": _cmd_stats}[args.command](args)
    except InputError as e:
        print(f"cleantext: {e}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("cleantext: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
