"""Document: the one segmentation of a text that every check reads.

The text is segmented once into blocks (paragraphs, headings, list items), sentences and tokens,
all with character offsets into the caller's original string. Markup front ends pass a `prose`
string of the same length in which non-prose characters (code, URLs of links, front matter,
comments) are blanked with spaces, so offsets never need remapping.

Token kinds: word, acronym, abbrev, number, url, email, handle, hashtag, punct, symbol.
Only `word` tokens are words to spell-check; everything else is marked so no check mistakes it.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, repeat
from typing import Iterator, NamedTuple, Sequence

from .gcpause import without_collector

# Characters that are invisible inside words and must not split them.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_APOS = "'\u2019\u02bc"
_MARKS = "\u0300-\u036f"

_WORD_CHARS = r"[\w" + _MARKS + _INVISIBLE + r"]"
_BRANCHES = {
    "space": r"\s+",
    "url": r"""(?:[a-zA-Z][a-zA-Z0-9+.-]{1,15}://|www\.)[^\s<>"'\u201c\u201d]+""",
    "email": r"[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",
    "handle": r"(?<![\w@])@[A-Za-z0-9_]{1,50}",
    "hashtag": r"(?<![\w#&])\#[^\W_]\w*",
    "abbrev": r"(?<![\w.])(?:[A-Za-z]\.){2,}(?![A-Za-z])",
    "number": (r"\d[\d,.:/]*\d(?:st|nd|rd|th|s|%|am|pm|km|kg|m|bn|k)?\b"
               r"|\d(?:st|nd|rd|th|s|%|am|pm|km|kg|m|bn|k)?\b|\d+[A-Za-z]\w*"),
    "word": (r"[^\W\d_]" + _WORD_CHARS + r"*(?:(?:[" + _APOS + r"]|-|\.(?=[^\W\d_]\.))[^\W_]" + _WORD_CHARS
             + r"*)*(?:(?<=s)[" + _APOS + r"](?!\w))?"),
    "punct": r"[^\w\s]",
    "other": _WORD_CHARS + "+",
}


def _compile(names: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{n}>{_BRANCHES[n]})" for n in names.split()))


# The full tokenizer is used only on blocks that could hold a URL, e-mail address or handle; the
# light one skips those branches, which would otherwise be tried (and fail) at every word.
_TOKEN_RE = _compile("url email handle hashtag abbrev number word punct other")
_LIGHT_RE = _compile("abbrev word number hashtag punct other")
_SPACE_SPLIT = re.compile(r"(\s+)")  # the complement of a chunk (\S+): chunk, space, chunk, ...
_TRAIL = frozenset(",.;:!?")  # single punctuation after a word that the fast path may split off
# Characters that the token regex always turns into one "punct" token each when a chunk holds
# nothing else: no word character, so no word, number, URL, abbreviation or hashtag can start;
# no quote, since quotes change `quoted`; no "@", which the e-mail branch can match between dashes.
_PLAIN_PUNCT = frozenset(",.;:!?()[]{}*&%$+=<>|~^-/#'\u2013\u2014\u2026")
_new_token = tuple.__new__  # NamedTuple's own __new__ is a Python-level wrapper: too slow here


MAX_WORD = 60  # longer "words" are treated as symbols; the longest English words have ~45 letters
_TRAILING_URL_PUNCT = ".,;:!?)]}'\"\u2019\u201d>"
_TERMINAL = ".!?\u2026"
_CLOSERS = "\"'\u2019\u201d)]}\u00bb"
_LIST_RE = re.compile(r"[ \t]*(?:[-*+\u2022\u2023\u25e6\u2043\u2219]|\d{1,3}[.)]|[a-zA-Z][.)])[ \t]+")
_HEADING_RE = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st vs etc eg ie al gen col lt sgt capt gov sen rep rev fig no nos vol
    inc ltd co corp dept univ approx est jan feb mar apr jun jul aug sep sept oct nov dec mt ft op cf""".split()
)
_QUOTE_PAIRS = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u2018": "\u2019"}


class Token(NamedTuple):
    """A token. Immutable; a tuple underneath because documents hold hundreds of thousands."""

    start: int
    end: int
    text: str
    kind: str
    norm: str  # NFC, invisible characters removed, curly apostrophes made straight
    index: int
    quoted: bool = False
    lower: str = ""  # norm.lower(), stored because every check asks for it

    @property
    def is_word(self) -> bool:
        return self.kind == "word"


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    first: int  # index of first token
    last: int  # index past the last token
    block: int
    heading: bool  # a heading or other unit without final punctuation


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph, heading or list item: a unit never glued to its neighbours."""

    start: int
    end: int
    kind: str  # "paragraph", "heading", "list_item"
    first_sentence: int
    last_sentence: int  # past the end
    content_start: int  # after a list marker or "#"


def _is_acronym(text: str) -> bool:
    """NATO, CSTO's, NSTCs: two or more capitals, optionally a plural s or a possessive."""
    core = text.split("'")[0].split("\u2019")[0]
    if core.endswith("s") and len(core) >= 3 and core[:-1].isupper():
        return True
    return len(core) >= 2 and core.isupper()


def normalize_token(text: str) -> str:
    if text.isascii():
        return text
    out = text.translate(_NORM_TABLE)
    return unicodedata.normalize("NFC", out)


_NORM_TABLE = {ord(c): None for c in _INVISIBLE}
_NORM_TABLE.update({0x2019: "'", 0x02BC: "'", 0x2018: "'"})


def _forms(word: str) -> tuple[str, str]:
    """(norm, lower) of a word token. For an ASCII word `norm` is the word itself, and a word
    already in lower case is also its own `lower`: one string for all three (most words), where
    str.lower() would always make a new one."""
    if word.isascii():
        return word, word if word.islower() else word.lower()
    norm = normalize_token(word)
    return norm, norm.lower()


class Document:
    """Segment `text` once. `prose`, if given, must have the same length (non-prose blanked)."""

    __slots__ = ("text", "prose", "tokens", "sentences", "blocks", "__dict__")

    def __init__(self, text: str, prose: str | None = None, *, max_chars: int | None = None) -> None:
        if prose is not None and len(prose) != len(text):
            raise ValueError("prose must have the same length as text")
        self.text = text
        self.prose = text if prose is None else prose
        self.tokens: list[Token] = []
        self.sentences: list[Sentence] = []
        self.blocks: list[Block] = []
        self._segment()

    # ------------------------------------------------------------------ segmentation
    def _segment(self) -> None:
        # Tokens are tuple subclasses, which the cyclic collector never untracks, so on a long
        # text its collections walk every token made so far again and again (a 100k-token text
        # spent 40 % of its segmentation there). Nothing made here can form a cycle.
        without_collector(self._segment_blocks)

    def _segment_blocks(self) -> None:
        prose = self.prose
        for b_start, b_end, kind, c_start in _blocks(prose):
            first_sentence = len(self.sentences)
            toks = self._tokenize(b_start if kind == "paragraph" else c_start, b_end)
            self._split_sentences(toks, len(self.blocks), kind != "paragraph")
            self.blocks.append(Block(b_start, b_end, kind, first_sentence, len(self.sentences), c_start))

    def _tokenize(self, start: int, end: int) -> list[Token]:
        """Tokens of prose[start:end]. No token spans whitespace, so the text is cut into
        whitespace-delimited chunks first. A plain word (ASCII letters, lower case or capitalised:
        about five chunks in six in news), a word with one trailing ",.;:!?" and a run of
        punctuation take short paths; everything else goes through the token regex."""
        prose, out = self.prose, self.tokens
        append = out.append
        first = len(out)
        quote_close: str | None = None
        straight_open = False
        parts = _SPACE_SPLIT.split(prose[start:end])
        offs = list(accumulate(map(len, parts), initial=start))  # chunk k is offs[2k]:offs[2k + 1]
        quoted = False  # quote_close is not None or straight_open; both change only in the regex path
        for chunk, cs, ce in zip(parts[::2], offs[::2], offs[1::2]):
            if chunk.isalpha() and ce - cs <= MAX_WORD:
                if chunk.isascii():
                    # "I", "the", "Council" (about four chunks in five in news): one word token,
                    # never an acronym (no two leading capitals), text == norm
                    if chunk.islower():
                        append(_new_token(Token, (cs, ce, chunk, "word", chunk, len(out), quoted, chunk)))
                        continue
                    if chunk.istitle():
                        append(_new_token(Token, (cs, ce, chunk, "word", chunk, len(out), quoted, chunk.lower())))
                        continue
                kind = "acronym" if ce - cs > 1 and chunk[1].isupper() and chunk[0].isupper() and _is_acronym(chunk) \
                    else "word"
                norm, low = _forms(chunk)
                append(_new_token(Token, (cs, ce, chunk, kind, norm, len(out), quoted, low)))
                continue
            if not chunk:
                continue  # before leading or after trailing whitespace
            word = chunk[:-1]
            if chunk[-1] in _TRAIL and word.isalpha() and ce - cs <= MAX_WORD:
                # A plain word and one of ",.;:!?" ("said,", "year."), about one chunk in eight:
                # the token regex would give these same two tokens at several times the cost.
                we = ce - 1
                kind = "acronym" if we - cs > 1 and word[1].isupper() and word[0].isupper() and _is_acronym(word) \
                    else "word"
                norm, low = _forms(word)
                append(_new_token(Token, (cs, we, word, kind, norm, len(out), quoted, low)))
                punct = chunk[-1]
                append(_new_token(Token, (we, ce, punct, "punct", punct, len(out), quoted, punct)))
                continue
            if _PLAIN_PUNCT.issuperset(chunk):
                # A run such as "--", "),", "?!": one punct token per character, as the regex would give.
                for i, ch in enumerate(chunk, cs):
                    append(_new_token(Token, (i, i + 1, ch, "punct", ch, len(out), quoted, ch)))
                continue
            regex = _TOKEN_RE if ("@" in chunk or "://" in chunk or "www." in chunk) else _LIGHT_RE
            for m in regex.finditer(prose, cs, ce):
                kind = m.lastgroup
                s, e = m.span()
                text = m.group()
                if kind == "word":
                    if e - s > MAX_WORD:
                        kind = "symbol"  # no English word is this long: a hash, a key or a run of junk
                    elif e - s > 1 and text[1].isupper() and text[0].isupper() and _is_acronym(text):
                        kind = "acronym"
                elif kind == "punct":
                    if quote_close is None and text in _QUOTE_PAIRS:
                        append(_new_token(Token, (s, e, text, kind, text, len(out), straight_open, text)))
                        quote_close = _QUOTE_PAIRS[text]
                        continue
                    if quote_close is not None and text == quote_close:
                        quote_close = None
                    elif text == '"':
                        straight_open = not straight_open
                        if straight_open:
                            append(_new_token(Token, (s, e, text, kind, text, len(out), quote_close is not None, text)))
                            continue
                elif kind == "url":
                    stripped = text.rstrip(_TRAILING_URL_PUNCT)
                    if "(" in stripped and text[len(stripped):len(stripped) + 1] == ")":
                        stripped += ")"
                    e = s + len(stripped)
                    text = stripped
                    if len(text) < 2:
                        kind = "punct"
                elif kind == "other":
                    kind = "symbol"
                quoted = quote_close is not None or straight_open
                norm = text if text.isascii() else normalize_token(text)
                append(_new_token(Token, (s, e, text, kind, norm, len(out), quoted, norm.lower())))
                if kind == "url" and e < m.end():
                    # Re-tokenise the trailing punctuation stripped from the URL.
                    for m2 in _TOKEN_RE.finditer(prose, e, m.end()):
                        append(_new_token(Token, (m2.start(), m2.end(), m2.group(), "punct", m2.group(), len(out),
                                                  quoted, m2.group())))
            quoted = quote_close is not None or straight_open
        return out[first:]

    def _split_sentences(self, toks: Sequence[Token], block: int, heading_like: bool) -> None:
        if not toks:
            return
        sent_first = 0
        n = len(toks)
        i = 0  # tokens before i are settled
        # Only final punctuation can end a sentence: visit those tokens, not every token.
        for i_end in [k for k, t in enumerate(toks) if t.kind == "punct" and t.text in _TERMINAL]:
            if i_end < i:
                continue  # inside the run of final punctuation and closers after a boundary
            j = i_end + 1
            while j < n and toks[j].kind == "punct" and (toks[j].text in _TERMINAL or toks[j].text in _CLOSERS):
                j += 1
            if j >= n:
                break
            if self._is_boundary(toks, i_end, j):
                self._add_sentence(toks, sent_first, j, block, False)
                sent_first = j
                i = j
        last_tok = toks[-1]
        ends_terminal = last_tok.kind == "punct" and (last_tok.text in _TERMINAL or (
            last_tok.text in _CLOSERS and n > 1 and toks[-2].text in _TERMINAL))
        self._add_sentence(toks, sent_first, n, block, heading_like or not ends_terminal)

    def _is_boundary(self, toks: Sequence[Token], i: int, j: int) -> bool:
        nxt = toks[j]
        if toks[i].text == "." and i > 0:
            prev = toks[i - 1]
            if prev.end == toks[i].start:
                low = prev.lower
                if low in _ABBREVIATIONS or prev.kind == "abbrev":
                    return False
                if len(prev.text) == 1 and prev.text.isupper():  # an initial: "J. Smith"
                    return False
            if nxt.start == toks[j - 1].end and nxt.kind in ("word", "number"):
                return nxt.text[:1].isupper() and toks[i - 1].kind not in ("number",)
        first = nxt.text[:1]
        return first.isupper() or first.isdigit() or nxt.kind in ("punct", "hashtag", "handle", "url", "acronym")

    def _add_sentence(self, toks: Sequence[Token], a: int, b: int, block: int, heading: bool) -> None:
        if a >= b:
            return
        self.sentences.append(Sentence(toks[a].start, toks[b - 1].end, toks[a].index, toks[b - 1].index + 1,
                                       block, heading))

    # ------------------------------------------------------------------ access
    def sentence_tokens(self, s: Sentence) -> list[Token]:
        return self.tokens[s.first:s.last]

    def words(self) -> Iterator[Token]:
        return (t for t in self.tokens if t.kind == "word")

    @cached_property
    def word_count(self) -> int:
        return sum(1 for t in self.tokens if t.kind in ("word", "acronym", "abbrev", "number"))

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        text = self.text
        i = 0
        n = len(text)
        while i < n:
            c = text[i]
            if c == "\n":
                starts.append(i + 1)
            elif c == "\r":
                if i + 1 < n and text[i + 1] == "\n":
                    i += 1
                starts.append(i + 1)
            i += 1
        return starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset (CRLF and CR count as one line break)."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    @cached_property
    def token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def token_at(self, offset: int) -> Token | None:
        i = bisect.bisect_right(self.token_starts, offset) - 1
        if i >= 0 and self.tokens[i].start <= offset < self.tokens[i].end:
            return self.tokens[i]
        return None

    def sentence_of(self, token: Token) -> Sentence:
        firsts = self._sentence_firsts
        return self.sentences[bisect.bisect_right(firsts, token.index) - 1]

    @cached_property
    def _sentence_firsts(self) -> list[int]:
        return [s.first for s in self.sentences]

    def prev_token(self, token: Token) -> Token | None:
        return self.tokens[token.index - 1] if token.index > 0 else None

    def next_token(self, token: Token) -> Token | None:
        i = token.index + 1
        return self.tokens[i] if i < len(self.tokens) else None


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line, without its line break; CRLF, CR and LF all end a line."""
    start = 0
    for m in re.finditer(r"\r\n|\r|\n|\u2028|\u2029", text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _blocks(text: str) -> Iterator[tuple[int, int, str, int]]:
    """Yield (start, end, kind, content_start) for paragraphs, headings and list items.

    Every line is a unit of its own, except hard-wrapped prose: a line that ends without final
    punctuation is joined to the next line when that line starts with a lower-case letter and is
    not a list item or heading. A finished unit without final punctuation is a heading.
    """
    cur: list | None = None  # [start, end, kind, content_start]
    for ls, le in _line_spans(text):
        line = text[ls:le]
        stripped = line.strip()
        if not stripped:
            if cur:
                yield _finish(text, cur)
                cur = None
            continue
        lead = len(line) - len(line.lstrip())
        m_list = _LIST_RE.match(line)
        m_head = _HEADING_RE.match(line)
        start, end = ls + lead, ls + lead + len(stripped)
        if (cur is not None and cur[2] == "paragraph" and not m_list and not m_head
                and text[cur[1] - 1] not in _UNIT_END and stripped[0].islower()):
            cur[1] = end
            continue
        if cur is not None:
            yield _finish(text, cur)
        if m_list:
            cur = [start, end, "list_item", ls + m_list.end()]
        elif m_head:
            cur = [start, end, "heading", ls + m_head.end()]
        else:
            cur = [start, end, "paragraph", start]
    if cur:
        yield _finish(text, cur)


_UNIT_END = _TERMINAL + _CLOSERS + ":;,"


def _finish(text: str, cur: list) -> tuple[int, int, str, int]:
    start, end, kind, content = cur
    if kind == "paragraph" and text[end - 1] not in _UNIT_END:
        kind = "heading"
    return start, end, kind, content
