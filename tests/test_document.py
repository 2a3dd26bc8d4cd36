from cleantext.document import Document


def kinds(text):
    return [(t.text, t.kind) for t in Document(text).tokens if t.kind != "punct"]


def test_headings_and_list_items_are_units_of_their_own():
    text = "Why It Matters\nThe rift is deep. It grows.\n- first point\n- second point\nClosing line without stop"
    doc = Document(text)
    units = [text[s.start:s.end] for s in doc.sentences]
    assert units == ["Why It Matters", "The rift is deep.", "It grows.", "first point", "second point",
                     "Closing line without stop"]
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "list_item", "list_item", "heading"]
    assert doc.sentences[0].heading and not doc.sentences[1].heading


def test_hard_wrapped_prose_is_joined():
    text = "This sentence is wrapped\nacross two lines. Next one.\n"
    doc = Document(text)
    assert len(doc.blocks) == 1
    assert text[doc.sentences[0].start:doc.sentences[0].end] == "This sentence is wrapped\nacross two lines."


def test_abbreviations_do_not_end_sentences():
    doc = Document("Mr. Smith met Dr. Jones in the U.S. on Monday. Then he left.")
    assert len(doc.sentences) == 2


def test_special_tokens_are_marked():
    got = dict(kinds("Mail a.b@example.org or see https://example.com/x?y=1, @handle #SouthCaucasus "
                     "3.5 1,000 21st 1990s NATO CSTO's U.S. e.g. word"))
    assert got["a.b@example.org"] == "email"
    assert got["https://example.com/x?y=1"] == "url"
    assert got["@handle"] == "handle"
    assert got["#SouthCaucasus"] == "hashtag"
    for n in ("3.5", "1,000", "21st", "1990s"):
        assert got[n] == "number"
    assert got["NATO"] == "acronym" and got["CSTO's"] == "acronym"
    assert got["U.S."] == "abbrev" and got["e.g."] == "abbrev"
    assert got["word"] == "word"


def test_words_keep_apostrophes_and_hyphens():
    got = kinds("Baku\u2019s long-term plan isn't the states' plan")
    assert ("Baku\u2019s", "word") in got and ("long-term", "word") in got
    assert ("isn't", "word") in got and ("states'", "word") in got


def test_offsets_survive_unicode():
    text = "\u201cCaf\u00e9\u201d\u00a0costs\r\nnaive\u0301 com\u200bpany\u2019s cafe\u0301.\r\nNext line."
    doc = Document(text)
    for t in doc.tokens:
        assert text[t.start:t.end] == t.text
    words = {t.norm for t in doc.tokens if t.kind == "word"}
    assert "company's" in words  # ZWSP removed, curly apostrophe straightened in norm
    assert "caf\u00e9" in words  # combining accent composed (NFC)
    assert doc.line_col(text.index("Next")) == (3, 1)
    assert doc.line_col(text.index("naive")) == (2, 1)


def test_quoted_tokens():
    doc = Document('He said \u201cla vie en rose\u201d and "bonjour" twice.')
    quoted = {t.text for t in doc.tokens if t.quoted and t.kind == "word"}
    assert quoted == {"la", "vie", "en", "rose", "bonjour"}


def test_prose_mask_must_match_length():
    import pytest

    with pytest.raises(ValueError):
        Document("abc", "ab")
    doc = Document("see `code here` now", "see             now")
    assert [t.text for t in doc.tokens] == ["see", "now"]


def test_absurdly_long_words_are_not_words():
    doc = Document("x" * 5000 + " real")
    assert [t.kind for t in doc.tokens] == ["symbol", "word"]
