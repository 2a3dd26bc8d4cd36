"""`cleantext batch` end to end in a subprocess, and the per-document function."""
import json
import os
import subprocess
import sys

import pytest

import cleantext
from cleantext.batch import Options, analyse

ENV = {**os.environ, "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1"}
DOCS = [
    "The minister met wiht the the team on Monday. Talks went well.",
    "Tensions rose significantly,raising fears of a strike.",
    "The meeting ended early. Everyone went home.",
    "Its a good day for a walk in the park, said the mayor.",
    "Shares fell sharply after the results. Analysts had expected more.",
    "The company said it would invest in new plants over the next five years.",
]


def run(*args, cwd=None):
    """In a subprocess, as a user runs it (each run pays the cold start and the data loading)."""
    return subprocess.run([sys.executable, "-m", "cleantext", "batch", *map(str, args)], capture_output=True,
                          env=ENV, cwd=cwd, timeout=300)


def run_here(*args):
    """In this process, for the tests about input handling (the loaded data is reused: faster)."""
    from cleantext import cli

    getattr(cli, "_SETTINGS_CACHE", {}).clear()  # settings are cached per process, not per argv
    return cli.main(["batch", *map(str, args)])


def lines(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(x) for x in fh]


@pytest.fixture
def jsonl(tmp_path):
    p = tmp_path / "docs.jsonl"
    with open(p, "w", encoding="utf-8") as fh:
        for i, t in enumerate(DOCS):
            fh.write(json.dumps({"doc": f"d{i}", "body": t}) + "\n")
    return p


def test_analyse_is_pure_and_matches_check():
    text = DOCS[0]
    res = analyse(text, "a", options=Options(findings=True, fixed_text=True, readability=True))
    report = cleantext.check(text)
    assert res["id"] == "a"
    assert res["counts"] == report.summary
    assert [f["rule"] for f in res["findings"]] == [f.rule for f in report.findings]
    assert res["fixed_text"] == cleantext.fix(text).text
    assert res["fixes"] == len(cleantext.fix(text).applied)
    assert {"flesch_reading_ease", "smog_index"} <= set(res["readability"])
    assert "readability_fixed" in res
    assert analyse(text, "a") == analyse(text, "a")
    assert set(analyse(text)) == {"id", "words", "counts", "scores", "verdicts"}


def test_jsonl_fields_options_and_quiet(jsonl, tmp_path):
    out = tmp_path / "out.jsonl"
    r = run(jsonl, "-o", out, "--text-field", "body", "--id-field", "doc", "--findings", "--fixed-text",
            "--readability")
    assert r.returncode == 0, r.stderr
    assert r.stdout == b"" and r.stderr == b""  # not a TTY, no errors: nothing on the terminal
    res = lines(out)
    assert [x["id"] for x in res] == [f"d{i}" for i in range(len(DOCS))]
    first = res[0]
    assert first["counts"]["typo"] >= 1 and first["counts"]["grammar"] >= 1
    assert first["fixed_text"] == cleantext.fix(DOCS[0]).text
    assert "readability" in first and "findings" in first
    assert not os.path.exists(str(out) + ".errors.jsonl")
    # Default id: the line number; the default fields leave the optional parts out.
    bare = tmp_path / "bare.jsonl"
    bare.write_text("".join(json.dumps({"text": t}) + "\n" for t in DOCS[:2]), encoding="utf-8")
    assert run_here(bare, "-o", tmp_path / "o2.jsonl") == 0
    res = lines(tmp_path / "o2.jsonl")
    assert [x["id"] for x in res] == [1, 2]
    assert set(res[0]) == {"id", "words", "counts", "scores", "verdicts"}


def test_two_jobs_same_output_as_one(jsonl, tmp_path):
    many = tmp_path / "many.jsonl"
    with open(many, "w", encoding="utf-8") as fh:
        for i in range(60):
            fh.write(json.dumps({"text": DOCS[i % len(DOCS)] + f" Item {i}."}) + "\n")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run(many, "-o", one, "--jobs", "1", "--findings").returncode == 0
    r = run(many, "-o", two, "--jobs", "2", "--chunk-size", "3", "--findings")
    assert r.returncode == 0, r.stderr
    assert one.read_bytes() == two.read_bytes()
    assert len(lines(one)) == 60


def test_directory_and_glob(tmp_path, capsys):
    d = tmp_path / "corpus"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(DOCS[0], encoding="utf-8")
    (d / "sub" / "b.md").write_text("# Title\n\n    wiht = code()\n\n" + DOCS[1], encoding="utf-8")
    (d / "skip.bin").write_bytes(b"\x00\x01")
    (d / "latin1.txt").write_bytes("Caf\xe9 society met wiht friends.".encode("latin-1"))
    (d / "binary.txt").write_bytes(b"PK\x03\x04\x00\x00 not text")
    out = tmp_path / "out.jsonl"
    assert run_here(d, "-o", out) == 1  # 1: some documents went to the errors file
    res = lines(out)
    assert [x["id"] for x in res] == ["a.txt", os.path.join("sub", "b.md")]
    # Files are read through the same front end as in `cleantext check`: code is not prose.
    from cleantext import markup

    md = (d / "sub" / "b.md").read_text(encoding="utf-8")
    assert res[1]["counts"] == markup.check(md, format="markdown").summary
    assert res[1]["counts"] != cleantext.check(md).summary  # plain text would flag the indented code
    errs = {e["id"]: e["error"] for e in lines(str(out) + ".errors.jsonl")}
    assert errs == {"latin1.txt": "decode_error", "binary.txt": "binary"}
    assert "2 errors" in capsys.readouterr().err
    # A glob (quoted, so the shell leaves it to cleantext); .jsonl matches are read as JSONL.
    assert run_here(str(d / "**" / "*.md"), "-o", tmp_path / "g.jsonl") == 0
    assert [x["id"] for x in lines(tmp_path / "g.jsonl")] == [str(d / "sub" / "b.md")]
    assert run_here(str(tmp_path / "nothing-*.txt"), "-o", tmp_path / "n.jsonl") == 2


def test_bad_records_go_to_errors_file_and_never_stop(tmp_path):
    src = tmp_path / "in.jsonl"
    with open(src, "wb") as fh:
        fh.write(json.dumps({"text": DOCS[0]}).encode() + b"\n")
        fh.write(b"{not json\n")
        fh.write(json.dumps({"body": "no text field"}).encode() + b"\n")
        fh.write(b'{"text": "caf\xe9"}\n')  # not UTF-8
        fh.write(b"\n")
        fh.write(json.dumps({"text": "x" * 5000}).encode() + b"\n")  # over --max-bytes
        fh.write(json.dumps({"text": DOCS[2]}).encode() + b"\n")
    out, errors = tmp_path / "out.jsonl", tmp_path / "bad.jsonl"
    assert run_here(src, "-o", out, "--errors", errors, "--max-bytes", "1000") == 1
    assert [x["id"] for x in lines(out)] == [1, 7]
    errs = [(e["id"], e["error"], e["line"]) for e in lines(errors)]
    assert errs == [(2, "invalid_json", 2), (3, "missing_field", 3), (4, "decode_error", 4),
                    (6, "too_large", 6)]
    assert all(e["source"] == str(src) for e in lines(errors))


def test_resume_skips_done_ids_and_repairs_a_cut_line(jsonl, tmp_path):
    full, part = tmp_path / "full.jsonl", tmp_path / "part.jsonl"
    assert run_here(jsonl, "-o", full, "--text-field", "body", "--id-field", "doc") == 0
    head = full.read_bytes().splitlines(keepends=True)
    part.write_bytes(b"".join(head[:2]) + head[2][:15])  # a crash cut the third line
    assert run_here(jsonl, "-o", part, "--text-field", "body", "--id-field", "doc", "--resume") == 0
    assert part.read_bytes() == full.read_bytes()
    assert run_here(jsonl, "-o", part, "--text-field", "body", "--id-field", "doc", "--resume") == 0
    assert part.read_bytes() == full.read_bytes()  # nothing left to do
    # Default ids (line numbers) resume without parsing the skipped lines.
    plain = tmp_path / "plain.jsonl"
    plain.write_text("".join(json.dumps({"text": t}) + "\n" for t in DOCS), encoding="utf-8")
    whole, half = tmp_path / "whole.jsonl", tmp_path / "half.jsonl"
    assert run_here(plain, "-o", whole) == 0
    half.write_bytes(b"".join(whole.read_bytes().splitlines(keepends=True)[:3]))
    assert run_here(plain, "-o", half, "--resume") == 0
    assert half.read_bytes() == whole.read_bytes()


def test_progress_bar_only_when_asked(jsonl, tmp_path):
    r = run(jsonl, "-o", tmp_path / "o.jsonl", "--text-field", "body", "--progress", "always")
    assert r.returncode == 0
    assert b"words/s" in r.stderr and b"doc" in r.stderr


def test_usage_errors(jsonl, tmp_path):
    assert run_here(tmp_path / "missing.jsonl", "-o", tmp_path / "o.jsonl") == 2
    assert not (tmp_path / "o.jsonl").exists()
    assert run_here(jsonl, "-o", "-", "--resume") == 2
