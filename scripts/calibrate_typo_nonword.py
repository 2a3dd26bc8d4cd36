"""Calibrate the in-context correction of typo.nonword on synthetic slips.

Clean prose: the same plain paragraphs of the documentation Debian ships as
scripts/calibrate_typo_realword.py (python3-doc, PSF licence; pandas, scikit-learn, statsmodels,
astropy, SymPy, scikit-image, SciPy docs, BSD licences; nothing of it is shipped). In each
paragraph up to --rounds random words (lower case, two letters or more, every word alike, so
function words are hit as often as they occur) get a slip: one edit, and a second one with
probability 0.3; an edit is a substitution (a keyboard neighbour or any letter, even odds), a
deletion, an insertion (a neighbour, any letter or a doubled letter) or a transposition. Slips that
make another listed word are dropped: they are the real-word model's. A slip the non-word rule
reports is then ranked by `context.rank_nonword` between the neighbours the check sees, and the
script prints how often the first candidate is the meant word, by the score gap to the second
candidate and by the edit cost of the first: the table nonword._GAP_CONFIDENCE is set from
(data/typo/README.md). It never reads ../shared/eval.

    python scripts/calibrate_typo_nonword.py [--paragraphs 0] [--rounds 2] [--seed 1] [--double 0.2]
"""
from __future__ import annotations

import argparse
import glob
import random
import sys

ROWS = "qwertyuiop", "asdfghjkl", "zxcvbnm"
LETTERS = "abcdefghijklmnopqrstuvwxyz"
_POS = {c: (r, i) for r, row in enumerate(ROWS) for i, c in enumerate(row)}


def _near(c: str, rng: random.Random) -> str:
    if c not in _POS:
        return rng.choice(LETTERS)
    r, i = _POS[c]
    keys = [ROWS[a][b] for a in (r - 1, r, r + 1) for b in (i - 1, i, i + 1)
            if 0 <= a < 3 and 0 <= b < len(ROWS[a]) and (a, b) != (r, i)]
    return rng.choice(keys)


def slip(w: str, rng: random.Random) -> str:
    op = rng.choice("sssddiit")
    i = rng.randrange(len(w))
    if op == "s":
        return w[:i] + (_near(w[i], rng) if rng.random() < 0.5 else rng.choice(LETTERS)) + w[i + 1:]
    if op == "d":
        return w[:i] + w[i + 1:]
    if op == "i":
        return w[:i] + rng.choice([_near(w[i], rng), rng.choice(LETTERS), w[i]]) + w[i:]
    return w[:i] + w[i + 1] + w[i] + w[i + 2:] if i + 1 < len(w) else w


GAPS = (0.0, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 99.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--paragraphs", type=int, default=0, help="use only this many (0: all)")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--double", type=float, default=0.2, help="share of slips with a second edit (Damerau 1964: about 80 %% of misspellings are one edit)")
    args = ap.parse_args()

    sys.path.insert(0, "scripts")
    import calibrate_typo_realword as R

    import cleantext
    from cleantext.checks.typo import candidates as K
    from cleantext.checks.typo.context import rank_nonword, uni
    from cleantext.checks.typo.lexicon import lexicon
    from cleantext.checks.typo.nonword import lead
    from cleantext.checks.typo.spans import model_beyond, model_neighbours
    from cleantext.document import Document

    rng = random.Random(args.seed)
    paths = sorted(glob.glob(R.SOURCES + "/**/*.rst.txt", recursive=True)) + sorted(glob.glob(R.HTML, recursive=True))
    paras = R.paragraphs(paths)
    rng.shuffle(paras)
    lex = lexicon()
    rows = []  # (gap, class, right)
    missed = 0
    for para in paras[:args.paragraphs or None]:
        toks = Document(para).tokens
        for _ in range(args.rounds):
            t = toks[rng.randrange(len(toks))]
            w = t.text
            if t.kind != "word" or not w.isalpha() or not w.islower() or len(w) < 2:
                continue
            x = slip(w, rng)
            if rng.random() < args.double:
                x = slip(x, rng)
            if x == w or len(x) < 2 or lex.known(x):
                continue
            text = para[:t.start] + x + para[t.end:]
            hit = [f for f in cleantext.check(text).findings if f.rule == "typo.nonword" and f.start == t.start]
            if not hit:
                missed += 1
                continue
            doc = Document(text)
            tok = next(u for u in doc.tokens if u.start == t.start)
            prev, nxt = model_neighbours(doc, tok)
            p2, n2 = model_beyond(doc, tok, prev, nxt)
            ranked = rank_nonword(x, prev, nxt, p2=p2, n2=n2)
            if not ranked:
                continue
            best, s1 = ranked[0]
            gap = lead(x, ranked) if len(ranked) > 1 else 99.0
            cost = 0.9 if " " in best else K.edit_cost(x, best)
            kind = ("cost <= 1.8" if cost <= 1.8 else "cost 1.8 .. 2.2" if cost <= 2.2 else "cost > 2.2") \
                + (", seen on the web" if uni(x) else "")
            rows.append((gap, kind, best == w))
    print(f"slips reported {len(rows)}, not reported {missed}; first candidate right "
          f"{sum(r for _, _, r in rows) / len(rows):.3f}")
    print("| class (edit cost of the first candidate) | gap | slips | first right |")
    print("|---|---|---|---|")
    for kind in sorted({k for _, k, _ in rows}):
        for lo, hi in zip(GAPS, GAPS[1:]):
            band = [r for g, k, r in rows if k == kind and lo <= g < hi]
            if band:
                print(f"| {kind} | {lo:g} .. {hi:g} | {len(band)} | {sum(band) / len(band):.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
