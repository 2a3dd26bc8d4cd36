#!/usr/bin/env python3
"""Build src/cleantext/data/typo/lexicon.txt.gz and dialect.tsv from SCOWL word lists.

Needs the Debian packages wamerican-large, wbritish-large, wamerican-huge, wbritish-huge and
wbritish-insane (SCOWL sizes 70, 80 and 95,
by Kevin Atkinson; permissive licence, see the data README) and the installed cleantext package for
word counts (`cleantext.ngrams`: wordsegment, Apache-2.0, and symspellpy, MIT). variants.txt needs
the Debian package scowl (SCOWL's separate lists, with the variant levels).

    apt-get install wamerican-large wbritish-large wamerican-huge wbritish-huge wbritish-insane scowl
    python scripts/build_typo_lexicon.py
    python scripts/build_typo_lexicon.py --variants-only   # variants.txt alone

lexicon.txt.gz: one line per (class, frequency bucket): "<class><bucket>\t<word> <word> ...".
  class  c: common word (SCOWL size <= 70, US or GB); n: proper noun, only ever capitalised
         (stored in its capitalised form); r: rare word (SCOWL size 80); u: unproven rare word
         (only in SCOWL size 95, admitted for a corpus count of 20,000 or more)
  bucket round(10 * log10(count)) of the word's Google Web/Books count, 0 when unknown.
dialect.tsv: "<British>\t<American>" spelling pairs found by regular rules (colour/color...).
top_words.txt: the 3,000 most frequent common words, space-separated.
variants.txt: one line per SCOWL variant level, "<level>\t<word> <word> ...": the lower-case
  words of lexicon.txt.gz that SCOWL lists only as spelling variants (variant_1..3 and the British,
  Canadian and Australian variant_1..2 lists) and in none of its main lists, at the lowest level
  any of those lists gives them (1: almost equal to the main spelling, 2: generally acceptable,
  3: seldom used, maybe not correct).
"""
from __future__ import annotations

import gzip
import math
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "src"))
OUT = os.path.join(ROOT, "src", "cleantext", "data", "typo")
# The Debian packages' word lists; DICT=/some/dir when they are extracted without root
# (apt-get download PKG && dpkg -x PKG.deb ROOT: DICT=ROOT/usr/share/dict).
DICT = os.environ.get("DICT", "/usr/share/dict")
SCOWL = os.path.join(DICT, "scowl")  # the Debian package scowl: SCOWL's final/ lists


def load(name: str) -> set[str]:
    with open(os.path.join(DICT, name), encoding="utf-8") as f:
        return {w for w in (line.strip() for line in f) if w and "'" not in w}


def bucket(count: int) -> int:
    return int(round(10 * math.log10(count))) if count > 0 else 0


def variants(word: str, depth: int = 2) -> set[str]:
    from cleantext.checks.typo.lexicon import GB_US

    out, frontier = set(), {word}
    for _ in range(depth):
        nxt = set()
        for w in frontier:
            for gb, us in GB_US:
                for m in re.finditer(re.escape(gb), w):
                    nxt.add(w[:m.start()] + us + w[m.end():])
        out |= nxt
        frontier = nxt
    return out


def _variant_only(g: str, u: str) -> bool:
    """For a British form the American list holds too: only a doubled or single l (modelling,
    instalment, fulfil, enrols), where the American list keeps the British form as a variant.
    Other rewrites of such a word make different words ("practise"/"practize" is no pair)."""
    return len(g) >= 6 and g.replace("ll", "l") == u.replace("ll", "l") and g != u  # not bell/bel


def variant_levels() -> dict[str, int]:
    """Lower-case words SCOWL lists only as variants -> the lowest variant level of any list."""
    main_words: set[str] = set()
    level: dict[str, int] = {}
    for fn in sorted(os.listdir(SCOWL)):
        name, _, _size = fn.rpartition(".")
        cat, _, sub = name.rpartition("-")
        if sub != "words":
            continue
        with open(os.path.join(SCOWL, fn), encoding="latin-1") as f:
            words = {w for w in (line.strip() for line in f) if w and "'" not in w}
        m = re.search(r"variant_(\d)$", cat)
        if m is None:
            main_words |= words
            continue
        for w in words:
            level[w] = min(level.get(w, 9), int(m.group(1)))
    return {w: n for w, n in level.items() if w.islower() and w not in main_words}


def write_variants(classes: set[str]) -> None:
    by_level: dict[int, list[str]] = defaultdict(list)
    for w, n in variant_levels().items():
        if w in classes:
            by_level[n].append(w)
    with open(os.path.join(OUT, "variants.txt"), "w", encoding="utf-8") as f:
        for n in sorted(by_level):
            f.write(f"{n}\t" + " ".join(sorted(by_level[n])) + "\n")
    print("variants: " + ", ".join(f"level {n}: {len(ws)}" for n, ws in sorted(by_level.items())))


def lexicon_words() -> set[str]:
    """The lower-case common and rare words of the shipped lexicon.txt.gz."""
    words: set[str] = set()
    with gzip.open(os.path.join(OUT, "lexicon.txt.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            head, _, body = line.rstrip("\n").partition("\t")
            if head[0] in "cru":
                words.update(body.split())
    return words


def main() -> None:
    if "--variants-only" in sys.argv[1:]:
        write_variants(lexicon_words())
        return
    from cleantext import ngrams

    uni = ngrams.tables()[0]
    us_l, gb_l = load("american-english-large"), load("british-english-large")
    huge = load("american-english-huge") | load("british-english-huge")
    # SCOWL size 95 ("insane") holds much junk; keep only its words that are in real use
    # (British forms such as "leant" and "neurone" are only there).
    common = us_l | gb_l
    lower_forms = {w for w in common | huge if not w[0].isupper()}
    names_lower = {w.lower() for w in common | huge if w[0].isupper()}
    insane = {w for w in load("british-english-insane")
              if uni.get(w.lower(), 0) >= 20000 and w.islower() and w not in names_lower}
    # Words only that list holds are marked (class u): its web counts admit common misspellings
    # too ("seige", "untill"), so the checker judges them by more than being listed. Not the
    # spellings SCOWL's variant lists vet ("leant", "neurone", "annexe"): variants.txt has them.
    unproven = insane - huge - common - set(variant_levels())
    huge |= insane
    lower_keys = {w.lower() for w in lower_forms}
    classes: dict[str, str] = {}  # lower-case word or capitalised name -> class
    for w in sorted(common):
        k = w.lower()
        if k in lower_keys:
            classes[k] = "c"
        elif w[:1].isupper():
            classes[w] = "n"
    for w in huge - common:
        if w.islower() and w not in classes:
            classes[w] = "u" if w in unproven else "r"
    groups: dict[tuple[str, int], list[str]] = defaultdict(list)
    for w, cls in classes.items():
        groups[(cls, bucket(uni.get(w.lower(), 0)))].append(w)
    os.makedirs(OUT, exist_ok=True)
    lines = [f"{cls}{b}\t" + " ".join(sorted(ws)) for (cls, b), ws in sorted(groups.items())]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(os.path.join(OUT, "lexicon.txt.gz"), "wb") as raw:  # mtime=0: reproducible bytes
        with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as f:
            f.write(data)
    # The most frequent common words, for a fast path that needs no lexicon at all
    # ("Hello world." is checked without loading the full word list).
    top = sorted((w for w, cls in classes.items() if cls == "c"), key=lambda w: -uni.get(w, 0))[:3000]
    with open(os.path.join(OUT, "top_words.txt"), "w", encoding="utf-8") as f:
        f.write(" ".join(sorted(top)) + "\n")
    n = sum(len(ws) for ws in groups.values())
    print(f"lexicon: {n} entries in {len(lines)} groups")
    write_variants({w for w, cls in classes.items() if cls in "cru"})

    us_only = {w for w in us_l - gb_l if w.islower()}
    gb_only = {w for w in gb_l - us_l if w.islower()}
    # SCOWL's American lists also hold many British forms as variants (instalment, modelling,
    # fulfil): a British word may be in both, as long as its American form is American only.
    gb_any = {w for w in gb_l if w.islower()}
    pairs = []
    for g in sorted(gb_any):
        for u in sorted(variants(g)):
            # Both spellings must be in use, and an initial "ae"/"oe" is a different word
            # ("aerogenic"/"erogenic") more often than a variant.
            if u in us_only and u != g and uni.get(g, 0) and uni.get(u, 0) and g[0] == u[0] \
                    and (g in gb_only or _variant_only(g, u)):
                pairs.append((g, u))
    with open(os.path.join(OUT, "dialect.tsv"), "w", encoding="utf-8") as f:
        f.write("# British\tAmerican; built by scripts/build_typo_lexicon.py from SCOWL (see README.md)\n")
        for g, u in pairs:
            f.write(f"{g}\t{u}\n")
    print(f"dialect: {len(pairs)} pairs")


if __name__ == "__main__":
    main()
