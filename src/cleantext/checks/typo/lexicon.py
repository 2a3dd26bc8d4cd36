"""The typo lexicon: which words are known, how frequent they are, and how they are capitalised.

Data (see data/typo/README.md): `lexicon.txt.gz` holds SCOWL words grouped by class and by a
frequency bucket (10 * log10 of a Google Web/Books count); `names.txt` the curated place and
people names (countries, capitals, cities, demonyms, languages).

The known-word set loads in a few tens of milliseconds; everything suggestion-specific (frequency
table, candidate buckets) is built lazily in `candidates.py`.
"""
from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

DATA = "data/typo"


def read_data(name: str) -> bytes:
    return resources.files("cleantext").joinpath(f"{DATA}/{name}").read_bytes()


@dataclass(frozen=True)
class Lexicon:
    common: frozenset[str]          # lower-case common words (SCOWL <= 70)
    rare: frozenset[str]            # lower-case rare words (SCOWL 80, and `unproven`)
    names: dict[str, str]           # lower-case key -> capitalised form, names only ever capitalised
    bucket: dict[str, int]          # lower-case key -> frequency bucket (0 = no count)
    # the rare words only SCOWL's size-95 list holds, let in for their web counts: a list that
    # also takes in common misspellings ("seige", "enviroment"), so being listed proves little
    unproven: frozenset[str] = frozenset()
    accented: tuple[str, ...] = ()  # the listed words with letters beyond ASCII ("café", "Zürich")

    def known(self, low: str) -> bool:
        return low in self.common or low in self.rare or low in self.names

    def freq(self, low: str) -> int:
        """Frequency bucket: 10 * log10(corpus count); 0 when unknown."""
        return self.bucket.get(low, 0)


@lru_cache(maxsize=1)
def unaccented() -> frozenset[str]:
    """Listed words with accents written without them ("soiree", "entree", "jalapeno", "pinata"):
    English writes most of them so, and none is a slip of another word. Forms that are listed
    words of their own are left out (they need no help)."""
    from .spans import fold

    lex = lexicon()
    folded = (fold(w).lower() for w in lex.accented)
    return frozenset(f for f in folded if f.isascii() and f.isalpha() and not lex.known(f))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    # Parsing the gzip text (~0.15 s) is faster than unmarshalling the same sets from a cache,
    # so nothing is cached on disk.
    common, rare, names, bucket, unproven, accented = _build_lexicon()
    return Lexicon(common, rare, names, bucket, unproven, accented)


def _build_lexicon() -> tuple:
    # Each set is allocated once at its final size (growing sets and then copying them into
    # frozensets left ~20 MB of freed-but-resident memory behind), and every word is one string
    # object shared by the sets and the frequency table.
    lines = []
    accented: list[str] = []
    for line in gzip.decompress(read_data("lexicon.txt.gz")).decode("utf-8").splitlines():
        head, _, body = line.partition("\t")
        lines.append((head[0], int(head[1:]), body.split()))
        if not body.isascii():  # a few hundred words in a handful of lines
            accented.extend(w for w in lines[-1][2] if not w.isascii())
    common = frozenset(w for cls, _, words in lines if cls == "c" for w in words)
    rare = frozenset(w for cls, _, words in lines if cls in "ru" for w in words)
    unproven = frozenset(w for cls, _, words in lines if cls == "u" for w in words)
    names: dict[str, str] = {}
    bucket: dict[str, int] = {}
    for cls, b, words in lines:
        if cls == "n":
            for w in words:
                names.setdefault(w.lower(), w)
        if b:
            bucket.update(dict.fromkeys((w.lower() for w in words) if cls == "n" else words, b))
    del lines
    for canon, cat in curated_names().items():
        low = canon.lower()
        if low not in common and cat != "also a common word":
            names[low] = canon
    return common, rare, names, bucket, unproven, tuple(accented)


@lru_cache(maxsize=1)
def curated_names() -> dict[str, str]:
    """Curated names: capitalised form -> category (country, city, demonym, language...)."""
    out: dict[str, str] = {}
    cat = ""
    for line in read_data("names.txt").decode("utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            cat = line[1:-1]
            continue
        for name in line.split(","):
            name = name.strip()
            if name:
                out[name] = cat
    return out


@lru_cache(maxsize=1)
def name_collisions() -> frozenset[str]:
    """Lower-case forms of curated names that are ordinary words ("turkey", "china")."""
    return frozenset(n for n, cat in curated_names().items() if cat == "also a common word")


# British -> American regular correspondences, applied to one occurrence at a time (the build of
# dialect.tsv, and suggest()'s test of whether two spellings are one word's regional forms).
GB_US = [
    ("our", "or"), ("isation", "ization"), ("ise", "ize"), ("ising", "izing"), ("ised", "ized"),
    ("iser", "izer"), ("yse", "yze"), ("ysing", "yzing"), ("ysed", "yzed"), ("tre", "ter"),
    ("tres", "ters"), ("ogue", "og"), ("ence", "ense"), ("lled", "led"), ("lling", "ling"),
    ("ller", "ler"), ("ae", "e"), ("oe", "e"), ("mme", "m"), ("eing", "ing"), ("lment", "llment"),
    ("ll", "l"), ("que", "ck"), ("ey", "y"), ("gue", "g"), ("sc", "sk"), ("il", "ill"), ("ol", "oll"),
]


_GB_US_LETTERS = [(gb, us) for gb, us in GB_US if gb.replace("l", "") != us.replace("l", "")]


def regional_pair(a: str, b: str) -> bool:
    """Whether `a` and `b` are one word's British and American forms: dialect.tsv lists them, or
    one regular correspondence (GB_US) turns one into the other ("synthesiser"/"synthesizer").
    A doubled or single l alone is a pair only when dialect.tsv lists it: as a rule it is a slip
    ("untill", "fulfill" aside)."""
    gb_us, us_gb = dialect_pairs()
    if gb_us.get(a) == b or us_gb.get(a) == b:
        return True
    for x, y in ((a, b), (b, a)):
        for gb, us in _GB_US_LETTERS:
            i = x.find(gb)
            while i >= 0:
                if x[:i] + us + x[i + len(gb):] == y:
                    return True
                i = x.find(gb, i + 1)
    return False


@lru_cache(maxsize=1)
def variant_levels() -> dict[str, int]:
    """Lexicon words that SCOWL lists only as spelling variants of another spelling -> the lowest
    variant level it gives them (1: almost equal to the main spelling, 2: generally acceptable,
    3: seldom used); variants.txt, built with the lexicon."""
    out: dict[str, int] = {}
    for line in read_data("variants.txt").decode("utf-8").splitlines():
        level, _, words = line.partition("\t")
        out.update(dict.fromkeys(words.split(), int(level)))
    return out


@lru_cache(maxsize=1)
def dialect_pairs() -> tuple[dict[str, str], dict[str, str]]:
    """(British -> American, American -> British) spelling pairs."""
    gb_us: dict[str, str] = {}
    us_gb: dict[str, str] = {}
    for line in read_data("dialect.tsv").decode("utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        gb, us = line.split("\t")
        gb_us.setdefault(gb, us)
        us_gb.setdefault(us, gb)
    return gb_us, us_gb


# ---------------------------------------------------------------- morphology
# Prefixes and suffixes that build rare but correct words from known ones
# ("minilateralism", "geostrategic", "overdependence", "renationalising").
PREFIXES = sorted("""anti auto bi bio co counter cross cyber de dis eco euro extra geo hyper inter intra macro
mega meta micro mid mini mis multi neo non over pan para post pre pro pseudo re semi socio sub super
tele trans tri ultra un under up out self well""".split(), key=len, reverse=True)
# Derivational suffixes only: inflections (-ed, -ing, -s, -ly) are in the word lists already,
# and stripping them would accept "begining" as "begin" + "ing".
SUFFIXES = (
    ("isation", "ise"), ("ization", "ize"), ("isations", "ise"), ("izations", "ize"), ("ism", ""),
    ("isms", ""), ("ist", ""), ("ists", ""), ("istic", ""), ("ness", ""), ("less", ""), ("ity", ""),
    ("ities", ""), ("ment", ""), ("ments", ""), ("ic", ""), ("al", ""), ("ian", ""), ("ians", ""),
    ("esque", ""), ("wise", ""), ("like", ""), ("ship", ""), ("hood", ""), ("ism", "e"), ("ist", "e"),
    ("ity", "e"), ("s", ""), ("es", ""),
)
_ALPHA = re.compile(r"^[a-z]+$")


def derivable(low: str, lex: Lexicon | None = None, depth: int = 2) -> bool:
    """True when `low` is a known word, or one built by prefixes, suffixes or compounding."""
    lex = lex or lexicon()
    return lex.known(low) or _derived(low, lex, depth)


def _solid(w: str, lex: Lexicon) -> bool:
    """A base that derivations may build on: a common word in real use, or a name."""
    return w in lex.common and lex.freq(w) >= 45 or w in lex.names


# A base word made a verb ("token" -> "tokenize", "binary" -> "binarize", "object" -> "objectify")
# or an adjective of what a verb can undergo ("upload" -> "uploadable"), and the regular forms of
# such a new verb ("tokenizing", "vectorizers", "binarized"), which no list holds when the verb
# itself is new. Longest first.
VERB_ENDINGS = tuple(sorted(
    [v + form for v in ("ize", "ise") for form in ("", "s", "d", "r", "rs")]
    + [v[:-1] + end for v in ("ize", "ise") for end in ("ing", "able")]
    + ["ify", "ifies", "ified", "ifier", "ifiers", "ifying", "able"],
    key=len, reverse=True))
MIN_BASE = 4  # letters of the base: "atomize" from "atom"; shorter ones are too easy to hit by a typo
# The base may lose a final "y" or "e" to the ending ("binary" -> "binarize", "note" -> "notify").
_BASE_ENDS = ("", "y", "e")


def _new_verb(low: str, lex: Lexicon) -> bool:
    """`low` is a verb made from a base word in real use by -ize, -ise or -ify, or one of its regular
    forms, or a base verb with -able: a derivation, not a slip (the forms of a listed verb are in
    the lists themselves, so "begining" is not read as "begin" + "ing")."""
    for end in VERB_ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= MIN_BASE:
            head = low[: -len(end)]
            if end == "able" and head.endswith("e") and not head.endswith(("ce", "ge", "ee")):
                continue  # "recognizeable": the "e" goes before "-able" (it stays in "changeable")
            if any(_solid(head + tail, lex) for tail in _BASE_ENDS):
                return not _listed_neighbour(low, lex)
    return False


def _listed_neighbour(low: str, lex: Lexicon) -> bool:
    """A listed word one edit from `low`, other than another form of the same verb ("vectorizes"
    beside "vectorizers", "tokenise" beside "tokenize"): then `low` is more likely a slip of that
    word ("summerize" of "summarize") than a new derivation of its own."""
    from .candidates import edits1

    heads = _verb_heads(low)
    return any(lex.known(e) and not heads & _verb_heads(e) for e in edits1(low))


def _verb_heads(w: str) -> set[str]:
    """The base letters `w` leaves when one of VERB_ENDINGS is taken off ("vectorizers" -> "vector")."""
    return {w[: -len(end)] for end in VERB_ENDINGS if w.endswith(end)}


def _derived(low: str, lex: Lexicon, depth: int) -> bool:
    if depth == 0 or len(low) < 6 or not _ALPHA.match(low):
        return False
    for p in PREFIXES:
        if low.startswith(p) and len(low) - len(p) >= 4:
            rest = low[len(p):]
            if len(p) <= 2 and (len(rest) < 6 or lex.freq(rest) < 55) and not (len(rest) >= 8 and _new_verb(rest, lex)):
                continue  # "re", "un", "bi" + a short or rare word: too easy to hit by a typo
            if _solid(rest, lex) or _derived(rest, lex, depth - 1):
                return True
    for suf, add in SUFFIXES:
        if low.endswith(suf) and len(low) - len(suf) >= 4:
            stem = low[: -len(suf)] + add
            if _solid(stem, lex) or _derived(stem, lex, depth - 1):
                return True
    return _new_verb(low, lex) or compound(low, lex)


def compound(low: str, lex: Lexicon, part: int = 4, min_freq: int = 60) -> bool:
    """Two frequent known words written together ("overdependence" is handled by prefixes;
    this catches "stakeholder"-like closed compounds absent from the lists). Each part has at
    least `part` letters and a frequency bucket of at least `min_freq`."""
    if len(low) < 2 * part or not _ALPHA.match(low):
        return False
    common, freq = lex.common, lex.bucket
    for i in range(part, len(low) - part + 1):
        a, b = low[:i], low[i:]
        if a in common and b in common and freq.get(a, 0) >= min_freq and freq.get(b, 0) >= min_freq:
            return True
    return False
