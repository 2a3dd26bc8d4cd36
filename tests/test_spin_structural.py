"""Structural spin signals: idioms in any inflection and with modifiers, the idioms' own swaps,
and "considering that" before a bare noun phrase (sentences written for these tests)."""
from __future__ import annotations

import pytest

import cleantext
from cleantext.checks.spin.structural import verb_forms


def _spin(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    report = cleantext.check(text, cleantext.Config(min_confidence=0.0))
    return [(f.rule, text[f.start:f.end], tuple(f.suggestions)) for f in report.findings if f.category == "spin"]


@pytest.mark.parametrize("base, forms", [
    ("play", {"plays", "played", "playing"}),
    ("take", {"takes", "took", "taken", "taking"}),
    ("sit", {"sits", "sat", "sitting"}),
    ("pave", {"paves", "paved", "paving"}),
    ("carry", {"carries", "carried", "carrying"}),
])
def test_verb_forms(base, forms):
    assert forms <= verb_forms(base)


@pytest.mark.parametrize("text, span, original", [
    ("Rail links play a function in the plan.", "function", "role"),
    ("Rail links played an essential and lasting function in the plan.", None, None),  # three modifiers
    ("The harbour plays a large function in the town's trade.", "function", "role"),
    ("The auditors kept a close optic on the accounts.", "optic", "eye"),
    ("Fuel prices are when again at a record high.", "when", "once"),
])
def test_idiom_inflected_and_gapped(text, span, original):
    hits = [h for h in _spin(text) if h[0] == "spin.structural.idiom"]
    if span is None:
        assert hits == []
    else:
        assert hits and hits[0][1] == span and hits[0][2][0] == original


@pytest.mark.parametrize("text", [
    "Rail links play an important role in the plan.",
    "Rail links play a big part in the plan.",
    "The choir played a short set before the speeches.",
    "The club took the top place in the table.",
    "The firm is losing impact in the market.",
    "When again pressed on the figures, the minister left.",
    "They want to pave the road to the village.",
])
def test_idiom_should_pass(text):
    assert [h for h in _spin(text) if h[0] == "spin.structural.idiom"] == []


@pytest.mark.parametrize("text, flagged", [
    ("Output has grown considering that the opening of the new plant.", True),
    ("Considering that 1998, the club has won nothing.", True),
    ("Given that the start of the season, the team has lost twice.", True),
    ("Considering that the plant opened late, output has grown.", False),
    ("Considering that the team in Leeds lost, the fans were calm.", False),
    ("Considering that option, the council voted no.", False),
    ("Given that he resigned, the post is vacant.", False),
    ("The notes given that week were short.", False),
    ("Seeing that the door was open, she went in.", False),
])
def test_since_clause(text, flagged):
    hits = [h for h in _spin(text) if h[0] == "spin.structural.since_clause"]
    assert bool(hits) == flagged
    if flagged:
        assert hits[0][2][0].lower() == "since"


@pytest.mark.parametrize("text, flagged, original", [
    ("The airline had a hard time to fill its planes.", True, "struggled to"),
    ("Small shops have a hard time to compete.", True, "struggle to"),
    ("The airline had a hard time filling its planes.", False, None),
    ("They had a hard time to themselves.", False, None),
])
def test_hard_time(text, flagged, original):
    hits = [h for h in _spin(text) if h[0] == "spin.structural.hard_time"]
    assert bool(hits) == flagged
    if flagged:
        assert hits[0][2][0] == original


def test_label_variation_flags_the_odd_labels_out():
    text = ("Outlook\nSituation 1: Boom\nDemand soars.\nCircumstance 2: Bust\nDemand falls.\n"
            "Situation 3: Drift\nDemand is flat.\nSituation 4: Shock\nPrices jump.")
    hits = [h for h in _spin(text) if h[0] == "spin.structural.label_variation"]
    assert [h[1] for h in hits] == ["Circumstance"]
    assert hits[0][2][0] == "Situation"


def test_label_variation_needs_one_numbered_run():
    # Numbers that restart or skip are separate lists; two labels are no pattern.
    text = ("Notes\nScenario 1: Boom\nDemand soars.\nSituation 1: Bust\nDemand falls.\n"
            "Circumstance 3: Drift\nDemand is flat.")
    assert [h for h in _spin(text) if h[0] == "spin.structural.label_variation"] == []


@pytest.mark.parametrize("text, span, original", [
    ("The new law will come into pressure next spring.", "pressure", "force"),
    ("The two unions found usual ground on pay.", "usual", "common"),
])
def test_more_idioms_flag(text, span, original):
    hits = [h for h in _spin(text) if h[0] == "spin.structural.idiom"]
    assert hits and hits[0][1] == span and hits[0][2][0] == original


@pytest.mark.parametrize("text", [
    "The reforms lay the foundation for growth.",
    "As a consequence, sales fell.",
    "They met in the middle of the night.",
    "The race start was delayed by rain.",
    "The new law will come into force next spring.",
    "The best read award went to a first novel.",
])
def test_more_idioms_pass(text):
    assert [h for h in _spin(text) if h[0] == "spin.structural.idiom"] == []
