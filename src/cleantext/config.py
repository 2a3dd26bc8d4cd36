"""Config: one immutable object with defaults, like ftfy's TextFixerConfig.

Loading from pyproject.toml / .cleantext.toml lives in `config_files.py`; this module has no I/O.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

FIX_LEVELS = ("safe", "suggested", "all")
DIALECTS = ("both", "en-US", "en-GB")


def _frozen(value: Iterable[str] | str | None) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        return frozenset([value])
    return frozenset(value)


@dataclass(frozen=True)
class Config:
    """What to check and how much to trust.

    * `enable` / `disable`: rule ids, rule-id prefixes ("typo", "spin.lexicon") or categories.
      When `enable` is non-empty only matching rules run; `disable` always wins.
    * `min_confidence`: findings below it are not reported.
    * `fix_threshold`: `fix()` applies only findings at or above it that have exactly one suggestion.
    * `fix_level`: "safe" (typo, encoding, spacing), "suggested" (also spin restorations) or "all".
    * `spin_lists`: paths of TSV/CSV lists with `tortured`/`spun` and `expected` columns.
    * `accept`: words that are never flagged (case-insensitive).
    * `dialect`: "both" (default) accepts US and UK spelling; "en-US" or "en-GB" flags the other.
    * `severity`: per-rule severity overrides, {rule id or prefix: "error"|"warning"|"info"}.
    """

    enable: frozenset[str] = frozenset()
    disable: frozenset[str] = frozenset()
    min_confidence: float = 0.5
    fix_threshold: float = 0.8
    fix_level: str = "safe"
    spin_lists: tuple[str, ...] = ()
    accept: frozenset[str] = frozenset()
    dialect: str = "both"
    severity: Mapping[str, str] = field(default_factory=dict)
    skip_blockquotes: bool = False
    languagetool: str | None = None
    languagetool_timeout: float = 10.0
    max_bytes: int = 20_000_000

    def __post_init__(self) -> None:
        set_ = lambda k, v: object.__setattr__(self, k, v)  # noqa: E731
        set_("enable", _frozen(self.enable))
        set_("disable", _frozen(self.disable))
        set_("accept", frozenset(w.lower() for w in _frozen(self.accept)))
        if isinstance(self.spin_lists, (str, bytes)) or not isinstance(self.spin_lists, Iterable):
            set_("spin_lists", (str(self.spin_lists),))
        else:
            set_("spin_lists", tuple(str(p) for p in self.spin_lists))
        set_("severity", dict(self.severity))
        if self.fix_level not in FIX_LEVELS:
            raise ValueError(f"fix_level must be one of {FIX_LEVELS}, not {self.fix_level!r}")
        if self.dialect not in DIALECTS:
            raise ValueError(f"dialect must be one of {DIALECTS}, not {self.dialect!r}")
        for name in ("min_confidence", "fix_threshold"):
            v = float(getattr(self, name))
            if not 0.0 <= v <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, not {v}")
            set_(name, v)
        for rule, sev in self.severity.items():
            if sev not in ("error", "warning", "info"):
                raise ValueError(f"severity of {rule!r} must be error, warning or info, not {sev!r}")
        if int(self.max_bytes) <= 0:
            raise ValueError("max_bytes must be positive")

    def __hash__(self) -> int:  # severity is a dict; hash by its items
        return hash((self.enable, self.disable, self.min_confidence, self.fix_threshold,
                     self.fix_level, self.spin_lists, self.accept, self.dialect,
                     tuple(sorted(self.severity.items())), self.skip_blockquotes,
                     self.languagetool, self.max_bytes))

    def replace(self, **changes: Any) -> "Config":
        return dataclasses.replace(self, **changes)

    def rule_enabled(self, rule_id: str, category: str) -> bool:
        if not self.enable and not self.disable:
            return True
        cache = self.__dict__.setdefault("_enabled_cache", {})  # not a field: no effect on eq/hash
        key = (rule_id, category)
        hit = cache.get(key)
        if hit is None:
            hit = cache[key] = not _matches(self.disable, rule_id, category) and (
                not self.enable or _matches(self.enable, rule_id, category))
        return hit

    def severity_for(self, rule_id: str, default: str) -> str:
        best, best_len = default, -1
        for key, sev in self.severity.items():
            if (rule_id == key or rule_id.startswith(key + ".")) and len(key) > best_len:
                best, best_len = sev, len(key)
        return best

    def to_dict(self) -> dict[str, Any]:
        out = {}
        for f in dataclasses.fields(self):
            v = getattr(self, f.name)
            if isinstance(v, frozenset):
                v = sorted(v)
            elif isinstance(v, tuple):
                v = list(v)
            elif isinstance(v, Mapping):
                v = dict(v)
            out[f.name] = v
        return out


def _matches(patterns: frozenset[str], rule_id: str, category: str) -> bool:
    if not patterns:
        return False
    if rule_id in patterns or category in patterns:
        return True
    parts = rule_id.split(".")
    return any(".".join(parts[:i]) in patterns for i in range(1, len(parts)))


DEFAULT = Config()
