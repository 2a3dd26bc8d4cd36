#!/usr/bin/env python3
"""Speed and scaling of the degeneration and run-on checks on synthetic text.

    python benchmarks/bench_degeneration.py [--words 200000]

Prints `name: value` lines: microseconds of CPU per word for each check on ordinary prose, word
salad, one huge unpunctuated paragraph and a long repetition loop, and the ratio of the time per
word at 10x the size (about 1.0 when the check is linear). Segmentation (Document) is not counted.
The texts are generated here; no evaluation data is read.
"""
from __future__ import annotations

import argparse
import random
import time

import cleantext
from cleantext.checks import Context, load

SUBJECTS = "The council|Members|The new library|One resident|The county|Our engineers|The mayor|Local traders".split("|")
VERBS = "agreed that|said that|hoped that|warned that|found that|argued that".split("|")
CLAUSES = ["the {n} would reopen in the {t}", "the cost of the {n} should be shared with the {p}",
           "the {n}, which had been closed since the floods, was safe", "they had waited long enough for the {n}",
           "nobody in the {p} had been told about the {n}"]
NOUNS = "library bridge school pool market road harbour park museum station clinic depot".split()
TIMES = "spring summer autumn winter new year coming months".split()
PLACES = "county town village parish region district".split()


def prose_sentence(rng: random.Random) -> str:
    clause = rng.choice(CLAUSES).format(n=rng.choice(NOUNS), t=rng.choice(TIMES), p=rng.choice(PLACES))
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {clause} on day {rng.randrange(10000)}."
SALAD_WORDS = ("strategic regional dynamics complex fragile balance outcome stakeholders process "
               "impact power history legacy tension multilayer geopolitical configuration pivotal "
               "stakes volatile equilibrium sustainable pathway comprehensive monitoring").split()
LOOP = "The company said it would continue to work with the local community. "


def texts(words: int, rng: random.Random) -> dict[str, str]:
    return {
        "prose": "\n\n".join(" ".join(prose_sentence(rng) for _ in range(4)) for _ in range(max(1, words // 60))),
        "salad_paragraphs": "\n\n".join(
            " ".join(rng.choice(SALAD_WORDS) for _ in range(120)) + "." for _ in range(max(1, words // 120))),
        "unpunctuated": " ".join(rng.choice(SALAD_WORDS) for _ in range(words)),
        "loop": LOOP * max(1, words // 12),
    }


def cpu_per_word(mod, doc) -> float:
    best = float("inf")
    for _ in range(3):
        ctx = Context(cleantext.Config())
        t = time.process_time()
        list(mod.run(doc, ctx))
        best = min(best, time.process_time() - t)
    return 1e6 * best / max(1, doc.word_count)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=200_000)
    args = ap.parse_args()
    rng = random.Random(1)
    mods = {name: load(name) for name in ("degeneration", "runon")}
    small, large = texts(args.words // 10, rng), texts(args.words, rng)
    for kind in small:
        doc_s, doc_l = cleantext.Document(small[kind]), cleantext.Document(large[kind])
        for name, mod in mods.items():
            us_small, us_large = cpu_per_word(mod, doc_s), cpu_per_word(mod, doc_l)
            print(f"{name}.{kind}.us_per_word: {us_large:.3f}")
            print(f"{name}.{kind}.scaling_10x: {us_large / max(us_small, 1e-9):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
