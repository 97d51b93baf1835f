"""Put the rendered briefing where it was asked for: a file (atomically) or stdout."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from .errors import OutputError
from .mail import MailOptions, build_message, send
from .models import Briefing
from .render import render


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` so that readers see the old file or the new one, never half.

    The text goes to a temporary file in the same folder, is flushed to disk, and is
    renamed over the target: a crash or kill leaves at most a stray temporary file.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}.") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {error.strerror or error}.") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def deliver(text: str, output: str | None) -> None:
    """Write to the file `output`, or to stdout when it is None or '-'."""
    if output in (None, "-"):
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomic(Path(output), text)


def expand_output(output: str | None, generated: datetime) -> str | None:
    """OUT with {date} (YYYY-MM-DD) and {time} (HHMM) filled in, for one file per run."""
    if output in (None, "-"):
        return output
    return output.replace("{date}", f"{generated:%Y-%m-%d}").replace("{time}", f"{generated:%H%M}")


def publish(
    briefing: Briefing,
    fmt: str,
    output: str | None,
    templates: Path | None = None,
    mail: MailOptions | None = None,
) -> None:
    """Render the briefing, write it (file or stdout), then mail it if recipients are set.

    `output` is a path as written (see `expand_output` for {date}). The file is written
    before the mail is sent, so a failed delivery never loses the briefing; the send
    failure is still raised (a non-zero exit for cron).
    """
    rendered: dict[str, str] = {}

    def text_of(name: str) -> str:  # each format once, though the mail may need it too
        if name not in rendered:
            rendered[name] = render(briefing, name, templates)
        return rendered[name]

    sending = mail is not None and bool(mail.recipients)
    message = None
    if fmt == "eml" or sending:
        mail = mail or MailOptions()
        attachment = text_of(mail.attach) if mail.attach else None
        message = build_message(briefing, text_of("text"), text_of("html"), mail, attachment)
    deliver(message.as_string() if fmt == "eml" and message else text_of(fmt), output)
    if sending and message is not None and mail is not None:
        send(message, mail)
