"""Renderers: turn per-file results into text, JSON and other report formats.

Each renderer is a pure function `render(results, options) -> str`; the CLI only picks one.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from ..document import Document
from ..findings import FixResult, Report

SCHEMA_VERSION = 1


@dataclass
class FileResult:
    path: str
    doc: Document
    report: Report
    fixed: FixResult | None = None
    notes: list[str] = field(default_factory=list)

    def line_col(self, offset: int) -> tuple[int, int]:
        return self.doc.line_col(offset)

    def readability(self) -> dict[str, dict[str, float]]:
        before = self.report.readability
        after = self.fixed.readability_after if self.fixed is not None else before
        return {"before": before, "after": after}


def finding_dicts(r: FileResult) -> list[dict[str, Any]]:
    out = []
    for f in r.report.findings:
        d = f.to_dict()
        line, col = r.line_col(f.start)
        end_line, end_col = r.line_col(f.end)
        d.update(line=line, column=col, end_line=end_line, end_column=end_col,
                 text=r.doc.text[f.start:f.end])
        out.append(d)
    return out


def renderer(name: str) -> Callable[..., str]:
    """The render function of a format; each module is imported only when asked for."""
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}; choose one of {', '.join(FORMATS)}")
    import importlib

    return importlib.import_module(f"{__name__}.{name}").render


FORMATS = ("text", "json", "sarif", "github", "html")
