"""How well a word fits between its neighbours.

Two sources:

* `lm.bin`, a backoff bigram language model (the CMU Sphinx generic US English model, 72k words,
  ~2M bigrams; see data/typo/README.md): smoothed conditional probabilities for every pair of known
  words, function words included. `logp(w, prev)` and `fit()` use it.
* `lm3.bin`, the same model's 1.6M trigrams: `logp3(w, a, b)`, log10 P(w | a b) with backoff to the
  bigram model, for `tri_margin`, the final judge of a real-word verdict;
* bigram counts of `cleantext.ngrams` (Google Web, frequent pairs only), kept for `bi`, `uni` and
  `counts`, which other modules use as evidence that a pair is attested at all.

`fit(word, prev, nxt)` is the log10 ratio of the word's probability in context to its probability
out of context, left and right: log P(w | prev) - log P(w) + log P(next | w) - log P(next), clipped,
so it can be added to a context-free (noisy-channel) score of a correction.
"""
from __future__ import annotations

import math
import threading
import zlib
from array import array
from bisect import bisect_left
from functools import lru_cache

from ... import ngrams
from ...packed import cached_raw, mapped_raw, unpack, unpack_views
from .spans import BOS, EOS

WEIGHT = 1.0   # how much the neighbours count against the spelling evidence
CLIP_LOW, CLIP_HIGH = -2.5, 2.5   # per side, log10: one neighbour never decides alone
OOV = -7.0     # log10 P of a word the model does not know

_LOCK = threading.Lock()


class BigramLM:
    """log10 P(w | prev) with Katz-style backoff, from the arrays of `lm.bin`."""

    def __init__(self, blocks: dict[str, array]) -> None:
        words = blocks["vocab"].tobytes().decode("utf-8").split("\n")
        self.words = words
        self.vocab_crc = zlib.crc32(blocks["vocab"])
        self.ids = {w: i for i, w in enumerate(words)}
        self.uni, self.bo = blocks["uni"], blocks["bo"]
        self.start, self.next, self.lp = blocks["start"], blocks["next"], blocks["lp"]
        self._best = array("d", [1.0]) * len(words)  # best_after, filled in as words are met

    def __contains__(self, w: str) -> bool:
        return w in self.ids

    def unigram(self, w: str) -> float:
        i = self.ids.get(w)
        return OOV if i is None else self.uni[i] / 1000.0

    def logp(self, w: str, prev: str | None) -> float:
        j = self.ids.get(w)
        if j is None:
            return OOV
        i = self.ids.get(prev) if prev else None
        if i is None:
            return self.uni[j] / 1000.0
        lo, hi = self.start[i], self.start[i + 1]
        k = bisect_left(self.next, j, lo, hi)
        if k < hi and self.next[k] == j:
            return -self.lp[k] / 32.0
        return (self.bo[i] + self.uni[j]) / 1000.0

    def best_after(self, i: int) -> float:
        """The largest log10 P(w | word i) the model lists (-inf when it lists none): no listed
        pair after word i is likelier. Computed once per word, when first asked."""
        v = self._best[i]
        if v > 0.0:  # not yet computed (a listed log P is at most -1/32)
            lo, hi = self.start[i], self.start[i + 1]
            v = self._best[i] = -min(self.lp[lo:hi]) / 32.0 if hi > lo else -math.inf
        return v

    def seen(self, prev: str, w: str) -> bool:
        """Whether the model lists the bigram itself (not only a backoff estimate)."""
        i, j = self.ids.get(prev), self.ids.get(w)
        if i is None or j is None:
            return False
        lo, hi = self.start[i], self.start[i + 1]
        k = bisect_left(self.next, j, lo, hi)
        return k < hi and self.next[k] == j


def _raw_lm() -> bytes:
    """The decompressed bytes of `lm.bin` (see `cleantext.packed`)."""
    from .lexicon import read_data

    return cached_raw(read_data("lm.bin"), "typo-lm.bin")


@lru_cache(maxsize=1)
def lm() -> BigramLM:
    with _LOCK:
        return BigramLM(unpack(_raw_lm()))


@lru_cache(maxsize=262_144)
def logp(w: str, prev: str | None) -> float:
    return lm().logp(w, prev)


@lru_cache(maxsize=1)
def _total() -> float:
    return float(ngrams.unigram_total())


@lru_cache(maxsize=200_000)
def uni(w: str) -> int:
    return ngrams.unigram(w)


def bi(a: str, b: str) -> int:
    return ngrams.bigram(a, b)


def pmi(a: str, b: str) -> float:
    """log10 of observed over expected count of the bigram "a b" in the web counts, smoothed and
    clipped."""
    ua, ub = uni(a), uni(b)
    if not ua or not ub:
        return 0.0
    expected = ua * ub / _total()
    v = math.log10((bi(a, b) + 0.3) / (expected + 0.3))
    return max(-1.0, min(2.5, v))


def _side(v: float) -> float:
    return max(CLIP_LOW, min(CLIP_HIGH, v))


def fit(word: str, prev: str | None, nxt: str | None) -> float:
    """Context fit of `word` (lower case; may be two words "a lot") between prev and nxt, from the
    language model. A word the model does not know gets no context evidence either way."""
    parts = word.split(" ")
    model = lm()
    score = 0.0
    if prev and prev in model and parts[0] in model:
        score += _side(logp(parts[0], prev) - logp(parts[0], None))
    if nxt and nxt in model and parts[-1] in model:
        score += _side(logp(nxt, parts[-1]) - logp(nxt, None))
    return WEIGHT * score


class TrigramLM:
    """log10 P(w | a b) of the trigram model (`lm3.bin`, the CMU Sphinx model's 1.6M trigrams over
    the word ids of `lm.bin`), backing off to `logp(w, b)` plus the history's backoff weight."""

    def __init__(self, blocks: dict[str, array]) -> None:
        self.h1start, self.h2, self.hbo = blocks["h1start"], blocks["h2"], blocks["hbo"]
        self.tstart, self.tnext, self.tlp = blocks["tstart"], blocks["tnext"], blocks["tlp"]

    def logp(self, w: str, a: str, b: str) -> float:
        model = lm()
        ids = model.ids
        ia, ib = ids.get(a), ids.get(b)
        if ia is None or ib is None:
            return logp(w, b)
        lo, hi = self.h1start[ib], self.h1start[ib + 1]
        k = bisect_left(self.h2, ia, lo, hi)
        if k == hi or self.h2[k] != ia:
            return logp(w, b)  # no trigram has this history: its backoff weight is 0
        j = ids.get(w)
        if j is not None:
            tlo, thi = self.tstart[k], self.tstart[k + 1]
            m = bisect_left(self.tnext, j, tlo, thi)
            if m < thi and self.tnext[m] == j:
                return -self.tlp[m] / 32.0
        return self.hbo[k] / 1000.0 + logp(w, b)


@lru_cache(maxsize=1)
def lm3() -> TrigramLM:
    from importlib import resources

    from .lexicon import DATA

    with _LOCK:
        # typed views of the memory-mapped tables (7.5 MB): only the pages a check touches are read
        return TrigramLM(unpack_views(mapped_raw(resources.files("cleantext").joinpath(f"{DATA}/lm3.bin"),
                                                 "typo-lm3.bin")))


@lru_cache(maxsize=262_144)
def logp3(w: str, a: str | None, b: str) -> float:
    """log10 P(w | a b); the bigram `logp(w, b)` when `a` is None (no word before b)."""
    if a is None:
        return logp(w, b)
    return lm3().logp(w, a, b)


def tri_margin(w: str, x: str, cost: float, p2: str | None, p1: str, n1: str, n2: str | None) -> float:
    """The evidence for `x` against the typed word `w` between p1 and n1 (with p2 before p1 and n2
    after n1 when they are words or sentence boundaries, else None), by the trigram model: the
    weaker of the two sides of `tri_sides`, minus the slip's cost (as `best_alternative`)."""
    return min(tri_sides(w, x, p2, p1, n1, n2)) - cost


def tri_sides(w: str, x: str, p2: str | None, p1: str, n1: str, n2: str | None,
              settle_below: float | None = None) -> tuple[float, float]:
    """(left, right) log10 odds of `x` against the typed word `w` by the trigram model: the left
    side log P(x | p2 p1) - log P(w | p2 p1), the right side the same odds for n1 after "p1 x" and
    n2 after "x n1". With `settle_below`, a left side under it is returned with a right side of 0,
    not computed."""
    left = logp3(x, p2, p1) - logp3(w, p2, p1)
    if settle_below is not None and left < settle_below:
        return left, 0.0
    right = logp3(n1, p1, x) - logp3(n1, p1, w)
    if n2 is not None and n1 != EOS:
        right += logp3(n2, x, n1) - logp3(n2, w, n1)
    return left, right


def fit3(word: str, p2: str | None, prev: str | None, nxt: str | None, n2: str | None) -> float:
    """`fit` with the trigram model: the word before `prev` (p2) and the word after `nxt` (n2)
    count too, when they are words or sentence boundaries. Without either it is `fit`. Beside
    `fit`'s two sides, n2 adds what "word nxt" predicts of it beyond what nxt alone does."""
    if p2 is None and n2 is None:
        return fit(word, prev, nxt)
    parts = word.split(" ")
    model = lm()
    first, last = parts[0], parts[-1]
    score = 0.0
    if prev and prev in model and first in model:
        score += _side(logp3(first, p2, prev) - logp(first, None))
    if nxt and nxt in model and last in model:
        before = parts[-2] if len(parts) > 1 else prev if prev in model else None  # "a lot" of
        score += _side(logp3(nxt, before, last) - logp(nxt, None))
        if n2 is not None and nxt != EOS and n2 in model:
            # what "last nxt" says of n2 beyond what nxt alone says: 0 where the model backs off
            score += _side(logp3(n2, last, nxt) - logp(n2, nxt))
    return WEIGHT * score


def counts(prev: str | None, word: str, nxt: str | None) -> tuple[int, int]:
    """Raw left and right bigram counts of `word` in its context (0 when no neighbour)."""
    return (bi(prev, word) if prev else 0, bi(word, nxt) if nxt else 0)


# ---------------------------------------------------------------- real words that do not fit
# A noisy channel over the bigram model. For a typed word w between prev and next and an
# alternative x, each side gives the log10 odds of x over w: log P(x | prev) - log P(w | prev) on the
# left, log P(next | x) - log P(next | w) on the right. A slip usually breaks both pairs it sits in,
# while a correct but rare word ("fierce bid", "routinely flout") tends to lose on one side only:
# the evidence is the weaker side, minus cost(x -> w), the log10 odds against the slip (a typo is
# rare, so the alternative must fit far better than the word on the page). The pairs the alternative
# would make must be listed in the model: a backoff estimate is too soft to overrule the text.
COST_SET = 0.0      # a member of a hand-written confusion set (then/than, affect/effect)
COST_EDIT = 1.0     # any other real word one edit away ("an fart" -> "art")
COST_INFLECT = 1.5  # extra for another form of the same word ("pension"/"pensions", "want"/"wants"):
                    # a bigram model is a poor judge of number and tense agreement
COST_LEFT_ONLY = 3.5  # extra when there is no right neighbour to confirm the left one
MIN_UNIGRAM = -6.0  # alternatives rarer than this are never proposed (log10 P)
RARE_BONUS = 1.0    # a typed word the model does not know is more likely a slip: its alternatives
                    # cost this much less
SHORT_COMMON = -4.5  # a two-letter word more frequent than this ("in", "on", "as") is never judged:
                     # its one-edit neighbours are all frequent words that fit almost anywhere


@lru_cache(maxsize=65_536)
def alternatives(w: str, confusable: tuple[str, ...] = ()) -> tuple[tuple[str, float], ...]:
    """(x, cost) for the plausible intended words of typed word `w` (no contractions: the
    confusion-set rule judges "its"/"it's" with its own care)."""
    model = lm()
    out = {x: COST_SET for x in confusable if x in model and "'" not in x}
    own = model.unigram(w)
    if len(w) >= 3 or own < SHORT_COMMON:
        base = COST_EDIT - (RARE_BONUS if w not in model else 0.0)
        for x in _one_edit_frequent(w, model):
            if x not in out and not _spelling_variant(w, x):
                out[x] = base + (COST_INFLECT if _inflection(w, x) else 0.0)
    if w not in model and len(w) <= FAR_MAX_LEN:
        # a short token the model has never seen ("ont", "nz") is mostly a slip, often of a
        # function word two edits away ("of", "an"); only the most frequent words are tried that far
        for x in _frequent_near(w):
            if x not in out:
                out[x] = COST_EDIT + COST_FAR - RARE_BONUS
    out.pop(w, None)
    return tuple(sorted(out.items()))


def _one_edit_frequent(w: str, model: BigramLM) -> list[str]:
    """`_one_edit_common` words that the model knows at log10 P >= MIN_UNIGRAM. A model word's
    neighbours come from the table with their ids, so each is judged by one array read."""
    nb = _neighbours()
    i = model.ids.get(w)
    if nb is None or i is None:
        ids = model.ids
        uni = model.uni
        return [x for x in _one_edit_common(w, model) if x in ids and uni[ids[x]] / 1000.0 >= MIN_UNIGRAM]
    start, nids = nb
    words, uni = model.words, model.uni
    return [words[j] for j in nids[start[i]:start[i + 1]] if uni[j] / 1000.0 >= MIN_UNIGRAM]


def _one_edit_common(w: str, model: BigramLM) -> list[str]:
    """The common words (typo lexicon) one edit away from `w`. For a model word they come from the
    prebuilt table: one slice instead of ~450 generated strings, and no lexicon to load (which
    keeps the cold start of a short check small); otherwise every one-edit string is tried."""
    nb = _neighbours()
    i = model.ids.get(w)
    if nb is None or i is None:
        from .candidates import edits1
        from .lexicon import lexicon

        common = lexicon().common
        # in the table's order (model id), so that ties downstream never follow set order,
        # which changes with the hash seed
        ids = model.ids
        return sorted((x for x in edits1(w) if x in common), key=lambda x: (ids.get(x, len(ids)), x))
    start, ids = nb
    words = model.words
    return [words[j] for j in ids[start[i]:start[i + 1]]]


@lru_cache(maxsize=1)
def _neighbours() -> tuple[array, array] | None:
    """`neighbours.bin` (scripts/build_typo_neighbours.py): per model word id, the ids of the model
    words one edit away that the typo lexicon lists as common. None when it is missing or was built
    from another model or lexicon (CRCs recorded at build time)."""
    from .lexicon import read_data

    try:
        blocks = unpack(zlib.decompress(read_data("neighbours.bin")))
        if blocks["crc"][0] != lm().vocab_crc or blocks["lexcrc"][0] != zlib.crc32(read_data("lexicon.txt.gz")):
            return None
    except (OSError, zlib.error, ValueError, KeyError):
        return None
    return blocks["start"], blocks["ids"]


FAR_MAX_LEN = 4
COST_FAR = 1.0      # extra for a second edit
FREQUENT = -3.3     # log10 P: the 200 or so words tried two edits away


@lru_cache(maxsize=1)
def _frequent() -> tuple[str, ...]:
    from .lexicon import lexicon

    model = lm()
    common = lexicon().common
    return tuple(w for w, i in model.ids.items() if model.uni[i] / 1000.0 >= FREQUENT and w in common)


@lru_cache(maxsize=1)
def frequent_set() -> frozenset[str]:
    """`_frequent` as a set: the ~200 most frequent words."""
    return frozenset(_frequent())


def _frequent_near(w: str) -> list[str]:
    """The `_frequent` words within two edits of `w` (optimal string alignment), in their order."""
    from rapidfuzz.distance import OSA

    return [x for x in _frequent() if abs(len(x) - len(w)) <= 2 and OSA.distance(w, x, score_cutoff=2) <= 2]


_SWAPS = ({"s", "z"}, {"c", "s"}, {"c", "k"})


def _spelling_variant(a: str, b: str) -> bool:
    """Whether one-edit neighbours a and b are British and American spellings of one word
    (organise/organize, practise/practice, sceptic/skeptic, flavour/flavor, modelling/modeling,
    fulfil/fulfill, metre/meter, judgement/judgment): the dialect list does not hold them all,
    and the model, which is American, must not 'correct' the British one."""
    if min(len(a), len(b)) < 5:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return diff[0] > 0 and {a[diff[0]], b[diff[0]]} in _SWAPS
        return len(diff) == 2 and diff[1] == diff[0] + 1 and diff[0] >= len(a) - 3 \
            and {a[diff[0]:diff[1] + 1], b[diff[0]:diff[1] + 1]} == {"re", "er"}
    if len(a) < len(b):
        a, b = b, a
    i = next((k for k in range(len(b)) if a[k] != b[k]), len(b))  # a has one letter more, at i
    c, before, after = a[i], a[i - 1:i], a[i + 1:]
    if c == "u":  # colour, flavoured, favourite, honourable
        return before == "o" and after[:1] == "r" and after[1:] in _OUR_ENDINGS
    if c == "l":  # modelling, fulfil(l), instal(l)ment; not refiled/refilled (re-file, re-fill)
        return "l" in (before, after[:1]) and not _silent_e_stem(b)
    return c == "e" and (before in ("a", "o") or before == "g" and after[:1] == "m")


def _silent_e_stem(w: str) -> bool:
    """Whether `w` is an inflection of a word ending in a silent e ("filed", "filing" of "file"):
    its single l is then not the American spelling of a doubled one ("filled")."""
    model = lm()
    return any(w.endswith(suf) and w[:-len(suf)] + "e" in model for suf in ("ed", "ing", "er", "ers"))


_OUR_ENDINGS = frozenset(("", "s", "ed", "ing", "ite", "ites", "able", "ably", "er", "ers", "ful", "less", "hood"))


def _inflection(a: str, b: str) -> bool:
    if len(a) > len(b):
        a, b = b, a
    return b.startswith(a) and b[len(a):] in ("s", "d", "r", "n") or \
        a[:-1] == b[:-1] and {a[-1], b[-1]} in ({"s", "d"}, {"e", "s"}, {"e", "d"}, {"y", "s"})


def best_alternative(w: str, prev: str, nxt: str | None, alts: tuple[tuple[str, float], ...],
                     need: float = 0.0) -> tuple[str, float] | None:
    """(x, evidence) of the alternative with the strongest evidence against `w`, or None. When
    several alternatives have evidence of at least `need`, the one the whole window likes best
    (both sides added) is returned, with the strongest evidence."""
    left_w = logp(w, prev)
    right_w = logp(nxt, w) if nxt else 0.0
    seen = lm().seen
    scored = []
    for x, cost in alts:
        if not seen(prev, x) or nxt and not seen(x, nxt):
            continue  # the model must list the pairs the alternative makes, not merely back off
        left = logp(x, prev) - left_w
        if nxt:
            right = logp(nxt, x) - right_w
            s = min(left, right) - cost
        else:
            right = 0.0
            s = left - cost - COST_LEFT_ONLY
        scored.append((s, left + right - cost, x))
    if not scored:
        return None
    margin = max(t[0] for t in scored)
    passing = [t for t in scored if t[0] >= need]
    if not passing:
        return max(scored)[2], margin
    return max(passing, key=lambda t: (t[1], t[2]))[2], margin


# ---------------------------------------------------------------- non-words in context
# A non-word's corrections, re-ranked by the bigram model: the context-free noisy-channel score of
# `candidates.rank` plus `fit`, with the sentence boundaries as neighbours ("<s>", "</s>"). A short
# token is also compared with the most frequent words two edits away ("thr" -> "the", "nto" ->
# "not"): the letter search of `candidates` keeps 16 candidates, and the function words, the most
# frequent words, take the most slips. The web bigram counts add their own evidence (`web_fit`).
# Measured on synthetic slips in clean prose (scripts/calibrate_typo_nonword.py): a heavier or less
# clipped model weight ranks no better; the web counts at half weight lift the first candidate
# from 76 % to 81 % right (the most frequent words included).
NW_NEAR_FREQUENT = 5   # tokens this short are also compared with the frequent words two edits away


@lru_cache(maxsize=20_000)
def _nonword_candidates(low: str) -> tuple[tuple[str, float], ...]:
    """Context-free (candidate, channel score) of a non-word, with the frequent words two edits
    away for a short token. A function of the word alone: memoised."""
    from . import candidates as K

    scored = dict(K.rank(low, limit=20))
    if len(low) <= NW_NEAR_FREQUENT:
        v = K.vocab()
        for x in _frequent_near(low):
            if x not in scored:
                scored[x] = K.channel(low, x, v)
    return tuple(sorted(scored.items(), key=lambda t: (-t[1], t[0])))


NW_WEB = 0.5  # weight of the web bigram counts' evidence (`pmi`) beside the model's (`fit`)


def web_fit(cand: str, prev: str | None, nxt: str | None) -> float:
    """How much more often than by chance `cand` follows prev and precedes nxt in the web bigram
    counts of `cleantext.ngrams` (log10, clipped per side; 0 without counts)."""
    s = 0.0
    if prev and prev != BOS:
        s += pmi(prev, cand.split(" ")[0])
    if nxt and nxt != EOS:
        s += pmi(cand.split(" ")[-1], nxt)
    return s


def rank_nonword(low: str, prev: str | None, nxt: str | None, limit: int = 6,
                 p2: str | None = None, n2: str | None = None) -> list[tuple[str, float]]:
    """[(candidate, score)] for the non-word `low` between prev and nxt (words, BOS, EOS or
    None), best first. The two bigram sources differ (broadcast news and web pages, pairs the
    model lists and pairs the web counts keep): together they rank better than either alone."""
    scored = _nonword_candidates(low)
    if prev in _ARTICLES:
        # The article's form follows the sound of the word after it, and "a"/"an" slips are common
        # (grammar.a_an reports them): a candidate is judged with the article that suits it, so
        # "a exmaple of" does not count against "example".
        scored = [(c, s + max(fit3(c, p2, a, nxt, n2) + NW_WEB * web_fit(c, a, nxt) for a in _ARTICLES))
                  for c, s in scored]
    elif prev or nxt:
        scored = [(c, s + fit3(c, p2, prev, nxt, n2) + NW_WEB * web_fit(c, prev, nxt)) for c, s in scored]
    return sorted(scored, key=lambda t: (-t[1], t[0]))[:limit]


_ARTICLES = ("a", "an")
