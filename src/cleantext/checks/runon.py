"""Run-on sentences and comma splices (style hints).

* `style.run_on`: a sentence of more than 40 words. Tiers: 41-60 words is a hint (info); more than
  60 words with a stretch of over 40 words without any internal punctuation, or more than 80 words
  in all, is a warning. Long sentences that are well punctuated (quotations, lists of names, legal
  sentences) stay hints, and only when they pass 50 words. Headings and list items are not
  sentences and are never flagged.
* `style.comma_splice`: two independent clauses joined by a comma only ("The plan failed, it was
  too costly."). The suggestion splits the sentence at the comma.
"""
from __future__ import annotations

from typing import Iterator, Sequence

from ..document import Document, Token
from ..findings import Finding
from ..rules import Rule, flags, passes

HINT_WORDS = 40
WARN_WORDS = 60
VERY_LONG_WORDS = 80
UNPUNCTUATED_WORDS = 40  # longest stretch without internal punctuation that makes a warning
WELL_PUNCTUATED = 15  # at least one internal mark per this many words

RUN_ON = Rule(
    "style.run_on", "style", "info",
    "A sentence of more than 40 words; over 60 words with no internal punctuation is hard to read.",
    (
        flags("The new road that the council wants to build between the two villages on the other side "
              "of the river would cut the journey time for the people who work in the town by almost half "
              "according to the engineers who drew up the plans for the scheme last year and who now want "
              "the government to pay for most of it before the end of the decade.",
              span="The new road that the council wants"),
        flags("When the team arrived at the stadium on Saturday morning the players found that the pitch "
              "had been flooded overnight by the storm and the groundsmen were still trying to clear the "
              "water from the goalmouths with buckets and brooms while the referee walked around.",
              span="When the team arrived"),
        passes("The minister said the plan would be published in the spring."),
        passes("Those present were: Ann Lee, Bob Hart, Carl Ives, Dina Moss, Ed Park, Fay Quinn, Gus Rowe, "
               "Hal Shaw, Ida Tate, Jon Vale, Kim West, Lou Yates, Max Zane, Ned Abel, Olga Best, Pat Cole, "
               "Quentin Dunn, Rosa Eyre, Sam Ford and Tess Gale."),
        passes("- Buy milk, bread, eggs, butter, cheese, apples, pears, onions, carrots, potatoes, rice, "
               "pasta, flour, sugar, salt, pepper, oil, vinegar, tea, coffee, juice, jam, honey, oats, "
               "yoghurt, beans, lentils, tomatoes, garlic and lemons from the market on the way home"),
    ),
    fix="never",
)
COMMA_SPLICE = Rule(
    "style.comma_splice", "style", "info",
    "Two independent clauses joined only by a comma; split them or join them with a conjunction.",
    (
        flags("The shop closed at noon, it was too hot to work.", ". It", span=", it"),
        flags("Our train was cancelled again, we have to take the bus.", ". We", span=", we"),
        passes("When the shop closed at noon, it was too hot to work."),
        passes("\u201cThe shop closed at noon,\u201d he said."),
        passes("The shop was, it said, closed at noon."),
        passes("The shop closed at noon, and it was too hot to work."),
    ),
    fix="all",
)
RULES = (RUN_ON, COMMA_SPLICE)

_INTERNAL = frozenset(",;:()[]\u2013\u2014\"\u201c\u201d")
_SPLIT_WORDS = frozenset("and but so while which because although whereas".split())
_QUOTES = frozenset("\"\u201c\u201d")
_CLAUSE_MARKS = frozenset(",;:\u2013\u2014")
_SUBJECTS = frozenset("i he she it we they you this there".split())
_SUBJECT_CONTRACTIONS = frozenset(
    "i'm i've i'd i'll he's he'd he'll she's she'd she'll it's it'll we're we've we'd we'll "
    "they're they've they'd they'll you're you've you'll that's there's".split())
_FINITE = frozenset(
    "is was are were am has had have will would can could should must may might shall does did do "
    "isn't wasn't aren't weren't hasn't hadn't haven't won't wouldn't can't couldn't shouldn't doesn't "
    "didn't don't".split())
# Frequent irregular past tenses: with _FINITE and "-ed" they tell a clause from an introductory phrase.
_PAST = frozenset(
    "left went came took made said got gave found told felt became began kept held brought thought "
    "stood ran saw knew won lost met paid sent spent built fell rose sold wrote broke chose drove ate "
    "flew grew hit put set cut led let sat shot spoke struck threw wore sang swam slept meant heard "
    "understood caught taught fought bought sought lay rang woke".split())
_REPORTING = frozenset(
    "said says added told explained argued insisted claimed warned noted wrote thinks think believes "
    "believe seems seemed appears appeared suppose guess hope reckon admitted stressed asked replied "
    "recalled continued".split())
_PASSIVE = frozenset("been be being".split())
# Words that open an introductory phrase rather than a clause.
_INTRO = frozenset(
    "with without in on at by for from of out after before during despite according under over "
    "to into through among amid like unlike following born aged".split())
_INVERTED = frozenset("should had were".split())
_SUBORDINATORS = frozenset(
    "if when whenever although though because while whilst as since after before unless until once "
    "whether where wherever even given provided".split())


def run(doc: Document, ctx) -> Iterator[Finding]:
    toks = doc.tokens
    blocks = doc.blocks
    prose = doc.prose
    for s in doc.sentences:
        if s.heading or blocks[s.block].kind != "paragraph":
            continue
        stoks = toks[s.first:s.last]
        f = _run_on(s.start, s.end, stoks)
        if f is not None:
            yield f
        if "," in prose[s.start:s.end]:  # every "," token is a "," of the prose; one C-level scan
            yield from _splices(doc, stoks)


def _run_on(start: int, end: int, stoks: Sequence[Token]) -> Finding | None:
    if len(stoks) <= HINT_WORDS:
        return None  # fewer tokens than HINT_WORDS, so fewer words: most sentences stop here
    words = longest = stretch = marks = quoted = 0
    for t in stoks:
        if t.kind in ("word", "acronym", "abbrev", "number"):
            words += 1
            stretch += 1
            quoted += t.quoted
            if stretch > longest:
                longest = stretch
        elif t.kind == "punct" and t.text in _INTERNAL:
            marks += 1
            stretch = 0
    if words <= HINT_WORDS:
        return None
    if longest > UNPUNCTUATED_WORDS and words > WARN_WORDS or words > VERY_LONG_WORDS:
        what = "no internal punctuation for " + str(longest) + " words" if longest > UNPUNCTUATED_WORDS \
            else "hard to follow"
        return RUN_ON.finding(start, end, f"Very long sentence ({words} words, {what}); split it"
                              f"{_split_hint(stoks, words)}.", (), 0.75, severity="warning")
    well_built = marks * WELL_PUNCTUATED >= words or quoted * 2 >= words
    if well_built and words <= 50:
        return None
    return RUN_ON.finding(start, end, f"Long sentence ({words} words); consider splitting it"
                          f"{_split_hint(stoks, words)}.", (), 0.55)


def _split_hint(stoks: Sequence[Token], words: int) -> str:
    """Where to split: the clause mark or conjunction nearest the middle of the sentence."""
    best, best_dist, seen = None, words, 0
    for k, t in enumerate(stoks):
        if t.kind in ("word", "acronym", "abbrev", "number"):
            seen += 1
            if t.kind != "word" or t.lower not in _SPLIT_WORDS or k == 0:
                continue
        elif not (t.kind == "punct" and t.text in ",;:"):
            continue
        dist = abs(seen - words // 2)
        if dist < best_dist and 5 <= seen <= words - 5:
            best, best_dist = k, dist
    if best is None:
        return ""
    t = stoks[best]
    if t.kind == "punct":
        return f", perhaps after '{stoks[best - 1].text}{t.text}'"
    return f", perhaps before '{t.text} {stoks[best + 1].text}'" if best + 1 < len(stoks) else ""


def _splices(doc: Document, stoks: Sequence[Token]) -> Iterator[Finding]:
    if not any(t.text == "," for t in stoks):
        return
    quoted = any(t.quoted or t.text in _QUOTES for t in stoks)
    clause_start = 0
    for k, t in enumerate(stoks):
        if t.kind != "punct":
            continue
        if t.text != ",":
            if t.text in _CLAUSE_MARKS or t.text in "()\"\u201c\u201d":
                clause_start = k + 1
            continue
        f = _splice_at(doc, stoks, clause_start, k, quoted)
        if f is not None:
            yield f
        clause_start = k + 1


def _splice_at(doc: Document, stoks: Sequence[Token], a: int, k: int, quoted: bool) -> Finding | None:
    comma = stoks[k]
    if k + 1 >= len(stoks) or comma.quoted or quoted:
        return None  # speech is quoted as spoken
    nxt = stoks[k + 1]
    if nxt.kind != "word" or nxt.quoted or "\n" in doc.text[comma.end:nxt.start]:
        return None
    low = nxt.lower
    if low in _SUBJECT_CONTRACTIONS:
        after = stoks[k + 2] if k + 2 < len(stoks) else None
    elif low in _SUBJECTS and k + 2 < len(stoks) and stoks[k + 2].kind == "word" \
            and stoks[k + 2].lower in _FINITE:
        after = stoks[k + 3] if k + 3 < len(stoks) else None
    else:
        return None
    if after is not None and after.kind == "word" and (after.lower in _REPORTING or after.lower in _PASSIVE):
        return None  # "It was, it seems, ..." / "..., he will argue" / "..., it has been announced"
    if low in _SUBJECTS and k + 3 < len(stoks) and stoks[k + 3].lower in _PASSIVE:
        return None
    before = [t for t in stoks[a:k] if t.kind == "word"]
    first = before[0].lower if before else ""
    if len(before) < 3 or first in _INVERTED or first in _INTRO or first.endswith(("ing", "ed")):
        return None  # "Should he win, ...", "With a game so open, ...", "Geared towards gamers, ..."
    if any(t.lower in _SUBORDINATORS for t in before):
        return None  # "She added that while progress had been made, there was ..."
    if not any(t.lower in _FINITE or t.lower in _PAST or t.lower in _SUBJECT_CONTRACTIONS
               or t.lower.endswith("ed") for t in before):
        return None  # no finite verb before the comma: probably an introductory phrase
    word = nxt.text if nxt.text.startswith("I") and low.split("'")[0] == "i" else nxt.text[:1].upper() + nxt.text[1:]
    return COMMA_SPLICE.finding(
        comma.start, nxt.end, "Comma splice: two sentences joined by a comma. Split them here.",
        (". " + word, "; " + nxt.text), 0.6)
