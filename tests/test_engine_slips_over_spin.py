"""A sure typo finding explains the words it covers better than a thesaurus swap: the statistical
spin findings overlapping one are dropped, the listed ones (the user's list, our lexicon) are kept."""
from __future__ import annotations

import cleantext
from cleantext.engine import _explained_by_slips
from cleantext.findings import Finding


def _f(start, end, category, rule, conf):
    return Finding(start, end, category, rule, "m", ("x",), conf, "warning", "")


def test_a_slip_silences_the_spin_pair_it_sits_in():
    text = "Take a coat incase it rains."
    fs = cleantext.check(text).findings
    assert [(f.rule, text[f.start:f.end]) for f in fs] == [("typo.homophone", "incase")]
    # without the typo rules, the odd pair is still reported as spin: the drop is the slip's doing
    spin_only = cleantext.check(text, cleantext.Config(disable={"typo"})).findings
    assert any(f.category == "spin" for f in spin_only)


def test_which_findings_are_dropped():
    ordered = [
        _f(0, 10, "spin", "spin.restore", 0.7),     # overlaps the sure slip at 5-8: dropped
        _f(5, 8, "typo", "typo.nonword", 0.9),
        _f(6, 20, "spin", "spin.list", 0.9),        # from a list: kept
        _f(9, 12, "spin", "spin.coherence", 0.6),   # overlaps no sure slip: kept
        _f(30, 40, "spin", "spin.restore", 0.7),    # overlaps only an unsure slip: kept
        _f(32, 34, "typo", "typo.realword", 0.65),
        _f(50, 60, "spin", "spin.restore", 0.7),    # a long slip that began earlier reaches it
        _f(41, 55, "typo", "typo.nonword", 0.95),
    ]
    ordered.sort(key=lambda f: (f.start, f.end, f.rule))
    kept = _explained_by_slips(ordered)
    assert [(f.start, f.rule) for f in kept] == [
        (5, "typo.nonword"), (6, "spin.list"), (9, "spin.coherence"), (30, "spin.restore"),
        (32, "typo.realword"), (41, "typo.nonword")]


def test_nothing_changes_without_a_sure_slip():
    ordered = [_f(0, 10, "spin", "spin.restore", 0.7), _f(3, 5, "typo", "typo.realword", 0.6)]
    assert _explained_by_slips(ordered) == ordered


def test_the_spin_scores_count_only_the_findings_shown():
    text = "Take a coat incase it rains."
    assert cleantext.check(text, cleantext.Config(disable={"typo"})).scores["spin_density"] > 0
    scores = cleantext.check(text).scores
    assert scores["spin_density"] == 0 and scores["spin_score"] == 0 and scores["spin_verdict"] == 0
