"""The real-word model's fast path gives the verdicts of the plain algorithm: alternatives one
edit away, `context.best_alternative`, behind gates that only skip work (sentences written for
these tests)."""
from __future__ import annotations

import pytest

from cleantext.checks.typo import context as C
from cleantext.checks.typo import realword as R
from cleantext.checks.typo.context import bi
from cleantext.document import Document

SENTENCES = (
    "The officer wrote a report mf the accident.",
    "It his a general rule that nobody reads the manual.",
    "The problem would be much sore easily solved with money.",
    "The report needs some basin knowledge of economics.",
    "There was nothing to chose between the two offers.",
    "Her office was organised, tidy and quiet, and the colour of the walls was grey.",
    "The council said the plan would cost more than the roads budget.",
    "We went to the park and had fun with the dogs in the late afternoon.",
    "She filed the papers and filled the glasses before the guests came.",
    "Ont the table lay a letter form the bank about the loan.",
    "He went their to see the new house, but the road was closed.",
    "Prices rose sharply as traders feared a shortage of grain.",
)


def _plain(w: str, w_lm: str, prev: str, nxt: str | None, confusable: tuple[str, ...], need: float):
    """The verdict without the fast path: every gate in its first order, every alternative scored."""
    if nxt and bi(prev, w) and bi(w, nxt):
        return None
    cheapest = 0.0 if confusable or w_lm not in C.lm() else C.COST_EDIT
    gain = -C.logp(w_lm, prev)
    if nxt:
        gain = min(gain, -C.logp(nxt, w_lm))
    else:
        gain -= C.COST_LEFT_ONLY
    if gain + 0.5 - cheapest < need:
        return None
    alts = tuple(a for a in C.alternatives(w, confusable) if a[0] != w_lm)
    if not alts:
        return None
    r = C.best_alternative(w_lm, prev, nxt, alts, need)
    return None if r is None or r[1] < need else r


def _contexts():
    out = []
    for s in SENTENCES:
        words = [t.lower for t in Document(s).tokens if t.kind == "word"]
        for k, w in enumerate(words):
            info = R._word_info(w)
            if info is None:
                continue
            prev = words[k - 1] if k else C.BOS
            for nxt in (words[k + 1] if k + 1 < len(words) else C.EOS, None):
                out.append((w, info[0], prev, nxt, info[1]))
    return out


@pytest.mark.parametrize("need", [R.MARGIN, -1.5, 0.0, 1.0])
def test_fast_verdicts_equal_the_plain_algorithm(need):
    decide = R._model_decide.__wrapped__
    found = 0
    for w, w_lm, prev, nxt, confusable in _contexts():
        want = _plain(w, w_lm, prev, nxt, confusable, need)
        assert decide(w, w_lm, prev, nxt, confusable, need) == want, (w, prev, nxt, need)
        found += want is not None
    assert found  # the sentences hold slips the model catches


def test_no_alternative_costs_less_than_the_floor_the_gate_assumes():
    for w, _w_lm, _prev, _nxt, confusable in _contexts():
        floor = 0.0 if confusable or w not in C.lm().ids else C.COST_EDIT
        assert all(cost >= floor for _x, cost in C.alternatives(w, confusable)), w


def test_best_after_bounds_every_listed_successor():
    model = C.lm()
    for prev in ("the", "of", "rather", C.BOS, "economics"):
        i = model.ids[prev]
        best = model.best_after(i)
        lo, hi = model.start[i], model.start[i + 1]
        assert any(model.logp(model.words[model.next[k]], prev) == best for k in range(lo, hi))
        assert all(model.logp(model.words[model.next[k]], prev) <= best for k in range(lo, min(hi, lo + 2000)))
