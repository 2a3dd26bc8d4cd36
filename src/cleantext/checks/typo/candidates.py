"""Candidate corrections for a misspelt word, and their ranking.

Candidates come from three places:
* every single edit of the word (deletion, insertion, substitution, transposition) that is a word;
* words within edit distance 2 (3 for long words) that share the first letter and have a similar
  length, found with rapidfuzz's optimal-string-alignment distance over length buckets;
* words with the same phonetic key (a small Metaphone-like code), for misspellings by sound;
* out of context only (`suggest`): the most frequent same-sounding words however many letters off,
  and, when no near candidate is cheap, words whose sound key is one or two edits from the typed
  word's key ("kwestshun" -> question), for writers who spell by ear, and words whose dictionary
  pronunciation has the consonant sounds the typed letters are read with ("nollij" -> knowledge).

They are ranked by a noisy-channel score: log frequency of the candidate, minus a weighted edit cost
(keyboard neighbours, vowel swaps, doubled letters, transpositions and other spellings of the same
sound, long vowels included, are cheap), plus a bonus for a matching sound and, in context, the
fit with the neighbouring words (bigram counts). Out of context (`suggest`), the writer may also
have spelt the intended word by ear: the candidate's pronunciation (CMUdict) written with the
usual spellings of its sounds ("nollij" for knowledge); the two channels' probabilities add up,
the ear's share falling with the word's frequency; and the prior averages two corpora (web counts
and the language model's unigrams).
"""
from __future__ import annotations

import math
from collections.abc import Sequence, Set
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

# The error model lives in errormodel.py; its names are used from here by nonword and the tests.
from .errormodel import (K, LETTERS, edit_cost, heard_key, long_vowels, phonetic,  # noqa: F401
                         pron_key, pronunciations, sound_cost, sound_distance,
                         vowel_cost)
from .lexicon import Lexicon, lexicon


# ---------------------------------------------------------------- vocabulary structures
@dataclass
class Vocab:
    lex: Lexicon
    keys: Set[str]                                  # lower-case candidates (logf's key view)
    display: dict[str, str]                         # lower -> preferred spelling (names capitalised)
    logf: dict[str, float]                          # lower -> log10 frequency (estimated when unknown)
    buckets: dict[str, list[str]]                   # first letter + length ("a7") -> words
    sounds: dict[str, list[str]]                    # phonetic key -> words


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    lex = lexicon()
    return Vocab(lex, *_build_vocab(lex))


# Contractions are not in the word lists (they hold no apostrophes); "dont" should find "don't".
CONTRACTIONS = """don't doesn't didn't can't won't isn't aren't wasn't weren't hasn't haven't hadn't wouldn't
shouldn't couldn't mustn't needn't it's he's she's that's there's what's who's let's i'm you're we're
they're i've you've we've they've i'll you'll he'll she'll we'll they'll it'll i'd you'd he'd she'd we'd
they'd o'clock""".split()
SOUND_MIN_LOGF = 5.5  # only words in real use are worth finding by sound
NAME_PENALTY = 0.8  # log10 units: a name is a less likely intended word than a common word
CUTOFF2_MAX_LEN = 8  # longer words are searched up to three edits away


def _build_vocab(lex: Lexicon) -> tuple:
    display: dict[str, str] = {}
    logf: dict[str, float] = {}
    freq = lex.bucket.get  # lex.freq without a method call per word: this runs over 277k words
    # buckets are small integers, so the frequencies take ~100 distinct values: share the float
    # objects instead of allocating one per word (saves ~2 MB)
    shared: dict[float, float] = {}
    share = shared.setdefault
    for w in lex.common:
        b = freq(w, 0)
        f = b / 10 if b else 3.2
        logf[w] = share(f, f)
    for w in lex.rare:
        b = freq(w, 0)
        if b >= 45:  # rare-list words only when they are in real use
            f = b / 10 - 0.8
            logf[w] = share(f, f)
    for low, canon in lex.names.items():
        if " " in low:
            continue
        b = freq(low, 0)
        f = (b / 10 if b else 3.2) - NAME_PENALTY
        logf[low] = share(f, f)
        display[low] = canon
    for w in CONTRACTIONS:
        logf[w] = 8.0
        if w.startswith("i'"):
            display[w] = "I" + w[1:]
    buckets: dict[tuple[str, int], list[str]] = {}
    sounds: dict[str, list[str]] = {}
    for w, f in logf.items():
        buckets.setdefault((w[0], len(w)), []).append(w)
        if f >= SOUND_MIN_LOGF:
            sounds.setdefault(phonetic(w), []).append(w)
    # the candidate set is logf's key view: a copy of 75k keys would cost ~8 MB for nothing
    return logf.keys(), display, logf, {f"{k[0]}{k[1]}": ws for k, ws in buckets.items()}, sounds


def edits1(word: str) -> set[str]:
    """Every string one deletion, swap of neighbours, substitution or insertion of a letter away
    from `word`. Built in that order (position by position, letters in order), which fixes the
    set's iteration order for a given hash seed; each letter is put in by `str.join` of the two
    halves over LETTERS, in C (about 30 % less time than concatenating in a generator)."""
    n = len(word)
    heads = [word[:i] for i in range(n + 1)]
    tails = [word[i:] for i in range(n + 1)]
    out = {heads[i] + tails[i + 1] for i in range(n)}
    out.update([heads[i] + word[i + 1] + word[i] + tails[i + 2] for i in range(n - 1)])
    join = str.join
    for i in range(n):
        out.update(map(join, LETTERS, repeat((heads[i], tails[i + 1]))))
    for i in range(n + 1):
        out.update(map(join, LETTERS, repeat((heads[i], tails[i]))))
    return out


_JOINED = {w.replace("'", ""): w for w in CONTRACTIONS}


def joined_contraction(low: str) -> str | None:
    """ "dont" -> "don't", unless the joined form is a word of its own ("cant", "wont", "its")."""
    joined = _JOINED.get(low)
    if joined is None or low in lexicon().common:
        return None
    return joined


# A word pair written as one ("infact", "eachother") is a slip when the web writes the pair apart
# at least this many times as often as joined. Joinings in their own right score far lower
# ("fansite" 31, "weblinks" 35, "nevermind" 70; common words such as "website" are never asked),
# the slips far higher ("everytime" 239, "alot" 731, "infact" 2,328).
JOINED_PAIR_RATIO = 200
JOINED_PAIR_MIN = 10_000_000  # the pair itself is a frequent phrase (web bigram count)
JOINED_PAIR_LEAD = 0.5  # the split's lead over the next candidate out of context (log10)


@lru_cache(maxsize=20_000)
def joined_pair(low: str) -> str | None:
    """ "infact" -> "in fact": two common words, one of them a function word, written together
    that the web writes apart JOINED_PAIR_RATIO times as often, when the joined form is no common
    word itself ("into", "maybe", "incase"). Two content words written as one ("skatepark",
    "songbooks", "filmgoers") are a closed compound, a style the writer may choose. None
    otherwise."""
    from ..spin.words import FUNCTION_WORDS
    from .context import bi, uni

    common = lexicon().common
    if low in common or len(low) < 4 or not low.isalpha():
        return None
    best, count = None, 0
    for i in range(1, len(low)):
        a, b = low[:i], low[i:]
        if (len(a) > 1 or a in ("a", "i")) and len(b) > 1 and a in common and b in common \
                and (a in FUNCTION_WORDS or b in FUNCTION_WORDS):
            c = bi(a, b)
            if c > count:
                best, count = f"{'I' if a == 'i' else a} {b}", c
    if best is None or count < JOINED_PAIR_MIN or count < JOINED_PAIR_RATIO * uni(low):
        return None
    ranked = rank(low, limit=2)
    if not ranked or ranked[0][0].lower() != best.lower() \
            or len(ranked) > 1 and ranked[0][1] - ranked[1][1] < JOINED_PAIR_LEAD:
        return None  # as likely a slip of one word: "itno" ("into"), "noone" ("none")
    return best


def _first_letter_edits(word: str) -> set[str]:
    """The single edits that change the first letter: the rest are found by bucket search."""
    out = {word[1:], word[1] + word[0] + word[2:]}
    out.update(c + word[1:] for c in LETTERS)
    out.update(c + word for c in LETTERS)
    return out


def generate(low: str, v: Vocab | None = None) -> set[str]:
    """Lower-case candidate words for the lower-case misspelling `low`."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    v = v or vocab()
    keys = v.keys
    n = len(low)
    if n <= 3:
        out = {e for e in edits1(low) if e in keys}
        if n <= 2:
            return out
    else:  # the length buckets below hold every word with the same first letter
        out = {e for e in _first_letter_edits(low) if e in keys}
    cutoff = 2 if n <= CUTOFF2_MAX_LEN else 3
    choices: list[str] = []
    for length in range(max(1, n - cutoff), n + cutoff + 1):
        choices.extend(v.buckets.get(f"{low[0]}{length}", ()))
    for cand, _, _ in process.extract(low, choices, scorer=OSA.distance, score_cutoff=cutoff, limit=None):
        out.add(cand)
    out.update(v.sounds.get(phonetic(low), ()))
    joined = _JOINED.get(low)
    if joined:
        out.add(joined)
    # two words run together: "alot", "infact"; only pairs the bigram lists attest, and not a word
    # doubled ("atat" is a slip of "at": "at at" would only be a repeated word)
    from .context import bi

    for i in range(1, n):
        a, b = low[:i], low[i:]
        if a != b and a in keys and b in keys and v.logf.get(a, 0) >= 7.0 and v.logf.get(b, 0) >= 6.5 \
                and (len(a) > 1 or a in ("a", "i")) and (len(b) > 1 or b in ("a", "i")) and bi(a, b):
            out.add(a + " " + b)
    out.discard(low)
    return out


# Weights of the ranking, fitted by a small grid search on public misspelling lists.
PRIOR_WEIGHT = 0.8     # per log10 of corpus frequency
PRIOR_CAP = 8.0        # beyond this, frequency no longer helps ("to", "the" are not better guesses)
COST_WEIGHT = 1.75     # per unit of weighted edit cost
SOUND_WEIGHT = 2.5     # per unit of normalised distance between sound keys
SPLIT_PENALTY = 0.5    # a missing space is a little rarer than a missing letter
ANAGRAM_BONUS = 0.5    # the same letters in another order: a typing slip


def channel(low: str, cand: str, v: Vocab, by_ear: bool = False) -> float:
    """log10 P(typed | intended) + log10 P(intended), up to scale, without context. `by_ear`
    lets the writer also spell the intended word by its sounds (errormodel.sound_cost): the
    probabilities of the typed word by the two channels add up."""
    from rapidfuzz.distance import Levenshtein

    if " " in cand:  # a missing space: the pair's own frequency is the prior
        from .context import bi

        a, b = cand.split(" ", 1)
        prior = min(math.log10(bi(a, b) + 1), PRIOR_CAP + 1.0)
        return PRIOR_WEIGHT * prior - COST_WEIGHT * K["del"] - SPLIT_PENALTY
    prior = min(two_corpus_logf(cand, v) if by_ear else v.logf.get(cand, 3.0), PRIOR_CAP)
    cost = vowel_cost(low, cand)
    if by_ear:
        ear_prior = ear_share(prior)
        if COST_WEIGHT * cost > ear_prior:  # else the ear adds little to the fingers
            # a sound channel 100 times less likely than the letters adds under 0.005: not computed
            ear = sound_cost(low, cand, COST_WEIGHT * cost + 2.0 - ear_prior)
            if ear is not None and ear < math.inf:  # P(typed | intended) = P(by the fingers) + P(by ear)
                cost = -math.log10(10 ** (-COST_WEIGHT * cost) + 10 ** -(ear + ear_prior)) / COST_WEIGHT
        sound = sound_distance(low, cand)
    else:  # the in-context ranking keeps the rule-based key alone (its margins are calibrated)
        sound = Levenshtein.normalized_distance(phonetic(low), phonetic(cand))
    score = PRIOR_WEIGHT * prior - COST_WEIGHT * cost
    score -= SOUND_WEIGHT * sound
    if len(cand) == len(low) and sorted(cand) == sorted(low):
        score += ANAGRAM_BONUS
    return score


# Out of context the prior is the mean of two corpora's log frequencies: the web counts of the
# lexicon and the unigrams of the CMU Sphinx language model (lm.bin, broadcast news and other
# general English), shifted onto the web scale by LM_SHIFT. Each corpus alone over-rates its own
# topics: the web counts put "blog", "download" and "software" about a log10 unit above the
# model, "parliament" and "porridge" level with it. A word the model lacks keeps its web count.
# LM_SHIFT is the median of (lexicon log10 frequency - model log10 probability) over the ~52k words
# both know (tests/test_typo_suggest.py recomputes it: after rebuilding either file, update it).
LM_SHIFT = 11.9575


def two_corpus_logf(word: str, v: Vocab) -> float:
    """The log10 frequency of `word` on the lexicon's scale, averaged over the two corpora."""
    ids, uni = _second_corpus()
    web = v.logf.get(word, 3.0)
    i = ids.get(word)
    return web if i is None else 0.5 * (web + uni[i] / 1000.0 + LM_SHIFT)


@lru_cache(maxsize=1)
def _second_corpus() -> tuple[dict[str, int], Sequence[int]]:
    """The language model's word ids and unigram log10 probabilities (in thousandths)."""
    from .context import lm

    model = lm()
    return model.ids, model.uni


def _quick(low: str, cands: set[str], v: Vocab, keep: int) -> list[str]:
    """Pre-select the candidates worth the full weighted edit cost (computed in Python)."""
    if len(cands) <= keep:
        return list(cands)
    from rapidfuzz.distance import OSA

    logf = v.logf
    # Ties are broken by the word itself: `cands` is a set, whose order changes with the hash seed.
    splits = sorted(c for c in cands if " " in c)
    words = [c for c in cands if " " not in c]
    lv = long_vowels(low)

    def dist(c: str) -> float:  # letters, or long vowels read by sound ("grone", "groan")
        d = OSA.distance(low, c)
        lc = long_vowels(c)
        return min(d, OSA.distance(lv, lc) + 1) if (lv != low or lc != c) else d

    scored = sorted(words, key=lambda c: (2.0 * dist(c) - PRIOR_WEIGHT * min(logf.get(c, 3.0), PRIOR_CAP), c))
    return scored[:keep] + splits[:4]


# ---------------------------------------------------------------- far candidates by sound
# Bad spellers write by ear: "anserw", "bulifut", "acnolegment" are three or more edits from their
# word, beyond the bucket search. Their sound key, though, is usually within one edit of the
# word's key. This wider search runs only when no near candidate is cheap (FAR_COST).
FAR_MIN_LOGF = 4.5     # words in real use only: far guesses among rare words are noise
FAR_COST = 1.5         # weighted edit cost of the best near candidate above which we look further
FAR_KEEP = 6           # far candidates passed on to the full ranking
# Out of context the writer may also have spelt the word by its sounds (errormodel.sound_cost):
# P(typed | intended) is then the sum of the two channels, the sound channel weighted by the
# share of misspellings made by ear, taken as one in ten (a coarse choice, not fitted).
BY_EAR = True
EAR_PRIOR = 1.0        # log10 of 1 / that share
# Nobody spells "what" by ear: a writer has seen a frequent word too often not to know it. Above
# EAR_FREQ_FROM (log10 frequency; "window", "garden" are about 7.5) the share falls with the square
# root of the word's frequency, as a coarse exposure model (0.5 per log10; not fitted).
EAR_FREQ_FROM = 7.0
EAR_FREQ_SLOPE = 0.5


def ear_share(prior: float) -> float:
    """-log10 of the share of writers who spell a word of log10 frequency `prior` by ear."""
    return EAR_PRIOR + EAR_FREQ_SLOPE * max(0.0, prior - EAR_FREQ_FROM)
SOUND_KEEP = 4         # same-sounding candidates passed on to the full ranking whatever their letters


@lru_cache(maxsize=1)
def far_index() -> tuple[dict[str, list[str]], dict[tuple[str, int], list[str]]]:
    """(sound key -> words, (first letter of key, key length) -> keys), built on first use."""
    words: dict[str, list[str]] = {}
    for w, f in vocab().logf.items():
        if f >= FAR_MIN_LOGF and w.isalpha():
            words.setdefault(phonetic(w), []).append(w)
    return words, _keys_by_first_and_length(words)


def _keys_by_first_and_length(words: dict[str, list[str]]) -> dict[tuple[str, int], list[str]]:
    """The non-empty keys of `words` grouped by (first letter, length), for a near-key search."""
    by_len: dict[tuple[str, int], list[str]] = {}
    for k in words:
        if k:
            by_len.setdefault((k[0], len(k)), []).append(k)
    return by_len


def _near_key_words(low: str, key: str, index: tuple[dict[str, list[str]], dict[tuple[str, int], list[str]]],
                    cutoff: int, v: Vocab) -> list[str]:
    """Words of `index` whose key is within `cutoff` edits of `key`, the nearest and the most
    frequent (by the out-of-context prior) first (at most 4 * FAR_KEEP)."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    words, by_len = index
    keys: list[str] = []
    for n in range(len(key) - cutoff, len(key) + cutoff + 1):
        keys.extend(by_len.get((key[0], n), ()))
    found = []
    for k, d, _ in process.extract(key, keys, scorer=Levenshtein.distance, score_cutoff=cutoff, limit=None):
        for w in words[k]:
            if w != low:
                found.append((d, -min(two_corpus_logf(w, v), PRIOR_CAP), w))
    found.sort()
    return [w for _, _, w in found[: 4 * FAR_KEEP]]


def far_candidates(low: str, v: Vocab) -> list[str]:
    """Words whose sound key is within one edit of the key of `low` (two for long keys), the
    closest in sound and the most frequent first."""
    key = phonetic(low)
    if len(key) < 3:
        return []
    return _near_key_words(low, key, far_index(), 1 if len(key) < 6 else 2, v)


@lru_cache(maxsize=1)
def heard_index() -> tuple[dict[str, list[str]], dict[tuple[str, int], list[str]]]:
    """Like `far_index`, keyed by the consonant sounds of the dictionary pronunciations."""
    logf = vocab().logf
    words: dict[str, list[str]] = {}
    for line in pronunciations().lines:
        w, _, codes = line.partition("\t")
        if logf.get(w, 0.0) >= FAR_MIN_LOGF:
            for k in set(pron_key(codes).split(" ")):
                words.setdefault(k, []).append(w)
    return words, _keys_by_first_and_length(words)


def heard_candidates(low: str, v: Vocab) -> list[str]:
    """Words whose pronounced consonants are within one edit of those the letters of `low` are
    read as ("nollij" -> knowledge), the nearest and the most frequent first."""
    key = heard_key(low)
    if len(key) < 3:
        return []
    return _near_key_words(low, key, heard_index(), 1, v)


@lru_cache(maxsize=1024)
def _pool(low: str) -> frozenset[str]:
    """`generate` for the current vocabulary, kept for `suggest`, which searches it twice."""
    return frozenset(generate(low, vocab()))


@lru_cache(maxsize=20_000)
def _context_free(low: str) -> tuple[tuple[str, float], ...]:
    """The candidates of `low` with their channel scores, best first. Depends only on the word
    and the (process-wide) vocabulary, so it is memoised: unknown words, names mostly, recur
    across documents and `rank` is called for them in each one."""
    v = vocab()
    cands = _quick(low, _pool(low), v, 16)
    scored = [(c, channel(low, c, v)) for c in cands]
    scored.sort(key=lambda t: (-t[1], t[0]))
    return tuple(scored)


@lru_cache(maxsize=20_000)
def _context_free_far(low: str) -> tuple[tuple[str, float], ...]:
    """`_context_free` plus candidates by sound that the letter-based search misses. Out of
    context only: in running text the typos are mostly slips of the fingers, and these guesses
    there only blur the margin that makes a near correction safe to apply (measured)."""
    near = _context_free(low)
    v = vocab()
    seen = {c for c, _ in near}
    scored = [(c, channel(low, c, v, BY_EAR)) for c, _ in near]
    # Words that sound the same are often several letters off ("fone", "phone"): the letter-based
    # pre-selection drops them, so the most frequent of them go through. (A key of one or two
    # consonants says little: "gir" and "gear" share "gr".)
    key = phonetic(low)
    if len(key) >= 3 and len(low) >= 5:
        alike = sorted((c for c in v.sounds.get(key, ()) if c != low and c not in seen),
                       key=lambda c: (-two_corpus_logf(c, v), c))[:SOUND_KEEP]
        scored += [(c, channel(low, c, v, BY_EAR)) for c in alike]
        seen.update(alike)
    # Near candidates the letter-based pre-selection dropped although their pronunciation has
    # the consonants the typed letters are read with ("fone", "phone").
    hk = heard_key(low)
    if len(hk) >= 2:
        prons = pronunciations()
        alike = sorted((c for c in _pool(low) if c not in seen
                        and any(pron_key(p) == hk for p in prons.get(c, ()))),
                       key=lambda c: (-two_corpus_logf(c, v), c))[:SOUND_KEEP]
        scored += [(c, channel(low, c, v, BY_EAR)) for c in alike]
        seen.update(alike)
    # No cheap near candidate: look for words whose sound key is close ("kwestshun").
    if len(low) >= 4 and not any(" " not in c and edit_cost(low, c) <= FAR_COST for c, _ in scored):
        far = _quick(low, {c for c in far_candidates(low, v) if c not in seen}, v, FAR_KEEP)
        scored += [(c, channel(low, c, v, BY_EAR)) for c in far]
        seen.update(far)
        heard = [c for c in heard_candidates(low, v) if c not in seen][:FAR_KEEP]
        scored += [(c, channel(low, c, v, BY_EAR)) for c in heard]
    scored.sort(key=lambda t: (-t[1], t[0]))
    return tuple(scored)


def rank(low: str, limit: int = 8, far: bool = False) -> list[tuple[str, float]]:
    """[(candidate, score)] best first, out of context (`context.rank_nonword` adds the
    neighbours); scores are log10-scale. `far` adds the candidates found by sound alone (for
    `suggest`)."""
    return list((_context_free_far(low) if far else _context_free(low))[:limit])


def cased(cand: str, original: str, v: Vocab | None = None) -> str:
    """The candidate spelt with the case pattern of the original ("Wiht" -> "With")."""
    v = v or vocab()
    return case_like(v.display.get(cand, cand), original)


def case_like(word: str, original: str) -> str:
    """`word` in capitals when `original` is (and longer than a letter), with a capital first letter
    when `original` has one, else as it is."""
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def log10(x: float) -> float:
    return math.log10(x) if x > 0 else -9.0
