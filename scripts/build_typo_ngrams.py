#!/usr/bin/env python3
"""Build src/cleantext/data/typo/lm.bin: a compact backoff bigram language model for typo.realword
and the in-context ranking of corrections (cleantext.checks.typo.context).

Source: the CMU Sphinx generic US English language model (`pocketsphinx` wheel on PyPI,
`pocketsphinx/model/en-us/en-us.lm.bin`, BSD-style licence, Carnegie Mellon University), written out
as ARPA text with pocketsphinx's own `NGramModel.write`. That writer crashes in the trigram section
(after ~2.05M of the 2,051,547 bigrams), so `lm.bin` holds unigrams and bigrams; the few dozen bigrams
it loses at the very end are not missed. The trigrams (`lm3.bin`, `--trigrams`) come from our own
reader of the binary file, `scripts/dump_sphinx_trie.py`, which writes the complete ARPA file:

    /tmp/buildvenv/bin/python scripts/dump_sphinx_trie.py \
        /tmp/buildvenv/lib/python3.11/site-packages/pocketsphinx/model/en-us/en-us.lm.bin /tmp/en-us-full.arpa
    python scripts/build_typo_ngrams.py --trigrams /tmp/en-us-full.arpa

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
    write_packed(out, f"{len(words)} words, {len(bi)} bigrams read, {kept} kept",
                 vocab=vocab, uni=unis, bo=bos, start=start, next=nxt, lp=lps)


def write_packed(out: str, what: str, **arrays: array.array) -> None:
    """Write the named arrays as one zlib stream of blocks to `out` and say what was written."""
    raw = b"".join(block(name, arr) for name, arr in arrays.items())
    blob = zlib.compress(raw, 9)
    with open(out, "wb") as f:
        f.write(blob)
    print(f"{what}; {len(raw)} bytes raw, {len(blob)} compressed -> {out}")


TRI_OUT = os.path.join(HERE, "..", "src", "cleantext", "data", "typo", "lm3.bin")


def build_trigrams(arpa: str, lm_path: str, out: str) -> None:
    """Write `lm3.bin`, the trigrams of the full ARPA dump (scripts/dump_sphinx_trie.py) over the
    vocabulary of `lm.bin`. Layout (see cleantext.checks.typo.context.TrigramLM):

    * `h1start` (I): per word id w1, the first index of the histories "w2 w1" that end in it
      (CSR; len = words + 1); `h2` (H): the older word w2 of each history, sorted within w1;
    * `hbo` (h): the backoff weight of the history, log10 * 1000;
    * `tstart` (I): per history, the first index of its trigrams (len = histories + 1);
    * `tnext` (H): the predicted word ids, sorted within a history; `tlp` (B): quantised
      log10 P(w | w2 w1) = -tlp / 32.

    Word ids are 16-bit: trigrams with a word past id 65,535 (the rarest ~7k words) are dropped."""
    from cleantext.packed import unpack

    words = bytes(unpack(zlib.decompress(open(lm_path, "rb").read()), {"vocab"})["vocab"]).decode("utf-8").split("\n")
    ids = {w: i for i, w in enumerate(words)}
    hist_bo: dict[tuple[int, int], float] = {}
    tri: dict[tuple[int, int], list[tuple[int, int]]] = {}
    section = 0
    dropped = 0
    with open(arpa, encoding="utf-8") as f:
        for line in f:
            if line.startswith("\\"):
                section = 2 if line.startswith("\\2-") else 3 if line.startswith("\\3-") else 0
                continue
            parts = line.rstrip("\n").split("\t")
            if section == 2 and len(parts) > 2 and float(parts[2]) != 0.0:
                a, b = parts[1].split(" ")
                if a in ids and b in ids and ids[a] < 65536:
                    hist_bo[(ids[b], ids[a])] = float(parts[2])
            elif section == 3 and len(parts) >= 2:
                a, b, c = parts[1].split(" ")
                ia, ib, ic = ids.get(a, 1 << 20), ids.get(b, 1 << 20), ids.get(c, 1 << 20)
                if max(ia, ic) >= 65536 or ib >= len(words):
                    dropped += 1
                    continue
                q = max(0, min(255, round(-float(parts[0]) * SCALE)))
                tri.setdefault((ib, ia), []).append((ic, q))
    keys = sorted(set(tri) | set(hist_bo))
    h1start, h2, hbo, tstart = array.array("I", [0]), array.array("H"), array.array("h"), array.array("I", [0])
    tnext, tlp = array.array("H"), array.array("B")
    k = 0
    for w1 in range(len(words)):
        while k < len(keys) and keys[k][0] == w1:
            key = keys[k]
            h2.append(key[1])
            hbo.append(max(-32000, min(32000, round(hist_bo.get(key, 0.0) * 1000))))
            for j, q in sorted(tri.get(key, ())):
                tnext.append(j)
                tlp.append(q)
            tstart.append(len(tnext))
            k += 1
        h1start.append(len(h2))
    write_packed(out, f"{len(h2)} histories, {len(tnext)} trigrams kept, {dropped} dropped",
                 h1start=h1start, h2=h2, hbo=hbo, tstart=tstart, tnext=tnext, tlp=tlp)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--arpa-only", help="only convert the pocketsphinx LM to this ARPA path")
    ap.add_argument("--arpa", default="/tmp/en-us.arpa")
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--trigrams", metavar="FULL_ARPA",
                    help="write lm3.bin from this full ARPA dump (scripts/dump_sphinx_trie.py) over lm.bin's vocabulary")
    args = ap.parse_args()
    if args.trigrams:
        build_trigrams(args.trigrams, args.out, TRI_OUT)
        return
    if args.arpa_only:
        write_arpa(args.arpa_only)
        return
    build(args.arpa, args.out)


if __name__ == "__main__":
    main()
