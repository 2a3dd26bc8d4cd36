"""Apply chosen findings, explain each change, and guarantee idempotence.

`fix()` applies non-overlapping findings that pass the fix policy, checks the result again, and
repeats until nothing more applies (at most a few passes), so `fix(fix(x)).text == fix(x).text`.
Every change records the finding that caused it, with offsets into the original text.
"""
from __future__ import annotations

import bisect
from typing import Callable

from . import checks
from .config import DEFAULT, Config
from .findings import Change, Finding, FixResult, Report

LEVEL_RANK = {"safe": 0, "suggested": 1, "all": 2, "never": 99}
MAX_PASSES = 6


def fixable(f: Finding, config: Config, rule_fix_level: str, text: str) -> bool:
    """The fix policy: a finding is applied when its rule's fix level is within the configured
    level, it is confident enough, and it has exactly one suggestion (at level "all": a first
    suggestion). Deleting words is never automatic: an empty suggestion is applied only to spans
    without letters or digits (stray spaces, control characters)."""
    if LEVEL_RANK[rule_fix_level] > LEVEL_RANK[config.fix_level]:
        return False
    if not f.suggestions:
        return False
    if f.suggestions[0] == "" and any(c.isalnum() for c in text[f.start:f.end]):
        return False
    if config.fix_level == "all":
        return f.confidence >= config.min_confidence
    return len(f.suggestions) == 1 and f.confidence >= config.fix_threshold


def select(findings: list[Finding], config: Config, text: str) -> tuple[list[Finding], list[Finding]]:
    rules = checks.all_rules()
    candidates, skipped = [], []
    for f in findings:
        rule = rules.get(f.rule)
        level = rule.fix if rule else "all"
        (candidates if fixable(f, config, level, text) else skipped).append(f)
    chosen: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for f in sorted(candidates, key=lambda f: (-f.confidence, f.start)):
        if any(_overlap(f.start, f.end, s, e) for s, e in taken):
            skipped.append(f)
            continue
        chosen.append(f)
        taken.append((f.start, f.end))
    chosen.sort(key=lambda f: f.start)
    return chosen, skipped


def _overlap(a: int, b: int, c: int, d: int) -> bool:
    if a == b or c == d:  # zero-width insertions conflict with anything touching them
        return c <= a <= d or a <= c <= b
    return a < d and c < b


def apply(text: str, chosen: list[Finding]) -> tuple[str, list[tuple[int, int, int, int]]]:
    """Apply the (non-overlapping, sorted) findings. Returns the new text and the edit map
    [(old_start, old_end, new_start, new_end)]."""
    parts, edits = [], []
    pos = 0
    new_len = 0
    for f in chosen:
        parts.append(text[pos:f.start])
        new_len += f.start - pos
        rep = f.suggestions[0]
        parts.append(rep)
        edits.append((f.start, f.end, new_len, new_len + len(rep)))
        new_len += len(rep)
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts), edits


def _map_back(pos: int, edits: list[tuple[int, int, int, int]], new_starts: list[int], is_end: bool) -> int:
    """Map a position in the text after `edits` back to the text before them. A position inside
    replaced text maps to the start (for a span start) or end (for a span end) of what it replaced."""
    i = bisect.bisect_right(new_starts, pos) - 1
    if i < 0:
        return pos
    os_, oe, ns, ne = edits[i]
    if pos == ns:
        return os_
    if pos >= ne:
        return pos + (oe - ne)
    return oe if is_end else os_


def fix(text: str, config: Config | None = None, *,
        checker: Callable[[str, Config], Report] | None = None, report: Report | None = None) -> FixResult:
    """Fix `text`. `checker(text, config)` checks each pass (plain text by default); `report`, if
    given, is the already computed report of `text` and saves the first check."""
    from .engine import check

    config = config or DEFAULT
    checker = checker or check
    first = report if report is not None and report.text == text else checker(text, config)
    report = first
    current = text
    history: list[tuple[list[tuple[int, int, int, int]], list[int]]] = []
    applied: list[Change] = []
    skipped: list[Finding] = []
    passes = 0
    for n in range(MAX_PASSES):
        chosen, skipped_now = select(report.findings, config, current)
        if n == 0:
            skipped = skipped_now
        if not chosen:
            break
        new, edits = apply(current, chosen)
        if new == current:
            break
        for f in chosen:
            s, e = f.start, f.end
            for h, starts in reversed(history):
                s, e = _map_back(s, h, starts, False), _map_back(e, h, starts, True)
            applied.append(Change(s, e, text[s:e], f.suggestions[0], f))
        history.append((edits, [ns for _, _, ns, _ in edits]))
        passes += 1
        current = new
        report = checker(current, config)
    return FixResult(text, current, applied, skipped, first, max(passes, 1) if applied else 0)
