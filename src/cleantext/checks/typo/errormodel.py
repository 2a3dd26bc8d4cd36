"""The error model of typo suggestions: how likely a writer who meant one word types another.

* `edit_cost(typed, intended)`: a weighted optimal-string-alignment distance in which keyboard
  neighbours, vowel swaps, doubled letters, transpositions and multi-letter spellings of one sound
  ("ph"/"f", "tion"/"shun", silent letters) are cheap, omissions cheaper than insertions;
* `vowel_cost`: the same, reading long vowels by sound when that is cheaper ("lone"/"loan");
* `phonetic(word)`: a coarse Metaphone-like sound key.

`candidates.py` generates and ranks candidates with it.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from functools import lru_cache

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


@lru_cache(maxsize=256)  # one typed word's candidates come one after another
def _typed_rows(x: str) -> dict[str, tuple[tuple[float, ...], tuple[float, ...]]]:
    """For the typed word `x`, per intended letter (filled in as letters are met): the cost of
    putting that letter where each typed letter is (substitution, 0 for the same letter) and of
    each typed letter inserted next to it (a typed letter equal to it is a doubling at most).
    The candidates of one typed word are scored against it one after another, so its rows are
    made once for all of them instead of once per cell."""
    return {}


def _row(x: str, ci: str) -> tuple[tuple[float, ...], tuple[float, ...]]:
    rows = _typed_rows(x)
    r = rows.get(ci)
    if r is None:
        sub, k_sub, k_double = _SUB, K["sub"], K["ins_double"]
        subs = tuple(sub.get(ci + xj) or (0.0 if ci == xj else k_sub) for xj in x)
        ins = tuple(k_double if ci == xj and icost > k_double else icost for xj, icost in _typed(x))
        r = rows[ci] = (subs, ins)
    return r


def edit_cost(x: str, c: str) -> float:
    """Weighted edit distance from candidate `c` (intended) to typed `x`: optimal string alignment
    plus the multi-letter sound rules above. Omissions are cheaper than insertions.

    Row by row over the letters of `c`: the moves that reach back two or more rows (a swap, a
    sound rule) are gathered first into `back`, so the inner loop over the typed letters only
    takes the minimum of substitution, omission, insertion and that (the same sums, compared in
    another order: the minimum is the same number)."""
    n, m = len(c), len(x)
    k_swap, k_end, k_double = K["swap"], K["ins_end"], K["ins_double"]
    rows: list[list[float]] = []
    prev = [0.0] * (m + 1)
    for j in range(1, m + 1):  # letters typed before the word starts
        prev[j] = prev[j - 1] + (0.6 if j > 1 and x[j - 1] == x[j - 2] else 1.1)
    rows.append(prev)
    inf = math.inf
    i = 0
    for ci, dcost, rules in _plan(c):
        i += 1
        subs, ins = _row(x, ci)
        if i == n and m and ins[m - 1] > k_double:
            # a stray letter after the end turns "local" into "localy" rarely
            ins = ins[:m - 1] + (ins[m - 1] + k_end,)
        back = None
        if i > 1:
            c_prev = c[i - 2]
            if c_prev != ci:  # "teh" for "the": the two letters typed the other way round
                two = rows[i - 2]
                j = x.find(ci + c_prev)
                while j >= 0:
                    if back is None:
                        back = [inf] * (m + 1)
                    t = two[j] + k_swap  # the pair ends at typed position j + 2
                    if t < back[j + 2]:
                        back[j + 2] = t
                    j = x.find(ci + c_prev, j + 1)
        for la, b, lb, k in rules:
            src = rows[i - la]
            if back is None:
                back = [inf] * (m + 1)
            if lb:
                j = x.find(b)
                while j >= 0:
                    t = src[j] + k  # b ends at typed position j + lb
                    if t < back[j + lb]:
                        back[j + lb] = t
                    j = x.find(b, j + 1)
            else:
                for j in range(1, m + 1):
                    t = src[j] + k
                    if t < back[j]:
                        back[j] = t
        cur = [prev[0] + dcost] + [0.0] * m
        left = cur[0]
        if back is None:
            for j in range(1, m + 1):
                best = prev[j - 1] + subs[j - 1]
                d = prev[j] + dcost
                if d < best:
                    best = d
                d = left + ins[j - 1]
                if d < best:
                    best = d
                cur[j] = left = best
        else:
            for j in range(1, m + 1):
                best = prev[j - 1] + subs[j - 1]
                d = prev[j] + dcost
                if d < best:
                    best = d
                d = left + ins[j - 1]
                if d < best:
                    best = d
                d = back[j]
                if d < best:
                    best = d
                cur[j] = left = best
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


@lru_cache(maxsize=100_000)  # suggest() scores the near candidates again with the sound channel
def vowel_cost(x: str, c: str) -> float:
    """The weighted edit cost of typing `x` for `c`, reading long vowels by sound when cheaper."""
    cost = edit_cost(x, c)
    lx, lc = long_vowels(x), long_vowels(c)
    if (lx != x or lc != c) and cost > LONG_VOWEL_COST:
        cost = min(cost, edit_cost(lx, lc) + LONG_VOWEL_COST)
    return cost


# ---------------------------------------------------------------- spelling by sound
# How English writes each sound, learnt from the CMU Pronouncing Dictionary (spellings.tsv), and
# how each candidate is pronounced (pron.txt.gz): a writer who spells by ear picks, for each sound
# of the intended word, one of its usual spellings ("reseet" for receipt: the "ee" of "feet"; no
# silent "p"). See scripts/build_typo_sounds.py.
NEVER = -1e9
UNSEEN_SPELLING = -3.3  # log10 per letter no dictionary word uses for the sound (and for a sound
#                          left unwritten): the rarest spelling the table keeps, P = 0.0005


def spellings() -> dict[str, dict[str, float]]:
    """phoneme code -> {letter chunk: log10 P(chunk | phoneme)}; "" is the unwritten phoneme."""
    return _spelling_table()[0]


@lru_cache(maxsize=1)
def _spelling_table() -> tuple[dict[str, dict[str, float]], frozenset[str]]:
    """spellings.tsv, read once: (`spellings`, the codes of the vowel phonemes, whose names end
    in a stress digit)."""
    from .lexicon import read_data

    out: dict[str, dict[str, float]] = {}
    vowels = set()
    for line in read_data("spellings.tsv").decode("utf-8").splitlines():
        if line.startswith("#"):
            continue
        name, code, items = line.split("\t")
        if name[-1].isdigit():
            vowels.add(code)
        table = out[code] = {}
        for item in items.split():
            ch, _, lp = item.rpartition(":")
            table["" if ch == "-" else ch] = float(lp)
    return out, frozenset(vowels)


class Pronunciations:
    """word -> its pronunciations, one character per phoneme (codes of spellings.tsv), found by
    bisection in the sorted lines of pron.txt.gz ("word\tcodes"; the tab sorts before every
    letter, so the lines sort as their words do). A dict of 61k tuples took ~0.09 s and ~15 MB
    for the few hundred words one suggestion looks at."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.splitlines()

    def get(self, word: str, default=()):
        key = word + "\t"
        i = bisect_left(self.lines, key)
        if i < len(self.lines) and self.lines[i].startswith(key):
            return tuple(self.lines[i][len(key):].split(" "))
        return default

    def __contains__(self, word: str) -> bool:
        return bool(self.get(word))

    def __getitem__(self, word: str) -> tuple[str, ...]:
        out = self.get(word)
        if not out:
            raise KeyError(word)
        return out

    def items(self):
        for line in self.lines:
            w, _, codes = line.partition("\t")
            yield w, tuple(codes.split(" "))


@lru_cache(maxsize=1)
def pronunciations() -> Pronunciations:
    import gzip

    from .lexicon import read_data

    return Pronunciations(gzip.decompress(read_data("pron.txt.gz")).decode("ascii"))


@lru_cache(maxsize=20_000)
def _pieces(x: str) -> tuple[tuple[tuple[int, str, float], ...], ...]:
    """Per end position j of `x`: (start, chunk x[start:j], cost if no word spells a sound so)."""
    return tuple(tuple((j - k, x[j - k:j], UNSEEN_SPELLING * (k or 1)) for k in range(min(4, j) + 1))
                 for j in range(len(x) + 1))


# English closes many words that end in a consonant sound with a silent "e" ("give", "fence"):
# writers by ear add one where the word has none ("modele", "helpe"). log10 of the share of the
# pron.txt.gz words ending in a consonant sound whose spelling ends in a single "e" (6,529 of
# 47,433 first pronunciations; tests/test_typo_errormodel_sounds.py recomputes it).
SILENT_E = -0.86


def spell_logp(x: str, pron: str, floor: float = NEVER) -> float:
    """log10 of the most likely way of writing the phonemes `pron` as the letters `x`; NEVER as
    soon as it is sure to fall below `floor` (every sound only lowers it). A final "e" after a
    word's last consonant sound may be silent (SILENT_E)."""
    table = spellings()
    pieces = _pieces(x)
    neg = NEVER
    best = [0.0] + [neg] * len(x)
    for p in pron:
        get = table[p].get
        cur = []
        for ends in pieces:
            top = neg
            for i, ch, unseen in ends:
                b = best[i]
                if b > neg:
                    b += get(ch, unseen)  # letters no word spells the sound with: each unlikely
                    if b > top:
                        top = b
            cur.append(top)
        if max(cur) < floor:
            return neg
        best = cur
    if len(x) > 2 and x[-1] == "e" and pron and pron[-1] not in _spelling_table()[1]:
        return max(best[-1], best[-2] + SILENT_E)
    return best[-1]


@lru_cache(maxsize=100_000)
def _own_spelling(c: str) -> tuple[tuple[str, ...], float]:
    """The pronunciations of `c` and the log10 probability of its own spelling by ear (by its
    most regular pronunciation)."""
    prons = pronunciations().get(c, ())
    return prons, max((spell_logp(c, p) for p in prons), default=NEVER)



def sound_cost(x: str, c: str, limit: float = math.inf) -> float | None:
    """How much less likely a writer spelling `c` by ear writes `x` than `c` itself (log10, at
    least 0); None when the dictionary does not know how `c` is pronounced; inf when above
    `limit` (the search stops early).

    Known weakness: measured against an irregular own spelling ("what"), many spellings of the
    sounds cost 0 ("wott"), so the ear can beat a one-letter slip of another word ("watt").
    Measured and not kept (full typo suite; top-1 birkbeck / aspell / norvig1, from 0.4971 /
    0.6547 / 0.8667): the raw probability (birkbeck 0.4817); against the most regular spelling of
    the pronunciation, a constant of it (0.4871 / 0.6528 / 0.8667); that, with the share of
    writers spelling a word by ear rising with its irregularity up to all of them (0.4946 /
    0.6509 / 0.8593). Poor spellers do write irregular words by ear, which this reward catches.
    Kept instead (candidates.ear_share): the share of writers spelling a word by ear falls with
    the word's frequency, which removes the over-reward where it hurts most ("wott" -> "what").
    Also measured and not kept (visible halves, birkbeck every 4th pair, from 0.4985 / 0.6642 /
    0.8815): a writer who remembers each chunk of the own spelling with probability r and
    otherwise spells the sound by ear, normalised by the own spelling (r = 0.5: 0.4859 / 0.6547 /
    0.8704; r = 0.1: 0.4945 / 0.6623 / 0.8778; gains only with a larger by-ear share as well, a
    second fitted constant); letters no word uses for a sound charged outside the normalisation
    (0.4972 / 0.6660 / 0.8815); the first sound always written (no change)."""
    prons, own = _own_spelling(c)
    if own <= NEVER:
        return None
    floor = own - limit
    lp = max(spell_logp(x, p, floor) for p in prons)
    return math.inf if lp <= NEVER else max(0.0, own - lp)


# ---------------------------------------------------------------- heard consonants
# A key for finding candidates by ear: the consonant sounds of a word, from its dictionary
# pronunciation for a candidate, and read off the letters with the same table for the typed word
# (each chunk of letters taken as the sound it most often writes). "nollij" and "knowledge" both
# give N L JH, however far apart their letters.
@lru_cache(maxsize=1)
def _reading() -> tuple[dict[str, tuple[str, float]], frozenset[str]]:
    """(letter chunk -> (the phoneme it most likely writes, log10 P(chunk, phoneme)), vowel codes)."""
    table, vowels = _spelling_table()
    # how often each phoneme is said (first pronunciations): the prior of reading a chunk as it
    first = "".join(re.findall(r"\t(\S+)", pronunciations().text))
    counts = {p: first.count(p) for p in table}
    total = sum(counts.values())
    best: dict[str, tuple[str, float]] = {}
    for p, chunks in table.items():
        prior = math.log10(counts.get(p, 1) / total)
        for ch, lp in chunks.items():
            if ch and (ch not in best or lp + prior > best[ch][1]):
                best[ch] = (p, lp + prior)
    return best, vowels


@lru_cache(maxsize=20_000)
def heard_key(x: str) -> str:
    """The consonant sounds of the typed letters `x`, read as the most likely chunking."""
    best, vowels = _reading()
    m = len(x)
    score = [0.0] + [NEVER] * m
    back: list[tuple[int, str]] = [(0, "")] * (m + 1)
    for j in range(1, m + 1):
        for k in range(1, min(4, j) + 1):
            hit = best.get(x[j - k:j])
            if hit is None or score[j - k] <= NEVER:
                continue
            s = score[j - k] + hit[1]
            if s > score[j]:
                score[j], back[j] = s, (j - k, hit[0])
    if score[m] <= NEVER:
        return ""
    out = []
    j = m
    while j > 0:
        j, p = back[j]
        if p not in vowels:
            out.append(p)
    return "".join(reversed(out))


def pron_key(pron: str) -> str:
    """The consonant sounds of a pronunciation (codes of spellings.tsv)."""
    return pron.translate(_drop_vowels())


def sound_distance(x: str, c: str) -> float:
    """How differently `x` and `c` sound, 0..1: the normalised distance between their `phonetic`
    keys, or, when smaller, between the consonants the letters of `x` are read with and those of a
    dictionary pronunciation of `c`. The Metaphone-like key reads letters by rule and misses what
    only the dictionary knows: the silent "b" of "thumb", "debt" and "tomb"."""
    from rapidfuzz.distance import Levenshtein

    d = Levenshtein.normalized_distance(phonetic(x), phonetic(c))
    if d > 0.0:
        hk = heard_key(x)
        if hk:
            for p in pronunciations().get(c, ()):
                d = min(d, Levenshtein.normalized_distance(hk, pron_key(p)))
    return d


@lru_cache(maxsize=1)
def _drop_vowels() -> dict[int, None]:
    return dict.fromkeys(map(ord, _reading()[1]))
