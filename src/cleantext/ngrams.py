"""Word unigram and bigram counts that ship with pip dependencies, merged into one fast store.

Sources (both installed by `pip install cleantext`):
* wordsegment (Apache-2.0): `unigrams.txt` (333k words) and `bigrams.txt` (286k bigrams), Peter
  Norvig's subsets of the Google Web Trillion Word Corpus counts.
* symspellpy (MIT): `frequency_dictionary_en_82_765.txt` (82k words) and
  `frequency_bigramdictionary_en_243_342.txt` (243k bigrams, Google Books n-grams).

The two bigram lists overlap little ("military presence" is in one, "data mining" in the other),
so they are merged, keeping the larger count; both are on the scale of raw corpus counts.

The merged tables are built once, on first use, and cached with `marshal` (pickle-free, fast to
load) in the user cache directory under a key of the cleantext, source and Python versions.
Set CLEANTEXT_CACHE_DIR to choose the directory; if it is not writable the tables live in memory.
"""
from __future__ import annotations

import marshal
import os
import sys
import tempfile
import threading
from functools import lru_cache
from importlib import resources

_VERSION = "1"
_LOCK = threading.Lock()


def cache_dir() -> str:
    base = os.environ.get("CLEANTEXT_CACHE_DIR")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(xdg, "cleantext")
    return base


def _source_files() -> list[tuple[str, str, str]]:
    """(kind, path, separator) of each source file that is installed."""
    out = []
    try:
        ws = resources.files("wordsegment")
        out.append(("uni", str(ws.joinpath("unigrams.txt")), "\t"))
        out.append(("bi", str(ws.joinpath("bigrams.txt")), "\t"))
    except ModuleNotFoundError:
        pass
    try:
        ss = resources.files("symspellpy")
        out.append(("uni", str(ss.joinpath("frequency_dictionary_en_82_765.txt")), " "))
        out.append(("bi", str(ss.joinpath("frequency_bigramdictionary_en_243_342.txt")), " "))
    except ModuleNotFoundError:
        pass
    return [x for x in out if os.path.exists(x[1])]


def _cache_key(sources: list[tuple[str, str, str]]) -> str:
    from . import __version__

    parts = [__version__, _VERSION, sys.implementation.cache_tag or "py"]
    for _, path, _ in sources:
        st = os.stat(path)
        parts.append(f"{os.path.basename(path)}-{st.st_size}")
    import hashlib

    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


def _build(sources: list[tuple[str, str, str]]) -> tuple[dict[str, int], dict[str, int]]:
    uni: dict[str, int] = {}
    bi: dict[str, int] = {}
    for kind, path, sep in sources:
        table = uni if kind == "uni" else bi
        with open(path, encoding="utf-8") as f:
            for line in f:
                key, _, count = line.rstrip("\n").rpartition(sep)
                if not key or not count.isdigit():
                    continue
                key = key.lower()
                c = int(count)
                if table.get(key, 0) < c:
                    table[key] = c
    return uni, bi


@lru_cache(maxsize=1)
def tables() -> tuple[dict[str, int], dict[str, int]]:
    """(unigrams, bigrams): lower-case keys, bigrams as "w1 w2"."""
    with _LOCK:
        sources = _source_files()
        path = os.path.join(cache_dir(), f"ngrams-{_cache_key(sources)}.marshal")
        try:
            with open(path, "rb") as f:
                uni, bi = marshal.load(f)
            if isinstance(uni, dict) and isinstance(bi, dict):
                return uni, bi
        except (OSError, EOFError, ValueError, TypeError):
            pass
        uni, bi = _build(sources)
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                marshal.dump((uni, bi), f)
            os.replace(tmp, path)
        except OSError:
            pass  # read-only home: keep the tables in memory only
        return uni, bi


def unigram(word: str) -> int:
    return tables()[0].get(word.lower(), 0)


def bigram(w1: str, w2: str) -> int:
    return tables()[1].get(f"{w1.lower()} {w2.lower()}", 0)


@lru_cache(maxsize=1)
def unigram_total() -> int:
    return sum(tables()[0].values())
