"""The case a correction takes from its place.

A correction replaces the whole typed word, so it must carry the capital its place asks for, not
the case of the slip: "teh masses" opening a sentence is "The", and "the fedaral Reserve" is the
"Federal" of a name. `fix()` writes the first suggestion as it is, so a correction in the wrong
case is a word error of its own.

* At the start of a sentence (the first word of the text or of a sentence, or a lower-case word
  right after a full stop, also when a closing bracket or quote stands between: "(in Leeds). hee
  died") a lower-case correction is capitalised.
* In mid-sentence a correction is capitalised only inside a name or a title, and only when it is
  a word that names or qualifies a thing (`nominal`), not a verb or a function word ("Hawks
  convinced Moreno", "Ashford and Dover" stay lower-case). A name around the word means, with
  nothing but a space between the words: a capitalised word (not opening its sentence; not an
  acronym, which as often qualifies a common noun: "the HTTP protocol") after it, and before it a
  capitalised word, "the" or a preposition ("Ohio General asembley", "the fedaral Reserve"; but
  not after "the" or a preposition when the capital after it is a word the lexicon knows only as
  a name: "the formre Chelsea manager", "in centrl London"); a capitalised word before it and
  punctuation or a preposition after it ("Hope colledge in"); or the object of a capitalised
  word's "of" ("Bureau of statistcs", "Department of the interoir."). A capitalised word before
  it and a lower-case word after it is as often an adjective of a common noun ("the French
  economy", "Liberal Democrat leader"): no capital. Measured on the capitals of edited text (BBC
  news and Wikipedia sentences, for diagnosis only; nothing of them is shipped), a nominal word
  in these places is capitalised more often than not in both (0.55 to 1.0 of the time in the
  news, 0.68 to 1.0 in Wikipedia); in the places left out 0.2 to 0.58 of the time.
  `nominal` asks the language model: the word follows "the" in its bigrams and is likelier after
  "the" than after "he" ("college", "federal", "united" are; "replaced", "alongside" are not).
* The document's own use adds a place: a nominal correction the document writes capitalised in
  mid-sentence elsewhere is capitalised next to a capitalised word ("Students love the College.
  Later, Hope colledge grew").
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Callable

from ...document import Document, Token
from ...findings import Finding
from .lexicon import lexicon as _lexicon

# How much likelier (log10) a word must be after "the" than after "he" to count as one that names
# or qualifies a thing: a coarse margin, well inside the gap of nouns and adjectives (2 or more)
# and of verbs (negative).
NOMINAL_MARGIN = 0.5

_OPENERS = frozenset(".!?")
# Function words keep their lower case inside a title ("Capture the Crown"), whatever the model
# says of them after "the" ("the only one").
_FUNCTION = frozenset(("a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by",
                       "with", "from", "as", "into", "onto", "than", "that", "this", "these", "those", "only"))
# Words that may follow the last word of a name: prepositions and "and".
_NAME_ENDS = frozenset(("of", "in", "at", "for", "and", "on", "from", "to", "by", "with"))
_CLOSERS = frozenset(")]\"'\u201d\u2019")


def recase(doc: Document, f: Finding, mid_caps: Callable[[], frozenset[str]] | None = None) -> Finding:
    """`f` with its lower-case suggestions capitalised where the place of its word asks for a
    capital (see the module docstring); `f` itself when nothing changes. `mid_caps()` gives the
    lower-case forms of the words the document capitalises in mid-sentence (`capitalised_words`)."""
    if not f.suggestions:
        return f
    tok = doc.token_at(f.start)
    if tok is None or tok.kind != "word" or tok.start != f.start or tok.end != f.end or not tok.text.islower():
        return f
    start = sentence_start(doc, tok)
    name = beside = False
    if not start:
        name = _in_name(doc, tok)
        beside = name or any(t is not None and _title(doc, t) for t in (_neighbour(doc, tok, -1), _neighbour(doc, tok, 1)))
        if not beside:
            return f
    caps = mid_caps() if beside and mid_caps is not None else frozenset()
    out = []
    for s in f.suggestions:
        if s[:1].islower() and (start or " " not in s and s.isalpha() and (name or s in caps) and nominal(s)):
            s = s[:1].upper() + s[1:]
        out.append(s)
    new = tuple(out)
    if new == f.suggestions:
        return f
    message = f.message.replace(repr(f.suggestions[0]), repr(new[0]))
    return replace(f, suggestions=new, message=message)


def capitalised_words(doc: Document) -> frozenset[str]:
    """The lower-case forms of the words `doc` writes capitalised (not in capitals) in
    mid-sentence."""
    return frozenset(t.lower for t in doc.tokens if t.kind == "word" and t.text[1:].islower()
                     and _title(doc, t))


def sentence_start(doc: Document, tok: Token) -> bool:
    """Whether `tok` opens the text or a sentence: the first token of a sentence the document
    found, or a word after a full stop (ending a word of three letters or more, or a year, or
    followed by a closing bracket or quote) and one space. Looser than typo.case's test of a
    lower-case start (names._lower_start), as it only chooses the case of a correction."""
    i = tok.index
    if doc.sentence_of(tok).first == i:
        return True
    toks = doc.tokens
    if i < 2 or doc.text[toks[i - 1].end:tok.start] != " ":
        return False
    a, b = toks[i - 1], toks[i - 2]
    if a.text in _CLOSERS and b.text in _OPENERS and b.end == a.start:
        return True  # '... a Christian." he is'
    if a.text not in _OPENERS:
        return False
    if b.text in _CLOSERS and b.end == a.start:
        return True  # "(both in Leeds). hee died"
    if b.kind == "number" and len(b.text) == 4 and b.text.isdigit() and b.end == a.start:
        return True  # a year ends a sentence after a date too: "on May 3, 1810. hè was"
    from .names import _lower_start

    return _lower_start(doc, _At(tok))


class _At:
    """The two fields of a WordSpan that names._lower_start reads."""

    __slots__ = ("token", "start")

    def __init__(self, tok: Token) -> None:
        self.token, self.start = tok, tok.start


def _in_name(doc: Document, tok: Token) -> bool:
    """A name-like run around `tok` (see the module docstring)."""
    left = _neighbour(doc, tok, -1)
    right = _neighbour(doc, tok, 1)
    lt = left is not None and _title(doc, left)
    rt = right is not None and _title(doc, right)
    if rt:  # "Ohio General asembley", "the fedaral Reserve"
        # ("to" also opens a verb: "to visti Rome")
        # After "the" or a preposition, a word the lexicon knows only as a name ("Chelsea",
        # "Eiffel", "London") is more often qualified by a plain adjective ("the former Chelsea
        # manager", "the famous Eiffel Tower", "in central London") than preceded by a part of its
        # name ("Greater Manchester"): no capital there.
        return lt or left is not None and (left.lower == "the" or left.lower in _NAME_ENDS and left.lower != "to") \
            and right.lower not in _lexicon().names
    # after a capitalised word a name ends at punctuation or before a preposition ("Reed College
    # in"); before another lower-case word it is as often an adjective of a common noun ("the
    # French economy", "Liberal Democrat leader")
    if right is None:
        ends = tok.index + 1 >= len(doc.tokens) or doc.tokens[tok.index + 1].kind != "word"
    else:
        ends = right.lower in _NAME_ENDS
    if lt:  # unless the capital before is one that qualifies a common noun ("the French ecomony.")
        return ends and left.lower not in _qualifiers()
    if left is None:
        return False
    # the object of a capitalised word's "of" ("Bureau of statistcs", "Department of the interoir")
    before = _neighbour(doc, left, -1)
    if left.lower == "of":
        return before is not None and _title(doc, before)
    if left.lower == "the" and ends and before is not None and before.lower == "of":
        head = _neighbour(doc, before, -1)
        return head is not None and _title(doc, head)
    return False


def _neighbour(doc: Document, tok: Token, step: int) -> Token | None:
    """The word token next to `tok` on the side `step` with one space between, else None."""
    j = tok.index + step
    if not 0 <= j < len(doc.tokens):
        return None
    other = doc.tokens[j]
    gap = doc.text[other.end:tok.start] if step < 0 else doc.text[tok.end:other.start]
    return other if other.kind == "word" and gap == " " else None


def _title(doc: Document, t: Token) -> bool:
    """A capitalised word, also hyphenated ("Commander-in-Chief"), that does not open its sentence
    ("I" says nothing)."""
    w = t.text
    if len(w) < 2 or not w[0].isupper() or doc.sentence_of(t).first == t.index:
        return False
    body = w.replace("-", "")
    return body.isalpha() and (w[1:].replace("-", "").islower() or "-" in w)


# Curated names that mostly qualify a common noun ("the French economy.", "on Monday morning"):
# measured on edited text as above, a nominal word after one of them in the places `_in_name`
# accepts is capitalised 0.09 to 0.40 of the time in the news (0.33 to 0.72 in Wikipedia), against
# 0.74 after other capitalised words. A capitalised word after the slip still marks a name ("the
# American civl War").
_QUALIFYING = ("demonym", "language", "time", "country", "region", "also a common word")


@lru_cache(maxsize=1)
def _qualifiers() -> frozenset[str]:
    """The lower-case curated names that count as no capitalised word of a name before a word."""
    from .lexicon import curated_names

    return frozenset(n.lower() for n, cat in curated_names().items() if cat in _QUALIFYING)


@lru_cache(maxsize=20_000)
def nominal(word: str) -> bool:
    """Whether the language model uses `word` after "the" and finds it at least NOMINAL_MARGIN
    likelier there than after "he": a word that names or qualifies a thing."""
    from .context import lm

    model = lm()
    if word in _FUNCTION or word not in model or not model.seen("the", word):
        return False
    return model.logp(word, "the") >= model.logp(word, "he") + NOMINAL_MARGIN
