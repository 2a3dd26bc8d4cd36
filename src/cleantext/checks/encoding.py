"""Encoding damage: mojibake (repaired with ftfy), stray control characters, invisible characters
inside words, and U+FFFD replacement characters."""
from __future__ import annotations

import difflib
import re
from typing import Iterable, Iterator

from ..document import Document
from ..findings import Finding
from ..rules import Rule, flags, passes

MOJIBAKE = Rule(
    "encoding.mojibake", "encoding", "error",
    "Text decoded with the wrong encoding (mojibake); ftfy's repair is suggested.",
    (
        flags("The caf\u00c3\u00a9 opened on Monday.", "caf\u00e9", span="caf\u00c3\u00a9"),
        flags("He said \u00e2\u20ac\u0153hello\u00e2\u20ac\u009d to us.", span="\u00e2\u20ac\u0153hello"),
        passes("The caf\u00e9 opened on Monday."),
        passes("Na\u00efve r\u00e9sum\u00e9s and \u201ccurly quotes\u201d are fine."),
    ),
)
CONTROL = Rule(
    "encoding.control_char", "encoding", "warning",
    "A control character that has no place in prose.",
    (
        flags("The report\x07 was late.", "", span="\x07"),
        flags("Two\x00words.", "", span="\x00"),
        passes("Tabs\tand\nnewlines are fine.\r\n"),
    ),
)
INVISIBLE = Rule(
    "encoding.invisible", "encoding", "warning",
    "An invisible character (zero-width space, word joiner, BOM) inside a word.",
    (
        flags("The com\u200bpany said so.", "", span="\u200b"),
        passes("A family \U0001F468\u200d\U0001F469\u200d\U0001F467 emoji is fine."),
    ),
)
REPLACEMENT = Rule(
    "encoding.replacement_char", "encoding", "warning",
    "U+FFFD: a character was lost when the text was decoded.",
    (flags("The caf\ufffd opened.", span="\ufffd"), passes("The caf\u00e9 opened.")),
    fix="never",
)
RULES = (MOJIBAKE, CONTROL, INVISIBLE, REPLACEMENT)

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")
_INVISIBLE_RE = re.compile(r"(?<=\w)[\u200b\u2060\ufeff](?=\w)")
# Characters that mojibake of UTF-8 read as Latin-1 / cp1252 is made of.
_MOJIBAKE_HINT = re.compile(r"[\u00c2-\u00c5\u00ce\u00cf\u00d0\u00d1\u00d8\u00d9\u00e2\u00e3\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def run(doc: Document, ctx) -> Iterator[Finding]:
    text = doc.text
    if text.isascii():
        yield from _controls(text)
        return
    moji = list(_mojibake(text)) if _MOJIBAKE_HINT.search(text) else []
    for f in _controls(text):
        if not any(m.start <= f.start < m.end for m in moji):
            yield f
    yield from moji
    for m in _INVISIBLE_RE.finditer(text):
        yield INVISIBLE.finding(m.start(), m.end(), f"Invisible character U+{ord(m.group()):04X} inside a word.",
                                [""], 0.9)
    for m in re.finditer("\ufffd", text):
        yield REPLACEMENT.finding(m.start(), m.end(), "Replacement character U+FFFD: a character was lost in decoding.",
                                  (), 0.9)


def _controls(text: str) -> Iterable[Finding]:
    for m in _CONTROL_RE.finditer(text):
        yield CONTROL.finding(m.start(), m.end(), f"Control character U+{ord(m.group()):04X} in the text.", [""], 0.9)


def _mojibake(text: str) -> Iterator[Finding]:
    import ftfy

    cfg = ftfy.TextFixerConfig(unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
                               fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
                               fix_surrogates=False, remove_control_chars=False, normalization=None,
                               explain=False)
    pos = 0
    for line in text.splitlines(keepends=True):
        start = pos
        pos += len(line)
        if not _MOJIBAKE_HINT.search(line):
            continue
        fixed = ftfy.fix_text(line, cfg)
        if fixed == line:
            continue
        for a, b, c, d in _word_diffs(line, fixed):
            yield MOJIBAKE.finding(start + a, start + b, f"Mojibake: {line[a:b]!r} looks like {fixed[c:d]!r} decoded "
                                   "with the wrong encoding.", [fixed[c:d]], 0.95)


def _word_diffs(a: str, b: str) -> Iterator[tuple[int, int, int, int]]:
    """Changed regions between a and b, widened to whole whitespace-delimited words."""
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    merged: list[list[int]] = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        while i1 > 0 and j1 > 0 and not a[i1 - 1].isspace() and a[i1 - 1] == b[j1 - 1]:
            i1 -= 1
            j1 -= 1
        while i2 < len(a) and j2 < len(b) and not a[i2].isspace() and a[i2] == b[j2]:
            i2 += 1
            j2 += 1
        if merged and i1 <= merged[-1][1]:
            merged[-1][1], merged[-1][3] = max(merged[-1][1], i2), max(merged[-1][3], j2)
        else:
            merged.append([i1, i2, j1, j2])
    for i1, i2, j1, j2 in merged:
        yield i1, i2, j1, j2
