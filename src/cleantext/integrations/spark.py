"""cleantext on Spark: a `mapInPandas` function (or `mapPartitions` for RDDs) with its schema.

    from cleantext.integrations import spark as ct_spark

    df = spark.read.json("docs/*.jsonl")                       # columns id, text, ...
    out = ct_spark.check_dataframe(df, text_column="text", id_column="id", readability=True)
    out.write.json("results/")                                 # one row per document

    # or by hand, with your own options:
    fn = ct_spark.map_in_pandas("text", "id", findings=True)
    out = df.select("id", "text").mapInPandas(fn, ct_spark.result_schema(findings=True))

Python workers are reused between tasks (Spark's default `spark.python.worker.reuse=true`), so each
loads cleantext's data once. Needs `pip install cleantext[spark]` and Java 17.
"""
from __future__ import annotations

import os
import sys
from typing import Any, Callable, Iterable, Iterator

from ..findings import CATEGORIES
from . import Options, canonical, check_pandas, check_records, fields, options_of

ID_COLUMN = "__cleantext_id"


def result_schema(findings: bool = False, fixed_text: bool = False, readability: bool = False, id_type=None):
    """The StructType of a result row: the fields of `cleantext batch` plus a nullable `error`."""
    from pyspark.sql import types as T

    metrics = T.MapType(T.StringType(), T.DoubleType())
    finding = T.StructType([
        T.StructField("start", T.LongType()), T.StructField("end", T.LongType()),
        T.StructField("category", T.StringType()), T.StructField("rule", T.StringType()),
        T.StructField("message", T.StringType()), T.StructField("suggestions", T.ArrayType(T.StringType())),
        T.StructField("confidence", T.DoubleType()), T.StructField("severity", T.StringType()),
        T.StructField("source", T.StringType()),
    ])
    types = {
        "id": id_type or T.StringType(),
        "words": T.LongType(),
        "counts": T.StructType([T.StructField(c, T.LongType()) for c in CATEGORIES]),
        "scores": metrics,
        "verdicts": T.ArrayType(T.StringType()),
        "readability": metrics,
        "findings": T.ArrayType(finding),
        "fixed_text": T.StringType(),
        "fixes": T.LongType(),
        "readability_fixed": metrics,
    }
    names = fields(options_of(findings, fixed_text, readability)) + ("error",)
    return T.StructType([T.StructField(n, types.get(n, T.StringType()), True) for n in names])


def map_in_pandas(text_column: str = "text", id_column: str | None = "id", config=None, *,
                  findings: bool = False, fixed_text: bool = False, readability: bool = False,
                  on_error: str = "record", format_column: str | None = None, options: Options | None = None
                  ) -> Callable[[Iterator[Any]], Iterator[Any]]:
    """The function for `df.mapInPandas(fn, result_schema(...))`: pandas batches in, results out.
    `options`, if given, replaces the three switches (and carries accept patterns)."""
    opts = options or options_of(findings, fixed_text, readability)

    def check_batches(batches):
        for pdf in batches:
            yield check_pandas(pdf, text_column, id_column, config, opts, on_error, format_column)

    return check_batches


def check_partition(rows: Iterable[Any], text_column: str = "text", id_column: str | None = "id", config=None,
                    options: Options = Options(), on_error: str = "record") -> Iterator[tuple]:
    """For `rdd.mapPartitions`: Rows (or dicts) in, tuples in `result_schema` order out."""
    names = fields(options) + ("error",)
    recs = (r.asDict() if hasattr(r, "asDict") else r for r in rows)
    for res in check_records(recs, text_column, id_column, config, options, on_error):
        if "counts" in res:
            res["counts"] = tuple(res["counts"][c] for c in CATEGORIES)
        if res.get("findings"):
            res["findings"] = [tuple(f.values()) for f in res["findings"]]
        yield tuple(res.get(n) for n in names)


def check_dataframe(df, text_column: str = "text", id_column: str | None = None, config=None, *,
                    findings: bool = False, fixed_text: bool = False, readability: bool = False,
                    on_error: str = "record", method: str = "mapInPandas", format_column: str | None = None,
                    options: Options | None = None):
    """A Spark DataFrame in, a DataFrame of results out (one row per input row). Without
    `id_column` the id is `monotonically_increasing_id()`. `method` is "mapInPandas" (Arrow
    batches) or "rdd" (`mapPartitions` over Rows, for clusters without pyarrow). `format_column`
    may name a column of markup front ends ("plain", "markdown", "html")."""
    from pyspark.sql import functions as F

    if id_column is None:
        df = df.withColumn(ID_COLUMN, F.monotonically_increasing_id())
        id_column = ID_COLUMN
    cols = [F.col(id_column).alias("id"), F.col(text_column).alias("text")]
    if format_column:
        cols.append(F.col(format_column).alias("format"))
    df = df.select(*cols)
    opts = options or options_of(findings, fixed_text, readability)
    schema = result_schema(opts.findings, opts.fixed_text, opts.readability, id_type=df.schema["id"].dataType)
    if method == "mapInPandas":
        fn = map_in_pandas("text", "id", config, on_error=on_error,
                           format_column="format" if format_column else None, options=opts)
        return df.mapInPandas(fn, schema)
    if method == "rdd":
        rdd = df.rdd.mapPartitions(lambda rows: check_partition(rows, "text", "id", config, opts, on_error))
        return df.sparkSession.createDataFrame(rdd, schema)
    raise ValueError("method must be 'mapInPandas' or 'rdd'")


def local_session(jobs: int = 2):
    """A quiet local SparkSession using this Python for its workers."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master(f"local[{max(1, jobs)}]").appName("cleantext-batch")
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.shuffle.partitions", str(max(1, jobs)))
             .config("spark.sql.execution.arrow.pyspark.enabled", "true")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def run_items(items: Iterable, config, options: Options, jobs: int = 1,
              window: int = 5000) -> Iterator[tuple[bool, int, str]]:
    """`cleantext batch --engine spark`: the same (ok, words, line) stream as the local engine,
    through `check_dataframe` on a local[jobs] session."""
    import itertools

    from pyspark.sql import types as T

    from ..batch import dumps, failure_line

    spark = local_session(jobs)
    in_schema = T.StructType([T.StructField("pos", T.LongType()), T.StructField("text", T.StringType()),
                              T.StructField("format", T.StringType())])
    it = iter(items)
    while batch := list(itertools.islice(it, window)):
        docs = [(i, x.text, x.format or options.format) for i, x in enumerate(batch) if x.error is None]
        by_pos = {}
        if docs:
            df = spark.createDataFrame(docs, in_schema).repartition(max(1, jobs * 2))
            out = check_dataframe(df, "text", "pos", config, format_column="format", options=options)
            by_pos = {row["id"]: row.asDict(recursive=True) for row in out.collect()}
        for pos, x in enumerate(batch):
            if x.error is not None:
                yield False, 0, dumps(x.error)
                continue
            row = by_pos[pos]
            if row.get("error"):
                yield False, 0, failure_line(x.id, row["error"])
                continue
            res = canonical(row, options)
            res["id"] = x.id
            yield True, res["words"], dumps(res)
