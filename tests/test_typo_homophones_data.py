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
    assert R._both_sides("rap", "wrap", "to", "the", 0.0) is judged


@pytest.mark.parametrize("head_start, judged", [(0.0, True), (1.0, True), (1.5, False)])
def test_both_sides_discount_the_commoner_words_head_start(monkeypatch, head_start, judged):
    # the neighbours prefer "wrap" by 2.0 together; what the unigrams alone give it does not count
    table = {("wrap", "to"): -3.0, ("rap", "to"): -4.0, ("the", "wrap"): -1.0, ("the", "rap"): -2.0}
    monkeypatch.setattr(R.C, "logp", lambda w, prev: table[(w, prev)])
    assert R._both_sides("rap", "wrap", "to", "the", head_start) is judged


def test_head_start_is_the_commoner_words_unigram_lead():
    model = C.lm()
    lead = model.unigram("pain") - model.unigram("pane")
    assert lead > 1.0
    assert R._head_start("pane", "pain") == pytest.approx(lead)
    assert R._head_start("pain", "pane") == 0.0


def test_rare_word_in_its_own_field_is_not_read_as_its_commoner_homophone():
    # "the pane at": "pain" wins the raw margin on frequency alone; without its head start it does not
    sets = R.confusion_sets(sounds=True)
    assert R.set_verdict("pane", sets["pane"], "the", "at") is None
    assert R.set_verdict("cache", sets["cache"], "the", "on") is None
    # the rarer word typed for the commoner keeps a margin its neighbours give it
    v = R.set_verdict("peek", sets["peek"], "the", "of")
    assert v is not None and v[0] == "peak" and v[2] == "sound"


def test_sound_group_is_never_judged_on_one_side():
    assert R.set_verdict("cell", R.confusion_sets(sounds=True)["cell"], "will", None) is None
    v = R.set_verdict("cell", R.confusion_sets(sounds=True)["cell"], "will", "the")
    assert v is not None and v[0] == "sell" and v[2] == "sound"


@pytest.mark.parametrize("text, span, fix", [
    ("The shop will cell the new phone next week.", "cell", "sell"),
    ("We need to rap the gift before the party.", "rap", "wrap"),
    ("The old carpet was warn and thin.", "warn", "worn"),
    ("The climbers finally reached the peek of the mountain.", "peek", "peak"),
    ("She kept a tight grip on the reigns of the horse.", "reigns", "reins"),
    ("The clerk sold tickets at the boarders of the two countries.", "boarders", "borders"),
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
    "The cache on this server is cleared every night.",
    "Show or hide the pane at the top of the window.",
    "Her interest peaked when she heard the news.",
    "The new law will lessen the burden on small firms.",
    "The miners worked deep underground for years.",
])
def test_fluent_homophones_pass(text):
    assert not [f for f in cleantext.check(text).findings if f.category == "typo"]


def test_bands_are_monotone():
    confs = [c for _, c in R._SET_CONFIDENCE["sound"]]
    assert confs == sorted(confs, reverse=True)
    assert R.set_confidence(3.5, "sound") > R.set_confidence(0.2, "sound") >= 0.5


def _review():
    sys.path.insert(0, os.path.join(ROOT, "scripts"))
    try:
        import build_typo_homophones as B
    finally:
        sys.path.pop(0)
    return B


def test_every_shipped_pair_was_reviewed_and_kept():
    B = _review()
    decisions = B.review()
    assert all(reason.strip() for _kept, reason in decisions.values())
    for a, b in _pairs():
        assert decisions[(a, b)] == (True, "ok"), (a, b)
    dropped = {p for p, (kept, _r) in decisions.items() if not kept}
    assert ("focused", "focussed") in dropped and ("fireman", "firemen") in dropped  # a variant, a form
    assert not dropped & set(_pairs())


def test_build_stops_on_a_pair_nobody_reviewed():
    B = _review()
    decisions = {("cell", "sell"): (True, "ok"), ("seams", "seems"): (False, "frequent")}
    assert B.reviewed([("cell", "sell"), ("seams", "seems")], decisions) == [("cell", "sell")]
    with pytest.raises(SystemExit, match="not in"):
        B.reviewed([("cell", "sell"), ("peak", "peek")], decisions)
