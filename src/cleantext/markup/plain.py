"""Plain text: prose, except code marked with backticks, which plain text borrows from Markdown
(commit messages, tickets, e-mails, README.txt files): a fenced block (a line of three or more
backticks or tildes, up to the closing fence) and an inline code span (`x`, ``x``) are blanked
like the Markdown front end blanks them, so "`linear_model.Ridge`" or "`frobnicte --fast`" are
never read as prose. A span must open after a non-word character and before a non-space, and close
within its paragraph on a backtick run of the same length after a non-space. Quotation marks of
TeX and tokenised corpora are no code: "don`t", "`` I am sorry ''", "``Go,'' he said" and a
stray backtick stay text. The engine's `cleantext: ignore` marker applies as everywhere. Linear
in the text: a paragraph searched in vain for a closer of some width is not searched again.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .blanking import blank_canvas

_FENCE = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})[^\n]*$", re.MULTILINE)
_RUN = re.compile(r"`+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def load(text: str, *, skip_blockquotes: bool = False) -> tuple[str, list]:
    if "`" not in text and "~~~" not in text:
        return text, []
    spans = code_spans(text)
    if not spans:
        return text, []
    prose = list(text)
    for start, end in spans:
        prose[start:end] = blank_canvas(text[start:end])
    return "".join(prose), []


def code_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every fenced block and inline code span, in order, not overlapping."""
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    for m in _FENCE.finditer(text):
        if m.start() < pos:
            continue
        fence = m.group(1)
        closing = re.compile(rf"^[ ]{{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.MULTILINE)
        c = closing.search(text, m.end() + 1) if m.end() < n else None
        end = c.end() if c else n  # an unclosed fence runs to the end, as in Markdown
        spans.extend(_inline(text, pos, m.start()))
        spans.append((m.start(), end))
        pos = end
    spans.extend(_inline(text, pos, n))
    return spans


def _inline(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    no_closer: dict[int, int] = {}  # width -> the end of the paragraph that has no closer of it left
    breaks = [b.start() for b in _BLANK_LINE.finditer(text, start, end)]  # paragraph ends
    i = start
    while True:
        m = _RUN.search(text, i, end)
        if m is None:
            return out
        i = m.end()
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "`"):
            continue  # "don`t": a backtick for an apostrophe, not code
        if m.end() >= end or text[m.end()].isspace():
            continue  # "`` I am sorry ''": a quotation mark of tokenised text
        width = m.end() - m.start()
        k = bisect_right(breaks, m.end())
        limit = min(breaks[k], end) if k < len(breaks) else end
        if no_closer.get(width) == limit:
            continue
        j = m.end()
        while True:
            c = _RUN.search(text, j, limit)
            if c is None:
                no_closer[width] = limit
                break
            if c.end() - c.start() == width and not text[c.start() - 1].isspace():
                if "'" * width not in text[m.end():c.start()]:
                    out.append((m.start(), c.end()))
                    i = c.end()
                break  # ``quoted'' text, or a closer: either way this opener is settled
            j = c.end()
