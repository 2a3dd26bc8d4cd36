"""Plain text: code in backticks is blanked, quotation marks of TeX and tokenised corpora are not."""
from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext.markup.plain import code_spans, load


@pytest.mark.parametrize("text,code", [
    ("Call `linear_model.Ridge` now.", ["`linear_model.Ridge`"]),
    ("Use ``a ` b`` please.", ["``a ` b``"]),
    ("Run `frobnicte --fast` and `x`bar.", ["`frobnicte --fast`", "`x`"]),
    ("Text\n```\ncode wiht\n```\nAfter.", ["```\ncode wiht\n```"]),
    ("Text\n~~~\ncode\n~~~", ["~~~\ncode\n~~~"]),
    ("Unclosed\n```py\ncode", ["```py\ncode"]),
])
def test_code_is_found(text, code):
    assert [text[s:e] for s, e in code_spans(text)] == code


@pytest.mark.parametrize("text", [
    "I don`t know and won`t go.",
    "A stray ` backtick here.",
    "`` I am sorry '' , he said . `` Go now '' .",
    "``Hello,'' he said. ``Go.''",
    "`hello' and `world'",
    "Para one `open\n\nnext para` closes.",
    "No code here at all.",
])
def test_quotes_and_stray_backticks_stay_prose(text):
    assert code_spans(text) == []
    assert load(text)[0] == text


def test_check_and_fix_leave_code_alone():
    text = "Run `frobnicte --fast`, then recieve the `recieve_data` output."
    rep = cleantext.check(text)
    assert [text[f.start:f.end] for f in rep.findings] == ["recieve"]
    assert cleantext.fix(text).text == "Run `frobnicte --fast`, then receive the `recieve_data` output."


def test_quoted_prose_is_still_checked():
    text = "``We recieve it,'' she said. ``Yes.''"
    assert [text[f.start:f.end] for f in cleantext.check(text).findings if f.category == "typo"] == ["recieve"]


def test_cli_plain_file_skips_code(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Call `linear_model.Ridge` or `frobnicte` now. We recieve it.\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "cleantext", "check", "--format", "text", str(path)],
                         capture_output=True, text=True)
    assert out.returncode == 1
    assert "recieve" in out.stdout
    assert "frobnicte" not in out.stdout and "linear_model" not in out.stdout


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab `'~\n .x")), max_size=60))
def test_spans_are_ordered_disjoint_and_keep_length(text):
    spans = code_spans(text)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    prose = load(text)[0]
    assert len(prose) == len(text)
    assert all(p == c or p == " " and c not in "\r\n" for p, c in zip(prose, text))
