"""One run as cron does it: lock, brief what is new, write, mail, then record what was used."""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from .deliver import check_not_an_input, publish
from .load import notice_digest
from .models import Briefing, Notice, Progress
from .options import MailOptions, RunOptions
from .pipeline import build
from .rendering import check_templates
from .state import default_state_path, locked, output_lock, read_seen, write_seen


def run(
    folder: Path | str,
    options: RunOptions | None = None,
    *,
    say: Callable[[str], None] = lambda _: None,
    warn: Callable[[Notice], None] = lambda _: None,
    progress: Progress | None = None,
) -> Briefing:
    """Brief `folder` and put the briefing where `options` say; return it.

    What the CLI's `brief build` does, flag for flag: the templates are checked first;
    with `cron.only_new` only documents no earlier run used are briefed, under a lock on
    the state file; the output file is locked too, so two overlapping runs wait for each
    other (`say` tells of the wait). The file is written before the mail is sent, and
    the state is recorded only after both, so a failed run is retried with the same
    documents, and only if the briefing was delivered (see `delivered`): a look at it on
    the terminal uses nothing up. `warn` gets each warning about an input file, before
    anything is written; `say` also gets the notes on flags that change nothing.

    Raises BriefError for what a user can fix, and NothingNew (exit_code 0) when
    `only_new` finds nothing new: then nothing is written or sent.
    """
    options = options or RunOptions()
    folder = Path(folder).expanduser()  # "~/news" quoted in a crontab or a script
    out, mail, cron = options.output, options.mail, options.cron
    formats = [out.format or "md"]
    if out.format == "eml" or mail.sending:  # a message holds text, HTML and the attachment
        formats += ["text", "html", mail.attach or ""]
    check_templates(out.templates, formats)
    now = options.build.now or datetime.now().astimezone()
    target = out.target(now)
    state = cron.state or default_state_path()
    to_stdout = target in (None, "-")
    if not to_stdout:
        check_not_an_input(Path(target), folder)  # before any work, as a usage check
    if not mail.send and not mail.recipients and not (cron.only_new and to_stdout):
        say("--no-send changes nothing here: there is no --email-to address to send to")
    with ExitStack() as stack:
        # One lock per thing two runs could both write: the state, and the output file.
        if cron.only_new:
            lock = state.with_name(f".{state.name}.lock")
            stack.enter_context(locked(lock, cron.lock_wait, say, guards=state))
        if target not in (None, "-"):
            lock = output_lock(Path(target))
            stack.enter_context(locked(lock, cron.lock_wait, say, guards=target))
        seen = read_seen(state) if cron.only_new else None
        briefing = build(folder, replace(options.build, now=now, seen=seen), progress)
        for notice in briefing.notices:
            warn(notice)
        publish(briefing, out.format or "md", target, out.templates, mail)
        if seen is None:
            return briefing
        if not delivered(target, mail):
            why = "with --no-send" if not mail.send else "on the terminal"
            say(
                f"the briefing was only shown ({why}), so its {len(briefing.sources)}"
                " document(s) are not marked as briefed; the next --only-new run briefs"
                " them again"
            )
            return briefing
        # Only after the briefing was written and sent. The files skipped are recorded
        # too, so that the next runs do not warn of them again (pipeline.read_documents).
        used = {key for d in briefing.sources for key in (d.digest, d.text_digest) if key}
        told = {key for n in briefing.notices if n.skipped and (key := notice_digest(n))}
        write_seen(state, seen | used | told)
    return briefing


def delivered(target: str | None, mail: MailOptions) -> bool:
    """Whether the briefing reached its reader, so that its documents count as briefed.

    A file written or a mail sent is delivered. Standard output is delivered when it
    goes on to a program (cron mails what a job prints; `| mail`, `> file`), and is a
    preview when it is a terminal (someone looking, now) or when --no-send says that
    nothing is to go out. A preview that used documents up would lose them: tomorrow's
    real run would leave them out, and nobody would ever be sent them.
    """
    if target not in (None, "-") or mail.sending:
        return True
    if not mail.send:
        return False
    isatty = getattr(sys.stdout, "isatty", None)
    return not (isatty and isatty())
