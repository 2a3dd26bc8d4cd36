"""Structural signals of spinning: shapes that fluent English does not produce.

* A phrasal verb standing where a noun must ("an economic take advantage of", "kept take
  advantage of over"): the spinner read the noun "leverage" as the verb and swapped in a phrasal
  verb.
* "looked for to" + verb: "sought to" spun through "seek" = "look for".
* A fixed idiom with one word swapped for a thesaurus synonym ("fix things up" -> "mend things
  up" is fine, but "once again" -> "when again" is not): idioms come from idioms.tsv (our own
  list), and a word differing from the idiom's must be one the thesaurus links to it.
* "however" joining two words without punctuation ("cheap however effective"): "but" spun
  through its synonym "however".
* A heading that opens with a capitalised third-person verb before a preposition
  ("Activates Behind the ..."), where a plural noun belongs ("Drivers Behind the ...").
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Iterator, NamedTuple

from ...document import Document, Token
from .data import ID_MASK, spin_data
from .restore import ADJ, NOUN, VERB, word_pos
from .words import FUNCTION_WORDS

_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that",
                "these", "those", "some", "any", "much", "more", "less", "greater", "no"}
_MODALS_AND_TO = {"to", "will", "would", "can", "could", "may", "might", "shall", "should", "must",
                  "not", "n't", "and", "or", "also", "often", "always", "never", "i", "you", "we",
                  "they", "cannot", "did", "do", "does", "who", "which", "that", "often", "then"}
_LOOK_FOR = {"looked": "sought", "looks": "seeks", "look": "seek", "looking": "seeking"}
_PREPOSITIONS = {"behind", "of", "for", "in", "on", "at", "from", "to", "with", "over", "under",
                 "against", "after", "before", "within", "without", "between", "beyond"}


class Hit(NamedTuple):
    kind: str  # "phrasal_noun", "looked_for_to", "idiom", "heading_verb", "however_but"
    first: int  # token index
    last: int  # token index, inclusive
    suggestions: tuple[str, ...]
    why: str
    confidence: float


@lru_cache(maxsize=1)
def idioms() -> dict[str, list[tuple[str, ...]]]:
    """{any word of the idiom: [idiom token tuples]} from data/spin/idioms.tsv."""
    text = resources.files("cleantext").joinpath("data/spin/idioms.tsv").read_text("utf-8")
    out: dict[str, list[tuple[str, ...]]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        words = tuple(line.split("\t")[0].lower().split())
        for w in set(words):
            if w not in FUNCTION_WORDS or len(words) <= 2:
                out.setdefault(w, []).append(words)
    return out


def find(doc: Document) -> Iterator[Hit]:
    toks = doc.tokens
    for s in doc.sentences:
        sent = toks[s.first:s.last]
        n = len(sent)
        lows = [t.lower for t in sent]
        for k, t in enumerate(sent):
            if t.kind != "word" or t.quoted:
                continue
            low = lows[k]
            # "take advantage of" where a noun must stand.
            if low == "take" and k + 2 < n and lows[k + 1] == "advantage" and lows[k + 2] == "of" and k > 0:
                prev = sent[k - 1]
                if prev.kind == "word" and _noun_slot(prev):
                    yield Hit("phrasal_noun", t.index, sent[k + 2].index, ("leverage", "advantage"),
                              f"'{prev.text} take advantage of' puts a verb phrase where a noun belongs",
                              0.85)
            # "looked for to" + verb
            if low in _LOOK_FOR and k + 3 < n and lows[k + 1] == "for" and lows[k + 2] == "to":
                nxt = sent[k + 3]
                if nxt.kind == "word" and nxt.lower not in _DETERMINERS and nxt.lower not in FUNCTION_WORDS:
                    if word_pos(spin_data(), nxt.lower, spin_data().id(nxt.lower))[0] & VERB:
                        rep = _LOOK_FOR[low]
                        if t.text[0].isupper():
                            rep = rep.capitalize()
                        yield Hit("looked_for_to", t.index, sent[k + 2].index, (f"{rep} to",),
                                  f"'{t.text} for to {nxt.text}' is not English; '{rep} to' is",
                                  0.9)
            # "cheap however effective": "but" spun into "however", which cannot join two words
            # without punctuation.
            if low == "however" and 0 < k < n - 1:
                h = _however(doc, sent[k - 1], t, sent[k + 1])
                if h:
                    yield h
        yield from _idiom_hits(doc, sent, lows)
        if s.heading or doc.blocks[s.block].kind == "heading":
            h = _heading_verb(doc, sent)
            if h:
                yield h


def _however(doc: Document, prev: Token, tok: Token, nxt: Token) -> Hit | None:
    if prev.kind != "word" or nxt.kind != "word" or tok.quoted:
        return None
    text = doc.text
    if text[prev.end:tok.start] != " " or text[tok.end:nxt.start] != " ":
        return None
    d = spin_data()
    pl, nl = prev.lower, nxt.lower
    if pl in FUNCTION_WORDS or pl in _MODALS_AND_TO:
        return None
    pbits, pdom = word_pos(d, pl, d.id(pl))
    if pdom == VERB or not pbits:
        return None
    nbits, ndom = word_pos(d, nl, d.id(nl))
    if nl not in ("likewise", "also") and not (nbits & ADJ and ndom == ADJ):
        return None
    rep = "but" if nl != "likewise" else "but also"
    end_tok = nxt.index if nl == "likewise" else tok.index
    return Hit("however_but", tok.index, end_tok, (rep,),
               f"'{prev.text} however {nxt.text}' joins two words with 'however'; '{rep}' does that", 0.8)


def _noun_slot(prev: Token) -> bool:
    """The word before "take advantage of" makes it a noun phrase: a determiner, an adjective or
    a past participle ("preserved take advantage of" cannot be a verb phrase)."""
    low = prev.lower
    if low in _DETERMINERS or low.endswith("'s"):
        return True
    if low in _MODALS_AND_TO or low in FUNCTION_WORDS:
        return False
    d = spin_data()
    bits, dom = word_pos(d, low, d.id(low))
    if low.endswith("ed") and bits & VERB:
        return True
    return bool(bits & ADJ) and dom == ADJ and not low.endswith("ly")


def _idiom_hits(doc: Document, sent: list[Token], lows: list[str]) -> Iterator[Hit]:
    """An idiom with exactly one word swapped for a word the thesaurus links to it."""
    table = idioms()
    d = spin_data()
    n = len(sent)
    seen: set[tuple[int, int]] = set()
    for k in range(n):
        if sent[k].kind != "word" or sent[k].quoted:
            continue
        for idiom in table.get(lows[k], ()):
            m = len(idiom)
            for j, w in enumerate(idiom):
                if w != lows[k]:
                    continue
                start = k - j
                if start < 0 or start + m > n or (start, m) in seen:
                    continue
                window = lows[start:start + m]
                diff = [i for i in range(m) if window[i] != idiom[i]]
                if len(diff) != 1:
                    continue
                i = diff[0]
                if all(w in FUNCTION_WORDS for k2, w in enumerate(idiom) if k2 != i):
                    continue  # "at stake" -> "at government": a preposition is no anchor
                tok = sent[start + i]
                if tok.kind != "word" or (tok.text[0].isupper() and start + i > 0):
                    continue
                if tuple(window) in _idiom_set() or not _linked(d, idiom[i], window[i]):
                    continue
                if _attested_variant(d, idiom, window, i):
                    continue
                seen.add((start, m))
                orig = idiom[i]
                if tok.text[0].isupper():
                    orig = orig.capitalize()
                yield Hit("idiom", tok.index, tok.index, (orig,),
                          f"'{' '.join(window)}' breaks the idiom '{' '.join(idiom)}'", 0.8)


@lru_cache(maxsize=1)
def _idiom_set() -> frozenset[tuple[str, ...]]:
    return frozenset(i for v in idioms().values() for i in v)


def _attested_variant(d, idiom: tuple[str, ...], window: list[str], i: int) -> bool:
    """The variant's own word pairs are common English ("in the long term"), not a broken idiom:
    a pair around the swapped word is a known collocation, or its web count is at least 1/50 of
    the idiom's pair."""
    from ... import ngrams

    for a, b in ((i - 1, i), (i, i + 1)):
        if a < 0 or b >= len(window):
            continue
        if d.strength(d.id(window[a]), d.id(window[b])):
            return True
        seen = ngrams.bigram(window[a], window[b])
        if seen and seen * 50 >= ngrams.bigram(idiom[a], idiom[b]):
            return True
    return False


def _linked(d, original: str, observed: str) -> bool:
    """`observed` is listed as a thesaurus synonym of `original`."""
    i, j = d.id(observed), d.id(original)
    if i < 0 or j < 0:
        return False
    return any((o & ID_MASK) == j for o in d.originals(i))


def _heading_verb(doc: Document, sent: list[Token]) -> Hit | None:
    """"Activates Behind the Rift": a third-person verb opening a heading before a preposition."""
    words = [t for t in sent if t.kind in ("word", "acronym")]
    if len(words) < 3:
        return None
    first, second = words[0], words[1]
    if not (first.text[:1].isupper() and first.lower.endswith("s") and second.lower in _PREPOSITIONS):
        return None
    d = spin_data()
    low = first.lower
    base_cands = [low[:-1], low[:-2]] if low.endswith("es") else [low[:-1]]
    for base in base_cands:
        bi = d.id(base)
        if bi < 0:
            continue
        bits, dom = word_pos(d, base, bi)
        if not bits & VERB or dom != VERB or bits & NOUN:
            continue  # "Talks on the Budget": a plural noun, not a spun verb
        sugg: list[str] = []
        for o in d.originals(bi):
            ow = d.words[o & ID_MASK]
            for agent in (ow + "rs", ow + "ers", ow[:-1] + "ers" if ow.endswith("e") else ""):
                ai = d.id(agent) if agent else -1
                if ai >= 0 and word_pos(d, agent, ai)[0] & NOUN and d.unigram_lp(ai) > -6.5:
                    sugg.append(agent.capitalize())
        sugg = sorted(set(sugg), key=lambda w: -d.unigram_lp(d.id(w.lower())))[:3]
        if not sugg:
            continue
        return Hit("heading_verb", first.index, first.index, tuple(sugg),
                   f"the heading opens with the verb '{first.text}' where a noun belongs", 0.7)
    return None
