"""Options are checked before any work: each mistake is exit 2, one `Error:` line, no output."""

from __future__ import annotations

import pytest

from brief.cli import app

A = "The harbour bridge reopened to traffic on Thursday after two years of repairs.\n"


def _fails_cleanly(result, message: str) -> None:
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert message in lines[0]
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('words = "many"', "words in"),
        ('max_stories = "3"', "max_stories in"),
        ('lock_wait = "x"', "lock_wait in"),
        ("templates = 5", "templates in"),
        ('email_to = "a@b.c"', 'must be a list of strings, e.g. ["a@example.org"]'),
        ('single_story = "no"', "single_story in"),
        ('only_new = "yes"', "must be true or false, not the string 'yes'"),
        ("quiet = 1", "quiet in"),
        ("smtp_port = 99999", "--smtp-port must be between 1 and 65535"),
        ('smtp_security = "tls"', "unknown SMTP security 'tls'"),
        ("lock_wait = -1", "--lock-wait must be 0 or more"),
        ("words = 5", "--words must be at least 20"),
        ('attach = "pdf"', "--attach takes html or md"),
    ],
)
def test_config_values_of_the_wrong_type_or_range_are_usage_errors(
    runner, make_folder, tmp_path, line, message
):
    config = tmp_path / "config.toml"
    config.write_text(line + "\n")
    out = tmp_path / "b.html"
    args = ["build", str(make_folder({"a.txt": A})), "--config", str(config), "-o", str(out)]
    _fails_cleanly(runner.invoke(app, args), message)
    assert not out.exists()


def test_config_values_get_the_flags_types(runner, make_folder, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('lock_wait = 5\nsingle_story = false\nemail_to = []\ntemplates = "~"\n')
    result = runner.invoke(app, ["build", str(make_folder({"a.txt": A})), "--config", str(config)])
    assert result.exit_code == 0, result.stderr  # an integer is a number of seconds


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--smtp-security", "tls", "--email-to", "a@b.c"], "unknown SMTP security 'tls'"),
        (["--smtp-security", "tls"], "unknown SMTP security 'tls'"),
        (["--email-to", "nobody"], "--email-to 'nobody' is not an email address"),
        (["--attach", "pdf"], "--attach takes html or md"),
        (["--lock-wait", "nan"], "--lock-wait must be 0 or more"),
        (["--date", "yesterday"], "--date 'yesterday' is not an ISO date"),
        (["--algorithm", "bert"], "unknown algorithm 'bert'"),
        (["--max-stories", "0"], "--max-stories must be at least 1"),
    ],
)
def test_bad_flags_fail_before_anything_is_written(runner, make_folder, tmp_path, args, message):
    out = tmp_path / "t.html"
    result = runner.invoke(app, ["build", str(make_folder({"a.txt": A})), "-o", str(out), *args])
    _fails_cleanly(result, message)
    assert not out.exists()


def test_a_template_that_extends_itself_is_one_error_line(runner, make_folder, tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "briefing.md.j2").write_text('{% extends "briefing.md.j2" %}\n')
    out = tmp_path / "b.md"
    args = ["build", str(make_folder({"a.txt": A})), "--templates", str(templates)]
    result = runner.invoke(app, [*args, "-o", str(out)])
    _fails_cleanly(result, 'extends itself; to extend the built-in one, write {% extends "default/')
    assert not out.exists()
    # The same through a circle of two templates, and in a mail's HTML part.
    (templates / "briefing.html.j2").write_text('{% extends "other.j2" %}\n')
    (templates / "other.j2").write_text('{% extends "briefing.html.j2" %}\n')
    result = runner.invoke(app, [*args, "-o", str(tmp_path / "b.eml")])
    _fails_cleanly(result, "template briefing.html.j2 extends itself")


def test_an_output_without_extension_is_markdown(runner, make_folder, tmp_path):
    out = tmp_path / "briefing"
    result = runner.invoke(app, ["build", str(make_folder({"a.txt": A})), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert out.read_text().startswith("# News briefing")


def test_help_is_plain(runner):
    for args in (["--help"], ["build", "--help"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0
        assert "<bool>" not in result.output and "{" not in result.output.split("\n\n")[0]
    help_text = " ".join(runner.invoke(app, ["build", "--help"]).output.split())
    assert "build [OPTIONS] PATH Write" in help_text
    assert "or one article file" in help_text  # a file works too
    assert "Print no warnings or notes" in help_text
    assert "--no-send" in help_text
