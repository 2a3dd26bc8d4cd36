"""Degeneration: where machine text falls apart, span by span.

* `degeneration.word_salad` (salad.py): stacked nouns and adjectives with almost no function
  words, no verbs and no punctuation.
* `degeneration.repetition` (repetition.py): repetition loops of greedy or beam decoding.
* `degeneration.incoherent` (coherence.py): a long text whose content words almost never recur
  (topic drift of sampled text); document-level, "info", reported only when no span above
  explains the damage.
* `style.not_english` (language.py): passages in another language, reported instead of salad.

Document score
--------------
`degeneration_score` (in `Report.scores`) is the share of the document's words that lie inside
word-salad and repetition findings, from 0 to 1, with the sub-scores `degeneration_repetition_share` and
`degeneration_salad_share`. At or above SCORE_THRESHOLD (0.2) the report carries a verdict.
Edited human text scores 0; a greedy-decoding loop typically scores 0.3 to 0.9. Texts of 300
words or more also get `degeneration_lexical_cohesion` (see coherence.py), with a verdict when it
is below the threshold for their length.

The salad and repetition rules suggest deleting the span. Deletion is never applied by `fix` (the rules'
fix level is "never" and their confidence stays below the fix threshold): a reader decides.
"""
from __future__ import annotations

import bisect
from operator import attrgetter
from typing import Iterator

from ...document import Document
from ...findings import Finding
from ...rules import Rule, flags, passes
from .coherence import MIN_WORDS as MIN_COHESION_WORDS
from .coherence import lexical_cohesion
from .language import find_foreign
from .repetition import find_loops
from .salad import find_salad

SCORE_THRESHOLD = 0.2
_LOWER = attrgetter("lower")
_KIND = attrgetter("kind")
_WORDISH = frozenset(("word", "acronym", "abbrev", "number"))

_SALAD_TEXT = (
    "The council met on Monday to discuss the budget. Officials described the outlook as "
    "unresolved strategic multilayer configuration dynamics hugely impactful regional ambitions "
    "visibly accelerating pace pivotal stakes fragile equilibrium continuously volatile indefinite "
    "fragility inevitable challenge confronting stakeholders actively shaping outcome respective "
    "negotiation reconciliation processes dramatically impacting surrounding configuration."
)
_LOOP_TEXT = (
    "The mayor opened the new bridge on Friday. She said the bridge would help local traders. "
    "She said the bridge would help local traders. She said the bridge would help local traders. "
    "She said the bridge would help local traders."
)

WORD_SALAD = Rule(
    "degeneration.word_salad", "degeneration", "warning",
    "A long run of stacked nouns and adjectives with almost no function words, verbs or "
    "punctuation: generated text that has fallen apart.",
    (
        flags(_SALAD_TEXT, "", span="unresolved strategic multilayer configuration dynamics hugely impactful"),
        flags("- quarterly growth targets ambitious expansion plans regional market dominance strategic "
              "partnerships innovative product lines customer loyalty programs digital transformation "
              "initiatives operational excellence frameworks sustainable long-term value creation",
              "", span="regional market dominance strategic partnerships"),
        passes("The committee, which had met three times since the spring, agreed on Tuesday that the "
               "proposals put forward by the two unions and the employers should be studied again by an "
               "independent panel before any decision on pay or working hours was taken by the board."),
        passes("Guests included John Smith, Mary Jones, Peter Brown, Alice Green, Tom White, Sarah Black, "
               "David Gray, Emma Stone, Paul King, Lucy Hall, Mark Wood, Anna Bell and Chris Lee."),
        passes("Le gouvernement a annoncé mardi une nouvelle réforme des retraites qui sera présentée au "
               "parlement dans les prochaines semaines, selon le ministre du travail et de la santé."),
        passes("Olympic 200m champion Anna Berg clinched third place ahead of European 400m record holder "
               "and Smith's training partner Maria Lopez in Rome."),
        passes("Shares rose sharply\nOil prices fall again\nMinisters agree new deal on trade\n"
               "Storm warning issued for coast"),
    ),
    fix="never",
)
REPETITION = Rule(
    "degeneration.repetition", "degeneration", "warning",
    "The same sentence or long phrase repeated in a loop, as greedy or beam decoding produces.",
    (
        flags(_LOOP_TEXT, "", span="She said the bridge would help local traders. She said the bridge would help"),
        flags("Prices went up and then prices went up and then prices went up and then prices went up and "
              "then prices went up and then prices went up and then prices went up again.", ""),
        passes("The bank raised rates in March. Analysts said the bank raised rates in March because "
               "inflation was high, and that it might do so again."),
        passes("Chorus: we will rise again.\nThe night was long and cold.\nChorus: we will rise again."),
        passes("Item one costs five pounds. Item two costs five pounds. Item three costs six pounds."),
    ),
    fix="never",
)
NOT_ENGLISH = Rule(
    "style.not_english", "style", "info",
    "A passage that is not in English; cleantext checks English prose only.",
    (
        flags("Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen, das die Mieten in den "
              "Städten begrenzen soll und von der Opposition kritisiert wird.",
              span="Der Bundestag hat am Donnerstag"),
        flags("Москва и Баку продолжают обмениваться заявлениями после крушения самолёта в Казахстане, "
              "сообщили источники в правительстве обеих стран."),
        passes("The Bundestag passed a new law on Thursday to cap rents in the cities, and the "
               "opposition criticised it as too weak."),
        passes("He ordered the coq au vin and a glass of vin de table, then asked for la carte des desserts."),
    ),
    fix="never",
)
_DRIFT = " ".join((
    "Lanterns swung above the harbour while fishermen mended torn nets.",
    "Meanwhile quantum processors require extremely cold refrigeration units.",
    "My grandmother preferred marmalade with buttered toast on Sundays.",
    "Volcanic basalt columns formed along ancient Icelandic coastlines.",
    "Several orchestras postponed winter concerts because violinists caught influenza.",
    "Investors panicked after copper futures collapsed overnight in Shanghai.",
    "Penguins huddle together against brutal Antarctic blizzards.",
    "His bicycle chain snapped halfway up the steep cobbled lane.",
    "Medieval monks copied illuminated manuscripts by flickering candlelight.",
    "Electric scooters now clutter pavements outside railway stations.",
    "A forgotten umbrella leaned against the dusty piano.",
    "Botanists catalogued rare orchids deep inside Borneo rainforests.",
    "Teenagers queued outside cinemas for the superhero premiere.",
    "Glaciers retreat faster whenever summers become unusually warm.",
    "The carpenter sanded oak shelves until they gleamed.",
    "Satellite imagery revealed illegal logging near remote rivers.",
    "Grandfather clocks chimed midnight across the silent mansion.",
    "Chess grandmasters analysed endgames using powerful engines.",
    "Fresh basil smells wonderful beside ripe tomatoes.",
    "Submarine cables carry most intercontinental internet traffic.",
    "Her poodle barked furiously at passing delivery vans.",
    "Archaeologists unearthed bronze coins beneath Roman villas.",
    "Marathon runners hydrate carefully during humid afternoons.",
    "Pharmacists warned customers about counterfeit painkillers sold online.",
    "Thunderstorms flooded basements throughout coastal Louisiana.",
    "Origami cranes decorated every classroom window that spring.",
    "Blacksmiths hammered glowing horseshoes inside smoky forges.",
    "Astronomers detected faint radio bursts from distant galaxies.",
    "Vineyards harvested grapes early following scorching heatwaves.",
    "Toddlers giggled while chasing soap bubbles outdoors.",
    "Parliament debated fishing quotas until dawn.",
    "Mechanics replaced worn brake pads on delivery trucks.",
    "Jazz saxophonists improvised melodies inside crowded basements downtown.",
    "Honeybees pollinate almond blossoms across Californian valleys.",
    "Tailors measured customers carefully before stitching bespoke jackets.",
    "Mountaineers abandoned summit attempts amid howling winds.",
    "Librarians digitised fragile newspapers from Victorian times.",
    "Dolphins followed ferries crossing turquoise Aegean waters.",
    "Cryptographers discovered flaws inside outdated encryption protocols.",
    "Potters glazed ceramic bowls before firing their kilns.",
))
_COHESIVE = " ".join((
    "The town council has agreed a new budget for the library, and the library will open on "
    "Sundays from next month.",
    "The council said the budget for the library had been cut three times since 2010, and that "
    "the library had lost half of its staff.",
    "Readers who use the library every week welcomed the news.",
    "One reader said the library was the only warm place in the town where she could read a "
    "newspaper without paying for a coffee.",
    "The council leader said the new budget would pay for two more librarians and for longer "
    "opening hours.",
    "The library will also lend laptops to readers who do not have a computer at home.",
    "Last year the library lent more than forty thousand books, the council said, and the number "
    "of readers has grown every year.",
    "The budget also includes money to repair the roof of the library, which has leaked for years.",
    "Builders will start on the roof in the summer, when fewer readers visit the library.",
    "The council will ask readers which books the library should buy next.",
    "A meeting for readers will be held at the library on Tuesday evening, and the council leader "
    "will answer questions about the budget.",
    "Some members of the council said the budget should have gone further.",
    "They want the library to open late on Thursdays, so that readers who work during the day can "
    "borrow books in the evening.",
    "The council leader said that the library would open late if the budget allowed it next year.",
    "The town has had a library since 1904, when a local mill owner paid for the building.",
    "The building is now one of the oldest in the town, and the council says it will keep the "
    "library there for as long as readers use it.",
    "Staff at the library said they were delighted with the budget.",
    "The head librarian said the new hours would let the library run reading groups for children "
    "on Sunday afternoons, and that readers had asked for them for years.",
))
INCOHERENT = Rule(
    "degeneration.incoherent", "degeneration", "info",
    "A long text whose content words almost never recur: it drifts from topic to topic, as text "
    "sampled from a small language model does.",
    (
        flags(_DRIFT),
        passes(_COHESIVE),
        passes(" ".join(_DRIFT.split()[:120]) + "."),  # too short to judge
    ),
    fix="never",
)
RULES = (WORD_SALAD, REPETITION, INCOHERENT, NOT_ENGLISH)


def run(doc: Document, ctx) -> Iterator[Finding]:
    toks = doc.tokens
    # Lower-cased text and kind of every token (Token.lower is computed once, at tokenisation;
    # joining and splitting on a separator broke on text that contains the separator, e.g. NUL).
    lows = list(map(_LOWER, toks))
    kinds = list(map(_KIND, toks))
    total = max(1, sum(map(_WORDISH.__contains__, kinds)))
    foreign = find_foreign(doc, lows, kinds)
    for f in foreign:
        what = "another script" if f.script else "another language"
        yield NOT_ENGLISH.finding(f.start, f.end, f"This passage seems to be in {what}, not English; "
                                  "it was not checked.", (), 0.7)
    salad_words = 0
    foreign_starts = [f.start for f in foreign]
    for s in find_salad(doc, lows, kinds):
        if _inside_foreign(toks[s.first].start, foreign, foreign_starts):
            continue
        salad_words += s.words
        yield _salad_finding(doc, s)
    loop_words = 0
    for loop in find_loops(doc, lows, kinds):
        loop_words += loop.words
        start, end = toks[loop.first].start, toks[loop.last - 1].end
        yield REPETITION.finding(
            start, end,
            f"Repetition loop: {loop.words} words here repeat earlier text "
            f"({loop.copies} copies). Delete the repeats.",
            [""], _loop_confidence(loop.words, loop.copies))
    cohesion = lexical_cohesion(lows, kinds)
    # Only when no span explains the damage (salad and loops lower cohesion too).
    if cohesion.incoherent and not foreign and not salad_words and not loop_words:
        yield INCOHERENT.finding(
            toks[0].start, toks[-1].end,
            f"Incoherent text: only {cohesion.share:.0%} of its content words recur (expected "
            f"{cohesion.threshold:.0%} or more for {cohesion.words} words); it drifts from topic "
            "to topic.", (), 0.55)
        ctx.verdicts.append(
            f"Possibly incoherent text: lexical cohesion {cohesion.share:.2f} is below "
            f"{cohesion.threshold:.2f}, the threshold for {cohesion.words} words.")
    rep_share = min(1.0, loop_words / total)
    salad_share = min(1.0, salad_words / total)
    score = min(1.0, rep_share + salad_share)
    ctx.scores["degeneration_score"] = round(score, 4)
    ctx.scores["degeneration_repetition_share"] = round(rep_share, 4)
    ctx.scores["degeneration_salad_share"] = round(salad_share, 4)
    if cohesion.words >= MIN_COHESION_WORDS:
        ctx.scores["degeneration_lexical_cohesion"] = round(cohesion.share, 4)
    if score >= SCORE_THRESHOLD:
        kinds = [k for k, v in (("repetition loops", rep_share), ("word salad", salad_share)) if v]
        ctx.verdicts.append(
            f"Degenerate text: {score:.0%} of the words are in {' and '.join(kinds)} "
            f"(degeneration_score {score:.2f} >= {SCORE_THRESHOLD}).")


def _salad_finding(doc: Document, s) -> Finding:
    toks = doc.tokens
    start, end = toks[s.first].start, toks[s.last - 1].end
    share = s.function / s.words
    # Confidence grows with length and with the absence of function words; it stays below the
    # fix threshold (0.8) because a deletion must be a reader's decision.
    conf = min(0.78, 0.55 + 0.004 * s.words + 0.5 * max(0.0, 0.1 - share))
    return WORD_SALAD.finding(
        start, end,
        f"Word salad: {s.words} words with {share:.0%} function words and no punctuation. "
        "Cut back to the last well-formed clause.",
        [""], conf)


def _loop_confidence(words: int, copies: int) -> float:
    return min(0.78, 0.6 + 0.002 * words + 0.03 * min(copies, 5))


def _inside_foreign(offset: int, foreign, starts: list[int]) -> bool:
    i = bisect.bisect_right(starts, offset) - 1
    return i >= 0 and offset < foreign[i].end
