"""The LanguageTool adapter against a stub /v2/check server on 127.0.0.1.

The stub answers with bodies in LanguageTool's documented /v2/check JSON format (software,
warnings, language, matches[] with message, shortMessage, replacements[{value}], offset, length,
context, sentence, type, rule{id, description, issueType, category{id, name}}), with offsets
in UTF-16 code units as the Java server counts them. This HTTP path is the tested one; a real
LanguageTool cannot be downloaded on our machines.
"""
from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest

import cleantext
from cleantext import languagetool

SOFTWARE = {"name": "LanguageTool", "version": "6.4", "buildDate": "2024-03-28 13:22:36 +0000",
            "apiVersion": 1, "premium": False, "status": ""}
LANGUAGE = {"name": "English (US)", "code": "en-US",
            "detectedLanguage": {"name": "English (US)", "code": "en-US", "confidence": 0.99}}
RULES = {
    "HE_VERB_AGR": ("Possible agreement error: the subject and the verb do not agree.", "Agreement error",
                    "grammar", ("GRAMMAR", "Grammar"), "Agreement error"),
    "MORFOLOGIK_RULE_EN_US": ("Possible spelling mistake found.", "Spelling mistake", "misspelling",
                              ("TYPOS", "Possible Typo"), "Possible spelling mistake"),
    "WHITESPACE_RULE": ("Possible typo: you repeated a whitespace", "", "whitespace",
                        ("TYPOGRAPHY", "Typography"), "Whitespace repetition (bad formatting)"),
}


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def match(text: str, word: str, rule_id: str, replacements: list[str], at: int | None = None) -> dict:
    """A match for `word` in `text` (the first, or the one at `at`), shaped like a /v2/check match."""
    i = text.index(word) if at is None else at
    message, short, issue, (cat_id, cat_name), description = RULES[rule_id]
    off = utf16_len(text[:i])
    ctx_start = max(0, i - 20)
    return {
        "message": message, "shortMessage": short,
        "replacements": [{"value": r} for r in replacements],
        "offset": off, "length": utf16_len(word),
        "context": {"text": text[ctx_start:i + len(word) + 20], "offset": i - ctx_start, "length": len(word)},
        "sentence": text.strip(),
        "type": {"typeName": "Other"},
        "rule": {"id": rule_id, "description": description, "issueType": issue,
                 "category": {"id": cat_id, "name": cat_name}},
        "ignoreForIncompleteSentence": False, "contextForSureMatch": 0,
    }


def default_answer(text: str) -> dict:
    matches = []
    start = text.find("He go")
    while start >= 0:
        matches.append(match(text, "go", "HE_VERB_AGR", ["goes", "went"], at=start + 3))
        start = text.find("He go", start + 1)
    if "wiht" in text:
        matches.append(match(text, "wiht", "MORFOLOGIK_RULE_EN_US", ["with", "wit"]))
    if "zorbly" in text:
        matches.append(match(text, "zorbly", "MORFOLOGIK_RULE_EN_US", ["sorely"]))
    if "  " in text:
        i = text.index("  ")
        matches.append({**match(text.replace("  ", "@@", 1), "@@", "WHITESPACE_RULE", [" "]),
                        "offset": utf16_len(text[:i])})
    return {"software": SOFTWARE, "warnings": {"incompleteResults": False}, "language": LANGUAGE,
            "matches": matches}


class Stub:
    def __init__(self):
        self.requests: list[dict] = []
        self.answer = default_answer
        self.delay = 0.0
        self.status = 200
        self.raw: bytes | None = None
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode("utf-8")).items()}
                stub.requests.append({"path": self.path, **form})
                if stub.delay:
                    time.sleep(stub.delay)
                body = stub.raw if stub.raw is not None else json.dumps(stub.answer(form.get("text", ""))).encode()
                try:
                    self.send_response(stub.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def stub():
    languagetool._warned.clear()
    s = Stub()
    yield s
    s.close()


def lt(report):
    return [f for f in report.findings if f.rule.startswith("languagetool.")]


def test_matches_become_findings(stub):
    text = "He go to the zorbly market every day."
    report = cleantext.check(text, cleantext.Config(languagetool=stub.url))
    found = {f.rule: f for f in lt(report)}
    grammar = found["languagetool.HE_VERB_AGR"]
    assert (text[grammar.start:grammar.end], grammar.category, grammar.suggestions) == ("go", "grammar", ("goes", "went"))
    assert grammar.source == "languagetool" and grammar.message.startswith("Possible agreement error")
    typo = found.get("languagetool.MORFOLOGIK_RULE_EN_US")
    if typo is not None:  # unless our own typo check flagged 'zorbly' first (then de-duplicated)
        assert text[typo.start:typo.end] == "zorbly" and typo.category == "typo"
    req = stub.requests[0]
    assert req["path"] == "/v2/check" and req["language"] == "en-US" and req["text"] == text


def test_dialect_picks_language(stub):
    cleantext.check("He go home.", cleantext.Config(languagetool=stub.url, dialect="en-GB"))
    assert stub.requests[0]["language"] == "en-GB"


def test_deduplicated_against_our_findings(stub):
    text = "We met wiht the team."
    report = cleantext.check(text, cleantext.Config(languagetool=stub.url))
    rules = [f.rule for f in report.findings if text[f.start:f.end] == "wiht"]
    assert rules == ["typo.nonword"]


def test_utf16_offsets_are_converted(stub):
    text = "\U0001F600\U0001F600 Then He go there."
    (f,) = lt(cleantext.check(text, cleantext.Config(languagetool=stub.url)))
    assert text[f.start:f.end] == "go"


def test_markup_code_is_never_sent_and_blanking_spaces_are_ignored(stub):
    text = "Run `He go` first.\n\nHe go to **work** now.\n"
    report = cleantext.check_markup(text, cleantext.Config(languagetool=stub.url), format="markdown")
    sent = stub.requests[0]["text"]
    assert len(sent) == len(text) and "`" not in sent and "**" not in sent
    (f,) = [f for f in lt(report)]
    assert f.rule == "languagetool.HE_VERB_AGR" and f.start == text.index("He go to") + 3
    # the stub also reports WHITESPACE_RULE on the blanked markup: never passed on
    assert all("WHITESPACE" not in f.rule for f in report.findings)


def test_suppression_and_disable_apply(stub):
    text = "<!-- cleantext off -->\nHe go home.\n<!-- cleantext on -->\n\nHe go out.\n"
    report = cleantext.check_markup(text, cleantext.Config(languagetool=stub.url))
    assert [text[f.start:f.end + 4] for f in lt(report)] == ["go out"]
    cfg = cleantext.Config(languagetool=stub.url, disable={"languagetool"})
    assert not lt(cleantext.check("He go home.", cfg))


def test_timeout_is_graceful(stub):
    stub.delay = 3.0
    t0 = time.monotonic()
    with pytest.warns(UserWarning, match="did not answer within 0.5 s"):
        report = cleantext.check("He go home. We met wiht them.", cleantext.Config(languagetool=stub.url,
                                                                                    languagetool_timeout=0.5))
    assert time.monotonic() - t0 < 2.5
    assert not lt(report) and any(f.rule == "typo.nonword" for f in report.findings)


@pytest.mark.parametrize("status, raw, message", [
    (500, b"oops", "HTTP 500"),
    (200, b"<html>not json</html>", "did not answer with LanguageTool JSON"),
    (200, b'{"matches": "nope"}', "did not answer with LanguageTool JSON"),
])
def test_bad_answers_are_warnings(stub, status, raw, message):
    stub.status, stub.raw = status, raw
    with pytest.warns(UserWarning, match=message):
        report = cleantext.check("He go home.", cleantext.Config(languagetool=stub.url))
    assert not lt(report)


def test_unreachable_server_is_a_warning():
    languagetool._warned.clear()
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    with pytest.warns(UserWarning, match="cannot reach"):
        cleantext.check("He go home.", cleantext.Config(languagetool=f"http://127.0.0.1:{port}"))


def test_remote_server_warns_once(stub, monkeypatch):
    assert languagetool.is_remote("https://api.languagetool.org")
    assert not languagetool.is_remote("http://localhost:8081") and not languagetool.is_remote(stub.url)
    monkeypatch.setattr(languagetool, "is_remote", lambda server: True)
    cfg = cleantext.Config(languagetool=stub.url)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cleantext.check("He go home.", cfg)
        cleantext.check("He go out.", cfg)
    sent = [w for w in caught if "is not on this machine" in str(w.message)]
    assert len(sent) == 1


def test_local_unavailable_is_graceful(monkeypatch):
    languagetool._warned.clear()
    monkeypatch.setattr(languagetool, "_local_tool", None)
    ltp = pytest.importorskip("language_tool_python")

    def refuse(*a, **k):
        raise RuntimeError("no Java here")

    monkeypatch.setattr(ltp, "LanguageTool", refuse)
    with pytest.warns(UserWarning, match="local LanguageTool could not start"):
        report = cleantext.check("He go home.", cleantext.Config(languagetool="local"))
    assert not lt(report)


def test_not_configured_nothing_imported_or_contacted():
    code = ("import sys, cleantext; cleantext.check('He go home. We met wiht them.'); "
            "cleantext.check_markup('He go *home*.'); "
            "bad = [m for m in ('cleantext.languagetool', 'language_tool_python', 'requests') if m in sys.modules]; "
            "print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "[]", out.stderr


def test_long_texts_go_in_chunks_with_exact_offsets(stub, monkeypatch):
    monkeypatch.setattr(languagetool, "CHUNK", 60)
    paragraphs = [f"Paragraph {i} is here and fine." for i in range(6)]
    paragraphs[4] = "Then He go to the market today."
    text = "\n\n".join(paragraphs) + "\n"
    (f,) = lt(cleantext.check(text, cleantext.Config(languagetool=stub.url)))
    assert text[f.start:f.end] == "go" and f.start == text.index("He go") + 3
    assert len(stub.requests) > 2 and all(len(r["text"]) <= 60 for r in stub.requests)
    assert "".join(r["text"] for r in stub.requests).split() == text.split()


def test_chunks_cover_everything():
    text = ("word " * 50 + "\n\n") * 5
    pieces = languagetool.chunks(text, 70)
    assert "".join(p for _, p in pieces).split() == text.split()
    for base, piece in pieces:
        assert text[base:base + len(piece)] == piece and len(piece) <= 70
