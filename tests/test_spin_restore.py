"""spin.restore: hyphenated compounds, inflected stand-ins, spelling variants and the candidate
score. All sentences are our own."""
from __future__ import annotations

import cleantext
from cleantext.checks.spin import candidates, evidence, expansion, restore
from cleantext.checks.spin.data import spin_data

SPIN = cleantext.Config(enable={"spin"})


def restore_findings(text):
    return [f for f in cleantext.check(text, SPIN).findings if f.rule == "spin.restore"]


def test_hyphenated_compound_is_restored_as_one_word():
    text = "The system gives real-duration updates to drivers."
    fs = restore_findings(text)
    assert [text[f.start:f.end] for f in fs] == ["real-duration"]
    assert fs[0].suggestions[0] == "real-time"


def test_fluent_hyphenated_compounds_pass():
    for text in ("The system gives real-time updates to drivers.",
                 "Most staff signed short-duration contracts.",
                 "They held a high-level meeting on Friday.",
                 "He bought a second-hand car from a low-income family."):
        assert restore_findings(text) == [], text


def test_quoted_or_capitalised_compounds_are_left_alone():
    assert restore_findings('The system gives "real-duration" updates to drivers.') == []
    assert restore_findings("We met Real-Duration, a band from Leeds.") == []


def test_spelling_variant_is_not_a_synonym():
    assert evidence.spelling_variant("medalists", "medallists")
    assert evidence.spelling_variant("industrialized", "industrialised")
    assert evidence.spelling_variant("political", "geopolitical")  # derived, not swapped
    assert not evidence.spelling_variant("room", "chamber")
    assert not evidence.spelling_variant("pressure", "strain")
    assert restore_findings("The two gold medallists flew home on Sunday.") == []


def test_inflected_word_reaches_originals_through_its_stem():
    d = spin_data()
    # "snapshots" has a thesaurus entry of its own, but "pictures" is listed under "snapshot".
    originals = {d.words[j] for j in expansion._expand(d, "snapshots", d.id("snapshots"), expansion.NOUN)}
    assert "pictures" in originals


def test_score_prefers_a_rare_stand_in_and_penalises_double_replacement():
    w = restore.PARAMS.weights
    base = dict(joint=-4.0, pmi=5.0, gain=1.0, tight=True, both=False, mwe=False, spread=0.0)
    score, features = evidence.score_candidate, evidence.feature_vector
    rare = score(w, features(observed=-11.0, **base))
    common = score(w, features(observed=-7.0, **base))
    assert rare > common
    both = score(w, features(observed=-9.0, **{**base, "both": True, "tight": False}))
    single = score(w, features(observed=-9.0, **base))
    assert single > both


def test_no_candidate_survives_impossible_bars():
    d = spin_data()
    p = restore.PARAMS._replace(threshold=99.0, weak_threshold=99.0, rule_pmi=99.0, rule_pmi_both=99.0,
                                context_joint=99.0)
    assert restore.candidates(d, "hotel", "chamber", p) == []
    assert restore.candidates(d, "hotel", "chamber")  # the shipped bars flag it


def test_a_pair_accepted_only_at_the_weak_threshold_is_weak_evidence():
    d = spin_data()
    p = restore.PARAMS._replace(threshold=99.0, weak_threshold=-99.0, rule_pmi=99.0, rule_pmi_both=99.0)
    found = restore.candidates(d, "hotel", "chamber", p)
    assert found and not candidates.strong(found)
    assert candidates.strong(restore.candidates(d, "hotel", "chamber", p._replace(threshold=-99.0)))


def test_coverage_and_conditional_features():
    d = spin_data()
    # A word the tables know well has more strong collocations than a rare one.
    assert candidates.coverage(d, d.id("hotel"), d.id("room")) > candidates.coverage(d, d.id("hotel"), d.id("zymurgy"))
    ia, ib, ix = d.id("hotel"), d.id("chamber"), d.id("room")
    q = d.joint_lp(d.strength(ia, ix))
    # Restoring the second word: the conditional is log10 P(room | hotel), at most 0.
    assert candidates.conditional(d, ia, ix, ia, ib, q) == q - d.unigram_lp(ia) <= 0.0


def test_attested_pair_has_no_candidates():
    d = spin_data()
    assert restore.candidates(d, "hotel", "room") is None


def test_alternatives_that_replace_both_words_need_two_tight_links():
    d = spin_data()
    found = candidates.candidates(d, "credit", "carte", np_context=True)
    kinds = [c.plausible for c in found]
    assert kinds == sorted(kinds, reverse=True)  # every plausible candidate ranks first
    assert any(not c.plausible for c in found)  # loose two-word candidates exist ...
    fs = restore_findings("He paid with his credit carte at the till.")
    assert fs and list(fs[0].suggestions) == ["credit card"]  # ... but are never suggested


def test_pair_accepted_on_loose_links_only_is_weak():
    d = spin_data()
    r = restore._restore_pair(d, "fiery", "oration", restore.PARAMS, True, False)
    assert r is not None and r.weak
    strong = restore._restore_pair(d, "credit", "carte", restore.PARAMS, True, False)
    assert strong is not None and not strong.weak
    fs = restore_findings("The senator gave a fiery oration to the crowd.")
    assert [(f.severity, f.confidence) for f in fs] == [("info", 0.5)]
    assert "loosely" in fs[0].message


# About 150 words of plain prose with no spinner's traces, written for these tests.
PLAIN = (
    "The village hall reopened last spring after two years of repairs. Volunteers painted the walls, "
    "mended the roof and replaced the old wooden benches with chairs that can be stacked away. The "
    "committee now rents the room to a choir on Tuesdays, a yoga class on Thursdays and a film club "
    "once a month. Bookings have grown steadily, and the treasurer expects the hall to cover its own "
    "costs by next year. Parents asked for a safe place where teenagers can meet in the evenings, so "
    "the committee plans a youth night with table tennis and board games. The council gave a small "
    "grant towards heating, and a local builder lent a van to move the furniture. {} Anyone who wants "
    "to help can leave a note at the post office or speak to the caretaker, who opens the doors at "
    "nine every morning and locks them again at ten at night."
)


def test_lone_restoration_in_a_plain_long_document_is_info_at_lower_confidence():
    short = restore_findings("He paid with his credit carte at the till.")
    text = PLAIN.format("He paid with his credit carte at the till.")
    fs = restore_findings(text)
    assert [text[f.start:f.end] for f in fs] == ["credit carte"]
    assert fs[0].severity == "info" and fs[0].confidence < short[0].confidence
    assert short[0].severity == "warning"


def test_restoration_keeps_its_weight_next_to_other_spin_evidence():
    text = PLAIN.format("He paid with his credit carte at the till. The council looked for to cut its debt.")
    fs = restore_findings(text)
    assert [(text[f.start:f.end], f.severity) for f in fs] == [("credit carte", "warning")]


def test_weak_restoration_in_a_plain_long_document_is_hidden_by_default():
    text = PLAIN.format("The senator gave a fiery oration to the crowd.")
    assert restore_findings(text) == []
    low = cleantext.Config(enable={"spin"}, min_confidence=0.3)
    fs = [f for f in cleantext.check(text, low).findings if f.rule == "spin.restore"]
    assert [(text[f.start:f.end], f.severity) for f in fs] == [("fiery oration", "info")]


def test_a_name_is_kept_in_place_and_keeps_its_spelling():
    # "Kalman" is never a spinner's substitute, but it anchors "Kalman filter".
    text = "We applied a Kalman sieve to the noisy signal."
    found = [f for f in cleantext.check(text).findings if f.rule == "spin.restore"]
    assert [text[f.start:f.end] for f in found] == ["Kalman sieve"]
    assert found[0].suggestions[0] == "Kalman filter"
    # Only the lower-case word may be replaced: the name has no candidates of its own.
    d = spin_data()
    assert restore.restore_pair(d, "kalman", "sieve", {}, keep=1) is not None
    assert not any(d.words[c.x] != "kalman" for c in restore.candidates(d, "kalman", "sieve", keep=1))


def test_names_next_to_each_other_are_not_a_pair():
    assert restore_findings("The Chelsea Harbour flats were sold.") == []


def test_an_ing_form_after_a_determiner_is_a_modifier():
    d = spin_data()
    # "generating" is only a verb form in WordNet: alone it reads as a verb taking an object
    # ("generating income"), after "the" as a modifier ("the generating role").
    assert restore.candidates(d, "generating", "role") is None
    assert restore.candidates(d, "generating", "role", np_context=True) is not None


def test_a_wordnet_swap_from_a_very_frequent_collocation_is_weak_evidence():
    d = spin_data()
    found = restore.candidates(d, "complimentary", "trade")
    assert found and not restore.strong(found)
    assert (d.words[found[0].x], d.words[found[0].y]) == ("free", "trade")
    fs = restore_findings("The minister backed complimentary trade with the region.")
    assert [(f.severity, f.confidence) for f in fs] == [("info", 0.5)]
    assert "synonyms" in fs[0].message and "loosely" not in fs[0].message
    off = restore.PARAMS._replace(wordnet_joint=99.0)
    assert not restore.candidates(d, "complimentary", "trade", off)  # the score alone does not flag it


def test_the_wordnet_path_leaves_a_possible_verb_alone():
    d = spin_data()
    # "returns" may be a verb ("the old routine returns a list"): no modifier-noun pair to restore
    assert not restore.candidates(d, "routine", "returns", np_context=True)


def test_pair_after_a_compound_is_restored_inside_it():
    # a spinner swaps the last part of a compound as readily as a plain word
    text = "They praised the free-agora economy of the region."
    fs = restore_findings(text)
    assert [text[f.start:f.end] for f in fs] == ["free-agora economy"]
    assert fs[0].suggestions[0] == "free-market economy"


def test_fluent_pairs_after_compounds_pass():
    for text in ("They praised the free-market economy of the region.",
                 "The co-operative society met on Monday.",  # "co" is a prefix, not a word
                 "She is a well-known author of long-term growth studies.",
                 "The state-owned companies were sold to a left-wing party.",
                 "The decision-making process took months.",
                 'They praised the "free-agora" economy of the region.'):
        assert restore_findings(text) == [], text
