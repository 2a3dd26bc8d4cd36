"""The command line, end to end in a subprocess."""
import json
import os
import stat
import subprocess
import sys

import pytest

from conftest import SAMPLES

ENV = {**os.environ, "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1"}


def run(*args, stdin=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "cleantext", *args], input=stdin, capture_output=True,
                          env=ENV, cwd=cwd, timeout=300)


@pytest.fixture
def typo_file(tmp_path):
    p = tmp_path / "doc.txt"
    p.write_text("Tensions rose significantly,raising fears.\nWe met the the minister.\n", encoding="utf-8")
    return p


def test_help_and_version():
    r = run("--help")
    assert r.returncode == 0 and b"check" in r.stdout
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith(b"cleantext ")


def test_usage_error_exits_2():
    r = run("check")
    assert r.returncode == 2
    r = run("frobnicate")
    assert r.returncode == 2


def test_check_reports_line_and_column(typo_file):
    r = run("check", str(typo_file))
    out = r.stdout.decode()
    assert r.returncode == 1
    assert f"{typo_file}:1:28  typo" in out
    assert f"{typo_file}:2:8  grammar" in out
    assert "[grammar.repeated_word]" in out
    assert "readability" in out and "Flesch reading ease" in out


def test_fail_on_levels(typo_file, tmp_path):
    assert run("check", "--fail-on", "never", str(typo_file)).returncode == 0
    assert run("check", "--fail-on", "error", str(typo_file)).returncode == 0
    assert run("check", "--fail-on", "warning", str(typo_file)).returncode == 1
    clean = tmp_path / "clean.txt"
    clean.write_text("The meeting ended early. Everyone went home.\n")
    assert run("check", str(clean)).returncode == 0


def test_json_shape(typo_file):
    r = run("check", "--format", "json", str(typo_file))
    data = json.loads(r.stdout)
    assert data["schema_version"] == 1
    (f,) = data["files"]
    assert f["path"] == str(typo_file)
    first = f["findings"][0]
    for key in ("start", "end", "line", "column", "category", "rule", "message", "suggestions",
                "confidence", "severity"):
        assert key in first
    assert set(f["readability"]) == {"before", "after"}
    assert f["readability"]["before"]["words"] == 10
    assert f["readability"]["after"]["words"] == 9
    assert f["summary"]["grammar"] == 1


def test_stdin(typo_file):
    r = run("check", "-", stdin=typo_file.read_bytes())
    assert r.returncode == 1 and b"<stdin>:2:8" in r.stdout


def test_directory_walk(tmp_path, typo_file):
    (tmp_path / "b.md").write_text("We met the the minister.\n")
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    r = run("check", "--format", "json", str(tmp_path))
    paths = sorted(os.path.basename(f["path"]) for f in json.loads(r.stdout)["files"])
    assert paths == ["b.md", "doc.txt"]


def test_input_errors_are_clear(tmp_path):
    missing = run("check", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2 and b"no such file" in missing.stderr and b"Traceback" not in missing.stderr
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    r = run("check", str(binary))
    assert r.returncode == 2 and b"binary" in r.stderr
    bad = tmp_path / "latin.txt"
    bad.write_bytes("caf\u00e9 au lait.\n".encode("latin-1"))
    r = run("check", str(bad))
    assert r.returncode == 2 and b"not valid utf-8" in r.stderr and b"Traceback" not in r.stderr
    r = run("check", "--encoding", "latin-1", str(bad))
    assert r.returncode == 0
    r = run("check", "--encoding-errors", "replace", "--format", "json", str(bad))
    assert b"replaced" in r.stderr
    assert any(f["rule"] == "encoding.replacement_char" for f in json.loads(r.stdout)["files"][0]["findings"])
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    r = run("check", str(empty_dir))
    assert r.returncode == 2 and b"no .txt or .md files" in r.stderr


def test_one_bad_file_does_not_stop_the_others(tmp_path, typo_file):
    r = run("check", str(tmp_path / "missing.txt"), str(typo_file))
    assert r.returncode == 1
    assert b"missing.txt: no such file" in r.stderr


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("")
    r = run("check", str(p))
    assert r.returncode == 0 and b"0 findings" in r.stdout


def test_max_bytes(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("word " * 1000)
    r = run("check", "--max-bytes", "100", str(p))
    assert r.returncode == 2 and b"max_bytes" in r.stderr


def test_fix_stdout_diff_and_in_place(typo_file):
    original = typo_file.read_text()
    r = run("fix", str(typo_file))
    assert r.returncode == 0
    assert r.stdout.decode() == "Tensions rose significantly, raising fears.\nWe met the minister.\n"
    assert typo_file.read_text() == original  # stdout mode never writes
    d = run("fix", "--diff", str(typo_file))
    assert d.stdout.decode().startswith(f"--- {typo_file}\n")
    assert typo_file.read_text() == original
    os.chmod(typo_file, 0o640)
    r = run("fix", "--in-place", "--backup", "--explain", str(typo_file))
    assert r.returncode == 0 and b"grammar.repeated_word" in r.stderr
    assert typo_file.read_text() == "Tensions rose significantly, raising fears.\nWe met the minister.\n"
    assert stat.S_IMODE(os.stat(typo_file).st_mode) == 0o640
    assert (typo_file.parent / "doc.txt.orig").read_text() == original
    leftovers = [p for p in os.listdir(typo_file.parent) if p.endswith(".tmp")]
    assert leftovers == []


def test_fix_in_place_leaves_unchanged_file_alone(tmp_path):
    p = tmp_path / "ok.txt"
    p.write_text("Nothing to fix here.\n")
    before = os.stat(p).st_mtime_ns
    r = run("fix", "--in-place", str(p))
    assert r.returncode == 0 and b"nothing to fix" in r.stderr
    assert os.stat(p).st_mtime_ns == before


def test_fix_output_file(typo_file, tmp_path):
    out = tmp_path / "out.txt"
    assert run("fix", str(typo_file), "-o", str(out)).returncode == 0
    assert out.read_text() == "Tensions rose significantly, raising fears.\nWe met the minister.\n"


def test_stats(typo_file):
    r = run("stats", str(typo_file))
    assert r.returncode == 0 and b"Flesch reading ease" in r.stdout
    data = json.loads(run("stats", "--format", "json", str(typo_file)).stdout)
    assert data["files"][0]["readability"]["words"] == 10


def test_samples_run(no_network):
    for name in sorted(os.listdir(SAMPLES)):
        r = run("check", "--format", "json", os.path.join(SAMPLES, name))
        assert r.returncode in (0, 1), r.stderr
        json.loads(r.stdout)


def test_flags_are_not_reused_across_in_process_runs(typo_file, capsys):
    from cleantext.cli import main

    assert main(["check", "--no-readability", str(typo_file)]) == 1
    capsys.readouterr()
    assert main(["check", "--no-readability", "--disable", "typo,grammar", str(typo_file)]) == 0
    out = capsys.readouterr().out
    assert "0 findings" in out


def test_rules_lists_every_rule_and_filters():
    from cleantext.checks import all_rules

    r = run("rules")
    assert r.returncode == 0
    listed = [line.split()[0] for line in r.stdout.decode().splitlines() if not line.startswith(" ")]
    assert set(listed) == set(all_rules()) | {"spin.list"}
    r = run("rules", "spin.structural", "--format", "json", "--examples")
    data = json.loads(r.stdout)
    assert data and all(d["id"].startswith("spin.structural.") for d in data)
    idiom = next(d for d in data if d["id"] == "spin.structural.idiom")
    assert any(e["flag"] for e in idiom["examples"]) and any(not e["flag"] for e in idiom["examples"])
    r = run("rules", "typo")
    assert r.returncode == 0 and b"typo.nonword" in r.stdout and b"spin." not in r.stdout
    r = run("rules", "no.such.rule")
    assert r.returncode == 2 and b"no rule matches" in r.stderr
