"""Helpers for building a `prose` string: same length as the text, non-prose blanked.

Blanked characters become spaces, except line breaks, which are kept so the Document's units
follow the source lines. A blanked run glued between two letters ("don&rsquo;t" in HTML,
"foo`x`bar" in Markdown) becomes U+2060 WORD JOINER instead: the Document treats it as
invisible inside a word, so the word is not split into two false typos.
"""
from __future__ import annotations

_KEEP = "\r\n\u2028\u2029"
_JOINER = "\u2060"
_APOS = "'\u2019"


def blank_canvas(text: str) -> list[str]:
    return [c if c in _KEEP else " " for c in text]


def join_word_gaps(text: str, prose: list[str]) -> None:
    n = len(text)
    i = 0
    while i < n:
        if prose[i] == " " and text[i] != " ":
            j = i
            while j < n and prose[j] == " " and text[j] not in " \t" and text[j] not in _KEEP:
                j += 1
            if j > i and i > 0 and j < n and (prose[i - 1].isalnum() or prose[i - 1] in _APOS) \
                    and (prose[j].isalnum() or prose[j] in _APOS):
                prose[i:j] = [_JOINER] * (j - i)
            i = max(j, i + 1)
        else:
            i += 1


def blanked(text: str, prose: str, i: int) -> bool:
    """True when character i of the text is not prose (blanked or joined)."""
    return 0 <= i < len(text) and prose[i] != text[i]
