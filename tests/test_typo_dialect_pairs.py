"""British/American pairs of dialect.tsv beyond the -our and -ise families (sentences written for
these tests)."""
import cleantext
from cleantext.checks.typo.lexicon import dialect_pairs


def test_pairs_with_a_doubled_l_or_sc_are_listed():
    gb_us, _ = dialect_pairs()
    for gb, us in (("sceptical", "skeptical"), ("instalment", "installment"), ("modelling", "modeling"),
                   ("travelled", "traveled"), ("fulfil", "fulfill")):
        assert gb_us.get(gb) == us, gb


def test_words_of_both_dialects_are_no_pair():
    gb_us, us_gb = dialect_pairs()
    for word in ("practise", "meters", "bell", "check"):
        assert word not in gb_us and word not in us_gb, word


def test_american_text_is_told_about_british_forms():
    text = "The sceptical buyer travelled far to pay the last instalment."
    found = {text[f.start:f.end]: list(f.suggestions)
             for f in cleantext.check(text, cleantext.Config(dialect="en-US")).findings if f.rule == "typo.dialect"}
    assert found == {"sceptical": ["skeptical"], "travelled": ["traveled"], "instalment": ["installment"]}
    assert not [f for f in cleantext.check(text).findings if f.category == "typo"]
