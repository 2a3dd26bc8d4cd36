#!/usr/bin/env python3
"""Dump a CMU Sphinx / pocketsphinx binary "Trie Language Model" (.lm.bin)
as an ARPA text file with log10 probabilities and backoff weights.

Usage:  trie_dump.py MODEL.lm.bin OUT.arpa [--keep-dummies] [--logbase 1.0001]

File layout (pocketsphinx-5.1.1 src/lm/ngram_model_trie.c, lm_trie.c,
lm_trie_quant.c, bitarr.c; everything little-endian, SWAP_LM_TRIE is only
set on big-endian hosts, i.e. the file is canonically little-endian):

  "Trie Language Model"              19 bytes, no NUL
  uint8  order
  uint32 counts[order]               counts of entries *in the trie*
                                     (include dummy n-grams, see below)
  int32  dummy (=1, old quant type)  } lm_trie_quant_read_bin
  float32 values[(order-2)*2*65536 + 65536]   quantisation tables:
        for each middle order: 65536 prob centres, 65536 backoff centres;
        then 65536 prob centres for the longest order
  unigram_t[counts[0]+1]             {float32 prob, float32 bo, uint32 next}
                                     (last one is a sentinel for next)
  ngram_mem                          bit-packed middle arrays (orders 2..N-1)
                                     followed by the longest array (order N)
  int32 k; k bytes of NUL-terminated word strings (word id order)

Trie is keyed in *reverse* word order: unigram w -> middle entry keyed by the
most recent history word h1 -> longest entry keyed by h2. The middle entry on
path (w, h1) stores P(w | h1) and bo(h1 w) (ARPA bigram "h1 w"); the longest
entry on path (w, h1, h2) stores P(w | h2 h1) (ARPA trigram "h2 h1 w").

Middle entry bits: [word: required_bits(counts[0])]
                   [quant: 32 bits = bo index (low 16) | prob index (high 16)]
                   [next:  required_bits(counts[i+1])]
Longest entry bits: [word][prob index: 16 bits]
Bit fields are read as little-endian words starting at byte offset>>3,
shifted right by offset&7 (bitarr_read_int25/int57).

All stored values (unigram floats and quantiser centres) are in logmath
"log float" units of the logmath object used when the binary was created
(log base 1.0001 by default, shift 0): log10 = value * log10(base),
exactly as logmath_log_float_to_log10() in the ARPA writer.

Dummy n-grams: when a higher-order n-gram exists whose (reversed) prefix
path is missing, recursive_insert() inserts a "dummy" middle entry with
prob = parent_prob + unigram[word].bo (i.e. the back-off estimate, quantised)
and backoff 0.0. The header counts include them (lm_trie_fix_counts).
By default we detect and drop them: an entry is a dummy iff it has children,
its backoff index equals encode(0.0) and its prob index equals
encode(parent_prob + unigram_bo(word)) computed with the same float32
arithmetic and bins_encode() rounding as the writer. --keep-dummies keeps
them (their prob is the quantised back-off estimate, so keeping them only
changes scores by the quantisation error - except that estimates below the
lowest prob bin are clamped to it by bins_encode).

Header counts vs. real entries: lm_trie_fix_counts() (used for the header
counts and the memory layout) can count more dummies than recursive_insert()
actually inserts. recursive_insert() compares a new trigram (w', h1, h2) with
a stale words[1] left over from the previous unigram; if w' has no bigram yet
and the stale h1 happens to be equal, no dummy is inserted and the trigram is
appended under the previous unigram's last middle entry (w, h1) - i.e. it is
stored as "h2 h1 w" instead of "h2 h1 w'". en-us.lm.bin has 6 such cases
(bigram header count 2051547, real entries 2051541 = unigram sentinel next;
the unused slots are zero). This is also why pocketsphinx's own ARPA writer
crashes at the end of the bigrams (it iterates over the header count).
We use the real entry counts, write what the trie contains (so the dump
scores like pocketsphinx does), and warn about siblings that are out of
word-id order (the detectable mis-attached entries).
"""
import argparse
import math
import sys
import time

import numpy as np

HDR = b"Trie Language Model"
QBITS = 16  # prob_bits == bo_bits == 16


def required_bits(v):
    return int(v).bit_length()  # bitarr_required_bits (0 -> 0)


def base_size(entries, max_vocab, remaining_bits):
    total = required_bits(max_vocab) + remaining_bits
    return ((1 + entries) * total + 7) // 8 + 8


class BitReader:
    """Vectorised bitarr_read_int57 over a byte buffer."""

    def __init__(self, buf):
        # pad so that 8-byte reads at the end never run off the buffer
        self.mem = np.frombuffer(bytes(buf) + b"\0" * 16, dtype=np.uint8)
        n = len(self.mem) - 8
        # unaligned uint64 view at every byte offset
        self.u64 = np.ndarray(shape=(n,), dtype="<u8", buffer=self.mem,
                              offset=0, strides=(1,))

    def read(self, bit_offsets, nbits):
        bit_offsets = np.asarray(bit_offsets, dtype=np.int64)
        v = self.u64[bit_offsets >> 3]
        v = v >> (bit_offsets & 7).astype(np.uint64)
        return (v & np.uint64((1 << nbits) - 1)).astype(np.int64)


def bins_encode(bins, values):
    """Vectorised bins_encode() from lm_trie_quant.c (float32)."""
    values = np.asarray(values, dtype=np.float32)
    n = len(bins)
    above = np.searchsorted(bins, values, side="left")  # lower_bound
    out = np.empty(len(values), dtype=np.int64)
    lo = above == 0
    hi = above == n
    mid = ~(lo | hi)
    out[lo] = 0
    out[hi] = n - 1
    a = above[mid]
    v = values[mid]
    prev = bins[a - 1]
    cur = bins[a]
    out[mid] = a - ((v - prev) < (cur - v)).astype(np.int64)
    return out


def read_model(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:len(HDR)] != HDR:
        raise SystemExit("not a Trie Language Model file")
    pos = len(HDR)
    order = data[pos]
    pos += 1
    counts = list(np.frombuffer(data, "<u4", order, pos).astype(np.int64))
    pos += 4 * order
    if order < 2:
        raise SystemExit("order-1 models not supported")
    pos += 4  # dummy int (quantisation type)
    nvalues = (order - 2) * 2 * (1 << QBITS) + (1 << QBITS)
    qvals = np.frombuffer(data, "<f4", nvalues, pos).copy()
    pos += 4 * nvalues
    tables = []  # per middle order: (prob_bins, bo_bins)
    q = 0
    for _ in range(order - 2):
        pb = qvals[q:q + (1 << QBITS)]
        q += 1 << QBITS
        bb = qvals[q:q + (1 << QBITS)]
        q += 1 << QBITS
        tables.append((pb, bb))
    longest_bins = qvals[q:q + (1 << QBITS)]

    ug = np.frombuffer(data, np.dtype([("prob", "<f4"), ("bo", "<f4"),
                                       ("next", "<u4")]), counts[0] + 1, pos)
    pos += 12 * (counts[0] + 1)

    # ngram memory (lm_trie_alloc_ngram)
    msize = 32  # lm_trie_quant_msize
    lsize = 16  # lm_trie_quant_lsize
    sizes = []
    for i in range(1, order - 1):
        sizes.append(base_size(counts[i], counts[0],
                               msize + required_bits(counts[i + 1])))
    sizes.append(base_size(counts[order - 1], counts[0], lsize))
    mem_size = sum(sizes)
    mem = data[pos:pos + mem_size]
    pos += mem_size

    k = int(np.frombuffer(data, "<i4", 1, pos)[0])
    pos += 4
    words = data[pos:pos + k].split(b"\0")
    if words and words[-1] == b"":
        words.pop()
    pos += k
    if len(words) != counts[0]:
        raise SystemExit("word count mismatch %d != %d" % (len(words), counts[0]))
    if pos != len(data):
        print("warning: %d trailing bytes" % (len(data) - pos), file=sys.stderr)
    words = [w.decode("utf-8", "surrogateescape") for w in words]
    return dict(order=order, counts=counts, tables=tables,
                longest_bins=longest_bins, ug=ug, mem=mem, sizes=sizes,
                words=words)


def decode_trie(m, keep_dummies=False):
    """Return per-order arrays: list of dicts with 'ids' (n, k) in ARPA order
    (oldest word first), 'prob', 'bo' (log-float units), 'dummy' mask."""
    order, counts, ug = m["order"], m["counts"], m["ug"]
    br = BitReader(m["mem"])
    word_bits = required_bits(counts[0])
    word_mask_bits = word_bits

    levels = []
    # level 1
    uprob = ug["prob"][:counts[0]].astype(np.float32)
    ubo = ug["bo"][:counts[0]].astype(np.float32)
    unext = ug["next"].astype(np.int64)
    levels.append(dict(path=np.arange(counts[0], dtype=np.int64)[:, None],
                       prob=uprob, bo=ubo))

    parent_next = unext  # begin/end pointers of parent level, length n+1
    parent_path = levels[0]["path"]
    parent_prob = uprob
    base_bit = 0
    for lvl in range(2, order + 1):
        # The header count (lm_trie_fix_counts) may over-estimate the number of
        # entries actually inserted (en-us.lm.bin: 6 unused bigram slots); the
        # memory layout uses the header count, but the real number of entries
        # is the parent's sentinel next pointer.
        n = int(parent_next[-1])
        if n != counts[lvl - 1]:
            print("note: order %d header count %d, entries actually in trie %d"
                  % (lvl, counts[lvl - 1], n), file=sys.stderr)
        if parent_next[0] != 0 or n > counts[lvl - 1] or np.any(np.diff(parent_next) < 0):
            raise SystemExit("bad next pointers into order %d (first %d last %d n %d)"
                             % (lvl, parent_next[0], parent_next[-1], n))
        nchild = np.diff(parent_next)
        parent_idx = np.repeat(np.arange(len(nchild), dtype=np.int64), nchild)
        idx = np.arange(n + 1, dtype=np.int64)
        if lvl < order:
            next_bits = required_bits(counts[lvl])
            total = word_bits + 32 + next_bits
            off = base_bit + idx * total
            w = br.read(off[:n], word_mask_bits)
            q = br.read(off[:n] + word_bits, 32)
            bo_idx = q & 0xFFFF
            prob_idx = q >> 16
            nxt = br.read(off + word_bits + 32, next_bits)
            pb, bb = m["tables"][lvl - 2]
            prob = pb[prob_idx]
            bo = bb[bo_idx]
            # dummy detection (recursive_insert): prob = parent prob + unigram bo
            # of the new (older) word, bo = 0.0, and the entry has children.
            est = (parent_prob[parent_idx].astype(np.float32)
                   + ubo[w].astype(np.float32)).astype(np.float32)
            has_child = np.diff(nxt) > 0
            dummy = (has_child
                     & (bo_idx == bins_encode(bb, np.zeros(1, np.float32))[0])
                     & (prob_idx == bins_encode(pb, est)))
            # raw (unquantised) prob is what the writer used for deeper dummies;
            # we only have the quantised value, fine for order 3.
            cur_prob = prob
            base_bit += m["sizes"][lvl - 2] * 8
        else:
            total = word_bits + 16
            off = base_bit + idx[:n] * total
            w = br.read(off, word_mask_bits)
            prob_idx = br.read(off + word_bits, 16)
            prob = m["longest_bins"][prob_idx]
            bo = None
            dummy = np.zeros(n, dtype=bool)
            nxt = None
            cur_prob = prob
        path = np.concatenate([parent_path[parent_idx], w[:, None]], axis=1)
        levels.append(dict(path=path, prob=prob, bo=bo, dummy=dummy))
        parent_next, parent_path, parent_prob = nxt, path, cur_prob
    return levels


def write_arpa(m, levels, out, logbase=1.0001, keep_dummies=False, fmt="%.6f"):
    scale = math.log10(logbase)
    words = m["words"]
    order = m["order"]
    stats = {}
    sel = []
    for lvl in range(1, order + 1):
        L = levels[lvl - 1]
        n = len(L["prob"])
        keep = np.ones(n, bool) if (keep_dummies or "dummy" not in L) else ~L["dummy"]
        ids = L["path"][keep][:, ::-1]  # ARPA order: oldest word first
        # sort in ARPA (forward word-id) order
        ordr = np.lexsort(ids.T[::-1]) if lvl > 1 else np.arange(len(ids))
        sel.append((ids[ordr], keep, ordr))
        stats[lvl] = (n, int(L["dummy"].sum()) if "dummy" in L else 0, int(keep.sum()))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\\data\\\n")
        for lvl in range(1, order + 1):
            f.write("ngram %d=%d\n" % (lvl, len(sel[lvl - 1][0])))
        for lvl in range(1, order + 1):
            L = levels[lvl - 1]
            ids, keep, ordr = sel[lvl - 1]
            p = (L["prob"][keep][ordr].astype(np.float64) * scale)
            p = np.round(p, 6) + 0.0  # avoid "-0.000000"
            f.write("\n\\%d-grams:\n" % lvl)
            pstr = [fmt % x for x in p.tolist()]
            if lvl == 1:
                keys = [words[i] for i in ids[:, 0].tolist()]
            else:
                cols = [[words[i] for i in ids[:, c].tolist()] for c in range(lvl)]
                keys = [" ".join(t) for t in zip(*cols)]
            if lvl < order:
                b = np.round(L["bo"][keep][ordr].astype(np.float64) * scale, 6) + 0.0
                bstr = [fmt % x for x in b.tolist()]
                f.writelines("%s\t%s\t%s\n" % t for t in zip(pstr, keys, bstr))
            else:
                f.writelines("%s\t%s\n" % t for t in zip(pstr, keys))
        f.write("\n\\end\\\n")
    return stats


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model")
    ap.add_argument("out")
    ap.add_argument("--keep-dummies", action="store_true",
                    help="also write the dummy n-grams inserted by the trie builder")
    ap.add_argument("--logbase", type=float, default=1.0001,
                    help="logmath base the binary was built with (default 1.0001)")
    ap.add_argument("--dummies-out", metavar="FILE",
                    help="write the detected dummy entries (quantised prob, words, bo) here")
    a = ap.parse_args()
    t0 = time.time()
    m = read_model(a.model)
    t1 = time.time()
    levels = decode_trie(m, a.keep_dummies)
    # sanity: siblings must be strictly increasing in word id (uniform_find
    # relies on it). Violations are artefacts of a pocketsphinx builder bug
    # (see README notes in the docstring); report them.
    for lvl in range(2, m["order"] + 1):
        p = levels[lvl - 1]["path"]
        same = np.all(p[1:, :-1] == p[:-1, :-1], axis=1)
        bad = np.where(same & (p[1:, -1] <= p[:-1, -1]))[0] + 1
        for b in bad:
            print("warning: order-%d entry #%d '%s' out of order after '%s' "
                  "(mis-attached n-gram from the trie builder bug; kept)"
                  % (lvl, b, " ".join(m["words"][i] for i in p[b][::-1]),
                     " ".join(m["words"][i] for i in p[b - 1][::-1])), file=sys.stderr)
    if a.dummies_out:
        scale = math.log10(a.logbase)
        with open(a.dummies_out, "w", encoding="utf-8") as f:
            for lvl in range(2, m["order"]):
                L = levels[lvl - 1]
                for i in np.where(L["dummy"])[0].tolist():
                    f.write("%.6f\t%s\t%.6f\n" % (
                        L["prob"][i] * scale,
                        " ".join(m["words"][j] for j in L["path"][i][::-1]),
                        L["bo"][i] * scale))
    t2 = time.time()
    stats = write_arpa(m, levels, a.out, a.logbase, a.keep_dummies)
    t3 = time.time()
    for lvl, (n, nd, kept) in stats.items():
        print("order %d: %d entries in trie, %d detected dummies (%s), %d written"
              % (lvl, n, nd, "kept" if a.keep_dummies else "dropped", kept))
    print("time: read %.1fs decode %.1fs write %.1fs total %.1fs"
          % (t1 - t0, t2 - t1, t3 - t2, t3 - t0))


if __name__ == "__main__":
    main()
