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


def test_words_already_in_lower_case_share_one_string():
    doc = Document("the Council met, and NATO said: café Été wiht.")
    for t in doc.tokens:
        assert t.lower == t.norm.lower()
    the, council, met = doc.tokens[:3]
    assert the.lower is the.text and met.lower is met.text
    assert council.lower == "council" and council.lower is not council.text


def test_the_ngram_cache_key_is_the_sha1_it_always_was(monkeypatch):
    # The key comes from the small built-in SHA-1 instead of hashlib (which loads OpenSSL): the
    # digest, and so the name of every n-gram cache file already written, must not change.
    import hashlib
    import os
    import sys

    from cleantext import __version__, ngrams

    sources = ngrams._source_files()
    parts = [__version__, ngrams._FORMAT, sys.byteorder]
    parts += [f"{os.path.basename(p)}-{os.stat(p).st_size}" for _, p, _ in sources]
    assert ngrams._cache_key(sources) == hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


def test_unpack_copies_each_block_once_and_keeps_none_of_the_input():
    import sys
    from array import array

    from cleantext.packed import unpack

    ids, lp = array("I", range(1000)), array("h", [-3, 5])
    raw = b"".join(f"{k} {a.typecode} {len(a)}\n".encode() + a.tobytes() for k, a in (("ids", ids), ("lp", lp)))
    refs = sys.getrefcount(raw)
    out = unpack(raw)
    assert out["ids"] == ids and out["lp"] == lp
    assert sys.getrefcount(raw) == refs  # no view left behind pins the (large) input bytes


def _expected_tokens(text):
    """The token regex's view of a text without quotes, URLs or words over MAX_WORD letters, with
    the acronym rule applied: (start, end, text, kind, lower)."""
    from cleantext.document import _is_acronym

    out = []
    for s, e, t, kind in _regex_tokens(text):
        if kind == "word" and len(t) > 1 and t[:2].isupper() and _is_acronym(t):
            kind = "acronym"
        out.append((s, e, t, kind, t.lower()))
    return out


def test_plain_words_take_the_short_path_with_the_regex_tokens():
    import random

    rng = random.Random(11)
    pieces = ["the", "The", "I", "a", "A", "NATO", "UK's", "iPhone", "McDonald", "cafe", "said,", "year.",
              "U.S.", "2004", "3.5%", "well-known", "don't", "--", "?!", "(", ")", "x" * 60, "ETA", "Ab"]
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        text = rng.choice(["", " ", "  "]) + text + rng.choice(["", " ", "\t"])
        doc = Document(text)
        got = [(t.start, t.end, t.text, t.kind, t.lower) for t in doc.tokens]
        assert got == _expected_tokens(text), text
        assert [t.index for t in doc.tokens] == list(range(len(doc.tokens)))


def test_plain_words_inside_quotes_are_quoted():
    doc = Document('He said "the cat sat" and \u201cThe Dog ran\u201d home.')
    quoted = {t.text: t.quoted for t in doc.tokens if t.kind == "word"}
    assert quoted == {"He": False, "said": False, "the": True, "cat": True, "sat": True, "and": False,
                      "The": True, "Dog": True, "ran": True, "home": False}
