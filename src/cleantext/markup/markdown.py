"""Markdown front end (markdown-it-py, CommonMark plus tables).

The prose string starts fully blanked (newlines kept) and only the characters of inline text are
copied back in, so code (fenced, indented, inline), link URLs, autolinks, HTML, comments, front
matter and link reference definitions are never linted; raw HTML blocks go through the HTML
front end (text only). markdown-it gives block tokens line ranges
but inline children no offsets, so each inline token's raw `content` is located line by line in
the source and each child is aligned within it.

List markers and ATX heading markers are copied back too: the Document segmenter recognises them
and makes every heading and list item a unit of its own. A soft line break inside one paragraph
becomes a space in the prose (the Document joins only lines it can prove belong together, and a
Markdown paragraph is one unit by definition); `Document.line_col` reads the original text, so
line:column stay exact.
"""
from __future__ import annotations

import html
import re

from . import suppress
from .blanking import blank_canvas, join_word_gaps

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_LINE_BREAK_TAG = re.compile(r"<br\b", re.IGNORECASE)
_MARKER = re.compile(r"(?:[-*+]|\d{1,9}[.)]|#{1,6})")
_FRONT_MATTER = {"---": ("---", "..."), "+++": ("+++",)}


def _parser():
    from markdown_it import MarkdownIt

    # html is on so that comments and raw HTML become tokens we can skip (never rendered here).
    return MarkdownIt("commonmark", {"html": True}).enable("table")


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end-of-content, next-line-start) per line, split as markdown-it does (CR, LF, CRLF)."""
    spans, start = [], 0
    for m in _LINE_BREAK.finditer(text):
        spans.append((start, m.start(), m.end()))
        start = m.end()
    spans.append((start, len(text), len(text)))
    return spans


def _front_matter_lines(lines: list[str]) -> int:
    """Number of lines taken by a YAML (---) or TOML (+++) front matter block at the top, or 0."""
    if not lines or lines[0].rstrip() not in _FRONT_MATTER:
        return 0
    closers = _FRONT_MATTER[lines[0].rstrip()]
    for i in range(1, len(lines)):
        if lines[i].rstrip() in closers:
            return i + 1
    return 0


class _Mapper:
    def __init__(self, text: str, skip_blockquotes: bool) -> None:
        self.text = text
        self.skip_blockquotes = skip_blockquotes
        self.spans = _line_spans(text)
        self.prose = blank_canvas(text)
        self.directives: list[tuple[int, int, str, tuple[str, ...]]] = []
        self.line_cursor: dict[int, int] = {}

    # ----------------------------------------------------------------- driver
    def run(self) -> tuple[str, list]:
        text = self.text
        lines = [text[s:e] for s, e, _ in self.spans]
        fm = _front_matter_lines(lines)
        # Front matter lines are emptied (not removed) so token line numbers still match the source.
        src = "\n".join("" if i < fm else line for i, line in enumerate(lines))
        quote_depth = 0
        marker_lines: set[int] = set()
        tables: list[list[int]] = []
        for tok in _parser().parse(src):
            if tok.type == "blockquote_open":
                quote_depth += 1
            elif tok.type == "blockquote_close":
                quote_depth -= 1
            elif tok.type in ("list_item_open", "heading_open") and tok.map:
                marker_lines.add(tok.map[0])
            elif tok.type == "html_block" and tok.map:
                start, end = self.spans[tok.map[0]][0], self.spans[tok.map[1] - 1][1]
                self._directives_in(start, end)
                if not (quote_depth and self.skip_blockquotes):
                    self._html_block(start, end)
            elif tok.type == "table_open" and tok.map:
                tables.append(tok.map)
            elif tok.type == "inline" and tok.map:
                if quote_depth and self.skip_blockquotes:
                    continue
                self._inline(tok, tok.map[0] in marker_lines)
        for first, last in tables:
            self._separate_cells(first, last)
        join_word_gaps(text, self.prose)
        return "".join(self.prose), suppress.ranges(self.directives, len(text))

    def _separate_cells(self, first: int, last: int) -> None:
        """Make every table cell a unit of its own: a cell's pipe (and the blank before it) becomes
        a paragraph break in the prose, so cells and rows are never read as one run of words."""
        for n in range(first, min(last, len(self.spans))):
            ls, le, _ = self.spans[n]
            for p in range(ls, le):
                if self.text[p] == "|" and self.prose[p] == " ":
                    self.prose[p] = "\n"
                    if p > ls and self.prose[p - 1] == " ":
                        self.prose[p - 1] = "\n"

    def _html_block(self, start: int, end: int) -> None:
        """Raw HTML in Markdown (`<p align="center">...`) is read by the HTML front end."""
        from .html import load as load_html

        piece, _ = load_html(self.text[start:end], skip_blockquotes=self.skip_blockquotes)
        self.prose[start:end] = list(piece)

    def _directives_in(self, start: int, end: int) -> None:
        for m in suppress.DIRECTIVE.finditer(self.text, start, end):
            d = suppress.parse_comment(m.group(), m.start(), m.end())
            if d:
                self.directives.append(d)

    # ----------------------------------------------------------------- inline
    def _locate(self, content: str, first_line: int) -> list[int]:
        """Absolute source offset of every character of `content` (-1 where not found)."""
        pos: list[int] = []
        for i, cl in enumerate(content.split("\n")):
            n = first_line + i
            if n >= len(self.spans):
                pos.extend([-1] * (len(cl) + 1))
                continue
            ls, le, nxt = self.spans[n]
            line = self.text[ls:le]
            cursor = self.line_cursor.get(n, 0)
            want = cl.strip()
            at = -1
            if want and line.rstrip().endswith(want) and len(line.rstrip()) - len(want) >= cursor:
                at = len(line.rstrip()) - len(want)
            elif want:
                at = line.find(want, cursor)
            lead = len(cl) - len(cl.lstrip())
            if at < 0:
                pos.extend([-1] * len(cl))
            else:
                self.line_cursor[n] = at + len(want)
                base = ls + at - lead
                pos.extend(base + j if j >= lead and j - lead < len(want) else -1 for j in range(len(cl)))
            pos.append(le if le < nxt else -1)  # the line break after this content line
        return pos[:len(content)]

    def _inline(self, tok, marker: bool) -> None:
        content = tok.content
        where = self._locate(content, tok.map[0])
        if marker:
            self._copy_marker(where)
        cursor = 0
        skip_text = False
        for child in tok.children or ():
            kind = child.type
            if kind == "text":
                cursor = self._align(child.content, content, where, cursor, copy=not skip_text)
            elif kind in ("softbreak", "hardbreak"):
                i = content.find("\n", cursor)
                if i >= 0:
                    self._break_to_space(where[i])
                    cursor = i + 1
            elif kind == "link_open" and child.markup == "autolink":
                skip_text = True
            elif kind == "link_close" and child.markup == "autolink":
                skip_text = False
            elif kind in ("code_inline", "html_inline"):
                i = content.find(child.content, cursor)
                if i >= 0:
                    cursor = i + len(child.content)
                    if kind == "html_inline" and where[i] >= 0 and _LINE_BREAK_TAG.match(child.content):
                        self.prose[where[i]] = "\n"  # <br> ends a line; never glue its neighbours
                    if kind == "html_inline" and where[i] >= 0:
                        d = suppress.parse_comment(child.content, where[i], where[i] + len(child.content))
                        if d:
                            self.directives.append(d)

    def _align(self, piece: str, content: str, where: list[int], cursor: int, *, copy: bool) -> int:
        i = content.find(piece, cursor)
        if i >= 0:
            pairs = [(i + k, None) for k in range(len(piece))]
            cursor = i + len(piece)
        else:
            # Escapes and entities change the text; match it character by character nearby. An
            # entity's character goes at the entity's last position, so "don&rsquo;t" stays a word.
            pairs = []
            for ch in piece:
                m = _ENTITY.match(content, cursor)
                if m and html.unescape(m.group()) == ch:
                    pairs.append((m.end() - 1, ch))
                    cursor = m.end()
                    continue
                j = content.find(ch, cursor, cursor + 12)
                if j >= 0:
                    pairs.append((j, None))
                    cursor = j + 1
        if copy:
            for j, ch in pairs:
                p = where[j]
                if p >= 0 and self.text[p] not in "\r\n":
                    self.prose[p] = ch if ch is not None and not ch.isspace() else self.text[p] if ch is None else " "
        return cursor

    def _break_to_space(self, p: int) -> None:
        if p < 0:
            return
        self.prose[p] = " "
        if self.text.startswith("\r\n", p):
            self.prose[p + 1] = " "

    def _copy_marker(self, where: list[int]) -> None:
        first = next((p for p in where if p >= 0), -1)
        if first < 0:
            return
        line_start = max(self.text.rfind("\n", 0, first), self.text.rfind("\r", 0, first)) + 1
        j = first
        while j > line_start and self.text[j - 1] in " \t":
            j -= 1
        k = j
        while k > line_start and not self.text[k - 1].isspace():
            k -= 1
        if k < j and _MARKER.fullmatch(self.text[k:j]):
            self.prose[k:j] = list(self.text[k:j])


def load(text: str, *, skip_blockquotes: bool = False) -> tuple[str, list]:
    """(prose, suppressed ranges) for a Markdown document."""
    return _Mapper(text, skip_blockquotes).run()
