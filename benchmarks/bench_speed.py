#!/usr/bin/env python3
"""Speed, memory and scaling of cleantext as a user sees them (issue 7's targets).

    python benchmarks/bench_speed.py            # everything, about 3-5 minutes
    python benchmarks/bench_speed.py --quick    # smaller sizes and fewer repeats
    python benchmarks/bench_speed.py --only check,cold_start

Prints `name: value` lines. Times are medians of several runs (the machine is noisy), throughput
is whitespace-separated words per second as in ../shared/eval/evaluate.py. News text is the BBC set
in ../shared/eval/data/clean when it is present (read only, never copied), else generated news-like
prose. Targets: check >= 100k words/s on one core, readability <= +30 % on fix, cold start <= 0.3 s,
--help <= 0.2 s, peak RSS <= 150 MB on 10k words, 10x text <= 11x time, 2 jobs >= 1.8x one job.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BBC = os.path.join(ROOT, "..", "shared", "eval", "data", "clean", "bbc_news_2004_2005.jsonl")
SECTIONS = ("check", "readability", "cold_start", "help", "rss", "scaling", "batch")


def emit(name: str, value) -> None:
    print(f"{name}: {round(value, 4) if isinstance(value, float) else value}", flush=True)


def words(text: str) -> int:
    return len(text.split())


# ---------------------------------------------------------------------------------------- corpus
PEOPLE = ["Ms Hewitt", "Mr Howard", "the chancellor", "a spokesman", "the minister", "Mr Blair", "analysts",
          "the company", "the union", "officials", "the home secretary", "campaigners"]
VERBS = ["said", "told the BBC", "warned", "argued", "insisted", "confirmed", "added", "claimed"]
CLAUSES = ["the plans would cost {n} million pounds over the next {m} years",
           "sales had fallen by {n}% in the last quarter, the worst figure since {y}",
           "the government had failed to deliver on its promises to pensioners",
           "talks with the European Commission would continue until the end of the month",
           "the new rules would come into force in April {y}",
           "more than {n},000 workers could lose their jobs if the deal collapsed",
           "the decision was a blow to families in the north of England",
           "the side had played well but could not find a way past the Welsh defence",
           "the film took {n} million dollars at the US box office over the weekend"]


def generated_news(n_docs: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    docs = []
    for _ in range(n_docs):
        paras = []
        for _ in range(rng.randint(5, 9)):
            sents = []
            for _ in range(rng.randint(1, 3)):
                c = rng.choice(CLAUSES).format(n=rng.randint(2, 90), m=rng.randint(2, 9), y=rng.randint(1990, 2006))
                s = f"{rng.choice(PEOPLE)} {rng.choice(VERBS)} that {c}."
                sents.append(s[0].upper() + s[1:])
            paras.append(" ".join(sents))
        docs.append("\n\n".join(paras))
    return docs


def news(limit: int) -> tuple[str, list[str]]:
    if os.path.exists(BBC):
        with open(BBC, encoding="utf-8") as fh:
            recs = [json.loads(line) for _, line in zip(range(limit), fh)]
        return "bbc", [r["title"] + "\n\n" + r["text"] for r in recs]
    return "generated", generated_news(limit)


def median_time(fn, repeats: int) -> float:
    """Median wall time of fn()."""
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def median_cpu(fn, repeats: int) -> float:
    """Median CPU time of fn() in this (single-threaded) process: the wall time it would take on a
    free core, and much steadier than wall time while other work shares the machine."""
    times = []
    for _ in range(repeats):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return statistics.median(times)


def subprocess_wall(cmd: list[str], repeats: int) -> float:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "0"}
    subprocess.run(cmd, capture_output=True, env=env, check=True)  # warm the OS file cache and .pyc files
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env=env, check=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


# ---------------------------------------------------------------------------------------- sections
def bench_check(docs: list[str], fresh: list[str], repeats: int) -> None:
    import cleantext

    n = sum(words(d) for d in docs)
    t = time.perf_counter()
    from cleantext.batch import WARM_UP_TEXT

    cleantext.check(WARM_UP_TEXT)  # a typo, a name, a real-word error and spin: loads every table
    emit("check.first_call_s", time.perf_counter() - t)
    # One pass over documents never seen before: per-process caches (spin expansions...) are cold.
    t, c = time.perf_counter(), time.process_time()
    for d in fresh:
        cleantext.check(d)
    nf = sum(words(d) for d in fresh)
    emit("check.first_pass_words_per_s", nf / (time.perf_counter() - t))
    emit("check.first_pass_words_per_cpu_s", nf / (time.process_time() - c))
    walls, cpus = [], []
    for _ in range(repeats):
        t, c = time.perf_counter(), time.process_time()
        for d in docs:
            cleantext.check(d)
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    secs, cpu = statistics.median(walls), statistics.median(cpus)
    emit("check.documents", len(docs))
    emit("check.words", n)
    emit("check.words_per_s", n / secs)  # repeated passes: per-process caches warm
    # CPU time of this one thread: what one free core would give, whatever else the machine runs.
    emit("check.words_per_cpu_s", n / cpu)
    emit("check.ms_per_1k_words", 1000 * secs / n * 1000)


def bench_readability(docs: list[str], repeats: int) -> None:
    import cleantext

    cleantext.fix(docs[0]).readability_after  # noqa: B018  load textstat and the syllable table

    def fix_only():
        for d in docs:
            cleantext.fix(d)

    def fix_with_readability():
        for d in docs:
            r = cleantext.fix(d)
            r.readability_before, r.readability_after  # noqa: B018

    # Interleaved, so that a burst of load on the machine hits both sides alike; CPU time.
    a_runs, b_runs = [], []
    for _ in range(repeats):
        a_runs.append(median_cpu(fix_only, 1))
        b_runs.append(median_cpu(fix_with_readability, 1))
    a, b = statistics.median(a_runs), statistics.median(b_runs)
    n = sum(words(d) for d in docs)
    emit("fix.words_per_cpu_s", n / a)
    emit("fix_readability.words_per_cpu_s", n / b)
    emit("readability.overhead_ratio", b / a - 1)


def bench_cold_start(repeats: int) -> None:
    code = "import cleantext; cleantext.check('Hello world.')"
    emit("cold_start.check_hello_s", subprocess_wall([sys.executable, "-c", code], repeats))
    emit("cold_start.import_s", subprocess_wall([sys.executable, "-c", "import cleantext"], repeats))
    emit("cold_start.python_s", subprocess_wall([sys.executable, "-c", "pass"], repeats))


def bench_help(repeats: int) -> None:
    exe = shutil.which("cleantext")
    cmd = [exe, "--help"] if exe else [sys.executable, "-m", "cleantext", "--help"]
    emit("cli.help_s", subprocess_wall(cmd, repeats))


RSS_CODE = """
import resource, sys
text = open(sys.argv[1], encoding="utf-8").read()
if sys.argv[2] in ("check", "readability"):
    import cleantext
    report = cleantext.check(text)
    if sys.argv[2] == "readability":  # what `cleantext check` prints after the findings
        report.readability
hwm = [l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM:")]
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, hwm[0] if hwm else 0)
"""


def bench_rss(docs: list[str]) -> None:
    article, i = [], 0
    while sum(words(p) for p in article) < 10_000:
        article.append(docs[i % len(docs)])
        i += 1
    text = "\n\n".join(article)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write(text)
    # Linux keeps ru_maxrss across fork+exec, so a child of a big parent reports the parent's peak:
    # this section runs first, while the benchmark process is small, and VmHWM (reset by exec) is
    # printed beside it.
    try:
        out = subprocess.run([sys.executable, "-c", RSS_CODE, fh.name, "check"], capture_output=True, text=True,
                             check=True).stdout.split()
        base = subprocess.run([sys.executable, "-c", RSS_CODE, fh.name, "none"], capture_output=True, text=True,
                              check=True).stdout.split()
        with_readability = subprocess.run([sys.executable, "-c", RSS_CODE, fh.name, "readability"],
                                          capture_output=True, text=True, check=True).stdout.split()
    finally:
        os.unlink(fh.name)
    emit("rss.words", words(text))
    emit("rss.peak_mb_10k_words", int(out[0]) / 1024)  # ru_maxrss is in KiB on Linux
    emit("rss.vmhwm_mb_10k_words", int(out[1]) / 1024)
    emit("rss.python_baseline_mb", int(base[0]) / 1024)
    emit("rss.peak_mb_10k_words_readability", int(with_readability[0]) / 1024)


def scaling_texts(docs: list[str], quick: bool) -> dict[str, tuple[str, str]]:
    """name -> (text at 1x, text at 10x)."""
    def news_of(n_words: int) -> str:
        out, i = [], 0
        while sum(words(p) for p in out) < n_words:
            out.append(docs[i % len(docs)])
            i += 1
        return "\n\n".join(out)

    rng = random.Random(3)
    vocab = " ".join(docs[:20]).lower().replace(".", " ").replace(",", " ").split()
    k = 10 if quick else 1
    return {
        "news": (news_of(5_000 // k), news_of(50_000 // k)),
        "one_token": ("x" * (100_000 // k), "x" * (1_000_000 // k)),
        "commas": ("," * (10_000 // k), "," * (100_000 // k)),
        "no_punctuation": (" ".join(rng.choice(vocab) for _ in range(20_000 // k)),
                           " ".join(rng.choice(vocab) for _ in range(200_000 // k))),
    }


COLD_CODE = """
import resource, sys, time
import cleantext
from cleantext.batch import WARM_UP_TEXT
cleantext.check(WARM_UP_TEXT)  # load every table first: only the document's own work is timed
text = open(sys.argv[1], encoding="utf-8").read()
c = time.process_time()
cleantext.check(text)
print(time.process_time() - c)
"""


def bench_scaling(docs: list[str], quick: bool, repeats: int) -> None:
    import cleantext

    cleantext.check(docs[0])
    texts = scaling_texts(docs, quick)
    for name, (small, big) in texts.items():
        # One untimed pass over each size first: the per-process caches (spin pairs, typo ranking)
        # then hold both texts, and the ratio measures how the work grows, not how many first-seen
        # words the larger text brings (the first-pass figure of the check section measures that).
        # Bounded caches cannot hold a text larger than they are, though: see `cold_ratio_10x`.
        cleantext.check(small)
        cleantext.check(big)
        # The two sizes alternate, so that a burst of load on the machine hits both alike.
        a_runs, b_runs = [], []
        for i in range(repeats):
            a_runs.append(median_cpu(lambda: cleantext.check(small), 1))
            if i < max(1, (repeats + 1) // 2):
                b_runs.append(median_cpu(lambda: cleantext.check(big), 1))
        a, b = statistics.median(a_runs), statistics.median(b_runs)
        emit(f"scaling.{name}.cpu_s_1x", a)
        emit(f"scaling.{name}.cpu_s_10x", b)
        emit(f"scaling.{name}.ratio_10x", b / a if a else 0.0)
    bench_scaling_cold(texts, 1 if quick else 3)


def bench_scaling_cold(texts: dict[str, tuple[str, str]], repeats: int) -> None:
    """The same texts, each checked once in a fresh process after the warm-up text: what a user
    pays for a new document of each size. Every per-process cache starts empty on both sides, so a
    cache too small for the 10x text (which the warm ratio above counts as growth) does not count
    here; a text whose words recur (no_punctuation draws 200k words from one vocabulary) pays for
    its first-seen words about once on either side, so this ratio can read below 10."""
    with tempfile.TemporaryDirectory() as tmp:
        for name, (small, big) in texts.items():
            paths = []
            for size, text in (("1x", small), ("10x", big)):
                path = os.path.join(tmp, f"{name}-{size}.txt")
                with open(path, "w", encoding="utf-8") as fh:
                    fh.write(text)
                paths.append(path)
            runs: list[list[float]] = [[], []]
            for _ in range(repeats):
                for k, path in enumerate(paths):
                    out = subprocess.run([sys.executable, "-c", COLD_CODE, path], capture_output=True, text=True,
                                         check=True).stdout
                    runs[k].append(float(out.split()[-1]))
            a, b = statistics.median(runs[0]), statistics.median(runs[1])
            emit(f"scaling.{name}.cold_cpu_s_1x", a)
            emit(f"scaling.{name}.cold_cpu_s_10x", b)
            emit(f"scaling.{name}.cold_ratio_10x", b / a if a else 0.0)


def bench_batch(docs: list[str], quick: bool) -> None:
    """Steady throughput of the batch runner (the code behind `cleantext batch`) with 1 and 2 jobs,
    measured from the first result to the last so that pool start and data loading are left out,
    and the CPU time of all its processes per 1k words. On a machine that other work keeps busy the
    wall ratio says little; the CPU ratio says what 2 free cores would give (2 x efficiency).
    Then the whole command, cold, with its serial start measured on a one-document input."""
    import resource

    from cleantext.batch import Item, Options, run_local

    def cpu() -> float:
        a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime

    n_docs = 120 if quick else 400
    items = [Item(i, docs[i % len(docs)]) for i in range(n_docs)]
    total_words = sum(words(x.text) for x in items)
    rates, cpus = {}, {}
    # Load the data and warm every per-process cache on these very documents before any fork, so
    # that 1 and 2 jobs both run warm (forked workers inherit the caches): this part measures the
    # pool itself. The whole command below runs cold, as users see it.
    list(run_local(iter(items), None, Options(), 1))
    for jobs in (1, 2):
        runs = []
        for _ in range(1 if quick else 3):
            t0, c0 = time.perf_counter(), cpu()
            first = None
            n_words = 0
            for ok, w, _ in run_local(iter(items), None, Options(), jobs):
                if first is None:
                    first = time.perf_counter()
                else:
                    n_words += w
            runs.append((n_words / (time.perf_counter() - first), first - t0, cpu() - c0))
        rates[jobs] = statistics.median(r for r, _, _ in runs)
        cpus[jobs] = statistics.median(c for _, _, c in runs) / total_words * 1000
        emit(f"batch.jobs{jobs}.first_result_s", statistics.median(s for _, s, _ in runs))
        emit(f"batch.jobs{jobs}.words_per_s", rates[jobs])
        emit(f"batch.jobs{jobs}.cpu_ms_per_1k_words", 1000 * cpus[jobs])
    emit("batch.documents", n_docs)
    emit("batch.jobs2_over_jobs1", rates[2] / rates[1])
    emit("batch.jobs2_cpu_efficiency", cpus[1] / cpus[2])
    emit("batch.jobs2_over_jobs1_free_cores_estimate", 2 * min(1.0, cpus[1] / cpus[2]))
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.jsonl")
        with open(src, "w", encoding="utf-8") as fh:
            for i in range(n_docs):
                fh.write(json.dumps({"text": docs[i % len(docs)]}) + "\n")
        one = os.path.join(tmp, "one.jsonl")
        with open(one, "w", encoding="utf-8") as fh:
            fh.write(json.dumps({"text": docs[0]}) + "\n")

        def command(path: str, jobs: int) -> tuple[float, float]:
            """(wall, CPU of the command and all its workers) of one fresh run."""
            cmd = [sys.executable, "-m", "cleantext", "batch", path, "-o", os.path.join(tmp, "o.jsonl"),
                   "--jobs", str(jobs)]
            c0 = cpu()
            wall = median_time(lambda: subprocess.run(cmd, check=True), 1)
            return wall, cpu() - c0

        # The serial start: interpreter, imports and loading every table, before the first document.
        starts = [command(one, 1) for _ in range(1 if quick else 3)]
        start_cpu = statistics.median(c for _, c in starts)
        emit("batch.cli_start.wall_s", statistics.median(w for w, _ in starts))
        emit("batch.cli_start.cpu_s", start_cpu)
        # The whole command, fresh processes each time (cold caches alike), the two interleaved.
        walls: dict[int, list[float]] = {1: [], 2: []}
        cpus_cli: dict[int, list[float]] = {1: [], 2: []}
        for _ in range(1 if quick else 3):
            for jobs in (1, 2):
                wall, used = command(src, jobs)
                walls[jobs].append(wall)
                cpus_cli[jobs].append(used)
        for jobs in (1, 2):
            emit(f"batch.cli_jobs{jobs}.wall_s", statistics.median(walls[jobs]))
            emit(f"batch.cli_jobs{jobs}.cpu_s", statistics.median(cpus_cli[jobs]))
        emit("batch.cli_jobs2_over_jobs1", statistics.median(walls[1]) / statistics.median(walls[2]))
        # What two free cores would give: one job takes its CPU time; two jobs take the serial start
        # plus half of the rest (perfect balance assumed). Honest only while the start is serial.
        c1, c2 = statistics.median(cpus_cli[1]), statistics.median(cpus_cli[2])
        emit("batch.cli_jobs2_over_jobs1_free_cores_estimate", c1 / (start_cpu + max(0.0, c2 - start_cpu) / 2))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="smaller inputs, fewer repeats")
    ap.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated subset of {','.join(SECTIONS)}")
    ap.add_argument("--docs", type=int, default=200, help="news documents for throughput (default 200)")
    ap.add_argument("--repeats", type=int, help="repeats per timing (default 5, --quick 3)")
    args = ap.parse_args()
    only = set(args.only.split(","))
    unknown = only - set(SECTIONS)
    if unknown:
        ap.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    repeats = args.repeats or (3 if args.quick else 5)
    source, corpus = news(2 * (60 if args.quick else args.docs) + 400)
    docs = corpus[:60 if args.quick else args.docs]  # the repeated passes (caches warm)
    fresh = corpus[len(docs):2 * len(docs)]  # the first pass
    unseen = corpus[2 * len(docs):]  # batch
    emit("corpus", source)
    emit("cpus", os.cpu_count() or 1)
    emit("load_average_start", os.getloadavg()[0])
    if "rss" in only:
        bench_rss(docs)
    if "check" in only:
        bench_check(docs, fresh, repeats)
    if "readability" in only:
        bench_readability(docs[:60] if not args.quick else docs[:20], repeats)
    if "cold_start" in only:
        bench_cold_start(max(5, repeats))
    if "help" in only:
        bench_help(max(5, repeats))
    if "scaling" in only:
        bench_scaling(docs, args.quick, repeats)
    if "batch" in only:
        bench_batch(unseen or docs, args.quick)
    emit("load_average_end", os.getloadavg()[0])


if __name__ == "__main__":
    main()
