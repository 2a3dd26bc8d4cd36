"""The editor's workflow end to end: the CLI in a subprocess, one test per new flag."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ENV = {**os.environ, "NO_COLOR": "1", "PYTHONWARNINGS": "default"}

# Each misspelling is used once in the prose: the typo check reads an unknown word used twice in
# one document as a term of that document. Blanked code and URLs may repeat "wiht" freely.
MD = """---
title: wiht
---
# Notes recieve

Call `wiht()` and see [docs](http://wiht.example). We will seperate them.

<!-- cleantext off -->
Ignored goverment here.
<!-- cleantext on -->

> Quoted occured text.
"""
SEPERATE_COL = MD.splitlines()[5].index("seperate") + 1


def run(*args, cwd=None, stdin=None):
    return subprocess.run([sys.executable, "-m", "cleantext", *map(str, args)], capture_output=True,
                          cwd=cwd, input=stdin, env=ENV, timeout=300)


@pytest.fixture
def project(tmp_path):
    (tmp_path / "notes.md").write_text(MD, encoding="utf-8")
    (tmp_path / "page.html").write_text(
        "<p>Hello wiht you.</p><script>var recieve;</script><pre>becuase</pre>", encoding="utf-8")
    return tmp_path


def findings(r):
    return [f for file in json.loads(r.stdout)["files"] for f in file["findings"]]


def test_markdown_goes_through_front_end(project):
    r = run("check", "notes.md", "--format", "json", cwd=project)
    assert r.returncode == 1, r.stderr
    typos = [(f["line"], f["column"], f["text"]) for f in findings(r) if f["rule"] == "typo.nonword"]
    assert typos == [(4, 9, "recieve"), (6, SEPERATE_COL, "seperate"), (12, 10, "occured")]


def test_html_front_end(project):
    r = run("check", "page.html", "--format", "json", cwd=project)
    assert [(f["line"], f["column"]) for f in findings(r) if f["rule"] == "typo.nonword"] == [(1, 10)]


def test_skip_blockquotes_flag(project):
    r = run("check", "notes.md", "--format", "json", "--skip-blockquotes", cwd=project)
    assert [f["line"] for f in findings(r) if f["rule"] == "typo.nonword"] == [4, 6]


def test_stdin_filename_picks_front_end(project):
    r = run("check", "-", "--stdin-filename", "x.md", "--format", "json", stdin=MD.encode(), cwd=project)
    data = json.loads(r.stdout)
    assert data["files"][0]["path"] == "x.md"
    assert [f["line"] for f in findings(r) if f["rule"] == "typo.nonword"] == [4, 6, 12]
    plain = run("check", "-", "--format", "json", stdin=MD.encode(), cwd=project)
    assert "goverment" in [f["text"] for f in findings(plain)]  # as plain text, nothing is markup


@pytest.mark.parametrize("fmt, probe", [
    ("text", b"notes.md:4:9"), ("json", b'"schema_version": 1'), ("sarif", b'"version": "2.1.0"'),
    ("github", b"file=notes.md,line=4,col=9"), ("html", b"<!DOCTYPE html>"),
])
def test_every_format_to_stdout_and_output_file(project, fmt, probe):
    r = run("check", "notes.md", "--format", fmt, cwd=project)
    assert r.returncode == 1 and probe in r.stdout, r.stderr
    out = project / f"report.{fmt}"
    r = run("check", "notes.md", "--format", fmt, "--output", out, cwd=project)
    assert r.returncode == 1 and r.stdout == b""
    assert probe in out.read_bytes()


def test_config_file_and_config_command(project):
    (project / "vocab.txt").write_text("recieve\n", encoding="utf-8")
    (project / ".cleantext.toml").write_text(
        'accept_files = ["vocab.txt"]\nmin_confidence = 0.6\n[severity]\n"typo" = "info"\n', encoding="utf-8")
    r = run("check", "notes.md", "--format", "json", cwd=project)
    assert [f["text"] for f in findings(r) if f["rule"] == "typo.nonword"] == ["seperate", "occured"]
    assert {f["severity"] for f in findings(r) if f["category"] == "typo"} == {"info"}
    r = run("config", "notes.md", cwd=project)
    assert r.returncode == 0
    assert b'min_confidence = 0.6' in r.stdout and b".cleantext.toml" in r.stdout and b'"typo" = "info"' in r.stdout
    # CLI flags override the file
    r = run("config", "notes.md", "--min-confidence", "0.9", "--format", "json", cwd=project)
    assert json.loads(r.stdout)["config"]["min_confidence"] == 0.9
    # --no-config ignores it
    r = run("check", "notes.md", "--format", "json", "--no-config", cwd=project)
    assert "recieve" in [f["text"] for f in findings(r)]


def test_explicit_config_flag(project, tmp_path_factory):
    other = tmp_path_factory.mktemp("elsewhere") / "team.toml"
    other.write_text('disable = ["typo"]\n', encoding="utf-8")
    r = run("check", "notes.md", "--format", "json", "--config", other, cwd=project)
    assert not [f for f in findings(r) if f["category"] == "typo"]
    r = run("check", "notes.md", "--config", project / "missing.toml", cwd=project)
    assert r.returncode == 2 and b"no such config file" in r.stderr


def test_bad_config_is_one_line_error(project):
    (project / ".cleantext.toml").write_text("min_confidance = 0.5\n", encoding="utf-8")
    r = run("check", "notes.md", cwd=project)
    assert r.returncode == 2 and b"Traceback" not in r.stderr
    assert r.stderr.decode().strip().count("\n") == 0 and "unknown key 'min_confidance'" in r.stderr.decode()


def test_accept_file_with_regex_flag(project):
    (project / "acc.txt").write_text("s[e]perate\noccured\n", encoding="utf-8")
    r = run("check", "notes.md", "--format", "json", "--accept", "acc.txt", cwd=project)
    assert [f["text"] for f in findings(r) if f["rule"] == "typo.nonword"] == ["recieve"]
    (project / "bad.txt").write_text("(a+)+\n", encoding="utf-8")
    r = run("check", "notes.md", "--accept", "bad.txt", cwd=project)
    assert r.returncode == 2 and b"bad.txt:1:" in r.stderr and b"Traceback" not in r.stderr


def test_fix_markdown_levels_diff_and_explain(project):
    before = (project / "notes.md").read_bytes()
    r = run("fix", "notes.md", "--diff", "--explain", cwd=project)
    assert r.returncode == 0
    diff = r.stdout.decode()
    assert "+Call `wiht()` and see [docs](http://wiht.example). We will separate them." in diff
    assert "-Ignored" not in diff and "+title" not in diff
    assert "typo.nonword" in r.stderr.decode() and "confidence" in r.stderr.decode()
    assert (project / "notes.md").read_bytes() == before  # --diff writes nothing
    r = run("fix", "notes.md", "--level", "all", "--in-place", cwd=project)
    assert r.returncode == 0
    after = (project / "notes.md").read_text(encoding="utf-8")
    assert "`wiht()`" in after and "http://wiht.example" in after and "We will separate them" in after
    assert "title: wiht" in after and "Ignored goverment" in after


def test_interactive_refuses_without_terminal(project):
    r = run("fix", "notes.md", "--interactive", cwd=project, stdin=b"y\n")
    assert r.returncode == 2 and b"needs a terminal" in r.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_interactive_in_a_terminal(project):
    import pty
    import select

    (project / "two.txt").write_text("We met wiht them. Then recieve us.\n", encoding="utf-8")
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "cleantext", "fix", "two.txt", "--interactive", "-o", "out.txt"],
                            stdin=slave, stdout=slave, stderr=slave, cwd=project, env=ENV)
    os.close(slave)
    answers, seen = [b"y\n", b"n\n"], b""
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            proc.kill()
            pytest.fail(f"no prompt; got {seen!r}")
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if seen.count(b"apply?") > 2 - len(answers) and answers:
            os.write(master, answers.pop(0))
    assert proc.wait(timeout=120) == 0, seen
    os.close(master)
    assert (project / "out.txt").read_text(encoding="utf-8") == "We met with them. Then recieve us.\n"


def test_stats_on_markdown_ignores_code(project):
    r = run("stats", "notes.md", "--format", "json", cwd=project)
    assert r.returncode == 0
    assert json.loads(r.stdout)["files"][0]["readability"]["words"] < 25


def test_help_lists_commands_without_heavy_imports():
    r = run("--help")
    assert r.returncode == 0 and b"config" in r.stdout and b"check" in r.stdout
    code = ("import sys, time; t = time.perf_counter(); from cleantext.cli import main; "
            "import contextlib, io\nwith contextlib.redirect_stdout(io.StringIO()): main(['--help'])\n"
            "print(time.perf_counter() - t); "
            "print([m for m in ('markdown_it', 'tomllib', 'jsonschema', 'html.parser') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=ENV, timeout=60)
    seconds, modules = out.stdout.splitlines()
    # --help must not import the heavy modules; its time is measured by benchmarks/bench_speed.py
    assert modules == "[]"


def test_pre_commit_hook_definition():
    text = (Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "id: cleantext" in text and "entry: cleantext check" in text and "types_or:" in text


def test_languagetool_from_config_through_cli(project):
    from test_languagetool import Stub

    stub = Stub()
    try:
        (project / "lt.md").write_text("# Title\n\nHe go to `He go` work.\n", encoding="utf-8")
        (project / ".cleantext.toml").write_text(f'languagetool = "{stub.url}"\n', encoding="utf-8")
        r = run("check", "lt.md", "--format", "json", cwd=project)
        rules = [(f["rule"], f["line"], f["column"]) for f in findings(r)]
        assert ("languagetool.HE_VERB_AGR", 3, 4) in rules
        assert len(stub.requests) == 1 and "`" not in stub.requests[0]["text"]
        stub.close()  # now unreachable: a one-line warning, and the check still runs
        r = run("check", "lt.md", "--format", "json", cwd=project)
        assert b"cleantext: warning: LanguageTool skipped: cannot reach" in r.stderr
        assert b"Traceback" not in r.stderr and json.loads(r.stdout)["files"]
    finally:
        try:
            stub.close()
        except Exception:
            pass
    (project / ".cleantext.toml").write_text('languagetool = "ftp://x"\n', encoding="utf-8")
    r = run("check", "lt.md", cwd=project)
    assert r.returncode == 2 and b"languagetool must be" in r.stderr
