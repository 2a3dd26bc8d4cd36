"""Human-readable report: `path:line:col  category  message  [rule]`, suggestions, readability
before and after, and a summary. Colour only when asked (the CLI asks when stdout is a TTY)."""
from __future__ import annotations

from typing import Any

from . import FileResult

_COLOURS = {"error": "31", "warning": "33", "info": "36", "dim": "2", "bold": "1"}
READABILITY_ROWS = (
    ("flesch_reading_ease", "Flesch reading ease"),
    ("flesch_kincaid_grade", "Flesch-Kincaid grade"),
    ("gunning_fog", "Gunning fog"),
    ("smog_index", "SMOG"),
    ("coleman_liau_index", "Coleman-Liau"),
    ("automated_readability_index", "ARI"),
    ("dale_chall_readability_score", "Dale-Chall"),
    ("words", "words"),
    ("sentences", "sentences"),
    ("mean_sentence_length", "mean sentence length"),
    ("long_sentences_over_25", "sentences > 25 words"),
    ("long_sentences_over_40", "sentences > 40 words"),
)


def _c(s: str, style: str, colour: bool) -> str:
    return f"\x1b[{_COLOURS[style]}m{s}\x1b[0m" if colour else s


def _clean(s: str) -> str:
    """Keep user text on one line and free of terminal escapes."""
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" if ord(ch) < 256 else f"\\u{ord(ch):04x}"
                   for ch in s)


def readability_table(before: dict[str, float], after: dict[str, float]) -> list[str]:
    lines = [f"  {'readability':<24}{'before':>9}{'after':>9}{'delta':>9}"]
    for key, label in READABILITY_ROWS:
        if key not in before:
            continue
        b, a = float(before[key]), float(after.get(key, before[key]))
        lines.append(f"  {label:<24}{b:>9.2f}{a:>9.2f}{a - b:>+9.2f}")
    return lines


def render(results: list[FileResult], *, colour: bool = False, readability: bool = True,
           errors: list[str] | None = None, **_: Any) -> str:
    out: list[str] = []
    total: dict[str, int] = {}
    for r in results:
        for f in r.report.findings:
            line, col = r.line_col(f.start)
            loc = f"{r.path}:{line}:{col}"
            out.append(f"{_c(loc, 'bold', colour)}  {_c(f.category, f.severity, colour)}  "
                       f"{_clean(f.message)}  {_c('[' + f.rule + ']', 'dim', colour)}")
            if f.suggestions:
                shown = ", ".join(repr(s) if s.strip() != s or not s else s for s in f.suggestions[:5])
                out.append(f"    -> {_clean(shown)}  (confidence {f.confidence:.2f})")
            else:
                out.append(f"    (confidence {f.confidence:.2f})")
        summary = r.report.summary
        for k, v in summary.items():
            total[k] = total.get(k, 0) + v
        if readability:
            rb = r.readability()
            out.append(f"{r.path}: readability")
            out.extend(readability_table(rb["before"], rb["after"]))
        for key, value in sorted(r.report.scores.items()):
            out.append(f"  {key}: {value:.3f}")
        for verdict in r.report.verdicts:
            out.append(f"  verdict: {verdict}")
        n = len(r.report.findings)
        parts = ", ".join(f"{k} {v}" for k, v in summary.items() if v)
        out.append(f"{r.path}: {n} finding{'s' if n != 1 else ''}" + (f" ({parts})" if parts else ""))
        out.append("")
    if len(results) > 1:
        n = sum(total.values())
        parts = ", ".join(f"{k} {v}" for k, v in total.items() if v)
        out.append(f"total: {n} finding{'s' if n != 1 else ''} in {len(results)} files" + (f" ({parts})" if parts else ""))
    for e in errors or []:
        out.append(f"error: {e}")
    return "\n".join(out).rstrip("\n") + "\n"
