"""LanguageTool backend: run a LanguageTool server over the prose and map its matches to findings.

Used only when `Config.languagetool` is set; otherwise this module is never imported.

* `"http://host:8081"` (or https): POST /v2/check with the stdlib (urllib). A server that is not on
  this machine receives the text, so that is said once (a `UserWarning`, shown on stderr).
* `"local"`: language-tool-python starts and manages a local LanguageTool (needs Java and its
  download); imported only then. If it cannot start, a warning says why and nothing else changes.

The prose is sent with non-prose blanked (code, URLs, markup), so LanguageTool sees what our own
checks see, and the offsets still index the original text. LanguageTool counts offsets in UTF-16
code units (it is Java); they are converted to Python indices. A match that overlaps one of our
findings is dropped (ours carry calibrated confidences), as are matches on blanked text or about
the whitespace the blanking made. Long texts go in pieces of at most CHUNK characters, cut at paragraph
breaks. Any failure (timeout, refused connection, a body that is not LanguageTool JSON) is a
warning, and the pieces not yet checked give no findings: the check itself never fails.

The tested path is the HTTP one, against a local stub server that answers /v2/check with bodies
in LanguageTool's documented format (tests/test_languagetool.py).
"""
from __future__ import annotations

import json
import threading
import warnings
from typing import Any, Iterable
from urllib.parse import urlparse

from .findings import Finding

CONFIDENCE = 0.7
CHUNK = 20_000
TYPO_TYPES = frozenset({"misspelling", "typographical"})
# Whitespace rules only see the spaces our blanking made; those are never the author's.
IGNORED_RULES = frozenset({"WHITESPACE_RULE", "CONSECUTIVE_SPACES", "COMMA_PARENTHESIS_WHITESPACE"})
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})

_warned: set[str] = set()
_local_tool: Any = None
_local_lock = threading.Lock()


class LanguageToolUnavailable(RuntimeError):
    pass


def warn_once(key: str, message: str) -> None:
    if key not in _warned:
        _warned.add(key)
        warnings.warn(f"cleantext: {message}", UserWarning, stacklevel=3)


def is_remote(server: str) -> bool:
    host = urlparse(server).hostname or ""
    return host not in LOCAL_HOSTS and not host.startswith("127.")


def findings(text: str, prose: str, config, ours: Iterable[Finding] = (), language: str | None = None) -> list[Finding]:
    """LanguageTool's matches on `prose` as findings into `text`, minus those overlapping `ours`."""
    server = config.languagetool
    if not server or not prose.strip():
        return []
    language = language or ("en-GB" if config.dialect == "en-GB" else "en-US")
    if server != "local" and is_remote(server):
        warn_once("remote:" + server, f"LanguageTool server {server} is not on this machine: "
                                      "the text being checked is sent to it")
    matches: list[dict[str, Any]] = []
    try:
        for base, chunk in chunks(prose):
            if server == "local":
                found = _check_local(chunk, language, config.languagetool_timeout)
            else:
                found = check_http(server, chunk, language, config.languagetool_timeout)
            matches.extend({**m, "offset": m["offset"] + base} for m in found if "offset" in m)
    except LanguageToolUnavailable as e:
        # What was checked before the failure is kept; the rest is said to be skipped.
        warn_once("fail:" + str(e), f"LanguageTool skipped: {e}")
    spans = sorted((f.start, f.end) for f in ours)
    out = []
    for m in matches:
        f = to_finding(m, text, prose)
        if f is not None and not _overlaps(f, spans):
            out.append(f)
    return out


def chunks(prose: str, size: int | None = None) -> list[tuple[int, str]]:
    """(offset, piece) pieces of at most `size` characters, cut at paragraph breaks where possible
    (then line breaks, then spaces): servers cap the text of one request (20,000 characters on
    the public one)."""
    size = size or CHUNK
    out, start, n = [], 0, len(prose)
    while start < n:
        end = min(n, start + size)
        if end < n:
            for sep in ("\n\n", "\n", " "):
                cut = prose.rfind(sep, start + size // 2, end)
                if cut > start:
                    end = cut + len(sep)
                    break
        if prose[start:end].strip():
            out.append((start, prose[start:end]))
        start = end
    return out


def check_http(server: str, text: str, language: str, timeout: float) -> list[dict[str, Any]]:
    """POST /v2/check; the matches with offsets converted to Python string indices."""
    import socket
    import urllib.error
    import urllib.request
    from urllib.parse import urlencode

    base = server.rstrip("/")
    url = base if base.endswith("/v2/check") else (base + "/check" if base.endswith("/v2") else base + "/v2/check")
    if urlparse(url).scheme not in ("http", "https"):
        raise LanguageToolUnavailable(f"languagetool must be an http(s) URL or 'local', not {server!r}")
    body = urlencode({"text": text, "language": language}).encode("utf-8")
    req = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            raw = resp.read()
    except (socket.timeout, TimeoutError):
        raise LanguageToolUnavailable(f"{url} did not answer within {timeout:g} s") from None
    except urllib.error.HTTPError as e:
        raise LanguageToolUnavailable(f"{url} answered HTTP {e.code}") from None
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise LanguageToolUnavailable(f"cannot reach {url} ({reason})") from None
    try:
        data = json.loads(raw.decode("utf-8"))
        matches = data["matches"]
        if not isinstance(matches, list):
            raise TypeError
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise LanguageToolUnavailable(f"{url} did not answer with LanguageTool JSON") from None
    return [_utf16_to_py(m, text) for m in matches if isinstance(m, dict)]


def _utf16_to_py(match: dict[str, Any], text: str) -> dict[str, Any]:
    """LanguageTool's offset/length count UTF-16 code units; turn them into str indices."""
    try:
        off, length = int(match["offset"]), int(match["length"])
    except (KeyError, TypeError, ValueError):
        return {}
    if text.isascii() or all(ord(c) < 0x10000 for c in text):
        return {**match, "offset": off, "length": length}
    units = 0
    start = end = None
    for i, c in enumerate(text):
        if units == off and start is None:
            start = i
        if units == off + length:
            end = i
            break
        units += 2 if ord(c) >= 0x10000 else 1
    if start is None:
        start = len(text)
    if end is None:
        end = len(text)
    return {**match, "offset": start, "length": end - start}


def to_finding(m: dict[str, Any], text: str, prose: str) -> Finding | None:
    try:
        start, end = int(m["offset"]), int(m["offset"]) + int(m["length"])
        rule = m.get("rule") or {}
        rule_id = str(rule.get("id") or "UNKNOWN")
        message = str(m.get("message") or m.get("shortMessage") or rule.get("description") or rule_id)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    if not 0 <= start < end <= len(text) or rule_id in IGNORED_RULES:
        return None
    if prose[start:end] != text[start:end] or not prose[start:end].strip():
        return None  # on blanked markup or code
    issue = str(rule.get("issueType") or "").lower()
    cat_id = str((rule.get("category") or {}).get("id") or "").upper()
    category = "typo" if issue in TYPO_TYPES or cat_id in ("TYPOS", "TYPOGRAPHY") else "grammar"
    suggestions = []
    for r in m.get("replacements") or ():
        value = r.get("value") if isinstance(r, dict) else r
        if isinstance(value, str) and value != text[start:end]:
            suggestions.append(value)
    return Finding(start, end, category, f"languagetool.{rule_id}", message, tuple(suggestions[:5]),
                   CONFIDENCE, "warning", source="languagetool")


def _overlaps(f: Finding, spans: list[tuple[int, int]]) -> bool:
    return any(s < f.end and f.start < e or s == e and f.start <= s <= f.end for s, e in spans)


def _check_local(prose: str, language: str, timeout: float) -> list[dict[str, Any]]:
    global _local_tool
    with _local_lock:
        if _local_tool is None:
            try:
                import language_tool_python
            except ImportError:
                raise LanguageToolUnavailable("languagetool = \"local\" needs language-tool-python") from None
            try:
                _local_tool = language_tool_python.LanguageTool(language)
            except Exception as e:  # Java missing, download refused: any reason means "not here"
                raise LanguageToolUnavailable(f"local LanguageTool could not start ({e})") from None
    result: list = []
    error: list = []

    def run() -> None:
        try:
            result.extend(_local_tool.check(prose))
        except Exception as e:  # noqa: BLE001 - reported as a warning below
            error.append(e)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise LanguageToolUnavailable(f"local LanguageTool did not answer within {timeout:g} s")
    if error:
        raise LanguageToolUnavailable(f"local LanguageTool failed ({error[0]})")
    # language-tool-python's Match already uses Python offsets.
    return [{"offset": m.offset, "length": m.error_length, "message": m.message,
             "replacements": [{"value": v} for v in m.replacements],
             "rule": {"id": m.rule_id, "issueType": m.rule_issue_type, "category": {"id": m.category}}}
            for m in result]
