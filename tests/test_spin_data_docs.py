"""The documentation prose in the spin tables (scripts/build_spin_data.py): its bigrams join the
general tables where they are new, and raise a pair the general tables hold more rarely than
technical prose uses it. All examples are our own."""
from __future__ import annotations

import importlib.util
import os

import cleantext
from cleantext.checks.spin.data import spin_data

SCRIPT = os.path.join(os.path.dirname(__file__), "..", "scripts", "build_spin_data.py")
SPIN = cleantext.Config(enable={"spin"})


def _build_script():
    spec = importlib.util.spec_from_file_location("build_spin_data", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_documentation_estimate_wins_when_higher():
    merge = _build_script().merge_doc_bigrams
    joint = {("pivot", "table"): -8.0, ("red", "car"): -5.0}
    doc = {("pivot", "table"): -5.5, ("red", "car"): -6.0, ("hidden", "layer"): -5.0}
    added, raised = merge(joint, doc, 0.25)
    assert (added, raised) == (1, 1)
    assert joint[("pivot", "table")] == -5.25  # raised: technical prose uses it more often
    assert joint[("red", "car")] == -5.0  # the general tables' higher estimate stays
    assert joint[("hidden", "layer")] == -4.75  # new pair, shifted onto the general scale


def test_technical_term_rare_in_general_tables_is_a_strong_collocation():
    d = spin_data()
    for first, second in (("binomial", "distribution"), ("pivot", "table")):
        assert d.id(second) in set(d.strong_next(d.id(first))), (first, second)


def test_spun_technical_term_is_restored_and_the_term_passes():
    spun = "The counts follow a binomial dispersion in every trial."
    fs = [f for f in cleantext.check(spun, SPIN).findings if f.rule == "spin.restore"]
    assert [spun[f.start:f.end] for f in fs] == ["binomial dispersion"]
    assert fs[0].suggestions[0] == "binomial distribution"
    fluent = "The counts follow a binomial distribution in every trial."
    assert [f for f in cleantext.check(fluent, SPIN).findings if f.category == "spin"] == []
