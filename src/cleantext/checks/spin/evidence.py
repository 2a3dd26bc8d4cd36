"""Is a word pair spun? The evidence that `restore.candidates` weighs for each candidate
restoration: a logistic score fitted on a self-supervised set, the hand-set bars of the first
version, and the spelling variants that are no evidence at all."""
from __future__ import annotations

from operator import mul


def hand_rule(p, joint: float, pmi: float, gain: float, tight: bool, both: bool) -> bool:
    """The first version's bars (`restore.Params.rule_*`): a one-word restoration that is a
    strong collocation with a frequency gain (spinners reach for rarer synonyms) or a very strong
    tight one; a two-word restoration with exceptional association and tight links."""
    if both:
        return joint >= p.rule_joint_both and pmi >= p.rule_pmi_both and tight
    return joint >= p.rule_joint and pmi >= p.rule_pmi and (gain >= p.rule_gain or (tight and pmi >= p.rule_strong_pmi))


def spelling_variant(original: str, observed: str) -> bool:
    """A spelling variant, a slip or a derived form, not a synonym: "industrialised" for
    "industrialized", "medallist" for "medalist", "dependant" for "dependent", "geopolitical"
    for "political". A spinner swaps words for synonyms,
    and British spellings are rarer in our (mostly American) tables, so without this they would
    look spun."""
    if len(original) >= 5 and len(observed) >= 5 and (original in observed or observed in original):
        return True  # a derived form ("political" inside "geopolitical"), not a thesaurus swap
    if original[:2] != observed[:2]:
        return False
    from rapidfuzz.distance import OSA  # here, not at import: rapidfuzz costs ~12 ms to import

    return OSA.distance(original, observed, score_cutoff=2) <= 2 and min(len(original), len(observed)) >= 5


def feature_vector(joint: float, pmi: float, gain: float, tight: bool, both: bool, mwe: bool, observed: float,
                   spread: float, cover: float = 4.0, cond: float = -2.0) -> list[float]:
    """The features `score_candidate` weighs, in the order of `Params.weights` (shared with the
    calibration in scripts/build_spin_data.py, so that both compute them identically)."""
    g = -3.0 if gain < -3.0 else 3.0 if gain > 3.0 else gain
    return [1.0, joint + 6.0, pmi - 4.0, g, float(tight), float(both), float(mwe), observed + 9.0, spread,
            float(both and tight), cover - 4.0, cond + 2.0]


def score_candidate(w: tuple[float, ...], features: list[float]) -> float:
    """Log-odds that the pair with this candidate restoration is spun (logistic model), from the
    candidate's `feature_vector`.

    Fitted by `scripts/build_spin_data.py --calibrate` on a self-supervised set, never on
    evaluation data: positives are strong collocations of permissively licensed documentation
    prose spun the way a spinner does (one or both words replaced by a random thesaurus synonym
    that is an ordinary word); negatives are the candidates raised by the fluent pairs of
    paragraphs held out of the tables. `observed` is the sum of the observed words' log10 P
    (spun stand-ins are rarer words); `spread` is ln(number of candidates); `cover` is how well
    our tables know the observed words (ln of their strong collocations: an unattested pair of
    well-covered words is more telling than one of words the tables barely know); `cond` is the
    log10 probability of the restored word given the word kept in place (a spinner's original
    is often *the* usual partner: "amino" before "acid"). The fit gives `cover` and `cond` negative
    weights: each overlaps other features (`cond` moves with `joint` and `pmi`, `cover` with
    `observed`), and a weight is the effect with the others held fixed (data/spin/README.md)."""
    return sum(map(mul, w, features))  # the products added left to right, as a generator would
