"""Markup front ends: turn Markdown, HTML or plain text into (prose, suppressed ranges).

`prose` has the length of the text with non-prose blanked, so every offset a check reports still
indexes the original file. `suppressed` holds the ranges of suppression comments in the engine's
format. The front ends import their parsers lazily: `import cleantext` never pays for them.

    >>> report = check("Some `wiht` code and a wiht typo.", format="markdown")
    >>> [f.start for f in report.findings if f.rule == "typo.nonword"]
    [23]
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Iterable, Pattern

from ..config import DEFAULT, Config
from ..document import Document
from ..findings import Finding, FixResult, Report
from .blanking import blanked

FORMATS = ("plain", "markdown", "html")
SUFFIXES = {
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown", ".mdx": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}


def detect(path: str | None, default: str = "plain") -> str:
    """The front end for a file name, by suffix: markdown, html, or `default`."""
    if not path:
        return default
    return SUFFIXES.get(os.path.splitext(path)[1].lower(), default)


def load(text: str, fmt: str = "plain", *, skip_blockquotes: bool = False) -> tuple[str, list]:
    """(prose, suppressed) for `text` read as `fmt` ("plain", "markdown" or "html")."""
    if fmt == "markdown":
        from .markdown import load as _load
    elif fmt == "html":
        from .html import load as _load
    elif fmt == "plain":
        from .plain import load as _load
    else:
        raise ValueError(f"unknown input format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return _load(text, skip_blockquotes=skip_blockquotes)


@dataclass(frozen=True)
class MarkupReport(Report):
    """A Report whose readability is measured on the prose only (code and markup left out)."""

    prose: str = ""

    @cached_property
    def readability(self) -> dict[str, float]:
        from ..readability_metrics import readability_of_text

        return readability_of_text(self.text, self.prose or None)


@dataclass(frozen=True)
class MarkupFixResult(FixResult):
    format: str = "plain"
    skip_blockquotes: bool = False

    @cached_property
    def readability_after(self) -> dict[str, float]:
        if self.text == self.original:
            return dict(self.readability_before)
        from ..readability_metrics import readability_of_text

        prose, _ = load(self.text, self.format, skip_blockquotes=self.skip_blockquotes)
        return readability_of_text(self.text, prose)


def check(text: str, config: Config | None = None, *, format: str = "plain",
          accept_patterns: Iterable[Pattern[str]] = ()) -> MarkupReport:
    """Check `text` read as `format`. Offsets index `text` itself.

    Findings that begin or end on non-prose (a blanked code span, a URL) are dropped: they are
    artefacts of the blanking, never real slips. `accept_patterns` are compiled regular
    expressions; a finding whose flagged text matches one in full is dropped (accept files).
    """
    return analyse(text, config, format=format, accept_patterns=accept_patterns)[1]


def analyse(text: str, config: Config | None = None, *, format: str = "plain",
            accept_patterns: Iterable[Pattern[str]] = ()) -> tuple[Document, MarkupReport]:
    """`check`, also returning the Document (for line:column in reports)."""
    from ..engine import _guard, check_document

    config = config or DEFAULT
    _guard(text, config)
    prose, suppressed = load(text, format, skip_blockquotes=config.skip_blockquotes)
    doc = Document(text, prose)
    report = check_document(doc, config, suppressed=suppressed)
    patterns = tuple(accept_patterns)
    kept = [f for f in report.findings
            if not _on_markup(f, text, prose) and not _accepted(text[f.start:f.end], patterns)]
    return doc, MarkupReport(text, kept, report.scores, report.verdicts, prose if prose != text else "")


def checker(format: str = "plain", accept_patterns: Iterable[Pattern[str]] = ()) -> Callable[[str, Config], Report]:
    """A `checker(text, config)` for `fixer.fix`, so every fix pass reads the text the same way."""
    patterns = tuple(accept_patterns)
    return lambda text, config: check(text, config, format=format, accept_patterns=patterns)


def fix(text: str, config: Config | None = None, *, format: str = "plain",
        accept_patterns: Iterable[Pattern[str]] = (), report: Report | None = None) -> MarkupFixResult:
    """`cleantext.fix` through a front end: code, URLs and suppressed regions are never changed."""
    from ..fixer import fix as _fix

    config = config or DEFAULT
    res = _fix(text, config, checker=checker(format, accept_patterns), report=report)
    return MarkupFixResult(res.original, res.text, res.applied, res.skipped, res.report, passes=res.passes,
                           format=format, skip_blockquotes=config.skip_blockquotes)


def _on_markup(f: Finding, text: str, prose: str) -> bool:
    if prose is text or prose == text:
        return False
    if f.end > f.start:
        if blanked(text, prose, f.start) or blanked(text, prose, f.end - 1):
            return True
        # A finding about spacing whose span crosses markup ("a | b" in a table row).
        return not prose[f.start:f.end].strip() and prose[f.start:f.end] != text[f.start:f.end]
    return blanked(text, prose, f.start - 1) or blanked(text, prose, f.start)


def _accepted(span: str, patterns: tuple[Pattern[str], ...]) -> bool:
    s = span.strip()
    return bool(patterns) and any(p.fullmatch(s) for p in patterns)

