"""Word classes that the degeneration checks read: English function words and the function words
of other languages written in Latin script (see data/degeneration/README.md)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _read(name: str) -> frozenset[str]:
    text = resources.files("cleantext").joinpath(f"data/degeneration/{name}").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    return _read("function_words.txt")


@lru_cache(maxsize=1)
def foreign_function_words() -> frozenset[str]:
    return _read("foreign_function_words.txt") - function_words()


def is_latin_word(text: str) -> bool:
    """True when every letter of the word is in the Latin blocks (Basic Latin to Latin Extended-B)."""
    return text.isascii() or all(ord(c) < 0x250 or not c.isalpha() for c in text)
