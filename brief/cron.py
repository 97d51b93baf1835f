"""One run as cron does it: lock, brief what is new, write, mail, then record what was used."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from .deliver import publish
from .models import Briefing, Notice, Progress
from .options import RunOptions
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
    documents. `warn` gets each warning about an input file, before anything is written.

    Raises BriefError for what a user can fix, and NothingNew (exit_code 0) when
    `only_new` finds nothing new: then nothing is written or sent.
    """
    options = options or RunOptions()
    folder = Path(folder)
    out, mail, cron = options.output, options.mail, options.cron
    formats = [out.format or "md"]
    if out.format == "eml" or mail.sending:  # a message holds text, HTML and the attachment
        formats += ["text", "html", mail.attach or ""]
    check_templates(out.templates, formats)
    now = options.build.now or datetime.now().astimezone()
    target = out.target(now)
    state = cron.state or default_state_path()
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
        if seen is not None:  # only after the briefing was written and sent
            write_seen(state, seen | {d.digest for d in briefing.sources})
    return briefing
