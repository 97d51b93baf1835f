"""The cron contract: dated outputs, --only-new with a state file, locks, the config file."""

from __future__ import annotations

import hashlib
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES, free_port

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
    # Each run removes its lock when done: dated outputs leave no file a day behind.
    assert not output_lock(out).exists()


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


def test_a_tilde_in_every_path_option_is_the_home_folder(
    runner, make_folder, tmp_path, monkeypatch
):
    """Under cron the working folder is $HOME: an unexpanded "~/briefings" would write
    to ~/~/briefings. The config file's paths and quoted flags are expanded as a shell would."""
    home, elsewhere = tmp_path / "home", tmp_path / "cwd"
    (home / "templates").mkdir(parents=True)
    (home / "templates" / "briefing.md.j2").write_text(
        "{% for s in stories %}{{ s.title }}{% endfor %}\n"
    )
    elsewhere.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(elsewhere)
    folder = make_folder({"a.txt": A})
    (home / "config.toml").write_text(
        'output = "~/briefings/{date}.md"\nstate = "~/state.json"\ntemplates = "~/templates"\n'
        "only_new = true\n"
    )
    result = runner.invoke(app, ["build", str(folder), "--config", "~/config.toml", *DATE])
    assert result.exit_code == 0, result.stderr
    assert (home / "briefings" / "2026-11-20.md").read_text().startswith("The harbour bridge")
    assert json.loads((home / "state.json").read_text())["seen"]
    assert list(elsewhere.iterdir()) == []  # no folder named "~"

    flags = ["-o", "~/flag.md", "--state", "~/flag-state.json", "--templates", "~/templates"]
    folder.rename(home / "news")
    result = runner.invoke(app, ["build", "~/news", *flags, "--only-new", *DATE])
    assert result.exit_code == 0, result.stderr
    assert (home / "flag.md").exists() and (home / "flag-state.json").exists()
    assert list(elsewhere.iterdir()) == []


def test_no_only_new_switches_the_config_off_for_one_run(runner, make_folder, tmp_path):
    folder = make_folder({"a.txt": A})
    state = tmp_path / "state.json"
    config = tmp_path / "config.toml"
    config.write_text(f'only_new = true\nstate = "{state}"\n')
    args = ["build", str(folder), "--config", str(config), "--format", "md", *DATE]
    assert runner.invoke(app, [*args, "-o", str(tmp_path / "1.md")]).exit_code == 0
    recorded = state.read_bytes()
    again = runner.invoke(app, [*args, "-o", str(tmp_path / "2.md")])
    assert again.exit_code == 0 and "nothing new" in again.stderr
    assert not (tmp_path / "2.md").exists()
    everything = runner.invoke(app, [*args, "-o", str(tmp_path / "3.md"), "--no-only-new"])
    assert everything.exit_code == 0, everything.stderr
    assert "harbour bridge" in (tmp_path / "3.md").read_text()
    assert state.read_bytes() == recorded  # that run neither used nor recorded the state
    # --only-new still works as a flag (and wins over a config that says false).
    config.write_text(f'only_new = false\nstate = "{state}"\n')
    flag = runner.invoke(app, [*args, "-o", str(tmp_path / "4.md"), "--only-new"])
    assert flag.exit_code == 0 and "nothing new" in flag.stderr


def test_a_preview_on_stdout_uses_nothing_up(runner, make_folder, tmp_path, smtp_server):
    """Looking at tomorrow's briefing (stdout, --no-send) must not take its articles
    away from the real run; writing a file or sending the mail records them."""
    folder = make_folder({"a.txt": A})
    state = tmp_path / "state.json"
    config = tmp_path / "config.toml"
    config.write_text(
        f'only_new = true\nstate = "{state}"\nemail_to = ["r@example.org"]\n'
        f'smtp_host = "127.0.0.1"\nsmtp_port = {smtp_server.port}\n'
    )
    args = ["build", str(folder), "--config", str(config), "--format", "text", *DATE]
    preview = runner.invoke(app, [*args, "-o", "-", "--no-send"])
    assert preview.exit_code == 0, preview.stderr
    assert "harbour bridge" in preview.stdout
    assert "not marked as briefed" in preview.stderr
    assert not state.exists() and smtp_server.inbox.messages == []

    real = runner.invoke(app, [*args, "-o", "-"])  # mailed: delivered, so recorded
    assert real.exit_code == 0, real.stderr
    assert len(smtp_server.inbox.messages) == 1 and state.exists()
    assert "not marked" not in real.stderr


def _brief(folder: Path, state: Path, stdout: int | None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "brief", "build", str(folder), "--only-new"]
    return subprocess.run(
        [*command, "--state", str(state), *DATE], stdout=stdout, stderr=subprocess.PIPE, text=True
    )


def test_stdout_is_delivered_to_a_pipe_and_only_shown_at_a_terminal(make_folder, tmp_path):
    """cron mails what a job prints, so stdout into a pipe is a delivery; the same run
    at a terminal is someone looking, and records nothing."""
    folder = make_folder({"a.txt": A})
    state = tmp_path / "state.json"
    main, terminal = pty.openpty()
    try:
        shown = _brief(folder, state, terminal)
        seen = os.read(main, 65536).decode()
    finally:
        os.close(terminal)
        os.close(main)
    assert shown.returncode == 0, shown.stderr
    assert "harbour bridge" in seen and "not marked as briefed" in shown.stderr
    assert not state.exists()
    piped = _brief(folder, state, subprocess.PIPE)
    assert piped.returncode == 0 and "harbour bridge" in piped.stdout
    assert state.exists() and "not marked" not in piped.stderr


PAGE = (FIXTURES / "news_page.html").read_text()


def test_a_page_saved_again_with_new_furniture_is_not_new(runner, make_folder, tmp_path):
    """Saved pages change on every fetch (ads, timestamps, tokens) around the same
    article: --only-new knows a document by its text as well as by its bytes."""
    folder = make_folder({"page.html": PAGE})
    state = tmp_path / "state.json"
    args = ["build", str(folder), "--only-new", "--state", str(state), "-f", "md", *DATE]
    assert runner.invoke(app, [*args, "-o", str(tmp_path / "1.md")]).exit_code == 0
    resaved = PAGE.replace("window.dataLayer = [];", 'window.dataLayer = [{"csrf": "9f8e7d"}];')
    resaved = resaved.replace("</time>", '</time> <span class="updated">Updated 1 day ago</span>')
    assert resaved != PAGE
    (folder / "page.html").write_text(resaved)
    again = runner.invoke(app, [*args, "-o", str(tmp_path / "2.md")])
    assert again.exit_code == 0 and "nothing new in" in again.stderr
    assert not (tmp_path / "2.md").exists()
    # A changed article is new.
    (folder / "page.html").write_text(resaved.replace("84 million", "86 million"))
    changed = runner.invoke(app, [*args, "-o", str(tmp_path / "3.md")])
    assert changed.exit_code == 0 and (tmp_path / "3.md").exists()


def test_a_state_file_of_byte_digests_is_still_recognised(runner, make_folder, tmp_path):
    """Older state files hold only SHA-256 digests of the files' bytes."""
    folder = make_folder({"a.txt": A, "b.txt": B})
    state = tmp_path / "state.json"
    old = hashlib.sha256(A.encode()).hexdigest()
    state.write_text(json.dumps({"version": 1, "seen": [old]}, indent=0) + "\n")
    out = tmp_path / "b.json"
    args = ["build", str(folder), "--only-new", "--state", str(state), "-o", str(out), *DATE]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert [Path(s["path"]).name for s in json.loads(out.read_text())["sources"]] == ["b.txt"]
    assert old in json.loads(state.read_text())["seen"]


def test_only_new_warns_of_a_bad_file_once_until_it_changes(runner, make_folder, tmp_path):
    """cron mails what a run prints: a file that stays bad is reported on the first
    morning, not on every morning after; replaced by another bad file, it is again."""
    folder = make_folder({"a.txt": A, "scan.txt": "\x00\x01\x02 binary \x00" * 50})
    state = tmp_path / "state.json"

    def run(out: str):
        args = ["build", str(folder), "-o", str(tmp_path / out), "--only-new", *DATE]
        return runner.invoke(app, [*args, "--state", str(state)])

    first = run("1.md")
    assert first.exit_code == 0, first.stderr
    assert "scan.txt" in first.stderr
    (folder / "b.txt").write_text(B)
    second = run("2.md")
    assert second.exit_code == 0, second.stderr
    assert "scan.txt" not in second.stderr
    assert "mining company" in (tmp_path / "2.md").read_text()
    (folder / "scan.txt").write_bytes(b"\x00\xff another scan \x00" * 80)  # a new bad file
    (folder / "c.txt").write_text(A.replace("harbour", "river"))
    third = run("3.md")
    assert third.exit_code == 0, third.stderr
    assert "scan.txt" in third.stderr
    # Without --only-new nothing is remembered: every run says what it skipped.
    again = runner.invoke(app, ["build", str(folder), "-o", str(tmp_path / "4.md"), *DATE])
    assert again.exit_code == 0 and "scan.txt" in again.stderr
