"""The spelling-by-sound channel of suggest(): how English writes each sound (learnt from CMUdict)
and how a candidate is pronounced. The words are our own inventions, not from any evaluation list."""
from cleantext.checks.typo import candidates as C
from cleantext.checks.typo import errormodel as E


def test_the_spelling_table_knows_the_usual_spellings_of_a_sound():
    table = E.spellings()
    f = next(code for code, chunks in table.items() if "ph" in chunks and "f" in chunks and "ff" in chunks)
    assert table[f]["f"] > table[f]["ph"]  # "f" is the usual spelling of the sound, "ph" a known one
    assert all(lp <= 0 for chunks in table.values() for lp in chunks.values())


def test_pronunciations_are_loaded_for_common_words():
    prons = E.pronunciations()
    assert prons["knowledge"] and prons["receipt"]
    assert "zzqxj" not in prons


def test_a_regular_spelling_of_the_sounds_costs_nothing_by_ear():
    # "fotograf" writes each sound of "photograph" with its most usual letters
    assert E.sound_cost("fotograf", "photograph") == 0.0
    # a keyboard slip is no way of writing the sound: expensive by ear
    assert E.sound_cost("photogrqph", "photograph") > 2.0
    assert E.sound_cost("fotograf", "qwxzjk") is None  # no pronunciation known


def test_silent_letters_need_not_be_typed():
    assert E.sound_cost("nolej", "knowledge") < E.sound_cost("nolej", "nuclear")


def test_the_ear_only_lowers_the_cost_and_only_out_of_context():
    v = C.vocab()
    for typed, cand in (("reseet", "receipt"), ("wiht", "with"), ("nolledge", "knowledge")):
        assert C.channel(typed, cand, v, by_ear=True) >= C.channel(typed, cand, v)
    # the in-context ranking (nonword findings) is the letter channel alone
    assert C._context_free("nollij") == tuple(
        sorted(((c, C.channel("nollij", c, v)) for c, _ in C._context_free("nollij")), key=lambda t: (-t[1], t[0])))


def test_a_misspelling_by_sound_finds_its_word():
    import cleantext

    # letter by letter "nylon" and "nelly" are nearer; by ear only "knowledge" fits
    assert cleantext.suggest("nollij")[:1] == ["knowledge"]
    # "ch" and "ur" are the usual ways of writing the sounds of "furniture"
    assert cleantext.suggest("furnichur")[:1] == ["furniture"]
    assert cleantext.suggest("wiht")[:1] == ["with"]         # a slip of the fingers still wins


def test_candidates_are_found_by_the_consonants_they_are_heard_with():
    v = C.vocab()
    # the letters read as sounds give the consonants of the dictionary pronunciation
    assert E.heard_key("nollij") in {E.pron_key(p) for p in E.pronunciations()["knowledge"]}
    assert "psychology" in C.heard_candidates("sykology", v)   # silent "p", "y" for the vowel
    assert "pneumatic" in C.heard_candidates("neumatik", v)
    assert C.heard_candidates("ab", v) == []                    # too few consonants to search by
    assert C.heard_candidates("sykology", v) == C.heard_candidates("sykology", v)


def test_a_word_heard_alike_survives_the_letter_preselection():
    # "kwik" -> "quick": two letters off, and dropped by the letter-based pre-selection, but the
    # letters read as sounds give the consonants of its pronunciation
    assert "quick" not in [c for c, _ in C._context_free("kwik")]
    assert [c for c, _ in C._context_free_far("kwik")][:1] == ["quick"]


def test_frequent_words_are_rarely_spelt_by_ear(monkeypatch):
    # the share of writers spelling a word by ear falls with its frequency, never rises
    shares = [C.ear_share(f) for f in (3.0, 5.0, 7.0, 7.5, 8.0, 9.0)]
    assert shares == sorted(shares) and shares[0] == C.EAR_PRIOR and shares[-1] > shares[0]
    # "wott" spells the sounds of "what"; a word that frequent gets less help from the ear than a
    # flat share would give it
    v = C.vocab()
    with_falloff = C.channel("wott", "what", v, by_ear=True)
    monkeypatch.setattr(C, "EAR_FREQ_SLOPE", 0.0)
    assert with_falloff < C.channel("wott", "what", v, by_ear=True)
    import cleantext

    # a rarer word is still found by its sounds
    assert cleantext.suggest("nollij")[:1] == ["knowledge"]


def test_the_sound_distance_reads_the_dictionary_pronunciation():
    from rapidfuzz.distance import Levenshtein

    # the rule-based key keeps the silent "b" of "thumb", "debt" and "tomb"; their pronunciations
    # have none
    for typed, cand in (("thumm", "thumb"), ("dett", "debt"), ("tomm", "tomb")):
        assert E.sound_distance(typed, cand) == 0.0
        assert Levenshtein.normalized_distance(E.phonetic(typed), E.phonetic(cand)) > 0.0
    # never further than the rule-based key alone
    for typed, cand in (("sords", "swords"), ("kwik", "quick"), ("zzq", "zebra")):
        assert E.sound_distance(typed, cand) <= Levenshtein.normalized_distance(E.phonetic(typed), E.phonetic(cand))
