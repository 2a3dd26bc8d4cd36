"""Quoted English speech is spell-checked; quoted foreign phrases and short quoted terms are not."""
import cleantext


def rules_in(text):
    return [(text[f.start:f.end], f.rule) for f in cleantext.check(text).findings if f.category == "typo"]


def test_typo_inside_quoted_english_speech_is_found():
    text = "The minister said: \u201cIt is a good exmaple of what we can do together.\u201d"
    assert ("exmaple", "typo.nonword") in rules_in(text)


def test_quoted_foreign_phrase_is_left_alone():
    assert rules_in("The crowd sang \u201cla vie en rose\u201d all night.") == []
    assert rules_in('The motto was "semper fidelis ad astra nunc" for years.') == []


def test_short_quoted_term_is_left_alone():
    assert rules_in("They call the idea \u201cgwotechnical\u201d in private.") == []
