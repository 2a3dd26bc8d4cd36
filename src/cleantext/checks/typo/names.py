"""typo.case: names written in lower case ("moscow", "seven russians") and lower-case sentence starts.

The evidence for a name is the curated list of places, peoples and languages (data/typo/names.txt),
a word the SCOWL lists only ever spell with a capital, or the capitalised spelling appearing
elsewhere in the same document. A lower-case form that is itself an ordinary word ("turkey", "china",
"polish": listed in names.txt) is never changed on the list's word alone.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from ...document import Document
from ...findings import Finding
from ...rules import Rule, flags, passes
from .lexicon import curated_names, lexicon, name_collisions
from .spans import WordSpan

CASE = Rule(
    "typo.case", "typo", "warning",
    "A name written in lower case, or a sentence that starts with a lower-case letter.",
    (
        flags("Talks in moscow ended without a deal.", "Moscow", span="moscow"),
        flags("Relations between armenia and Baku are tense.", "Armenia", span="armenia"),
        flags("Officials said seven russians were detained.", "Russians", span="russians"),
        flags("The meeting angered azeri officials.", "Azeri", span="azeri"),
        flags("The talks failed. several delegates left early.", "Several", span="several"),
        flags("She was born in 1990. she moved to Leeds.", "She", span="she"),
        passes("Items:\n1990. the year of the move\n2004. the year of the return"),
        flags("Talks with Ganjavi and his aides went well, so Ganjavi smiled and later ganjavi spoke.",
              "Ganjavi", span="ganjavi"),
        passes("Turkey is served with polish on the china plates."),
        passes("See e.g. the report, or cf. the annex; the U.S. delegation agreed."),
        passes("The results were clear. iPhone sales rose."),
        flags("The council met on Monday.\nThe vote was close.\nwhy does the council wait so long?",
              "Why", span="why"),
        passes("the lower-case house style is used here.\nand every paragraph keeps it that way."),
        passes("Intro line.\nde Gaulle said so in his memoirs of the war.\nThe end came later."),
        passes("The deal is worth 5 bn. dollars in total."),
        passes("His days in Wham! through to his solo years, and Who is Sylvia? by Albee."),
    ),
)

_NO_START_AFTER = frozenset("""e.g i.e etc vs cf al approx no nos fig figs vol eq ca op cit ibid mr mrs ms dr
prof st jr sr inc ltd co corp dept est gen lt col sgt capt gov rev univ p pp""".split())


def run(doc: Document, spans: list[WordSpan], ctx) -> Iterator[Finding]:
    lex = lexicon()
    curated = _curated_lower()
    capitalised_in_doc = _capitalised_forms(doc, spans)
    accept = ctx.config.accept
    seen_starts: set[int] = set()
    capital_starts = _capitalised_paragraphs(doc)
    for sp in spans:
        text = sp.text
        if not text[:1].islower() or sp.token.quoted:
            continue
        low = sp.lower
        if low in accept:
            continue
        canon = None
        conf = 0.0
        if low in curated:
            canon, conf = curated[low], 0.92 if low not in lex.common else 0.85
        elif low not in lex.common:
            if low in capitalised_in_doc:
                canon, conf = capitalised_in_doc[low], 0.88
            elif low in lex.names and len(low) >= 4 and lex.freq(low) >= 50:
                canon, conf = lex.names[low], 0.6
        if canon is not None and canon.lower() == low:
            rep = canon if not sp.in_compound or text == low else canon
            yield CASE.finding(sp.start, sp.end, f"{rep!r} is a name and takes a capital.", [rep], conf)
            continue
        if sp.token.start in seen_starts or sp.in_compound and sp.start != sp.token.start:
            continue
        if (_lower_start(doc, sp) or _lower_paragraph_start(doc, sp, capital_starts)) \
                and (low in lex.common or low in lex.names):
            seen_starts.add(sp.token.start)
            rep = text[:1].upper() + text[1:]
            yield CASE.finding(sp.start, sp.start + len(text), _START_MESSAGE, [rep], 0.85)


_START_MESSAGE = "A sentence starts with a lower-case letter."


def lower_start(f: Finding) -> bool:
    """Whether `f` capitalises a sentence start (not a name)."""
    return f.message == _START_MESSAGE


@lru_cache(maxsize=1)
def _curated_lower() -> dict[str, str]:
    collisions = name_collisions()
    return {n.lower(): n for n, cat in curated_names().items()
            if " " not in n and cat != "also a common word" and n.lower() not in collisions}


def _capitalised_forms(doc: Document, spans: list[WordSpan]) -> dict[str, str]:
    """Lower-case key -> capitalised spelling, for words capitalised in mid-sentence here."""
    upper: dict[str, list] = {}
    lower: dict[str, int] = {}
    for sp in spans:
        if len(sp.text) < 4:
            continue
        if sp.text.islower():
            lower[sp.lower] = lower.get(sp.lower, 0) + 1
        elif not sp.sentence_start and sp.capitalised and not doc.sentence_of(sp.token).heading:
            entry = upper.setdefault(sp.lower, [sp.text, 0])  # headlines capitalise every word
            entry[1] += 1
    # the document's own convention: capitalised more often than not ("cyber" stays lower case
    # beside one "Cyber Security Division")
    return {low: text for low, (text, n) in upper.items() if n > lower.get(low, 0)}


_PARTICLES = frozenset("de da di del della van von der den le la al el bin ibn dos das du ter".split())


def _capitalised_paragraphs(doc: Document) -> bool:
    """The document's prose paragraphs normally start with a capital (at least two thirds of
    them), so a lower-case start is a slip and not the author's style."""
    upper = lower = 0
    for b in doc.blocks:
        if b.kind != "paragraph" or b.first_sentence >= b.last_sentence:
            continue
        first = doc.tokens[doc.sentences[b.first_sentence].first]
        if first.kind == "word" and first.text[:1].isalpha():
            if first.text[:1].isupper():
                upper += 1
            else:
                lower += 1
    return upper >= 2 and upper >= 2 * lower


def _lower_paragraph_start(doc: Document, sp: WordSpan, capital_starts: bool) -> bool:
    """A prose paragraph (ending in final punctuation, four or more words) that starts with a
    lower-case common word, in a document whose paragraphs otherwise start with capitals."""
    if not capital_starts or sp.start != sp.token.start:
        return False
    sent = doc.sentence_of(sp.token)
    block = doc.blocks[sent.block]
    if block.kind != "paragraph" or sent.first != sp.token.index or sent.heading:
        return False
    if doc.sentences[block.first_sentence] is not sent or sp.lower in _PARTICLES:
        return False
    return sum(1 for t in doc.tokens[sent.first:sent.last] if t.kind == "word") >= 4


def _lower_start(doc: Document, sp: WordSpan) -> bool:
    """A lower-case word right after a full stop that ends a sentence: "costs. several now"."""
    toks = doc.tokens
    i = sp.token.index
    if i < 2 or sp.start != sp.token.start:
        return False
    dot, before = toks[i - 1], toks[i - 2]
    if dot.kind != "punct" or dot.text != "." or dot.end == sp.start:  # "Wham! through" is a title
        return False
    gap = doc.text[dot.end:sp.start]
    if gap != " ":
        return False  # a line break or several spaces: a list, a heading or code
    if before.kind == "number" and before.end == dot.start and before.text.isdigit() and len(before.text) == 4 \
            and i >= 3 and toks[i - 3].kind == "word" and doc.text[toks[i - 3].end:before.start] == " ":
        return True  # "... born in 1990. he moved": a year after a word ends a sentence
    if before.kind != "word" or before.end != dot.start or len(before.text) < 3:
        return False
    if before.lower in _NO_START_AFTER or "." in before.text:
        return False
    if i >= 3 and toks[i - 3].kind == "punct" and toks[i - 3].text == "." and toks[i - 3].end == before.start:
        return False  # "a.b. word"
    return True
