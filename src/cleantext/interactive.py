"""`cleantext fix --interactive`: ask y/n for each change on the terminal.

Each proposed change is shown with its line and rule; the answers pick a subset of the changes,
which is applied to the original text (offsets of `Change` index the original, so the accepted
ones can be spliced in directly, skipping any that overlap an earlier accepted change).
"""
from __future__ import annotations

import sys

from .findings import FixResult
from .formats.text import _clean


def _ask(prompt: str) -> str:
    # The prompt goes to stderr: stdout may be carrying the fixed text.
    sys.stderr.write(prompt)
    sys.stderr.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line


def review(r, res: FixResult, *, ask=_ask, out=sys.stderr) -> FixResult:
    accepted = []
    take_all = False
    for n, ch in enumerate(res.applied, 1):
        if not take_all:
            line, col = r.line_col(ch.start)
            text = r.doc.text
            ls = max(text.rfind("\n", 0, ch.start), text.rfind("\r", 0, ch.start)) + 1
            le = min([i for i in (text.find("\n", ch.end), text.find("\r", ch.end)) if i >= 0] or [len(text)])
            context = text[max(ls, ch.start - 60):min(le, ch.end + 60)]
            # user text never reaches the terminal raw: no escape sequences, one line
            print(_clean(f"[{n}/{len(res.applied)}] {r.path}:{line}:{col}  {ch.explain()}") + "\n    "
                  + _clean(context), file=out)
            answer = ""
            while answer not in ("y", "n", "a", "q"):
                try:
                    answer = ask("apply? [y]es [n]o [a]ll [q]uit: ").strip().lower()[:1]
                except EOFError:
                    answer = "q"
            if answer == "q":
                break
            if answer == "n":
                continue
            take_all = answer == "a"
        if all(ch.end <= a.start or a.end <= ch.start for a in accepted):
            accepted.append(ch)
    accepted.sort(key=lambda c: c.start)
    parts, pos = [], 0
    for ch in accepted:
        parts.append(res.original[pos:ch.start])
        parts.append(ch.replacement)
        pos = ch.end
    parts.append(res.original[pos:])
    chosen = {id(c.finding) for c in accepted}
    skipped = list(res.skipped) + [c.finding for c in res.applied if id(c.finding) not in chosen]
    import dataclasses

    return dataclasses.replace(res, text="".join(parts), applied=accepted, skipped=skipped)
