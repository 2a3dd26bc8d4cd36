"""The Dask and Spark integrations give the same results as the per-document function.

Dask runs on its synchronous scheduler. Spark runs in local[2] mode (Java 17), is marked `spark` and
is opt-in: `pytest -m spark` (or CLEANTEXT_TEST_SPARK=1) runs it, `-m "not spark"` deselects it. Both
skip cleanly when their extra is not installed.
"""
import json
import os
import shutil

import pytest

from cleantext.batch import Options, analyse
from cleantext.integrations import canonical

TEXTS = [
    "The minister met wiht the the team on Monday. Talks went well.",
    "Tensions rose significantly,raising fears of a strike.",
    "The meeting ended early. Everyone went home.",
]
RECORDS = [{"id": f"d{i}", "text": t} for i, t in enumerate(TEXTS)]
FULL = Options(findings=True, fixed_text=True, readability=True)


def expected(options=Options()):
    return [analyse(r["text"], r["id"], None, options) for r in RECORDS]


def test_dask_bag_and_dataframe():
    pytest.importorskip("dask.bag")
    pd = pytest.importorskip("pandas")
    import dask
    import dask.bag as db
    import dask.dataframe as dd

    from cleantext.integrations import dask as ct_dask

    with dask.config.set(scheduler="synchronous"):
        bag = db.from_sequence(RECORDS + [{"id": "bad", "text": None}], npartitions=2)
        got = ct_dask.check_bag(bag, findings=True, fixed_text=True, readability=True).compute()
        assert got[:3] == expected(FULL)
        assert got[3]["id"] == "bad" and got[3]["error"].startswith("TypeError")

        ddf = dd.from_pandas(pd.DataFrame(RECORDS), npartitions=2)
        out = ct_dask.check_dataframe(ddf, "text", "id").compute()
    assert list(out.columns) == ["id", "words", "counts", "scores", "verdicts", "error"]
    rows = [canonical(r, Options()) for r in out.to_dict("records")]
    assert rows == expected()
    assert out["error"].isna().all()


def test_batch_engine_dask_same_output(tmp_path):
    pytest.importorskip("dask.bag")
    from cleantext import cli

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in RECORDS) + "not json\n", encoding="utf-8")
    outs = {}
    for engine in ("local", "dask"):
        getattr(cli, "_SETTINGS_CACHE", {}).clear()
        out = tmp_path / f"{engine}.jsonl"
        assert cli.main(["batch", str(src), "-o", str(out), "--engine", engine, "--id-field", "id",
                         "--findings", "--readability"]) == 1  # 1: the invalid line
        outs[engine] = out.read_bytes()
        assert "invalid_json" in (tmp_path / f"{engine}.jsonl.errors.jsonl").read_text()
    assert outs["local"] == outs["dask"]
    assert outs["local"].count(b"\n") == 3


@pytest.fixture(scope="module")
def spark(request):
    # A JVM start costs 15-60 s on a busy 2-core machine, so the Spark test runs only when asked
    # for: `pytest -m spark` or CLEANTEXT_TEST_SPARK=1.
    markexpr = request.config.getoption("-m") or ""
    if "spark" not in markexpr.replace("not spark", "") and os.environ.get("CLEANTEXT_TEST_SPARK") != "1":
        pytest.skip("Spark test is opt-in: run pytest -m spark (or set CLEANTEXT_TEST_SPARK=1)")
    pytest.importorskip("pyspark")
    pytest.importorskip("pyarrow")
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java")
    from cleantext.integrations.spark import local_session

    session = local_session(2)
    yield session
    session.stop()


@pytest.mark.spark
def test_spark_map_in_pandas_rdd_and_batch_engine(spark, tmp_path):
    from cleantext.integrations import spark as ct_spark

    df = spark.createDataFrame([(r["id"], r["text"]) for r in RECORDS] + [("bad", None)], "id string, text string")
    out = ct_spark.check_dataframe(df, "text", "id", findings=True, fixed_text=True, readability=True)
    assert out.schema == ct_spark.result_schema(findings=True, fixed_text=True, readability=True)
    rows = {r["id"]: r.asDict(recursive=True) for r in out.collect()}
    assert rows["bad"]["error"].startswith("TypeError")
    assert [canonical(rows[r["id"]], FULL) for r in RECORDS] == expected(FULL)

    out = ct_spark.check_dataframe(df, "text", "id", method="rdd")
    rows = {r["id"]: r.asDict(recursive=True) for r in out.collect()}
    assert [canonical(rows[r["id"]], Options()) for r in RECORDS] == expected()
    assert rows["bad"]["error"].startswith("TypeError")

    # `cleantext batch --engine spark` writes the same bytes as the local engine.
    from cleantext import cli

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    for engine in ("local", "spark"):
        getattr(cli, "_SETTINGS_CACHE", {}).clear()
        assert cli.main(["batch", str(src), "-o", str(tmp_path / f"{engine}.jsonl"), "--engine", engine,
                         "--findings"]) == 0
    assert (tmp_path / "local.jsonl").read_bytes() == (tmp_path / "spark.jsonl").read_bytes()


def test_datatrove_filter_annotates_and_drops():
    pytest.importorskip("datatrove")
    from datatrove.data import Document

    from cleantext import Config
    from cleantext.integrations.datatrove import CleantextFilter

    docs = [Document(text=r["text"], id=r["id"]) for r in RECORDS]
    kept = list(CleantextFilter(max_per_1k_words={"grammar": 10})(iter(docs)))
    assert [d.id for d in kept] == ["d1", "d2"]  # d0 repeats a word: 1 grammar finding in 12 words
    want = expected()[2]
    want.pop("id")
    assert kept[1].metadata["cleantext"] == want
    assert len(list(CleantextFilter()(iter(docs)))) == 3  # no limits: annotate only
    big = Document(text="word " * 40, id="big")  # a document cleantext refuses is kept, with the reason
    (out,) = CleantextFilter(Config(max_bytes=100), drop_on_verdict=True)(iter([big]))
    assert out.metadata["cleantext"]["error"].startswith("InputTooLarge")
    with pytest.raises(ValueError):
        CleantextFilter(max_per_1k_words={"typos": 1})
