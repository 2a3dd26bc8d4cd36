"""Where the peak memory of a check goes: RSS steps with the code that made them, and the
largest live allocations after the check.

    python benchmarks/bench_memory.py FILE [--readability] [--top 25] [--tracemalloc]

FILE is checked in this fresh process (make a 10k-word article as bench_speed.py does, or use any
text). Without --tracemalloc, a thread samples /proc/self/statm every 0.5 ms and prints each 2 MB
step of the resident set with the innermost frames of the main thread at that moment, then the
peak. With --tracemalloc, it prints the largest allocations still alive after the check, by
source line (tracing slows the run and adds its own memory, so the RSS figures of that mode are
not comparable). Linux only (statm). The sampler itself adds ~3 MB.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import threading
import time
import traceback


def frames(frame, depth: int = 5) -> str:
    stack = traceback.extract_stack(frame)[::-1][:depth]
    return " < ".join(f"{os.path.basename(s.filename)}:{s.lineno}:{s.name}" for s in stack)


def sample(run, step_mb: float) -> None:
    main = threading.main_thread().ident
    page = os.sysconf("SC_PAGE_SIZE")
    stop = threading.Event()
    steps: list[tuple[float, str]] = []
    peak: list = [0, ""]

    def rss() -> int:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * page

    def loop() -> None:
        last = 0
        while not stop.is_set():
            r = rss()
            frame = sys._current_frames().get(main)
            if r > peak[0]:
                peak[0], peak[1] = r, frames(frame, 8)
            if r - last > step_mb * 2**20:
                steps.append((r / 2**20, frames(frame)))
                last = r
            time.sleep(0.0005)

    t = threading.Thread(target=loop, daemon=True)
    t.start()
    run()
    stop.set()
    t.join()
    for mb, where in steps:
        print(f"{mb:7.1f} MB  {where}")
    print(f"peak {peak[0] / 2**20:.1f} MB (ru_maxrss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f})"
          f" at {peak[1]}")


def traced(run, top: int) -> None:
    import tracemalloc

    tracemalloc.start(6)
    run()
    snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
    current, peak = tracemalloc.get_traced_memory()
    print(f"traced now {current / 2**20:.1f} MB, traced peak {peak / 2**20:.1f} MB")
    for st in snap.statistics("lineno")[:top]:
        print(f"{st.size / 2**20:7.2f} MB {st.count:8d}  {st.traceback}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file")
    ap.add_argument("--readability", action="store_true", help="also compute the report's readability")
    ap.add_argument("--tracemalloc", action="store_true", help="live allocations by line instead of RSS steps")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--step-mb", type=float, default=2.0)
    args = ap.parse_args()
    with open(args.file, encoding="utf-8") as f:
        text = f.read()

    def run() -> None:
        import cleantext

        report = cleantext.check(text)
        if args.readability:
            report.readability

    if args.tracemalloc:
        traced(run, args.top)
    else:
        sample(run, args.step_mb)


if __name__ == "__main__":
    main()
