"""The check registry. Each module in `MODULES` exposes:

* `RULES`: a tuple of `cleantext.rules.Rule`;
* `run(doc: Document, ctx: Context) -> Iterable[Finding]`.

A check reads the shared `Document` and never re-tokenises the text. Document-level scores
(spin density, degeneration score...) go into `ctx.scores`, verdict sentences into `ctx.verdicts`.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType, ModuleType
from typing import Any, Mapping

from ..config import Config
from ..rules import Rule

# Order matters only for ties; findings are sorted by offset afterwards.
MODULES = (
    "encoding",
    "spacing",
    "punctuation",
    "grammar",
    "spin",
    "typo",
    "degeneration",
    "runon",
)


@dataclass
class Context:
    config: Config
    scores: dict[str, float] = field(default_factory=dict)
    verdicts: list[str] = field(default_factory=list)
    cache: dict[str, Any] = field(default_factory=dict)

    def enabled(self, rule: Rule) -> bool:
        return rule.default_enabled or rule.id in self.config.enable or rule.category in self.config.enable


@lru_cache(maxsize=None)
def load(name: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{name}")


def modules() -> list[ModuleType]:
    return [load(n) for n in MODULES]


@lru_cache(maxsize=1)
def all_rules() -> Mapping[str, Rule]:
    """Every registered rule by id. MODULES is fixed, so the table is built once (it was rebuilt
    on every check and every fix pass); read-only so no caller can change it for the others."""
    rules: dict[str, Rule] = {}
    for mod in modules():
        for r in mod.RULES:
            if r.id in rules:
                raise RuntimeError(f"duplicate rule id {r.id}")
            rules[r.id] = r
    return MappingProxyType(rules)
