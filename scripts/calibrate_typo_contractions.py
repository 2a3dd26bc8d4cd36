"""Calibrate typo.homophone's language-model reading of contractions as possessives.

`homophones._model_possessive` flags "it's", "you're", "they're" or "who's" when the trigram model
prefers the possessive ("its", "your", "their", "whose") on both sides by homophones.MODEL_MARGIN
(`context.tri_margin`, the weaker side). This script measures that margin on documentation prose,
the Sphinx sources Debian ships under /usr/share/doc/*/html/_sources (the same sources as
scripts/calibrate_typo_realword.py; PSF and BSD licences), cut into paragraphs at blank lines:

* every contraction in use: a margin at or above the threshold is a false flag;
* every possessive, as if it had been typed as its contraction: a margin at or above the threshold
  is a slip found.

It prints, per threshold, the false flags and the share of slips found, then the contractions in
use with the highest margins (read them: some are real slips of the documentation). It never reads
../shared/eval.

    python scripts/calibrate_typo_contractions.py [--top 30]
"""
from __future__ import annotations

import argparse
import glob
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))

from cleantext.checks.typo import context as C  # noqa: E402
from cleantext.checks.typo.homophones import _POSSESSIVE, MODEL_MARGIN  # noqa: E402
from cleantext.checks.typo.spans import trigram_window  # noqa: E402
from cleantext.document import Document  # noqa: E402

SOURCES = "/usr/share/doc/*/html/_sources"
THRESHOLDS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5)
_CONTRACTION = {v: k for k, v in _POSSESSIVE.items()}
_WATCH = re.compile(r"\b(it's|you're|they're|who's|its|your|their|whose)\b", re.I)


def margins(paths: list[str]) -> tuple[list[tuple[float, str]], list[float]]:
    """(margins of the contractions in use with their context, margins of the possessives typed
    as contractions)."""
    ids = C.lm().ids
    in_use: list[tuple[float, str]] = []
    swapped: list[float] = []
    for path in paths:
        text = open(path, encoding="utf-8", errors="replace").read()
        for para in re.split(r"\n\s*\n", text):
            if not _WATCH.search(para):
                continue
            para = re.sub(r"\s+", " ", para.replace("\u2019", "'"))
            doc = Document(para)
            for t in doc.tokens:
                if t.lower in _POSSESSIVE:
                    typed, best = t.lower, _POSSESSIVE[t.lower]
                elif t.lower in _CONTRACTION:
                    typed, best = _CONTRACTION[t.lower], t.lower
                else:
                    continue
                window = trigram_window(doc, t, ids)
                if window is None or window[2] == C.EOS:
                    continue
                m = C.tri_margin(typed, best, 0.0, *window)
                if typed == t.lower:
                    in_use.append((m, para[max(0, t.start - 50):t.end + 40]))
                else:
                    swapped.append(m)
    return in_use, swapped


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--top", type=int, default=30, help="contractions in use to show, highest margin first")
    args = ap.parse_args()
    paths = sorted({os.path.realpath(p) for p in glob.glob(SOURCES + "/**/*.rst.txt", recursive=True)})
    if not paths:
        sys.exit(f"no documentation sources under {SOURCES} (apt-get install python3-doc python-pandas-doc ...)")
    in_use, swapped = margins(paths)
    print(f"contractions in use: {len(in_use)}; possessives typed as contractions: {len(swapped)}")
    print("threshold  false flags  slips found")
    for th in THRESHOLDS:
        false = sum(m >= th for m, _ in in_use)
        found = sum(m >= th for m in swapped)
        mark = "  <- MODEL_MARGIN" if th == MODEL_MARGIN else ""
        print(f"{th:9.2f}  {false:11d}  {found / max(1, len(swapped)):11.3f}{mark}")
    for m, context in sorted(in_use, key=lambda r: -r[0])[:args.top]:
        print(f"{m:+.2f}  {context}")


if __name__ == "__main__":
    main()
