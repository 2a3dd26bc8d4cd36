"""The typo category: the user's seed cases (in sentences written for these tests), names left
alone, suggest() ranking, case preservation, the accept list and dialects."""
from __future__ import annotations

import glob
import os

import pytest

import cleantext
from cleantext import Config

TYPO = Config(enable={"typo"})


def typo_findings(text: str, config: Config = TYPO):
    return [f for f in cleantext.check(text, config).findings if f.rule.startswith("typo.")]


def finding_at(text: str, word: str, config: Config = TYPO):
    start = text.index(word)
    hits = [f for f in typo_findings(text, config) if f.start <= start and start + len(word) <= f.end]
    return hits[0] if hits else None


# ---------------------------------------------------------------- the seed cases
@pytest.mark.parametrize("text, word, expected, rule", [
    ("The delegation met wiht the minister twice.", "wiht", "with", "typo.nonword"),
    ("Wiht that, the session closed.", "Wiht", "With", "typo.nonword"),
    ("The pipeline is a clear exmaple of this trend.", "exmaple", "example", "typo.nonword"),
    ("Regional powers shape majory areas of policy.", "majory", "major", "typo.nonword"),
    ("Azerbaijani diplomats and Azerbayani traders met in Baku.", "Azerbayani", "Azerbaijani",
     "typo.nonword"),
    ("Why dose the ministry refuse to comment?", "dose", "does", "typo.realword"),
    ("We prefer practical steps rather then grand plans.", "then", "than", "typo.homophone"),
    ("Negotiators in moscow rejected the offer.", "moscow", "Moscow", "typo.case"),
    ("The border between armenia and Georgia is quiet.", "armenia", "Armenia", "typo.case"),
    ("Relations with russia have cooled.", "russia", "Russia", "typo.case"),
    ("The statement angered azeri officials in the capital.", "azeri", "Azeri", "typo.case"),
    ("Police detained seven russians at the airport.", "russians", "Russians", "typo.case"),
    ("The republics chose different paths. several now seek closer ties.", "several", "Several",
     "typo.case"),
    ("Officials landed in Baku on Monday and left baku on Friday.", "baku", "Baku", "typo.case"),
])
def test_seed_cases_are_found_and_corrected(text, word, expected, rule):
    f = finding_at(text, word)
    assert f is not None, f"{word!r} not flagged"
    assert f.rule == rule
    assert f.suggestions[0] == expected


def test_confident_corrections_are_fixed():
    text = "The delegation met wiht the minister and saw an exmaple of the deal in moscow."
    fixed = cleantext.fix(text, TYPO).text
    assert fixed == "The delegation met with the minister and saw an example of the deal in Moscow."


def test_a_word_with_no_good_candidate_is_a_low_confidence_guess():
    f = finding_at("Broader Gwotechnical complexities drive the conflict.", "Gwotechnical")
    assert f is not None and f.rule == "typo.nonword"
    assert f.confidence < 0.8
    assert f.suggestions and f.suggestions[0][0].isupper()
    assert cleantext.fix("Broader Gwotechnical complexities drive it.", TYPO).text.startswith("Broader Gwot")


# ---------------------------------------------------------------- what must be left alone
@pytest.mark.parametrize("text", [
    "Pezeshkian met the governor of Tovuz to discuss the Zangezur corridor.",
    "Professor Ulucaynak Kaynak spoke at the conference.",
    "Minilateralism, realpolitik, geostrategic rivalry and overdependence on gas.",
    "The CSTO and the NSTC's envoy met; #SouthCaucasus trended at https://example.org/a-b.",
    "On the 21st of May, 3,000 people joined the well-known, long-term protest.",
    "They didn't say whether the ministry's plan would work.",
    "The iPhone and DisplayLink sales rose while eBay fell.",
    "She called it \u201cjoie de vivre\u201d and left for the caf\u00e9 au lait.",
    "The centre of the organisation changed its colour; the center of the organization its color.",
    "Turkey and China signed a deal on polish and china exports.",
    "We ate turkey in Reading before the Nice festival.",
])
def test_names_and_rare_words_pass(text):
    fs = [f for f in typo_findings(text) if f.rule != "typo.dialect"]
    assert not fs, [(text[f.start:f.end], f.rule, f.suggestions) for f in fs]


def test_then_is_left_alone_in_ordinary_use():
    for text in ("We signed the deal and then we left.", "Back then, few people cared.",
                 "If the talks fail, then sanctions follow.", "Since then the relations have improved."):
        assert not [f for f in typo_findings(text) if f.rule == "typo.realword"], text


# ---------------------------------------------------------------- suggest()
@pytest.mark.parametrize("word, best", [
    ("wiht", "with"), ("exmaple", "example"), ("recieve", "receive"), ("teh", "the"),
    ("definately", "definitely"), ("goverment", "government"), ("acheive", "achieve"),
    ("beleive", "believe"), ("untill", "until"), ("occured", "occurred"),
])
def test_suggest_ranks_the_intended_word_first(word, best):
    assert cleantext.suggest(word)[0] == best


def test_suggest_returns_nothing_for_correct_words():
    for w in ("with", "example", "Moscow", "minilateralism", "colour", "color", "realpolitik"):
        assert cleantext.suggest(w) == [], w


def test_contractions_and_compounds():
    assert cleantext.suggest("don't") == [] and cleantext.suggest("dont") == ["don't"]
    assert cleantext.suggest("cant") == []  # a word of its own
    assert cleantext.suggest("well-knwon") == ["well-known"]
    assert cleantext.suggest("long-term") == []
    f = finding_at("They dont agree.", "dont")
    assert f is not None and f.suggestions == ("don't",)


def test_suggest_keeps_the_case_pattern():
    assert cleantext.suggest("Wiht")[0] == "With"
    assert cleantext.suggest("WIHT")[0] == "WITH"
    assert cleantext.suggest("moscow") == ["Moscow"]


def test_suggest_offers_several_candidates_best_first():
    out = cleantext.suggest("poety")
    assert len(out) >= 3 and "poetry" in out[:3]


# ---------------------------------------------------------------- config
def test_accept_list_silences_words():
    text = "The Zangezurx corridor and the wiht clause."
    assert finding_at(text, "wiht") is not None
    cfg = Config(enable={"typo"}, accept={"wiht"})
    assert finding_at(text, "wiht", cfg) is None


def test_dialect_flags_the_other_spelling_as_style():
    us = Config(enable={"typo"}, dialect="en-US")
    f = finding_at("The colour of the flag faded.", "colour", us)
    assert f is not None and f.category == "style" and f.suggestions[0] == "color"
    gb = Config(enable={"typo"}, dialect="en-GB")
    f = finding_at("The color of the flag faded.", "color", gb)
    assert f is not None and f.suggestions[0] == "colour"
    # Oxford spelling: -ize is British too
    assert finding_at("They realize it.", "realize", gb) is None
    # by default both are accepted
    assert not typo_findings("The colour faded.") and not typo_findings("The color faded.")


def test_mixed_spellings_in_one_document_are_pointed_out():
    f = finding_at("The colour of the flag and the color of the sky.", "color")
    assert f is not None and f.rule == "typo.dialect" and f.suggestions[0] == "colour"


def test_offsets_point_into_the_original_text():
    text = "\u201cQuoted\u201d words, then a wiht \u2014 and exmaple."
    for f in typo_findings(text):
        assert text[f.start:f.end] in ("wiht", "exmaple")


# ---------------------------------------------------------------- the user's documents
SEEDS = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "seeds")


@pytest.mark.skipif(not glob.glob(os.path.join(SEEDS, "000*.txt")), reason="seed documents not present")
def test_seed_document_typos_are_found():
    path = sorted(glob.glob(os.path.join(SEEDS, "000*.txt")))[0]
    text = open(path, encoding="utf-8").read()
    found = {text[f.start:f.end]: f for f in typo_findings(text)}
    for word, expected in (("wiht", "with"), ("exmaple", "example"), ("dose", "does"),
                           ("then", "than"), ("russia", "Russia"), ("several", "Several")):
        assert word in found, f"{word!r} not found in {os.path.basename(path)}"
        assert found[word].suggestions[0] == expected
    # names of the document are not flagged
    for name in ("Zangezur", "Ulucaynak", "Yekaterinburg"):
        assert name not in found
