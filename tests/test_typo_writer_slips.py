"""Slips a writer makes every day, end to end through check() and fix(): sound-alikes decided by
grammar (typo.homophone), two words written as one, and a misspelling repeated at every use."""
from __future__ import annotations

import pytest

import cleantext


def _typos(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(text[f.start:f.end], f.rule, f.suggestions) for f in cleantext.check(text).findings
            if f.category == "typo"]


@pytest.mark.parametrize("text, fixed", [
    ("Its a fair point, and your welcome to make it.", "It's a fair point, and you're welcome to make it."),
    ("the match ended. its been a long season.", "the match ended. It's been a long season."),
    ("The club lost half of it's members.", "The club lost half of its members."),
    ("We should of left earlier, but we were to tired to go.", "We should have left earlier, but we were too tired to go."),
    ("Lets start, as we want to by a new kettle.", "Let's start, as we want to buy a new kettle."),
    ("Infact we met eachother atleast twice.", "In fact we met each other at least twice."),
    ("The goverment spoke, and the goverment agreed.", "The government spoke, and the government agreed."),
])
def test_fix_applies_the_writer_slips(text: str, fixed: str) -> None:
    result = cleantext.fix(text)
    assert result.text == fixed
    assert cleantext.fix(result.text).text == result.text  # idempotent


@pytest.mark.parametrize("text", [
    "It's a fair point, and its author knows it.",
    "You're welcome to your own view.",
    "There is a plan; their plan is the one they're backing.",
    "He lets the dog out and we went to by the river.",
    "The best of all of them could of course wait.",
    "The aim is to close the gap; the shop is to close.",
    "She wrote \u201cits a trap\u201d on the wall.",
    "The website went online and the setup was underway.",
])
def test_fluent_text_stays_quiet(text: str) -> None:
    assert [t for t in _typos(text) if t[1] in ("typo.homophone", "typo.nonword")] == []


def test_homophones_in_markdown_prose_only() -> None:
    md = "Use `its a` in the test.\n\n```\nyour welcome\n```\n\nIts a plan.\n"
    found = [(md[f.start:f.end], f.suggestions) for f in cleantext.check_markup(md).findings
             if f.rule == "typo.homophone"]
    assert found == [("Its", ("It's",))]


def test_homophone_rule_can_be_disabled() -> None:
    text = "Its a fair point."
    assert any(f.rule == "typo.homophone" for f in cleantext.check(text).findings)
    config = cleantext.Config(disable={"typo.homophone"})
    assert not any(f.rule == "typo.homophone" for f in cleantext.check(text, config).findings)


def test_repeated_misspelling_is_reported_at_every_use() -> None:
    text = "We definately agree. They definately said so, and we definately meant it."
    found = [t for t in _typos(text) if t[1] == "typo.nonword"]
    assert [t[0] for t in found] == ["definately"] * 3
    assert all(t[2] == ("definitely",) for t in found)
