"""Contextual restorations: pairs of common words that fluent news writes too ("book summary"), so
they are reported only in a text that shows a spinner's trace of another kind."""
import cleantext
from cleantext.checks.spin import candidates as C
from cleantext.checks.spin.data import spin_data


def _spin(text):
    return [(f.rule, text[f.start:f.end], f.suggestions, f.severity, f.confidence)
            for f in cleantext.check(text).findings if f.category == "spin"]


def test_contextual_pair_needs_another_trace():
    plain = "The insurer paid for the car tragedy on the bridge."
    traced = "The insurer looked for to pay for the car tragedy on the bridge."
    assert _spin(plain) == []
    found = [f for f in _spin(traced) if f[0] == "spin.restore"]
    assert [(span, sugg[0], sev) for _, span, sugg, sev, _ in found] == [("car tragedy", "car accident", "info")]
    assert found[0][4] >= cleantext.Config().min_confidence


def test_contextual_pair_silent_in_long_plain_text():
    filler = "The board met on Monday and agreed the plan for the coming year. " * 12
    text = filler + "The insurer paid for the car tragedy on the bridge."
    assert not any(f[0] == "spin.restore" for f in _spin(text))


def test_contextual_pair_follows_idiom_trace():
    text = "The mayor will shed illumination on the car disaster next week."
    found = {(f[0], f[1]): f[2][:1] for f in _spin(text)}
    assert found.get(("spin.restore", "car disaster")) == ("car accident",)
    assert ("spin.structural.idiom", "illumination") in found
    assert _spin("The mayor spoke about the car disaster on Monday.") == []


def test_contextual_classification():
    d = spin_data()
    found = C.candidates(d, "car", "tragedy", np_context=True)
    assert found and C.contextual(found)
    assert (d.words[found[0].x], d.words[found[0].y]) == ("car", "accident")
    assert all(c.context and not c.decisive and len(c.features) == len(C.PARAMS.weights) for c in found)
    decided = C.candidates(d, "hotel", "chamber")
    assert decided and not any(c.context for c in decided)
    # What --calibrate fits on; the attested swaps added for suggestions weigh nothing.
    assert all(len(c.features) == len(C.PARAMS.weights) or (not c.features and not c.decisive) for c in decided)
    assert any(c.features for c in decided)
    assert not C.contextual(C.candidates(d, "hotel", "chamber") or [])  # decided by the score
    assert C.candidates(d, "human", "rights") is None  # attested


def test_rare_words_are_never_contextual():
    d = spin_data()
    strict = C.PARAMS._replace(context_min_lp=0.0)  # no observed word is that common
    assert not C.candidates(d, "car", "tragedy", strict, True)


def test_a_second_word_that_may_be_a_verb_is_never_contextual():
    # "the committee plans a party": a subject and its verb, not a modifier and a noun
    text = "The council looked for to cut costs, and the committee plans a party for May."
    assert not any(f[0] == "spin.restore" for f in _spin(text))
