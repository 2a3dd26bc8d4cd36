"""The batch worker set-up (warm-up, then the collector's freeze) changes no result."""
import gc
import json

from cleantext.batch import Item, Options, analyse, run_local

TEXTS = [
    "The council met wiht the unions on Tuesday, and the talks went on late.",
    "Its a long road from the harbour to the the station, the driver said.",
    "Nothing here is wrong. The report was published on Monday.",
]


def _lines(jobs):
    items = [Item(i, t) for i, t in enumerate(TEXTS)]
    return [json.loads(line) for ok, _, line in run_local(iter(items), None, Options(findings=True), jobs)]


def test_worker_setup_keeps_results_and_the_collector_running():
    expected = [analyse(t, i, None, Options(findings=True)) for i, t in enumerate(TEXTS)]
    assert _lines(1) == expected
    assert gc.isenabled()
    assert _lines(1) == expected  # a second run in the same process: already warm
    assert _lines(2) == expected
