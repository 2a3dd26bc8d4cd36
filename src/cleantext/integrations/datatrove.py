"""cleantext as a DataTrove pipeline step: annotate each document, and optionally drop the damaged.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleantext.integrations.datatrove import CleantextFilter

    LocalPipelineExecutor(pipeline=[
        JsonlReader("data/in"),
        CleantextFilter(score_limits={"degeneration_score": 0.5}, drop_on_verdict=True,
                        exclusion_writer=JsonlWriter("data/removed")),
        JsonlWriter("data/out"),
    ], tasks=8).run()

Each kept document gets `metadata["cleantext"]`: the fields of `cleantext batch` (words, counts,
scores, verdicts, and readability/findings/fixed text when asked for). Needs `pip install
cleantext[datatrove]`.
"""
from __future__ import annotations

from typing import Mapping

from datatrove.data import Document
from datatrove.pipeline.filters.base_filter import BaseFilter

from ..batch import Options, analyse
from ..findings import CATEGORIES


class CleantextFilter(BaseFilter):
    """Check every document; drop it when a limit is passed, keep (and annotate) it otherwise.

    * `max_per_1k_words`: {category: findings per 1,000 words above which the document is dropped};
    * `score_limits`: {score name: value above which the document is dropped}, for example
      {"degeneration_score": 0.5} or {"spin_density": ...} (see `cleantext batch` output for names);
    * `drop_on_verdict`: drop every document that gets a verdict (spun or degenerate text);
    * `annotate`: store the result in `doc.metadata[metadata_key]`.
    With no limits it only annotates. A document cleantext cannot check is kept and marked with
    `metadata[metadata_key] = {"error": ...}`.
    """

    name = "cleantext"

    def __init__(self, config=None, *, max_per_1k_words: Mapping[str, float] | None = None,
                 score_limits: Mapping[str, float] | None = None, drop_on_verdict: bool = False,
                 annotate: bool = True, metadata_key: str = "cleantext", findings: bool = False,
                 fixed_text: bool = False, readability: bool = False, exclusion_writer=None) -> None:
        super().__init__(exclusion_writer)
        unknown = set(max_per_1k_words or ()) - set(CATEGORIES)
        if unknown:
            raise ValueError(f"unknown categories: {sorted(unknown)}")
        self.config = config
        self.max_per_1k_words = dict(max_per_1k_words or {})
        self.score_limits = dict(score_limits or {})
        self.drop_on_verdict = drop_on_verdict
        self.annotate = annotate
        self.metadata_key = metadata_key
        self.options = Options(findings=findings, fixed_text=fixed_text, readability=readability)

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        try:
            res = analyse(doc.text, None, self.config, self.options)
        except Exception as e:  # a document we cannot check is kept, and says why
            self.stat_update("cleantext_error")
            if self.annotate:
                doc.metadata[self.metadata_key] = {"error": f"{type(e).__name__}: {e}"}
            return True
        res.pop("id", None)
        if self.annotate:
            doc.metadata[self.metadata_key] = res
        words = max(1, res["words"])
        for cat, limit in self.max_per_1k_words.items():
            if 1000 * res["counts"][cat] / words > limit:
                return False, f"cleantext_{cat}"
        for name, limit in self.score_limits.items():
            if res["scores"].get(name, 0.0) > limit:
                return False, f"cleantext_{name}"
        if self.drop_on_verdict and res["verdicts"]:
            return False, "cleantext_verdict"
        return True
