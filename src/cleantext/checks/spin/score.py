"""The document verdict: one odd phrase is not a spun article.

* `spin_density`: spin findings per 1,000 words.
* `spin_score`: the sum of the findings' confidences per 1,000 words, where findings from user
  lists count in full and the statistical restorations count at their confidence. Fluent news
  prose scores about 0.3 or less; spun articles score well above 5.
* `spin_verdict`: 1.0 when the verdict below is given, else 0.0.

The verdict "this text looks machine-spun" needs all of: `spin_score >= SCORE_THRESHOLD`, at
least `MIN_FINDINGS` findings on distinct phrases, and at least `MIN_WORDS` words, so that a short
text with one odd phrase never earns it.
"""
from __future__ import annotations

from typing import Sequence

from ...findings import Finding

SCORE_THRESHOLD = 5.0
MIN_FINDINGS = 4
MIN_WORDS = 120
VERDICT = "this text looks machine-spun"


def score(findings: Sequence[Finding], words: int) -> dict[str, float]:
    per_k = 1000.0 / max(words, 1)
    distinct = {f.message for f in findings}
    density = len(findings) * per_k
    total = sum(f.confidence for f in findings) * per_k
    verdict = total >= SCORE_THRESHOLD and len(distinct) >= MIN_FINDINGS and words >= MIN_WORDS
    return {"spin_density": round(density, 3), "spin_score": round(total, 3),
            "spin_verdict": 1.0 if verdict else 0.0}
