"""Calibrate the language-model pass of typo.realword on synthetic errors.

Clean prose: the Sphinx sources of the documentation Debian ships under
/usr/share/doc/*/html/_sources (python3-doc, PSF licence; python-pandas-doc, python-sklearn-doc,
python-statsmodels-doc, python-astropy-doc, python-sympy-doc, python-skimage-doc, BSD licences),
the <p> paragraphs of python-scipy-doc (BSD) and any text files given with --text, cut into
paragraphs of plain sentences, each kept once (apt-get install python3-doc python-pandas-doc ...).
Each paragraph is checked as written (every verdict of the model is then a false flag: the text is
edited prose) and --rounds times with one error injected at a random word between two plain words:

* a confusion-set member (then/than, affect/effect) for SET_SHARE of the words that have one;
* for a word of SHORT letters or fewer, a uniformly random one-edit string: mostly a token the model
  does not know ("of" -> "mf"), sometimes another real word;
* otherwise a random common real word one edit away that the model knows.

Slips the non-word or case rule reports are not counted: the model never sees them. The model runs
with a very low margin so that every verdict and its margin is seen; a verdict at the injected word
that restores it is right, one with another word is a wrong word, any other is false. The script
prints tables per evidence class and margin band, and the pooled bands that realword._CONFIDENCE
is set from: precision at one error per --density words, one more false verdict in the clean text
added to each band. It never reads ../shared/eval. Results: src/cleantext/data/typo/README.md.

    python scripts/calibrate_typo_realword.py --rounds 8 [--seed 1] [--density 200] [--text FILE ...]

With --rare-short it calibrates `typo.rareshort` instead: a frequent word becomes a rare short model
word within two edits ("the" -> "le"), and the table is by evidence and by the lead over the next
frequent word (rareshort._CONFIDENCE; run with --low 0). With --sets it calibrates the confusion-set
pass: a word with a confusion set becomes another member (then -> than), and the table is by how
far the margin passes the one the pass needs (realword.set_confidence). With --meaning it calibrates
`typo.meaning`: a content word becomes a common word one edit away or a confusion-set member, and
the table is by the pass's score (meaning._CONFIDENCE; run with --low -1; --weight and --min-gain
try other constants).
"""
from __future__ import annotations

import argparse
import glob
import html
import os
import random
import re
import sys

# Sphinx sources of documentation Debian ships: Python (python3-doc, PSF licence), pandas,
# scikit-learn, statsmodels, astropy, SymPy, scikit-image (python-*-doc, BSD licences).
SOURCES = "/usr/share/doc/*/html/_sources"
_SENT = re.compile(r"(?<=[a-z][.!?])\s+(?=[A-Z])")
_PLAIN = re.compile(r"^[A-Z][A-Za-z ,;'()-]*[a-z][.!?]$")


# Rendered pages of documentation shipped without Sphinx sources: SciPy (python-scipy-doc, BSD).
HTML = "/usr/share/doc/python-scipy-doc/**/*.html"
_P = re.compile(r"<p>(.*?)</p>", re.S)
_TAG = re.compile(r"<[^>]+>")


def _html_blocks(text: str) -> list[str]:
    """The plain paragraphs of a rendered page; one with code, maths or a literal is dropped."""
    out = []
    for m in _P.finditer(text):
        body = m.group(1)
        if "<code" in body or 'class="pre"' in body or "math" in body or "<img" in body:
            continue
        out.append(" ".join(html.unescape(_TAG.sub("", body)).split()))
    return out


def paragraphs(paths: list[str]) -> list[str]:
    """Paragraphs made of plain sentences only: a sentence with markup (a role such as :func:`x`,
    a literal, a link) is dropped whole, since a checker would see its code as blanked, not as prose."""
    out, seen = [], set()
    for path in sorted({os.path.realpath(p) for p in paths}):  # the docs are linked under several names
        try:
            text = open(path, encoding="utf-8").read()
        except (OSError, UnicodeDecodeError):
            continue
        blocks = _html_blocks(text) if path.endswith(".html") else re.split(r"\n\s*\n", text)
        for block in blocks:
            lines = block.split("\n")
            if any(line.startswith((" ", "\t", "..", "=", "-", "*", "#", "|", "+", ">")) for line in lines):
                continue
            para = " ".join(line.strip() for line in lines)
            sents = [s for s in _SENT.split(para) if _PLAIN.match(s) and len(s.split()) >= 6
                     and "`" not in s and "_" not in s]
            para = " ".join(sents)
            if sents and para not in seen:
                seen.add(para)
                out.append(para)
    return out


SET_SHARE = 0.7  # confusion-set swaps are a class of their own: sample them often enough to measure
SHORT = 4  # words this short are what the model judges against tokens it does not know; the
           # non-word rule takes the slips the lexicon does not list first, as in a real check


def corrupt(doc, rng: random.Random):
    """(corrupted text, start, typed word, meant word) or None when no word can be swapped."""
    from cleantext.checks.typo import context as C
    from cleantext.checks.typo.candidates import edits1
    from cleantext.checks.typo.lexicon import lexicon
    from cleantext.checks.typo.realword import confusion_sets

    toks = doc.tokens
    common, model, sets = lexicon().common, C.lm(), confusion_sets()
    slots = []
    for i in range(1, len(toks) - 1):
        t, p, q = toks[i], toks[i - 1], toks[i + 1]
        if t.kind == "word" and t.text.isalpha() and t.text.islower() and p.kind == "word" \
                and p.text.isalpha() and (q.kind == "word" and q.text.isalpha() or q.text in ".!?"):
            slots.append(t)
    rng.shuffle(slots)
    for t in slots:
        w = t.text
        own = [x for x in sets.get(w, ()) if "'" not in x]
        if own and rng.random() < SET_SHARE:
            x = rng.choice(own)
        elif len(w) <= SHORT:
            # a slip on a short word, uniformly among its one-edit strings: mostly a token the
            # model does not know ("of" -> "mf"), sometimes another real word ("of" -> "or")
            x = rng.choice(sorted(e for e in edits1(w) if len(e) > 1 and e != w))
            if x in model and x not in common:
                continue
        else:
            near = sorted(x for x in edits1(w) if x != w and x in common and x in model)
            if not near:
                continue
            x = rng.choice(near)
        return doc.text[:t.start] + x + doc.text[t.end:], t.start, x, w
    return None


def rare_neighbours() -> dict[str, list[str]]:
    """For each of the most frequent words, the rare short model words within two edits: the slips
    `typo.rareshort` looks for ("the" -> "le")."""
    from rapidfuzz.distance import OSA

    from cleantext.checks.typo import context as C
    from cleantext.checks.typo import rareshort

    model = C.lm()
    rare = [w for w in model.ids if 2 <= len(w) <= rareshort.MAX_LEN and w.isalpha() and w.isascii()
            and w.islower() and rareshort._rare(w)]
    out = {}
    for x in C._frequent():
        near = sorted(w for w in rare if w != x and abs(len(w) - len(x)) <= 2 and OSA.distance(w, x) <= 2)
        if near:
            out[x] = near
    return out


def _swap_between_words(doc, rng: random.Random, choices: dict[str, list[str]]):
    """A word listed in `choices`, with a plain word before it and a plain word or a sentence end
    after it, replaced by one of its choices: (new text, offset, new word, old word), or None."""
    toks = doc.tokens
    slots = [t for i, t in enumerate(toks[1:-1], 1) if t.kind == "word" and t.text in choices
             and toks[i - 1].kind == "word" and toks[i - 1].text.isalpha()
             and (toks[i + 1].kind == "word" and toks[i + 1].text.isalpha() or toks[i + 1].text in ".!?")]
    if not slots:
        return None
    t = rng.choice(slots)
    x = rng.choice(choices[t.text])
    return doc.text[:t.start] + x + doc.text[t.end:], t.start, x, t.text


def corrupt_rare(doc, rng: random.Random, near: dict[str, list[str]]):
    """Like `corrupt`, but a frequent word becomes a rare short real word within two edits."""
    return _swap_between_words(doc, rng, near)


def main_rare(args, paras, others) -> int:
    """--rare-short: the table of rareshort._CONFIDENCE."""
    from cleantext.checks.typo import rareshort
    from cleantext.document import Document

    near = rare_neighbours()
    rng = random.Random(args.seed)
    clean_words = injected = 0
    rows: list[tuple[float, str, str]] = []
    for para in paras:
        doc = Document(para)
        clean_words += sum(1 for t in doc.tokens if t.kind == "word")
        for _t, _best, m, lead, _second in rareshort.verdicts(doc, others(para), args.low):
            rows.append((m, "clean", lead))
        for _ in range(args.rounds):
            c = corrupt_rare(doc, rng, near)
            if c is None:
                break
            text, start, _typed, meant = c
            taken = others(text)
            if start in taken:
                continue
            injected += 1
            for t, best, m, lead, _second in rareshort.verdicts(Document(text), taken, args.low):
                rows.append((m, ("right" if best == meant else "wrong") if t.start == start else "false", lead))
    print(f"paragraphs {len(paras)}, clean words {clean_words}, injected errors {injected}")
    scale = (1.0 / args.density) / (injected / args.rounds / clean_words)
    print(f"confidence stated at one error per {args.density:g} words (odds x {scale:.3f})")
    print("| evidence | lead over the next word | verdicts | right | wrong word | false (corrupted) |"
          " false (clean) | confidence |")
    print("|---|---|---|---|---|---|---|---|")
    bands = (0.5, 2.0, 3.0, 99.0)
    leads = (0.0, 0.5, 1.0, 2.0, 99.0)
    for lo, hi in zip(bands, bands[1:]):
        for llo, lhi in zip(leads, leads[1:]):
            band = [o for m, o, ld in rows if lo <= m < hi and llo <= ld < lhi]
            r, wr, f, cl = (band.count(o) for o in ("right", "wrong", "false", "clean"))
            conf = r * scale / (r * scale + wr * scale + f + args.rounds)
            print(f"| {lo:g} .. {hi:g} | {llo:g} .. {lhi:g} | {r + wr + f} | {r} | {wr} | {f} | {cl} | {conf:.2f} |")
    return 0


def set_verdicts(doc):
    """(start, better word, excess margin, group) of every confusion-set verdict in `doc`, as the
    confusion-set pass of typo.realword reaches them (word spans, neighbours, capitals)."""
    from cleantext.checks.typo import _plain
    from cleantext.checks.typo import realword as R
    from cleantext.checks.typo.spans import word_spans

    sets = R.confusion_sets(sounds=True)
    for sp in word_spans(doc, _plain()):
        if sp.in_compound or sp.text[:1].isupper() and not sp.sentence_start:
            continue
        alts = sets.get(sp.lower)
        if alts is None:
            continue
        prev, nxt = R._context(doc, sp)
        if not prev and not nxt:
            continue
        v = R.set_verdict(sp.lower, alts, prev, nxt)
        if v is not None:
            yield (sp.start,) + v


def corrupt_set(doc, rng: random.Random):
    """A word with a confusion set, between plain words, becomes another member of its set."""
    from cleantext.checks.typo.realword import confusion_sets

    return _swap_between_words(doc, rng, confusion_sets(sounds=True))


def main_sets(args, paras) -> int:
    """--sets: the table of realword.set_confidence."""
    # the pass judges every set member, whatever the other rules report: no word is another's
    rows, injected, clean_words = collect(paras, args.rounds, random.Random(args.seed), corrupt_set,
                                          lambda _text: set(), lambda doc, _taken: set_verdicts(doc))
    print(f"paragraphs {len(paras)}, clean words {clean_words}, injected errors {injected}")
    scale = (1.0 / args.density) / (injected / args.rounds / clean_words)
    print(f"confidence stated at one error per {args.density:g} words (odds x {scale:.3f})")
    print("| group | margin beyond the one needed | verdicts | right | wrong word | false (corrupted) |"
          " false (clean) | confidence |")
    print("|---|---|---|---|---|---|---|---|")
    bands = (0.0, 0.5, 1.0, 2.0, 3.0, 99.0)
    for group in ("content", "function", "sound"):
        for lo, hi in zip(bands, bands[1:]):
            band = [o for m, o, g in rows if g == group and lo <= m < hi]
            r, wr, f, cl = (band.count(o) for o in ("right", "wrong", "false", "clean"))
            conf = r * scale / (r * scale + wr * scale + f + args.rounds)
            print(f"| {group} | {lo:g} .. {hi:g} | {r + wr + f} | {r} | {wr} | {f} | {cl} | {conf:.2f} |")
    return 0


def collect(paras, rounds: int, rng: random.Random, corrupt_fn, others, verdicts):
    """Run `verdicts(doc, taken)` (yielding (start, better word, score, kind)) over each clean
    paragraph and `rounds` copies corrupted by `corrupt_fn`; the words `others(text)` holds are
    another rule's. Returns (rows of (score, "right" | "wrong" | "false" | "clean", kind), injected
    errors, clean words)."""
    from cleantext.document import Document

    clean_words = injected = 0
    rows: list[tuple[float, str, str]] = []
    for para in paras:
        doc = Document(para)
        clean_words += sum(1 for t in doc.tokens if t.kind == "word")
        for _st, _best, m, kind in verdicts(doc, others(para)):
            rows.append((m, "clean", kind))
        for _ in range(rounds):
            c = corrupt_fn(doc, rng)
            if c is None:
                break
            text, start, _typed, meant = c
            taken = others(text)
            if start in taken:
                continue  # another rule reports it (a non-word, a case slip): not this pass's error
            injected += 1
            for st, best, m, kind in verdicts(Document(text), taken):
                rows.append((m, ("right" if best == meant else "wrong") if st == start else "false", kind))
    return rows, injected, clean_words


def corrupt_meaning(doc, rng: random.Random):
    """Like `corrupt`, for the words `typo.meaning` judges: a word of 3 letters or more between plain
    words (a frequent one too: "time" typed "tile" is a slip the pass should find) becomes a random
    common word one edit away that the model knows, or another member of its confusion set, that
    is not one of the model's most frequent words (those the pass never judges)."""
    from cleantext.checks.typo import context as C
    from cleantext.checks.typo.candidates import edits1
    from cleantext.checks.typo.lexicon import lexicon
    from cleantext.checks.typo.meaning import MIN_LEN
    from cleantext.checks.typo.realword import confusion_sets

    toks = doc.tokens
    common, model, sets, frequent = lexicon().common, C.lm(), confusion_sets(), C.frequent_set()
    slots = []
    for i in range(1, len(toks) - 1):
        t, p, q = toks[i], toks[i - 1], toks[i + 1]
        if t.kind == "word" and t.text.isalpha() and t.text.islower() and len(t.text) >= MIN_LEN \
                and p.kind == "word" and p.text.isalpha() \
                and (q.kind == "word" and q.text.isalpha() or q.text in ".!?"):
            slots.append(t)
    rng.shuffle(slots)
    for t in slots:
        w = t.text
        own = [x for x in sets.get(w, ()) if "'" not in x]
        near = [x for x in sorted(set(own) | {x for x in edits1(w) if x != w and x in common and x in model})
                if x not in frequent and len(x) >= MIN_LEN]
        if not near:
            continue
        x = rng.choice(near)
        return doc.text[:t.start] + x + doc.text[t.end:], t.start, x, w
    return None


def main_meaning(args, paras) -> int:
    """--meaning: the table of meaning._CONFIDENCE, by score band."""
    import cleantext
    from cleantext.checks.typo import meaning

    if args.weight is not None:
        meaning.WEIGHT = args.weight
    if args.min_gain is not None:
        meaning.MIN_GAIN = args.min_gain
    # the pass runs last and skips the words another typo rule reported
    config = cleantext.Config(disable=frozenset({"typo.meaning"}))

    def others(text: str) -> set[int]:
        return {f.start for f in cleantext.check(text, config=config).findings if f.category == "typo"}

    rows, injected, clean_words = collect(
        paras, args.rounds, random.Random(args.seed), corrupt_meaning, others,
        lambda doc, taken: ((t.start, best, s, "meaning") for t, best, s, _g in meaning.verdicts(doc, taken, args.low)))
    print(f"paragraphs {len(paras)}, clean words {clean_words}, injected errors {injected}, "
          f"weight {meaning.WEIGHT}, min gain {meaning.MIN_GAIN}")
    scale = (1.0 / args.density) / (injected / args.rounds / clean_words)
    print(f"confidence stated at one error per {args.density:g} words (odds x {scale:.3f})")
    table(rows, injected, clean_words, args.low, "meaning", scale)
    print("\n| score | verdicts | right | wrong word | false (corrupted) | false (clean) | confidence |")
    print("|---|---|---|---|---|---|---|")
    bands = (-1.0, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 99.0)
    for lo, hi in zip(bands, bands[1:]):
        band = [o for m, o, _k in rows if lo <= m < hi]
        r, wr, f, cl = (band.count(o) for o in ("right", "wrong", "false", "clean"))
        conf = r * scale / (r * scale + wr * scale + f + args.rounds)
        print(f"| {lo:g} .. {hi:g} | {r + wr + f} | {r} | {wr} | {f} | {cl} | {conf:.2f} |")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--paragraphs", type=int, default=0, help="use only this many (0: all)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=8, help="corrupted copies of each paragraph")
    ap.add_argument("--low", type=float, default=-1.5, help="lowest margin looked at")
    ap.add_argument("--density", type=float, default=200.0,
                    help="one real-word error per this many words: the prior the confidence is stated at")
    ap.add_argument("--text", nargs="*", default=[], help="more clean prose (plain text files)")
    ap.add_argument("--rare-short", action="store_true",
                    help="calibrate typo.rareshort (a frequent word slipped into a rare short word) instead")
    ap.add_argument("--sets", action="store_true",
                    help="calibrate the confusion-set pass (a word becomes another member of its set) instead")
    ap.add_argument("--meaning", action="store_true",
                    help="calibrate typo.meaning (a content word slipped into another that fits its neighbours)")
    ap.add_argument("--weight", type=float, help="--meaning: try this meaning.WEIGHT")
    ap.add_argument("--min-gain", type=float, help="--meaning: try this meaning.MIN_GAIN")
    args = ap.parse_args()

    import cleantext
    from cleantext.checks.typo.realword import model_verdicts

    def others(text: str) -> set[int]:
        # as in a real check: the words the non-word and case rules report are not the model's
        return {f.start for f in cleantext.check(text).findings if f.rule in ("typo.nonword", "typo.case")}

    paths = sorted(glob.glob(SOURCES + "/**/*.rst.txt", recursive=True)) + sorted(glob.glob(HTML, recursive=True)) \
        + args.text
    paras = paragraphs(paths)
    rng = random.Random(args.seed)
    rng.shuffle(paras)
    if args.paragraphs:
        paras = paras[:args.paragraphs]
    if args.rare_short:
        return main_rare(args, paras, others)
    if args.sets:
        return main_sets(args, paras)
    if args.meaning:
        return main_meaning(args, paras)
    rows, injected, clean_words = collect(
        paras, args.rounds, rng, corrupt, others,
        lambda doc, taken: ((t.start, best, m, kind) for t, best, m, kind in model_verdicts(doc, taken, args.low)))
    print(f"paragraphs {len(paras)}, clean words {clean_words}, injected errors {injected}")
    # the synthetic text holds one error per paragraph (about one per 40 words); real text holds
    # far fewer, so the odds of a verdict being right scale down by this factor
    scale = (1.0 / args.density) / (injected / args.rounds / clean_words)
    print(f"synthetic density: one error per {clean_words * args.rounds / injected:.0f} words; "
          f"confidence stated at one per {args.density:g} (odds x {scale:.3f})")
    table(rows, injected, clean_words, args.low, "all", scale)
    kinds = sorted({k for _m, _o, k in rows})
    for kind in kinds:
        table([r for r in rows if r[2] == kind], injected, clean_words, args.low, kind, scale)
    rounds = args.rounds
    print("\npooled bands, the values realword._CONFIDENCE is set from (one more false verdict in the"
          " clean text, so one in each corrupted copy, is added to each band: a small sample cannot"
          " claim certainty)")
    print("| kind | margin | verdicts | right | wrong word | false | confidence |")
    print("|---|---|---|---|---|---|---|")
    for kind in kinds:
        for lo, hi in zip(POOLED, POOLED[1:]):
            band = [o for m, o, k in rows if k == kind and lo <= m < hi]
            r, wr, f = (band.count(o) for o in ("right", "wrong", "false"))
            conf = r * scale / (r * scale + wr * scale + f + rounds)
            print(f"| {kind} | {lo:g} .. {hi:g} | {len(band)} | {r} | {wr} | {f} | {conf:.2f} |")
    return 0


POOLED = (0.1, 0.5, 1.0, 99.0)


def table(rows, injected: int, clean_words: int, low: float, title: str, scale: float) -> None:
    print(f"\n{title}: {len(rows)} verdicts")
    bands = [low, -0.5, 0.0, 0.1, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 99.0]
    print("| margin | right | wrong word | false (corrupted) | false (clean) | precision in band |"
          " precision at or above | recall at or above | clean false flags / 1k words at or above |"
          " precision in band at the stated density |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for lo, hi in zip(bands, bands[1:]):
        band = [k for m, k, _ in rows if lo <= m < hi]
        above = [k for m, k, _ in rows if m >= lo]
        r, wr, f, cl = (band.count(k) for k in ("right", "wrong", "false", "clean"))
        ra, wa, fa, ca = (above.count(k) for k in ("right", "wrong", "false", "clean"))
        prec = r / (r + wr + f) if r + wr + f else float("nan")
        at = r * scale / (r * scale + wr * scale + f) if r + wr + f else float("nan")
        prec_a = ra / (ra + wa + fa) if ra + wa + fa else float("nan")
        print(f"| {lo:g} .. {hi:g} | {r} | {wr} | {f} | {cl} | {prec:.3f} | {prec_a:.3f} | "
              f"{ra / injected:.3f} | {1000 * ca / clean_words:.3f} | {at:.2f} |")


if __name__ == "__main__":
    sys.exit(main())
