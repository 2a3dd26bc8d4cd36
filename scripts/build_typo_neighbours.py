#!/usr/bin/env python3
"""Build src/cleantext/data/typo/neighbours.bin: for every word of the real-word language model
(`lm.bin`), the ids of the model's words exactly one edit away (deletion, transposition of two
adjacent letters, substitution or insertion of a letter a-z) that the typo lexicon
(`lexicon.txt.gz`) lists as common words.

`cleantext.checks.typo.context.alternatives` needs these one-edit neighbours for every word it
judges. Generating all ~450 one-edit strings of a word and looking each up took about 0.3 ms per
word, a third of the time of a first pass over unseen text, and needed the whole lexicon loaded
(0.1 s of a cold start); the table makes it one slice. It is derived from `lm.bin` (CMU Sphinx,
BSD-style) and `lexicon.txt.gz` (SCOWL), under their licences, and must be rebuilt whenever either
is (the reader checks CRCs of both and falls back to generating the edits when they differ).

    python scripts/build_typo_neighbours.py        # about 10 s

Format: one zlib stream of blocks, each a header line `name typecode count\\n` followed by a
little-endian array (the layout of lm.bin):

* `crc` (I, 1): zlib.crc32 of the model's "\\n"-joined vocabulary;
* `lexcrc` (I, 1): zlib.crc32 of the packed `lexicon.txt.gz`;
* `start` (I): per word id, the first index of its neighbours (CSR; len = words + 1);
* `ids` (I): neighbour word ids, sorted within each word.
"""
from __future__ import annotations

import array
import os
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "src"))
OUT = os.path.join(HERE, "..", "src", "cleantext", "data", "typo", "neighbours.bin")


def block(name: str, arr: array.array) -> bytes:
    if sys.byteorder != "little":
        arr = array.array(arr.typecode, arr)
        arr.byteswap()
    return f"{name} {arr.typecode} {len(arr)}\n".encode() + arr.tobytes()


def main() -> None:
    from cleantext.checks.typo import context
    from cleantext.checks.typo.candidates import edits1  # the very edits the runtime fallback makes
    from cleantext.checks.typo.lexicon import lexicon, read_data

    model = context.lm()
    common = lexicon().common
    words = sorted(model.ids, key=model.ids.__getitem__)
    ids = model.ids
    start = array.array("I", [0])
    out = array.array("I")
    for w in words:
        out.extend(sorted(ids[x] for x in edits1(w) if x != w and x in ids and x in common))
        start.append(len(out))
    crc = array.array("I", [zlib.crc32("\n".join(words).encode("utf-8"))])
    lexcrc = array.array("I", [zlib.crc32(read_data("lexicon.txt.gz"))])
    blob = zlib.compress(block("crc", crc) + block("lexcrc", lexcrc) + block("start", start)
                         + block("ids", out), 9)
    with open(OUT, "wb") as f:
        f.write(blob)
    print(f"{len(words)} words, {len(out)} neighbour links, {len(blob) / 1e6:.2f} MB -> {OUT}")


if __name__ == "__main__":
    main()
