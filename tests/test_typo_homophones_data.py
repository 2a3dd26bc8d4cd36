"""The homophone pairs built from the pronouncing dictionary (data/typo/homophones.txt) and the
"sound" group of typo.realword's confusion-set pass that judges them."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

import cleantext
from cleantext.checks.typo import context as C
from cleantext.checks.typo import realword as R
from cleantext.checks.typo.lexicon import lexicon, read_data

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _pairs() -> list[tuple[str, str]]:
    return sorted((a, b) for a, b in R.sound_pairs() if a < b)


def test_file_is_what_the_script_builds(tmp_path):
    out = tmp_path / "homophones.txt"
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "build_typo_homophones.py"), "--out", str(out)],
                   check=True, capture_output=True)
    shipped = read_data("homophones.txt").decode("utf-8")
    assert out.read_text(encoding="utf-8") == shipped


def test_pairs_are_common_words_not_spellings_of_one_word():
    pairs = _pairs()
    assert len(pairs) >= 40
    common, names = lexicon().common, lexicon().names
    hand = R.confusion_sets()
    for a, b in pairs:
        for w in (a, b):
            assert w in common and w not in names and w in C.lm() and len(w) >= 3, w
        assert not C._spelling_variant(a, b) and not C._inflection(a, b), (a, b)
        assert b not in hand.get(a, ()), (a, b)  # already a hand-written set


def test_only_the_set_pass_knows_them():
    # the model pass and typo.meaning take a set member for a free slip: hand-written sets only
    assert "sell" not in R.confusion_sets().get("cell", ())
    assert "sell" in R.confusion_sets(sounds=True)["cell"]
    assert ("cell", "sell") in R.sound_pairs() and ("sell", "cell") in R.sound_pairs()


@pytest.mark.parametrize("left, right, judged", [
    ((-3.0, -4.0), (-1.0, -2.0), True),    # both sides prefer the homophone, by 2 together
    ((-3.0, -3.2), (-1.0, -1.3), False),   # both sides, but by 0.5 together: under SOUND_BOTH
    ((-3.0, -5.0), (-2.0, -1.0), False),   # one side alone, however strongly
])
def test_sound_group_needs_both_neighbours(monkeypatch, left, right, judged):
    # logp(word, prev): the meant word's value first on each side
    table = {("wrap", "to"): left[0], ("rap", "to"): left[1], ("the", "wrap"): right[0], ("the", "rap"): right[1]}
    monkeypatch.setattr(R.C, "logp", lambda w, prev: table[(w, prev)])
    assert R._both_sides("rap", "wrap", "to", "the") is judged


def test_sound_group_is_never_judged_on_one_side():
    assert R.set_verdict("cell", R.confusion_sets(sounds=True)["cell"], "will", None) is None
    v = R.set_verdict("cell", R.confusion_sets(sounds=True)["cell"], "will", "the")
    assert v is not None and v[0] == "sell" and v[2] == "sound"


@pytest.mark.parametrize("text, span, fix", [
    ("The shop will cell the new phone next week.", "cell", "sell"),
    ("We need to rap the gift before the party.", "rap", "wrap"),
    ("The old carpet was warn and thin.", "warn", "worn"),
])
def test_flags_and_suggests(text, span, fix):
    fs = [f for f in cleantext.check(text).findings if f.rule == "typo.realword"]
    assert [(text[f.start:f.end], f.suggestions[0]) for f in fs] == [(span, fix)]


@pytest.mark.parametrize("text", [
    "The prisoner sat alone in his cell all week.",
    "They sell a new phone every year and wrap it in paper.",
    "The band was banned from the stadium after the riot.",
    "Our meeting lasted an hour.",
    "The deer ran past the dear old house.",
])
def test_fluent_homophones_pass(text):
    assert not [f for f in cleantext.check(text).findings if f.category == "typo"]


def test_bands_are_monotone():
    confs = [c for _, c in R._SET_CONFIDENCE["sound"]]
    assert confs == sorted(confs, reverse=True)
    assert R.set_confidence(3.5, "sound") > R.set_confidence(0.2, "sound") >= 0.5
