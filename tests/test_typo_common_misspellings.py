"""Classic English misspellings in running text (issue #3): each is found where it stands, at a
sentence start, mid-sentence and before punctuation, with its correction first; rare but correct
words stay quiet. Sentences written for these tests."""
from __future__ import annotations

import pytest

import cleantext


def _typos(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[f.start:f.end], f.suggestions) for f in cleantext.check(text).findings if f.category == "typo"]


@pytest.mark.parametrize("text, word, correction", [
    # two vowels swapped (ie/ei, uo/ou)
    ("That is a wierd idea.", "wierd", "weird"),
    ("The noise in the attic sounded wierd.", "wierd", "weird"),
    ("Thier house stands by the river.", "Thier", "Their"),
    ("The flourescent light flickered all night.", "flourescent", "fluorescent"),
    ("We will recieve the parcel tomorrow.", "recieve", "receive"),
    ("Our freind lives in the next town.", "freind", "friend"),
    # a doubled letter written once, or a single one doubled
    ("The goverment plans were cut.", "goverment", "government"),
    ("The changes are occuring fast.", "occuring", "occurring"),
    ("They met at the cricket pavillion on Sunday.", "pavillion", "pavilion"),
    ("They sailed around the carribean islands.", "carribean", "caribbean"),
    ("Tea was her prefered drink.", "prefered", "preferred"),
    ("The hotel can accomodate fifty guests.", "accomodate", "accommodate"),
    ("Flooding is a rare occurence here.", "occurence", "occurrence"),
    ("The comittee will meet on Tuesday.", "comittee", "committee"),
    ("He was embarassed by the mistake.", "embarassed", "embarrassed"),
    ("The new millenium began with fireworks.", "millenium", "millennium"),
    ("She reported the harrassment to her manager.", "harrassment", "harassment"),
    # a final l doubled in a longer word
    ("We will wait untill Friday.", "untill", "until"),
    ("Stay here untill noon.", "untill", "until"),
    # suffix confusions
    ("The cemetary lies behind the church.", "cemetary", "cemetery"),
    ("Water is indispensible.", "indispensible", "indispensable"),
    ("The essay had poor grammer.", "grammer", "grammar"),
    ("The country became independant in 1960.", "independant", "independent"),
    ("They doubted the existance of the letter.", "existance", "existence"),
    # an inner e dropped
    ("There was a noticable change in tone.", "noticable", "noticeable"),
    ("The guide was very knowledgable.", "knowledgable", "knowledgeable"),
    ("Unforseen costs delayed the project.", "Unforseen", "Unforeseen"),
    ("Please call immediatly.", "immediatly", "immediately"),
    # dropped letters and phonetic spellings
    ("The book is in the libary.", "libary", "library"),
    ("Keep the eggs seperate.", "seperate", "separate"),
    ("I beleive the report is accurate.", "beleive", "believe"),
    ("The restaraunt was full on Friday.", "restaraunt", "restaurant"),
    ("She enjoys writting poems.", "writting", "writing"),
])
def test_classic_misspellings_are_found_and_corrected(text, word, correction):
    found = _typos(text)
    assert found, text
    assert found[0][0] == word
    assert found[0][1] and found[0][1][0].lower() == correction.lower()


@pytest.mark.parametrize("text", [
    "Green apples taste sharp because they hold malic acid.",
    "We ordered wonton soup and spring rolls.",
    "The geostrategic stakes were high.",
    "Minilateralism is replacing grand treaties.",
    "Rewilding projects brought back the beavers.",
    "The spearmen held the line.",
    "She drank a mango lassi.",
    "They sold tickets by the hatful.",
    "The ombudsman upheld the complaint.",
    "The farrier shod the horse at dawn.",
    "The anglers caught a fine grayling.",
    "He wore a padded gilet in the cold.",
    "The trickless magician still drew a crowd.",
    "The gapping seams let the rain in.",
    "The physicist described the soliton in the fibre.",
    "The ombudsman and the sommelier met the crofters.",
    "Penson played well on Sunday.",
    "Roten was elected in May.",
])
def test_rare_but_correct_words_pass(text):
    assert _typos(text) == []
