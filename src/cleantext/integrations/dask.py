"""cleantext on Dask: a function over a bag partition or a DataFrame partition.

    import dask.bag as db
    from cleantext.integrations import dask as ct_dask

    bag = db.read_text("docs-*.jsonl").map(json.loads)
    results = ct_dask.check_bag(bag, text_field="text", id_field="id", readability=True)
    results.map(json.dumps).to_textfiles("out-*.jsonl")

    ddf = dd.read_parquet("docs.parquet")
    out = ct_dask.check_dataframe(ddf, text_column="text", id_column="id")

Each worker process loads cleantext's data on its first document and keeps it (module-level
caches), so the cost is paid once per worker, not once per partition. Needs `pip install cleantext[dask]`.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator, Mapping

from . import Options, check_pandas, check_records, fields, options_of


def check_partition(records: Iterable[Mapping[str, Any]], text_field: str = "text", id_field: str | None = "id",
                    config=None, findings: bool = False, fixed_text: bool = False, readability: bool = False,
                    on_error: str = "record", options: Options | None = None) -> list[dict]:
    """For `bag.map_partitions`: the result dicts of one partition of records. `options`, if
    given, replaces the three switches (and carries the input format and accept patterns)."""
    opts = options or options_of(findings, fixed_text, readability)
    return list(check_records(records, text_field, id_field, config, opts, on_error))


def check_bag(bag, text_field: str = "text", id_field: str | None = "id", config=None, *, findings: bool = False,
              fixed_text: bool = False, readability: bool = False, on_error: str = "record",
              options: Options | None = None):
    """A Dask bag of records (dicts) in, a bag of result dicts out, partition by partition."""
    return bag.map_partitions(check_partition, text_field, id_field, config, findings, fixed_text,
                              readability, on_error, options)


def meta(options: Options = Options()):
    """The empty pandas frame describing `check_dataframe`'s output columns."""
    import pandas as pd

    dtypes = {"id": object, "words": "int64", "fixes": "float64"}
    cols = fields(options) + ("error",)
    return pd.DataFrame({c: pd.Series([], dtype=dtypes.get(c, object)) for c in cols})


def check_dataframe(ddf, text_column: str = "text", id_column: str | None = None, config=None, *,
                    findings: bool = False, fixed_text: bool = False, readability: bool = False,
                    on_error: str = "record", options: Options | None = None):
    """A Dask DataFrame in, a Dask DataFrame of results out (see `cleantext.integrations.check_pandas`)."""
    opts = options or options_of(findings, fixed_text, readability)
    return ddf.map_partitions(check_pandas, text_column, id_column, config, opts, on_error, meta=meta(opts))


def run_items(items: Iterable, config, options: Options, jobs: int = 1,
              window: int = 2000) -> Iterator[tuple[bool, int, str]]:
    """`cleantext batch --engine dask`: the same (ok, words, line) stream as the local engine, through
    a Dask bag on a local pool whose workers load the data once."""
    import itertools

    import dask
    import dask.bag as db

    from ..batch import _init_worker, dumps, failure_line

    pool = None
    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(config, options))
        scheduler = {"scheduler": "processes", "pool": pool}
    else:
        _init_worker(config, options)
        scheduler = {"scheduler": "synchronous"}
    try:
        it = iter(items)
        while batch := list(itertools.islice(it, window)):
            docs = [{"id": i, "text": x.text, "format": x.format or options.format}
                    for i, x in enumerate(batch) if x.error is None]
            parts = max(1, min(len(docs), jobs * 4))
            bag = db.from_sequence(docs, npartitions=parts) if docs else None
            with dask.config.set(**scheduler):
                results = check_bag(bag, "text", "id", config, options=options).compute() if docs else []
            by_pos = {r["id"]: r for r in results}
            for pos, x in enumerate(batch):
                if x.error is not None:
                    yield False, 0, dumps(x.error)
                    continue
                r = by_pos[pos]
                r["id"] = x.id
                if "error" in r:
                    yield False, 0, failure_line(x.id, r["error"])
                else:
                    yield True, r["words"], dumps(r)
    finally:
        if pool is not None:
            pool.shutdown()
