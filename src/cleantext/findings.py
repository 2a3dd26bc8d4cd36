"""Core result types: Finding, Report, Change and FixResult.

A `Finding` is immutable and always points into the caller's original string: `text[f.start:f.end]`
is the flagged span, and each suggestion is a replacement for exactly that span.
"""
from __future__ import annotations

import dataclasses
import difflib
import math
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Mapping

CATEGORIES = ("typo", "grammar", "spin", "degeneration", "encoding", "style")
SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in the text.

    `suggestions` are replacement strings for `text[start:end]`, best first; an empty string means
    "delete this span". `source` names where the evidence came from (for example a user spin list).
    """

    start: int
    end: int
    category: str
    rule: str
    message: str
    suggestions: tuple[str, ...] = ()
    confidence: float = 0.5
    severity: str = "warning"
    source: str = ""

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise ValueError(f"unknown category {self.category!r}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")
        if not isinstance(self.suggestions, tuple):
            object.__setattr__(self, "suggestions", tuple(self.suggestions))
        c = float(self.confidence)
        if not math.isfinite(c):
            c = 0.0
        object.__setattr__(self, "confidence", min(1.0, max(0.0, c)))

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "category": self.category,
            "rule": self.rule,
            "message": self.message,
            "suggestions": list(self.suggestions),
            "confidence": round(self.confidence, 4),
            "severity": self.severity,
            **({"source": self.source} if self.source else {}),
        }

    def with_(self, **changes: Any) -> "Finding":
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class Report:
    """The result of `check()`: findings sorted by start, document scores and lazy readability."""

    text: str
    findings: list[Finding]
    scores: Mapping[str, float] = field(default_factory=dict)
    verdicts: tuple[str, ...] = ()

    @cached_property
    def readability(self) -> dict[str, float]:
        # Computed on first access so that check() itself never pays for textstat's import.
        from .readability_metrics import readability_of_text

        return readability_of_text(self.text)

    @property
    def summary(self) -> dict[str, int]:
        counts = {c: 0 for c in CATEGORIES}
        for f in self.findings:
            counts[f.category] += 1
        return counts

    def to_dict(self, *, include_readability: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "findings": [f.to_dict() for f in self.findings],
            "summary": self.summary,
            "scores": dict(self.scores),
            "verdicts": list(self.verdicts),
        }
        if include_readability:
            out["readability"] = self.readability
        return out


@dataclass(frozen=True, slots=True)
class Change:
    """One edit that `fix()` made. `start`/`end` index the original text."""

    start: int
    end: int
    original: str
    replacement: str
    finding: Finding

    def explain(self) -> str:
        f = self.finding
        return (f"{self.original!r} -> {self.replacement!r}  [{f.rule}] "
                f"confidence {f.confidence:.2f}: {f.message}")


@dataclass(frozen=True)
class FixResult:
    original: str
    text: str
    applied: list[Change]
    skipped: list[Finding]
    report: Report
    passes: int = 1  # check-and-apply rounds until nothing more applied (a later round can fix
    # text that an earlier round produced; its changes are mapped back to original offsets)

    @cached_property
    def readability_before(self) -> dict[str, float]:
        return self.report.readability

    @cached_property
    def readability_after(self) -> dict[str, float]:
        if self.text == self.original:
            return dict(self.readability_before)
        from .readability_metrics import readability_of_text

        return readability_of_text(self.text)

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def diff(self, fromfile: str = "original", tofile: str = "fixed") -> str:
        a = self.original.splitlines(keepends=True)
        b = self.text.splitlines(keepends=True)
        return "".join(difflib.unified_diff(a, b, fromfile=fromfile, tofile=tofile))

    def explain(self) -> list[str]:
        return [c.explain() for c in self.applied]
