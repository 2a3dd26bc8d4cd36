"""Candidate corrections for a misspelt word, and their ranking.

Candidates come from three places:
* every single edit of the word (deletion, insertion, substitution, transposition) that is a word;
* words within edit distance 2 (3 for long words) that share the first letter and have a similar
  length, found with rapidfuzz's optimal-string-alignment distance over length buckets;
* words with the same phonetic key (a small Metaphone-like code), for misspellings by sound;
* out of context only (`suggest`): the most frequent same-sounding words however many letters off,
  and, when no near candidate is cheap, words whose sound key is one or two edits from the typed
  word's key ("kwestshun" -> question), for writers who spell by ear.

They are ranked by a noisy-channel score: log frequency of the candidate, minus a weighted edit cost
(keyboard neighbours, vowel swaps, doubled letters, transpositions and other spellings of the same
sound, long vowels included, are cheap), plus a bonus for a matching sound and, in context, the
fit with the neighbouring words (bigram counts).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, lexicon

LETTERS = "abcdefghijklmnopqrstuvwxyz"
VOWELS = frozenset("aeiouy")

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_POS = {c: (r, i + 0.5 * r) for r, row in enumerate(_ROWS) for i, c in enumerate(row)}


def _adjacent(a: str, b: str) -> bool:
    pa, pb = _POS.get(a), _POS.get(b)
    if not pa or not pb:
        return False
    return abs(pa[0] - pb[0]) <= 1 and abs(pa[1] - pb[1]) <= 1.0


# Letters that stand for the same sound often enough to be confused in spelling.
_SOUND_ALIKE = {frozenset(p) for p in ("ck", "cs", "sz", "iy", "gj", "fv", "mn", "kq", "xz", "dt", "bp",
                                       "ea", "ei", "ie", "ou", "ao", "ua", "eo", "ui", "au", "ey", "sc",
                                       "ai", "oi", "uo", "fp", "wv")}


# Costs of single edits (intended -> typed), on the scale of one ordinary substitution.
K = {"del": 0.55, "del_vowel": 0.55, "del_double": 0.35, "ins": 1.1, "ins_vowel": 0.9, "ins_double": 0.55,
     "ins_end": 0.4, "swap": 0.5, "first": 0.6, "sub": 1.0, "sub_vowel": 0.6, "sub_key": 0.65,
     "sub_sound": 0.55}


def sub_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    pair = frozenset((a, b))
    if pair in _SOUND_ALIKE:
        return K["sub_sound"]
    if a in VOWELS and b in VOWELS:
        return K["sub_vowel"]
    if _adjacent(a, b):
        return K["sub_key"]
    return K["sub"]


# Spelling-by-sound slips of more than one letter, silent letters included ("receipt" typed
# "receit", "debt" typed "det"): (intended, typed, cost).
_RULES_TEXT = """ph f .3|f ph .4|ie ei .3|ei ie .3|ck k .3|k ck .4|c ck .4|ck c .4|tion sion .4|sion tion .4
tion shun .5|able ible .3|ible able .3|ance ence .3|ence ance .3|ant ent .3|ent ant .3|ary ery .3
ery ary .3|er re .4|re er .4|ou o .4|o ou .5|ough o .6|ough ow .6|ough uf .6|augh af .7|gh  .6
wh w .3|w wh .4|kn n .4|wr r .4|y ie .4|ie y .4|ee ea .3|ea ee .3|sc s .4|s sc .4|x ks .4|ks x .4
x cks .5|qu kw .5|ch tch .3|tch ch .3|dge ge .3|ge dge .3|our or .3|or our .3|ai a .5|a ai .5
ei e .5|ea e .5|e ea .5|oo u .5|u oo .5|cc c .4|c cc .4|sh ch .5|ch sh .5|ph ff .4|ue u .4|eau o .6
ious ous .4|ous ious .4|eous ous .4|ic ick .4|sh sch .5|al el .3|el al .3|le el .3|el le .3
ise ize .3|ize ise .3|yse yze .3|our er .5|ur er .4|er ur .4|ir er .4|er ir .4|or er .3|er or .3
ar er .3|er ar .3|ar or .3|or ar .3|i ee .5|ee i .5|ea i .6|igh i .5|igh y .5|i igh .6|ate it .5
c s .5|s c .5|z s .4|s z .4|j g .5|g j .5|qu q .4|cq q .4|ct c .6|'  .1
pt t .4|mb m .4|bt t .4|ps s .5|rh r .4|gn n .4|mn m .4|ch k .4|k ch .5|ui u .4|u ui .5|sw s .5"""
RULES = [(a, b, float(c)) for a, b, c in (r.split(" ") for r in _RULES_TEXT.replace("\n", "|").split("|"))]
_BY_END: dict[str, list[tuple[str, str, float]]] = {}
for _a, _b, _c in RULES:
    _BY_END.setdefault(_a[-1], []).append((_a, _b, _c))


@lru_cache(maxsize=100_000)
def _plan(c: str) -> tuple:
    """Per letter of the intended word: its omission cost and the sound rules ending there."""
    out = []
    for i in range(1, len(c) + 1):
        ci = c[i - 1]
        # omitting one of a doubled letter, or a vowel, is a common slip
        dcost = K["del_double"] if i > 1 and c[i - 2] == ci else (K["del_vowel"] if ci in VOWELS else K["del"])
        rules = tuple((len(a), b, len(b), k) for a, b, k in _BY_END.get(ci, ())
                      if len(a) <= i and c[i - len(a):i] == a)
        out.append((ci, dcost, rules))
    return tuple(out)


@lru_cache(maxsize=100_000)
def _typed(x: str) -> tuple:
    """Per letter of the typed word: its insertion cost (doubling, vowel, other)."""
    out = []
    for j in range(1, len(x) + 1):
        xj = x[j - 1]
        out.append((xj, K["ins_double"] if j > 1 and x[j - 2] == xj else
                    (K["ins_vowel"] if xj in VOWELS else K["ins"])))
    return tuple(out)


def edit_cost(x: str, c: str) -> float:
    """Weighted edit distance from candidate `c` (intended) to typed `x`: optimal string alignment
    plus the multi-letter sound rules above. Omissions are cheaper than insertions."""
    n, m = len(c), len(x)
    sub = _SUB
    k_sub, k_swap, k_end, k_double = K["sub"], K["swap"], K["ins_end"], K["ins_double"]
    typed = _typed(x)
    rows: list[list[float]] = []
    prev = [0.0] * (m + 1)
    for j in range(1, m + 1):  # letters typed before the word starts
        prev[j] = prev[j - 1] + (0.6 if j > 1 and x[j - 1] == x[j - 2] else 1.1)
    rows.append(prev)
    i = 0
    for ci, dcost, rules in _plan(c):
        i += 1
        cur = [prev[0] + dcost] + [0.0] * m
        c_prev = c[i - 2] if i > 1 else ""
        for j in range(1, m + 1):
            xj, icost = typed[j - 1]
            best = prev[j - 1] + (sub.get(ci + xj) or (0.0 if ci == xj else k_sub))
            d = prev[j] + dcost
            if d < best:
                best = d
            if ci == xj and icost > k_double:
                icost = k_double
            if i == n and j == m and icost > k_double:
                icost += k_end  # a stray letter after the end turns "local" into "localy" rarely
            ins = cur[j - 1] + icost
            if ins < best:
                best = ins
            if j > 1 and c_prev == xj and ci == x[j - 2] and ci != xj:
                t = rows[i - 2][j - 2] + k_swap
                if t < best:
                    best = t
            for la, b, lb, k in rules:
                if lb <= j and (not lb or x[j - lb:j] == b):
                    t = rows[i - la][j - lb] + k
                    if t < best:
                        best = t
            cur[j] = best
        rows.append(cur)
        prev = cur
    cost = prev[m]
    if x[:1] != c[:1] and phonetic(x)[:1] != phonetic(c)[:1]:
        cost += K["first"]  # the first letter is rarely wrong, except by sound ("fone")
    return cost


def _sub_table() -> dict[str, float]:
    return {a + b: sub_cost(a, b) for a in LETTERS for b in LETTERS}


_SUB = _sub_table()


# ---------------------------------------------------------------- phonetic key
_PHON_RULES = (("tch", "ch"), ("sch", "sk"), ("ph", "f"), ("ck", "k"), ("gh", ""), ("kn", "n"),
               ("wr", "r"), ("wh", "w"), ("dg", "j"), ("qu", "kw"), ("x", "ks"), ("q", "k"),
               ("ci", "si"), ("ce", "se"), ("cy", "sy"), ("c", "k"), ("z", "s"), ("tion", "shn"),
               ("sion", "shn"), ("v", "f"), ("j", "g"), ("y", "i"))


@lru_cache(maxsize=65536)
def phonetic(word: str) -> str:
    """A coarse sound key: consonant skeleton after common spelling-to-sound rewrites."""
    w = word.lower()
    for a, b in _PHON_RULES:
        if a in w:
            w = w.replace(a, b)
    out = []
    first = w[:1]
    for i, ch in enumerate(w):
        if ch in "aeiouh" or ch == "w" and i + 1 < len(w) and w[i + 1] not in "aeiou":
            continue
        if out and out[-1] == ch:
            continue
        out.append(ch)
    key = "".join(out)
    if first and first in "aeiou":
        key = "A" + key
    return key


# ---------------------------------------------------------------- vocabulary structures
@dataclass
class Vocab:
    lex: Lexicon
    keys: set[str]                                  # lower-case candidates
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
    for w in lex.common:
        b = freq(w, 0)
        logf[w] = b / 10 if b else 3.2
    for w in lex.rare:
        b = freq(w, 0)
        if b >= 45:  # rare-list words only when they are in real use
            logf[w] = b / 10 - 0.8
    for low, canon in lex.names.items():
        if " " in low:
            continue
        b = freq(low, 0)
        logf[low] = (b / 10 if b else 3.2) - NAME_PENALTY
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
    return set(logf), display, logf, {f"{k[0]}{k[1]}": ws for k, ws in buckets.items()}, sounds


def edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out.update(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
    out.update(a + c + b[1:] for a, b in splits if b for c in LETTERS)
    out.update(a + c + b for a, b in splits for c in LETTERS)
    return out


_JOINED = {w.replace("'", ""): w for w in CONTRACTIONS}


def joined_contraction(low: str) -> str | None:
    """ "dont" -> "don't", unless the joined form is a word of its own ("cant", "wont", "its")."""
    joined = _JOINED.get(low)
    if joined is None or low in lexicon().common:
        return None
    return joined


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
    # two words run together: "alot", "infact"; only pairs the bigram lists attest
    from .context import bi

    for i in range(1, n):
        a, b = low[:i], low[i:]
        if a in keys and b in keys and v.logf.get(a, 0) >= 7.0 and v.logf.get(b, 0) >= 6.5 \
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


# English spells each long vowel several ways, one of them split around a consonant ("loan",
# "lone"; "rain", "rane"; "boot", "brute"): writers swap them freely. Both words are rewritten with
# one symbol per long vowel and compared again; the cheaper reading counts, plus this cost.
LONG_VOWEL_COST = 0.4
_LONG_VOWELS = tuple((re.compile(a), b) for a, b in (
    (r"([aeiou])([b-df-hj-np-tv-z])e(s|d)?$", lambda m: m.group(1).upper() + m.group(2) + (m.group(3) or "")),
    (r"ai|ay|ei|ey", "A"), (r"ee|ea|ie", "E"), (r"igh", "I"), (r"oa|oe|ow", "O"), (r"oo|ue|ew", "U"),
))


@lru_cache(maxsize=100_000)
def long_vowels(w: str) -> str:
    """`w` with its long-vowel spellings written as one capital letter: "lone", "loan" -> "lOn"."""
    for rx, rep in _LONG_VOWELS:
        w = rx.sub(rep, w)
    return w


def vowel_cost(x: str, c: str) -> float:
    """The weighted edit cost of typing `x` for `c`, reading long vowels by sound when cheaper."""
    cost = edit_cost(x, c)
    lx, lc = long_vowels(x), long_vowels(c)
    if (lx != x or lc != c) and cost > LONG_VOWEL_COST:
        cost = min(cost, edit_cost(lx, lc) + LONG_VOWEL_COST)
    return cost


def channel(low: str, cand: str, v: Vocab) -> float:
    """log10 P(typed | intended) + log10 P(intended), up to scale, without context."""
    from rapidfuzz.distance import Levenshtein

    if " " in cand:  # a missing space: the pair's own frequency is the prior
        from .context import bi

        a, b = cand.split(" ", 1)
        prior = min(math.log10(bi(a, b) + 1), PRIOR_CAP + 1.0)
        return PRIOR_WEIGHT * prior - COST_WEIGHT * K["del"] - SPLIT_PENALTY
    prior = min(v.logf.get(cand, 3.0), PRIOR_CAP)
    score = PRIOR_WEIGHT * prior - COST_WEIGHT * vowel_cost(low, cand)
    score -= SOUND_WEIGHT * Levenshtein.normalized_distance(phonetic(low), phonetic(cand))
    if len(cand) == len(low) and sorted(cand) == sorted(low):
        score += ANAGRAM_BONUS
    return score


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
SOUND_KEEP = 4         # same-sounding candidates passed on to the full ranking whatever their letters


@lru_cache(maxsize=1)
def far_index() -> tuple[dict[str, list[str]], dict[tuple[str, int], list[str]]]:
    """(sound key -> words, (first letter of key, key length) -> keys), built on first use."""
    words: dict[str, list[str]] = {}
    for w, f in vocab().logf.items():
        if f >= FAR_MIN_LOGF and w.isalpha():
            words.setdefault(phonetic(w), []).append(w)
    by_len: dict[tuple[str, int], list[str]] = {}
    for k in words:
        if k:
            by_len.setdefault((k[0], len(k)), []).append(k)
    return words, by_len


def far_candidates(low: str, v: Vocab) -> list[str]:
    """Words whose sound key is within one edit of the key of `low` (two for long keys), the
    closest in sound and the most frequent first."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    key = phonetic(low)
    if len(key) < 3:
        return []
    words, by_len = far_index()
    cutoff = 1 if len(key) < 6 else 2
    keys: list[str] = []
    for n in range(len(key) - cutoff, len(key) + cutoff + 1):
        keys.extend(by_len.get((key[0], n), ()))
    logf = v.logf
    found = []
    for k, d, _ in process.extract(key, keys, scorer=Levenshtein.distance, score_cutoff=cutoff, limit=None):
        for w in words[k]:
            if w != low:
                found.append((d, -min(logf.get(w, 3.0), PRIOR_CAP), w))
    found.sort()
    return [w for _, _, w in found[: 4 * FAR_KEEP]]


@lru_cache(maxsize=20_000)
def _context_free(low: str) -> tuple[tuple[str, float], ...]:
    """The candidates of `low` with their channel scores, best first. Depends only on the word
    and the (process-wide) vocabulary, so it is memoised: unknown words, names mostly, recur
    across documents and `rank` is called for them in each one."""
    v = vocab()
    cands = _quick(low, generate(low, v), v, 16)
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
    scored = list(near)
    # Words that sound the same are often several letters off ("fone", "phone"): the letter-based
    # pre-selection drops them, so the most frequent of them go through. (A key of one or two
    # consonants says little: "gir" and "gear" share "gr".)
    key = phonetic(low)
    if len(key) >= 3 and len(low) >= 5:
        alike = sorted((c for c in v.sounds.get(key, ()) if c != low and c not in seen),
                       key=lambda c: (-v.logf.get(c, 3.0), c))[:SOUND_KEEP]
        scored += [(c, channel(low, c, v)) for c in alike]
        seen.update(alike)
    # No cheap near candidate: look for words whose sound key is close ("kwestshun").
    if len(low) >= 4 and not any(" " not in c and edit_cost(low, c) <= FAR_COST for c, _ in scored):
        far = _quick(low, {c for c in far_candidates(low, v) if c not in seen}, v, FAR_KEEP)
        scored += [(c, channel(low, c, v)) for c in far]
    scored.sort(key=lambda t: (-t[1], t[0]))
    return tuple(scored)


def rank(low: str, limit: int = 8, context: tuple[str | None, str | None] | None = None,
         far: bool = False) -> list[tuple[str, float]]:
    """[(candidate, score)] best first; scores are log10-scale. `far` adds the candidates found
    by sound alone (for `suggest`, out of context)."""
    scored = list(_context_free_far(low) if far else _context_free(low))
    if context and scored and any(context):
        from .context import fit

        top = scored[: max(limit, 12)]
        scored = [(c, s + fit(c, *context)) for c, s in top]
        scored.sort(key=lambda t: (-t[1], t[0]))
    return scored[:limit]


def cased(cand: str, original: str, v: Vocab | None = None) -> str:
    """The candidate spelt with the case pattern of the original ("Wiht" -> "With")."""
    v = v or vocab()
    disp = v.display.get(cand, cand)
    if original.isupper() and len(original) > 1:
        return disp.upper()
    if original[:1].isupper():
        return disp[:1].upper() + disp[1:]
    return disp


def log10(x: float) -> float:
    return math.log10(x) if x > 0 else -9.0
