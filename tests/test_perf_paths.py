"""The fast paths taken for speed give exactly what the general path gives.

Speed itself is measured by benchmarks/bench_speed.py, never here.
"""
import gc
import itertools

from cleantext.document import _LIGHT_RE, _PLAIN_PUNCT, _TOKEN_RE, Document


def _regex_tokens(text):
    """What the token regex alone makes of a text without spaces: (start, end, text, kind)."""
    regex = _TOKEN_RE if "@" in text else _LIGHT_RE
    return [(m.start(), m.end(), m.group(), m.lastgroup) for m in regex.finditer(text)]


def test_runs_of_plain_punctuation_match_the_token_regex():
    chars = sorted(_PLAIN_PUNCT)
    runs = ["".join(p) for p in itertools.product(chars[:8], repeat=2)] + ["".join(chars), ",,,,", "?!", "--", "..."]
    for run in runs:
        doc = Document(run)
        got = [(t.start, t.end, t.text, t.kind) for t in doc.tokens]
        assert got == _regex_tokens(run), run
        assert all(t.norm == t.text == t.lower for t in doc.tokens)


def test_punctuation_runs_keep_their_offsets_and_quote_state():
    text = 'She wrote "wait -- no, never?!" and left -- quickly.'
    doc = Document(text)
    for t in doc.tokens:
        assert text[t.start:t.end] == t.text
    dash_runs = [t for t in doc.tokens if t.text == "-"]
    assert len(dash_runs) == 4
    assert [t.quoted for t in dash_runs] == [True, True, False, False]
    assert [t.index for t in doc.tokens] == list(range(len(doc.tokens)))


def test_chunks_that_could_be_more_than_punctuation_still_use_the_regex():
    # An e-mail address made of dashes and dots is what the regex makes of it; quotes still toggle.
    doc = Document("Write to -.-@-.- today.")
    assert "email" in [t.kind for t in doc.tokens]
    doc = Document('He said ""--"" twice.')
    assert [t.text for t in doc.tokens if t.kind == "punct"][:6] == ['"', '"', "-", "-", '"', '"']


def test_segmentation_leaves_the_collector_as_it_found_it():
    assert gc.isenabled()
    Document("A short text, with a comma.")
    assert gc.isenabled()
    gc.disable()
    try:
        Document("Another text; still short.")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_long_run_of_commas_gives_one_token_each():
    doc = Document("," * 5000)
    assert len(doc.tokens) == 5000
    assert doc.tokens[-1].start == 4999 and doc.tokens[-1].kind == "punct"


def test_checking_pauses_the_collector_only_for_the_run(monkeypatch):
    import pytest

    import cleantext
    from cleantext.checks import spacing

    assert cleantext.check("A text with a typo: wiht.").findings
    assert gc.isenabled()
    gc.disable()
    try:
        cleantext.check("Still paused afterwards.")
        assert not gc.isenabled()
    finally:
        gc.enable()

    def broken(doc, ctx):
        raise RuntimeError("a check crashed")

    monkeypatch.setattr(spacing, "run", broken)
    with pytest.raises(RuntimeError):
        cleantext.check("The collector comes back after a crash.")
    assert gc.isenabled()


def test_checks_and_fixes_leave_no_reference_cycles():
    # The collector is paused while a document is checked, which is only free if the checks build
    # no cycles: everything they make must go away by reference counting alone.
    import cleantext

    texts = ["The the council met wiht the unions on Tuesday , and  the talks went on late.",
             "Its a good day, rather then a bad one. Our counterfeit consciousness uses a profound "
             "neural organization.",
             "She said the bridge would help. She said the bridge would help. She said the bridge "
             "would help. She said the bridge would help."]
    for t in texts:
        cleantext.fix(t)  # load the tables first
    gc.collect()
    gc.disable()
    try:
        for t in texts:
            cleantext.check(t)
            cleantext.fix(t)
        assert gc.collect() == 0
    finally:
        gc.enable()
