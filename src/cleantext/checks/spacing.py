"""Spacing: a missing space after punctuation ("significantly,raising"), doubled spaces inside a
line, and a space before punctuation. Numbers, decimals, URLs, e-mail addresses and
abbreviations such as "U.S." are separate tokens in the Document, so they never match."""
from __future__ import annotations

import re
from typing import Iterator

from ..document import Document, Token
from ..findings import Finding
from ..rules import Rule, flags, passes
from .spin.words import FUNCTION_WORDS

MISSING = Rule(
    "spacing.missing_space", "typo", "warning",
    "No space after a comma, semicolon, colon or full stop between two words.",
    (
        flags("Tensions escalated significantly,raising concerns.", ", ", span=","),
        flags("We waited;nobody came.", "; ", span=";"),
        flags("It ended badly.Nobody was surprised.", ". ", span="."),
        flags("The offices reopen on Monday.Please call ahead.", ". ", span="."),
        flags("We met in Berlin.The talks went well.", ". ", span="."),
        passes("It cost 1,000 dollars, or 3.5 per cent of 2,500.50 euros."),
        passes("See https://example.com/a,b;c and mail a.b@example.org today."),
        passes("The U.S. and the U.K. signed it at 10:30 on 3.4.2024."),
        passes("Use the file config.yaml with Node.js and ASP.NET."),
        passes("Call System.Console and Assert.That(x) or Is.Not in the tests; see Foo.Bar too."),
    ),
)
DOUBLE = Rule(
    "spacing.double_space", "style", "info",
    "Two or more spaces between words.",
    (
        flags("The  report was late.", " ", span="  "),
        passes("The report was late.  Two spaces after a full stop are a convention."),
        passes("    Indented lines are left alone."),
    ),
)
BEFORE = Rule(
    "spacing.space_before_punct", "style", "info",
    "A space before a comma, full stop, semicolon, colon, question or exclamation mark.",
    (
        flags("The report was late , again.", "", span=" "),
        flags("Why was it late ?", "", span=" "),
        passes("He paused ... and went on."),
        passes("We use .NET and the .com domain."),
        passes("Prices: see below. Quotes \u201cend.\u201d Fine."),
    ),
)
RULES = (MISSING, DOUBLE, BEFORE)

_AFTER = {",": 0.92, ";": 0.92, ":": 0.75, ".": 0.8, "!": 0.8, "?": 0.8}
_WORDISH = ("word", "acronym")
_SPACES = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")


def run(doc: Document, ctx) -> Iterator[Finding]:
    toks = doc.tokens
    text = doc.text
    n = len(toks)
    for i, t in enumerate(toks):
        if t.kind != "punct" or t.text not in _AFTER:
            continue
        prev = toks[i - 1] if i else None
        nxt = toks[i + 1] if i + 1 < n else None
        if prev is not None and nxt is not None and prev.end == t.start and nxt.start == t.end:
            f = _missing(t, prev, nxt, toks[i + 2] if i + 2 < n else None)
            if f:
                yield f
        if prev is not None and prev.kind in ("word", "acronym", "number") and t.start > prev.end:
            gap = text[prev.end:t.start]
            if gap.strip(" ") == "" and "\n" not in gap and _space_before_ok(toks, i, text):
                yield BEFORE.finding(prev.end, t.start, f"Space before {t.text!r}.", [""], 0.85)
    for m in _SPACES.finditer(doc.prose):
        before = doc.prose[m.start() - 1]
        if before in ".!?:" or "\n" in m.group():
            continue
        line_start = doc.prose.rfind("\n", 0, m.start()) + 1
        if doc.prose[line_start:m.start()].strip() == "":
            continue
        if len(m.group()) > 3:  # column alignment, not a slip
            continue
        yield DOUBLE.finding(m.start(), m.end(), "Doubled space between words.", [" "], 0.85)


def _missing(t: Token, prev: Token, nxt: Token, after: Token | None) -> Finding | None:
    if prev.kind not in _WORDISH or nxt.kind not in _WORDISH:
        return None
    if len(prev.text) < 2 or len(nxt.text) < 2:
        return None
    conf = _AFTER[t.text]
    if t.text in ".!?":
        # "It ended badly.Nobody": a lower-case word followed by a capitalised word; or "on
        # Monday.Please": a capitalised word, not a function word, followed by a word that opens
        # sentences and never names a member in code ("System.Console", "Is.Not", "Assert.That")
        if not (nxt.text[0].isupper() and not nxt.text.isupper()):
            return None
        if nxt.text[1:].lower() != nxt.text[1:] or prev.lower in ("js", "net", "io", "py"):
            return None
        if not prev.text.islower() and not (
                prev.text[:1].isupper() and prev.text[1:].islower() and len(prev.text) >= 3
                and prev.lower not in FUNCTION_WORDS and nxt.lower in _OPENERS and (after is None or after.start > nxt.end)):
            return None
    elif t.text == ":":
        if not (nxt.text.islower() and prev.text.isalpha()):
            return None
    elif not (prev.text[-1].isalpha() and nxt.text[0].isalpha()):
        return None
    joined = f"{prev.text}{t.text}{nxt.text}"
    return MISSING.finding(t.start, t.end, f"Missing space after {t.text!r} in {joined!r}.", [t.text + " "], conf)


# Words that open a sentence after "Monday.": determiners, pronouns, conjunctions and "please".
_OPENERS = frozenset("""the this these those it we they he she you our their his her there then but and so
yet however please in on at after before when while if an some many most all no one both each what how why
who where its my your""".split())


def _space_before_ok(toks: list[Token], i: int, text: str) -> bool:
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.start == t.end and (nxt.kind != "punct" or nxt.text in ".\u2026"):
        return False  # ".NET", " ...", " .com"
    if t.text == "." and i + 1 < len(toks) and toks[i + 1].text == ".":
        return False
    if i >= 2 and toks[i - 1].text in ("...", "\u2026"):
        return False
    return True
