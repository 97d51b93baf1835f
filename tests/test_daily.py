"""The cron contract: dated outputs, --only-new with a state file, locks, the config file."""

from __future__ import annotations

import json
import threading
import time
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
    assert "nothing new in" in second.stderr
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


def test_an_overlapping_run_waits_then_gives_up_with_a_message(runner, make_folder, tmp_path):
    folder = make_folder({"a.txt": A})
    out = tmp_path / "b.md"
    with locked(output_lock(out), 1):
        result = runner.invoke(app, ["build", str(folder), "-o", str(out), "--lock-wait", "0.5"])
    assert result.exit_code == 1
    assert "another brief run holds" in result.stderr and "gave up after 0.5 s" in result.stderr
    assert not out.exists()

    release = threading.Event()

    def hold():
        with locked(output_lock(out), 1):
            release.set()
            # Long enough that the run below finds the lock taken, even on a busy machine.
            time.sleep(3.0)

    holder = threading.Thread(target=hold)
    holder.start()
    release.wait()
    result = runner.invoke(app, ["build", str(folder), "-o", str(out), "--lock-wait", "30"])
    holder.join()
    assert result.exit_code == 0, result.stderr
    assert "waiting up to 30 s" in result.stderr
    assert out.exists()


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
