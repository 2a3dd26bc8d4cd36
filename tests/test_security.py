"""No network by default, and no data loss when writing users' files."""
import os

import pytest

import cleantext
from cleantext import files
from conftest import SAMPLES


def test_check_and_fix_open_no_socket(no_network):
    for name in sorted(os.listdir(SAMPLES)):
        with open(os.path.join(SAMPLES, name), encoding="utf-8") as fh:
            text = fh.read()
        report = cleantext.check(text)
        _ = report.readability
        res = cleantext.fix(text)
        _ = res.readability_after
    assert no_network == []


def test_cli_opens_no_socket(no_network, capsys):
    from cleantext.cli import main

    for fmt in ("text", "json"):
        main(["check", "--format", fmt, SAMPLES])
    main(["fix", "--diff", os.path.join(SAMPLES, "typos.txt")])
    capsys.readouterr()
    assert no_network == []


def test_interrupted_in_place_write_keeps_the_original(tmp_path, monkeypatch):
    target = tmp_path / "article.txt"
    target.write_text("Original text that must survive.\n", encoding="utf-8")
    real_fsync = os.fsync

    def crash(fd):
        real_fsync(fd)
        raise KeyboardInterrupt("simulated interruption in the middle of the write")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(KeyboardInterrupt):
        files.write_atomic(str(target), "New text " * 1000)
    assert target.read_text(encoding="utf-8") == "Original text that must survive.\n"
    assert os.listdir(tmp_path) == ["article.txt"]  # no temporary file left behind


def test_failed_rename_keeps_the_original(tmp_path, monkeypatch):
    target = tmp_path / "article.txt"
    target.write_text("Keep me.\n", encoding="utf-8")

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        files.write_atomic(str(target), "changed")
    assert target.read_text(encoding="utf-8") == "Keep me.\n"
    assert os.listdir(tmp_path) == ["article.txt"]


def test_atomic_write_keeps_mode_and_backup(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("old\n")
    os.chmod(target, 0o604)
    files.write_atomic(str(target), "new\n", backup=True)
    assert target.read_text() == "new\n"
    assert (tmp_path / "a.txt.orig").read_text() == "old\n"
    assert oct(os.stat(target).st_mode & 0o777) == oct(0o604)


def test_read_source_errors_are_one_line(tmp_path):
    p = tmp_path / "bin.txt"
    p.write_bytes(b"abc\x00def")
    with pytest.raises(files.InputError) as e:
        files.read_source(str(p))
    assert "\n" not in str(e.value) and "binary" in str(e.value)
    with pytest.raises(files.InputError):
        files.read_source(str(tmp_path))
    with pytest.raises(files.InputError) as e:
        files.read_source(str(p), max_bytes=3)
    assert "max_bytes" in str(e.value)


def test_only_the_configured_languagetool_backend_connects(monkeypatch):
    import socket
    import sys
    import warnings

    attempts = []

    def record(self, address, *a, **k):
        frames, f = [], sys._getframe(1)
        while f is not None:
            frames.append(f.f_code.co_filename.replace("\\", "/"))
            f = f.f_back
        attempts.append((address, frames))
        raise OSError("network disabled in tests")

    monkeypatch.setattr(socket.socket, "connect", record)
    text = "He go home yesterday. We met wiht them."
    cleantext.check(text)
    cleantext.fix(text)
    assert attempts == []  # not configured: no connection at all
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report = cleantext.check(text, cleantext.Config(languagetool="http://127.0.0.1:9", languagetool_timeout=2))
    assert report.findings  # our own checks still ran
    assert attempts, "the configured server was not contacted"
    for address, frames in attempts:
        assert address[0] in ("127.0.0.1", "localhost") and address[1] == 9
        assert any(fr.endswith("cleantext/languagetool.py") for fr in frames), "a connection from elsewhere"
