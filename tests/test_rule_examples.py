"""One table test for every rule's should-flag and should-pass examples (proselint's pattern)."""
import pytest

import cleantext
from cleantext import checks

CASES = [(rule, ex) for rule in checks.all_rules().values() for ex in rule.examples]


def _id(case):
    rule, ex = case
    return f"{rule.id}:{'flag' if ex.flag else 'pass'}:{ex.text[:30]}"


def test_every_rule_has_both_kinds_of_example():
    for rule in checks.all_rules().values():
        kinds = {ex.flag for ex in rule.examples}
        assert kinds == {True, False}, f"{rule.id} needs should-flag and should-pass examples"
        assert rule.description


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_rule_example(case):
    rule, ex = case
    config = cleantext.Config(enable={rule.id}, min_confidence=0.0)
    found = [f for f in cleantext.check(ex.text, config).findings if f.rule == rule.id]
    if not ex.flag:
        assert not found, [(ex.text[f.start:f.end], f.message) for f in found]
        return
    assert found, f"{rule.id} did not flag {ex.text!r}"
    if ex.span is not None:
        spans = [i for i in range(len(ex.text)) if ex.text.startswith(ex.span, i)]
        assert spans, f"example span {ex.span!r} is not in the text"
        hits = [f for f in found for pos in spans
                if f.start <= pos and pos + len(ex.span) <= f.end or f.start >= pos and f.end <= pos + len(ex.span)]
        assert hits, f"no finding covers {ex.span!r}: {[(ex.text[f.start:f.end]) for f in found]}"
        found = hits
    if ex.suggestion is not None:
        assert any(f.suggestions[:1] == (ex.suggestion,) for f in found), \
            [(ex.text[f.start:f.end], f.suggestions) for f in found]
