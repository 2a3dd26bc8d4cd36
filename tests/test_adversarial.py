"""Pathological inputs: check() must grow near-linearly. Timed as ratios within one run, never
against absolute numbers; the bound is generous because the machine is noisy."""
import time

import pytest

import cleantext

BASE = 5_000  # characters at 1x


def _pathological():
    return {
        "no_spaces": lambda n: "a" * n,
        "no_punctuation": lambda n: ("word " * (n // 5)),
        "commas": lambda n: "," * n,
        "nested_brackets": lambda n: "(" * (n // 2) + ")" * (n // 2),
        "url": lambda n: "https://example.com/" + "a/" * ((n - 20) // 2),
        "repeated_sentences": lambda n: "The company said it would grow. " * (n // 32),
        "newlines": lambda n: "\n" * n,
        "mixed_markup": lambda n: ("# Head\n- item `code` <b>x</b> [l](http://x.y) " * (n // 44)),
    }


def _time(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        cleantext.check(text)
        best = min(best, time.perf_counter() - t)
    return best


@pytest.mark.parametrize("name", sorted(_pathological()))
def test_check_grows_near_linearly(name):
    make = _pathological()[name]
    cleantext.check(make(BASE))  # warm-up: data loading is not part of the growth
    small = max(_time(make(BASE)), 2e-4)
    large = _time(make(BASE * 20))
    # 20x the text: linear is 20x; quadratic would be 400x. Allow 60x for noise.
    assert large / small < 60, f"{name}: 20x input took {large / small:.1f}x the time"


def test_one_megabyte_token_and_url_do_not_hang():
    for text in ("x" * 1_000_000, "https://example.com/" + "a" * 1_000_000, "#" + "b" * 1_000_000):
        t = time.perf_counter()
        cleantext.check(text)
        assert time.perf_counter() - t < 30


def test_nul_characters_between_repeated_prose():
    # Found by benchmarks/fuzz.py: a NUL inside the text misaligned the degeneration check's
    # per-token arrays and raised IndexError.
    text = "The company said it would grow again next year. \x00 " * 40
    report = cleantext.check(text)
    assert any(f.rule == "encoding.control_char" for f in report.findings)
    assert cleantext.fix(cleantext.fix(text).text).text == cleantext.fix(text).text
