"""One self-contained HTML report for editors.

Per file: the text with findings highlighted by category (tooltips give rule, message,
suggestions and confidence), the list of findings, the readability table before and after the
safe fixes, and the document scores. A category filter hides highlights and rows.

Everything taken from the user (text, paths, messages, suggestions) goes through `html.escape`
and is only ever placed in element content or quoted attributes; the report never links to user
content. A Content-Security-Policy allows only the report's own inline script (by hash) and style,
so even a mistake in escaping could not run script or load anything.
"""
from __future__ import annotations

import base64
import hashlib
from html import escape
from typing import Any

from ..findings import CATEGORIES
from . import FileResult
from .text import READABILITY_ROWS

COLOURS = {"typo": "#ffd54f", "grammar": "#81d4fa", "spin": "#f48fb1", "degeneration": "#ce93d8",
           "encoding": "#ffab91", "style": "#a5d6a7"}

_SCRIPT = """
(function () {
  var boxes = document.querySelectorAll('input.cat-filter');
  function apply() {
    var hidden = {};
    boxes.forEach(function (b) { if (!b.checked) hidden[b.value] = true; });
    document.querySelectorAll('[data-cats]').forEach(function (el) {
      var cats = el.getAttribute('data-cats').split(' ');
      var off = cats.every(function (c) { return hidden[c]; });
      el.classList.toggle('off', off);
    });
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  apply();
})();
"""

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#222}
h1{font-size:1.4em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:2em}
.doc{white-space:pre-wrap;word-wrap:break-word;font:14px/1.6 ui-monospace,monospace;background:#fafafa;
  border:1px solid #ddd;padding:1em}
mark{border-radius:2px;position:relative;cursor:help;color:inherit}
mark.zw{display:inline-block;width:0;border-left:3px solid #e53935;height:1em;vertical-align:text-bottom}
mark.off,mark.off.zw{background:none!important;border-left:none;cursor:auto}
tr.off{display:none}
mark .tip{display:none;position:absolute;left:0;top:1.6em;z-index:10;min-width:18em;max-width:32em;
  white-space:normal;background:#263238;color:#fff;padding:.5em .7em;border-radius:4px;font:13px/1.4 system-ui}
mark:hover .tip,mark:focus .tip{display:block}mark.off .tip{display:none!important}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ddd;padding:.2em .6em;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}.filters label{margin-right:1em}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:middle}
"""


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(_SCRIPT.encode()).digest()).decode()
    return (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; "
            "img-src 'none'; base-uri 'none'; form-action 'none'")


def _cat_style() -> str:
    return "".join(f"mark.cat-{c}{{background:{col}}}.swatch.cat-{c}{{background:{col}}}"
                   for c, col in COLOURS.items())


def _tip(findings: list) -> str:
    parts = []
    for f in findings:
        sugg = ", ".join(_shown(s) for s in f.suggestions[:5])
        parts.append(f"{f.category} [{f.rule}] {f.message}"
                     + (f" \u2192 {sugg}" if sugg else "") + f" (confidence {f.confidence:.2f})")
    return "\n".join(parts)


def highlighted(text: str, findings: list) -> str:
    """The text as HTML with each stretch covered by findings wrapped in one <mark>."""
    points = {0, len(text)}
    for f in findings:
        points.update((f.start, f.end))
    cuts = sorted(points)
    zero: dict[int, list] = {}
    for f in findings:
        if f.start == f.end:
            zero.setdefault(f.start, []).append(f)
    spans = sorted((f for f in findings if f.start < f.end), key=lambda f: f.start)
    active: list = []
    k = 0
    out = []
    # A sweep over the cut points: every finding's end is a cut, so the findings still open at a
    # cut cover the whole stretch up to the next one (linear, not findings x stretches).
    for a, b in zip(cuts, cuts[1:] + [None]):
        if a in zero:
            out.append(_mark(zero[a], "", zw=True))
        if b is None:
            break
        while k < len(spans) and spans[k].start <= a:
            active.append(spans[k])
            k += 1
        active = [f for f in active if f.end > a]
        seg = text[a:b]
        out.append(_mark(active, seg) if active else escape(seg))
    return "".join(out)


def _shown(s: str) -> str:
    return repr(s) if not s or s.strip() != s else s


def _mark(cover: list, seg: str, zw: bool = False) -> str:
    cats = sorted({f.category for f in cover})
    classes = " ".join(["f"] + [f"cat-{cats[0]}"] + (["zw"] if zw else []))
    tip = _tip(cover)
    return (f'<mark class="{classes}" data-cats="{escape(" ".join(cats))}" tabindex="0" '
            f'title="{escape(tip)}">{escape(seg)}<span class="tip">{escape(tip).replace(chr(10), "<br>")}</span>'
            "</mark>")


def _readability(r: FileResult) -> str:
    rb = r.readability()
    before, after = rb["before"], rb["after"]
    rows = []
    for key, label in READABILITY_ROWS:
        if key not in before:
            continue
        b, a = float(before[key]), float(after.get(key, before[key]))
        rows.append(f"<tr><td>{escape(label)}</td><td class=n>{b:.2f}</td><td class=n>{a:.2f}</td>"
                    f"<td class=n>{a - b:+.2f}</td></tr>")
    return ("<table class=readability><tr><th>readability</th><th>before</th><th>after</th><th>delta</th></tr>"
            + "".join(rows) + "</table>")


def _scores(r: FileResult) -> str:
    rows = "".join(f"<tr><td>{escape(str(k))}</td><td class=n>{float(v):.3f}</td></tr>"
                   for k, v in sorted(r.report.scores.items()))
    verdicts = "".join(f"<li>{escape(v)}</li>" for v in r.report.verdicts)
    out = f"<table class=scores><tr><th>score</th><th>value</th></tr>{rows}</table>" if rows else \
        "<p>No document scores.</p>"
    return out + (f"<ul class=verdicts>{verdicts}</ul>" if verdicts else "")


def _findings_table(r: FileResult) -> str:
    rows = []
    for f in r.report.findings:
        line, col = r.line_col(f.start)
        sugg = ", ".join(_shown(s) for s in f.suggestions[:5])
        rows.append(
            f'<tr data-cats="{escape(f.category)}"><td>{line}:{col}</td><td>'
            f'<span class="swatch cat-{escape(f.category)}"></span> {escape(f.category)}</td>'
            f"<td>{escape(f.severity)}</td><td><code>{escape(f.rule)}</code></td><td>{escape(f.message)}</td>"
            f"<td>{escape(sugg)}</td><td class=n>{f.confidence:.2f}</td></tr>")
    if not rows:
        return "<p>No findings.</p>"
    return ("<table class=findings><tr><th>at</th><th>category</th><th>severity</th><th>rule</th>"
            "<th>message</th><th>suggestions</th><th>confidence</th></tr>" + "".join(rows) + "</table>")


def render(results: list[FileResult], *, errors: list[str] | None = None, **_: Any) -> str:
    from .. import __version__

    totals = {c: 0 for c in CATEGORIES}
    for r in results:
        for c, n in r.report.summary.items():
            totals[c] += n
    filters = "".join(
        f'<label><input type="checkbox" class="cat-filter" value="{c}" id="filter-{c}" checked> '
        f'<span class="swatch cat-{c}"></span> {c} ({totals[c]})</label>' for c in CATEGORIES)
    body = []
    for i, r in enumerate(results):
        summary = ", ".join(f"{c} {n}" for c, n in r.report.summary.items() if n) or "no findings"
        notes = "".join(f"<p class=note>{escape(n)}</p>" for n in r.notes)
        body.append(
            f'<section class="file" id="file-{i}"><h2>{escape(r.path)}</h2>{notes}'
            f"<p>{len(r.report.findings)} findings: {escape(summary)}</p>"
            f'<div class="doc">{highlighted(r.doc.text, r.report.findings)}</div>'
            f"<h3>Findings</h3>{_findings_table(r)}"
            f"<h3>Readability before and after the safe fixes</h3>{_readability(r)}"
            f"<h3>Document scores</h3>{_scores(r)}</section>")
    errs = "".join(f"<li>{escape(e)}</li>" for e in errors or [])
    return (
        "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
        f'<meta http-equiv="Content-Security-Policy" content="{_csp()}">'
        '<meta name=viewport content="width=device-width, initial-scale=1">'
        f"<title>cleantext report</title><style>{_STYLE}{_cat_style()}</style></head><body>"
        f"<h1>cleantext report</h1><p>cleantext {escape(__version__)}: {len(results)} file(s), "
        f"{sum(totals.values())} finding(s).</p>"
        f'<div class="filters">Show: {filters}</div>'
        + (f"<h2>Errors</h2><ul class=errors>{errs}</ul>" if errs else "")
        + "".join(body)
        + f"<script>{_SCRIPT}</script></body></html>\n")
