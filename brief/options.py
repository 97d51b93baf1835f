"""What a run is asked to do, one frozen object per concern, each checked when it is made.

`BuildOptions` (models.py) says what to brief, `OutputOptions` where and in which format,
`MailOptions` to whom and through which server, `CronOptions` how a scheduled run keeps
its record and waits for another. The CLI makes them from flags and the config file
(`from_values`), a Python caller makes them directly: either way a bad value is a
UsageError before any file is read, locked or written.

This module is light on purpose (no numpy, no jinja2): the CLI imports it at start-up.
"""

from __future__ import annotations

import ipaddress
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .errors import UsageError
from .models import BuildOptions

FORMATS = ("html", "md", "text", "json", "eml")
SUFFIX_FORMATS = {
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".markdown": "md",
    ".txt": "text",
    ".text": "text",
    ".json": "json",
    ".eml": "eml",
}
SECURITIES = ("none", "starttls", "ssl")
ATTACHMENTS = ("html", "md")
DEFAULT_LOCK_WAIT = 600.0


def infer_format(output: str | None, fmt: str | None) -> str:
    """The format asked for, else the one OUT's extension names, else Markdown.

    An OUT without an extension (`-o briefing`) is Markdown, as for stdout; an extension
    brief does not know (`-o b.docx`) is an error, as it surely asks for something else.
    """
    if fmt is not None:
        # The names of the extensions are names of their formats too: "markdown", "txt".
        named = fmt if fmt in FORMATS else SUFFIX_FORMATS.get("." + fmt.lower())
        if named is None:
            raise UsageError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}.")
        return named
    suffix = Path(output).suffix.lower() if output not in (None, "-") else ""
    if not suffix:
        return "md"
    if suffix not in SUFFIX_FORMATS:
        raise UsageError(
            f"cannot tell the format from {output!r}; add --format ({', '.join(FORMATS)})."
        )
    return SUFFIX_FORMATS[suffix]


def expand_output(output: str | None, generated: datetime) -> str | None:
    """OUT with {date} (YYYY-MM-DD) and {time} (HHMM) filled in, for one file per run."""
    if output in (None, "-"):
        return output
    return output.replace("{date}", f"{generated:%Y-%m-%d}").replace("{time}", f"{generated:%H%M}")


# A placeholder brief does not fill in ("{data}", "{day}"): a typo that would write a file
# of that literal name, the same one every day.
_PLACEHOLDER = re.compile(r"\{[A-Za-z_]\w*\}")


def check_output(output: str | None) -> None:
    """A usage error for an OUT with a placeholder other than {date} and {time}."""
    unknown = {m for m in _PLACEHOLDER.findall(output or "") if m not in ("{date}", "{time}")}
    if unknown:
        raise UsageError(
            f"-o {output}: unknown placeholder {', '.join(sorted(unknown))}; brief fills in"
            " {date} (YYYY-MM-DD) and {time} (HHMM)."
        )


def expand_home(path: str | None) -> str | None:
    """`path` with a leading ~ expanded, as a shell would have done (stdout's '-' stays).

    A config file or a quoted flag reaches brief unexpanded; written as is, `~/briefings`
    would make a folder named "~" in whatever folder cron starts in.
    """
    return path if path in (None, "-") else os.path.expanduser(path)


@dataclass(frozen=True, slots=True)
class OutputOptions:
    """Where the briefing goes and in which format; `path` None or '-' is stdout."""

    path: str | None = None  # as written: {date} and {time} are filled in per run
    format: str | None = None  # None: from the path's extension, else md
    templates: Path | None = None  # a folder of templates that override the built-ins

    def __post_init__(self) -> None:
        check_output(self.path)
        object.__setattr__(self, "path", expand_home(self.path))
        if self.templates is not None:
            object.__setattr__(self, "templates", Path(self.templates).expanduser())
        object.__setattr__(self, "format", infer_format(self.path, self.format))
        if self.templates is not None and not Path(self.templates).is_dir():
            raise UsageError(f"--templates {self.templates} is not a folder of templates.")

    def target(self, generated: datetime) -> str | None:
        """The file this run writes (None or '-': stdout)."""
        return expand_output(self.path, generated)


@dataclass(frozen=True, slots=True)
class MailOptions:
    """Who the message is from and to, and how to reach the SMTP server.

    With recipients and `send` the briefing is mailed; with `send` False they only
    address the message (`--format eml --no-send` writes a message ready to send).
    """

    sender: str = "brief <brief@localhost>"
    recipients: tuple[str, ...] = ()
    attach: str | None = None  # "html" or "md": the briefing also as an attachment
    smtp_host: str = "localhost"
    smtp_port: int | None = None  # default: 465 with SSL, else 587 with STARTTLS, else 25
    security: str = "none"  # "none", "starttls" or "ssl"
    user: str | None = field(default=None, repr=False)  # from the environment or config
    password: str | None = field(default=None, repr=False)
    timeout: float = 30.0
    send: bool = True

    def __post_init__(self) -> None:
        if isinstance(self.recipients, str):  # a bare string would be mailed letter by letter
            raise UsageError(
                f"the recipients must be a list of addresses, e.g. [{self.recipients!r}]."
            )
        object.__setattr__(self, "recipients", parse_recipients(self.recipients))
        if "@" not in self.sender:
            raise UsageError(f"--email-from {self.sender!r} is not an email address.")
        if self.attach not in (None, *ATTACHMENTS):
            raise UsageError(f"--attach takes html or md, not {self.attach!r}.")
        if self.security not in SECURITIES:
            raise UsageError(f"unknown SMTP security {self.security!r}; use none, starttls or ssl.")
        if self.smtp_port is not None and not 0 < self.smtp_port < 65536:
            raise UsageError(f"--smtp-port must be between 1 and 65535 (got {self.smtp_port}).")
        if self.sending and self.user and self.security == "none" and not loopback(self.smtp_host):
            # The login would cross the network in clear (AUTH PLAIN is base64, not secret).
            raise UsageError(
                f"refusing to send the SMTP password to {self.smtp_host} over a plain"
                " connection; set --smtp-security starttls (port 587) or ssl (port 465)"
                " (smtp_security in the config file). Only a server on this machine"
                " (localhost, 127.0.0.1, ::1) gets a login without encryption."
            )

    @property
    def sending(self) -> bool:
        return self.send and bool(self.recipients)

    @property
    def envelope(self) -> tuple[str, ...]:
        """The bare addresses the SMTP server is asked to deliver to (RCPT TO)."""
        return tuple(address.addr_spec for address in _addresses(", ".join(self.recipients)))


# A semicolon outside quotes separates addresses as a comma does (Outlook's habit); the
# address parser would read it as the end of a group and drop what follows.
_SEMICOLON = re.compile(r'("(?:[^"\\]|\\.)*")|;')


def _addresses(value: str) -> tuple[Any, ...]:
    """The addresses of one To-style list, or a UsageError if any of it is not one.

    The standard library's header parser, which reports what it could not read
    (`getaddresses` on Python 3.11 silently turns "not an address" into "not", and
    "a@, b@example.org" into the second address alone).
    """
    from email.errors import InvalidHeaderDefect
    from email.policy import default

    try:
        header = default.header_factory("To", _SEMICOLON.sub(lambda m: m.group(1) or ",", value))
        addresses = tuple(header.addresses)
        broken = any(isinstance(defect, InvalidHeaderDefect) for defect in header.defects)
    except Exception:  # the parser's own errors have no common class
        addresses, broken = (), True
    if broken or not addresses or not all(a.username and a.domain for a in addresses):
        raise UsageError(
            f"--email-to {value!r} is not an email address, nor a list of them separated by commas."
        )
    return addresses


def parse_recipients(entries: Any) -> tuple[str, ...]:
    """Every address of every entry ("ana@x.org, bob@y.org" is two), each once, in order."""
    seen: set[str] = set()
    recipients = []
    for entry in entries:
        if not isinstance(entry, str):
            raise UsageError(f"--email-to {entry!r} is not an email address.")
        for address in _addresses(entry):
            if address.addr_spec.lower() not in seen:
                seen.add(address.addr_spec.lower())
                recipients.append(str(address))
    return tuple(recipients)


def loopback(host: str) -> bool:
    """Whether `host` names this machine: nothing sent to it crosses a network."""
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):  # RFC 6761: always loopback
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class CronOptions:
    """A scheduled run: brief only what is new, and wait for an overlapping run."""

    only_new: bool = False
    state: Path | None = None  # None: $XDG_STATE_HOME/brief/state.json
    lock_wait: float = DEFAULT_LOCK_WAIT  # seconds

    def __post_init__(self) -> None:
        if self.state is not None:
            object.__setattr__(self, "state", Path(self.state).expanduser())
        if not (math.isfinite(self.lock_wait) and self.lock_wait >= 0):
            raise UsageError(f"--lock-wait must be 0 or more seconds (got {self.lock_wait}).")


@dataclass(frozen=True, slots=True)
class RunOptions:
    """Everything one run is asked to do, by concern."""

    build: BuildOptions = field(default_factory=BuildOptions)
    output: OutputOptions = field(default_factory=OutputOptions)
    mail: MailOptions = field(default_factory=MailOptions)
    cron: CronOptions = field(default_factory=CronOptions)


def parse_date(value: str | None) -> datetime | None:
    """--date as an aware datetime (a date without a zone is in the local zone)."""
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        raise UsageError(f"--date {value!r} is not an ISO date such as 2026-11-23T06:55.") from None
    return parsed if parsed.tzinfo else parsed.astimezone()


def from_values(values: Mapping[str, Any]) -> RunOptions:
    """The options of a run from typed values named as the CLI's flags (flags and config).

    Every value is checked here, before anything is read: a mistake is one UsageError.
    Missing names take their defaults.
    """
    v = dict(values)
    build = BuildOptions(
        **{k: v[k] for k in ("words", "algorithm", "title", "max_stories", "jobs") if k in v},
        single_story=bool(v.get("single_story", False)),
        strict=bool(v.get("strict", False)),
        now=parse_date(v.get("date")),
    )
    output = OutputOptions(
        path=v.get("output"),
        format=v.get("format"),
        templates=Path(v["templates"]) if v.get("templates") else None,
    )
    mail = MailOptions(
        **({"sender": v["email_from"]} if v.get("email_from") else {}),
        recipients=tuple(v.get("email_to") or ()),
        attach=v.get("attach"),
        **({"smtp_host": v["smtp_host"]} if v.get("smtp_host") else {}),
        smtp_port=v.get("smtp_port"),
        security=v.get("smtp_security") or "none",
        user=v.get("smtp_user"),
        password=v.get("smtp_password"),
        send=not v.get("no_send", False),
    )
    cron = CronOptions(
        only_new=bool(v.get("only_new", False)),
        state=Path(v["state"]) if v.get("state") else None,
        lock_wait=v.get("lock_wait", DEFAULT_LOCK_WAIT),
    )
    return RunOptions(build, output, mail, cron)
