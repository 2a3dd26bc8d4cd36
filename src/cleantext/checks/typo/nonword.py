"""typo.nonword: words that are not English words, with ranked corrections.

A word is judged only when it is not in the lexicon and cannot be built from known words by
prefixes, derivational suffixes or compounding, or when the lexicon lists it as rare but the
evidence says it is a slip (`rarelisted`: "belive", "seige", "untill"). Then:
* in-document evidence wins: a word 1-2 edits from a well-attested word of the same document is a
  slip of that word ("Azerbayani" beside "Azerbaijani");
* a capitalised word in mid-sentence is a name, unless it is one classic slip of a curated name
  ("Britian", offered, not applied) or has no web use at all and sits one cheap edit from a long
  common word ("Gwotechnical"), and then only as a low-confidence guess;
* otherwise the noisy-channel ranking of `candidates.py`, re-ranked in context by the bigram model
  and the web bigram counts (`context.rank_nonword`), decides, and a word with real web use is kept
  when it is not much rarer than its best correction.
The confidence is how often the first candidate was the meant word at its lead over the second, on
synthetic slips (`_CORRECTION_CONFIDENCE`); one clear candidate makes the finding fixable.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ...document import Document
from ...findings import Finding
from ...rules import Rule, flags, passes
from . import candidates as C
from .context import rank_nonword, uni
from .errormodel import K
from .lexicon import compound, derivable, lexicon, regional_pair, unaccented, variant_levels
from .rarelisted import (LONG_SLIP, alike, curated_slip, fits_own_context, foreign_phrase, listed_family,
                         listed_slip, typing_slip)
from .spans import BOS, EOS, WordSpan, fold, model_beyond, model_neighbours
from .slips import TEXT_SLIP_MIN_LEN, classic_shape, doubling, suffix_swap

NONWORD = Rule(
    "typo.nonword", "typo", "error",
    "A word that is not in the dictionary and looks like a misspelling of one that is.",
    (
        flags("We talked wiht the new manager.", "with", span="wiht"),
        flags("Wiht hindsight the plan failed.", "With", span="Wiht"),
        flags("This is a good exmaple of the problem.", "example", span="exmaple"),
        flags("The recieved wisdom was wrong.", "received", span="recieved"),
        flags("Both parties signed the agreemnet in May.", "agreement", span="agreemnet"),
        flags("Trade between Azerbaijani firms and Russian-Azerbayani joint ventures grew.",
              "Azerbaijani", span="Azerbayani"),
        flags("The comittee met on Tuesday.", "committee", span="comittee"),
        flags("They dont agree with the plan.", "don't", span="dont"),
        flags("Infact the plan failed.", "In fact", span="Infact"),
        flags("The two teams respect eachother.", "each other", span="eachother"),
        flags("It takes atleast an hour.", "at least", span="atleast"),
        flags("The war came to anend in 1945.", "an end", span="anend"),
        flags("Parliament voted to anend the law on Tuesday.", "amend", span="anend"),
        flags("They went itno the house.", "into", span="itno"),
        flags("Officials met on a well-knwon site.", "known", span="knwon"),
        flags("The hall can accomodate two hundred guests.", "accommodate", span="accomodate"),
        flags("The committee refered the matter to the board.", "referred", span="refered"),
        flags("That is a wierd idea.", "weird", span="wierd"),
        flags("We will wait untill Friday.", "until", span="untill"),
        flags("Thier house stands by the river.", "Their", span="Thier"),
        flags("The goverment cut its plans.", "government", span="goverment"),
        flags("I belive the report is accurate.", "believe", span="belive"),
        flags("The army laid seige to the town.", "siege", span="seige"),
        flags("The history of Britian is long.", "Britain", span="Britian"),
        flags("He studied at the fedaral University of Lagos.", "Federal", span="fedaral"),
        flags("The Hawks convimced Moreno to sign.", "convinced", span="convimced"),
        flags("He left Leeds (in 1890). hee died there.", "He", span="hee"),
        flags("We definately agree, and we definately said so.", "definitely", span="definately"),
        flags("The goverment met today, and the goverment fell.", "government", span="goverment"),
        passes("Green apples taste sharp because they hold malic acid."),
        passes("Patients on statins ate a cordon bleu dish; one had motor neurone disease."),
        passes("He wore a padded gilet, and the trickless magician still drew a crowd."),
        passes("Pezeshkian met officials in Tovuz and Zangezur last week."),
        passes("Minilateralism and realpolitik shape geostrategic thinking about overdependence."),
        passes("The hegemon leant on its neighbours while decarbonisation stalled."),
        passes("The CSTO and NSTC's members met; see #SouthCaucasus and https://example.com/x."),
        passes("The well-known, long-term plan wasn't new, and the 21st meeting's agenda grew."),
        passes("DisplayLink and iPhone sales rose while the colour of the centre changed."),
        passes("She said \u201cjoie de vivre\u201d was missing."),
        passes("The vloggers met, and later the vloggers left."),
        passes("The website went online, the setup was underway, and fans met at the skatepark."),
        passes("Putin met the press."),
        passes("They went into the house."),
        passes("Flatpacks arrived. The flatpacks were heavy, and the flatpacks broke."),
        passes("At the soiree they served an entree with jalapeno, then broke a pinata."),
    ),
)


# How often the first in-context candidate is the meant word, by its lead over the second (log10
# units), for a cheap first candidate (weighted edit cost <= 1.8) or a dearer one (<= 2.2), and
# whether the typed token itself has some web use (then it is more often a rare word than a slip of
# the first candidate). Measured on synthetic slips in clean prose by
# scripts/calibrate_typo_nonword.py (table in data/typo/README.md); a lead under 0.5 is right
# fewer than one time in two. At FIXABLE (Config.fix_threshold's default) or more the finding is a
# single suggestion that fix() applies.
_CORRECTION_CONFIDENCE = {
    ("near", False): ((2.0, 0.97), (1.5, 0.94), (1.25, 0.87), (1.0, 0.82), (0.75, 0.74), (0.5, 0.67), (0.0, 0.51)),
    ("near", True): ((3.0, 0.99), (2.0, 0.93), (1.5, 0.88), (1.25, 0.82), (0.75, 0.7), (0.5, 0.55), (0.0, 0.43)),
    ("mid", False): ((3.0, 0.79), (2.0, 0.63), (1.0, 0.43), (0.0, 0.2)),
    ("mid", True): ((3.0, 0.85), (2.0, 0.63), (1.0, 0.43), (0.0, 0.2)),
}
FIXABLE = 0.8
# A capitalised word one classic slip from a curated name ("Britian"): offered, not applied, as a
# name of its own that close to a famous one is rare but not calibrated.
CURATED_SLIP_CONFIDENCE = 0.75
ACCENT_SHORT = 3  # a word this short with a stray accent is ranked in context, not simply unaccented


# A candidate this far from the typed word in edit cost is no rival of the first one: it is ranked
# for its sound or its context alone ("We will seperate them": "support" fits "will ... them" as
# well as "separate" does, but no slip of the fingers turns one into the other).
RIVAL_MAX_COST = 2.2


def lead(low: str, ranked: list[tuple[str, float]]) -> float:
    """The first candidate's lead over the best other one a slip could have made `low` of (3.0
    when there is none): the gap `correction_confidence` is calibrated on."""
    first = ranked[0][1]
    for c, s in ranked[1:]:
        if " " in c or C.edit_cost(low, c) <= RIVAL_MAX_COST:
            return first - s
    return 3.0


def correction_confidence(gap: float, cost: float, seen: bool) -> float:
    """Calibrated probability that the first in-context candidate is the meant word."""
    if cost > 2.2:
        return 0.3
    for lo, conf in _CORRECTION_CONFIDENCE[("near" if cost <= 1.8 else "mid", seen)]:
        if gap >= lo:
            return conf
    return 0.2


@dataclass
class DocEvidence:
    """Well-attested word forms of the document, for "same word spelt two ways"."""

    forms: dict[str, str]          # lower -> most frequent spelling as written
    counts: dict[str, int]
    mid_caps: set[str]             # lower-case keys of words capitalised in mid-sentence
    pool: list[str] | None = None  # words that may be the intended spelling of another

    @classmethod
    def of(cls, spans: list[WordSpan]) -> "DocEvidence":
        counts: dict[str, int] = {}
        spelt: dict[str, dict[str, int]] = {}
        mid_caps: set[str] = set()
        for sp in spans:
            low = sp.lower
            if sp.capitalised and not sp.sentence_start:
                mid_caps.add(low)
            if len(low) >= 2:
                counts[low] = counts.get(low, 0) + 1
                d = spelt.setdefault(low, {})
                d[sp.text] = d.get(sp.text, 0) + 1
        forms = {low: max(d, key=d.get) for low, d in spelt.items()}
        return cls(forms, counts, mid_caps)

    def match(self, low: str, capital: bool) -> str | None:
        """A known or repeated document word 1-2 edits away from `low`. For a capitalised word
        (a possible name) only a long, capitalised word with the same first letter counts."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        if len(low) < (9 if capital else 5):
            return None
        if self.pool is None:
            lex = lexicon()
            self.pool = [w for w, c in self.counts.items() if lex.known(w) or c >= 2]
        mine = self.counts.get(low, 0)
        counts = self.counts
        n = len(low)
        pool = [w for w in self.pool
                if -2 <= len(w) - n <= 2 and w != low and counts[w] >= mine
                and (not capital or w[0] == low[0] and self.forms[w][:1].isupper())]
        if not pool:
            return None
        cutoff = 1 if len(low) < 7 else 2
        hit = process.extractOne(low, pool, scorer=OSA.distance, score_cutoff=cutoff)
        return hit[0] if hit else None


@lru_cache(maxsize=20_000)
def _shared_slip(low: str, same: str) -> bool:
    """Whether the document word `same`, no common word itself, is a slip of the same common word
    as the typed `low`: its first correction out of context is a common word that is `low`'s first
    too, or no dearer an edit from `low` than `same` is ("tropps" and "troosp" of "troops",
    "pirnted" and "printde" of "printed"). The document's other spelling is then no
    evidence of the word meant."""
    lex = lexicon()
    if same in lex.common:
        return False
    theirs = C.rank(same, limit=1)
    if not theirs or " " in theirs[0][0] or theirs[0][0] not in lex.common:
        return False
    c = theirs[0][0]
    mine = C.rank(low, limit=1)
    return bool(mine) and mine[0][0] == c or C.edit_cost(low, c) <= C.edit_cost(low, same)


def run(doc: Document, spans: list[WordSpan], ctx) -> Iterator[Finding]:
    lex = lexicon()
    accept = ctx.config.accept
    evidence: DocEvidence | None = None
    memo: dict[tuple, Finding | None] = {}
    repeated: dict[str, list] = {}
    habitual: dict[str, list] = {}
    for sp in spans:
        low = sp.lower
        if low in lex.common or low in accept or low in unaccented():
            continue  # unaccented: a listed word written without its accents ("soiree")
        joined = C.joined_contraction(low)
        if joined:  # "dont", "theyre": the apostrophe is missing
            rep = C.cased(joined, sp.text)
            yield NONWORD.finding(sp.start, sp.end, f"Missing apostrophe: {rep!r}.", [rep], 0.85)
            continue
        if low in lex.names and (len(low) > 3 or sp.text[:1].isupper()):
            continue  # a name (typo.case handles it in lower case); "le", "va", "ont" are not
        pair = None if sp.in_compound or sp.capitalised and not sp.sentence_start else C.joined_pair(low)
        if pair and not _pair_fits(doc, sp, pair):
            pair = None  # "voted to anend the law": "amend" fits the place, "an end" does not
        if pair:  # "infact", "eachother": two words written as one
            rep = C.cased(pair, sp.text)
            yield NONWORD.finding(sp.start, sp.end, f"Two words written as one: {rep!r}.", [rep], 0.9)
            continue
        if len(low) <= 3 and low in lex.rare and low not in lex.names and not sp.in_compound:
            pass  # "hy", "qe", "bz": two- and three-letter oddities are mostly slips in prose
        elif low in lex.rare and (sp.in_compound or not _listed_gate(low) and (
                listed_slip(low) is None or foreign_phrase(doc, sp))):
            continue
        ascii_low = fold(low)
        typed = ascii_low  # what the candidates are generated from
        if ascii_low != low:
            if sp.capitalised and not sp.sentence_start or _foreign_neighbour(doc, sp):
                continue  # a name or a phrase in another language: "Üsküdar", "café au lait"
            if len(ascii_low) <= ACCENT_SHORT and sum(not c.isascii() for c in low) == 1:
                # "tí", "ân": a short word has real words one letter away on every side, and
                # the accented letter may stand for any of them ("tí" for "to", "ân" for "in"):
                # the accented letter counts as a slip like any other, and context ranks
                typed = low
            else:
                f = _accent_slip(sp, low, ascii_low)
                if f is not None:
                    yield f
                if f is not None or lex.known(ascii_low) or sum(not c.isascii() for c in low) > 2:
                    continue
        if typed == ascii_low and low not in lex.rare and derivable(ascii_low, lex) \
                and not doubtful(ascii_low, strict=True) and not _derived_web_slip(ascii_low) \
                and not (sp.capitalised and curated_slip(ascii_low)):  # "Britian" is no Brit + ian
            continue
        if _foreign_neighbour(doc, sp) or _odd_context(doc, sp):
            continue
        if evidence is None:
            evidence = ctx.cache.get("typo.evidence") or DocEvidence.of(spans)
            ctx.cache["typo.evidence"] = evidence
        seen = evidence.counts.get(low, 0)
        if (seen >= 3 or seen == 2 and len(low) >= 5) and evidence.match(low, sp.text[:1].isupper()) is None:
            if len(low) <= REPEATED_SLIP_LEN and evidence.forms.get(low, "").islower():
                repeated.setdefault(low, []).append((sp, typed))
                continue
            if typed == ascii_low and evidence.forms.get(low, "").islower() and habitual_slip(low):
                habitual.setdefault(low, []).append((sp, typed))
            continue  # used twice the same way: a term or a name of this document ("conmen", "bpd")
        key = (sp.text, sp.sentence_start, sp.in_compound)
        if key in memo and memo[key] is None:
            continue  # the same unknown name again: judged once per document
        f = judge(doc, sp, typed, evidence)
        memo[key] = f
        if f is not None:
            yield f
    for low, uses in repeated.items():
        yield from _repeated_slip(doc, uses, evidence)
    for low, uses in habitual.items():
        yield from _habitual_findings(doc, uses, evidence)


REPEATED_SLIP_LEN = 5  # a repeated unknown word this short may be the same slip of a function word


@lru_cache(maxsize=20_000)
def habitual_slip(low: str) -> bool:
    """Whether a longer unknown word that a document uses more than once, always in lower case, is
    still a slip: a writer who misspells a word tends to misspell it every time ("goverment" twice).
    Its first correction out of context is a common word one cheap edit away that is at least
    HABIT_GAP log10 more frequent, and the two are one classic slip apart, or the typed word is
    missing from the language model's edited English while its correction is in it, or the model
    itself uses the correction far more. A repeated term of the document ("vloggers", "skatepark") is
    further from any common word, or in real use of its own."""
    first = C.rank(low, limit=1)
    if not first or " " in first[0][0]:
        return False
    c = first[0][0]
    v = C.vocab()
    if c not in v.lex.common or C.edit_cost(low, c) > WEB_SLIP_EDIT or regional_pair(low, c):
        return False
    if v.logf.get(c, 0.0) < _own_use(low) + HABIT_GAP:
        return False
    return classic_shape(low, c) or _web_only(low, c) or _model_rare_slip(low, c)


def _habitual_findings(doc: Document, uses: list, evidence: "DocEvidence") -> list[Finding]:
    """The findings for a `habitual_slip` at each of its uses, when the context confirms it: every
    use is judged a slip, and at half the uses or more the correction is clear enough for `fix`.
    Otherwise []: a repeated word whose every use leaves the choice open ("flatpacks": "flat
    packs"? another word?) is as likely a term of the document."""
    found = _judge_every_use(doc, uses, evidence)
    return found if 2 * sum(f.confidence >= FIXABLE for f in found) >= len(found) else []


def _judge_every_use(doc: Document, uses: list, evidence: "DocEvidence") -> list[Finding]:
    """`judge` at each use ((span, typed form) pairs) of a repeated word: the findings, or [] when
    any use is judged no slip or gets no suggestion."""
    found = []
    for sp, typed in uses:
        f = judge(doc, sp, typed, evidence)
        if f is None or not f.suggestions:
            return []
        found.append(f)
    return found


# How much more frequent (log10) the correction of a repeated word must be than the word itself.
# Common misspellings are common on the web too ("definately" is a tenth as frequent as
# "definitely"): the slip tests above, not the gap, set them apart from terms.
HABIT_GAP = 0.5


def _repeated_slip(doc: Document, uses: list, evidence: "DocEvidence") -> list[Finding]:
    """The findings for an unknown word written the same way more than once, all in lower case,
    when it is the same slip each time: at every use the first correction in context is the same,
    and one of the most frequent words ("theia band ... theia tour" -> "the"); each finding keeps
    its own calibrated confidence. Otherwise []: a term or a name of the document ("conmen")."""
    from .context import _frequent

    if len(uses) != evidence.counts.get(uses[0][0].lower, 0):
        return []  # some use is not checked (a quotation, a compound): not the same everywhere
    found = _judge_every_use(doc, uses, evidence)
    fixes = {f.suggestions[0].lower() for f in found}
    if len(fixes) != 1 or next(iter(fixes)) not in _frequent():
        return []
    return found


# Loanwords often written with their accents in English text.
_LOANWORDS = frozenset("""naïve naïvely naïveté rôle rôles élite élites élan déjà crème brûlée über mêlée pâté
tête fête fêtes coöperate coöperation zoölogy noël chloë zoë doppelgänger après entrée entrées soirée
première premières régime régimes détente débâcle débris début débuts""".split())


def _accent_slip(sp: WordSpan, low: str, ascii_low: str) -> Finding | None:
    """An English word with a stray accent ("cônsists", "ćome"): the lexicon knows the plain form,
    not the accented one, and the accent is not a French ending ("café", "exposé")."""
    v = C.vocab()
    if ascii_low not in v.lex.common or v.logf.get(ascii_low, 0) < 5.0 or low.endswith(("é", "ée", "és")) \
            or low in _LOANWORDS or "ç" in low or "ñ" in low:
        return None
    rep = C.cased(ascii_low, sp.text, v)
    return NONWORD.finding(sp.start, sp.end, f"Stray accent: {sp.text!r}.", [rep], 0.9)


def _odd_context(doc: Document, sp: WordSpan) -> bool:
    """Contexts where an unknown word is not a slip: a broken HTML entity ("caf&#233;"), a short
    part of a hyphenated name or phrase ("Mong-koo", "kung-fu"), a particle between names
    ("Baron von Trapp", "Parc des Sports")."""
    text = doc.text
    if text[sp.end:sp.end + 1] == "&" or text[sp.start - 1:sp.start] == ";":
        return True
    if sp.in_compound and len(sp.text) <= 4:
        return True
    if len(sp.text) <= 3 and sp.text.islower():
        toks = doc.tokens
        i = sp.token.index
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        prev = toks[i - 1] if i > 0 else None
        if nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper() and \
                prev is not None and prev.kind == "word" and prev.text[:1].isupper():
            return True
    return False


def _foreign_neighbour(doc: Document, sp: WordSpan) -> bool:
    """A neighbour in another language: accented and either listed as such ("café") or not an
    English word with a stray accent ("cônsists" is a slip, not French)."""
    toks = doc.tokens
    i = sp.token.index
    lex = lexicon()
    for j in (i - 2, i - 1, i + 1, i + 2):
        if 0 <= j < len(toks) and toks[j].kind == "word" and not toks[j].norm.isascii():
            if toks[j].text[:1].isupper() and not sp.text[:1].isupper() and j != _sentence_first_index(doc, j):
                continue  # a name with accents ("Zoltán Kovács", "the Führer") in English prose
            w = toks[j].lower
            if lex.known(w) or w in _LOANWORDS or not lex.known(fold(w)) or w.endswith(("é", "ée", "és")):
                return True
    return False


def _sentence_first_index(doc: Document, j: int) -> int:
    """The index of the first token of token j's sentence."""
    return doc.sentence_of(doc.tokens[j]).first


def _own_use(low: str) -> float:
    """How much a word is used, log10: its web count or the lexicon's frequency, whichever is more."""
    g = uni(low)
    return max(math.log10(g) if g else 0.0, lexicon().freq(low) / 10)


@lru_cache(maxsize=20_000)  # a function of the word and the process-wide tables; words recur
def doubtful(low: str, strict: bool = False) -> bool:
    """A rare-list or derived word that is one cheap edit from a much more frequent word is more
    likely a slip of it ("protend", "persue", "enviroment")."""
    v = C.vocab()
    near = v.keys & C.edits1(low)  # a set, in C: the order of `near` matters nowhere below
    if not near:
        return False
    own = _own_use(low)
    # the most frequent near word; among equally frequent ones the cheapest edit, then the word
    # itself (`edits1` is a set, whose order changes with the hash seed)
    top = max(v.logf.get(e, 0.0) for e in near)
    best = min((e for e in near if v.logf.get(e, 0.0) == top), key=lambda e: (C.edit_cost(low, e), e))
    if strict and own >= 5.0:
        return False  # in checking, a listed word in real use stays: "leant", "circs"
    return v.logf.get(best, 0.0) >= max(own + (2.0 if strict else 1.5), 5.5) and C.edit_cost(low, best) <= 1.0


@lru_cache(maxsize=20_000)
def _derived_web_slip(low: str) -> bool:
    """A regular derivation that no list holds ("writ" + "ting") in real web use, but missing from
    the edited English of the language model while a word one cheap edit away is in it and a
    hundred times more frequent: "writting" is a slip of "writing", not a word of its own. (A
    listed word in real use keeps `doubtful`'s protection: "leant".)"""
    from .context import lm

    model = lm()
    if len(low) < 5 or low in model:
        return False  # "ie", "eg": abbreviations written without their stops
    v = C.vocab()
    own = _own_use(low)
    near = [e for e in v.keys & C.edits1(low) if e in model and C.edit_cost(low, e) <= 1.0]
    # ten times as frequent is enough when the two are one classic slip apart ("whereever"), or
    # the word is long and a letter off ("curiousity": rarely a word of its own, rarely a name)
    return any(v.logf.get(e, 0.0) >= own + 2.0 or v.logf.get(e, 0.0) >= own + 1.0 and e in v.lex.common
               and (classic_shape(low, e) or len(low) >= LONG_SLIP and typing_slip(low, e)) for e in near)


def _pair_fits(doc: Document, sp: WordSpan, pair: str) -> bool:
    """A word pair written as one stays the sole correction only when its place does not ask for
    a one-word correction instead: the pair must still come first when the neighbours rank the
    candidates. Otherwise the word is judged like any other non-word, the pair among its
    suggestions."""
    prev, nxt, ranked = _ranked_in_context(doc, sp, sp.lower)
    if not prev and not nxt or not ranked:
        return True
    return ranked[0][0] == pair.lower()


def _ranked_in_context(doc: Document, sp: WordSpan, low: str
                       ) -> tuple[str | None, str | None, list[tuple[str, float]]]:
    """The model neighbours of `sp` (read through slips; none inside a compound) and the candidates
    for `low` ranked between them."""
    prev, nxt = model_neighbours(doc, sp.token) if not sp.in_compound else (None, None)
    p2, n2 = model_beyond(doc, sp.token, prev, nxt)
    prev, nxt = _read_through(prev), _read_through(nxt)
    return prev, nxt, rank_nonword(low, prev, nxt, p2=_read_through(p2), n2=_read_through(n2))


def judge(doc: Document, sp: WordSpan, low: str, evidence: DocEvidence) -> Finding | None:
    text = sp.text
    capital = text[:1].isupper()
    if capital and sp.sentence_start and low in evidence.mid_caps:
        return None  # written capitalised in mid-sentence elsewhere: a name
    same = evidence.match(low, capital)
    if same is not None and evidence.forms[same].islower() and _shared_slip(low, same):
        # "perfromed" beside "perfomred": two slips of "performed", not one word spelt twice (a
        # capitalised form is a name, which the document may well spell one way)
        same = None
    if same is not None:
        rep = evidence.forms[same]
        if not rep[:1].isupper():
            rep = C.cased(same, text)
        return NONWORD.finding(sp.start, sp.end, f"Possible misspelling of {rep!r} (spelt so elsewhere).",
                               [rep], 0.88)
    if capital and not sp.sentence_start:
        return _name_like(sp, low)
    prev, nxt, ranked = _ranked_in_context(doc, sp, low)
    g = uni(low)
    if not ranked:
        if g or capital or len(low) < 4 or compound(low, lexicon(), part=3):
            return None
        return NONWORD.finding(sp.start, sp.end, f"Unknown word {text!r}.", [], 0.5)
    classic = _classic_first(low, ranked)
    best, s1 = ranked[0]
    cost = C.edit_cost(low, best) if " " not in best else 0.9
    v = C.vocab()
    best_logf = v.logf.get(best.split(" ")[0], 3.0) if " " in best else v.logf.get(best, 3.0)
    lg = math.log10(g) if g else 0.0
    slack = 1.0 + 0.5 * cost if len(low) > 4 else 0.3
    web_slip = False
    if g and slack > 0.3 and (cost <= WEB_SLIP_EDIT and (
            _web_only(low, best) or _model_rare_slip(low, best, capital)
            or low in lexicon().rare and (_classic_text_slip(low) or listed_slip(low) is not None))
            or cost <= SOUND_SLIP_EDIT and not capital and _web_only_by_ear(low, best)) and (
            not capital or _confirmed_by_next(doc, sp, best, nxt)):
        # "definately", "seperate": common on the web, absent from the edited English of the
        # language model, one cheap edit from a word the model knows: a common misspelling, not
        # a rare word, so web use does not excuse it unless it rivals its correction. At a
        # sentence start the capital says nothing, so the same holds when prose follows
        # ("Recieve the goods", "Definately the best"); before a name or alone it may be a name.
        slack, web_slip = 0.3, True
    if g and lg >= best_logf - slack:
        return None  # in real use and not much rarer than its correction: a rare word
    listed_only = _listed_only(low)
    if listed_only and (best != listed_slip(low) or fits_own_context(low, best, prev, nxt)):
        # a listed word whose place asks for another word than the one it is a slip of ("wych
        # elm": "witch", not "which"), or that fits its place better than its correction: a word
        # used in its own sense
        return None
    if capital:  # at a sentence start: could still be a name
        if g and lg > best_logf - 3.0 and not web_slip or cost > 1.0 or best_logf < 5.5 or " " in best:
            return None
        if best in v.display and best not in _curated():
            return None  # "Parul" is no more a slip of "Paul" than a name of its own
    gap = lead(low, ranked)
    shape = text  # the capital the place asks for: placecase.recase, on every typo finding
    sugg = [C.cased(c, shape, v) for c, _ in ranked]
    if " " in best and g:
        conf, sugg = 0.6, sugg[:3]  # "fansite", "weblinks": written together on purpose, often
    else:
        conf = correction_confidence(gap, cost, bool(g))
        if conf >= FIXABLE and capital and not _confirmed_by_next(doc, sp, best, nxt):
            conf = 0.75  # "Hogna ingens", "Cynifal" alone: as likely a name as a slip of "Hogan"
        if conf >= FIXABLE and listed_only and not alike(low, best):
            conf = 0.75  # a listed word a letter from a common one: as likely a term ("carpe" diem)
        if classic is not None:
            # the context preferred another word to the one classic slip: the slip comes first,
            # and the choice between the two is left to the writer
            sugg = [C.cased(classic, shape, v)] + [x for x in sugg if x.lower() != classic]
            conf = min(conf, 0.75)
        if conf >= FIXABLE and listed_family(low):
            conf = 0.75  # "defunded": "defund" is listed and in use, a new word rather than "defended"
        if conf >= FIXABLE:
            sugg = sugg[:1]
        elif conf >= 0.7:
            conf, sugg = 0.75, sugg[:3]
        else:
            conf, sugg = 0.62 if not g else 0.57, sugg[:5]
    if capital and web_slip and lg > best_logf - 3.0 and conf < FIXABLE:
        return None  # let through by web_slip alone, but the correction is no clear one: a name ("Notts")
    if cost > 2.2:
        if not capital and compound(low, v.lex, part=3):
            return None  # no close word, but two frequent words written together: a coinage ("lawfare")
        conf = 0.5 if g else 0.55  # no close word: a web-attested word is likely foreign or new
    return NONWORD.finding(sp.start, sp.end, f"Possible misspelling: {text!r}.", sugg, conf)


# A dearer edit ("greatful" for "grateful", a letter moved) is as telling when the typed word
# spells the same sounds: the writer spelt the word by ear.
SOUND_SLIP_EDIT = 1.5


def _web_only_by_ear(low: str, best: str) -> bool:
    """`_web_only`, for a common correction whose sounds `low` spells (errormodel.sound_cost at
    most SAME_SOUND more than its own spelling), in words of six letters or more."""
    from .errormodel import sound_cost

    if len(low) < 6 or best not in lexicon().common or not _web_only(low, best):
        return False
    same = sound_cost(low, best)
    return same is not None and same <= SAME_SOUND


def _listed_gate(low: str) -> bool:
    """Whether the rare-list word `low` is judged in running text by the older tests: much rarer
    than a word one cheap edit away, or a worse spelling or a classic slip of a common word
    (`rarelisted.listed_slip` judges the rest)."""
    return doubtful(low, strict=True) or _variant_slip_in_text(low) or _classic_text_slip(low)


def _classic_first(low: str, ranked: list[tuple[str, float]]) -> str | None:
    """The candidate to put first when the context ranked another first: the first out-of-context
    candidate, when it is one classic misspelling of `low` (slips.classic_shape: "prefering" is
    "preferring" with its doubled "r" written once) and the context's first is not ("preparing"
    fits "kept ..." better, but is two edits away). None otherwise."""
    if len(low) < TEXT_SLIP_MIN_LEN:
        return None  # a short word two vowels from a rare one ("boaa" for a rare "boab") is no telling slip
    first = C.rank(low, limit=1)
    if not first or " " in first[0][0] or first[0][0] == ranked[0][0]:
        return None
    c = first[0][0]
    if c not in lexicon().common or classic_shape(low, ranked[0][0]) or not classic_shape(low, c) \
            or c not in (x for x, _ in ranked):
        return None
    return c


def _listed_only(low: str) -> bool:
    """Whether the rare-list word `low` is judged in running text on `rarelisted.listed_slip`'s
    evidence alone."""
    return low in lexicon().rare and not _listed_gate(low) and listed_slip(low) is not None


def _web_only(low: str, best: str) -> bool:
    """`low` is missing from the bigram model's vocabulary (transcribed, edited English) while its
    correction `best` is in it."""
    from .context import lm

    model = lm()
    return " " not in best and low not in model and best in model


# A slip the language model took in with its transcripts ("goverment", "occuring") is in its
# vocabulary, but it uses the slip rarely and the word it stands for at least MODEL_GAP log10 more.
MODEL_GAP = 1.0
# How dear an edit a web-common misspelling may be from its correction. 1.5 ("greatful",
# "hypocracy") also took BBC's 'debutant' and 'blinkx' for slips.
WEB_SLIP_EDIT = 1.0


def _model_rare_slip(low: str, best: str, capital: bool = False) -> bool:
    """`low` is in the bigram model's vocabulary, but the model uses its correction `best` ten times
    as often, and the two are one classic slip apart or sound the same: the model's own edited
    English took in a common misspelling ("goverment", "pavillion"), which is no rare word of its own.
    A rare word that only looks like a frequent one ("farrier", "carrier") sounds different; a
    `capital` word needs the classic slip, as names sound like words ("Penson", "pension")."""
    from .context import lm
    from .errormodel import sound_cost

    model = lm()
    if " " in best or low not in model or best not in model \
            or model.unigram(best) < model.unigram(low) + MODEL_GAP or regional_pair(low, best):
        return False
    if classic_shape(low, best):
        return True
    if capital:
        return False  # a surname at a sentence start sounds like a word too: "Penson", "Roten"
    same = sound_cost(low, best)
    return same is not None and same <= SAME_SOUND


@lru_cache(maxsize=20_000)
def _read_through(w: str | None) -> str | None:
    """A neighbour as the bigram model can use it: a misspelt neighbour ("thw", "vourt") is read
    as its first context-free correction when that is one cheap edit away, so that two slips side
    by side ("mf thw county") still give each other context; any other word as it is."""
    from .context import lm

    if w is None or w in lm() or not w.isalpha() or lexicon().known(w):
        return w
    ranked = C.rank(w, limit=2)
    if not ranked or " " in ranked[0][0] or C.edit_cost(w, ranked[0][0]) > 1.0:
        return w
    return ranked[0][0]


def _confirmed_by_next(doc: Document, sp: WordSpan, best: str, nxt: str | None) -> bool:
    """Whether the word after a capitalised unknown word at a sentence start is a lower-case word the
    bigram model knows and does not find unlikely after the correction: then the sentence reads on
    as prose ("Teh results were", "Aslo, the"; a comma counts as no neighbour). A name opening a
    title, a list entry or a Latin binomial ("Hogna ingens") is not confirmed, and is not fixed
    unasked."""
    from .context import fit, lm

    if nxt is None:  # a clause mark goes on ("Aslo, the"); a bracket, a quote or a dash does not
        i = sp.token.index + 1
        return sp.end == sp.token.end and i < len(doc.tokens) and doc.tokens[i].text in (",", ";", ":")
    if nxt in (BOS, EOS) or nxt not in lm() or not doc.tokens[sp.token.index + 1].text.islower():
        return False
    return fit(best.split(" ")[0], None, nxt) > -0.5  # a backoff estimate is a little under average


@lru_cache(maxsize=1)
def _curated() -> set[str]:
    from .lexicon import curated_names

    return {n.lower() for n in curated_names()}


def _name_like(sp: WordSpan, low: str) -> Finding | None:
    """A capitalised unknown word in mid-sentence: a name, unless it is plainly a slip of a long
    common word and the web has never seen it."""
    name = curated_slip(low)
    if name is not None:
        rep = C.cased(name, sp.text)
        return NONWORD.finding(sp.start, sp.end, f"Possible misspelling of {rep!r}.", [rep], CURATED_SLIP_CONFIDENCE)
    sugg = _name_like_suggestions(sp.text, low)
    if sugg is None:
        return None
    return NONWORD.finding(sp.start, sp.end, f"Unknown word {sp.text!r}; perhaps a misspelling.",
                           list(sugg), 0.55)


@lru_cache(maxsize=20_000)
def _name_like_suggestions(text: str, low: str) -> tuple[str, ...] | None:
    """`_name_like`'s verdict, which depends on the word alone: memoised, as names recur across
    documents. None for a name."""
    if len(low) < 8 or uni(low):
        return None
    v = C.vocab()
    # a cheap edit means a word one edit away: look there before ranking in full
    if not any(v.logf[e] >= 4.5 for e in v.keys & C.edits1(low)):
        return None
    ranked = C.rank(low, limit=3)
    if not ranked:
        return None
    best = ranked[0][0]
    if " " in best or v.logf.get(best, 0) < 4.5 or C.edit_cost(low, best) > 1.0:
        return None
    if best in v.display and v.logf.get(best, 0) < 6.5:
        return None  # one name for another ("Peston", "Preston"): leave it
    return tuple(C.cased(c, text, v) for c, _ in ranked if " " not in c)


def _suggest_compound(word: str) -> list[str]:
    """A hyphenated word: correct each unknown part ("well-knwon" -> "well-known")."""
    parts = word.split("-")
    fixed = []
    for part in parts:
        alt = suggest(part) if part else []
        fixed.append(alt[0] if alt and " " not in alt[0] else part)
    return ["-".join(fixed)] if fixed != parts else []


# A name written in lower case is one slip (a missed Shift), weighed like one ordinary substitution.
CASE_SLIP_COST = 0.5


def _lower_case_name(low: str, word: str) -> list[str]:
    """A name in lower case ("moscow", "brest"): the name, unless a much more frequent word is a
    cheap edit away ("brest" is more likely "breast" than "Brest"). Both are then offered."""
    v = C.vocab()
    name = v.lex.names[low]
    own = C.PRIOR_WEIGHT * min(v.logf.get(low, 3.0), C.PRIOR_CAP) - C.COST_WEIGHT * CASE_SLIP_COST
    ranked = [(c, s) for c, s in C.rank(low, limit=8) if " " not in c]
    if not ranked or ranked[0][1] <= own:
        return [name]
    better = [C.cased(c, word, v) for c, s in ranked if s > own]
    rest = [C.cased(c, word, v) for c, s in ranked if s <= own]
    return (better[:7] + [name] + rest)[:8]


# A spelling the lexicon knows only from SCOWL's variant lists or its rare lists may still be a
# misspelling that some dictionaries took in ("millenium"-like doublings, "-able" for "-ible").
# Out of context it is corrected when the evidence says it is a worse spelling of one word:
# * SCOWL gives it no variant level under 2 ("almost equal" variants stay: "grandad", "despatch");
# * the edited English of the language model never uses it, while it uses the standard spelling;
# * that standard spelling is a common word one cheap edit away (weighted cost no more than one
#   vowel for another: a doubled letter, "-able" for "-ible", "c" for "s" before "e"), sounds the
#   same (spelling the standard word's sounds so costs under SAME_SOUND log10 more than its own
#   spelling), is at least WEB_GAP log10 more frequent on the web, where misspellings are common,
#   and at least VARIANT_GAP log10 more frequent averaged over the two corpora, the unused
#   spelling taking the model's smallest unigram;
# * the two are not one word's British and American forms (lexicon.regional_pair).
# Coarse choices, not fitted: ten times as frequent over the two corpora and three times on the
# web, a third as likely by ear, words of five letters or more (shorter ones are mostly
# abbreviations and foreign words).
VARIANT_MIN_LEVEL = 2
VARIANT_MIN_LEN = 5
VARIANT_GAP = 1.0
WEB_GAP = 0.5
SAME_SOUND = 0.5
VARIANT_EDIT = K["sub_vowel"]


def _misspelt_variant(low: str, ranked: list[tuple[str, float]], v: C.Vocab) -> str | None:
    """The first of the `ranked` candidates of which the listed rare or variant spelling `low` is
    a worse spelling (see above), or None."""
    from .errormodel import sound_cost

    if not _listed_unused(low):
        return None
    for c in _standard_spellings(low, ranked, v):
        if C.edit_cost(low, c) <= VARIANT_EDIT:
            same = sound_cost(low, c)
            if same is not None and same <= SAME_SOUND:
                return c
    return None


def _standard_spellings(low: str, ranked: list[tuple[str, float]], v: C.Vocab) -> Iterator[str]:
    """The `ranked` candidates that may be the standard spelling of the listed, unused `low`: a
    common word the language model uses, no variant itself, built on every stem `low` may be an
    inflection of ("hopers", "slimed" are words of a family, not slips), not its British or American
    form, and more frequent by the gaps above (WEB_GAP on the web, VARIANT_GAP over the two corpora,
    `low` taking the model's smallest unigram)."""
    from .context import lm

    lex = v.lex
    levels = variant_levels()
    model = lm()
    own_web = lex.freq(low) / 10
    own = 0.5 * (own_web + _lm_floor())
    stems = _stems(low)
    for c, _ in ranked:
        if " " in c or c not in lex.common or c in levels or c not in model:
            continue
        if not all(c.startswith(st) for st in stems) or regional_pair(low, c):
            continue
        if lex.freq(c) / 10 >= own_web + WEB_GAP and C.two_corpus_logf(c, v) >= own + VARIANT_GAP:
            yield c


# Inflections that make a word of a word's family: "hoper" -> "hopers", "slime" -> "slimed".
_INFLECTIONS = (("s", ""), ("es", ""), ("d", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("er", ""),
                ("er", "e"), ("ers", ""), ("ers", "e"))


def _stems(low: str) -> list[str]:
    """The known words of which `low` may be a regular inflection, leaving out stems that are
    themselves worse spellings ("crystalize" for "crystalized"). A listed word that can be read so
    is a word of that family, and a correction is only believed when it is built on every such
    stem: "refered" can only be "refer" inflected without its doubled "r", but "slimed" is "slime"
    + "d" as well as a "slim" + "ed" that should have doubled its "m", so it is no "slimmed"."""
    lex = lexicon()
    out = []
    for suf, add in _INFLECTIONS:
        if low.endswith(suf) and len(low) - len(suf) >= 3:
            st = low[: -len(suf)] + add
            if (st in lex.common or st in lex.rare) and not _variant_slip(st):
                out.append(st)
    return out


def _listed_unused(low: str) -> bool:
    """A SCOWL variant of level 2 or 3, or a rare-list word, of five letters or more, not a name,
    that the language model never uses: the cheap part of `_misspelt_variant`'s test."""
    from .context import lm

    lex = lexicon()
    level = variant_levels().get(low)
    if level is None and low not in lex.rare or level is not None and level < VARIANT_MIN_LEVEL \
            or len(low) < VARIANT_MIN_LEN or low in lex.names:
        return False
    return low not in lm()  # edited English uses it: a word of its own


@lru_cache(maxsize=20_000)
def _variant_slip(low: str) -> bool:
    """Whether the rare-list word `low` is a worse spelling of a common word (`_misspelt_variant` on
    its out-of-context ranking); then the check judges it like an unknown word: the ranking in
    context and its calibrated confidence decide. (The check never sees SCOWL's variants: they are
    common words, which typo.run leaves out of the spans.)"""
    if not low.isalpha() or not _listed_unused(low):
        return False
    return _misspelt_variant(low, C.rank(low, limit=8), C.vocab()) is not None


@lru_cache(maxsize=20_000)
def _variant_slip_in_text(low: str) -> bool:
    """`_variant_slip`, for the check: only the slip shapes above, in words of seven letters or more."""
    if len(low) < TEXT_SLIP_MIN_LEN or not _variant_slip(low):
        return False
    best = _misspelt_variant(low, C.rank(low, limit=8), C.vocab())
    return best is not None and (doubling(low, best) or suffix_swap(low, best))


# SCOWL's rare lists hold many classic misspellings ("wierd", "untill", "noticable"). Five letters
# or more.
CLASSIC_MIN_LEN = 5


@lru_cache(maxsize=20_000)
def _classic_text_slip(low: str) -> bool:
    """Whether the rare-list word `low` is judged in running text like an unknown word: the language
    model never uses it and it is one classic slip (`slips.classic_shape`) from a common word the model
    uses, with `_misspelt_variant`'s frequency gaps (the shapes spell the same sounds, so its test
    of sound is not needed); or the model holds it as a misspelling it took in
    (`_model_rare_listed`, seven letters or more)."""
    from .context import lm

    if len(low) < CLASSIC_MIN_LEN or not low.isalpha() or low in lexicon().names:
        return False
    if low in lm():
        return len(low) >= TEXT_SLIP_MIN_LEN and _model_rare_listed(low)
    if not _listed_unused(low):
        return False
    return any(classic_shape(low, c) for c in _standard_spellings(low, C.rank(low, limit=8), C.vocab()))


def _model_rare_listed(low: str) -> bool:
    """A rare-list word the language model holds, but as a common misspelling it took in
    (`_model_rare_slip`) of its first correction out of context, a cheap edit away, a common word
    ten times as frequent on the web: "prefered", "resistence"."""
    ranked = C.rank(low, limit=2)
    if not ranked:
        return False
    c = ranked[0][0]
    lex = lexicon()
    if " " in c or c not in lex.common or C.edit_cost(low, c) > 1.0 or lex.freq(c) / 10 < lex.freq(low) / 10 + 1.0:
        return False
    return all(c.startswith(st) for st in _stems(low)) and classic_shape(low, c) and _model_rare_slip(low, c)


@lru_cache(maxsize=1)
def _lm_floor() -> float:
    """The language model's smallest unigram log10 probability on the lexicon's scale: the most a
    word the model lacks can be used in its corpus."""
    from .context import lm

    return min(u for u in lm().uni if u > -20_000) / 1000 + C.LM_SHIFT


def suggest(word: str) -> list[str]:
    """Out-of-context corrections of one word, best first; [] for a correct word."""
    w = word.strip()
    if not w:
        return []
    lex = lexicon()
    low = w.lower()
    if low in lex.names and low not in lex.common:
        return [] if w[:1].isupper() else _lower_case_name(low, w)
    if low in unaccented():
        return []  # "soiree", "entree": a listed word written without its accents
    variant = low in lex.common  # past this line only as a SCOWL variant
    if variant and variant_levels().get(low, 0) < VARIANT_MIN_LEVEL:
        return []
    joined = C.joined_contraction(low)
    if joined:
        return [C.cased(joined, w)]
    if not low.replace("-", "").replace("'", "").isalpha():
        return []
    if "'" in low:
        if low in C.CONTRACTIONS or low.endswith("'s") and (low[:-2] in lex.common or low[:-2] in lex.names):
            return []
        low = low.replace("'", "")
    if "-" in low.strip("-"):
        return _suggest_compound(w)
    ascii_low = fold(low)
    if ascii_low != low and lex.known(ascii_low):
        return []
    v = C.vocab()
    ranked = C.rank(ascii_low, limit=12, far=True)
    if not w[:1].isupper():  # a name needs the case slip as well as the letters
        slip = C.COST_WEIGHT * CASE_SLIP_COST
        ranked = sorted(((c, s - slip if c in v.display and "'" not in c else s) for c, s in ranked),
                        key=lambda t: (-t[1], t[0]))
    ranked = ranked[:8]
    if ranked and derivable(ascii_low, lex):
        if _misspelt_variant(ascii_low, ranked, v) is not None:
            return [C.cased(c, w, v) for c, _ in ranked]
        if variant:
            return []  # a variant spelling with no standard spelling of the same word near it
        # A listed rare word or a regular derivation is correct unless a much more frequent
        # word is a cheap edit away ("accomodate", "wierd" are in the big lists too).
        best = ranked[0][0]
        own = _own_use(ascii_low)
        if " " in best:
            from .context import bi

            if math.log10(bi(*best.split(" ", 1)) + 1) < own + 1.5:
                return []
        elif v.logf.get(best, 0.0) < own + 1.0 or C.edit_cost(ascii_low, best) > 2.0:
            return []
    return [C.cased(c, w, v) for c, _ in ranked]
