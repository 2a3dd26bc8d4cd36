"""Growth of check() on pathological inputs: 20x the text should take about 20x the time.

Run on demand (not part of the test suite; timing on a shared machine is noisy):

    python benchmarks/bench_growth.py [--repeats 5]

Prints `growth.<case>.ratio_20x` lines: the median over repeats of the best-of-3 CPU time at 20x
divided by that at 1x. Linear growth gives about 20; quadratic would give about 400. The cases are
the inputs that broke naive tokenizers and sentence splitters: one giant token, no spaces, no
punctuation, only commas, nested brackets, a huge URL, repeated sentences, only newlines, mixed
markup.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import cleantext  # noqa: E402

BASE = 5_000  # characters at 1x

CASES = {
    "no_spaces": lambda n: "a" * n,
    "no_punctuation": lambda n: "word " * (n // 5),
    "commas": lambda n: "," * n,
    "nested_brackets": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "url": lambda n: "https://example.com/" + "a/" * ((n - 20) // 2),
    "repeated_sentences": lambda n: "The company said it would grow. " * (n // 32),
    "newlines": lambda n: "\n" * n,
    "mixed_markup": lambda n: "# Head\n- item `code` <b>x</b> [l](http://x.y) " * (n // 44),
    "unclosed_backticks": lambda n: "`a " * (n // 3),
    "backtick_spans": lambda n: "x `a` y " * (n // 8),
}


def best_cpu(text: str, tries: int = 3) -> float:
    best = float("inf")
    for _ in range(tries):
        t = time.process_time()
        cleantext.check(text)
        best = min(best, time.process_time() - t)
    return max(best, 1e-4)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    cleantext.check("Warm up the data. " * 10)
    for name, make in CASES.items():
        small, big = make(BASE), make(BASE * 20)
        cleantext.check(small)  # per-case warm-up
        ratios = [best_cpu(big) / best_cpu(small) for _ in range(args.repeats)]
        print(f"growth.{name}.cpu_s_20x: {best_cpu(big):.4f}")
        print(f"growth.{name}.ratio_20x: {statistics.median(ratios):.2f}")


if __name__ == "__main__":
    main()
