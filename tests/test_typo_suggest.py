"""suggest() out of context: far candidates found by sound, names typed in lower case, long
vowels spelt another way. The words are our own inventions, not taken from any evaluation list."""
import pytest

import cleantext
from cleantext.checks.typo import candidates as C


# ---------------------------------------------------------------- far candidates by sound
@pytest.mark.parametrize("word, intended", [
    ("kwestshun", "question"),     # three or more letter edits, the same sounds
    ("rimembah", "remember"),
])
def test_words_spelt_by_ear_reach_their_word(word, intended):
    assert intended in cleantext.suggest(word)[:3]


def test_far_search_only_when_no_near_word_is_cheap():
    v = C.vocab()
    # "wiht" has a cheap near candidate: the wide search is not needed and must not win
    assert cleantext.suggest("wiht")[0] == "with"
    # the far search finds words whose sound key is one edit from the typed word's key
    far = C.far_candidates("kwestshun", v)
    assert "question" in far
    assert all(C.phonetic(w) for w in far)


def test_far_candidates_only_out_of_context():
    # in running text a far guess would only blur the margin of a near correction
    assert "question" not in [c for c, _ in C.rank("kwestshun")]
    assert "question" in [c for c, _ in C.rank("kwestshun", far=True)]


def test_far_candidates_are_ordered_deterministically():
    v = C.vocab()
    assert C.far_candidates("rimembah", v) == C.far_candidates("rimembah", v)
    assert C.far_candidates("ab", v) == []  # too short a sound key to search by


def test_same_sounding_word_survives_the_letter_preselection():
    # "fizzix" is far from "physics" letter by letter but has its sound
    assert cleantext.suggest("fizzix")[:1] == ["physics"]


# ---------------------------------------------------------------- names in lower case
def test_a_name_in_lower_case_alone_when_nothing_else_fits():
    assert cleantext.suggest("moscow") == ["Moscow"]
    assert cleantext.suggest("Moscow") == []


def test_a_much_more_frequent_word_beats_a_lower_case_name():
    out = cleantext.suggest("perth")
    assert out[0] == "party"
    assert "Perth" in out  # the name is still offered


def test_a_lower_case_word_prefers_common_words_to_names():
    # a name candidate for a word typed in lower case pays the missing capital as well
    out = cleantext.suggest("josa")
    assert out[0] != "Jose" and "Jose" in out


def test_capitalised_input_keeps_its_case_pattern():
    assert cleantext.suggest("Rimembah")[:1] == ["Remember"]
    assert cleantext.suggest("KWESTSHUN")[:1] == ["QUESTION"]


# ---------------------------------------------------------------- long vowels spelt another way
def test_long_vowel_spellings_read_alike():
    assert C.long_vowels("groan") == C.long_vowels("grone")
    assert C.long_vowels("mail") == C.long_vowels("male")
    assert C.long_vowels("stroll") == "stroll"  # no long-vowel spelling: unchanged
    assert C.vowel_cost("grone", "groan") < C.edit_cost("grone", "groan")
    # never dearer than the letter-by-letter reading
    for x, c in (("wiht", "with"), ("exmaple", "example"), ("grone", "gone")):
        assert C.vowel_cost(x, c) <= C.edit_cost(x, c)


def test_split_long_vowel_is_corrected():
    assert cleantext.suggest("tyme")[0] == "time"
    assert "groan" in cleantext.suggest("grone")[:3]


def test_the_out_of_context_prior_averages_two_corpora():
    from statistics import median

    from cleantext.checks.typo import candidates as C
    from cleantext.checks.typo.context import lm

    v, model = C.vocab(), lm()
    # the shift between the two scales is the median difference over the words both know
    assert abs(median(f - model.unigram(w) for w, f in v.logf.items() if w in model) - C.LM_SHIFT) < 0.001
    for word in ("chapter", "copper", "juice"):
        web, other = v.logf[word], model.unigram(word) + C.LM_SHIFT
        assert min(web, other) <= C.two_corpus_logf(word, v) <= max(web, other)
    lacking = next(w for w in sorted(v.logf) if w.isalpha() and w not in model)
    assert C.two_corpus_logf(lacking, v) == v.logf[lacking]   # one corpus only: its count
    # the in-context ranking keeps the web counts alone
    assert C.channel("chaptr", "chapter", v) != C.channel("chaptr", "chapter", v, by_ear=True)


@pytest.mark.parametrize("word", ["soiree", "entree", "jalapeno", "Pinata"])
def test_a_listed_word_without_its_accents_is_correct(word):
    # SCOWL lists "soirée", "entrée"...; English mostly writes them without the accents
    from cleantext.checks.typo.lexicon import unaccented

    assert word.lower() in unaccented()
    assert cleantext.suggest(word) == []
    assert cleantext.fix(f"We liked the {word} a lot.").text == f"We liked the {word} a lot."


def test_a_doubled_word_is_no_split_candidate():
    # "atat" is a slip of "at"; "at at" would only be a repeated word. Real run-togethers stay.
    from cleantext.checks.typo.candidates import generate

    assert "at at" not in generate("atat") and "the the" not in generate("thethe")
    assert "in fact" in generate("infact") and "a lot" in generate("alot")
    text = "The film was shot atat the studio that year."
    fs = [f for f in cleantext.check(text).findings if f.category == "typo"]
    assert [(text[f.start:f.end], f.suggestions) for f in fs] == [("atat", ("at",))]
