"""Rule declarations: every rule states its id, category, severity, description and examples.

The examples are data next to the rule; `tests/test_rule_examples.py` collects every rule's
examples into one table test (proselint's approach).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from .findings import CATEGORIES, SEVERITIES, Finding


@dataclass(frozen=True, slots=True)
class Example:
    """`text` should flag (with `suggestion` first, if given) or should pass.

    `span`, if given, is the substring that a finding of this rule must cover.
    """

    text: str
    flag: bool
    suggestion: str | None = None
    span: str | None = None


def flags(text: str, suggestion: str | None = None, span: str | None = None) -> Example:
    return Example(text, True, suggestion, span)


def passes(text: str) -> Example:
    return Example(text, False)


@dataclass(frozen=True)
class Rule:
    """A rule. `fix` is the lowest fix level at which its findings may be applied:
    "safe", "suggested", "all" or "never"."""

    id: str
    category: str
    severity: str
    description: str
    examples: tuple[Example, ...] = ()
    fix: str = "safe"
    default_enabled: bool = True
    tags: tuple[str, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        assert self.category in CATEGORIES, self.category
        assert self.severity in SEVERITIES, self.severity
        assert self.fix in ("safe", "suggested", "all", "never"), self.fix

    def finding(self, start: int, end: int, message: str, suggestions: Iterable[str] = (),
                confidence: float = 0.8, severity: str | None = None, source: str = "") -> Finding:
        return Finding(start, end, self.category, self.id, message, tuple(suggestions),
                       confidence, severity or self.severity, source)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "category": self.category, "severity": self.severity,
                "description": self.description, "fix": self.fix}
