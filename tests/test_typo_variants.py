"""suggest() on spellings the lexicon knows only as SCOWL variants or rare-list words.

A worse spelling of one word (a doubled letter missing, "-er" for "-or") is corrected out of
context; British and American forms, "almost equal" variants, frequent words and rare but correct
words are not.
"""
import pytest

import cleantext
from cleantext.checks.typo import candidates as C
from cleantext.checks.typo import nonword, slips
from cleantext.checks.typo.lexicon import lexicon, read_data, regional_pair, variant_levels


def test_variant_levels_load_from_the_shipped_file():
    levels = variant_levels()
    assert set(levels.values()) <= {1, 2, 3}
    assert len(levels) > 1000
    lex = lexicon()
    assert all(w in lex.common or w in lex.rare for w in levels)
    assert "programer" in levels and "programmer" not in levels


@pytest.mark.parametrize("word, standard", [
    ("programer", "programmer"),   # a doubled letter missing
    ("kidnaper", "kidnapper"),
    ("tormenter", "tormentor"),    # "-er" for "-or"
    ("inhibiter", "inhibitor"),
    ("caffein", "caffeine"),       # a silent final "e" missing
])
def test_a_worse_variant_spelling_gets_its_standard_spelling(word, standard):
    assert variant_levels()[word] >= nonword.VARIANT_MIN_LEVEL
    assert word in lexicon().common  # the check accepts it; only suggest() corrects it
    assert cleantext.suggest(word)[:1] == [standard]


def test_the_case_pattern_is_kept():
    assert cleantext.suggest("Programer")[:1] == ["Programmer"]


@pytest.mark.parametrize("word", ["grandad", "despatch", "synthesiser"])
def test_almost_equal_variants_stay_accepted(word):
    assert variant_levels()[word] < nonword.VARIANT_MIN_LEVEL
    assert cleantext.suggest(word) == []


def test_british_and_american_forms_are_a_pair_and_not_a_slip():
    assert regional_pair("synthesiser", "synthesizer")
    assert regional_pair("colour", "color")
    assert regional_pair("travelling", "traveling")  # listed in dialect.tsv
    assert not regional_pair("programer", "programmer")  # a doubled letter alone is no pair
    for word in ("colour", "color", "travelling", "traveling", "centre", "center"):
        assert cleantext.suggest(word) == []


def test_a_spelling_the_language_model_uses_is_a_word_of_its_own(monkeypatch):
    from cleantext.checks.typo.context import lm

    v = C.vocab()
    model = lm()
    word = "programer"
    assert word not in model
    ranked = C.rank(word, limit=8, far=True)
    assert nonword._misspelt_variant(word, ranked, v) == "programmer"
    # the same spelling, had edited English used it, would be left alone
    monkeypatch.setitem(model.ids, word, model.ids["programmer"])
    assert nonword._misspelt_variant(word, ranked, v) is None


def test_frequent_words_have_no_suggestions():
    top = sorted(read_data("top_words.txt").decode("utf-8").split())
    sample = top[::10]  # 300 of the 3,000 most frequent words
    assert len(sample) == 300
    flagged = {w: s for w in sample if (s := cleantext.suggest(w))}
    assert flagged == {}


@pytest.mark.parametrize("word", ["minilateralism", "geostrategic", "realpolitik", "overdependence",
                                  "deglobalisation", "decarbonisation", "hegemon", "kleptocracy",
                                  "stagflation"])
def test_rare_but_correct_words_have_no_suggestions(word):
    assert cleantext.suggest(word) == []


def test_the_unused_spelling_takes_the_model_floor():
    from cleantext.checks.typo.context import lm

    floor = nonword._lm_floor()
    model = lm()
    assert min(u for u in model.uni if u > -20_000) / 1000 + C.LM_SHIFT == floor
    # every word the model knows is at least as frequent as the floor on the lexicon's scale
    assert all(u / 1000 + C.LM_SHIFT >= floor for u in model.uni if u > -20_000)


def test_the_check_judges_a_rare_list_misspelling_but_accepts_variants():
    text = "The hotel could not accomodate the whole team."
    found = [f for f in cleantext.check(text).findings if f.rule == "typo.nonword"]
    assert [text[f.start:f.end] for f in found] == ["accomodate"]
    assert list(found[0].suggestions[:1]) == ["accommodate"]
    # a SCOWL variant is a common word to the check; only suggest() offers the standard spelling
    assert [f for f in cleantext.check("The programer fixed the bug.").findings if f.category == "typo"] == []
    # a rare-list word that edited English uses stays
    assert cleantext.check("She leant on the gate.").findings == []


def test_an_inflection_of_another_listed_word_is_not_a_slip():
    # "slimed" is "slime" + "d" (and a "slim" + "ed" that would have doubled its "m"): not "slimmed"
    assert "slime" in nonword._stems("slimed") and "slim" in nonword._stems("slimed")
    assert cleantext.suggest("slimed") == []
    assert cleantext.suggest("stagers") == []   # "stage" + "rs" as well as "stag" + "ers"
    assert cleantext.suggest("ranchos") == []   # the plural of "rancho", not "ranches"
    # a stem that is itself a worse spelling does not count: "programer" is "program" + "er"
    assert nonword._stems("programers") == ["program"]
    assert cleantext.suggest("programers")[:1] == ["programmers"]


@pytest.mark.parametrize("text", [
    "Green apples taste sharp because they hold malic acid.",      # malic / malice
    "We shared a bowl of wonton soup after the match.",            # wonton / wanton
    "The spearmen held the bridge until dusk.",                    # spearmen / spearman
    "She ordered a mango lassi with her curry.",                   # lassi / lassie
    "He handed out sweets by the hatful.",                         # hatful / hateful
    "He won a posthumus award for bravery.",                       # a slip, but not of the shapes below
])
def test_the_check_leaves_rare_words_unless_the_slip_has_a_classic_shape(text):
    # suggest() may still offer a correction out of context; in running text a rare-list word is
    # judged only for a doubled/undoubled letter or a confused suffix, in words of 7+ letters
    assert [f for f in cleantext.check(text).findings if f.category == "typo"] == []


@pytest.mark.parametrize("a, b, doubling, suffix", [
    ("accomodate", "accommodate", True, False),
    ("refered", "referred", True, False),
    ("malic", "malice", False, False),
    ("dependance", "dependence", False, True),
    ("existant", "existent", False, True),
    ("irresistable", "irresistible", False, True),
    ("methanal", "methanol", False, False),
])
def test_slip_shapes(a, b, doubling, suffix):
    assert slips.doubling(a, b) is doubling
    assert slips.suffix_swap(a, b) is suffix
