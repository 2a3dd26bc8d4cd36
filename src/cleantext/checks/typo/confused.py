"""typo.confused: a common word typed for another it is often confused with, read by the trigram
language model on both sides ("They left there books" -> their, "Please read you email" -> your,
"there was to much noise" -> too, "a thin from of paper" -> form).

The confusion-set pass of `typo.realword` weighs such words with the web bigram counts, which see
one word on each side and need a large margin (the pair "left there" is as common as "left their").
Here the trigram model judges each side separately: the partner x must not be much less likely
than the typed word w after the two words before it (LEFT_MIN), and must be clearly likelier before
the words after it (RIGHT_MIN): a slip breaks the phrase that follows it, while the words before it
often allow either ("left there" and "left their"). A question ("Are there tools") or an adverb
("out there life is hard") keeps the left side far below LEFT_MIN.

Which pairs are judged is data (`data/typo/confused_pairs.tsv`), chosen by
`scripts/calibrate_typo_confused.py` on documentation prose: the pairs where these thresholds flag
at most one use in a thousand of the typed word and two in a million words of prose, and find at
least a fifth of the partner's uses typed as the typed word. Only lower-case words and capitalised
sentence starts are judged, with a word on each side within two characters (blanked code between
words is no neighbour), and not in headlines (telegraphic, and read badly by the model). The
verdict's confidence is scaled by the document's density of sure slips as the other real-word
verdicts are (`typo/__init__.py`).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from ...document import Document, Token
from ...findings import Finding
from ...rules import Rule, flags, passes
from .candidates import case_like
from .context import EOS, lm, logp3, tri_sides
from .spans import trigram_left, trigram_right

CONFUSED = Rule(
    "typo.confused", "typo", "warning",
    "A common word typed for one it is often confused with (there/their, you/your, to/too, from/form), "
    "where the language model reads the words around it as the other word's.",
    (
        flags("The students left there books in the hall.", "their", span="there"),
        flags("Please read you email before the meeting.", "your", span="you"),
        flags("He forgot is keys at home again.", "his", span="is"),
        flags("The engine makes to much noise at night.", "too", span="to"),
        flags("Fill in the from and send it back.", "form", span="from"),
        flags("I don't no where the keys are.", "know", span="no"),
        passes("Out there life is hard, but they stay."),
        passes("Are there tools to help find bugs?"),
        passes("We went there last year and loved it."),
        passes("It will cost you money to fix."),
        passes("They gave you time to think it over."),
        passes("She wanted to go home early."),
        passes("The letter came from the office."),
        passes("There is no reason to wait."),
    ),
)

# Log10 odds of the partner against the typed word (`sides`): the left side may fall short of even
# by this much, the right side must pass this. Measured by scripts/calibrate_typo_confused.py
# (table in data/typo/README.md).
LEFT_MIN = -0.25
RIGHT_MIN = 1.0
# As typo.homophone's model reading. The document's own density of slips scales it
# (typo/__init__.py): in a long text with no sure slip a verdict is reported, not applied by `fix`.
CONFIDENCE = 0.85


@lru_cache(maxsize=1)
def pairs() -> dict[str, tuple[str, ...]]:
    """typed word -> the words it may have been typed for (confused_pairs.tsv)."""
    from .lexicon import read_data

    out: dict[str, list[str]] = {}
    for line in read_data("confused_pairs.tsv").decode("utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("typed\t"):
            continue
        typed, meant = line.split("\t")[:2]
        out.setdefault(typed, []).append(meant)
    return {k: tuple(v) for k, v in out.items()}


def plain_case(doc: Document, t: Token) -> bool:
    """Lower case, or a capital that only opens the sentence ("There books were lost")."""
    text = t.text
    if text.islower():
        return True
    return text[:1].isupper() and (len(text) == 1 or text[1:].islower()) \
        and doc.sentence_of(t).first == t.index


def sides(w: str, x: str, window: tuple[str | None, str, str, str | None], lazy: bool = True
          ) -> tuple[float, float]:
    """(left, right): `context.tri_sides` of x against w in `window` (p2, p1, n1, n2). `lazy`: the
    right side is 0 when the left one already fails LEFT_MIN (most uses of "to" or "of" end there)."""
    return tri_sides(w, x, *window, settle_below=LEFT_MIN if lazy else None)


def verdict(doc: Document, t: Token) -> str | None:
    """The word `t` was probably typed for (lower case), or None."""
    alts = pairs().get(t.lower)
    if not alts or not plain_case(doc, t):
        return None
    ids = lm().ids
    left = trigram_left(doc, t, ids)
    if left is None or not _left_passes(t.lower, *left, LEFT_MIN):
        return None  # settled on the left for every partner (most uses of "to", "a", "is")
    if len(doc.sentences) > 1 and doc.sentence_of(t).heading:
        return None  # headlines are telegraphic: the model reads them badly
    right = trigram_right(doc, t, ids)
    if right is None or right[0] == EOS:
        return None
    window = (*left, *right)
    best, best_m = None, 0.0
    for x in alts:
        left, right = sides(t.lower, x, window)
        if left >= LEFT_MIN and right >= RIGHT_MIN and (best is None or min(left, right) > best_m):
            best, best_m = x, min(left, right)
    return best


@lru_cache(maxsize=1 << 15)
def _left_passes(w: str, p2: str | None, p1: str, need: float) -> bool:
    """Whether some partner of `w` passes `need` (LEFT_MIN) after p2 p1: a function of the typed
    word and the two words before it alone, which recur ("going to", "is a"), so memoised."""
    own = logp3(w, p2, p1)
    return any(logp3(x, p2, p1) - own >= need for x in pairs().get(w, ()))


def run(doc: Document, taken: set[int]) -> Iterator[Finding]:
    table = pairs()
    for t in doc.tokens:
        if t.lower not in table or t.kind != "word" or t.quoted or t.start in taken:
            continue
        best = verdict(doc, t)
        if best is None:
            continue
        rep = case_like(best, t.text)
        yield CONFUSED.finding(t.start, t.end, f"{t.text!r} may be a slip for {rep!r} here.", [rep], CONFIDENCE)
