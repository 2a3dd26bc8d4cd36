"""Run cleantext's per-document function on an existing engine instead of anything home-made.

* `cleantext.integrations.dask`: over a Dask bag or a Dask DataFrame partition (`pip install cleantext[dask]`);
* `cleantext.integrations.spark`: `mapInPandas` / `mapPartitions` with the result schema
  (`pip install cleantext[spark]`);
* `cleantext.integrations.datatrove`: a DataTrove filter step that annotates and drops
  (`pip install cleantext[datatrove]`).

Both call `cleantext.batch.analyse`, so a row of their output holds the same values as a line of
`cleantext batch`. A document that cannot be checked gives a row whose `error` is set (and whose
other fields are empty) instead of failing the partition; pass `on_error="raise"` to fail instead.
This package imports no engine (nor pandas); each submodule imports its own.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator, Mapping

from ..batch import Options, analyse

# The result fields in output order (see cleantext.batch); optional ones appear when asked for.
FIELDS = ("id", "words", "counts", "scores", "verdicts", "readability", "findings", "fixed_text", "fixes",
          "readability_fixed")


def options_of(findings: bool = False, fixed_text: bool = False, readability: bool = False) -> Options:
    return Options(findings=findings, fixed_text=fixed_text, readability=readability)


def fields(options: Options) -> tuple[str, ...]:
    """The result fields present for these options, in output order."""
    keep = {"id", "words", "counts", "scores", "verdicts"}
    if options.readability:
        keep.add("readability")
    if options.findings:
        keep.add("findings")
    if options.fixed_text:
        keep.update(("fixed_text", "fixes"))
        if options.readability:
            keep.add("readability_fixed")
    return tuple(f for f in FIELDS if f in keep)


def check_records(records: Iterable[Mapping[str, Any]], text_field: str = "text", id_field: str | None = "id",
                  config=None, options: Options = Options(), on_error: str = "record") -> Iterator[dict]:
    """One result dict per record, in order; a record's "format" key ("plain", "markdown", "html"),
    if any, picks the markup front end. With on_error="record" a bad record gives
    {"id": ..., "error": "..."} and the iteration goes on; with "raise" the exception propagates."""
    if on_error not in ("record", "raise"):
        raise ValueError("on_error must be 'record' or 'raise'")
    for rec in records:
        doc_id = rec.get(id_field) if id_field else None
        try:
            yield analyse(rec[text_field], doc_id, config, options, rec.get("format"))
        except Exception as e:
            if on_error == "raise":
                raise
            yield {"id": doc_id, "error": f"{type(e).__name__}: {e}"}


def canonical(row: Mapping[str, Any], options: Options) -> dict[str, Any]:
    """A result dict in the exact shape `cleantext.batch.analyse` gives, from a row that came back
    through an engine (maps may be reordered, absent optional fields may be None)."""
    out: dict[str, Any] = {}
    for name in fields(options):
        v = row.get(name)
        if name in ("scores", "readability", "readability_fixed") and v is not None:
            v = {k: float(v[k]) for k in sorted(v)}
        elif name == "counts":
            v = {k: int(v[k]) for k in v}
        elif name == "verdicts":
            v = list(v or ())
        elif name == "findings":
            v = [_finding(f) for f in (v or ())]
        out[name] = v
    return out


_FINDING_KEYS = ("start", "end", "category", "rule", "message", "suggestions", "confidence", "severity",
                 "source")


def _finding(f: Mapping[str, Any]) -> dict[str, Any]:
    d = {k: f[k] for k in _FINDING_KEYS}
    d["suggestions"] = list(d["suggestions"] or ())
    d["confidence"] = float(d["confidence"])
    return d


def check_pandas(pdf, text_column: str = "text", id_column: str | None = None, config=None,
                 options: Options = Options(), on_error: str = "record", format_column: str | None = None):
    """A pandas DataFrame in, a pandas DataFrame of results out: one column per result field plus
    `error` (None for a good row). The function for Dask `map_partitions` and Spark `mapInPandas`.
    `format_column`, if given, names a column of front ends ("plain", "markdown", "html")."""
    import pandas as pd

    cols = fields(options) + ("error",)
    ids = pdf[id_column] if id_column else pdf.index
    fmts = pdf[format_column] if format_column else [None] * len(pdf)
    recs = ({"text": t, "id": _plain(i), "format": f} for t, i, f in zip(pdf[text_column], ids, fmts))
    rows = [{c: r.get(c) for c in cols}
            for r in check_records(recs, "text", "id", config, options, on_error)]
    return pd.DataFrame(rows, columns=list(cols))


def _plain(v: Any) -> Any:
    """numpy scalars (pandas values and index labels) as plain Python values, for JSON."""
    return v.item() if hasattr(v, "item") and not isinstance(v, (str, bytes)) else v
