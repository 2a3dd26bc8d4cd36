#!/usr/bin/env python3
"""Build src/cleantext/data/typo/lm.bin: a compact backoff bigram language model for typo.realword
and the in-context ranking of corrections (cleantext.checks.typo.context).

Source: the CMU Sphinx generic US English language model (`pocketsphinx` wheel on PyPI,
`pocketsphinx/model/en-us/en-us.lm.bin`, BSD-style licence, Carnegie Mellon University), written out
as ARPA text with pocketsphinx's own `NGramModel.write`. That writer crashes in the trigram section
(after ~2.05M of the 2,051,547 bigrams), so only unigrams and bigrams are used; the few dozen bigrams
it loses at the very end are not missed.

Usage (dev machine; pocketsphinx is a build-time tool only, never a runtime dependency):

    python -m venv /tmp/buildvenv && /tmp/buildvenv/bin/pip install pocketsphinx
    /tmp/buildvenv/bin/python scripts/build_typo_ngrams.py --arpa-only /tmp/en-us.arpa
    python scripts/build_typo_ngrams.py --arpa /tmp/en-us.arpa

Format (see cleantext.checks.typo.context): one zlib stream of blocks, each a header line
`name typecode count\\n` followed by a little-endian array:

* `vocab` (B): the words, "\\n"-joined UTF-8, most probable first; a word's id is its position;
* `uni` (h): log10 P(w) * 1000;  `bo` (h): backoff weight log10 * 1000;
* `start` (I): per word id w1, the first index of its bigrams (CSR; len = words + 1);
* `next` (I): the word ids w2 that follow w1 in the model, sorted within each w1;
* `lp` (B): quantised conditional log10 P(w2 | w1) = -lp / 32.

Bigrams whose probability the backoff estimate bo(w1) + log P(w2) already gives within PRUNE are
dropped (the reader falls back to exactly that estimate), which halves the file at no cost.
"""
from __future__ import annotations

import argparse
import array
import os
import subprocess
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "cleantext", "data", "typo", "lm.bin")
SCALE = 32      # quantisation of bigram log10 probabilities: 1/32 ~ 0.03
PRUNE = 0.05    # drop a bigram when backoff predicts it this closely (log10)


def write_arpa(path: str) -> None:
    """Convert pocketsphinx's binary LM to ARPA text in a child process (the writer crashes near the
    end; whatever it wrote up to then is kept)."""
    code = ("import os, pocketsphinx\n"
            "from pocketsphinx import Config, LogMath, NGramModel\n"
            "lm = os.path.join(os.path.dirname(pocketsphinx.__file__), 'model', 'en-us', 'en-us.lm.bin')\n"
            f"NGramModel(Config(), LogMath(), lm).write({path!r}, NGramModel.str_to_type('arpa'))\n")
    subprocess.run([sys.executable, "-c", code], check=False)


def read_arpa(path: str) -> tuple[dict[str, tuple[float, float]], list[tuple[str, str, float]]]:
    uni: dict[str, tuple[float, float]] = {}
    bi: list[tuple[str, str, float]] = []
    section = 0
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("\\"):
                section = {"\\1-grams:\n": 1, "\\2-grams:\n": 2}.get(line, 3 if line.startswith("\\3") else 0)
                continue
            parts = line.rstrip("\n").split("\t")
            if section == 1 and len(parts) >= 2:
                uni[parts[1]] = (float(parts[0]), float(parts[2]) if len(parts) > 2 else 0.0)
            elif section == 2 and len(parts) >= 3:
                bi.append((parts[1], parts[2], float(parts[0])))
    return uni, bi


def block(name: str, arr: array.array) -> bytes:
    if sys.byteorder != "little":
        arr = array.array(arr.typecode, arr)
        arr.byteswap()
    return f"{name} {arr.typecode} {len(arr)}\n".encode() + arr.tobytes()


def build(arpa: str, out: str) -> None:
    uni, bi = read_arpa(arpa)
    words = sorted(uni, key=lambda w: (-uni[w][0] if uni[w][0] > -90 else 1e9, w))
    ids = {w: i for i, w in enumerate(words)}
    rows: dict[int, list[tuple[int, int]]] = {}
    kept = 0
    for w1, w2, lp in bi:
        if w1 not in ids or w2 not in ids:
            continue
        est = uni[w1][1] + uni[w2][0]
        if abs(lp - est) < PRUNE:
            continue
        q = max(0, min(255, round(-lp * SCALE)))
        rows.setdefault(ids[w1], []).append((ids[w2], q))
        kept += 1
    start, nxt, lps = array.array("I", [0]), array.array("I"), array.array("B")
    for i in range(len(words)):
        for j, q in sorted(rows.get(i, ())):
            nxt.append(j)
            lps.append(q)
        start.append(len(nxt))
    vocab = array.array("B", "\n".join(words).encode("utf-8"))
    unis = array.array("h", (max(-32000, round(uni[w][0] * 1000)) for w in words))
    bos = array.array("h", (round(uni[w][1] * 1000) for w in words))
    raw = b"".join((block("vocab", vocab), block("uni", unis), block("bo", bos), block("start", start),
                    block("next", nxt), block("lp", lps)))
    blob = zlib.compress(raw, 9)
    with open(out, "wb") as f:
        f.write(blob)
    print(f"{len(words)} words, {len(bi)} bigrams read, {kept} kept; {len(raw)} bytes raw, "
          f"{len(blob)} compressed -> {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--arpa-only", help="only convert the pocketsphinx LM to this ARPA path")
    ap.add_argument("--arpa", default="/tmp/en-us.arpa")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    if args.arpa_only:
        write_arpa(args.arpa_only)
        return
    build(args.arpa, args.out)


if __name__ == "__main__":
    main()
