"""SARIF 2.1.0 for GitHub code scanning and IDEs.

Every registered rule is listed in `tool.driver.rules` (id, descriptions, default level, category),
and every result points at it by `ruleIndex`. Regions carry line/column (in Unicode code points:
`columnKind` says so) and the character offset and length; a finding's first suggestion is also
given as a SARIF `fix`. Unreadable files become tool execution notifications.
"""
from __future__ import annotations

import json
import os
from typing import Any
from urllib.parse import quote

from . import FileResult

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
INFO_URI = "https://pypi.org/project/cleantext/"


def artifact_uri(path: str) -> str:
    if path in ("-", "<stdin>"):
        return "stdin"
    if os.path.isabs(path):
        from pathlib import Path

        return Path(path).as_uri()
    return quote(path.replace(os.sep, "/"))


def _rule_entry(rule_id: str, rule: Any | None, category: str) -> dict[str, Any]:
    if rule is None:
        return {"id": rule_id, "name": rule_id, "shortDescription": {"text": rule_id},
                "properties": {"category": category, "tags": [category]}}
    return {
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": rule.description.split(". ")[0].rstrip(".") + "."},
        "fullDescription": {"text": rule.description},
        "defaultConfiguration": {"level": LEVELS[rule.severity], "enabled": bool(rule.default_enabled)},
        "properties": {"category": rule.category, "tags": [rule.category, *rule.tags], "fix": rule.fix},
    }


def to_dict(results: list[FileResult], errors: list[str] | None = None) -> dict[str, Any]:
    from .. import __version__, checks

    registered = checks.all_rules()
    rules: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for rid, rule in registered.items():
        index[rid] = len(rules)
        rules.append(_rule_entry(rid, rule, rule.category))
    out_results = []
    for r in results:
        uri = artifact_uri(r.path)
        for f in r.report.findings:
            if f.rule not in index:  # e.g. languagetool.* rules, known only at run time
                index[f.rule] = len(rules)
                rules.append(_rule_entry(f.rule, None, f.category))
            line, col = r.line_col(f.start)
            end_line, end_col = r.line_col(f.end)
            region = {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col,
                      "charOffset": f.start, "charLength": f.end - f.start,
                      "snippet": {"text": r.doc.text[f.start:f.end]}}
            message = f.message
            if f.suggestions:
                message += " Suggestion: " + ", ".join(repr(s) for s in f.suggestions[:3]) + "."
            res: dict[str, Any] = {
                "ruleId": f.rule,
                "ruleIndex": index[f.rule],
                "level": LEVELS[f.severity],
                "message": {"text": message},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
                "properties": {"category": f.category, "confidence": round(f.confidence, 4),
                               "suggestions": list(f.suggestions)},
            }
            if f.suggestions:
                res["fixes"] = [{
                    "description": {"text": f"Replace with {f.suggestions[0]!r}"},
                    "artifactChanges": [{"artifactLocation": {"uri": uri}, "replacements": [{
                        "deletedRegion": {"charOffset": f.start, "charLength": f.end - f.start},
                        "insertedContent": {"text": f.suggestions[0]}}]}],
                }]
            out_results.append(res)
    notifications = [{"level": "error", "message": {"text": e}} for e in errors or []]
    invocation = {"executionSuccessful": not errors or bool(results)}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "cleantext", "version": __version__, "semanticVersion": __version__,
                                "informationUri": INFO_URI, "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "invocations": [invocation],
            "results": out_results,
        }],
    }


def render(results: list[FileResult], *, errors: list[str] | None = None, **_: Any) -> str:
    return json.dumps(to_dict(results, errors), ensure_ascii=False, indent=2) + "\n"
