"""cleantext: find spun text, typos and run-on degeneration in English prose.

    >>> import cleantext
    >>> report = cleantext.check("We met wiht the team.")
    >>> [(f.rule, f.suggestions[0]) for f in report.findings]
    [('typo.nonword', 'with')]
    >>> cleantext.fix("We met wiht the team.").text
    'We met with the team.'

Public API: check, fix, check_markup, fix_markup, suggest, readability, Config, Finding, Report, FixResult, Document.
"""
from __future__ import annotations

from .config import Config
from .document import Document
from .engine import InputTooLarge, check, check_document
from .findings import CATEGORIES, Change, Finding, FixResult, Report

__version__ = "0.1.0"

__all__ = [
    "CATEGORIES", "Change", "Config", "Document", "Finding", "FixResult", "InputTooLarge", "Report",
    "check", "check_document", "check_markup", "fix", "fix_markup", "readability", "suggest", "__version__",
]


def fix(text: str, config: Config | None = None) -> FixResult:
    """Apply the safe findings of `check(text)` and explain every change.

    Only findings at or above `config.fix_threshold` with exactly one suggestion, whose rule is
    allowed at `config.fix_level`, are applied. Text outside applied spans never changes, and
    `fix(fix(x).text).text == fix(x).text`.
    """
    from .fixer import fix as _fix

    return _fix(text, config)


def check_markup(text: str, config: Config | None = None, *, format: str = "markdown",
                 accept_patterns=()) -> Report:
    """Check Markdown, HTML or plain text (`format`: "markdown", "html", "plain").

    Code, URLs, HTML comments and front matter are never checked; suppression comments
    (`<!-- cleantext off -->` ...) are honoured. Offsets index `text`, the markup source.
    `accept_patterns` are compiled regexes: findings whose text matches one in full are dropped.
    """
    from .markup import check as _check

    return _check(text, config, format=format, accept_patterns=accept_patterns)


def fix_markup(text: str, config: Config | None = None, *, format: str = "markdown",
               accept_patterns=()) -> FixResult:
    """`fix` through a markup front end: every pass re-checks the text as `format`."""
    from .markup import fix as _fix

    return _fix(text, config, format=format, accept_patterns=accept_patterns)


def suggest(word: str) -> list[str]:
    """Corrections for one word out of context, best first; [] for a correct word."""
    from .checks.typo import suggest as _suggest

    return _suggest(word)


def readability(text: str) -> dict[str, float]:
    """Readability metrics (textstat) computed offline on the segmented document."""
    from .readability_metrics import readability_of_text

    return readability_of_text(text)
