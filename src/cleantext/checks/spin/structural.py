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
* "considering that" / "given that" / "seeing that" before a noun phrase with no verb
  ("considering that the end of the war."): the preposition "since" spun through the
  conjunction's synonyms, which need a clause.

An idiom that opens with a verb matches in any inflection ("plays a role"), and one of the shape
verb + article + noun also with up to two modifiers before its noun ("played a key role"): a
spinner keeps the grammar and swaps the noun ("plays a strong function"). Function words are not
in the thesaurus, so idioms.tsv names the swaps a spinner makes in them ("once again" -> "when
again").
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Iterator, NamedTuple

from ...document import Document, Token
from .data import ID_MASK, spin_data
from .expansion import WORDNET, link_level
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


class Idioms(NamedTuple):
    by_word: dict[str, list[tuple[tuple[str, ...], int]]]  # word or verb form: [(idiom, position)]
    known: frozenset[tuple[str, ...]]  # every idiom, verbs in their base form, "an" written "a"
    swaps: dict[tuple[tuple[str, ...], int], frozenset[str]]  # (idiom, position): a spinner's substitutes
    gap: frozenset[tuple[str, ...]]  # verb + article + noun idioms that take modifiers before the noun


_ARTICLES = frozenset(("a", "an", "the"))
# Irregular forms of the verbs that open idioms (regular forms are made by `verb_forms`).
_IRREGULAR = {
    "bear": ("bore", "borne"), "break": ("broke", "broken"), "come": ("came",), "fall": ("fell", "fallen"),
    "hit": (), "keep": ("kept",), "lose": ("lost",), "make": ("made",), "pay": ("paid",), "set": (),
    "shed": (), "sit": ("sat",), "strike": ("struck",), "take": ("took", "taken"), "think": ("thought",),
    "draw": ("drew", "drawn"), "give": ("gave", "given"), "hold": ("held",), "run": ("ran",),
}
# Words that may stand between an idiom's article and its noun besides content words
# ("play an even bigger part", "keep a very close eye on").
_GAP_ADVERBS = frozenset(("even", "more", "most", "very", "ever", "much", "far", "too", "so", "rather"))


@lru_cache(maxsize=512)
def verb_forms(base: str) -> frozenset[str]:
    """The inflected forms of a verb: -s, -ed, -ing (with the usual spelling changes) and the
    irregular past forms of the verbs that open idioms."""
    forms = {base}
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(base + "es")
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms.add(base[:-1] + "ies")
    else:
        forms.add(base + "s")
    irregular = _IRREGULAR.get(base)
    cvc = len(base) >= 3 and base[-1] not in "aeiouwxy" and base[-2] in "aeiou" and base[-3] not in "aeiou"
    short = cvc and sum(c in "aeiou" for c in base) == 1  # "sit" -> "sitting"
    if base.endswith("ie"):
        forms.add(base[:-2] + "ying")
    elif base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        forms.add(base[:-1] + "ing")
    else:
        forms.add(base + base[-1] + "ing" if short else base + "ing")
    if irregular is not None:
        forms.update(irregular)
    elif base.endswith("e"):
        forms.add(base + "d")
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms.add(base[:-1] + "ied")
    else:
        forms.add(base + base[-1] + "ed" if short else base + "ed")
    return frozenset(forms)


@lru_cache(maxsize=1)
def idioms() -> Idioms:
    """The idioms of data/spin/idioms.tsv, indexed by each word (function words only for idioms
    of two words), an opening verb also by its inflected forms."""
    text = resources.files("cleantext").joinpath("data/spin/idioms.tsv").read_text("utf-8")
    d = spin_data()
    by_word: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    known: set[tuple[str, ...]] = set()
    swaps: dict[tuple[tuple[str, ...], int], frozenset[str]] = {}
    gap: set[tuple[str, ...]] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        words = tuple(cols[0].lower().split())
        known.add(tuple("a" if w == "an" else w for w in words))
        for note in cols[1:]:
            if note.startswith("swap "):
                for pair in note[5:].split():
                    word, _, subs = pair.partition("=")
                    swaps[(words, words.index(word))] = frozenset(subs.split(","))
        verb = (len(words) >= 2 and words[0] not in FUNCTION_WORDS
                and bool(word_pos(d, words[0], d.id(words[0]))[0] & VERB))
        if verb and len(words) >= 3 and words[1] in _ARTICLES and words[2] not in FUNCTION_WORDS:
            gap.add(words)
        for j, w in enumerate(words):
            if w not in FUNCTION_WORDS or len(words) <= 2:
                for form in (verb_forms(w) if j == 0 and verb else (w,)):
                    by_word.setdefault(form, []).append((words, j))
    return Idioms(by_word, frozenset(known), swaps, frozenset(gap))


def find(doc: Document) -> Iterator[Hit]:
    toks = doc.tokens
    for s in doc.sentences:
        sent = toks[s.first:s.last]
        n = len(sent)
        lows = [t.lower for t in sent]
        for k, low in enumerate(lows):
            if low not in _TRIGGERS:
                continue  # the word-level rules below all open with one of these words
            t = sent[k]
            if t.kind != "word" or t.quoted:
                continue
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
            # "considering that the end of the war.": the preposition "since" spun into a
            # conjunction, which needs a clause.
            if low in _SINCE and k + 2 < n and lows[k + 1] == "that":
                h = _since(sent, lows, k)
                if h:
                    yield h
            # "having a hard time to keep": "struggling to" spun into a phrase that takes "-ing".
            if low in _HARD_TIME and k + 5 < n and lows[k + 1:k + 5] == ["a", "hard", "time", "to"]:
                nxt = sent[k + 5]
                if nxt.kind == "word" and nxt.lower not in FUNCTION_WORDS:
                    if word_pos(spin_data(), nxt.lower, spin_data().id(nxt.lower))[0] & VERB:
                        rep = _HARD_TIME[low] + " to"
                        if t.text[0].isupper():
                            rep = rep.capitalize()
                        yield Hit("hard_time", t.index, sent[k + 4].index, (rep,),
                                  f"'{t.text} a hard time to {nxt.text}' is not idiomatic ('a hard time "
                                  f"{nxt.text}ing' is); '{rep}' was meant", 0.7)
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
    yield from _labels(doc)


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


_HARD_TIME = {"having": "struggling", "have": "struggle", "has": "struggles", "had": "struggled"}
_LABEL_END = frozenset((":", ".", ")"))


def _labels(doc: Document) -> Iterator[Hit]:
    """Numbered labels that open lines ("Scenario 1:", "Situation 2:", "Circumstance 3:"), numbered
    1, 2, 3 ... in order, whose words differ although some are thesaurus synonyms: a spinner replaces
    each copy of a repeated word on its own. Each label whose word is not the most common one is
    flagged, with the other label words as suggestions."""
    toks = doc.tokens
    run: list[Token] = []
    for s in doc.sentences:
        if s.last - s.first < 3:
            continue
        w, num, end = toks[s.first], toks[s.first + 1], toks[s.first + 2]
        if not (w.kind == "word" and w.text[:1].isupper() and w.norm.isalpha() and num.kind == "number"
                and num.text.isdigit() and len(num.text) <= 2 and end.norm in _LABEL_END):
            continue
        if int(num.text) != len(run) + 1:
            yield from _label_run(run)
            run = []
        if int(num.text) == len(run) + 1:
            run.append(w)
    yield from _label_run(run)


def _label_run(labels: list[Token]) -> Iterator[Hit]:
    words = [t.lower for t in labels]
    if len(words) < 3 or len(set(words)) < 2:
        return
    d = spin_data()
    distinct = sorted(set(words))
    if not any(_link_level(d, a, b) > 0 for a in distinct for b in distinct if a != b):
        return  # not tight synonyms: the labels may name different things
    counts = {w: words.count(w) for w in distinct}
    top = max(counts.values())
    keep = {w for w, c in counts.items() if c == top} if top > 1 else set()
    for t in labels:
        if t.lower in keep:
            continue
        others = sorted((w for w in distinct if w != t.lower), key=lambda w: (-counts[w], w))
        sugg = tuple(w.capitalize() for w in others[:3])
        yield Hit("label_variation", t.index, t.index, sugg,
                  f"the numbered labels use different synonyms ({', '.join(w.capitalize() for w in distinct)}) "
                  f"for one repeated word", 0.6)


_SINCE = frozenset(("considering", "given", "seeing"))
_TRIGGERS = frozenset(("take", "however", *_LOOK_FOR, *_SINCE, *_HARD_TIME))
_NP_OPENERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "my", "your"))
_FINITE = frozenset("""is are was were be been being has have had will would can could may might must should
shall do does did am isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't
don't doesn't didn't""".split())
_CLAUSE_END = frozenset((",", ";", ":", ".", "!", "?"))


def _since(sent: list[Token], lows: list[str], k: int) -> Hit | None:
    """"considering that" + a noun phrase and no verb up to the clause's end. "that" must be
    followed by an article, a possessive or a number, so that it cannot be the determiner of
    "considering that option"."""
    n = len(sent)
    first = sent[k + 2]
    if not (lows[k + 2] in _NP_OPENERS or first.kind == "number"):
        return None
    d = spin_data()
    j = k + 2
    content = 0
    after_noun = False  # the word before is a noun or a name
    while j < n and sent[j].kind != "punct":
        t, low = sent[j], lows[j]
        if t.kind == "word":
            if low in _FINITE or low in _SUBJECTS or low in _CLAUSE_WORDS:
                return None  # a verb, a subject or another clause: the conjunction is right
            name = t.text[0].isupper() and j > 0
            if low not in FUNCTION_WORDS and not name:
                bits, dom = word_pos(d, low, d.id(low))
                if not bits:
                    return None  # an unknown word might be the verb
                if after_noun:
                    return None  # "the economy grew", "inflation in Europe rose": maybe a verb
                content += bits & NOUN
                after_noun = dom != ADJ
            else:
                after_noun = name
        elif t.kind in ("number", "acronym"):
            after_noun = True
            content += t.kind == "number" and len(t.text) == 4 and t.text.isdigit()  # a year
        else:
            return None
        j += 1
    if (j - (k + 2) < 2 and first.kind != "number") or not content or (j < n and sent[j].norm not in _CLAUSE_END):
        return None
    rep = "Since" if sent[k].text[0].isupper() else "since"
    return Hit("since_clause", sent[k].index, sent[k + 1].index, (rep,),
               f"'{sent[k].text} {sent[k + 1].text}' needs a clause, but only a noun phrase follows; "
               f"'{rep}' was meant", 0.75)


_CLAUSE_WORDS = frozenset(("and", "but", "or", "while", "which", "who", "whom", "whose", "that", "because",
                           "when", "where", "if", "as", "so", "although", "though", "whether"))


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
    """An idiom with exactly one word swapped for a word the thesaurus (or the idiom's own list of
    a spinner's swaps) links to it."""
    table = idioms()
    d = spin_data()
    n = len(sent)
    seen: set[tuple[int, int]] = set()
    by_word = table.by_word
    for k, low in enumerate(lows):
        entries = by_word.get(low)
        if not entries or sent[k].kind != "word" or sent[k].quoted:
            continue
        for idiom, j in entries:
            gaps = (0, 1, 2) if idiom in table.gap and j == 0 else (0,)
            for g in gaps:
                start = k - j
                i = _differing(idiom, lows, start, g)
                if i < 0:
                    continue  # most candidates differ in two words or more
                slots = _align(sent, lows, start, len(idiom), g)
                if slots is None or (start, len(idiom)) in seen:
                    continue
                hit = _swapped(d, table, idiom, i, [lows[x] for x in slots], [sent[x] for x in slots], g,
                               [x == 0 for x in slots], sent[slots[-1] + 1] if slots[-1] + 1 < n else None)
                if hit is not None:
                    seen.add((start, len(idiom)))
                    yield hit
                    break


def _object_noun(d, idiom: tuple[str, ...], i: int) -> bool:
    """Word `i` of the idiom is its opening verb or a noun after it ("lose ground", "make sense"):
    verbs and nouns combine freely ("losing impact", "colour sense"), so only a tight synonym says
    the idiom was meant."""
    if idiom[0] in FUNCTION_WORDS or word_pos(d, idiom[0], d.id(idiom[0]))[1] != VERB:
        return False
    return i == 0 or word_pos(d, idiom[i], d.id(idiom[i]))[1] == NOUN


_SUBJECTS = frozenset(("i", "you", "he", "she", "it", "we", "they", "there", "this", "that"))


def _clause_follows(d, low: str) -> bool:
    """The word may open or continue a clause: a subject pronoun, a word mostly used as a verb, or
    a verb's participle ("when again pressed")."""
    if low in _SUBJECTS:
        return True
    bits, dom = word_pos(d, low, d.id(low))
    if bits & VERB and dom == VERB:
        return True
    for suffix, stems in (("ed", (low[:-2], low[:-1])), ("ing", (low[:-3], low[:-3] + "e"))):
        if low.endswith(suffix) and any(word_pos(d, st, d.id(st))[0] & VERB for st in stems if len(st) >= 2):
            return True
    return False


def _differing(idiom: tuple[str, ...], lows: list[str], start: int, gap: int) -> int:
    """The position of the one word of `idiom` that differs from the words at `start` (with `gap`
    words skipped after the second; an opening verb in any form, "a" and "an" alike), or -1 when
    none or several differ: the test that rejects almost every candidate before it is aligned."""
    m = len(idiom)
    if start < 0 or start + m + gap > len(lows):
        return -1
    found = -1
    for q in range(m):
        w = lows[start + q + (gap if q >= 2 else 0)]
        want = idiom[q]
        if w != want and not (want in ("a", "an") and w in ("a", "an")) \
                and not (q == 0 and w in verb_forms(want)):
            if found >= 0:
                return -1
            found = q
    return found


def _align(sent: list[Token], lows: list[str], start: int, m: int, gap: int) -> list[int] | None:
    """Token positions of an idiom of `m` words at `start`, with `gap` modifiers after its
    second word (an article), or None."""
    if start < 0:
        return None
    slots = [start, start + 1] if m >= 2 else [start]
    for x in range(start + 2, start + 2 + gap):
        if x >= len(sent) or sent[x].kind != "word" or not lows[x].isalpha():
            return None
        if lows[x] in FUNCTION_WORDS and lows[x] not in _GAP_ADVERBS:
            return None
    slots += range(start + 2 + gap, start + m + gap)
    if slots[-1] >= len(sent) or any(sent[x].kind != "word" for x in slots):
        return None
    return slots


def _swapped(d, table: Idioms, idiom: tuple[str, ...], i: int, window: list[str], toks: list[Token], gap: int,
             initial: list[bool], after: Token | None) -> Hit | None:
    """The hit when `window` (the words aligned with `idiom`, word `i` the only one that differs,
    see `_differing`) is the idiom with that word swapped; `initial[k]`: the k-th word opens its
    sentence; `after`: the token after the idiom."""
    m = len(idiom)
    base = list(window)
    if idiom[0] != base[0] and base[0] in verb_forms(idiom[0]):
        base[0] = idiom[0]  # "plays a role" is the idiom "play a role"
    swap = window[i] in table.swaps.get((idiom, i), ())
    if idiom[i] in _ARTICLES or not swap and all(w in FUNCTION_WORDS for k2, w in enumerate(idiom) if k2 != i):
        return None  # "at stake" -> "at government": a preposition is no anchor
    if swap and after is not None and after.kind == "word" and _clause_follows(d, after.lower):
        return None  # "when again asked, he ...": the function word in its own sense
    if gap and i != 2:
        return None  # the modifiers only matter before the noun they modify
    tok = toks[i]
    if tok.quoted or (tok.text[0].isupper() and not initial[i]):
        return None  # a capital mid-sentence: a name, not a swapped word
    if tuple("a" if w == "an" else w for w in base) in table.known:
        return None  # another idiom ("play a part")
    if not swap:
        level = _link_level(d, idiom[i], window[i])
        if idiom in table.gap:
            # Verb + article + noun: the article-noun pair says nothing ("a function" is common
            # English, "play a function" is not), so a WordNet link counts whatever the pair's
            # frequency; over modifiers only a WordNet link counts ("take the top place" is no
            # spun "take the lead").
            if level < 0 or (level < WORDNET and (gap or _attested_variant(d, idiom, base, i))):
                return None
            if i == m - 1 and after is not None and after.kind == "word" and after.lower not in FUNCTION_WORDS:
                return None  # "take the top slot": the word is a modifier, not the noun
        elif level < 0 or _attested_variant(d, idiom, base, i):
            return None
        elif level < WORDNET and _object_noun(d, idiom, i):
            return None  # "losing impact" is a free verb and object, not a broken "lose ground"
    orig = idiom[i]
    if tok.text[0].isupper():
        orig = orig.capitalize()
    shown = " ".join(t.text for t in toks) if not gap else f"{toks[0].text} {toks[1].text} ... {toks[-1].text}"
    return Hit("idiom", tok.index, tok.index, (orig,),
               f"'{shown}' breaks the idiom '{' '.join(idiom)}'", 0.8 if not gap else 0.75)


def _attested_variant(d, idiom: tuple[str, ...], window: list[str], i: int) -> bool:
    """The variant's own word pairs are common English ("in the long term"), not a broken idiom:
    a pair around the swapped word is a known collocation, or its web count is at least 1/50 of
    the idiom's pair."""
    from ... import ngrams

    pairs = [(a, b) for a, b in ((i - 1, i), (i, i + 1)) if a >= 0 and b < len(window)]
    # A pair with a function word says little ("the close" is common, "in the close future" is
    # not): when the swapped word has a content word beside it, only that pair is weighed.
    content = [(a, b) for a, b in pairs if window[a] not in FUNCTION_WORDS and window[b] not in FUNCTION_WORDS]
    for a, b in content or pairs:
        if d.strength(d.id(window[a]), d.id(window[b])):
            return True
        seen = ngrams.bigram(window[a], window[b])
        if seen and seen * 50 >= ngrams.bigram(idiom[a], idiom[b]):
            return True
    return False


def _link_level(d, original: str, observed: str) -> int:
    """The level of the thesaurus link by which `observed` stands for `original` (expansion.LOOSE,
    MUTUAL or WORDNET), or -1 when `observed` is not listed as its synonym."""
    i, j = d.id(observed), d.id(original)
    if i < 0 or j < 0:
        return -1
    for o in d.originals(i):
        if (o & ID_MASK) == j:
            return link_level(o)
    return -1


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
