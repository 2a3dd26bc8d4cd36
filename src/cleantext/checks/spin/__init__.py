"""Spun prose: machine-rewritten phrases, restored to their likely originals.

Six kinds of evidence, strongest first:

* `spin.list`: the user's lists of known spun phrases (`Config(spin_lists=[...])`);
* `spin.lexicon`: our curated list of spinner substitutions (data/spin/lexicon.tsv);
* `spin.structural.*`: shapes fluent English never takes (a phrasal verb in a noun slot,
  "looked for to", a broken idiom, "however" joining two words, a verb opening a noun-phrase
  heading, "considering that" before a bare noun phrase, "a hard time to" + verb, numbered
  labels that vary one word through synonyms);
* `spin.restore`: the statistical restoration that generalises to phrases nobody listed
  (restore.py);
* `spin.coherence`: two words whose vectors say they rarely share a context, one synonym away
  from a pair that does (coherence.py); weak evidence, for pairs the collocation tables cannot
  judge. When both words may have been swapped, known phrases close to both are guessed
  (joint.py);
* `spin.variant`, `spin.respun` and `spin.padding`, weaker evidence judged only in a text that
  already shows several traces of the kinds above (a list, lexicon or structural finding): a
  pair far rarer than its tight-synonym swap, or one the same text writes elsewhere with the
  synonym (variants.py); the differing words of one sentence spun twice (respun.py); a
  spinner's filler words, "has actually grown", "in between A and B" (padding.py).

The document verdict (score.py) goes into `ctx.scores` and `ctx.verdicts`.
"""
from __future__ import annotations

from typing import Iterator

from ...document import Document
from ...findings import Finding
from ...rules import Rule, flags, passes
from . import coherence, lexicon, padding, respun, restore, score, structural, userlists, variants

RESTORE = Rule(
    "spin.restore", "spin", "warning",
    "A rare word pair one thesaurus step from a common collocation: probably a spun phrase.",
    (
        flags("He booked a hotel chamber for two nights.", "hotel room", span="hotel chamber"),
        flags("The town built a new swimming puddle last year.", "swimming pool", span="swimming puddle"),
        flags("The system gives real-duration updates to drivers.", "real-time", span="real-duration"),
        flags("We applied a Kalman sieve to the noisy signal.", "Kalman filter", span="Kalman sieve"),
        passes("We applied a Kalman filter to the noisy signal."),
        passes("The Chelsea striker scored twice on Saturday."),
        passes("He booked a hotel room for two nights."),
        passes("The system gives real-time updates to drivers."),
        passes("The two gold medallists flew home on Sunday."),
        passes("The town built a new swimming pool last year."),
        passes("Local politics shaped the election, and the council met on Monday."),
        passes("The minister called it a \"hotel chamber\" in jest."),
        # One WordNet synonym from one of the most frequent collocations: weak evidence.
        flags("The minister backed complimentary trade with the region.", "free trade",
              span="complimentary trade"),
        passes("The minister backed free trade with the region."),
        # A pair of common words one mutual synonym from a very common collocation counts only
        # beside another trace of a spinner (candidates.contextual).
        # (tests/test_spin_context.py flags it next to such a trace).
        passes("The insurer paid for the car tragedy on the bridge."),
    ),
    fix="suggested",
)
LEXICON = Rule(
    "spin.lexicon", "spin", "warning",
    "A known spinner substitution from the curated lexicon.",
    (
        flags("On the various other hand, prices fell.", "On the other hand", span="On the various other hand"),
        flags("Every little business needs a plan.", "small business", span="little business"),
        passes("On the other hand, prices fell."),
        passes("A little business sense goes a long way, she said."),
    ),
    fix="suggested",
)
PHRASAL_NOUN = Rule(
    "spin.structural.phrasal_noun", "spin", "warning",
    "A phrasal verb standing where a noun must: 'an economic take advantage of'.",
    (
        flags("The firm lost its economic take advantage of in the talks.", "leverage",
              span="take advantage of"),
        passes("The firm wanted to take advantage of the talks."),
        passes("They will take advantage of the new rules."),
    ),
    fix="suggested",
)
LOOKED_FOR_TO = Rule(
    "spin.structural.looked_for_to", "spin", "warning",
    "'looked for to' + verb, a spun 'sought to'.",
    (
        flags("The council looked for to reduce its debt.", "sought to", span="looked for to"),
        passes("The council looked for ways to reduce its debt."),
        passes("She looked for to-do lists everywhere."),
    ),
    fix="suggested",
)
IDIOM = Rule(
    "spin.structural.idiom", "spin", "warning",
    "A fixed idiom with one word swapped for a thesaurus synonym.",
    (
        flags("The report will shed illumination on the case.", "light", span="illumination"),
        flags("She will keep an optic on the budget.", "eye", span="optic"),
        passes("The report will shed light on the case."),
        passes("In the long term, prices will rise."),
        passes("Sooner or later the bill will pass."),
        # An opening verb in any inflection, modifiers before the noun of verb + article + noun.
        flags("Ports play a vital function in the trade of the region.", "role", span="function"),
        flags("The museum played a function in the revival.", "role", span="function"),
        passes("Ports play an increasingly important role in the trade of the region."),
        passes("The band played a short set and left."),
        passes("She wants to take the top slot in the league."),
        # A swap the thesaurus does not list, named in idioms.tsv.
        flags("The river is when again at its highest level.", "once", span="when"),
        passes("When again asked about the plan, he declined to comment."),
    ),
    fix="suggested",
)
SINCE_CLAUSE = Rule(
    "spin.structural.since_clause", "spin", "warning",
    "'considering that' / 'given that' before a noun phrase with no verb, a spun 'since'.",
    (
        flags("Exports have doubled considering that the end of the war.", "since", span="considering that"),
        flags("Prices have risen considering that 2010, the report said.", "since", span="considering that"),
        passes("Considering that the economy grew, the bank raised rates."),
        passes("Considering that possibility, the board waited."),
        passes("Given that the rates of inflation in Europe rose, the bank acted."),
        passes("The orders given that morning were clear."),
    ),
    fix="suggested",
)
HEADING_VERB = Rule(
    "spin.structural.heading_verb", "spin", "info",
    "A heading that opens with a third-person verb where a plural noun belongs.",
    (
        flags("Motivates Behind the Decision\nThe board met twice.", span="Motivates"),
        passes("Drivers Behind the Decision\nThe board met twice."),
        passes("Talks on the Budget\nThe board met twice."),
    ),
    fix="never",
)
# Findings from user lists carry the rule id "spin.list". It is not in RULES because its examples
# need a list loaded through Config, which the rule-example table cannot pass; tests/test_spin.py
# covers it instead. `enable`/`disable` still match it by id, prefix or category.
HOWEVER_BUT = Rule(
    "spin.structural.however_but", "spin", "warning",
    "'however' joining two words without punctuation, a spun 'but'.",
    (
        flags("The new design is cheap however effective.", "but", span="however"),
        flags("They want growth not only at home however likewise abroad.", "but also",
              span="however likewise"),
        passes("The new design is cheap; however, it is effective."),
        passes("The minister will however need more time."),
        passes("However small the risk, it matters."),
    ),
    fix="suggested",
)
USER_LIST = Rule(
    "spin.list", "spin", "warning",
    "A phrase from a user spin list (Config.spin_lists).",
    fix="suggested",
)
# spin.restore in a document of score.MIN_WORDS words or more with no other spin finding: the
# confidence is lowered by this much (not below 0.5), and a weak restoration gets the second value,
# below the default Config.min_confidence.
UNSUPPORTED_PENALTY = 0.15
UNSUPPORTED_WEAK = 0.4
VARIANT_CONFIDENCE = 0.55
RESPUN_CONFIDENCE = 0.6
RESPUN_UNDECIDED = 0.5
PADDING_CONFIDENCE = 0.55
COHERENCE = Rule(
    "spin.coherence", "spin", "info",
    "Two words that rarely share a context, one synonym away from a pair that does: maybe spun.",
    (
        flags("We studied the colossal information in the archive.", "extensive information",
              span="colossal information"),
        passes("We studied the vast information in the archive."),
        # Both words swapped: no one-word swap is a known phrase, the joint restoration names one.
        flags("The team trained a chance arboretum on the survey data.", "random forest",
              span="chance arboretum"),
        passes("The team trained a random forest on the survey data."),
        passes("The minister backed free trade with the region."),
    ),
    fix="never",
)
HARD_TIME = Rule(
    "spin.structural.hard_time", "spin", "warning",
    "'having a hard time to' + verb, a spun 'struggling to'.",
    (
        flags("The club is having a hard time to keep its best players.", "struggling to",
              span="having a hard time to"),
        passes("The club is having a hard time keeping its best players."),
        passes("They had a hard time to themselves after the match."),
    ),
    fix="suggested",
)
LABEL_VARIATION = Rule(
    "spin.structural.label_variation", "spin", "info",
    "Numbered labels (1, 2, 3 ...) that name one thing with different synonyms, as a spinner leaves them.",
    (
        flags("Plans ahead\nSituation 1: Growth\nThe market grows.\nCircumstance 2: Decline\n"
              "The market shrinks.\nScenario 3: Stagnation\nNothing moves.", span="Situation"),
        passes("Plans ahead\nScenario 1: Growth\nThe market grows.\nScenario 2: Decline\n"
               "The market shrinks.\nScenario 3: Stagnation\nNothing moves."),
        passes("Risks\nGoal 1: Growth.\nRisk 2: Debt.\nCost 3: Staff."),
    ),
    fix="never",
)
# The spun-document tier opens only beside other traces: the examples of its rules start with two
# broken idioms.
_TRACES = "The report will shed illumination on the plan. Officials keep an optic on costs. "
VARIANT = Rule(
    "spin.variant", "spin", "info",
    "In a text that already shows a spinner's traces: a word pair far rarer than the pair a tight "
    "synonym swap gives (one of the most frequent collocations, or one the same text uses elsewhere).",
    (
        flags(_TRACES + "Prices may rise in the close future.", "near future", span="close future"),
        flags(_TRACES + "They feared a price ascent in May. The price rise hit the poorest homes.", "price rise",
              span="price ascent"),
        passes("Prices may rise in the close future."),
        passes("The report will shed light on the plan. Officials keep an eye on costs. "
               "They feared a price ascent in May. The price rise hit the poorest homes."),
        passes(_TRACES + "Prices may rise in the near future."),
    ),
    fix="never",
)
RESPUN = Rule(
    "spin.respun", "spin", "info",
    "In a text that already shows a spinner's traces: two versions of one sentence that differ only by "
    "synonym swaps; the less probable wording (or both, when neither is clearly better) is flagged.",
    (
        flags(_TRACES + "The council has totally rejected the plan for a new bridge over the river. "
                        "Later the council has completely rejected the plan for a new bridge over the river.",
              "completely", span="totally"),
        passes("The council has totally rejected the plan for a new bridge over the river. "
               "Later the council has completely rejected the plan for a new bridge over the river."),
        passes(_TRACES + "The council has rejected the plan for a new bridge over the river. "
                         "The council has rejected the plan for a new bridge over the river."),
    ),
    fix="never",
)
PADDING = Rule(
    "spin.padding", "spin", "info",
    "In a text that already shows a spinner's traces: a spinner's filler word, 'has actually grown' "
    "for 'has grown', 'in between A and B' for 'between A and B'.",
    (
        flags(_TRACES + "The town has actually grown since the war.", "has", span="has actually"),
        flags(_TRACES + "Trains run in between the port and the airport.", "between", span="in between"),
        passes("The town has actually grown since the war."),
        passes(_TRACES + "The children snack in between meals, and the cook watches."),
    ),
    fix="never",
)
STRUCTURAL = {"phrasal_noun": PHRASAL_NOUN, "looked_for_to": LOOKED_FOR_TO, "idiom": IDIOM,
              "heading_verb": HEADING_VERB, "however_but": HOWEVER_BUT, "since_clause": SINCE_CLAUSE,
              "hard_time": HARD_TIME, "label_variation": LABEL_VARIATION}
RULES = (RESTORE, LEXICON, PHRASAL_NOUN, LOOKED_FOR_TO, IDIOM, HEADING_VERB, HOWEVER_BUT, SINCE_CLAUSE,
         HARD_TIME, LABEL_VARIATION, COHERENCE, VARIANT, RESPUN, PADDING)


def _case(template: str, phrase: str) -> str:
    if template[:1].isupper() and phrase[:1].islower():
        return phrase[:1].upper() + phrase[1:]
    return phrase


def run(doc: Document, ctx) -> Iterator[Finding]:
    cfg = ctx.config
    on = lambda rule: cfg.rule_enabled(rule.id, rule.category) and ctx.enabled(rule)  # noqa: E731
    text = doc.text
    toks = doc.tokens
    out: list[Finding] = []
    taken: list[tuple[int, int]] = []  # token ranges claimed by stronger evidence

    def free(a: int, b: int) -> bool:
        return all(b < x or a > y for x, y in taken)

    if cfg.spin_lists and on(USER_LIST):
        for path in cfg.spin_lists:
            lst = userlists.load(path)
            for a, b, expected in lst.matches(doc):
                if not free(a, b):
                    continue
                s, e = toks[a].start, toks[b].end
                span = text[s:e]
                sugg = [_case(span, x) for x in expected[:5]]
                msg = f"'{span}' is listed as a spun phrase in {lst.name}"
                msg += f"; the original is '{expected[0]}'." if expected else "."
                out.append(USER_LIST.finding(s, e, msg, sugg, 0.95, source=lst.name))
                taken.append((a, b))
    if on(LEXICON):
        for a, b, entry in lexicon.matches(doc):
            if not free(a, b):
                continue
            s, e = toks[a].start, toks[b].end
            span = text[s:e]
            sugg = [_case(span, x) for x in entry.originals]
            out.append(LEXICON.finding(s, e, f"'{span}' is a known spinner substitution for '{entry.originals[0]}'.",
                                       sugg, 0.9, source="cleantext spin lexicon"))
            taken.append((a, b))
    rules = STRUCTURAL
    if any(on(r) for r in rules.values()):
        for h in structural.find(doc):
            rule = rules[h.kind]
            if not on(rule) or not free(h.first, h.last):
                continue
            s, e = toks[h.first].start, toks[h.last].end
            out.append(rule.finding(s, e, f"{h.why}.", list(h.suggestions), h.confidence))
            taken.append((h.first, h.last))
    pairs: list[tuple[int, int, bool]] | None = None  # the restoration's word pairs, for coherence
    if on(RESTORE):
        cache = ctx.cache.setdefault("spin.restore", {})
        pairs = [] if on(COHERENCE) else None
        # The restoration is the weakest evidence. In a document long enough to show a spinner's
        # other traces but showing none, a lone unusual pair is more likely the author's own
        # choice: it is reported as info at lower confidence, and a weak one (candidates.py) not
        # at all by default. A short text says nothing either way.
        # A contextual pair (candidates.contextual) is reported only beside such a trace: it is as
        # common in fluent news as in spun text, but the company it keeps tells them apart.
        traced = any(f.confidence >= cfg.min_confidence for f in out)
        alone = doc.word_count >= score.MIN_WORDS and not traced
        for f, a, b, weak, context in _restorations(doc, cache, pairs):
            if context and not traced:
                continue
            if free(a, b):
                if alone:
                    f = f.with_(severity="info", confidence=UNSUPPORTED_WEAK if weak
                                else max(0.5, round(f.confidence - UNSUPPORTED_PENALTY, 3)))
                out.append(f)
                taken.append((a, b))
    if on(COHERENCE):
        # Weak evidence: hidden by default in a long text with no trace of a spinner of another
        # kind than a restoration (a list, lexicon or structural finding); a text that shows only
        # unusual word pairs shows no spinner's habit.
        alone = doc.word_count >= score.MIN_WORDS and not any(
            f.rule != RESTORE.id and f.confidence >= cfg.min_confidence for f in out)
        for a, b, verdict in coherence.find(doc, pairs):
            if not free(a, b):
                continue
            s, e = toks[a].start, toks[b].end
            span = text[s:e]
            sugg = [_case(span, f"{x} {y}") for x, y in verdict.suggestions]
            msg = (f"'{span}' joins words that rarely share a context (vector cosine {verdict.observed:.2f}); "
                   f"a one-word synonym swap gives a coherent pair ({verdict.best:.2f}), so a spinner may have "
                   "swapped it in.")
            if verdict.guessed:
                which = ("The suggestions are guesses" if verdict.guessed == len(sugg) else
                         "The last suggestion is a guess" if verdict.guessed == 1 else
                         f"The last {verdict.guessed} suggestions are guesses")
                msg += f" {which}: known phrases reached by swapping either word or both for close synonyms."
            out.append(COHERENCE.finding(s, e, msg, sugg, UNSUPPORTED_WEAK if alone else 0.5,
                                         source="word vectors (GloVe)"))
            taken.append((a, b))
    # A spun document's weaker traces: judged only where list, lexicon or structural findings
    # (restorations and coherence are themselves statistical) already show a spinner, or where
    # the findings so far already earn the document verdict.
    if (on(VARIANT) or on(RESPUN) or on(PADDING)) and (
            variants.gate(_traces(doc, out, cfg, on), doc.word_count)
            or score.score([f for f in out if f.confidence >= cfg.min_confidence], doc.word_count)["spin_verdict"]):
        for f, a, b in _spun_document(doc, on(VARIANT), on(RESPUN), on(PADDING)):
            if free(a, b):
                out.append(f)
                taken.append((a, b))
    kept = [f for f in out if f.confidence >= cfg.min_confidence]
    scores = score.score(kept, doc.word_count)
    ctx.scores.update(scores)
    if scores["spin_verdict"]:
        ctx.verdicts.append(score.VERDICT)
    return iter(out)


def _traces(doc: Document, out: list[Finding], cfg, on) -> int:
    """How many distinct list, lexicon and structural traces of a spinner the document shows. A
    trace counts whether or not its rule is shown: when the lexicon or the structural rules are
    switched off, they are run here only to be counted."""
    found = {f.message for f in out if f.rule not in (RESTORE.id, COHERENCE.id) and f.confidence >= cfg.min_confidence}
    extra: set[tuple[int, int]] = set()
    if not on(LEXICON):
        extra.update((a, b) for a, b, _ in lexicon.matches(doc))
    if not all(on(r) for r in STRUCTURAL.values()):
        extra.update((h.first, h.last) for h in structural.find(doc)
                     if not on(STRUCTURAL[h.kind]) and h.confidence >= cfg.min_confidence)
    return len(found) + len(extra)


def _spun_document(doc: Document, variant: bool, respun_on: bool, padding_on: bool
                   ) -> Iterator[tuple[Finding, int, int]]:
    """(finding, first token, last token) of the tests run only in a text that shows a spinner:
    rare pairs one synonym from a frequent collocation (variants.py), the differing words of one
    sentence spun twice (respun.py), then a spinner's filler words (padding.py)."""
    text, toks = doc.text, doc.tokens
    if variant:
        for h in variants.find(doc):
            s, e = toks[h.first].start, toks[h.last].end
            observed = text[s:e]
            # The restored pair in the spelling of the page ("French" keeps its capital).
            restored = " ".join(t.text if t.lower == w else w for t, w in zip(toks[h.first:h.last + 1], h.restored))
            why = "and this text uses it elsewhere" if h.kind == "document_variant" else "one synonym away"
            msg = f"'{observed}' is rare; '{restored}' is a common collocation, {why}."
            yield (VARIANT.finding(s, e, msg, [_case(observed, restored)], VARIANT_CONFIDENCE,
                                   source="collocation statistics"), h.first, h.last)
    if respun_on:
        for h in sorted(respun.find(doc)):
            s, e = toks[h.first].start, toks[h.last].end
            span = text[s:e]
            if h.decided:
                msg = (f"'{span}' is the less probable wording of a sentence that this text also gives with "
                       f"'{h.other}': the same sentence spun twice.")
            else:
                msg = (f"'{span}' and '{h.other}' stand in two versions of one sentence of this text: the same "
                       "sentence spun twice, and at least one of them swapped.")
            yield (RESPUN.finding(s, e, msg, [_case(span, h.other)],
                                  RESPUN_CONFIDENCE if h.decided else RESPUN_UNDECIDED, source="language model"),
                   h.first, h.last)
    if padding_on:
        for h in padding.find(doc):
            s, e = toks[h.first].start, toks[h.last].end
            span = text[s:e]
            msg = (f"'{span}' pads '{h.suggestion}' with a filler word, as article spinners do."
                   if h.kind == "actually" else
                   f"'{span}' pads '{h.suggestion}' before a pair joined by 'and' ('{text[toks[h.last + 1].start:toks[h.pair_end].end]}'), "
                   "as article spinners do.")
            yield PADDING.finding(s, e, msg, [_case(span, h.suggestion)], PADDING_CONFIDENCE), h.first, h.last


def _restorations(doc: Document, cache: dict, pairs: list | None = None
                  ) -> Iterator[tuple[Finding, int, int, bool, bool]]:
    """(finding, first token, last token, weak, contextual) per restoration; a weak one (accepted
    on loose evidence only, see candidates.py) is info at the lowest confidence, and so is a
    contextual one, which the caller keeps only in a text with other spin traces."""
    text = doc.text
    toks = doc.tokens
    found = list(restore.restorations(doc, cache, pairs))
    # A pair reported without a suggestion (restore.Restoration.unsure) gives way to an overlapping
    # one that names its original ("loyalty grappling strategies": "grappling strategies" ->
    # "coping strategies").
    named = [(r.first, r.last) for r in found if not r.unsure and not r.context]  # context: maybe not shown
    found = [r for r in found if not r.unsure or all(r.last < a or r.first > b for a, b in named)]
    i = 0
    while i < len(found):
        r = found[i]
        words = list(r.words)
        first, last = r.first, r.last
        best = r.best
        weak = r.weak
        context = r.context
        # Chain overlapping pairs ("profound neural organization") into one restoration when
        # they agree on the shared word.
        while i + 1 < len(found) and found[i + 1].first == last and found[i + 1].words[0] == words[-1] \
                and not r.unsure and not found[i + 1].unsure:
            i += 1
            nxt = found[i]
            words.append(nxt.words[1])
            last = nxt.last
            best = max(best, nxt.best, key=lambda c: c.score)
            weak = weak and nxt.weak
            context = context and nxt.context
        i += 1
        s, e = toks[first].start, toks[last].end
        span = text[s:e]
        observed = " ".join(t.text for t in toks[first:last + 1])
        restored = " ".join(words)
        sugg = [_case(span, restored)]
        if last - first == 1:
            sugg += [_case(span, " ".join(alt)) for alt in r.alternatives]
        kind = "a WordNet term" if best.mwe else "a common collocation"
        msg = f"'{observed}' is rare; '{restored}' is {kind}."
        if r.unsure:
            sugg = []
            msg = (f"'{observed}' is rare, and thesaurus synonyms of its words form common collocations, "
                   "but none of them is a likely original (their words are too far in meaning): maybe spun.")
        if context:
            msg = (f"'{observed}' is unusual where '{restored}' is among the most common collocations; "
                   "other traces of a spinner in this text make a swapped synonym likely.")
            yield RESTORE.finding(s, e, msg, sugg, 0.5, "info", source="collocation statistics"), first, last, True, True
            continue
        if weak:
            msg += (" Weak evidence: the words are synonyms, but the pair may be the author's own choice."
                    if best.tight and not best.both else " Weak evidence: the words are only loosely synonymous.")
            yield RESTORE.finding(s, e, msg, sugg, 0.5, "info", source="collocation statistics"), first, last, True, False
            continue
        conf = 0.6 + 0.06 * (best.pmi - 4.0) + (0.08 if best.mwe else 0.0) + (0.05 if best.tight else 0.0)
        conf -= 0.05 if best.both else 0.0
        conf = max(0.5, min(0.9, conf))
        yield RESTORE.finding(s, e, msg, sugg, conf, source="collocation statistics"), first, last, False, False
