"""typo.phrase: a fixed phrase written with a sound-alike word ("baited breath", "for all intensive
purposes", "free reign", "wreck havoc", "bare in mind").

Each word of such a slip is a real word, and most of them fit their neighbours well enough for the
statistical passes: "baited" and "breath" are both common, and "free reign" is an ordinary bigram
on the web because the slip is so frequent. What gives them away is the whole phrase, so they come
from a curated list of our own (data/typo/phrases.tsv), each entry the exact slip with any context
condition it needs. The list is a precision booster for the most frequent of these slips, not the
typo check's method: `typo.realword` judges single words by statistics.

A match must be a run of plain words with nothing but spaces between them, outside quotation
marks, and in lower case except for a sentence's first word; a capitalised word in mid-sentence
is a title or a name ("Free Reign", a film), except in a heading, which may be in title case.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from typing import Iterator

from ...document import Document, Token
from ...findings import Finding
from ...rules import Rule, flags, passes
from .candidates import case_like
from .lexicon import read_data

PHRASE = Rule(
    "typo.phrase", "typo", "warning",
    "A fixed phrase written with a sound-alike word (baited breath, free reign, wreck havoc).",
    (
        flags("We waited with baited breath for the results.", "bated", span="baited"),
        flags("For all intensive purposes the work is finished.", "intents and", span="intensive"),
        flags("The manager gave the team free reign over the budget.", "rein", span="reign"),
        flags("The storm wrecked havoc on the coast.", "wreaked", span="wrecked"),
        flags("Please bare in mind that the office closes early.", "bear", span="bare"),
        flags("The new policy is a case and point.", "in", span="and"),
        flags("That email peaked my interest.", "piqued", span="peaked"),
        flags("The car stopped after she slammed on the breaks.", "brakes", span="breaks"),
        flags("The lead singer and the drummer are one in the same.", "and", span="in"),
        flags("Sneak Peak At The New Stadium", "Peek", span="Peak"),
        flags("They talked about losing site of the goal.", "sight", span="site"),
        flags("She was on a role after the break.", "roll", span="role"),
        passes("We waited with bated breath, and the fishermen baited the hooks."),
        passes("She took on a role in the new film, and the team was on a roll."),
        passes("The film \"Free Reign\" opened on Friday; he gave me free rein."),
        passes("His reign in Spain was short, and they took the reins of the company."),
        passes("She gave him a piece of mind he did not want, and yoga gives me peace of mind."),
        passes("One in the same family, the twins found their way."),
        passes("The \"baited breath\" slip is common in school essays."),
        passes("Keep the brakes in good order and take a break in the afternoon."),
    ),
)

DEFAULT_CONFIDENCE = 0.9


@dataclass(frozen=True)
class Entry:
    words: tuple[str, ...]      # the slip, lower case
    standard: tuple[str, ...]   # the standard phrase
    confidence: float
    after: frozenset[str] | None = None
    not_after: frozenset[str] = frozenset()
    end: bool = False


def _expand(wrong: list[str], right: list[str]) -> Iterator[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Every slip an entry line stands for, with its standard phrase (see phrases.tsv's header)."""
    alts = [w.split("|") for w in wrong]
    if len(wrong) != len(right):
        if any(len(a) > 1 for a in alts) or any("|" in w or w == "=" for w in right):
            raise ValueError(f"alternations need phrases of the same length: {wrong} / {right}")
        yield tuple(wrong), tuple(right)
        return
    for pick in product(*(range(len(a)) for a in alts)):
        out = []
        for k, i in enumerate(pick):
            r = right[k]
            if r == "=":
                out.append(alts[k][i])
            elif "|" in r:
                rs = r.split("|")
                if len(rs) != len(alts[k]):
                    raise ValueError(f"parallel alternations differ in length: {wrong[k]} / {r}")
                out.append(rs[i])
            else:
                out.append(r)
        yield tuple(a[i] for a, i in zip(alts, pick)), tuple(out)


def parse(text: str) -> dict[str, list[Entry]]:
    """The entries of a phrases.tsv text, indexed by their first word."""
    index: dict[str, list[Entry]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2:
            raise ValueError(f"phrases.tsv:{n}: expected a slip and its standard phrase")
        conf = float(cols[2]) if len(cols) > 2 and cols[2].strip() else DEFAULT_CONFIDENCE
        after, not_after, end = None, frozenset(), False
        for cond in (c.strip() for c in cols[3:] if c.strip()):
            key, _, val = cond.partition("=")
            if key == "after":
                after = frozenset(val.split(","))
            elif key == "not_after":
                not_after = frozenset(val.split(","))
            elif key == "end":
                end = True
            else:
                raise ValueError(f"phrases.tsv:{n}: unknown condition {cond!r}")
        for words, standard in _expand(cols[0].split(), cols[1].split()):
            index.setdefault(words[0], []).append(Entry(words, standard, conf, after, not_after, end))
    return index


@lru_cache(maxsize=1)
def entries() -> dict[str, list[Entry]]:
    return parse(read_data("phrases.tsv").decode("utf-8"))


def run(doc: Document, taken: set[int]) -> Iterator[Finding]:
    """The findings; the start of every word of a flagged phrase goes into `taken`, so that no
    other typo rule judges those words again."""
    index = entries()
    toks = doc.tokens
    for t in toks:
        if t.kind != "word" or t.lower not in index or t.quoted or t.start in taken:
            continue
        for e in index[t.lower]:
            f = _match(doc, toks, t, e)
            if f is not None:
                taken.update(u.start for u in toks[t.index:t.index + len(e.words)])
                yield f
                break


def _match(doc: Document, toks: list[Token], t: Token, e: Entry) -> Finding | None:
    i, n = t.index, len(e.words)
    if i + n > len(toks):
        return None
    run_ = toks[i:i + n]
    for k, (u, w) in enumerate(zip(run_, e.words)):
        if u.kind != "word" or u.lower != w or u.quoted:
            return None
        if k and u.start > run_[k - 1].end + 1:
            return None  # more than a space between: markup, a line break
    prev = toks[i - 1] if i else None
    prev_word = prev.lower if prev is not None and prev.kind == "word" else None
    if e.after is not None and prev_word not in e.after or prev_word in e.not_after:
        return None
    if e.end:
        nxt = toks[i + n] if i + n < len(toks) else None
        if nxt is not None and nxt.kind == "word":
            return None
    sentence = doc.sentence_of(t)
    if not sentence.heading:
        for k, u in enumerate(run_):
            if not u.text.islower() and not (k == 0 and sentence.first == i and u.text[1:].islower()):
                return None  # a name or a title in mid-sentence ("the film Free Reign")
    a, b = _differing(e.words, e.standard)
    span = run_[a:len(run_) - b]
    standard = list(e.standard[a:len(e.standard) - b])
    if len(span) == len(standard):
        rep = " ".join(case_like(s, u.text) for s, u in zip(standard, span))
    else:
        rep = " ".join([case_like(standard[0], span[0].text)] + standard[1:])
    return PHRASE.finding(
        span[0].start, span[-1].end,
        f"'{' '.join(u.text for u in run_)}' is a common slip for the phrase '{' '.join(e.standard)}'.",
        [rep], e.confidence)


def _differing(words: tuple[str, ...], standard: tuple[str, ...]) -> tuple[int, int]:
    """The lengths of the common start and end of the two phrases (the words that stay)."""
    a = 0
    while a < min(len(words), len(standard)) - 1 and words[a] == standard[a]:
        a += 1
    b = 0
    while b < min(len(words), len(standard)) - a - 1 and words[-1 - b] == standard[-1 - b]:
        b += 1
    return a, b
