"""Put the rendered briefing where it was asked for: a file (atomically) or stdout."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from .errors import OutputError
from .models import Briefing
from .options import MailOptions, expand_output
from .rendering import message, render


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


def check_not_an_input(target: Path, folder: Path) -> None:
    """Raise OutputError when writing `target` would replace a file of the input `folder`.

    An existing file in the folder (or the one file being briefed) that brief did not
    write is an article, or one skipped as unusable: a mistyped or tab-completed `-o`
    must not turn it into a briefing. A briefing brief wrote there before is replaced,
    as a daily run into its own folder does (the reading leaves those out).
    """
    if not os.path.lexists(target) or target.is_dir():
        return  # a new file; or a folder, which writing reports as one
    places = {target.absolute(), target.resolve()}
    inputs = {folder.absolute(), folder.resolve()}
    if not any(p == i or p.is_relative_to(i) for p in places for i in inputs):
        return
    from .load import MAX_FILE_BYTES, written_by_brief

    try:
        ours = (
            target.is_file()
            and not target.is_symlink()
            and target.stat().st_size <= MAX_FILE_BYTES
            and written_by_brief(target.read_bytes())
        )
    except OSError:
        ours = False
    if not ours:
        which = (
            "the file being briefed"
            if folder.resolve() in places
            else f"one of the input files in {folder}"
        )
        raise OutputError(
            f"will not write {target}: it is {which}, not a briefing brief wrote; give"
            " another output path."
        )


def deliver(text: str, output: str | None) -> None:
    """Write to the file `output`, or to stdout when it is None or '-'."""
    if output in (None, "-"):
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        write_atomic(Path(output), text)


def publish(
    briefing: Briefing,
    fmt: str,
    output: str | None,
    templates: Path | None = None,
    mail: MailOptions | None = None,
) -> None:
    """Render the briefing, write it (file or stdout), then mail it if it is to be sent.

    `output` is a path as written (see `expand_output` for {date}). The file is written
    before the mail is sent, so a failed delivery never loses the briefing; the send
    failure is still raised (a non-zero exit for cron).
    """
    mail = mail or MailOptions()
    email = message(briefing, mail, templates) if fmt == "eml" or mail.sending else None
    deliver(
        email.as_string() if email and fmt == "eml" else render(briefing, fmt, templates), output
    )
    if email is not None and mail.sending:
        from .mail import send  # the mail modules only when mailing

        send(email, mail)


__all__ = ["deliver", "expand_output", "publish", "write_atomic"]
