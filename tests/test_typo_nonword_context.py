"""typo.nonword in context: the bigram model picks among the corrections, the sentence boundaries
count as neighbours, and only a calibrated clear lead makes a single, fixable suggestion."""
from __future__ import annotations

import cleantext
from cleantext.checks.typo.context import rank_nonword
from cleantext.checks.typo.nonword import FIXABLE, correction_confidence
from cleantext.checks.typo.spans import model_neighbours
from cleantext.document import Document


def _finding(text: str, word: str):
    start = text.index(word)
    hits = [f for f in cleantext.check(text).findings if f.start == start and f.rule == "typo.nonword"]
    assert hits, f"{word!r} not reported in {text!r}"
    return hits[0]


def test_context_chooses_the_number_after_a_preposition_of_time():
    f = _finding("We waited for thre hours.", "thre")
    assert list(f.suggestions) == ["three"] and f.confidence >= FIXABLE
    assert cleantext.fix("We waited for thre hours.").text == "We waited for three hours."


def test_context_picks_the_article_before_a_noun():
    assert cleantext.fix("He opened thre door.").text == "He opened the door."


def test_a_short_slip_of_a_function_word_is_fixed():
    assert cleantext.fix("It is nto clear why.").text == "It is not clear why."
    assert cleantext.fix("He works at thw bank.").text == "He works at the bank."
    assert cleantext.fix("They went itno the house.").text == "They went into the house."


def test_an_ambiguous_slip_keeps_several_suggestions_and_is_not_fixed():
    text = "She liked the cae."  # cake, case, car, cat, cap: all fit
    f = _finding(text, "cae")
    assert len(f.suggestions) > 1 and {"cake", "car"} <= set(f.suggestions) and f.confidence < FIXABLE
    assert cleantext.fix(text).text == text


def test_sentence_boundaries_are_neighbours():
    doc = Document("Teh plan failed. It ended wiht.")
    toks = {t.text: t for t in doc.tokens}
    assert model_neighbours(doc, toks["Teh"]) == ("<s>", "plan")
    assert model_neighbours(doc, toks["wiht"]) == ("ended", "</s>")


def test_the_most_frequent_words_two_edits_away_are_candidates_of_a_short_token():
    ranked = [c for c, _ in rank_nonword("thw", "at", "bank", limit=20)]
    assert ranked[0] == "the"


def test_confidence_grows_with_the_lead_and_falls_with_the_edit_cost():
    gaps = [0.0, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0]
    for seen in (False, True):
        confs = [correction_confidence(g, 1.0, seen) for g in gaps]
        assert confs == sorted(confs)
        assert confs[0] <= 0.55 and confs[-1] >= FIXABLE
    assert correction_confidence(0.2, 1.0, False) < FIXABLE
    assert correction_confidence(2.5, 2.0, False) <= correction_confidence(2.5, 1.0, False)
    assert correction_confidence(5.0, 3.0, False) < FIXABLE  # no close word: never fixed


def test_the_web_counts_favour_the_candidate_that_sits_with_its_neighbours():
    from cleantext.checks.typo.context import web_fit

    assert web_fit("three", "for", "hours") > web_fit("there", "for", "hours")
    assert web_fit("the", "<s>", "</s>") == 0.0  # sentence boundaries have no web counts


def test_a_wrong_article_does_not_count_against_the_correction():
    # "a exmaple of": the left neighbour is judged as whichever article suits the candidate, so
    # the a/an slip next to it does not make the misspelling ambiguous
    assert rank_nonword("exmaple", "a", "of") == rank_nonword("exmaple", "an", "of")
    text = "It is a exmaple of what the city can do."
    typo = [f for f in cleantext.check(text).findings if f.rule == "typo.nonword"]
    assert [f.suggestions for f in typo] == [("example",)] and typo[0].confidence >= FIXABLE
    assert cleantext.fix(text).text == "It is an example of what the city can do."


def test_other_left_neighbours_still_count():
    assert rank_nonword("exmaple", "the", "of") != rank_nonword("exmaple", "many", "of")


def test_a_correction_takes_the_capital_its_place_needs():
    # a lower-case slip at a sentence start or inside a capitalised name: the correction replaces
    # the whole word, so it takes the capital the place asks for
    assert cleantext.fix("The vote was close. teh result surprised us.").text == \
        "The vote was close. The result surprised us."
    assert cleantext.fix("She taught at the Springfield Independent schlol District for years.").text == \
        "She taught at the Springfield Independent School District for years."


def test_a_correction_keeps_lower_case_where_the_place_does_not_ask_for_a_capital():
    assert cleantext.fix("We met at teh station.").text == "We met at the station."
    assert cleantext.fix("See e.g. teh appendix for details.").text == "See e.g. the appendix for details."
    assert cleantext.fix("He met Smith and teh others.").text == "He met Smith and the others."


def test_a_stray_accent_on_a_short_word_may_stand_for_another_letter():
    # the accented letter counts as a slip like any other, and the context picks the word
    assert cleantext.fix("He wanted tí begin the work.").text == "He wanted to begin the work."
    assert cleantext.fix("Hē had a dog.").text == "He had a dog."
    text = "They wrote a report ôr the war."  # "or", "on", "for": the context cannot tell
    f = _finding(text, "ôr")
    assert len(f.suggestions) > 1 and f.confidence < FIXABLE and {"on", "or"} <= set(f.suggestions)
    assert cleantext.fix(text).text == text


def test_a_stray_accent_on_a_longer_word_is_simply_removed():
    assert cleantext.fix("The plan cônsists of three steps.").text == "The plan consists of three steps."


def test_a_capitalised_unknown_word_opening_a_sentence_is_fixed_only_when_prose_follows():
    # a slip in a sentence that reads on as prose is fixed; the same shape before an unknown word,
    # a bracket or nothing may be a name (a genus, a title) and is only suggested
    assert cleantext.fix("Teh results were clear.").text == "The results were clear."
    for text, word in (("Hogna ingens, the large wolf spider.", "Hogna"), ("Cynifal", "Cynifal"),
                       ("Blacc (disambiguation)", "Blacc")):
        f = _finding(text, word)
        assert f.confidence < FIXABLE and len(f.suggestions) > 1
        assert cleantext.fix(text).text.startswith(word)


def test_the_same_slip_of_a_frequent_word_made_three_times_is_still_reported():
    text = "We saw thw man, thw woman and thw child at the station."
    fs = [f for f in cleantext.check(text).findings if f.rule == "typo.nonword"]
    assert len(fs) == 3 and all(f.suggestions[0] == "the" for f in fs)


def test_a_repeated_unknown_word_is_a_term_of_the_document():
    text = "The firm hired a conmen expert and the conmen unit and conmen staff."
    assert not [f for f in cleantext.check(text).findings if f.rule == "typo.nonword"]


def test_an_accented_name_nearby_does_not_make_the_phrase_foreign():
    text = "The historian Zoltán Kovács wrote that politcians were to blame."
    assert _finding(text, "politcians").suggestions[0] == "politicians"
    # a lower-case word in another language still does
    assert not [f for f in cleantext.check("We ordered a café au lait there.").findings if f.rule == "typo.nonword"]


def test_a_misspelt_neighbour_is_read_as_its_correction():
    from cleantext.checks.typo.nonword import _read_through

    assert _read_through("thw") == "the"  # a slip one cheap edit from a word
    assert _read_through("county") == "county" and _read_through(None) is None
    assert _read_through("zangezur") == "zangezur"  # a name the lexicon knows stays as it is
    assert cleantext.fix("She sat on thw bech near the river.").text == "She sat on the beach near the river."


def test_two_slips_of_one_word_are_no_evidence_for_each_other():
    # "perfomred", used twice, is no word spelt so elsewhere: it and "perfromed" are slips of
    # "performed", the first correction of both
    text = "The band perfromed twice in May. It perfomred again in June and perfomred in July."
    f = _finding(text, "perfromed")
    assert f.suggestions[0] == "performed" and "elsewhere" not in f.message


def test_a_word_spelt_so_elsewhere_still_counts_when_it_is_the_common_word():
    text = "The committee met on Monday. The comittee agreed."
    f = _finding(text, "comittee")
    assert f.suggestions[0] == "committee"


def test_the_words_beyond_the_neighbours_rank_the_corrections():
    # "the ___ of the three brothers": "field of" and "first of" both fit between "the" and "of";
    # the trigram model, which sees "of the" after the slip, ranks "first" first
    text = "He was the fird of the three brothers to leave."
    [f] = [f for f in cleantext.check(text).findings if f.rule == "typo.nonword"]
    assert f.suggestions[0] == "first"


def test_trigram_fit_without_far_words_is_the_bigram_fit():
    from cleantext.checks.typo import context as C

    assert C.fit3("first", None, "the", "of", None) == C.fit("first", "the", "of")
    assert C.fit3("first", "was", "the", "of", "the") != C.fit("first", "the", "of")


def test_the_word_after_the_right_neighbour_counts_through_the_trigram():
    from cleantext.checks.typo import context as C

    # "first of the" is a trigram the model knows well; "field of the" less so: the word after
    # "of" moves the two candidates apart, and without it (n2 None) the right side is the same
    with_n2 = C.fit3("first", "was", "the", "of", "the") - C.fit3("field", "was", "the", "of", "the")
    without = C.fit3("first", "was", "the", "of", None) - C.fit3("field", "was", "the", "of", None)
    assert with_n2 != without
    # at a sentence end there is nothing beyond the boundary
    assert C.fit3("first", "was", "the", C.EOS, "the") == C.fit3("first", "was", "the", C.EOS, None)


def test_a_far_candidate_lifted_by_context_is_no_rival_of_a_near_correction():
    from cleantext.checks.typo import nonword as N

    # "support" is 3.45 edits from "seperate": no slip makes one of the other, so the lead of
    # "separate" is taken over the next near candidate and the correction stays fixable
    ranked = [("separate", 7.3), ("support", 6.4), ("separated", 2.1)]
    assert N.lead("seperate", ranked) == 7.3 - 2.1
    assert N.lead("seperate", [("separate", 7.3), ("support", 6.4)]) == 3.0
    assert N.lead("wiht", [("with", 6.1), ("went", 4.8)]) == 6.1 - 4.8  # a near rival counts
    assert N.lead("alot", [("a lot", 6.0), ("allot", 5.5)]) == 0.5
    f = _finding("We will seperate them.", "seperate")
    assert f.suggestions == ("separate",) and f.confidence >= N.FIXABLE
