import json

import pytest

from brief import __version__
from brief.cli import app

ARTICLE = "The harbour bridge reopened to traffic on Thursday after two years of repairs.\n"


def test_version_and_help(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"brief {__version__}"
    result = runner.invoke(app, ["build", "--help"])
    assert result.exit_code == 0 and "--single-story" in result.output
    for short in (["-h"], ["build", "-h"]):  # as most command-line tools take it
        result = runner.invoke(app, short)
        assert result.exit_code == 0 and "Show this message and exit." in result.output


def test_stdout_by_default_and_with_dash(runner, make_folder):
    folder = make_folder({"a.txt": ARTICLE})
    for args in ([], ["-o", "-"]):
        result = runner.invoke(app, ["build", str(folder), *args])
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith("# News briefing")
        assert "The harbour bridge reopened" in result.stdout


def test_output_file_format_from_extension_and_parents_created(runner, make_folder, tmp_path):
    folder = make_folder({"a.txt": ARTICLE})
    out = tmp_path / "deep" / "er" / "b.json"
    result = runner.invoke(app, ["build", str(folder), "-o", str(out), "--title", "Morning"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    data = json.loads(out.read_text())
    assert data["title"] == "Morning"
    assert [p.name for p in out.parent.iterdir()] == ["b.json"]  # no temporary left behind


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ["--algorithm", "bert"],
            2,
            "Error: unknown algorithm 'bert'; the available ones are: concepts, lexrank",
        ),
        (["--words", "5"], 2, "Error: --words must be at least 20"),
        (["--format", "pdf"], 2, "Error: unknown format 'pdf'"),
        (["-o", "b.docx"], 2, "Error: cannot tell the format from 'b.docx'"),
    ],
)
def test_bad_options_are_usage_errors_without_traceback(runner, make_folder, args, code, message):
    result = runner.invoke(app, ["build", str(make_folder({"a.txt": ARTICLE})), *args])
    assert result.exit_code == code
    assert message in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_missing_and_empty_folders_fail_with_no_output(runner, tmp_path):
    out = tmp_path / "b.html"
    result = runner.invoke(app, ["build", str(tmp_path / "missing"), "-o", str(out)])
    assert result.exit_code == 1 and "does not exist" in result.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(app, ["build", str(empty), "-o", str(out)])
    assert result.exit_code == 1
    assert f"Error: no usable documents in {empty}" in result.stderr
    assert not out.exists()


def test_skipped_files_are_warned_about_unless_quiet(runner, make_folder):
    folder = make_folder({"a.txt": ARTICLE, "b.txt": b"\x00\x01binary" * 50})
    result = runner.invoke(app, ["build", str(folder)])
    assert result.exit_code == 0
    assert f"Warning: skipped {folder / 'b.txt'}: binary data, not text" in result.stderr
    result = runner.invoke(app, ["build", str(folder), "--quiet"])
    assert result.exit_code == 0 and result.stderr == ""


def test_output_into_a_file_where_a_folder_should_be_is_an_error(runner, make_folder, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = runner.invoke(
        app, ["build", str(make_folder({"a.txt": ARTICLE})), "-o", str(blocker / "b.md")]
    )
    assert result.exit_code == 1 and "Error: cannot write" in result.stderr
    assert "Traceback" not in result.stderr


def test_same_input_gives_byte_identical_output(runner, make_folder):
    folder = make_folder({"a.txt": ARTICLE, "b.txt": ARTICLE.replace("Thursday", "Friday")})
    args = ["build", str(folder), "--format", "json", "--date", "2026-11-20T06:55+00:00"]
    first, second = runner.invoke(app, args), runner.invoke(app, args)
    assert first.exit_code == 0 and second.exit_code == 0, first.stderr + second.stderr
    assert json.loads(first.stdout)["stories"]  # two failures would also print the same
    assert first.stdout == second.stdout


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["-o", "out.json", "--format", "json", "--title", "Morning", "--date", "2016-10-04"],
        ["--words", "100", "--max-stories", " 3", "--lock-wait", "2.5", "--smtp-port", "25"],
        ["--email-to", "a@example.org", "--email-to", "b@example.org,c@example.org"],
        ["--templates", "tpl", "--state", "", "--config", "-", "--algorithm", "lexrank"],
        ["--words", "many"],  # not a number: typer's own message
        ["--lock-wait", "soon"],
    ],
)
def test_option_values_are_the_ones_typer_coerces(tmp_path, args):
    # Values that need no coercion skip typer's pydantic adapters (brief/coercion.py):
    # every value, and every message for a bad one, is still what typer makes of it.
    import typer
    from typer.core import TyperCommand

    def parse(plain: bool) -> dict | str:
        command = typer.main.get_command(app).commands["build"]
        if not plain:  # typer's own parsing, as without brief/coercion.py
            command.parse_args = TyperCommand.parse_args.__get__(command)
        try:
            with command.make_context("build", [str(tmp_path), *args]) as ctx:
                return ctx.params
        except typer.BadParameter as error:
            return error.format_message()

    ours, typers = parse(plain=True), parse(plain=False)
    assert ours == typers
    if isinstance(ours, dict):  # the same types too (a Path is no str, 2.5 no int)
        assert {k: type(v) for k, v in ours.items()} == {k: type(v) for k, v in typers.items()}
