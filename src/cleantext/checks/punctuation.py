"""Punctuation: double hyphens used as dashes ("2023-- 24", "tensions-- and")."""
from __future__ import annotations

import re
from typing import Iterator

from ..document import Document
from ..findings import Finding
from ..rules import Rule, flags, passes

DOUBLE_HYPHEN = Rule(
    "punctuation.double_hyphen", "style", "warning",
    "A double hyphen used as a dash: an en dash for ranges, an em dash in sentences.",
    (
        flags("By 2023-- 24, trust had eroded.", "\u2013", span="-- "),
        flags("It is about calculation-- and those are shifting.", "\u2014", span="-- "),
        flags("It was late -- very late.", " \u2014 ", span=" -- "),
        passes("Run the tool with --help or --version."),
        passes("A rule:\n\n---\n\nThe end."),
        passes("The years 2023\u201324 were hard \u2014 very hard."),
    ),
    fix="suggested",
)
RULES = (DOUBLE_HYPHEN,)


def run(doc: Document, ctx) -> Iterator[Finding]:
    prose = doc.prose
    if "--" not in prose:
        return
    for m in re.finditer(r"[ \t]?(?<!-)--(?!-)[ \t]?", prose):
        s, e = m.span()
        before = prose[s - 1] if s > 0 else ""
        after = prose[e] if e < len(prose) else ""
        if not before or not after or before.isspace() or after.isspace():
            continue
        if before == "-" or after == "-":
            continue
        lead, trail = m.group().startswith((" ", "\t")), m.group().endswith((" ", "\t"))
        if lead and not trail and after.isalpha():  # a command-line option: "--help"
            continue
        if before.isdigit() and after.isdigit():
            rep, msg = "\u2013", "Use an en dash for a range"
        elif lead and trail:
            rep, msg = " \u2014 ", "Use an em dash, not a double hyphen"
        else:
            rep, msg = "\u2014", "Use an em dash, not a double hyphen"
        yield DOUBLE_HYPHEN.finding(s, e, f"{msg}: {m.group().strip()!r}.", [rep], 0.85)
