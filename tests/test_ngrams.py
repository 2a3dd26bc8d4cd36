from cleantext import ngrams


def test_counts_are_looked_up_case_insensitively():
    assert ngrams.bigram("military", "presence") > 1_000_000
    assert ngrams.bigram("Military", "Presence") == ngrams.bigram("military", "presence")
    assert ngrams.bigram("military", "existence") == 0
    assert ngrams.unigram("the") > ngrams.unigram("presence") > 0
    assert ngrams.unigram("qzxqzxqzx") == 0
    assert ngrams.unigram_total() > ngrams.unigram("the")


def test_store_round_trips_through_the_cache(tmp_path, monkeypatch):
    built = ngrams._Store.build()
    path = str(tmp_path / "store.bin")
    built.dump(path)
    loaded = ngrams._Store.load(path)
    assert loaded.total == built.total
    assert list(loaded.starts) == list(built.starts)
    for key in ("u:the", "b:military presence", "b:no such pair"):
        assert loaded.get(key) == built.get(key)


def test_corrupt_cache_is_rejected(tmp_path):
    import pytest

    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"garbage")
    with pytest.raises(ValueError):
        ngrams._Store.load(str(bad))
