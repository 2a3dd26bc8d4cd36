"""spin: the fast paths of the restoration (per-word tables filled on first use, memoised word
facts) give what the plain definitions give. Sentences are our own."""
from __future__ import annotations

import cleantext
from cleantext.checks.spin import candidates, coherence, expansion, restore
from cleantext.checks.spin.data import ID_MASK, spin_data

SPIN = cleantext.Config(enable={"spin"})


def test_initial_usable_table_agrees_with_word_pos():
    d = spin_data()
    for min_lp in (expansion.MIN_ORIGINAL_LP, -6.0):
        table = expansion._initial_usable(d, min_lp)
        assert len(table) == len(d.words)
        for j in range(0, len(d.words), 37):
            want = 0 if d.unigram_lp(j) < min_lp else expansion.word_pos(d, d.words[j], j)[0]
            assert table[j] in (want, expansion._UNKNOWN), d.words[j]
            if table[j] == expansion._UNKNOWN:  # only words whose part of speech needs their stem
                assert d.pos(j) & 15 == 0


def _plain_expand(d, word, i, need, max_originals=expansion.MAX_ORIGINALS, min_lp=expansion.MIN_ORIGINAL_LP):
    """The expansion written out plainly, with no memo or table."""
    pairs = [(o, "") for o in d.originals(i)] if i >= 0 else []
    for suffix, cut, add, _ in expansion._SUFFIXES:
        if word.endswith(suffix) and len(word) - cut >= 3:
            si = d.id(word[:-cut] + add)
            if si >= 0 and len(d.originals(si)):
                pairs += [(o, suffix) for o in d.originals(si)]
                break
    out = {}
    for o, suffix in pairs:
        base = o & ID_MASK
        j = expansion._reinflect(d, d.words[base], suffix) if suffix else base
        if j < 0 or j == i or d.unigram_lp(j) < min_lp or not expansion.word_pos(d, d.words[j], j)[0] & need:
            continue
        level = expansion.link_level(o)
        if level > out.get(j, -1):
            out[j] = level
    if len(out) > max_originals:
        keep = sorted(out, key=d.unigram_lp, reverse=True)[:max_originals]
        out = {k: out[k] for k in keep}
    return out


def test_expansion_equals_the_plain_definition_in_order():
    d = spin_data()
    for word in ("chamber", "chambers", "organizations", "counterfeit", "puddle", "profound", "booked",
                 "generating", "glasses", "running", "qwzx"):
        i = d.id(word)
        for need in (expansion.NOUN, expansion.ADJ | expansion.NOUN, expansion.NOUN | expansion.VERB |
                     expansion.ADJ | expansion.ADV):
            for min_lp in (expansion.MIN_ORIGINAL_LP, -5.0):
                got = expansion._expand(d, word, i, need, 100, min_lp)
                want = _plain_expand(d, word, i, need, 100, min_lp)
                assert list(got.items()) == list(want.items()), (word, need, min_lp)


def test_no_original_is_listed_twice_in_one_entry():
    # expansion._expand sets each original of a word's own entry once, without comparing levels.
    d = spin_data()
    for i in range(len(d.words)):
        ids = [o & ID_MASK for o in d.originals(i)]
        assert len(ids) == len(set(ids)), d.words[i]


def test_findings_do_not_depend_on_warm_memos():
    text = ("He booked a hotel chamber for two nights. The town built a new swimming puddle, and the "
            "system gives real-duration updates to drivers. Election officers counted the votes.")
    warm = [(f.rule, f.start, f.end, f.suggestions, f.confidence) for f in cleantext.check(text, SPIN).findings]
    for cache in (restore._PAIRS, expansion._EXPANSIONS, expansion._TARGETS, candidates._VARIANTS,
                  candidates._GAINERS, candidates._FACTS, coherence._PAIRS, spin_data().memo):
        cache.clear()
    cold = [(f.rule, f.start, f.end, f.suggestions, f.confidence) for f in cleantext.check(text, SPIN).findings]
    assert cold == warm
    assert [text[s:e] for rule, s, e, _, _ in cold if rule == "spin.restore"][:2] == ["hotel chamber", "swimming puddle"]


def test_complete_reinflection_tables_equal_reinflect():
    d = spin_data()
    n = len(d.words)
    tables = expansion._all_reinflections(d.words)
    assert set(tables) == {suffix for suffix, *_ in expansion._SUFFIXES}
    for suffix, table in tables.items():
        assert len(table) == n
        for base in range(0, n, 3):
            j = expansion._reinflect(d, d.words[base], suffix)
            assert table[base] == (j if j >= 0 else n), (suffix, d.words[base])


def test_complete_usable_table_equals_word_pos():
    d = spin_data()
    ok = expansion._build_derived(d)["usable"]
    assert len(ok) == len(d.words) + 1 and ok[-1] == 0
    for j in range(0, len(d.words), 5):
        want = 0 if d.unigram_lp(j) < expansion.MIN_ORIGINAL_LP else expansion.word_pos(d, d.words[j], j)[0]
        assert ok[j] == want, d.words[j]


def test_findings_with_and_without_the_cached_tables(tmp_path, monkeypatch):
    text = ("He booked a hotel chamber for two nights. The town built a new swimming puddle, and the "
            "system gives real-duration updates to drivers. The profound neural organizations learn.")

    def run():
        for cache in (restore._PAIRS, expansion._EXPANSIONS, expansion._TARGETS, candidates._VARIANTS,
                      candidates._GAINERS, candidates._FACTS, spin_data().memo):
            cache.clear()
        found = [(f.rule, f.start, f.end, f.suggestions, f.confidence) for f in cleantext.check(text, SPIN).findings]
        return found, bool(spin_data().memo.get("derived"))

    monkeypatch.setenv("CLEANTEXT_CACHE_DIR", str(tmp_path / "cache"))
    built, derived = run()  # builds and writes the tables
    read, derived_again = run()  # reads them back
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("CLEANTEXT_CACHE_DIR", str(blocked / "sub"))
    shipped, from_package = run()  # no cache: the tables shipped in synonyms.bin
    assert derived and derived_again and from_package
    monkeypatch.setattr(expansion, "shipped_derived", lambda d: None)
    lazy, none = run()  # no cache and no current shipped tables: filled in as needed
    assert not none
    assert built == read == shipped == lazy
    assert [text[s:e] for rule, s, e, _, _ in lazy if rule == "spin.restore"][:2] == ["hotel chamber", "swimming puddle"]

