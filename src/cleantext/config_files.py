"""Project configuration: `.cleantext.toml`, or `[tool.cleantext]` in pyproject.toml.

The file nearest to a checked file wins (found by walking up from its folder; a pyproject.toml
without a [tool.cleantext] table is passed over). Everything in it is data: nothing is executed.

    min_confidence = 0.6
    fix_level = "safe"                     # safe | suggested | all
    enable = []                            # rules, prefixes or categories; empty = all
    disable = ["style"]
    accept = ["Zangezur", "cleantext"]     # words never flagged
    accept_files = ["vocab/accept.txt"]    # one word or regex per line; paths relative to this file
    spin_lists = ["lists/spun.tsv"]        # relative to this file
    dialect = "en-GB"
    skip_blockquotes = false
    languagetool = "http://localhost:8081" # or "local"; absent = never contacted
    languagetool_timeout = 10
    [severity]                             # [tool.cleantext.severity] in pyproject.toml
    "spin" = "error"
    [overrides."docs/legacy/**/*.md"]      # like Vale's sections; later sections win
    disable = ["degeneration"]

In an override, list keys (enable, disable, accept, accept_files, spin_lists) add to the base
list and `severity` merges; other keys replace. A glob without "/" matches the file name at any
depth; "**" matches any number of folders.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Pattern

from .config import Config

CONFIG_FILES = (".cleantext.toml", "pyproject.toml")
LIST_KEYS = ("enable", "disable", "accept", "accept_files", "spin_lists")
SCALAR_KEYS = {"min_confidence": (int, float), "fix_threshold": (int, float), "fix_level": str, "dialect": str,
               "skip_blockquotes": bool, "languagetool": str, "languagetool_timeout": (int, float),
               "max_bytes": int}
KNOWN_KEYS = (*LIST_KEYS, *SCALAR_KEYS, "severity", "overrides")
# An entry is a regex when it uses one of these; "." and "+" alone keep words such as
# "Node.js", "e.g." and "C++" literal.
_REGEX_CHARS = set("\\^$|?*()[]{}")
MAX_PATTERN = 200


class ConfigError(ValueError):
    """A configuration or vocabulary file the user must fix; the message is one line."""


@dataclass(frozen=True)
class Settings:
    """The effective settings for one file: a Config plus the accept regexes it cannot hold."""

    config: Config
    accept_patterns: tuple[Pattern[str], ...] = ()
    source: str | None = None  # the configuration file, if any

    def to_dict(self) -> dict[str, Any]:
        d = self.config.to_dict()
        d["accept_patterns"] = [p.pattern for p in self.accept_patterns]
        return d


@dataclass
class ProjectConfig:
    path: str | None
    base: dict[str, Any] = field(default_factory=dict)
    overrides: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    @property
    def root(self) -> str:
        return os.path.dirname(os.path.abspath(self.path)) if self.path else os.getcwd()

    def raw_for(self, filename: str | None) -> dict[str, Any]:
        """The merged raw settings (paths already absolute) for `filename`."""
        merged = {k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
                  for k, v in self.base.items()}
        rel = _relative(filename, self.root) if filename and filename != "-" else None
        for glob, values in self.overrides:
            if rel is None or not glob_match(glob, rel):
                continue
            for k, v in values.items():
                if k in LIST_KEYS:
                    merged[k] = merged.get(k, []) + list(v)
                elif k == "severity":
                    merged["severity"] = {**merged.get("severity", {}), **v}
                else:
                    merged[k] = v
        return merged


def find_config(start: str) -> str | None:
    """The nearest config file at or above `start` (a file or folder), or None."""
    d = os.path.abspath(start)
    if not os.path.isdir(d):
        d = os.path.dirname(d)
    while True:
        for name in CONFIG_FILES:
            p = os.path.join(d, name)
            if os.path.isfile(p) and (name != "pyproject.toml" or _has_tool_table(p)):
                return p
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def load_config_file(path: str) -> ProjectConfig:
    data = _read_toml(path)
    if os.path.basename(path) == "pyproject.toml":
        table = data.get("tool", {}).get("cleantext")
        where = f"{path} [tool.cleantext]"
        if table is None:
            raise ConfigError(f"{path}: no [tool.cleantext] table")
    else:
        table, where = data, path
    root = os.path.dirname(os.path.abspath(path))
    overrides_raw = table.get("overrides", {})
    if not isinstance(overrides_raw, dict):
        raise ConfigError(f"{where}: 'overrides' must be a table of globs, like [overrides.\"docs/*.md\"]")
    base = _validate({k: v for k, v in table.items() if k != "overrides"}, where, root)
    overrides = []
    for glob, values in overrides_raw.items():
        if not isinstance(values, dict):
            raise ConfigError(f"{where}: overrides.{glob!r} must be a table")
        if "overrides" in values:
            raise ConfigError(f"{where}: overrides cannot be nested")
        overrides.append((glob, _validate(values, f"{where} overrides.{glob!r}", root)))
    return ProjectConfig(path, base, overrides)


def settings_for(filename: str | None, *, config_path: str | None = None,
                 cli: dict[str, Any] | None = None, search: bool = True) -> Settings:
    """Effective settings for `filename`: config file (given, or found by walking up), then CLI.

    `cli` holds command-line values in config-file form; they override the file (lists: `enable`
    replaces and re-enables what the file disabled, `disable`/`accept`/`accept_files`/
    `spin_lists` add).
    """
    path = config_path
    if path is None and search:
        path = find_config(filename if filename and filename != "-" else os.getcwd())
    project = _cached(load_config_file, path) if path else ProjectConfig(None)
    raw = project.raw_for(filename)
    for k, v in (cli or {}).items():
        if v is None or v == [] or v == {}:
            continue
        if k == "enable":
            raw["enable"] = list(v)
            raw["disable"] = [d for d in raw.get("disable", []) if d not in v]
        elif k in LIST_KEYS:
            raw[k] = raw.get(k, []) + list(v)
        elif k == "severity":
            raw["severity"] = {**raw.get("severity", {}), **v}
        else:
            raw[k] = v
    return _build(raw, path)


# ---------------------------------------------------------------------- vocabulary
def load_accept_file(path: str) -> tuple[list[str], list[Pattern[str]]]:
    """Words and compiled regexes from an accept file (one per line, '#' starts a comment).

    A line using any of \\ ^ $ | ? * ( ) [ ] { } is a regex that must match the flagged text in
    full (case-sensitive, like Vale's vocabularies); any other line is a word, matched ignoring case.
    """
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such accept file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read accept file ({getattr(e, 'strerror', None) or e})") from None
    words, patterns = [], []
    for n, line in enumerate(lines, 1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        if _REGEX_CHARS.isdisjoint(entry):
            words.append(entry)
        else:
            patterns.append(compile_accept_pattern(entry, f"{path}:{n}"))
    return words, patterns


def compile_accept_pattern(pattern: str, where: str) -> Pattern[str]:
    """Compile an accept regex, refusing ones that could backtrack catastrophically."""
    if len(pattern) > MAX_PATTERN:
        raise ConfigError(f"{where}: regex longer than {MAX_PATTERN} characters")
    try:
        compiled = re.compile(pattern)
    except re.error as e:
        raise ConfigError(f"{where}: bad regex {pattern!r}: {e}") from None
    if _nested_repeat(pattern):
        raise ConfigError(f"{where}: regex {pattern!r} repeats a repetition (like (a+)+) and could take "
                          "forever on some input; rewrite it without the nested quantifier")
    return compiled


def _nested_repeat(pattern: str) -> bool:
    try:
        import re._parser as sre  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse as sre  # type: ignore[no-redef]

    repeats = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)} - {None}

    def walk(items, inside: bool) -> bool:
        for op, av in items:
            if op in repeats:
                lo, hi, sub = av
                unbounded = hi == sre.MAXREPEAT or hi > 1
                if unbounded and inside:
                    return True
                if walk(sub, inside or unbounded):
                    return True
            elif op == sre.SUBPATTERN:
                if walk(av[-1], inside):
                    return True
            elif op == sre.BRANCH:
                if any(walk(b, inside) for b in av[1]):
                    return True
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                if walk(av[1], inside):
                    return True
        return False

    return walk(sre.parse(pattern), False)


# ---------------------------------------------------------------------- internals
def _read_toml(path: str) -> dict[str, Any]:
    try:
        import tomllib
    except ImportError:  # pragma: no cover - Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file") from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read config ({e.strerror or e})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: invalid TOML: {e}") from None


def _has_tool_table(path: str) -> bool:
    try:
        return "cleantext" in _read_toml(path).get("tool", {})
    except ConfigError:
        return True  # let load_config_file report the broken file rather than skip it silently


def _validate(table: dict[str, Any], where: str, root: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in table.items():
        if key not in KNOWN_KEYS or key == "overrides":
            raise ConfigError(f"{where}: unknown key {key!r} (known: {', '.join(KNOWN_KEYS)})")
        if key in LIST_KEYS:
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where}: {key} must be a list of strings")
            if key in ("accept_files", "spin_lists"):
                value = [os.path.normpath(os.path.join(root, os.path.expanduser(v))) for v in value]
        elif key == "severity":
            if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                raise ConfigError(f"{where}: severity must be a table of rule = \"error\"|\"warning\"|\"info\"")
        else:
            want = SCALAR_KEYS[key]
            if not isinstance(value, want) or (want != bool and isinstance(value, bool)):
                kind = want.__name__ if isinstance(want, type) else "number"
                raise ConfigError(f"{where}: {key} must be a {kind}, not {value!r}")
        if key == "languagetool" and value != "local" and not value.startswith(("http://", "https://")):
            raise ConfigError(f"{where}: languagetool must be \"local\" or an http(s):// server URL, not {value!r}")
        out[key] = value
    return out


def _build(raw: dict[str, Any], source: str | None) -> Settings:
    kw = {k: v for k, v in raw.items() if k not in ("accept_files", "spin_lists", "accept")}
    accept = set(raw.get("accept", []))
    patterns: list[Pattern[str]] = []
    for path in _unique(raw.get("accept_files", [])):
        words, pats = _cached(load_accept_file, path)
        accept.update(words)
        patterns.extend(pats)
    spin = list(_unique(raw.get("spin_lists", [])))
    for p in spin:
        if not os.path.isfile(p):
            raise ConfigError(f"{p}: no such spin list")
    try:
        config = Config(**kw, accept=frozenset(accept), spin_lists=tuple(spin))
    except (TypeError, ValueError) as e:
        raise ConfigError(f"{source or 'configuration'}: {e}") from None
    return Settings(config, tuple(patterns), source)


_CACHE: dict[tuple, Any] = {}


def _cached(loader, path: str):
    """`loader(path)`, remembered while the file is unchanged: checking a folder of many files
    must not re-read the same config and vocabulary for every one of them."""
    try:
        st = os.stat(path)
        key = (loader.__name__, os.path.abspath(path), st.st_mtime_ns, st.st_size)
    except OSError:
        return loader(path)  # let the loader report the problem
    if key not in _CACHE:
        _CACHE[key] = loader(path)
    return _CACHE[key]


def _unique(items: Iterable[str]) -> Iterable[str]:
    return dict.fromkeys(items)


def _relative(filename: str, root: str) -> str:
    rel = os.path.relpath(os.path.abspath(filename), root)
    return rel.replace(os.sep, "/")


def glob_match(glob: str, rel: str) -> bool:
    """gitignore-like: no "/" in the glob matches the file name anywhere; "**" spans folders."""
    if "/" not in glob.strip("/"):
        return bool(_glob_re(glob.strip("/")).fullmatch(rel.rsplit("/", 1)[-1]))
    return bool(_glob_re(glob.lstrip("/")).fullmatch(rel))


def _glob_re(glob: str) -> Pattern[str]:
    out, i = [], 0
    while i < len(glob):
        if glob.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif glob.startswith("**", i):
            out.append(".*")
            i += 2
        elif glob[i] == "*":
            out.append("[^/]*")
            i += 1
        elif glob[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(glob[i]))
            i += 1
    return re.compile("".join(out))
