"""Suppression comments shared by the Markdown and HTML front ends.

    <!-- cleantext off --> ... <!-- cleantext on -->
    <!-- cleantext disable RULE[,RULE] --> ... <!-- cleantext enable RULE[,RULE] -->

A region that is never closed runs to the end of the file, as in Vale. `enable` without rules
closes every open `disable`. The result is the engine's suppressed-range format:
(start, end, None) for everything, (start, end, frozenset({rule})) for named rules or prefixes.
"""
from __future__ import annotations

import re

DIRECTIVE = re.compile(r"<!--\s*cleantext\s+(off|on|disable|enable)\b([^>]*?)\s*-->", re.IGNORECASE)

Range = tuple[int, int, "frozenset[str] | None"]


def parse_comment(comment: str, start: int, end: int) -> tuple[int, int, str, tuple[str, ...]] | None:
    """A directive found in the comment text `comment` (with its <!-- -->) spanning start..end."""
    m = DIRECTIVE.fullmatch(comment.strip())
    if not m:
        return None
    rules = tuple(r for r in re.split(r"[\s,]+", m.group(2).strip()) if r)
    return start, end, m.group(1).lower(), rules


def ranges(directives: list[tuple[int, int, str, tuple[str, ...]]], length: int) -> list[Range]:
    out: list[Range] = []
    off_since: int | None = None
    disabled: dict[str, int] = {}
    for start, end, verb, rules in sorted(directives):
        if verb == "off" and off_since is None:
            off_since = end
        elif verb == "on" and off_since is not None:
            out.append((off_since, start, None))
            off_since = None
        elif verb == "disable":
            for r in rules:
                disabled.setdefault(r, end)
        elif verb == "enable":
            for r in (rules or tuple(disabled)):
                if r in disabled:
                    out.append((disabled.pop(r), start, frozenset([r])))
    if off_since is not None:
        out.append((off_since, length, None))
    out.extend((since, length, frozenset([r])) for r, since in disabled.items())
    return out
