"""Degeneration: word salad spans, repetition loops, the document score, and linear time."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

import cleantext
from cleantext.checks import degeneration

SEED_001 = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "001_6af32eb5cf552aae.txt"

OPENING = ("The harbour board met on Thursday to review the winter repairs. Members agreed that the "
           "north pier, which was damaged in January, should reopen by the end of March.")
SALAD = ("Looking further ahead observers expect layered maritime governance frameworks hugely "
         "impactful coastal infrastructure modernisation agendas visibly accelerating investment "
         "cycles pivotal regional stakes fragile equilibrium continuously volatile indefinite "
         "fragility inevitable challenge confronting stakeholders actively shaping outcome "
         "respective negotiation reconciliation processes dramatically impacting surrounding "
         "multipolar logistics configuration structure")
LOOP_FIRST = "The minister said the new rules would protect small savers."
LOOP_TEXT = ("Savings rates fell again in May. " + " ".join([LOOP_FIRST] * 6))
# Only this family runs, so that the tests measure it alone.
ONLY = {"degeneration", "style.not_english"}


def check(text: str, **config):
    return cleantext.check(text, cleantext.Config(enable=ONLY, **config))


def degeneration_findings(text: str, **config):
    report = check(text, **config)
    return [f for f in report.findings if f.category == "degeneration"], report


def covered(findings, start: int, end: int) -> float:
    hit = sum(1 for i in range(start, end) if any(f.start <= i < f.end for f in findings))
    return hit / max(1, end - start)


# ---------------------------------------------------------------- word salad
def test_salad_span_covers_the_breakdown_and_spares_the_opening():
    text = OPENING + "\n" + SALAD + "\u2026"
    found, _ = degeneration_findings(text)
    salad = [f for f in found if f.rule == "degeneration.word_salad"]
    assert salad
    start = text.index(SALAD)
    assert covered(salad, start, start + len(SALAD)) >= 0.95
    assert covered(salad, 0, len(OPENING)) == 0
    f = salad[0]
    assert f.suggestions[:1] == ("",)
    assert f.confidence < 0.8


def test_salad_after_a_well_formed_clause_starts_where_prose_breaks_down():
    clause = "Officials said on Monday that the talks had gone well, "
    text = clause + SALAD + "."
    found, _ = degeneration_findings(text)
    assert found
    assert all(f.start >= len(clause) - 1 for f in found)
    assert covered(found, len(clause), len(clause) + len(SALAD)) >= 0.9


def test_salad_deletion_is_never_applied_by_fix():
    text = OPENING + "\n" + SALAD + "."
    for level in ("safe", "suggested", "all"):
        fixed = cleantext.fix(text, cleantext.Config(fix_level=level, enable=ONLY))
        assert not [c for c in fixed.applied if c.finding.category == "degeneration"]
        assert len(fixed.text) > len(text) * 0.9


def test_salad_in_another_language_is_not_degeneration():
    text = ("Der Bundestag hat am Donnerstag nach einer langen Debatte ein neues Gesetz beschlossen, das "
            "die Mieten in den großen Städten begrenzen soll und von der Opposition als zu schwach "
            "kritisiert wird, weil es nicht für alle Wohnungen gilt und viele Ausnahmen hat.")
    report = check(text)
    assert not [f for f in report.findings if f.category == "degeneration"]
    assert [f for f in report.findings if f.rule == "style.not_english"]


WELL_FORMED = [
    # a long legal sentence
    ("The court heard that the defendant, who had been employed by the firm since 1998, failed to "
     "disclose to the auditors the existence of three accounts held in the name of a company that he "
     "controlled, and that he continued to transfer money from those accounts after he had been "
     "told by the bank that the transfers would be reported to the regulator."),
    # a quotation
    ("\"We have always said that the decision would be taken by the people who live here and not by "
     "officials in a distant capital who have never visited the valley and who do not understand what "
     "the mine would mean for the farms and the river,\" the mayor told reporters on Friday."),
    # a list of names
    ("The squad is: Adams, Baker, Clarke, Davies, Evans, Fisher, Green, Hughes, Irwin, Jones, Kelly, "
     "Lewis, Morgan, Nolan, Owen, Price, Quinn, Roberts, Smith, Taylor, Upton, Vaughan, Walsh."),
    # headlines and a bullet list
    "Markets rally after rate cut\nStorm closes coastal roads\nCouncil approves new library budget",
    ("- annual report and accounts\n- quarterly trading statement\n- notice of general meeting\n"
     "- proxy voting form for shareholders\n- dividend reinvestment plan terms"),
    # a bibliography
    ("Smith, J. (2001). Coastal erosion and sediment transport. Journal of Marine Geology, 12(3), "
     "45-67.\nJones, A., & Brown, K. (2004). Harbour engineering in northern Europe. London: Marine "
     "Press.\nTaylor, R. (1999). Tides and currents. Oxford University Press."),
    # code and a table
    ("    for item in inventory_list_values_sorted_by_price_descending_then_name:\n"
     "        total_weight_kg += item_weight_kg * quantity_in_stock_units"),
    ("Team Played Won Drawn Lost Points\nArsenal 10 8 1 1 25\nChelsea 10 7 2 1 23\n"
     "Everton 10 6 2 2 20\nFulham 10 5 3 2 18"),
    # poetry-like short lines
    ("Grey sea, grey sky\nwind over stone\nthe gulls cry\nand I walk home\nalone, alone"),
]


@pytest.mark.parametrize("text", WELL_FORMED)
def test_well_formed_text_is_left_alone(text):
    found, report = degeneration_findings(text)
    assert not found, [(text[f.start:f.end], f.rule) for f in found]
    assert report.scores["degeneration_score"] == 0


# ---------------------------------------------------------------- repetition loops
def test_repetition_loop_span_starts_after_the_first_occurrence():
    found, _ = degeneration_findings(LOOP_TEXT)
    loops = [f for f in found if f.rule == "degeneration.repetition"]
    assert len(loops) == 1
    first = LOOP_TEXT.index(LOOP_FIRST)
    second = LOOP_TEXT.index(LOOP_FIRST, first + 1)
    f = loops[0]
    assert f.start == second
    assert f.end == len(LOOP_TEXT)
    assert f.suggestions == ("",)
    assert f.confidence < 0.8


def test_loop_with_varying_numbers_is_found_by_sentences():
    text = "".join(f"{year}\n\nThe museum was closed for repairs.\n\n" for year in range(1990, 2000))
    found, _ = degeneration_findings(text)
    assert found
    assert found[0].start > text.index("The museum")


def test_repeated_headline_and_table_rows_are_not_loops():
    text = ("Flood defences to be strengthened\n\nFlood defences to be strengthened, the agency said "
            "on Monday, after a winter of storms.\n\n" + "1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1\n" * 30)
    found, _ = degeneration_findings(text)
    assert not found


def test_fix_keeps_the_repeats():
    fixed = cleantext.fix(LOOP_TEXT, cleantext.Config(fix_level="all", enable=ONLY))
    assert fixed.text.count(LOOP_FIRST) == 6


# ---------------------------------------------------------------- score and verdict
def test_score_and_verdict():
    clean = check(OPENING)
    assert clean.scores["degeneration_score"] == 0
    assert not any("Degenerate" in v for v in clean.verdicts)
    report = check(LOOP_TEXT)
    score = report.scores["degeneration_score"]
    assert score >= degeneration.SCORE_THRESHOLD
    assert report.scores["degeneration_repetition_share"] > 0.5
    assert any("Degenerate" in v for v in report.verdicts)
    salad = check(OPENING + "\n" + SALAD + ".")
    assert salad.scores["degeneration_salad_share"] > 0.5
    assert any("word salad" in v for v in salad.verdicts)


# Linear growth is measured by benchmarks/bench_degeneration.py, not timed here.


# ---------------------------------------------------------------- seed 001
@pytest.mark.skipif(not SEED_001.exists(), reason="seed file not available")
def test_seed_001():
    text = SEED_001.read_text(encoding="utf-8")
    found, report = degeneration_findings(text)
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    for start, end in lines[:17]:
        assert not any(f.start < end and start < f.end for f in found)
    salad_lines = [lines[i - 1] for i in (20, 24, 25, 26, 27)]
    total = sum(e - s for s, e in salad_lines)
    hit = sum(covered(found, s, e) * (e - s) for s, e in salad_lines)
    assert hit / total >= 0.95
    assert report.scores["degeneration_score"] >= degeneration.SCORE_THRESHOLD


# ---------------------------------------------------------------- incoherence
def test_incoherence_is_a_document_hint_and_yields_to_spans():
    drift = degeneration._DRIFT
    found, report = degeneration_findings(drift)
    assert [f.rule for f in found] == ["degeneration.incoherent"]
    assert found[0].severity == "info" and not found[0].suggestions
    assert report.scores["degeneration_lexical_cohesion"] < 0.2
    assert report.scores["degeneration_score"] == 0
    # with a loop in it, the loop explains the damage and no document-level hint is added
    found, _ = degeneration_findings(drift + " " + LOOP_TEXT)
    assert {f.rule for f in found} == {"degeneration.repetition"}


def test_cohesive_long_text_passes():
    found, report = degeneration_findings(degeneration._COHESIVE)
    assert not found
    assert report.scores["degeneration_lexical_cohesion"] > 0.3
