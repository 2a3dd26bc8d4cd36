import cleantext
from cleantext.readability_metrics import readability_of_text

METRICS = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
           "coleman_liau_index", "automated_readability_index", "dale_chall_readability_score")


def test_readability_works_without_network(no_network):
    r = cleantext.readability("The committee approved the budget. Members argued for hours about it.")
    for m in METRICS:
        assert isinstance(r[m], float)
    assert r["flesch_reading_ease"] != 0.0
    assert no_network == []


def test_fix_reports_readability_before_and_after_offline(no_network):
    res = cleantext.fix("We met the the minister. It was a long day.")
    assert res.readability_before["words"] == 10
    assert res.readability_after["words"] == 9
    assert no_network == []


def test_headings_count_as_sentences():
    text = "A Heading Without a Stop\nThe body has one sentence here.\n"
    r = readability_of_text(text)
    assert r["sentences"] == 2


def test_long_sentence_counts():
    long = " ".join(["word"] * 45) + "."
    r = readability_of_text(long + " Short one.")
    assert r["long_sentences_over_25"] == 1 and r["long_sentences_over_40"] == 1


def test_empty_text_has_zero_metrics():
    r = readability_of_text("")
    assert r["words"] == 0 and all(r[m] == 0.0 for m in METRICS)
