"""The spelling-by-sound model of errormodel: constants derived from the bundled pronunciations,
and how a silent final "e" is read. Words are our own examples, not from any evaluation list."""
import math

from cleantext.checks.typo import errormodel as E


def test_the_silent_e_share_is_the_one_the_pronunciations_give():
    vowels = E._spelling_table()[1]
    ends_in_consonant = silent_e = 0
    for word, prons in E.pronunciations().items():
        if prons[0][-1] not in vowels:
            ends_in_consonant += 1
            silent_e += word.endswith("e") and not word.endswith("ee")
    assert abs(math.log10(silent_e / ends_in_consonant) - E.SILENT_E) < 0.01


def test_a_silent_final_e_after_a_consonant_sound_is_cheap_by_ear():
    # "modele" writes the sounds of "model" and closes with a silent "e", as "give" does
    assert E.sound_cost("modele", "model") <= -E.SILENT_E + 1e-9
    assert E.sound_cost("modele", "model") < E.sound_cost("modelo", "model")
    # after a vowel sound the "e" is no silent letter: "tooe" is not a way of writing "too"
    assert E.sound_cost("tooe", "too") > -E.SILENT_E
