"""Choose and measure the word pairs of typo.confused, the trigram model's reading of commonly
confused words ("left there books" -> their, "read you email" -> your).

`confused.verdict` flags a typed word w when the trigram model prefers a listed partner x on both
sides: the left side, log P(x | p2 p1) - log P(w | p2 p1), at least confused.LEFT_MIN, and the right
side (the next word after "p1 x", and the one after "x n1") at least confused.RIGHT_MIN. Which pairs
are listed is decided here, on documentation prose: the Sphinx sources Debian ships under
/usr/share/doc/*/html/_sources (the same sources as scripts/calibrate_typo_realword.py; PSF and BSD
licences), cut into paragraphs at blank lines, code in backticks blanked as the plain front end
blanks it. For every candidate pair (typed w, meant x) of CANDIDATES:

* every use of w is a false flag when the rule would flag it (real slips of the documentation
  count as false too, so the figure is an upper bound);
* every use of x, as if it had been typed as w, is a slip found when the rule would flag it.

A pair is listed when w has at least MIN_USES uses, at most one false flag per FALSE_PER uses and
at most FALSE_PER_MILLION per million words of the prose (a very frequent word, "and", can pass
the first and still cry wolf in every long text), and at least MIN_SLIPS uses of x of which at
least MIN_FOUND are found. `--write` writes the listed
pairs, with their figures, to src/cleantext/data/typo/confused_pairs.tsv. It never reads
../shared/eval.

    python scripts/calibrate_typo_confused.py [--write] [--show 5]
"""
from __future__ import annotations

import argparse
import collections
import glob
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))

from cleantext.checks.typo import confused  # noqa: E402
from cleantext.checks.typo import context as C  # noqa: E402
from cleantext.checks.typo.spans import trigram_window  # noqa: E402
from cleantext.document import Document  # noqa: E402
from cleantext.markup import plain  # noqa: E402

SOURCES = "/usr/share/doc/*/html/_sources"
OUT = os.path.join(os.path.dirname(__file__), "..", "src", "cleantext", "data", "typo", "confused_pairs.tsv")
MIN_USES = 1000
FALSE_PER = 1000
FALSE_PER_MILLION = 2.0
MIN_SLIPS = 20
MIN_FOUND = 0.2
GRID = ((-0.5, 1.0), (-0.25, 0.75), (-0.25, 1.0), (-0.25, 1.5), (0.0, 1.0), (0.5, 1.0))

# Commonly confused pairs, typed -> meant: homophones, one-letter slips between function words,
# and words a spell checker's users mix up. Possessives typed as contractions are typo.homophone's.
CANDIDATES = """
there:their their:there there:they're their:they're they're:there your:you're you:your your:you
to:too too:to of:off off:of from:form form:from is:his his:is it:is is:it its:is is:its
no:know know:no now:know know:now new:knew knew:new how:who who:how that:than than:that
then:than than:then then:them them:then are:our our:are a:as as:a as:has has:as be:by by:be
by:buy buy:by right:write write:right want:went went:want whether:weather weather:whether
quite:quiet quiet:quite passed:past past:passed lead:led led:lead through:threw threw:through
though:through through:though though:thought thought:though here:hear hear:here one:won won:one
in:on on:in if:of or:our our:or or:of of:or an:and and:an the:they they:the were:where
where:were were:we're we're:were we:were were:we he:the the:he this:these these:this thing:think
think:thing for:from from:for lose:loose loose:lose loss:lose affect:effect effect:affect
accept:except except:accept advice:advise advise:advice chose:choose choose:chose breath:breathe
breathe:breath every:very very:every what:want want:what with:which which:with
""".split()


def _paragraphs(paths: list[str]):
    watch = re.compile(r"\b(%s)\b" % "|".join(sorted({re.escape(w) for p in CANDIDATES for w in p.split(":")})),
                       re.I)
    for path in paths:
        text = open(path, encoding="utf-8", errors="replace").read()
        for para in re.split(r"\n\s*\n", text):
            if watch.search(para):
                yield plain.load(re.sub(r"\s+", " ", para.replace("\u2019", "'")))[0]


def measure(paths: list[str]):
    """Per pair: uses of the typed word, and the (left, right) sides of each use; the same for the
    meant word's uses as if typed."""
    pairs = [tuple(p.split(":")) for p in CANDIDATES]
    as_typed = collections.defaultdict(list)
    as_meant = collections.defaultdict(list)
    for w, x in pairs:
        as_typed[w].append(x)
        as_meant[x].append(w)
    ids = C.lm().ids
    false: dict[tuple[str, str], list] = collections.defaultdict(list)
    slips: dict[tuple[str, str], list] = collections.defaultdict(list)
    words = 0
    for para in _paragraphs(paths):
        doc = Document(para)
        words += sum(t.kind == "word" for t in doc.tokens)
        for t in doc.tokens:
            low = t.lower
            if t.kind != "word" or low not in as_typed and low not in as_meant or not confused.plain_case(doc, t):
                continue
            window = trigram_window(doc, t, ids)
            if window is None or window[2] == C.EOS:
                continue
            for x in as_typed.get(low, ()):
                false[(low, x)].append((*confused.sides(low, x, window, lazy=False), para[max(0, t.start - 40):t.end + 30]))
            for w in as_meant.get(low, ()):
                slips[(w, low)].append(confused.sides(w, low, window, lazy=False))
    return pairs, false, slips, words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true", help="write the listed pairs to " + OUT)
    ap.add_argument("--show", type=int, default=0, help="false flags to show per listed pair")
    args = ap.parse_args()
    paths = sorted({os.path.realpath(p) for p in glob.glob(SOURCES + "/**/*.rst.txt", recursive=True)})
    if not paths:
        sys.exit(f"no documentation sources under {SOURCES} (apt-get install python3-doc python-pandas-doc ...)")
    pairs, false, slips, words = measure(paths)
    lo, ro = confused.LEFT_MIN, confused.RIGHT_MIN

    def hit(s):
        return s[0] >= lo and s[1] >= ro

    listed = []
    print(f"thresholds: left >= {lo}, right >= {ro}")
    print("typed -> meant       uses  false   slips  found  listed")
    for w, x in pairs:
        u = false[(w, x)]
        s = slips[(w, x)]
        ff = sum(map(hit, u))
        found = sum(map(hit, s)) / len(s) if s else 0.0
        ok = len(u) >= MIN_USES and ff * FALSE_PER <= len(u) and ff <= FALSE_PER_MILLION * words / 1e6 \
            and len(s) >= MIN_SLIPS and found >= MIN_FOUND
        print(f"{w:>8} -> {x:<8} {len(u):6d} {ff:6d} {len(s):7d}  {found:.3f}  {'yes' if ok else ''}")
        if ok:
            listed.append((w, x, len(u), ff, len(s), found))
    print(f"\nlisted pairs: {len(listed)}; over them and the {words:,} words of the prose, by thresholds:")
    print("  left  right  false flags / uses   per 1k words   slips found")
    for gl, gr in GRID:
        ff = sum(sum(a >= gl and b >= gr for a, b, _ in false[(w, x)]) for w, x, *_ in listed)
        uses = sum(len(false[(w, x)]) for w, x, *_ in listed)
        fd = sum(sum(a >= gl and b >= gr for a, b in slips[(w, x)]) for w, x, *_ in listed)
        n = sum(len(slips[(w, x)]) for w, x, *_ in listed)
        print(f" {gl:5.2f}  {gr:5.2f}  {ff:5d} / {uses:7d}    {1000 * ff / max(1, words):11.3f}   {fd / max(1, n):.3f}")
    if args.show:
        for w, x, *_ in listed:
            for a, b, ctx in [r for r in false[(w, x)] if hit(r)][:args.show]:
                print(f"  {w}->{x} {a:+.2f} {b:+.2f} {ctx!r}")
    if args.write:
        with open(OUT, "w", encoding="utf-8") as fh:
            fh.write("# typo.confused: typed word, the word meant, and their measurement by\n"
                     "# scripts/calibrate_typo_confused.py on documentation prose (uses of the typed word,\n"
                     f"# false flags among them, uses of the meant word, share of those found) at left >= {lo},\n"
                     f"# right >= {ro}. Generated: edit the script, not this file.\n")
            fh.write("typed\tmeant\tuses\tfalse\tslips\tfound\n")
            for w, x, u, ff, n, found in listed:
                fh.write(f"{w}\t{x}\t{u}\t{ff}\t{n}\t{found:.3f}\n")
        print(f"wrote {len(listed)} pairs to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
