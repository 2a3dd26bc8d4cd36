"""Project configuration files: discovery, validation, overrides, accept files, CLI precedence."""
from __future__ import annotations

import os

import pytest

from cleantext.config_files import (ConfigError, compile_accept_pattern, find_config, glob_match,
                                    load_accept_file, settings_for)


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_found_by_walking_up_and_pyproject_without_table_is_skipped(tmp_path):
    write(tmp_path / ".cleantext.toml", 'dialect = "en-GB"\n')
    write(tmp_path / "sub" / "pyproject.toml", "[project]\nname = 'x'\n")
    doc = write(tmp_path / "sub" / "deep" / "a.md", "x")
    assert find_config(str(doc)) == str(tmp_path / ".cleantext.toml")
    assert settings_for(str(doc)).config.dialect == "en-GB"
    write(tmp_path / "sub" / "pyproject.toml", "[tool.cleantext]\ndialect = 'en-US'\n")
    assert find_config(str(doc)) == str(tmp_path / "sub" / "pyproject.toml")
    assert settings_for(str(doc)).config.dialect == "en-US"


def test_all_keys(tmp_path):
    write(tmp_path / "vocab" / "accept.txt", "# names\nZangezur\n  \nKub[aeo]rnetes\n")
    write(tmp_path / "lists" / "spun.tsv", "tortured\texpected\nbosom peril\tbreast cancer\n")
    cfg = write(tmp_path / ".cleantext.toml", """
enable = ["typo", "grammar"]
disable = ["grammar.a_an"]
min_confidence = 0.6
fix_level = "suggested"
fix_threshold = 0.9
accept = ["cleantext"]
accept_files = ["vocab/accept.txt"]
spin_lists = ["lists/spun.tsv"]
dialect = "en-GB"
skip_blockquotes = true
languagetool = "http://localhost:8081"
languagetool_timeout = 3
[severity]
"typo" = "info"
""")
    s = settings_for(str(tmp_path / "a.md"))
    c = s.config
    assert s.source == str(cfg)
    assert c.enable == {"typo", "grammar"} and c.disable == {"grammar.a_an"}
    assert (c.min_confidence, c.fix_level, c.fix_threshold, c.dialect) == (0.6, "suggested", 0.9, "en-GB")
    assert c.accept == {"cleantext", "zangezur"}
    assert [p.pattern for p in s.accept_patterns] == ["Kub[aeo]rnetes"]
    assert c.spin_lists == (str(tmp_path / "lists" / "spun.tsv"),)  # relative to the config file
    assert c.skip_blockquotes and c.languagetool == "http://localhost:8081" and c.languagetool_timeout == 3
    assert c.severity == {"typo": "info"}


def test_pyproject_table(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.cleantext]\nmin_confidence = 0.7\n[tool.cleantext.severity]\nspin = 'error'\n")
    c = settings_for(str(tmp_path / "x.txt")).config
    assert c.min_confidence == 0.7 and c.severity == {"spin": "error"}


def test_overrides_like_vale_sections(tmp_path):
    write(tmp_path / ".cleantext.toml", """
disable = ["style"]
accept = ["Alpha"]
[overrides."*.html"]
dialect = "en-US"
[overrides."docs/legacy/**/*.md"]
disable = ["degeneration"]
accept = ["Beta"]
min_confidence = 0.9
""")
    base = settings_for(str(tmp_path / "docs" / "new.md")).config
    legacy = settings_for(str(tmp_path / "docs" / "legacy" / "old" / "x.md")).config
    page = settings_for(str(tmp_path / "site" / "index.html")).config
    assert base.disable == {"style"} and base.min_confidence == 0.5 and base.accept == {"alpha"}
    assert legacy.disable == {"style", "degeneration"} and legacy.min_confidence == 0.9
    assert legacy.accept == {"alpha", "beta"}
    assert page.dialect == "en-US" and base.dialect == "both"


def test_cli_values_override(tmp_path):
    write(tmp_path / ".cleantext.toml", 'disable = ["style", "spin"]\nmin_confidence = 0.6\ndialect = "en-GB"\n')
    s = settings_for(str(tmp_path / "a.txt"), cli={"enable": ["spin"], "disable": ["grammar"],
                                                 "min_confidence": 0.8, "dialect": None})
    c = s.config
    assert c.min_confidence == 0.8 and c.dialect == "en-GB"
    assert c.enable == {"spin"} and c.disable == {"style", "grammar"}


@pytest.mark.parametrize("body, message", [
    ("min_confidance = 0.5\n", "unknown key 'min_confidance'"),
    ("min_confidence = 'high'\n", "min_confidence must be a number"),
    ("min_confidence = 2.0\n", "min_confidence must be between 0 and 1"),
    ("fix_level = 'everything'\n", "fix_level must be one of"),
    ("disable = [1, 2]\n", "disable must be a list of strings"),
    ("skip_blockquotes = 'yes'\n", "skip_blockquotes must be a bool"),
    ("[severity]\ntypo = 'fatal'\n", "severity of 'typo' must be error, warning or info"),
    ("accept_files = ['missing.txt']\n", "no such accept file"),
    ("spin_lists = ['missing.tsv']\n", "no such spin list"),
    ("this is not toml\n", "invalid TOML"),
    ("overrides = 3\n", "'overrides' must be a table"),
])
def test_bad_config_gives_one_line_error(tmp_path, body, message):
    write(tmp_path / ".cleantext.toml", body)
    with pytest.raises(ConfigError) as e:
        settings_for(str(tmp_path / "a.txt"))
    assert message in str(e.value)
    assert "\n" not in str(e.value)


def test_accept_file_words_and_regexes(tmp_path):
    p = write(tmp_path / "a.txt", "Zangezur\n# comment\n\nCOVID-19\nC++\nNode.js\nv\\d+\\.\\d+\n")
    words, patterns = load_accept_file(str(p))
    assert words == ["Zangezur", "COVID-19", "C++", "Node.js"]
    assert [x.pattern for x in patterns] == [r"v\d+\.\d+"]


@pytest.mark.parametrize("pattern", ["(a+)+", r"(\w+\s?)*", "((ab)*)+", "(a*)*b", "x" * 201])
def test_catastrophic_or_long_regexes_are_refused(pattern):
    with pytest.raises(ConfigError):
        compile_accept_pattern(pattern, "vocab.txt:3")


def test_bad_regex_names_file_and_line(tmp_path):
    p = write(tmp_path / "v.txt", "good\nbad(regex\n")
    with pytest.raises(ConfigError, match=r"v\.txt:2: bad regex 'bad\(regex'"):
        load_accept_file(str(p))


@pytest.mark.parametrize("pattern", [r"\w+", "Kub[ae]rnetes", "(ab)+c", "a{1,3}", "colou?r"])
def test_safe_regexes_pass(pattern):
    assert compile_accept_pattern(pattern, "x").fullmatch


def test_glob_match():
    assert glob_match("*.md", "a/b/c.md")
    assert glob_match("docs/**/*.md", "docs/x.md") and glob_match("docs/**/*.md", "docs/a/b/x.md")
    assert not glob_match("docs/*.md", "docs/a/x.md")
    assert not glob_match("docs/**", "other/docs/x.md")


def test_no_code_is_executed(tmp_path):
    marker = tmp_path / "pwned"
    write(tmp_path / ".cleantext.toml", f'dialect = "__import__(\'os\').mkdir(\'{marker}\')"\n')
    with pytest.raises(ConfigError):
        settings_for(str(tmp_path / "a.txt"))
    assert not os.path.exists(marker)
