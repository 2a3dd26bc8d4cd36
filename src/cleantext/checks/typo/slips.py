"""The shapes of classic misspellings: a doubled letter written once or a single one doubled, a
confused suffix (-ance/-ence, -able/-ible, -ary/-ery), two vowels swapped (ie/ei), a final "l"
doubled, an inner "e" dropped or added; and words regularly built on a common word, which are no
slips. Pure tests on two spellings (and the lexicon's common words), used by `nonword` to decide
when a word some list holds is still a slip in running text.
"""
from __future__ import annotations

from .lexicon import lexicon

# The slips a rare-list word must be in running text, where a real rare word ("malic acid",
# "spearmen", "wonton") costs more than a missed slip: a doubled letter written once or
# a single one doubled ("accomodate", "refered", "occurence"), or the classic suffix confusions
# (-ance/-ence, -ant/-ent, -able/-ible: "dependance", "existant"). Seven letters or more.
TEXT_SLIP_MIN_LEN = 7
_SUFFIX_SWAPS = (("ance", "ence"), ("ancy", "ency"), ("ant", "ent"), ("able", "ible"), ("ably", "ibly"), ("ary", "ery"))


def doubling(a: str, b: str) -> bool:
    """`b` is `a` with one letter doubled, or undoubled."""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    for i in range(len(long_)):
        if long_[:i] + long_[i + 1:] == short and (
                i and long_[i - 1] == long_[i] or i + 1 < len(long_) and long_[i + 1] == long_[i]):
            return True
    return False


def suffix_swap(a: str, b: str) -> bool:
    """`a` and `b` differ only in a suffix that writers confuse: "dependance"/"dependence"."""
    for x, y in _SUFFIX_SWAPS:
        for p, q in ((x, y), (y, x)):
            for tail in ("", "s", "ly", "e", "es"):
                if a.endswith(p + tail) and b.endswith(q + tail) and \
                        a[:len(a) - len(p + tail)] == b[:len(b) - len(q + tail)]:
                    return True
    return False


def swapped_at(a: str, b: str) -> int | None:
    """The index i where `a` is `b` with letters i and i + 1 swapped, else None."""
    if len(a) != len(b) or a == b:
        return None
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
        return diff[0]
    return None


def vowel_swap(a: str, b: str) -> bool:
    """`a` is `b` with two adjacent vowels swapped: "wierd"/"weird", "flourescent"/"fluorescent"."""
    i = swapped_at(a, b)
    return i is not None and a[i] in "aeiou" and a[i + 1] in "aeiou"


def inner_e(a: str, b: str) -> bool:
    """`a` and `b` differ by one "e" inside the word, not at its end ("belive", "noticable",
    "unforseen", "develope" is not one), where the letters before it are no common word: "hatful"
    is "hat" + "ful", a word of its own, not a slip of "hateful"."""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    lex = lexicon()
    for i in range(1, len(long_) - 1):
        if long_[i] == "e" and long_[:i] + long_[i + 1:] == short:
            return long_[:i] not in lex.common
    return False


def final_ll(a: str, b: str) -> bool:
    """`a` is `b`, a word of two syllables or more ending in one "l", with the "l" doubled:
    "untill", "carefull". English doubles a final "l" in words of one syllable ("hill")."""
    return len(b) >= 4 and b[-1] == "l" and a == b + "l" and b[-2] in "aeiou" and sum(ch in "aeiouy" for ch in b[:-1]) >= 2


def classic_shape(a: str, b: str) -> bool:
    """`a` and `b` are one classic misspelling apart: two vowels swapped (ie/ei), a final "l"
    doubled, or, in words of
    TEXT_SLIP_MIN_LEN letters or more, a doubled letter, a suffix confusion or an inner "e" dropped
    or added. Shorter words so close to a common word are as often foreign words or names ("fille",
    "gamme", "gilet"). A word regularly built on a common word is no slip ("trickless", "gapping")."""
    if vowel_swap(a, b) or final_ll(a, b):
        return True
    if min(len(a), len(b)) < TEXT_SLIP_MIN_LEN or regular_build(a):
        return False
    return doubling(a, b) or suffix_swap(a, b) or inner_e(a, b)


_BUILD_SUFFIXES = ("less", "ful", "ness", "ment", "ly")
_DOUBLING_SUFFIXES = ("er", "ers", "est", "ing", "ed", "y", "ies", "ier", "iest")


def regular_build(low: str) -> bool:
    """`low` is a common word plus a derivational suffix ("trick" + "less"), or plus an inflection
    that doubles the stem's last consonant ("gap" + "ing": "gapping"). (An inflection that should
    have doubled it and did not, "prefered", is `nonword._stems`' business.)"""
    common = lexicon().common
    for suf in _BUILD_SUFFIXES + _DOUBLING_SUFFIXES:
        if low.endswith(suf) and len(low) - len(suf) >= 3:
            stem = low[: -len(suf)]
            if suf in _BUILD_SUFFIXES and stem in common or suf in _DOUBLING_SUFFIXES \
                    and stem[-1] == stem[-2] and stem[-1] not in "aeiou" and stem[:-1] in common:
                return True
    return False
