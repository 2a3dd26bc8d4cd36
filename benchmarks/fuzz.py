#!/usr/bin/env python3
"""Long fuzz run of the properties in tests/test_properties.py (issue 8), as a benchmark.

    python benchmarks/fuzz.py --count 100000 --seconds 3600 --seed 1

For each random input (Unicode from every category, control characters, lone surrogates, RTL
marks, ZWJ emoji, combining marks, CRLF/CR, long tokens, many newlines, Markdown and HTML
fragments, and mixtures) it checks that:
  * check() never raises, and every finding is well formed (offsets, category, suggestions,
    finite confidence);
  * fix() is idempotent, and applied changes are explained;
  * every output format renders, and JSON/SARIF parse.
It prints `name: value` lines and the first failures with a reproducer.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
import traceback

import cleantext
from cleantext.document import Document
from cleantext.formats import FileResult, renderer

FRAGMENTS = [
    "the", "The", "a", "an", "hour", "wiht", "then", "than", "rather then", "its", "it's", "moscow",
    "energy gamer", "military existence", ",", ".", ";", ":", "!", "?", "...", "\u2026", "--", "-", " ",
    "  ", "\t", "\n", "\n\n", "\r\n", "\r", "\u201c", "\u201d", "\u2019", "\u00a0", "\u200b", "\u200d",
    "\u0301", "\u202e", "\u200f", "\ufeff", "\ufffd", "\x00", "\x07", "\x1b[31m", "caf\u00c3\u00a9",
    "\U0001F468\u200d\U0001F469\u200d\U0001F467", "\ud800", "\udfff", "U.S.", "e.g.", "1,000", "3.5",
    "21st", "https://example.com/a,b?c=d", "a@b.org", "@handle", "#tag", "# Heading\n", "- item\n",
    "1. item\n", "> quote\n", "```\ncode\n```\n", "`inline`", "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>", "[link](javascript:alert(1))", "<!-- cleantext off -->",
    "<!-- cleantext on -->", "cleantext: ignore", "---\ntitle: x\n---\n", "<p>para</p>", "&amp;",
    "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\u4e2d\u6587", "\u0928\u092e\u0938\u094d\u0924\u0947",
]


def random_text(rng: random.Random) -> str:
    mode = rng.random()
    if mode < 0.35:
        return " ".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(0, 60)))
    if mode < 0.55:
        return "".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(0, 60)))
    if mode < 0.8:  # code points from every plane and category, surrogates included
        return "".join(chr(rng.choice([rng.randint(0, 0x7F), rng.randint(0x80, 0x2FFF),
                                       rng.randint(0xD800, 0xDFFF), rng.randint(0xE000, 0x10FFFF)]))
                       for _ in range(rng.randint(0, 120)))
    if mode < 0.9:  # long runs
        piece = rng.choice(["x", "word ", ",", "\n", "(", "\u200b", "ab\r", "the the "])
        return piece * rng.randint(1000, 50_000)
    return "".join(rng.choice(FRAGMENTS) + " " + rng.choice(["", "\n", ". "]) for _ in range(rng.randint(50, 400)))


def check_one(text: str, formats: list[str]) -> None:
    report = cleantext.check(text)
    prev = -1
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text), f
        assert f.start >= prev, "findings not sorted"
        prev = f.start
        assert f.category in cleantext.CATEGORIES, f
        assert all(isinstance(s, str) for s in f.suggestions), f
        assert math.isfinite(f.confidence) and 0 <= f.confidence <= 1, f
    res = cleantext.fix(text)
    assert cleantext.fix(res.text).text == res.text, "fix is not idempotent"
    for ch in res.applied:
        assert 0 <= ch.start <= ch.end <= len(text) and ch.finding.rule
    if not res.applied:
        assert res.text == text, "fix changed text without an applied change"
    result = FileResult("fuzz.txt", Document(text), report, res)
    for fmt in formats:
        out = renderer(fmt)([result])
        assert isinstance(out, str)
        if fmt in ("json", "sarif"):
            json.loads(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--seconds", type=float, default=3600)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--formats", default="")
    ap.add_argument("--save", default="", help="write the failing inputs to this JSON file")
    args = ap.parse_args()
    from cleantext import formats as fmts

    formats = [f for f in (args.formats.split(",") if args.formats else fmts.FORMATS) if f]
    rng = random.Random(args.seed)
    failures: list[tuple[str, str]] = []
    n = 0
    t0 = time.perf_counter()
    while n < args.count and time.perf_counter() - t0 < args.seconds:
        text = random_text(rng)
        n += 1
        try:
            check_one(text, formats)
        except Exception:  # noqa: BLE001 - a fuzzer records every failure
            failures.append((text, traceback.format_exc()))
            if len(failures) >= 20:
                break
    dt = time.perf_counter() - t0
    print(f"fuzz.inputs: {n}")
    print(f"fuzz.failures: {len(failures)}")
    print(f"fuzz.seconds: {dt:.1f}")
    print(f"fuzz.inputs_per_s: {n / dt:.1f}")
    print(f"fuzz.formats: {','.join(formats)}")
    if failures and args.save:
        with open(args.save, "w", encoding="utf-8", errors="surrogatepass") as fh:
            json.dump([t for t, _ in failures], fh, ensure_ascii=True)
        print(f"fuzz.failing_inputs_saved: {args.save}")
    for text, tb in failures[:5]:
        print("--- failure; reproduce with cleantext.check(" + repr(text[:300]) + ")", file=sys.stderr)
        print(tb, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
