"""Email-ready output: the .eml message, delivery to a real SMTP server, one printed page."""

from __future__ import annotations

import email
import json
import re
import shutil
import subprocess
from email import policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from conftest import SEEDS, Inbox, free_port
from test_grouping import UNRELATED

from brief.cli import app
from brief.mail import default_sender

DATE = ["--date", "2016-10-04T07:00:00+00:00"]


def parse(raw: bytes | str) -> email.message.EmailMessage:
    data = raw.encode() if isinstance(raw, str) else raw
    return email.message_from_bytes(data, policy=policy.default)


def test_eml_is_a_complete_multipart_alternative_message(runner, tmp_path):
    out = tmp_path / "b.eml"
    args = ["build", str(SEEDS), "-o", str(out), *DATE, "--email-from", "Desk <desk@example.org>"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    message = parse(out.read_bytes())
    assert message.get_content_type() == "multipart/alternative"
    assert message["Subject"] == "News briefing — 4 October 2016"
    assert message["From"] == "Desk <desk@example.org>"
    assert message["Date"] == "Tue, 04 Oct 2016 07:00:00 +0000"
    assert re.fullmatch(r"<[0-9a-f]{24}\.20161004@example\.org>", message["Message-ID"])
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "This is not a decision that was taken lightly" in text
    assert "This is not a decision that was taken lightly" in html
    assert "reported by" in text and "[1]" in text
    # Mail clients strip <style> and never load anything: styles inline, nothing external.
    assert "<script" not in html and "<link" not in html
    assert not re.search(r"""(src|href)=["']https?://""", html.split("<ol", 1)[0])
    assert 'style="' in html
    # The same folder gives the same message, byte for byte.
    runner.invoke(app, [*args[:3], str(tmp_path / "again.eml"), *args[4:]])
    assert (tmp_path / "again.eml").read_bytes() == out.read_bytes()


def test_attach_adds_the_briefing_as_a_file(runner, tmp_path):
    out = tmp_path / "b.eml"
    result = runner.invoke(app, ["build", str(SEEDS), "-o", str(out), *DATE, "--attach", "md"])
    assert result.exit_code == 0, result.stderr
    message = parse(out.read_bytes())
    assert message["From"] == default_sender()  # brief@this-host, not brief@localhost
    assert message.get_content_type() == "multipart/mixed"
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == "briefing-2016-10-04.md"
    assert attachment.get_content().startswith("# News briefing")
    assert message.get_body(("plain",)) is not None and message.get_body(("html",)) is not None


def test_email_to_delivers_to_a_real_smtp_server(runner, tmp_path, smtp_server):
    out = tmp_path / "b.html"
    result = runner.invoke(
        app,
        ["build", str(SEEDS), "-o", str(out), *DATE, "--email-to", "reader@example.org",
         "--email-to", "desk@example.org", "--smtp-host", "127.0.0.1",
         "--smtp-port", str(smtp_server.port)],
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert out.read_text().startswith("<!DOCTYPE html>")
    ((_sender, recipients, content),) = smtp_server.inbox.messages
    assert recipients == ["reader@example.org", "desk@example.org"]
    message = parse(content)
    assert message["To"] == "reader@example.org, desk@example.org"
    assert "taken lightly" in message.get_body(("plain",)).get_content()


def test_smtp_credentials_come_from_the_environment_and_are_never_printed(
    runner, tmp_path, smtp_server, monkeypatch
):
    monkeypatch.setenv("BRIEF_SMTP_USER", "night-desk")
    monkeypatch.setenv("BRIEF_SMTP_PASSWORD", "s3cret")
    args = ["build", str(SEEDS), *DATE, "-o", str(tmp_path / "b.md"), "--email-to", "r@example.org",
            "--smtp-host", "127.0.0.1", "--smtp-port", str(smtp_server.port)]  # fmt: skip
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert smtp_server.logins == [(b"night-desk", b"s3cret")]
    assert len(smtp_server.inbox.messages) == 1
    monkeypatch.setenv("BRIEF_SMTP_PASSWORD", "wrong")
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert "refused the login" in result.stderr
    assert "wrong" not in result.stderr + result.stdout and "s3cret" not in result.stderr


def test_a_failed_send_exits_non_zero_and_still_writes_the_file(runner, tmp_path):
    out = tmp_path / "b.html"
    port = free_port()  # nothing listens there
    result = runner.invoke(
        app,
        ["build", str(SEEDS), "-o", str(out), *DATE, "--email-to", "r@example.org",
         "--smtp-host", "127.0.0.1", "--smtp-port", str(port)],
    )  # fmt: skip
    assert result.exit_code == 1
    assert f"Error: could not send the briefing through 127.0.0.1:{port}" in result.stderr
    assert out.exists() and "Traceback" not in result.stderr


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        if path := shutil.which(name):
            return path
    return None


@pytest.mark.skipif(_chromium() is None, reason="no Chromium here; .ci/run installs Debian's")
@pytest.mark.parametrize("paper", ["Letter", "A4"])
def test_the_default_briefing_prints_on_one_page(runner, tmp_path, paper):
    html = tmp_path / "b.html"
    assert runner.invoke(app, ["build", str(SEEDS), "-o", str(html), *DATE]).exit_code == 0
    page = html.read_text().replace("</head>", f"<style>@page {{ size: {paper}; }}</style></head>")
    html.write_text(page)
    pdf = tmp_path / "b.pdf"
    subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", "--no-pdf-header-footer",
         f"--print-to-pdf={pdf}", html.as_uri()],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf.read_bytes()))
    assert pages == 1


def _dump_dom(html: Path, tmp_path: Path, width: int) -> str:
    """The page's DOM after its scripts ran, in a headless Chromium window `width` wide."""
    return subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", f"--window-size={width},900",
         "--virtual-time-budget=2000", "--dump-dom", html.as_uri()],
        check=True, capture_output=True, text=True, timeout=120,
    ).stdout  # fmt: skip


# Runs in the page: for every "· reported by …" tag, is it on the line of the citation
# before it? The answer goes into the DOM that --dump-dom prints.
_WRAP_PROBE = """<script>
addEventListener("load", () => {
  const lines = [...document.querySelectorAll(".reported")].map((tag) => {
    const before = tag.previousElementSibling;
    if (!before) return "alone";
    const a = before.getClientRects(), b = tag.getClientRects();
    return Math.abs(a[a.length - 1].top - b[0].top) < 2 ? "joined" : "wrapped";
  });
  const out = document.createElement("pre");
  out.id = "probe";
  out.textContent = lines.join(" ");
  document.body.append(out);
});
</script>"""


@pytest.mark.skipif(_chromium() is None, reason="no Chromium here; .ci/run installs Debian's")
@pytest.mark.parametrize("width", [320, 360, 414, 480])
def test_reported_by_never_wraps_away_from_its_citation(runner, tmp_path, width):
    html = tmp_path / "b.html"
    assert runner.invoke(app, ["build", str(SEEDS), "-o", str(html), *DATE]).exit_code == 0
    html.write_text(html.read_text().replace("</body>", f"{_WRAP_PROBE}</body>"))
    dom = _dump_dom(html, tmp_path, width)
    probe = re.search(r'<pre id="probe">([^<]*)</pre>', dom)
    assert probe, dom[-500:]
    tags = probe.group(1).split()
    # One per corroborated claim (a claim one source carries has no tag).
    data = json.loads(runner.invoke(app, ["build", str(SEEDS), "-f", "json", *DATE]).stdout)
    told = [s for st in data["stories"] for s in st["sentences"] if s["reports"] > 1]
    assert len(told) >= 5 and tags.count("joined") == len(told)
    assert "wrapped" not in tags, tags


# Runs in the page: is it wider than the window (a reader on a phone scrolls sideways)?
_WIDTH_PROBE = """<script>
addEventListener("load", () => {
  const out = document.createElement("pre");
  out.id = "probe";
  out.textContent = `${document.documentElement.scrollWidth} ${innerWidth}`;
  document.body.append(out);
});
</script>"""


@pytest.mark.skipif(_chromium() is None, reason="no Chromium here; .ci/run installs Debian's")
@pytest.mark.parametrize("width", [480])  # headless Chromium's window is at least 500 wide
def test_also_lines_with_long_file_names_fit_a_phone(runner, make_folder, tmp_path, width):
    # Clippings saved under long names, listed under "Also" by file (they have no
    # address), beside several outlets' names: one line each that would not wrap ran
    # off a phone's screen (the held-out county's reader). So did a source's file name
    # and a file left out.
    long = "_clipping-saved-from-the-web_" + "x" * 40
    files = {f"{p.stem}{long}{p.suffix}": p.read_text() for p in SEEDS.iterdir() if p.is_file()}
    files[f"empty{long}.txt"] = ""  # "Left out: …"
    for name, text in UNRELATED.items():
        stem = name.removesuffix(".txt")
        files[f"2026-11-25_clipping-saved-from-the-web_{stem}_{'x' * 40}.txt"] = text
    html = tmp_path / "b.html"
    folder = make_folder(files)
    assert runner.invoke(app, ["build", str(folder), "-o", str(html), *DATE]).exit_code == 0
    page = html.read_text()
    assert "clipping-saved-from-the-web" in page  # the long names are shown
    html.write_text(page.replace("</body>", f"{_WIDTH_PROBE}</body>"))
    dom = _dump_dom(html, tmp_path, width)
    probe = re.search(r'<pre id="probe">(\d+) (\d+)</pre>', dom)
    assert probe, dom[-500:]
    assert int(probe[1]) <= int(probe[2])


def test_no_send_writes_an_addressed_message_and_sends_nothing(runner, tmp_path, smtp_server):
    out = tmp_path / "b.eml"
    result = runner.invoke(
        app,
        ["build", str(SEEDS), "-o", str(out), *DATE, "--email-to", "reader@example.org",
         "--no-send", "--smtp-host", "127.0.0.1", "--smtp-port", str(smtp_server.port)],
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    message = parse(out.read_bytes())
    assert message["To"] == "reader@example.org"  # ready for another mailer to send
    assert "taken lightly" in message.get_body(("plain",)).get_content()
    assert smtp_server.inbox.messages == []


@pytest.mark.parametrize(
    "given",
    [
        ["--email-to", "ana@example.org, Bob <bob@example.org>"],
        ["--email-to", "ana@example.org; bob@example.org"],
        ["--email-to", "ana@example.org", "--email-to", "bob@example.org, ana@example.org"],
        'email_to = ["ana@example.org, bob@example.org"]',
    ],
    ids=["commas", "semicolons", "repeated", "config"],
)
def test_every_address_of_a_list_receives_the_mail(runner, tmp_path, smtp_server, given):
    """A colleague in "a, b" must get the mail: To: names both, so both must receive it."""
    config = tmp_path / "config.toml"
    config.write_text(given + "\n" if isinstance(given, str) else "")
    flags = [] if isinstance(given, str) else given
    result = runner.invoke(
        app,
        ["build", str(SEEDS), "-o", str(tmp_path / "b.md"), *DATE, "--config", str(config),
         *flags, "--smtp-host", "127.0.0.1", "--smtp-port", str(smtp_server.port)],
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    ((_sender, recipients, content),) = smtp_server.inbox.messages
    assert recipients == ["ana@example.org", "bob@example.org"]
    to = parse(content)["To"]
    assert [a.addr_spec for a in to.addresses] == ["ana@example.org", "bob@example.org"]


@pytest.mark.parametrize(
    "listed",
    ["ana@example.org, not an address", "a@, bob@example.org", "ana@example.org bob@x.org"],
)
def test_a_list_with_a_malformed_address_is_a_usage_error(runner, tmp_path, smtp_server, listed):
    out = tmp_path / "b.md"
    result = runner.invoke(
        app,
        ["build", str(SEEDS), "-o", str(out), *DATE, "--email-to", listed,
         "--smtp-host", "127.0.0.1", "--smtp-port", str(smtp_server.port)],
    )  # fmt: skip
    assert result.exit_code == 2
    assert f"Error: --email-to {listed!r} is not an email address" in result.stderr
    assert not out.exists() and smtp_server.inbox.messages == []


@pytest.mark.parametrize("kind", ["md", "html"])
def test_attachments_say_utf_8_and_arrive_with_their_accents(
    runner, make_folder, tmp_path, smtp_server, kind
):
    folder = make_folder(
        {
            "a.txt": "A strong earthquake shook Viña del Mar near Valparaíso on Monday night,"
            " the interior minister Carolina Tohá said.\n",
            "b.txt": "Rescuers in Viña del Mar searched the rubble for survivors on Tuesday"
            " after the earthquake, the fire brigade said.\n",
        }
    )
    result = runner.invoke(
        app,
        ["build", str(folder), "-o", str(tmp_path / "b.md"), *DATE, "--attach", kind,
         "--email-to", "r@example.org", "--smtp-host", "127.0.0.1",
         "--smtp-port", str(smtp_server.port)],
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    ((_sender, _recipients, content),) = smtp_server.inbox.messages
    (attachment,) = list(parse(content).iter_attachments())
    assert attachment.get_content_type() == ("text/markdown" if kind == "md" else "text/html")
    assert attachment.get_content_charset() == "utf-8"
    assert "Viña del Mar" in attachment.get_content()


def test_a_password_never_crosses_the_network_in_clear(runner, tmp_path, monkeypatch):
    """A login over a plain connection to another host is refused before any work;
    a server on this machine (the other tests' loopback server) still gets it."""
    monkeypatch.setenv("BRIEF_SMTP_PASSWORD", "s3cret")
    config = tmp_path / "config.toml"
    config.write_text('smtp_user = "desk"\nsmtp_host = "192.0.2.1"\n')  # TEST-NET-1: no one
    out = tmp_path / "b.md"
    args = ["build", str(SEEDS), "-o", str(out), *DATE, "--config", str(config)]
    result = runner.invoke(app, [*args, "--email-to", "r@example.org"])
    assert result.exit_code == 2
    assert "Error: refusing to send the SMTP password to 192.0.2.1 over a plain" in result.stderr
    assert "--smtp-security starttls" in result.stderr and "s3cret" not in result.stderr
    assert not out.exists()
    # Nothing is sent with --no-send, so no password goes anywhere: the message is written.
    eml = tmp_path / "b.eml"
    args[3] = str(eml)
    result = runner.invoke(app, [*args, "--email-to", "r@example.org", "--no-send"])
    assert result.exit_code == 0, result.stderr
    assert parse(eml.read_bytes())["To"] == "r@example.org"


def test_a_server_without_auth_gets_one_clean_error_line(runner, tmp_path):
    controller = Controller(Inbox(), hostname="127.0.0.1", port=free_port())  # no AUTH
    controller.start()
    try:
        result = runner.invoke(
            app,
            ["build", str(SEEDS), "-o", str(tmp_path / "b.md"), *DATE, "--email-to",
             "r@example.org", "--smtp-host", "127.0.0.1", "--smtp-port", str(controller.port)],
            env={"BRIEF_SMTP_USER": "desk", "BRIEF_SMTP_PASSWORD": "s3cret"},
        )  # fmt: skip
    finally:
        controller.stop()
    assert result.exit_code == 1
    assert result.stderr.endswith("SMTP AUTH extension not supported by server.\n")


def test_no_send_without_an_address_says_it_did_nothing(runner, tmp_path):
    result = runner.invoke(app, ["build", str(SEEDS), "-o", str(tmp_path / "b.md"), "--no-send"])
    assert result.exit_code == 0, result.stderr
    assert "Note: --no-send changes nothing here: there is no --email-to" in result.stderr
    quiet = runner.invoke(
        app, ["build", str(SEEDS), "-o", str(tmp_path / "c.md"), "--no-send", "-q"]
    )
    assert quiet.exit_code == 0 and quiet.stderr == ""
