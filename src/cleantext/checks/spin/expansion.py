"""Candidate originals of a word: parts of speech, inflection and the reverse thesaurus.

A spinner replaces a word by one of its thesaurus synonyms, so the candidate originals of an
observed word are the words that list it as a synonym. Each link has a level: `WORDNET` (same
WordNet synset or a plain MyThes entry: a synonym in a tight sense), `MUTUAL` (Moby lists the
two words both ways round) or `LOOSE` (a one-way Moby link, often another sense altogether:
"discord" is listed under "diversity").
"""
from __future__ import annotations

import sys
import zlib
from array import array

from .data import ID_MASK, MUTUAL_LINK, WORDNET_LINK, SpinData

NOUN, VERB, ADJ, ADV = 1, 2, 4, 8
_DOMINANT = (NOUN, VERB, ADJ, ADV)
_SUFFIXES = (("ies", 3, "y", NOUN | VERB), ("es", 2, "", NOUN | VERB), ("s", 1, "", NOUN | VERB),
             ("ed", 2, "", VERB | ADJ), ("ed", 1, "", VERB | ADJ), ("ing", 3, "", VERB | NOUN | ADJ),
             ("ing", 3, "e", VERB | NOUN | ADJ))

LOOSE, MUTUAL, WORDNET = 0, 1, 2


def link_level(flags: int) -> int:
    """The level of a reverse-thesaurus link from its flag bits."""
    return WORDNET if flags & WORDNET_LINK else MUTUAL if flags & MUTUAL_LINK else LOOSE


def word_pos(d: SpinData, word: str, i: int) -> tuple[int, int]:
    """(part-of-speech bits, dominant part of speech) of a word, through its stem if inflected."""
    p = d.pos(i)
    if p & 15:
        return p & 15, _DOMINANT[(p >> 4) & 3]
    for suffix, cut, add, allowed in _SUFFIXES:
        if word.endswith(suffix) and len(word) - cut >= 3:
            sp = d.pos(d.id(word[:-cut] + add))
            bits = sp & 15 & allowed
            if bits:
                dom = _DOMINANT[(sp >> 4) & 3]
                return bits, dom if dom & bits else next(b for b in _DOMINANT if b & bits)
    return 0, 0


def _reinflect(d: SpinData, base: str, suffix: str) -> int:
    """The id of `base` with `suffix` attached (the first spelling the vocabulary knows), or -1."""
    if not suffix:
        return d.id(base)
    if suffix == "s":
        forms: tuple[str, ...] = (base + "s", base + "es")
    elif suffix == "es":
        forms = (base + "es", base + "s")
    elif suffix == "ies":
        forms = (base[:-1] + "ies" if base.endswith("y") else base + "s",)
    elif suffix == "ed":
        forms = (base + "ed", base + "d", base[:-1] + "ied" if base.endswith("y") else base + "ed")
    else:  # "ing"
        forms = (base + "ing", base[:-1] + "ing" if base.endswith("e") else base + "ing")
    for f in forms:
        i = d.id(f)
        if i >= 0:
            return i
    return -1


# A spinner's source word is an ordinary word, and a few frequent originals are enough.
MAX_ORIGINALS = 100  # candidate originals per word, the most frequent first
MIN_ORIGINAL_LP = -7.5  # unigram log10 P of a candidate original

_EXPANSIONS: dict[tuple[str, int, int, float], dict[int, int]] = {}


def expand(d: SpinData, word: str, i: int, need: int, max_originals: int = MAX_ORIGINALS,
           min_lp: float = MIN_ORIGINAL_LP) -> dict[int, int]:
    """Candidate originals of `word` {id: link level}, with a part of speech in `need`.
    Memoised across documents (bounded): the same words recur."""
    key = (word, need, max_originals, min_lp)
    hit = _EXPANSIONS.get(key)
    if hit is None:
        if len(_EXPANSIONS) > 50_000:
            _EXPANSIONS.clear()
        hit = _EXPANSIONS[key] = _expand(d, word, i, need, max_originals, min_lp)
    return hit


# suffix -> per original id, the id of the original re-inflected with that suffix (`_reinflect`),
# `_NOT_SEEN` until first needed, or the sentinel id len(d.words) when the vocabulary has no such
# form (`_usable` gives it no part of speech). A pure function of the (single, read-only) spin
# data, filled in on first use: 0.5 MB per suffix, where a dict of the same entries took more.
_TARGETS: dict[str, array] = {}
_NOT_SEEN = -1


# The level of a link from its flag bits shifted down by 29 (`link_level` as a table).
_LEVELS = tuple(link_level(k << 29) for k in range(8))
_UNKNOWN = 255  # not yet computed (`_usable`)


def _usable(d: SpinData, min_lp: float) -> array:
    """Per word id, the part-of-speech bits of `word_pos` (through the stem for an inflected
    word) if its unigram log10 P reaches `min_lp`, else 0; filled in on first use (complete from
    the start when `_derived` has it). Nearly every original of nearly every word is looked up
    this way, and one array look-up per original replaces a dict probe, a tuple and a function
    call."""
    key = ("usable", min_lp)
    ok = d.memo.get(key)
    if ok is None:
        derived = _derived(d) if min_lp == MIN_ORIGINAL_LP else None
        if derived:
            ok = derived["usable"]
        else:
            ok = _initial_usable(d, min_lp)
            ok.append(0)  # the sentinel id len(d.words): no such word (see `_TARGETS`)
        d.memo[key] = ok
    return ok


def _initial_usable(d: SpinData, min_lp: float) -> array:
    """`_usable` as far as C-level byte operations get in about a millisecond: 0 below the
    frequency floor, a WordNet word's own part-of-speech bits (what `word_pos` returns for it),
    `_UNKNOWN` for the rest (filled in by `_fill`: the part of speech comes through a stem)."""
    n = len(d.words)
    pos = d.pos_bytes(n)
    own = pos.translate(bytes(b & 15 or _UNKNOWN for b in range(256)))
    floor = d.unigram_q.tobytes()[:n].translate(bytes(0 if q / 20 - 12 < min_lp else 255 for q in range(256)))
    both = int.from_bytes(own, "little") & int.from_bytes(floor, "little")
    return array("B", both.to_bytes(n, "little"))


def _fill(d: SpinData, ok: array, j: int, min_lp: float) -> int:
    b = ok[j] = 0 if d.unigram_lp(j) < min_lp else word_pos(d, d.words[j], j)[0]
    return b


def _targets(d: SpinData, suffix: str) -> array:
    t = _TARGETS.get(suffix)
    if t is None or len(t) != len(d.words):
        derived = _derived(d)
        t = _TARGETS[suffix] = derived[suffix] if derived else array("i", [_NOT_SEEN]) * len(d.words)
    return t


# Complete `_usable` (at MIN_ORIGINAL_LP) and `_TARGETS` tables. Filling them in as documents
# need them cost about 1 us per word of a first pass over news (bisections in the sorted
# vocabulary, stems); complete, they take 0.4 s to compute, so they are computed once (or read
# from synonyms.bin, below) and kept in the user cache directory (`cleantext.packed.cached_derived`,
# 2.6 MB), keyed by the spin data files and the source of the two modules that define them.
_DERIVED_SUFFIXES = ("s", "es", "ies", "ed", "ing")  # the suffixes of `_SUFFIXES`


def _derived(d: SpinData) -> dict[str, array] | None:
    """The complete tables, or None where there is no writable cache (then they fill in as
    they go)."""
    hit = d.memo.get("derived")
    if hit is None:
        hit = d.memo["derived"] = _load_derived(d) or False
    return hit or None


def _load_derived(d: SpinData) -> dict[str, array] | None:
    from ...packed import cached_derived

    crc = 0
    for module in (sys.modules[__name__], sys.modules[SpinData.__module__]):
        try:
            with open(module.__file__ or "", "rb") as f:
                crc = zlib.crc32(f.read(), crc)
        except OSError:
            return None  # no source to key the tables by
    key = f"{d.key()}-{crc:08x}-{MIN_ORIGINAL_LP}"
    tables = cached_derived("spin-derived", key, lambda: shipped_or_built(d))
    if tables is None:  # no writable cache directory: the tables shipped in synonyms.bin, if current
        tables = shipped_derived(d)
    n = len(d.words)
    if tables is None or len(tables.get("usable", ())) != n + 1 or \
            any(len(tables.get(s, ())) != n for s in _DERIVED_SUFFIXES):
        return None
    return tables


# The complete tables also ship in synonyms.bin (`derived.*` blocks, written by
# scripts/build_spin_data.py), so the first process reads them instead of computing them (0.4 s).
# They count only while `derived.key` names this format and the vocab.bin and colloc.bin they
# were computed from; bump DERIVED_FORMAT when `word_pos`, `_reinflect` or the tables' layout
# change (tests/test_memory_tables.py compares the shipped tables with `_build_derived`).
DERIVED_FORMAT = 1


def derived_key(d: SpinData) -> str:
    return f"{DERIVED_FORMAT} {MIN_ORIGINAL_LP} {d.file_keys.get('vocab.bin')} {d.file_keys.get('colloc.bin')}"


def shipped_derived(d: SpinData) -> dict[str, array] | None:
    """The complete tables as shipped in synonyms.bin, or None when they are missing or were
    computed from other data files or by another format."""
    tables = d.shipped_tables()
    key = tables.pop("key", None)
    n = len(d.words)
    if key is None or key.tobytes().decode() != derived_key(d) or len(tables.get("usable", ())) != n + 1 or \
            any(len(tables.get(s, ())) != n for s in _DERIVED_SUFFIXES):
        return None
    return tables


def shipped_or_built(d: SpinData) -> dict[str, array]:
    return shipped_derived(d) or _build_derived(d)


def derived_blocks(d: SpinData) -> list[tuple[str, array]]:
    """The `derived.*` blocks of synonyms.bin for data `d` (scripts/build_spin_data.py)."""
    tables = _build_derived(d)
    return [("derived.key", array("B", derived_key(d).encode()))] + \
        [(f"derived.{name}", tables[name]) for name in ("usable", *_DERIVED_SUFFIXES)]


def _build_derived(d: SpinData) -> dict[str, array]:
    ok = _initial_usable(d, MIN_ORIGINAL_LP)
    ok.append(0)
    for j in [j for j, b in enumerate(ok) if b == _UNKNOWN]:
        _fill(d, ok, j, MIN_ORIGINAL_LP)
    return {"usable": ok, **_all_reinflections(d.words)}


def _all_reinflections(words: list[str]) -> dict[str, array]:
    """`_reinflect` of every word with every suffix, as `_TARGETS` holds it (len(words) for
    none), written out per suffix (tests/test_spin_paths.py compares the two). A form that ends in
    s, d or g is looked up among the words that end in the same letter."""
    n = len(words)
    out = {}
    for suffix in _DERIVED_SUFFIXES:
        last = {"ed": "d", "ing": "g"}.get(suffix, "s")
        get = {w: k for k, w in enumerate(words) if w[-1:] == last}.get
        t = out[suffix] = array("i", [n]) * n
        if suffix in ("s", "es"):  # the form named first, else the other (`_reinflect`)
            first, other = ("s", "es") if suffix == "s" else ("es", "s")
            for base, w in enumerate(words):
                j = get(w + first)
                if j is None:
                    j = get(w + other)
                if j is not None:
                    t[base] = j
        elif suffix == "ies":
            for base, w in enumerate(words):
                j = get(w[:-1] + "ies" if w.endswith("y") else w + "s")
                if j is not None:
                    t[base] = j
        elif suffix == "ed":
            for base, w in enumerate(words):
                j = get(w + "ed")
                if j is None:
                    j = get(w + "d")
                if j is None and w.endswith("y"):
                    j = get(w[:-1] + "ied")
                if j is not None:
                    t[base] = j
        else:  # "ing"
            for base, w in enumerate(words):
                j = get(w + "ing")
                if j is None and w.endswith("e"):
                    j = get(w[:-1] + "ing")
                if j is not None:
                    t[base] = j
    return out


def _expand(d: SpinData, word: str, i: int, need: int, max_originals: int = MAX_ORIGINALS,
            min_lp: float = MIN_ORIGINAL_LP) -> dict[int, int]:
    """The candidate originals of `word` (id `i`, -1 if unknown): the words listing it as a
    synonym, and, for an inflected word, those listing its stem, re-inflected ("organizations"
    -> "organization" -> "network" -> "networks"; a thesaurus lists mostly base forms, and
    "impacts" reaches "effects" only through "impact"); each with the highest level of its
    links, in the order met. (tests/test_spin_paths.py checks it against that plain definition.)"""
    out: dict[int, int] = {}
    ok = _usable(d, min_lp)
    levels = _LEVELS
    if i >= 0:
        # The word's own entry: no re-inflection, and no id twice in one entry (a test checks
        # the data), so each usable original is set once. The word itself is dropped below.
        for o in d.originals(i):
            j = o & ID_MASK
            b = ok[j]
            if b == _UNKNOWN:
                b = _fill(d, ok, j, min_lp)
            if b & need:
                out[j] = levels[o >> 29]
    for suffix, cut, add, _ in _SUFFIXES:
        if word.endswith(suffix) and len(word) - cut >= 3:
            si = d.id(word[:-cut] + add)
            stem_originals = d.originals(si)
            if si >= 0 and len(stem_originals):
                targets = _targets(d, suffix)
                words, none = d.words, len(d.words)
                get = out.get
                for o in stem_originals:
                    base = o & ID_MASK
                    j = targets[base]
                    if j == _NOT_SEEN:
                        j = _reinflect(d, words[base], suffix)
                        j = targets[base] = j if j >= 0 else none
                    b = ok[j]  # 0 for `none`
                    if b == _UNKNOWN:
                        b = _fill(d, ok, j, min_lp)
                    if b & need:
                        level = levels[o >> 29]
                        if level > get(j, -1):
                            out[j] = level
                break
    if i in out:
        del out[i]
    if len(out) > max_originals:
        keep = sorted(out, key=d.unigram_q.__getitem__, reverse=True)[:max_originals]  # = by unigram_lp
        out = {k: out[k] for k in keep}
    return out
