"""The cron contract: dated outputs, --only-new with a state file, locks, the config file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import free_port

from brief.cli import app
from brief.state import locked, output_lock

A = "The harbour bridge reopened to traffic on Thursday after two years of repairs.\n"
B = "Shares in the mining company fell sharply on Friday on weak copper prices in Asia.\n"
DATE = ["--date", "2026-11-20T06:55:00+00:00"]


def test_output_date_template_and_parent_folders(runner, make_folder, tmp_path):
    folder = make_folder({"a.txt": A})
    pattern = str(tmp_path / "briefings" / "{date}.html")
    result = runner.invoke(app, ["build", str(folder), "-o", pattern, *DATE])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "briefings" / "2026-11-20.html").read_text().startswith("<!DOCTYPE html>")


def test_an_unknown_placeholder_in_the_output_is_a_usage_error(runner, make_folder, tmp_path):
    """`{data}` for `{date}` would write a file of that literal name, the same every day."""
    folder = make_folder({"a.txt": A})
    result = runner.invoke(app, ["build", str(folder), "-o", str(tmp_path / "{data}.md")])
    assert result.exit_code == 2
    assert "unknown placeholder {data}" in result.stderr and "{date}" in result.stderr
    assert list(tmp_path.glob("*.md")) == []


def test_only_new_briefs_each_document_once_by_content(runner, make_folder, tmp_path, smtp_server):
    folder = make_folder({"a.txt": A})
    state = tmp_path / "state.json"
    mail = ["--email-to", "r@example.org", "--smtp-host", "127.0.0.1",
            "--smtp-port", str(smtp_server.port)]  # fmt: skip

    def run(out: str):
        args = ["build", str(folder), "-o", str(tmp_path / out), "--format", "json", *DATE]
        return runner.invoke(app, [*args, "--only-new", "--state", str(state), *mail])

    first = run("1.json")
    assert first.exit_code == 0, first.stderr
    assert json.loads(state.read_text())["seen"]
    assert len(smtp_server.inbox.messages) == 1

    second = run("2.json")  # nothing changed: no file, no mail, exit 0, and it says so
    assert second.exit_code == 0
    assert second.stderr.startswith("Note: nothing new in")
    assert not (tmp_path / "2.json").exists()
    assert len(smtp_server.inbox.messages) == 1

    (folder / "a.txt").rename(folder / "renamed.txt")  # same content, new name: not new
    assert run("3.json").exit_code == 0 and not (tmp_path / "3.json").exists()

    (folder / "b.txt").write_text(B)
    fourth = run("4.json")
    assert fourth.exit_code == 0, fourth.stderr
    data = json.loads((tmp_path / "4.json").read_text())
    assert [Path(s["path"]).name for s in data["sources"]] == ["b.txt"]
    assert len(smtp_server.inbox.messages) == 2


def test_a_failed_send_does_not_mark_documents_as_briefed(runner, make_folder, tmp_path):
    folder = make_folder({"a.txt": A})
    state = tmp_path / "state.json"
    args = ["build", str(folder), "-o", str(tmp_path / "b.md"), "--only-new", "--state",
            str(state), "--email-to", "r@example.org", "--smtp-host", "127.0.0.1",
            "--smtp-port", str(free_port())]  # fmt: skip
    result = runner.invoke(app, args)
    assert result.exit_code == 1 and "could not send" in result.stderr
    assert (tmp_path / "b.md").exists()  # the briefing itself is not lost
    assert not state.exists()  # so the next run tries again with the same documents


def test_an_overlapping_run_waits_then_gives_up_naming_the_output(runner, make_folder, tmp_path):
    folder = make_folder({"a.txt": A})
    out = tmp_path / "b.md"
    with locked(output_lock(out), 1):
        result = runner.invoke(app, ["build", str(folder), "-o", str(out), "--lock-wait", "0.5"])
    assert result.exit_code == 1
    # The output it clashed on, not the lock file in the temporary folder.
    assert f"Error: another brief run holds {out}; gave up after 0.5 s." in result.stderr
    assert not out.exists()


def test_an_overlapping_run_goes_on_when_the_first_one_ends(make_folder, tmp_path):
    folder = make_folder({"a.txt": A})
    out = tmp_path / "b.md"
    command = [sys.executable, "-m", "brief", "build", str(folder), "-o", str(out)]
    with locked(output_lock(out), 1):
        run = subprocess.Popen([*command, "--lock-wait", "60"], stderr=subprocess.PIPE, text=True)
        # Held until the second run says it waits: no guessing how long it takes to start.
        said = run.stderr.readline()
        assert f"Note: another brief run holds {out}; waiting up to 60 s" in said
        assert not out.exists()
    assert run.wait(timeout=120) == 0, run.stderr.read()
    run.stderr.close()
    assert out.read_text().startswith("# News briefing")


def test_config_file_supplies_defaults_and_the_command_line_wins(
    runner, make_folder, tmp_path, smtp_server
):
    folder = make_folder({"a.txt": A, "b.txt": B})
    config = tmp_path / "config.toml"
    config.write_text(
        f'title = "Night desk"\nformat = "json"\nwords = 60\n'
        f'[build]\nemail-to = ["r@example.org"]\nsmtp_host = "127.0.0.1"\n'
        f'smtp_port = {smtp_server.port}\nsmtp_user = "desk"\nsmtp_password = "s3cret"\n'
    )
    result = runner.invoke(app, ["build", str(folder), "--config", str(config), *DATE])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == "Night desk" and data["stats"]["words"] <= 60
    assert smtp_server.logins == [(b"desk", b"s3cret")]
    assert len(smtp_server.inbox.messages) == 1

    result = runner.invoke(
        app, ["build", str(folder), "--config", str(config), "--title", "Flag wins", *DATE]
    )
    assert json.loads(result.stdout)["title"] == "Flag wins"


def test_config_file_mistakes_are_usage_errors(runner, make_folder, tmp_path):
    folder = make_folder({"a.txt": A})
    config = tmp_path / "config.toml"
    config.write_text('tittle = "typo"\n')
    result = runner.invoke(app, ["build", str(folder), "--config", str(config)])
    assert result.exit_code == 2 and "unknown option(s) in" in result.stderr
    assert "tittle" in result.stderr
    missing = runner.invoke(app, ["build", str(folder), "--config", str(tmp_path / "none.toml")])
    assert missing.exit_code == 2 and "does not exist" in missing.stderr


def test_briefings_saved_in_the_news_folder_are_never_read_as_news(runner, make_folder, tmp_path):
    """A cron job that keeps its briefings inside the folder it reads: yesterday's
    briefing (any format, the mail too) is no source of today's, and no warning either."""
    folder = make_folder({"a.txt": A, "b.txt": B})
    for fmt in ("md", "html", "text", "eml"):
        out = folder / "briefings" / f"{{date}}.{fmt}"
        args = ["build", str(folder), "-o", str(out), "--format", fmt, *DATE]
        assert runner.invoke(app, args).exit_code == 0
    assert len(list((folder / "briefings").iterdir())) == 4
    result = runner.invoke(app, ["build", str(folder), "--format", "json", "-q", *DATE])
    assert result.exit_code == 0, result.stderr
    assert sorted(Path(s["path"]).name for s in json.loads(result.stdout)["sources"]) == [
        "a.txt",
        "b.txt",
    ]
    loud = runner.invoke(app, ["build", str(folder), "--format", "md", "--strict", *DATE])
    assert loud.exit_code == 0 and "Warning" not in loud.stderr

    state = ["--only-new", "--state", str(tmp_path / "state.json")]
    out = ["-o", str(folder / "briefings" / "{date}.md")]
    assert runner.invoke(app, ["build", str(folder), *out, *state, *DATE]).exit_code == 0
    day2 = ["--date", "2026-11-21T06:55:00+00:00"]
    second = runner.invoke(app, ["build", str(folder), *out, *state, *day2])
    assert second.exit_code == 0 and "nothing new in" in second.stderr
    assert not (folder / "briefings" / "2026-11-21.md").exists()

    own = runner.invoke(app, ["build", str(folder / "briefings" / "2026-11-20.md")])
    assert own.exit_code == 1 and "is a briefing brief wrote" in own.stderr
