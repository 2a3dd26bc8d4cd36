"""JSON report, versioned by `schema_version` (see docs/json-schema.md)."""
from __future__ import annotations

import json
from typing import Any

from . import SCHEMA_VERSION, FileResult, finding_dicts


def to_dict(results: list[FileResult], errors: list[str] | None = None) -> dict[str, Any]:
    from .. import __version__

    files = []
    totals: dict[str, int] = {}
    for r in results:
        summary = r.report.summary
        for k, v in summary.items():
            totals[k] = totals.get(k, 0) + v
        files.append({
            "path": r.path,
            "findings": finding_dicts(r),
            "summary": summary,
            "scores": dict(r.report.scores),
            "verdicts": list(r.report.verdicts),
            "readability": r.readability(),
        })
    return {"schema_version": SCHEMA_VERSION, "tool": {"name": "cleantext", "version": __version__},
            "files": files, "totals": totals, "errors": list(errors or [])}


def render(results: list[FileResult], *, errors: list[str] | None = None, **_: Any) -> str:
    return json.dumps(to_dict(results, errors), ensure_ascii=False, indent=2) + "\n"
