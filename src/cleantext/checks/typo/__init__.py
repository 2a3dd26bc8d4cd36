"""Typos: non-words, real-word errors, lower-cased names and sentence starts, dialect spelling.

Rules: typo.nonword, typo.realword, typo.case, typo.dialect. `suggest(word)` gives the
out-of-context ranking used by `cleantext.suggest`.
"""
from __future__ import annotations

from typing import Iterator

from ...document import Document
from ...findings import Finding
from .nonword import NONWORD, suggest
from .nonword import run as _run_nonword
from .spans import word_spans

RULES = (NONWORD,)

__all__ = ["RULES", "run", "suggest"]


def run(doc: Document, ctx) -> Iterator[Finding]:
    spans = list(word_spans(doc))
    yield from _run_nonword(doc, spans, ctx)
