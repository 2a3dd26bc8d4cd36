"""HTML front end (stdlib html.parser): text content only.

Tags, attributes (so every URL), comments and the content of script, style, code, pre, textarea
and template are blanked. An entity keeps its decoded character at the entity's last position so
"caf&eacute;" still reads as one word. Block-level tags break the prose line (a newline in the
prose only: `Document.line_col` reads the original text, so offsets and line:column stay exact).
"""
from __future__ import annotations

import html
from html.parser import HTMLParser

from . import suppress
from .blanking import blank_canvas, join_word_gaps

SKIP = frozenset({"script", "style", "code", "pre", "textarea", "template", "svg", "math", "kbd", "samp"})
BLOCK = frozenset("""address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3
    h4 h5 h6 header hr li main nav ol p section table tbody td tfoot th thead title tr ul""".split())


class _Extractor(HTMLParser):
    def __init__(self, text: str, skip_blockquotes: bool) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.prose = blank_canvas(text)
        self.skip: list[str] = []  # open skipped elements, innermost last
        self.quote_depth = 0
        self.skip_blockquotes = skip_blockquotes
        self.directives: list = []
        # html.parser counts lines by "\n" only and columns in characters.
        self.line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col if line - 1 < len(self.line_starts) else len(self.text)

    def _silent(self) -> bool:
        return bool(self.skip) or (self.skip_blockquotes and self.quote_depth > 0)

    def _break(self) -> None:
        p = self._pos()
        if p < len(self.text) and self.prose[p] == " ":
            self.prose[p] = "\n"

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self._break()
        if tag == "blockquote":
            self.quote_depth += 1
        if tag in SKIP:
            self.skip.append(tag)

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self._break()

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self._break()
        if tag == "blockquote" and self.quote_depth:
            self.quote_depth -= 1
        if tag in self.skip:
            while self.skip and self.skip.pop() != tag:
                pass

    def handle_data(self, data):
        if self._silent():
            return
        p = self._pos()
        if self.text.startswith(data, p):
            for i, c in enumerate(data):
                self.prose[p + i] = c

    def _ref(self, decoded: str) -> None:
        if self._silent():
            return
        p = self._pos()
        end = self.text.find(";", p, p + 40)
        end = end + 1 if end >= 0 else p + 1
        if len(decoded) == 1 and not decoded.isspace():
            self.prose[end - 1] = decoded
        elif decoded.isspace():
            self.prose[end - 1] = " "

    def handle_entityref(self, name):
        self._ref(html.unescape(f"&{name};"))

    def handle_charref(self, name):
        self._ref(html.unescape(f"&#{name};"))

    def handle_comment(self, data):
        p = self._pos()
        end = self.text.find("-->", p)
        end = len(self.text) if end < 0 else end + 3
        d = suppress.parse_comment(self.text[p:end], p, end)
        if d:
            self.directives.append(d)


def load(text: str, *, skip_blockquotes: bool = False) -> tuple[str, list]:
    """(prose, suppressed ranges) for an HTML document."""
    src = text
    # html.parser gives up on some malformed markup ("<![:" raises). The "<" where it stopped is
    # then read as a plain character (same length, so offsets hold) and the parse is redone.
    for _ in range(100):
        ex = _Extractor(src, skip_blockquotes)
        try:
            ex.feed(src)
            ex.close()
            break
        except (AssertionError, ValueError, IndexError):
            i = src.rfind("<", 0, min(ex._pos(), len(src)) + 1)
            if i < 0:
                break
            src = src[:i] + " " + src[i + 1:]
    join_word_gaps(src, ex.prose)
    return "".join(ex.prose), suppress.ranges(ex.directives, len(text))
