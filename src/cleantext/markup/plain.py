"""Plain text: every character is prose; only the engine's `cleantext: ignore` marker applies."""
from __future__ import annotations


def load(text: str, *, skip_blockquotes: bool = False) -> tuple[str, list]:
    return text, []
