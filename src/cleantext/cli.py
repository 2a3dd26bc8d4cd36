"""Command line: argument parsing, file handling and exit codes only; the work is in the core.

Exit codes: 0 nothing at or above --fail-on; 1 something is; 2 usage or input error (a file that
cannot be read is reported and skipped; 2 when nothing could be checked at all).

Settings come from the nearest `.cleantext.toml` / `[tool.cleantext]` (or --config FILE), then
the command-line flags on top (see `config_files.settings_for`).
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Sequence

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_ON = ("error", "warning", "info", "never")
REPORT_FORMATS = ("text", "json", "sarif", "github", "html")  # formats.FORMATS, without importing it


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    p = argparse.ArgumentParser(
        prog="cleantext",
        description="Find spun text, typos and run-on degeneration in English prose.",
        epilog="Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.")
    p.add_argument("--version", action="version", version=f"cleantext {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", metavar="FILE",
                        help="use this .cleantext.toml or pyproject.toml instead of searching upwards")
    common.add_argument("--no-config", action="store_true", help="ignore configuration files")
    common.add_argument("--accept", action="append", default=[], metavar="FILE",
                        help="file of words or regexes to accept, one per line (repeatable)")
    common.add_argument("--spin-list", action="append", default=[], metavar="FILE",
                        help="TSV/CSV list of spun phrases with tortured/spun and expected columns")
    common.add_argument("--enable", action="append", default=[], metavar="RULES",
                        help="only run these rules, prefixes or categories (comma-separated)")
    common.add_argument("--disable", action="append", default=[], metavar="RULES",
                        help="never run these rules, prefixes or categories (comma-separated)")
    common.add_argument("--min-confidence", type=float, metavar="X", help="hide findings below X (0..1)")
    common.add_argument("--dialect", choices=("both", "en-US", "en-GB"), help="accepted spelling")
    common.add_argument("--skip-blockquotes", action="store_true", help="do not check Markdown/HTML block quotes")
    common.add_argument("--stdin-filename", metavar="NAME",
                        help="file name for - (stdin): picks the Markdown/HTML front end and the config")
    common.add_argument("--encoding", default="utf-8", help="input encoding (default utf-8)")
    common.add_argument("--encoding-errors", choices=("strict", "replace"), default="strict",
                        help="'replace' checks undecodable files and reports the replaced spots")
    common.add_argument("--max-bytes", type=int, metavar="N", help="refuse inputs larger than N bytes")
    common.add_argument("--no-color", action="store_true", help="never colour the output")

    c = sub.add_parser("check", parents=[common], help="report findings (the pre-publication check)")
    c.add_argument("paths", nargs="+", metavar="PATH", help="files or directories, or - for stdin")
    c.add_argument("--format", choices=REPORT_FORMATS, default="text", help="report format (default text)")
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
    f.add_argument("--interactive", "-i", action="store_true", help="ask y/n for each change (needs a terminal)")

    s = sub.add_parser("stats", parents=[common], help="readability metrics only")
    s.add_argument("paths", nargs="+", metavar="PATH")
    s.add_argument("--format", choices=("text", "json"), default="text")

    g = sub.add_parser("config", parents=[common], help="print the effective configuration for PATH")
    g.add_argument("path", nargs="?", default=None, metavar="PATH", help="a file or folder (default: here)")
    g.add_argument("--format", choices=("toml", "json"), default="toml")

    r = sub.add_parser("rules", help="list the rules: id, category, severity, fix level, what each finds")
    r.add_argument("select", nargs="*", metavar="RULE",
                   help="only these rule ids, id prefixes (spin.structural) or categories (typo)")
    r.add_argument("--format", choices=("text", "json"), default="text")
    r.add_argument("--examples", action="store_true", help="also show each rule's should-flag/should-pass examples")

    for mod in _extra_commands():
        mod.add_parser(sub, common)
    return p


# Subcommands that live in their own modules: each has add_parser(subparsers, common) and run(args).
EXTRA_COMMANDS = ("batch",)


def _extra_commands():
    import importlib

    for name in EXTRA_COMMANDS:
        try:
            yield importlib.import_module(f"{__package__}.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"{__package__}.{name}":  # a missing dependency inside it is a real error
                raise


def _split(values: list[str]) -> list[str]:
    return [v.strip() for x in values for v in x.split(",") if v.strip()]


def _cli_values(args: argparse.Namespace) -> dict:
    """Command-line settings in configuration-file form (None / empty = not given)."""
    return {
        "accept_files": [os.path.abspath(p) for p in getattr(args, "accept", [])],
        "spin_lists": [os.path.abspath(p) for p in getattr(args, "spin_list", [])],
        "enable": _split(getattr(args, "enable", [])),
        "disable": _split(getattr(args, "disable", [])),
        "min_confidence": getattr(args, "min_confidence", None),
        "dialect": getattr(args, "dialect", None),
        "max_bytes": getattr(args, "max_bytes", None) or None,
        "fix_level": getattr(args, "level", None),
        "fix_threshold": getattr(args, "threshold", None),
        "skip_blockquotes": True if getattr(args, "skip_blockquotes", False) else None,
    }


_SETTINGS_CACHE: dict = {}


def _settings(args: argparse.Namespace, path: str | None):
    """Effective settings for one input path (config file found from it, then the flags)."""
    from .config_files import ConfigError, find_config, settings_for
    from .files import InputError

    if path == "-" or path is None:
        path = getattr(args, "stdin_filename", None) or None
    config_path = getattr(args, "config", None)
    if config_path and not os.path.isfile(config_path):
        raise InputError(f"{config_path}: no such config file")
    no_config = getattr(args, "no_config", False)
    if not config_path and not no_config:
        config_path = find_config(path or os.getcwd())
    cli = _cli_values(args)
    # The flags are part of the key: main() may run several times in one process (tests, tools).
    key = (config_path, os.path.abspath(path) if path else None, no_config, repr(sorted(cli.items())))
    if key not in _SETTINGS_CACHE:
        try:
            _SETTINGS_CACHE[key] = settings_for(path, config_path=config_path, cli=cli, search=False)
        except ConfigError as e:
            raise InputError(str(e)) from None
    return _SETTINGS_CACHE[key]


def _config(args: argparse.Namespace):
    """The Config for inputs without a path of their own (used by `batch` too)."""
    return _settings(args, None).config


def _read(path: str, args: argparse.Namespace, config):
    from .files import read_source

    stdin = sys.stdin.buffer.read() if path == "-" else None
    return read_source(path, encoding=args.encoding, errors=args.encoding_errors,
                       max_bytes=config.max_bytes, stdin_bytes=stdin)


def _input_format(path: str, args: argparse.Namespace) -> str:
    from .markup import detect

    return detect(args.stdin_filename if path == "-" else path)


def _analyse(path: str, args: argparse.Namespace, *, with_fix: bool):
    from . import markup
    from .formats import FileResult

    settings = _settings(args, path)
    config = settings.config
    src = _read(path, args, config)
    fmt = _input_format(path, args)
    doc, report = markup.analyse(src.text, config, format=fmt, accept_patterns=settings.accept_patterns)
    fixed = markup.fix(src.text, config, format=fmt, accept_patterns=settings.accept_patterns,
                       report=report) if with_fix else None
    notes = [f"{src.replaced} undecodable byte sequences replaced by U+FFFD"] if src.replaced else []
    name = (args.stdin_filename or "<stdin>") if path == "-" else path
    return FileResult(name, doc, report, fixed, notes)


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

    results, errors = [], []
    try:
        paths = list(expand_paths(args.paths))
    except InputError as e:
        paths, errors = [], [str(e)]
    # json and html always carry the before/after readability table; sarif and github never do
    readability = args.format in ("json", "html") or (args.format == "text" and not args.no_readability)
    for path in paths:
        try:
            results.append(_analyse(path, args, with_fix=readability))
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

    if args.in_place and args.path == "-":
        raise InputError("--in-place needs a file, not stdin")
    if args.backup and not args.in_place:
        raise InputError("--backup goes with --in-place")
    if args.interactive:
        if args.diff:
            raise InputError("--interactive and --diff do not go together")
        if args.path == "-":
            raise InputError("--interactive needs a file, not stdin (the answers come from the terminal)")
        if not (sys.stdin.isatty() and sys.stderr.isatty()):
            raise InputError("--interactive needs a terminal; use --diff to review changes in a pipeline")
    r = _analyse(args.path, args, with_fix=True)
    res = r.fixed
    assert res is not None
    if args.interactive:
        from .interactive import review

        res = review(r, res)
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
    from .markup import load
    from .readability_metrics import readability_of_text

    out, errors, stats = [], [], {}
    for path in expand_paths(args.paths):
        try:
            config = _settings(args, path).config
            src = _read(path, args, config)
        except InputError as e:
            errors.append(str(e))
            continue
        prose, _ = load(src.text, _input_format(path, args), skip_blockquotes=config.skip_blockquotes)
        stats[path] = readability_of_text(src.text, prose)
    for e in errors:
        print(f"cleantext: {e}", file=sys.stderr)
    if args.format == "json":
        from .formats import SCHEMA_VERSION

        out.append(json.dumps({"schema_version": SCHEMA_VERSION, "files": [
            {"path": p, "readability": v} for p, v in stats.items()]}, indent=2))
    else:
        for p, v in stats.items():
            out.append(f"{p}:")
            out.extend(readability_table(v, v))
    sys.stdout.write("\n".join(out) + "\n")
    return EXIT_OK if stats else EXIT_ERROR


def _cmd_config(args: argparse.Namespace) -> int:
    import json

    path = args.path
    if path is not None and not os.path.exists(path):
        from .files import InputError

        raise InputError(f"{path}: no such file or folder")
    target = path or os.getcwd()
    settings = _settings(args, target)
    data = settings.to_dict()
    if args.format == "json":
        sys.stdout.write(json.dumps({"source": settings.source, "config": data}, indent=2) + "\n")
        return EXIT_OK
    lines = [f"# effective configuration for {target}",
             f"# from {settings.source}" if settings.source else "# no configuration file found; defaults"]
    severity = data.pop("severity", {})
    for key, value in data.items():
        if value is None:
            lines.append(f"# {key} is not set")
        else:
            lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    lines.append("[severity]")
    lines.extend(f"{json.dumps(k)} = {json.dumps(v)}" for k, v in sorted(severity.items()))
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def _cmd_rules(args: argparse.Namespace) -> int:
    import json

    from .checks import all_rules

    def chosen(rule) -> bool:
        return not args.select or any(rule.category == x or rule.id == x or rule.id.startswith(x + ".")
                                      for x in args.select)

    from .checks.spin import USER_LIST  # findings of user lists; not in RULES (see checks/spin)

    rules = [r for r in (*all_rules().values(), USER_LIST) if chosen(r)]
    if not rules:
        print(f"cleantext: no rule matches {', '.join(args.select)}", file=sys.stderr)
        return EXIT_ERROR
    rules.sort(key=lambda r: r.id)
    if args.format == "json":
        out = []
        for r in rules:
            d = r.to_dict()
            d["default_enabled"] = r.default_enabled
            if args.examples:
                d["examples"] = [{"text": e.text, "flag": e.flag, "suggestion": e.suggestion, "span": e.span}
                                 for e in r.examples]
            out.append(d)
        sys.stdout.write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    lines = []
    for r in rules:
        off = "" if r.default_enabled else ", off by default"
        lines.append(f"{r.id}  [{r.category}, {r.severity}, fix: {r.fix}{off}]")
        lines.append(f"    {r.description}")
        if args.examples:
            for e in r.examples:
                mark = "flags " if e.flag else "passes"
                extra = f"  -> {e.suggestion}" if e.flag and e.suggestion else ""
                lines.append(f"    {mark} {e.text!r}{extra}")
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


COMMANDS = {"check": _cmd_check, "fix": _cmd_fix, "stats": _cmd_stats, "config": _cmd_config,
            "rules": _cmd_rules}


def _one_line_warnings() -> None:
    """Library warnings (e.g. LanguageTool unreachable) as one plain line each on stderr."""
    import warnings

    def show(message, category, filename, lineno, file=None, line=None):
        text = str(message)
        text = text[len("cleantext: "):] if text.startswith("cleantext: ") else text
        print(f"cleantext: warning: {text}", file=sys.stderr)

    warnings.showwarning = show


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

    _one_line_warnings()
    try:
        if args.command in COMMANDS:
            return COMMANDS[args.command](args)
        import importlib

        return importlib.import_module(f"{__package__}.{args.command}").run(args)
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
