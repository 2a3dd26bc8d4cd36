"""Spin check throughput and cold start.

    python benchmarks/bench_spin.py [FILE ...]

Without files it times a generated news-like text. Prints µs per word for Document segmentation,
for the statistical restoration alone (first pass, with the process-wide memos and per-word
tables cleared, then warm), and for check() with only the spin category enabled, plus the
cold-start cost of loading the spin data (a fresh interpreter). Pass varied text (many
different word pairs) to see the first-pass cost that dominates on unseen documents.
"""
from __future__ import annotations

import subprocess
import sys
import time

import cleantext
from cleantext.checks.spin import candidates, expansion, restore
from cleantext.checks.spin.data import spin_data
from cleantext.document import Document

SAMPLE = (
    "The government announced a new budget for schools and hospitals on Tuesday. Shares in the "
    "company rose sharply after strong sales figures were published, and the minister said the plan "
    "would cut waiting times for patients across the country. Local politics shaped the election, "
    "while the council met on Monday evening to discuss housing, transport and the cost of energy. "
)


def main() -> None:
    texts = [open(p, encoding="utf-8").read() for p in sys.argv[1:]] or [SAMPLE * 50 + f" Item {i}." for i in range(40)]
    config = cleantext.Config(enable={"spin"})
    cold = subprocess.run([sys.executable, "-c", "import time; t=time.perf_counter(); import cleantext; "
                           "cleantext.check('A hotel chamber.', cleantext.Config(enable={'spin'})); "
                           "print(time.perf_counter()-t)"], capture_output=True, text=True)
    print(f"cold import + first spin check: {float(cold.stdout.strip() or 'nan'):.3f} s")
    cleantext.check(texts[0], config)  # warm the data
    t = time.perf_counter()
    docs = [Document(x) for x in texts]
    t_doc = time.perf_counter() - t
    words = sum(d.word_count for d in docs)
    # Every process-wide memo of the restoration, and the per-word tables filled on first use
    # (spin_data().memo), so that the first pass costs what it costs in a fresh process.
    for cache in (restore._PAIRS, expansion._EXPANSIONS, expansion._TARGETS, candidates._VARIANTS,
                  candidates._GAINERS, candidates._FACTS, spin_data().memo):
        cache.clear()
    t = time.process_time()
    for d in docs:
        list(restore.restorations(d, {}))
    t_first = time.process_time() - t
    t = time.perf_counter()
    for d in docs:
        list(restore.restorations(d, {}))
    t_res = time.perf_counter() - t
    t = time.perf_counter()
    for x in texts:
        cleantext.check(x, config)
    t_chk = time.perf_counter() - t
    print(f"words: {words}")
    print(f"document: {1e6 * t_doc / words:.2f} us/word")
    print(f"spin.restore first pass: {1e6 * t_first / words:.2f} us/word (CPU), {words / t_first:,.0f} words/CPU-s")
    print(f"spin.restore warm: {1e6 * t_res / words:.2f} us/word")
    print(f"check(spin only): {1e6 * t_chk / words:.2f} us/word")


if __name__ == "__main__":
    main()
