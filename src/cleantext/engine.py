"""The pure core: run every enabled check over one Document and collect a Report."""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from . import checks
from .config import DEFAULT, Config
from .document import Document
from .findings import Finding, Report
from .gcpause import without_collector

IGNORE_MARKER = re.compile(r"cleantext:\s*ignore\b")


class InputTooLarge(ValueError):
    """The text is larger than `Config.max_bytes`."""


def check_document(doc: Document, config: Config | None = None, *,
                   suppressed: list[tuple[int, int, frozenset[str] | None]] | None = None) -> Report:
    """Run all enabled checks on `doc`.

    `suppressed` holds (start, end, rules) ranges from markup front ends: findings inside a range
    are dropped, for every rule when `rules` is None, else for the listed rule ids or prefixes.
    """
    # The cyclic collector is paused for the run. The loaded tables hold about a million references
    # and every full collection walks them all (about 0.1 s); the tokens and temporaries of a
    # document, promoted while it is being checked, triggered one every few documents: 10-15 % of
    # a first pass over news. The checks build no reference cycles, and reference counting frees
    # everything as usual; a caller that paused the collector itself keeps it paused.
    return without_collector(_check_document, doc, config or DEFAULT, suppressed)


def _check_document(doc: Document, config: Config,
                    suppressed: list[tuple[int, int, frozenset[str] | None]] | None) -> Report:
    ctx = checks.Context(config)
    found: list[Finding] = []
    for mod in checks.modules():
        if not any(config.rule_enabled(r.id, r.category) and ctx.enabled(r) for r in mod.RULES):
            continue
        found.extend(mod.run(doc, ctx))
    if config.languagetool:  # opt-in backend; without it nothing is imported or contacted
        from .languagetool import findings as languagetool_findings

        found.extend(languagetool_findings(doc.text, doc.prose, config, found))
    rules = checks.all_rules()
    ranges = list(suppressed or ()) + _ignored_lines(doc.text)
    kept: dict[tuple[int, int, str], Finding] = {}
    for f in found:
        rule = rules.get(f.rule)
        category = rule.category if rule else f.category
        if not config.rule_enabled(f.rule, category):
            continue
        if rule is not None and not ctx.enabled(rule):
            continue
        if f.confidence < config.min_confidence:
            continue
        if config.accept and _accepted(doc.text[f.start:f.end], config.accept):
            continue
        if ranges and _suppressed(f, ranges):
            continue
        sev = config.severity_for(f.rule, f.severity)
        if sev != f.severity:
            f = f.with_(severity=sev)
        key = (f.start, f.end, f.rule)
        if key not in kept or kept[key].confidence < f.confidence:
            kept[key] = f
    ordered = sorted(kept.values(), key=lambda f: (f.start, f.end, f.rule))
    shown = _explained_by_slips(ordered)
    if len(shown) < len(ordered) and "spin_density" in ctx.scores:
        _rescore_spin(doc, shown, ctx)
    return Report(doc.text, shown, dict(ctx.scores), tuple(ctx.verdicts))


def _rescore_spin(doc: Document, shown: list[Finding], ctx: checks.Context) -> None:
    """The spin scores and verdict again, from the spin findings still shown."""
    from .checks.spin import score

    scores = score.score([f for f in shown if f.category == "spin"], doc.word_count)
    ctx.scores.update(scores)
    if not scores["spin_verdict"] and score.VERDICT in ctx.verdicts:
        ctx.verdicts.remove(score.VERDICT)


SURE_SLIP = DEFAULT.fix_threshold  # a typo finding this confident explains the words it covers


def _explained_by_slips(ordered: list[Finding]) -> list[Finding]:
    """Without the statistical spin findings that overlap a sure typo finding. They take every word
    as the writer's choice of word; a slip ("Take a coat incase it rains") explains the odd pair
    better than a thesaurus swap, and fixing the slip removes the oddity."""
    slips = [f for f in ordered if f.category == "typo" and f.confidence >= SURE_SLIP]
    if not slips or not any(f.category == "spin" for f in ordered):
        return ordered
    starts = [f.start for f in slips]  # sorted, as `ordered` is
    reach = list(accumulate((f.end for f in slips), max))  # the furthest end of the slips so far

    def explained(f: Finding) -> bool:
        k = bisect_left(starts, f.end)  # the slips that start before `f` ends
        return k > 0 and reach[k - 1] > f.start

    return [f for f in ordered if f.category != "spin" or f.rule in _LISTED_SPIN or not explained(f)]


# Spin findings from a list, the user's or our curated one: the listed phrase is the evidence,
# whatever else its words hold.
_LISTED_SPIN = frozenset({"spin.list", "spin.lexicon"})


def check(text: str, config: Config | None = None) -> Report:
    """Check plain text. See `cleantext.check`."""
    config = config or DEFAULT
    _guard(text, config)
    # One pause for segmentation and checks together, ending after the Document is freed: paused
    # twice, the collector resumed between the two with the new tokens counted as young objects,
    # and its next allocation set off a collection that walked them all and promoted them
    # (about 5 % of a first pass over news went to collections, three of them full ones).
    return without_collector(_check_text, text, config)


def _check_text(text: str, config: Config) -> Report:
    from .markup.plain import load  # code in backticks, as plain text borrows it from Markdown

    return check_document(Document(text, load(text)[0]), config)


def _guard(text: str, config: Config) -> None:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    # len(text) is a cheap lower bound of the UTF-8 size; encode only when it could matter.
    if len(text) > config.max_bytes // 4 and len(text.encode("utf-8", "surrogatepass")) > config.max_bytes:
        raise InputTooLarge(f"input is larger than max_bytes={config.max_bytes}")


def _accepted(span: str, accept: frozenset[str]) -> bool:
    s = span.strip().lower().replace("\u2019", "'")
    return s in accept or s.rstrip("'s").rstrip("'") in accept


def _ignored_lines(text: str) -> list[tuple[int, int, frozenset[str] | None]]:
    if "cleantext" not in text:
        return []
    out = []
    for m in IGNORE_MARKER.finditer(text):
        start = max(text.rfind("\n", 0, m.start()), text.rfind("\r", 0, m.start())) + 1
        nl = [i for i in (text.find("\n", m.end()), text.find("\r", m.end())) if i >= 0]
        end = min(nl) if nl else len(text)
        out.append((start, end, None))
    return out


def _suppressed(f: Finding, ranges: list[tuple[int, int, frozenset[str] | None]]) -> bool:
    for start, end, rules in ranges:
        if start <= f.start and f.end <= end:
            if rules is None:
                return True
            parts = f.rule.split(".")
            if any(".".join(parts[:i]) in rules for i in range(1, len(parts) + 1)):
                return True
    return False
