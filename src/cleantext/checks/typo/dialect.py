"""typo.dialect: British or American spelling, when `Config.dialect` asks for one of them.

By default ("both") every spelling of the lexicon is accepted, but a document that mixes the two
spellings of one word ("colour" and "color") is told to pick one. With dialect="en-US", British
spellings that have a regular American counterpart (colour, centre, organise) are reported as
style; with dialect="en-GB" the American ones are, except -ize forms, which British (Oxford)
usage accepts too.
"""
from __future__ import annotations

from typing import Iterator

from ...document import Document
from ...findings import Finding
from ...rules import Rule, flags, passes
from .lexicon import dialect_pairs
from .spans import WordSpan

DIALECT = Rule(
    "typo.dialect", "style", "info",
    "A British spelling in American text, or the reverse (only when a dialect is configured).",
    (
        flags("The colour of the flag and the color of the sky.", "colour", span="color"),
        passes("The colour of the center changed."),
        passes("The color of the centre changed."),
    ),
)

EXAMPLES_US = (("The colour of the flag faded.", "color", "colour"),)
EXAMPLES_GB = (("The color of the flag faded.", "colour", "color"),)


def run(doc: Document, spans: list[WordSpan], ctx) -> Iterator[Finding]:
    dialect = ctx.config.dialect
    if dialect == "both":
        yield from _mixed(spans, ctx)
        return
    gb_us, us_gb = dialect_pairs()
    table = gb_us if dialect == "en-US" else us_gb
    other = "British" if dialect == "en-US" else "American"
    accept = ctx.config.accept
    for sp in spans:
        low = sp.lower
        want = table.get(low)
        if want is None or low in accept:
            continue
        if dialect == "en-GB" and ("iz" in low and want.replace("is", "iz") == low.replace("is", "iz")):
            continue  # -ize is British (Oxford) spelling too
        text = sp.text
        rep = want.upper() if text.isupper() else (want[:1].upper() + want[1:] if text[:1].isupper() else want)
        yield DIALECT.finding(sp.start, sp.end, f"{other} spelling; {dialect} uses {rep!r}.", [rep], 0.8)


def _mixed(spans: list[WordSpan], ctx) -> Iterator[Finding]:
    """Both spellings of one word in one document: keep the one used first."""
    gb_us, us_gb = dialect_pairs()
    first: dict[str, str] = {}  # pair key (British form) -> spelling seen first
    for sp in spans:
        low = sp.lower
        key = low if low in gb_us else us_gb.get(low)
        if key is None or low in ctx.config.accept:
            continue
        seen = first.setdefault(key, low)
        if seen != low:
            text = sp.text
            rep = seen[:1].upper() + seen[1:] if text[:1].isupper() else seen
            yield DIALECT.finding(sp.start, sp.end, f"Both {seen!r} and {low!r} are used; pick one spelling.",
                                  [rep], 0.7)
