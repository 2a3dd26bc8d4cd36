"""Running a function with Python's cyclic garbage collector paused."""
from __future__ import annotations

import gc
from typing import Callable, TypeVar

T = TypeVar("T")


def without_collector(fn: Callable[..., T], *args) -> T:
    """`fn(*args)` with the cyclic collector paused, then resumed. Reference counting still frees
    everything; only cycles wait for the next collection. A caller that paused the collector
    itself keeps it paused."""
    if not gc.isenabled():
        return fn(*args)
    gc.disable()
    try:
        return fn(*args)
    finally:
        gc.enable()
