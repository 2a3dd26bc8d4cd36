"""Rare-list words that are common misspellings.

SCOWL's big lists took in many classic misspellings because they are common on the web: "belive"
and "wich" are in its size-80 list, "seige", "enviroment", "excercise", "untill" and "tatoo" only in
its size-95 list, which the lexicon takes in for a web count alone (class `u`, `Lexicon.unproven`).
Being listed proves little for such a word, and its web count proves nothing: misspellings are
common on the web. What tells a slip from a rare word of its own is how it stands to the nearest
common word (`listed_slip`):

* a correction: the first out-of-context candidate that is a common word the language model uses,
  one cheap edit away (weighted cost at most 1.0), no spelling variant itself, built on every stem
  the listed word may be an inflection of, and not its British or American form;
* far more use: on the web WEB_GAP log10 more than the listed word, and in the edited English of the
  language model either the listed word is missing or the correction is used MODEL_GAP log10 more;
* the shape of a slip: one classic misspelling (`slips.classic_shape`: doubled letters, ie/ei,
  -ance/-ence...) or the same sounds (`errormodel.sound_cost`), as a real rare word one letter from
  a common one mostly sounds different ("statin", "station"); a size-95-only word, unproven, may
  also be one slip of the fingers (`typing_slip`: a letter left out or added, neighbours swapped, a
  vowel for a vowel; not a consonant for a consonant, which makes abbreviations: "mbps", "calc").

In running text the listed word is then judged like an unknown word (`nonword.judge`), unless a
neighbour is no common word either (`foreign_phrase`: "carpe diem"), the context ranks another
correction first ("wych elm": "witch") or the word fits its neighbours better than its correction
(`fits_own_context`: "cordon bleu"). Its correction is applied unasked only when the two are alike
(`alike`: a classic slip, the same sounds, or a long word one slip of the fingers away) and it is
no inflection of another listed word in web use (`listed_family`: "defunded" of "defund").
The thresholds are coarse choices checked on BBC news (no new finding) and on a table of
sentences (tests/test_typo_listed_slips.py), not a calibration.
"""
from __future__ import annotations

from functools import lru_cache

from . import candidates as C
from .errormodel import K
from .lexicon import lexicon, regional_pair, variant_levels
from .slips import classic_shape, doubling, swapped_at

# Coarse choices, not fitted: thirty times the web use (ten times for an unproven word) and, in the
# language model, ten times (the gap nonword.MODEL_GAP asks of the model's own misspellings,
# "goverment"); the correction one cheap edit away (an unproven word: any one edit, an inserted
# consonant included, "excercise").
WEB_GAP = 1.5
UNPROVEN_WEB_GAP = 1.0
MODEL_GAP = 1.0
MAX_EDIT = 1.0
UNPROVEN_MAX_EDIT = K["ins"]
SAME_SOUND = 0.5     # as nonword.SAME_SOUND: spelling the correction's sounds so costs under this
MIN_LEN = 4          # three-letter words are nonword.run's business (mostly slips anyway)
# A word this long one slip of the fingers from a common word is rarely a word of its own
# ("enviroment"); shorter ones often are ("carpe" diem).
LONG_SLIP = 8
# How much better the listed word must fit its neighbours than its correction to be read as a word
# of its own (log10, the scale of context.fit plus half of context.web_fit): a word the model lacks
# gets no evidence from it, so a tie says nothing ("reply immediatly" and "reply immediately" both
# fit badly before a full stop), while "cel imagery", "cordon bleu" lead by 0.4 and more.
OWN_CONTEXT = 0.25


@lru_cache(maxsize=20_000)
def listed_slip(low: str) -> str | None:
    """The common word of which the rare-list word `low` is a slip, by the evidence above, or None."""
    from .context import lm
    from .errormodel import sound_cost
    from .nonword import _own_use, _stems

    lex = lexicon()
    if len(low) < MIN_LEN or not low.isalpha() or low not in lex.rare or low in lex.names \
            or low in variant_levels():
        return None  # a spelling SCOWL vets as a variant is nonword._variant_slip's business
    model = lm()
    v = C.vocab()
    levels = variant_levels()
    stems = _stems(low)
    unproven = low in lex.unproven
    for c, _ in C.rank(low, limit=8):
        if " " in c or c not in lex.common or c not in model or c in levels:
            continue
        if C.edit_cost(low, c) > (UNPROVEN_MAX_EDIT if unproven else MAX_EDIT):
            return None  # the first common word is no cheap edit away: no slip of one
        if not all(c.startswith(st) for st in stems) or regional_pair(low, c):
            return None
        if lex.freq(c) / 10 < _own_use(low) + (UNPROVEN_WEB_GAP if unproven else WEB_GAP):
            return None
        if low in model and model.unigram(c) < model.unigram(low) + MODEL_GAP:
            return None  # edited English uses it in its own right
        if classic_shape(low, c) or unproven and typing_slip(low, c):
            return c
        same = sound_cost(low, c)
        return c if same is not None and same <= SAME_SOUND else None
    return None


# Web use (log10) that shows a listed stem is a word in real use: ten thousand pages.
FAMILY_USE = 4.0


def listed_family(low: str) -> bool:
    """Whether the rare-list word `low` is an inflection of another rare-list word in real use on
    the web ("defunded" of "defund"): a word of a family, newer than the web counts, more likely
    than a slip of a common word made the same way in every form ("defended"). Such a finding is
    offered, not applied."""
    from .nonword import _own_use, _stems

    lex = lexicon()
    return low in lex.rare and any(st != low and st in lex.rare and _own_use(st) >= FAMILY_USE for st in _stems(low))


def alike(low: str, c: str) -> bool:
    """Whether `low` is one classic misspelling of `c`, spells its sounds, or is a long word one
    slip of the fingers from it: the evidence that makes a listed word's correction safe to apply,
    where in a short word a letter dropped or added may also make a foreign word or a term
    ("carpe" diem, savoir "faire")."""
    from .errormodel import sound_cost

    if classic_shape(low, c) or len(low) >= LONG_SLIP and typing_slip(low, c):
        return True
    same = sound_cost(low, c)
    return same is not None and same <= SAME_SOUND


def typing_slip(low: str, c: str) -> bool:
    """`low` is `c` with one letter left out or added, two neighbours swapped or one vowel for
    another, and has a vowel: the slips of the fingers. A consonant for another, or no vowel at all,
    makes abbreviations and foreign words more often ("mbps", "calc")."""
    if not any(ch in "aeiouy" for ch in low):
        return False
    if len(low) == len(c):
        diff = [i for i in range(len(low)) if low[i] != c[i]]
        if len(diff) == 1:
            return low[diff[0]] in "aeiou" and c[diff[0]] in "aeiou"
        return swapped_at(low, c) is not None
    short, long_ = (low, c) if len(low) < len(c) else (c, low)
    return len(long_) == len(short) + 1 and any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def foreign_phrase(doc, sp) -> bool:
    """Whether a word beside the listed word is no common English word either (a lower-case word
    the lexicon lists as rare or not at all): the two are a foreign phrase or a term ("carpe
    diem", "savoir faire") more often than a slip beside another."""
    lex = lexicon()
    toks = doc.tokens
    tok = sp.token
    for j in (tok.index - 1, tok.index + 1):
        if not 0 <= j < len(toks) or toks[j].kind != "word":
            continue
        if (toks[j].end if j < tok.index else tok.end) + 1 != (tok.start if j < tok.index else toks[j].start):
            continue  # not one space apart
        w = toks[j].text
        if w.isalpha() and w.islower() and w not in lex.common:
            return True
    return False


def fits_own_context(low: str, best: str, prev: str | None, nxt: str | None) -> bool:
    """Whether the listed word `low` fits its neighbours at least about as well as its correction
    `best` (the language model's fit plus half the web bigram counts' evidence, as
    context.rank_nonword weighs candidates): then it is used in its own sense."""
    from .context import NW_WEB, fit, web_fit

    if prev is None and nxt is None:
        return False

    def score(w: str) -> float:
        return fit(w, prev, nxt) + NW_WEB * web_fit(w, prev, nxt)

    return score(low) >= score(best) + OWN_CONTEXT


@lru_cache(maxsize=20_000)
def curated_slip(low: str) -> str | None:
    """The curated name (lexicon.curated_names: countries, cities, demonyms, months...) of which the
    unknown capitalised word `low` is a misspelling, else None: other unknown capitalised words are
    names of their own. The shapes (`name_slip_shape`):

    * one classic misspelling (`slips.classic_shape`: "Britian"), or, in a word of six letters or
      more, a vowel or an "r" left out ("Sptember") or two neighbours swapped ("Amercian"), when
      the web uses the name WEB_GAP log10 more;
    * a doubled letter written once and a single one doubled, in the same word ("Morroco",
      "Philipinnes"; `double_swap`), when the web uses the name UNPROVEN_WEB_GAP log10 more: the
      commonest misspelling of long names, and the web is full of it;

    and in each case the language model either lacks the word or uses the name MODEL_GAP log10
    more. A letter added or changed is left alone: "Cubana" and "Parisa" are names of their own."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    from .context import lm
    from .nonword import _own_use

    if len(low) < 5 or not low.isalpha():
        return None
    # The names one edit away: every string of `edits1(low)` is within one OSA edit of `low`, so
    # the names rapidfuzz finds that near (in C, among those of about its length) hold them all,
    # and only they are tested against `edits1`, mostly none (instead of ~50 strings per letter).
    # A double swap is two edits away and keeps the length.
    by_length = _curated_by_length()
    near = [(e, d) for n in (len(low) - 1, len(low), len(low) + 1)
            for e, d, _ in process.extract(low, by_length.get(n, ()), scorer=OSA.distance,
                                           score_cutoff=2 if n == len(low) else 1, limit=None)]
    if not near:
        return None
    edits = C.edits1(low)
    lex = lexicon()
    model = lm()
    own = _own_use(low)
    for e, d in sorted(near):
        if d == 1 and e in edits and name_slip_shape(low, e):
            gap = WEB_GAP
        elif d == 2 and double_swap(low, e):
            gap = UNPROVEN_WEB_GAP
        else:
            continue
        if lex.freq(e) / 10 < own + gap:
            continue
        if low not in model or model.unigram(e) >= model.unigram(low) + MODEL_GAP:
            return e
    return None


NAME_SLIP_MIN_LEN = 6  # typed letters: shorter ones ("Mumba") are often names of their own


def name_slip_shape(low: str, name: str) -> bool:
    """`low` is one classic misspelling of `name`, or, when `low` has NAME_SLIP_MIN_LEN letters or
    more, `name` with a vowel or an "r" left out (not the first letter) or two neighbouring
    letters swapped."""
    if classic_shape(low, name):
        return True
    if len(low) < NAME_SLIP_MIN_LEN or low[:1] != name[:1]:
        return False
    if len(low) == len(name) - 1:
        # a vowel, or an "r" that is not said ("Sptember"); other consonants make other names
        # ("Kinston" beside "Kingston")
        return any(name[:i] + name[i + 1:] == low and name[i] in "aeiouyr" for i in range(1, len(name)))
    return swapped_at(low, name) is not None


def double_swap(low: str, name: str) -> bool:
    """`low` is `name` with one doubled letter written once and one single letter doubled
    ("morroco" for "morocco")."""
    if len(low) != len(name) or low == name:
        return False
    for i in range(1, len(low)):
        if low[i] == low[i - 1]:
            undoubled = low[:i] + low[i + 1:]
            if doubling(undoubled, name) and len(name) == len(undoubled) + 1:
                return True
    return False


@lru_cache(maxsize=1)
def _curated_by_length() -> dict[int, list[str]]:
    """The one-word curated names in lower case, by length: what `curated_slip` searches."""
    from .lexicon import curated_names

    out: dict[int, list[str]] = {}
    for name in sorted({n.lower() for n in curated_names() if " " not in n}):
        out.setdefault(len(name), []).append(name)
    return out
