"""The command line: parse flags (and the config file) into options, call the library."""

from __future__ import annotations

import os
import sys
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from . import __version__
from .config import read_config
from .deliver import expand_output, publish
from .errors import EXIT_USAGE, BriefError, UsageError
from .mail import MailOptions, default_sender
from .models import DEFAULT_ALGORITHM, DEFAULT_MAX_STORIES, DEFAULT_WORDS, BuildOptions
from .pipeline import ALGORITHMS, build
from .progress import progress_bar
from .render import FORMATS, infer_format
from .state import default_state_path, locked, output_lock, read_seen, write_seen

app = typer.Typer(
    help="Turn a folder of news articles into a short briefing; every sentence cites its sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
EMAIL = "Email"
CRON = "Daily runs"
# Secrets may come from the config file but never from a flag (flags show in `ps`).
SECRET_KEYS = {"smtp_user", "smtp_password"}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"brief {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """brief: a sourced one-page briefing from a folder of articles."""


def _parse_date(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError:
        raise UsageError(f"--date {value!r} is not an ISO date such as 2026-11-23T06:55.") from None
    return parsed if parsed.tzinfo else parsed.astimezone()


def _with_config(ctx: typer.Context, given: dict[str, Any], config: Path | None) -> dict[str, Any]:
    """The flags' values, where each flag left at its default takes the config file's value."""
    names = {p.name for p in ctx.command.params if p.name} - {"path", "config"}
    values = read_config(config, names | SECRET_KEYS | {"format"})
    if "format" in values:  # the flag is --format; its parameter is called fmt
        values["fmt"] = values.pop("format")
    merged = dict(given)
    for name, value in values.items():
        source = ctx.get_parameter_source(name)
        # By name: typer may bundle its own click, whose enum is not click's.
        if name in SECRET_KEYS or source is None or source.name == "DEFAULT":
            merged[name] = value
    return merged


@app.command("build")
def build_command(
    ctx: typer.Context,
    path: Annotated[
        Path, typer.Argument(help="Folder of articles (.txt, .md, .html), read recursively.")
    ],
    output: Annotated[
        str | None,
        typer.Option(
            "-o", "--output", help="Output file ({date} and {time} are filled in); '-': stdout."
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help=f"One of {', '.join(FORMATS)}; default: from OUT's extension, else md.",
        ),
    ] = None,
    words: Annotated[
        int, typer.Option(help="Word budget of the briefing's sentences.")
    ] = DEFAULT_WORDS,
    algorithm: Annotated[
        str, typer.Option(help=f"Selection: {', '.join(ALGORITHMS)} (sumy's rankers by name).")
    ] = DEFAULT_ALGORITHM,
    title: Annotated[str | None, typer.Option(help="Title of the briefing.")] = None,
    single_story: Annotated[
        bool, typer.Option("--single-story", help="Treat the whole folder as one story.")
    ] = False,
    max_stories: Annotated[
        int,
        typer.Option(help="Stories that get a summary; the rest are listed by title under 'Also'."),
    ] = DEFAULT_MAX_STORIES,
    templates: Annotated[
        Path | None, typer.Option(help="Folder of templates that override the built-in ones.")
    ] = None,
    date: Annotated[
        str | None, typer.Option(help="Date and time to print instead of now (ISO 8601).")
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Fail (exit 1, no output) on any input warning.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print warnings.")] = False,
    email_to: Annotated[
        list[str] | None,
        typer.Option(help="Mail the briefing to ADDRESS (repeatable).", rich_help_panel=EMAIL),
    ] = None,
    email_from: Annotated[
        str | None, typer.Option(help="Sender address.", rich_help_panel=EMAIL)
    ] = None,
    attach: Annotated[
        str | None,
        typer.Option(help="Also attach the briefing as html or md.", rich_help_panel=EMAIL),
    ] = None,
    smtp_host: Annotated[str, typer.Option(rich_help_panel=EMAIL)] = "localhost",
    smtp_port: Annotated[
        int | None,
        typer.Option(help="Default: 465 (ssl), 587 (starttls), 25.", rich_help_panel=EMAIL),
    ] = None,
    smtp_security: Annotated[
        str, typer.Option(help="none, starttls or ssl.", rich_help_panel=EMAIL)
    ] = "none",
    only_new: Annotated[
        bool,
        typer.Option(
            "--only-new", help="Brief only documents no earlier run used.", rich_help_panel=CRON
        ),
    ] = False,
    state: Annotated[
        Path | None,
        typer.Option(
            help="Record of documents already briefed (default: ~/.local/state/brief/state.json).",
            rich_help_panel=CRON,
        ),
    ] = None,
    lock_wait: Annotated[
        float,
        typer.Option(help="Seconds to wait for an overlapping run.", rich_help_panel=CRON),
    ] = 600.0,
    config: Annotated[
        Path | None,
        typer.Option(
            help="TOML file of defaults (default: ~/.config/brief/config.toml).",
            rich_help_panel=CRON,
        ),
    ] = None,
) -> None:
    """Write a briefing of the articles in PATH."""
    given = {k: v for k, v in locals().items() if k not in ("ctx", "path", "config")}
    try:
        run_build(path, _with_config(ctx, given, config))
    except BriefError as error:
        if error.exit_code == 0:  # nothing new: not a failure, but cron's log should say so
            if not given["quiet"]:
                typer.echo(str(error), err=True)
            raise typer.Exit(0) from None
        typer.echo(f"Error: {error}", err=True)
        raise typer.Exit(error.exit_code) from None


def run_build(path: Path, o: dict[str, Any]) -> None:
    """One run: lock, load what is new, build, write, mail, then record what was used."""
    if o["attach"] not in (None, "html", "md"):
        raise UsageError(f"--attach takes html or md, not {o['attach']!r}.")
    quiet = bool(o["quiet"])
    mail = MailOptions(
        sender=o["email_from"] or default_sender(),
        recipients=tuple(o["email_to"] or ()),
        attach=o["attach"],
        smtp_host=o["smtp_host"],
        smtp_port=o["smtp_port"],
        security=o["smtp_security"],
        user=os.environ.get("BRIEF_SMTP_USER") or o.get("smtp_user"),
        password=os.environ.get("BRIEF_SMTP_PASSWORD") or o.get("smtp_password"),
    )
    now = _parse_date(o["date"]) or datetime.now().astimezone()
    fmt = infer_format(o["output"], o["fmt"])
    state_path = Path(o["state"]) if o["state"] else default_state_path()
    target = expand_output(o["output"], now)

    def say(message: str) -> None:
        if not quiet:
            typer.echo(f"Note: {message}", err=True)

    with ExitStack() as stack:
        # One lock per thing two runs could both write: the state, and the output file.
        if o["only_new"]:
            lock = state_path.with_name(f".{state_path.name}.lock")
            stack.enter_context(locked(lock, o["lock_wait"], say))
        if target not in (None, "-"):
            stack.enter_context(locked(output_lock(Path(target)), o["lock_wait"], say))
        seen = read_seen(state_path) if o["only_new"] else None
        options = BuildOptions(
            words=o["words"],
            algorithm=o["algorithm"],
            title=o["title"],
            single_story=bool(o["single_story"]),
            max_stories=o["max_stories"],
            strict=bool(o["strict"]),
            seen=seen,
            now=now,
        )
        with progress_bar(quiet=quiet) as progress:
            briefing = build(path, options, progress)
        if not quiet:
            for notice in briefing.notices:
                what = "skipped " if notice.skipped else ""
                typer.echo(f"Warning: {what}{notice.path}: {notice.message}", err=True)
        templates = Path(o["templates"]) if o["templates"] else None
        publish(briefing, fmt, target, templates, mail)
        if seen is not None:  # only after the briefing was written and sent
            write_seen(state_path, seen | {d.digest for d in briefing.sources})


def run() -> None:
    """Console entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        sys.exit(130)


__all__ = ["EXIT_USAGE", "app", "run"]
