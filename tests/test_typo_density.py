"""Real-word verdicts weigh the document's own density of slips (realword.density_scale)."""
import pytest

import cleantext
from cleantext.checks.typo import realword

# Our own plain prose, about 330 words, with no slip in it.
CLEAN = (
    "The council met on Tuesday evening to discuss the new library. Most members agreed that the "
    "old building had served the town well for many years, but its roof leaks and its heating "
    "fails every winter. The architect presented three designs, each with a reading room, a "
    "children's corner and a small hall for talks. The cheapest design keeps the old front and "
    "adds a glass wing at the back. The dearest one replaces the whole building and would take "
    "two years to finish. Several residents spoke in favour of keeping the front, which was "
    "built in the last century and appears on many postcards of the town. A teacher asked for "
    "longer opening hours, since pupils often need a quiet place to study after school. The "
    "treasurer warned that the budget is tight and that any delay would raise the cost. She "
    "suggested asking local firms to sponsor the children's corner. The chair thanked everyone "
    "for their patience and promised a vote next month. After the meeting, a few members walked "
    "to the site to look at the trees that might have to be cut down. Nobody wants to lose them, "
    "and the architect said that the glass wing could be moved a few metres to spare the oldest "
    "oak. The local paper will publish the three designs this week, and residents can send their "
    "comments by post or by email until the end of the month. The council hopes to start work "
    "in the spring, when the weather is milder and the builders are less busy. If the plan goes "
    "ahead, the library will move to the school hall for a year. Staff will keep a small "
    "collection there, and the mobile van will visit the villages twice a week. The chair said "
    "the town deserves a library it can be proud of, and that the council will listen before it "
    "decides. Many people left the meeting feeling hopeful about the plans. "
)
DOUBT = "I would rather walk than drive."  # the model prefers "talk" by a small margin


def _verdicts(text):
    cfg = cleantext.Config(enable={"typo.realword", "typo.nonword"}, min_confidence=0.0)
    return [f for f in cleantext.check(text, cfg).findings if f.rule == "typo.realword"]


def test_scale_follows_the_density_of_sure_slips():
    assert realword.density_scale(20, 0) == 1.0          # a sentence tells nothing
    assert realword.density_scale(400, 0) == pytest.approx(0.25)
    assert realword.density_scale(400, 1) == pytest.approx(0.75)
    assert realword.density_scale(400, 3) == 1.0          # never above the table's confidence
    assert realword.density_scale(0, 0) == 1.0


def test_rescaled_multiplies_the_odds():
    f = cleantext.check(DOUBT, cleantext.Config(enable={"typo.realword"}, min_confidence=0.0)).findings[0]
    assert realword.rescaled(f, 1.0) is f
    low = realword.rescaled(f, 0.25)
    odds = f.confidence / (1 - f.confidence) * 0.25
    assert low.confidence == pytest.approx(odds / (1 + odds), abs=0.006)
    assert (low.start, low.end, low.suggestions) == (f.start, f.end, f.suggestions)


def test_a_doubtful_verdict_alone_is_reported():
    found = _verdicts(DOUBT)
    assert found and found[0].confidence >= 0.5


def test_a_doubtful_verdict_in_long_clean_prose_falls_under_the_report_threshold():
    text = CLEAN + DOUBT
    found = [f for f in _verdicts(text) if text[f.start:f.end] == "walk"]
    assert found and found[0].confidence < 0.5
    assert not [f for f in cleantext.check(text).findings if f.rule == "typo.realword"]


def test_without_the_non_word_rule_there_is_no_evidence_either_way():
    cfg = cleantext.Config(enable={"typo.realword"})
    text = CLEAN + DOUBT
    assert [f for f in cleantext.check(text, cfg).findings if text[f.start:f.end] == "walk"]


def test_sure_slips_in_the_document_keep_the_verdict():
    slips = "We talked wiht the staff. The recieved plan was clear. Both sides signed the agreemnet. "
    text = slips + CLEAN + DOUBT
    found = [f for f in _verdicts(text) if text[f.start:f.end] == "walk"]
    assert found and found[0].confidence >= 0.5
