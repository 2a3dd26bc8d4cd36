"""The HTML report in a real headless Chromium, driven over the DevTools protocol on a pipe.

Skipped when /usr/bin/chromium is absent (.ci/run installs Debian's chromium when it can).
No third-party driver: Chromium's --remote-debugging-pipe reads JSON commands on fd 3 and writes
answers on fd 4, each terminated by a NUL byte.
"""
from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import tempfile
import time

import pytest

from cleantext import markup
from cleantext.formats import FileResult, renderer

CHROMIUM = "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="needs /usr/bin/chromium")

HOSTILE = (
    "We met wiht the team. He saw a apple there.\n"
    "<script>window.__pwned = 1</script>\n"
    '"><img src=x onerror="window.__pwned = 2">\n'
    "[click](javascript:window.__pwned=3) and <a href=\"javascript:window.__pwned=4\">me</a>\n"
)


class Browser:
    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="cleantext-chromium-")
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def wire():  # runs in the child: put the pipe ends where Chromium expects them
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-dev-shm-usage", f"--user-data-dir={self.profile}", "--remote-debugging-pipe",
             "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=wire, close_fds=False)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buf = b""
        self._id = 0
        self.session = None

    def send(self, method, params=None, session=True, timeout=30):
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params or {}}
        if session and self.session:
            msg["sessionId"] = self.session
        os.write(self._to_chrome, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" in self._buf:
                raw, self._buf = self._buf.split(b"\0", 1)
                answer = json.loads(raw)
                if answer.get("id") == self._id:
                    if "error" in answer:
                        raise RuntimeError(answer["error"])
                    return answer["result"]
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_chrome], [], [], left)[0]:
                raise TimeoutError(method)
            chunk = os.read(self._from_chrome, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self._buf += chunk

    def open(self, url):
        target = self.send("Target.createTarget", {"url": url}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True},
                                 session=False)["sessionId"]
        for _ in range(100):
            if self.js(f"location.href === {json.dumps(url)} && document.readyState === 'complete'"):
                return
            time.sleep(0.1)
        raise TimeoutError("page did not load")

    def js(self, expression):
        res = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in res:
            raise RuntimeError(res["exceptionDetails"])
        return res["result"].get("value")

    def close(self):
        try:
            self.send("Browser.close", session=False, timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_chrome)
        os.close(self._from_chrome)
        shutil.rmtree(self.profile, ignore_errors=True)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    text = HOSTILE
    doc, report = markup.analyse(text, format="plain")
    fixed = markup.fix(text, report=report)
    hostile_path = '"><img src=x onerror="window.__pwned=5">.txt'
    html = renderer("html")([FileResult(hostile_path, doc, report, fixed)],
                            errors=['<script>window.__pwned=6</script>: no such file'])
    out = tmp_path_factory.mktemp("report") / "report.html"
    out.write_text(html, encoding="utf-8")
    browser = Browser()
    try:
        try:
            browser.send("Browser.getVersion", session=False)
        except (RuntimeError, TimeoutError) as e:  # the machine cannot run it: not a report bug
            pytest.skip(f"chromium did not start ({e})")
        browser.open(out.as_uri())
        yield browser, report
    finally:
        browser.close()


def test_highlights_appear_by_category(page):
    browser, report = page
    cats = {f.category for f in report.findings}
    assert {"typo", "grammar"} <= cats
    for cat in ("typo", "grammar"):
        n = browser.js(f"document.querySelectorAll('.doc mark[data-cats~=\"{cat}\"]').length")
        assert n >= 1, cat
    bg = browser.js("getComputedStyle(document.querySelector('.doc mark.cat-typo')).backgroundColor")
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
    tip = browser.js("document.querySelector('.doc mark.cat-typo').getAttribute('title')")
    assert "typo.nonword" in tip and "with" in tip
    assert browser.js("document.querySelector('table.readability').rows.length") > 5
    assert "delta" in browser.js("document.querySelector('table.readability').innerText")


def test_filter_hides_a_category(page):
    browser, _ = page
    visible_rows = "Array.from(document.querySelectorAll('table.findings tr[data-cats=\"typo\"]'))" \
                   ".filter(r => getComputedStyle(r).display !== 'none').length"
    assert browser.js(visible_rows) >= 1
    browser.js("document.getElementById('filter-typo').click()")
    assert browser.js("document.getElementById('filter-typo').checked") is False
    assert browser.js("getComputedStyle(document.querySelector('.doc mark.cat-typo')).backgroundColor") \
        in ("rgba(0, 0, 0, 0)", "transparent")
    assert browser.js(visible_rows) == 0
    # other categories keep their highlight
    assert browser.js("getComputedStyle(document.querySelector('.doc mark.cat-grammar')).backgroundColor") \
        not in ("rgba(0, 0, 0, 0)", "transparent")
    browser.js("document.getElementById('filter-typo').click()")
    assert browser.js(visible_rows) >= 1


def test_hostile_input_stays_text(page):
    browser, _ = page
    assert browser.js("typeof window.__pwned") == "undefined"
    assert browser.js("document.querySelectorAll('img').length") == 0
    assert browser.js("document.scripts.length") == 1
    assert browser.js("document.querySelectorAll('a').length") == 0
    text = browser.js("document.querySelector('.doc').innerText")
    assert "<script>window.__pwned = 1</script>" in text
    assert '"><img src=x onerror="window.__pwned = 2">' in text
    assert "javascript:window.__pwned=3" in text
    assert '"><img src=x onerror="window.__pwned=5">.txt' in browser.js("document.querySelector('h2 + p, section h2').innerText")
    assert "<script>window.__pwned=6</script>" in browser.js("document.querySelector('ul.errors').innerText")
