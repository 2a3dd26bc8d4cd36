"""degeneration.repetition finds repeated windows by hash: the hashes must group windows exactly as
comparing the windows themselves does, and a loop hidden in a long unpunctuated text is found
where it is, whatever surrounds it."""
import random

import cleantext
from cleantext.checks.degeneration.repetition import K, _window_hashes


def _windows(lows):
    return [tuple(lows[i:i + K]) for i in range(len(lows) - K + 1)]


def _first_seen(keys):
    seen = {}
    return [seen.setdefault(k, i) for i, k in enumerate(keys)]


def test_window_hashes_group_windows_as_the_windows_themselves():
    rng = random.Random(2)
    for n in (0, 1, K - 1, K, K + 1, 50, 400):
        for vocab in (["a", "b"], ["the", "cat", "sat", "on", "mat", "."], [str(i) for i in range(50)]):
            lows = [rng.choice(vocab) for _ in range(n)]
            hashes = _window_hashes(lows)
            assert len(hashes) == max(0, n - K + 1)
            assert _first_seen(hashes) == _first_seen(_windows(lows))


def test_a_loop_inside_a_long_unpunctuated_text_is_found_in_place():
    rng = random.Random(4)
    vocab = ("river stone market winter paper garden silver engine window ladder orange pocket "
             "candle forest button mirror kettle saddle").split()
    before = " ".join(rng.choice(vocab) for _ in range(3000))
    after = " ".join(rng.choice(vocab) for _ in range(3000))
    loop = " ".join(["she said the bridge would help local traders every single day"] * 6)
    text = f"{before} {loop} {after}"
    found = [f for f in cleantext.check(text).findings if f.rule == "degeneration.repetition"]
    start = len(before) + 1
    assert found and all(start <= f.start and f.end <= start + len(loop) for f in found)
    # the same loop on its own gives the same span, shifted
    alone = [f for f in cleantext.check(loop).findings if f.rule == "degeneration.repetition"]
    assert [(f.start + start, f.end + start) for f in alone] == [(f.start, f.end) for f in found]
