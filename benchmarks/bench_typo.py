#!/usr/bin/env python3
"""Benchmark of the typo checks: cold start, warm per-article time, words per second, suggest().

    python benchmarks/bench_typo.py [FILE ...]

Without files it uses the seeds in ../shared/seeds when present, else a built-in paragraph.
Only the typo rules run (Config(enable={"typo"})), so the figures are the typo category's own.
Times are CPU times of this process (time.process_time), so a busy machine does not distort them.
"""
from __future__ import annotations

import glob
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = (
    "The minister met wiht reporters on Tuesday to discuss the exmaple of Azerbaijan, whose gas "
    "exports to Europe have grown rather then shrunk. Officials in moscow said relations with Baku "
    "were under strain after the arrests in Yekaterinburg, and several analysts expect further "
    "tension. The report, published by the Centre for Eastern Studies, argues that the region's "
    "realpolitik favours minilateralism over grand alliances. "
) * 12


def texts(paths: list[str]) -> list[str]:
    if not paths:
        paths = sorted(glob.glob(os.path.join(HERE, "..", "..", "shared", "seeds", "*.txt")))
    out = [open(p, encoding="utf-8").read() for p in paths]
    return out or [SAMPLE]


def cold_start() -> float:
    code = ("import time; t=time.process_time(); import cleantext; "
            "cleantext.check('Hello world.'); print(time.process_time()-t)")
    code = code.replace("perf_counter", "process_time")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(r.stdout.strip())


def main() -> None:
    import cleantext
    from cleantext.checks.typo import suggest

    print(f"cold import + check('Hello world.'): {cold_start():.3f} s")
    config = cleantext.Config(enable={"typo"})
    docs = texts(sys.argv[1:])
    t = time.process_time()
    cleantext.check(docs[0], config)
    print(f"first typo check (loads data): {time.process_time() - t:.3f} s")
    words = sum(len(d.split()) for d in docs)
    for d in docs:  # warm caches
        cleantext.check(d, config)
    rounds = 5
    t = time.process_time()
    for _ in range(rounds):
        for d in docs:
            cleantext.check(d, config)
    dt = (time.process_time() - t) / rounds
    print(f"warm: {words} words in {dt * 1000:.1f} ms = {words / dt:,.0f} words/s, "
          f"{dt / words * 1e6:.1f} us/word, {dt / words * 1000 * 1000:.1f} ms per 1,000 words")
    base = cleantext.Config(enable={"grammar.repeated_word"})
    t = time.process_time()
    for _ in range(rounds):
        for d in docs:
            cleantext.check(d, base)
    dt0 = (time.process_time() - t) / rounds
    print(f"  of which segmentation and engine (one trivial rule): {dt0 / words * 1e6:.1f} us/word")
    from cleantext.checks.typo import candidates, errormodel, nonword

    # Each word once per round with the memo caches cleared, so the figure is the real per-word
    # cost, not a cache hit. "Far" words are spelt by ear and take the wider search by sound.
    near = ["wiht", "exmaple", "majory", "recieved", "definately", "Gwotechnical", "accomodate",
            "goverment", "enviroment", "seperate", "untill", "occured", "begining", "beleive"]
    far = ["kwestshun", "rimembah", "sirkumstanses", "ekspeeriens", "edukashun", "fizzicks"]
    suggest("warmup")
    suggest("kwestshun")  # builds the far index (once per process)
    for label, probe in (("near", near), ("far", far)):
        dt = 0.0
        for _ in range(rounds):
            candidates._context_free.cache_clear()
            candidates._context_free_far.cache_clear()
            candidates._pool.cache_clear()
            for memo in (errormodel.vowel_cost, errormodel._pieces, errormodel._own_spelling,
                         errormodel.heard_key):
                memo.cache_clear()
            nonword.doubtful.cache_clear()
            t = time.process_time()
            for w in probe:
                suggest(w)
            dt += time.process_time() - t
        n = len(probe) * rounds
        print(f"suggest() {label} words: {n / dt:,.0f} words/s ({dt / n * 1000:.2f} ms each, uncached)")
    code = ("import time, cleantext; t=time.process_time(); cleantext.suggest('wiht'); a=time.process_time(); "
            "cleantext.suggest('kwestshun'); print(a-t, time.process_time()-a)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    first, first_far = map(float, r.stdout.split())
    print(f"first suggest() in a process (loads lexicon, builds index): {first:.3f} s; "
          f"first far search (builds the sound index): {first_far:.3f} s")

if __name__ == "__main__":
    main()
