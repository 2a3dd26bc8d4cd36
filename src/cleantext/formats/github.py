"""GitHub Actions workflow commands: one `::warning file=…,line=…,col=…::message` per finding.

Escaping follows the Actions toolkit: in the message `%`, CR and LF are percent-encoded; in
property values `:` and `,` are too, so a hostile file name or message cannot end the command
early or start a new one.
"""
from __future__ import annotations

from typing import Any

from . import FileResult

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render(results: list[FileResult], *, errors: list[str] | None = None, **_: Any) -> str:
    out = []
    for r in results:
        path = "stdin" if r.path in ("-", "<stdin>") else r.path
        for f in r.report.findings:
            line, col = r.line_col(f.start)
            end_line, end_col = r.line_col(f.end)
            props = {"file": path, "line": line, "col": col, "endLine": end_line, "endColumn": end_col,
                     "title": f"cleantext {f.rule}"}
            message = f.message
            if f.suggestions:
                message += " Suggestion: " + ", ".join(repr(s) for s in f.suggestions[:3])
            message += f" (confidence {f.confidence:.2f})"
            prop_text = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
            out.append(f"::{COMMANDS[f.severity]} {prop_text}::{escape_data(message)}")
    for e in errors or []:
        out.append(f"::error title=cleantext::{escape_data(e)}")
    return "\n".join(out) + ("\n" if out else "")
