"""Output must not depend on the process: the same text gives the same findings and suggestions
whatever PYTHONHASHSEED is (sets of candidates used to decide ties)."""
import os
import subprocess
import sys

CODE = r"""
import cleantext
words = ["thay", "teh", "wiht", "recieve", "adress", "becuase", "untill", "whcih", "goverment", "thier",
         "alot", "occured", "seperate", "definately", "tommorow", "wierd", "truely", "arguement"]
print([cleantext.suggest(w) for w in words])
text = "Thay said teh goverment wiht its partners would recieve thier adress untill monday."
print([(f.start, f.end, f.rule, f.suggestions) for f in cleantext.check(text).findings])
print(cleantext.fix(text).text)
"""


def _run(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_same_output_under_different_hash_seeds():
    first = _run("1")
    assert first.strip()
    assert _run("2") == first
    assert _run("12345") == first
