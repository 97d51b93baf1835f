"""The command line: flags and the config file into options (one conversion), then the library.

Start-up matters (`brief --version`, `--help`, and cron's every run): this module imports
only typer and the light option modules; the pipeline and its numpy, scipy and jinja2
are imported when a build starts.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import Annotated, Any, get_args, get_type_hints

import typer
from typer.core import TyperCommand

from .coercion import plain_values
from .errors import EXIT_USAGE, BriefError
from .models import (
    ALGORITHMS,
    DEFAULT_ALGORITHM,
    DEFAULT_MAX_STORIES,
    DEFAULT_WORDS,
    Notice,
    shown_name,
)
from .options import DEFAULT_LOCK_WAIT, FORMATS, RunOptions, from_values, infer_format

# Typer prints a type after every option (`--strict <bool>`) and braces around a required
# argument; these help options and the command class below keep --help plain.
NO_HELP_OPTION = {"help_option_names": []}
app = typer.Typer(
    help="Turn a folder of news articles into a short briefing; every sentence cites its sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings=NO_HELP_OPTION,
)
EMAIL = "Email"
CRON = "Daily runs"
# Secrets may come from the config file but never from a flag (flags show in `ps`).
SECRET_KEYS = {"smtp_user", "smtp_password"}


class _Command(TyperCommand):
    """`Usage: brief build [OPTIONS] PATH`, without typer's braces around PATH."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [piece.strip("{}") for piece in super().collect_usage_pieces(ctx)]

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        plain_values(self.params)  # no pydantic for values that need no coercion
        return super().parse_args(ctx, args)


def _version(value: bool) -> None:
    if value:
        from . import __version__  # importlib.metadata: only when asked

        typer.echo(f"brief {__version__}")
        raise typer.Exit()


def _help(ctx: typer.Context, value: bool) -> None:
    if value:
        typer.echo(ctx.get_help())
        raise typer.Exit()


HelpFlag = Annotated[
    bool,
    typer.Option(
        "--help",
        "-h",
        metavar="",
        is_eager=True,
        callback=_help,
        help="Show this message and exit.",
    ),
]


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", metavar="", callback=_version, is_eager=True, help="Show the version."
        ),
    ] = False,
    help_: HelpFlag = False,
) -> None:
    """brief: a sourced one-page briefing from a folder of articles."""


@app.command("build", cls=_Command)
def build_command(
    ctx: typer.Context,
    path: Annotated[
        Path,
        typer.Argument(
            metavar="PATH",
            help="Folder of articles (text, Markdown, HTML, PDF, Word, e-mail, RSS/Atom),"
            " read recursively; or one article file.",
            show_default=False,
        ),
    ],
    output: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--output",
            metavar="OUT",
            help="Output file ({date} and {time} are filled in); '-' or none: stdout.",
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help=f"One of {', '.join(FORMATS)}; default: from OUT's extension, else md.",
        ),
    ] = None,
    words: Annotated[
        int, typer.Option(metavar="N", help="Word budget of the briefing's sentences.")
    ] = DEFAULT_WORDS,
    algorithm: Annotated[
        str,
        typer.Option(
            metavar="NAME", help=f"Selection: {', '.join(ALGORITHMS)} (sumy's rankers by name)."
        ),
    ] = DEFAULT_ALGORITHM,
    title: Annotated[
        str | None, typer.Option(metavar="TEXT", help="Title of the briefing.")
    ] = None,
    single_story: Annotated[
        bool,
        typer.Option("--single-story", metavar="", help="Treat the whole folder as one story."),
    ] = False,
    max_stories: Annotated[
        int,
        typer.Option(
            metavar="N",
            help="Stories that get a summary; the rest are listed by title under 'Also'.",
        ),
    ] = DEFAULT_MAX_STORIES,
    templates: Annotated[
        Path | None,
        typer.Option(metavar="DIR", help="Folder of templates that override the built-in ones."),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(
            metavar="N",
            help="Processes for a large folder (0: one a core; 1: one). Same output.",
        ),
    ] = 0,
    date: Annotated[
        str | None,
        typer.Option(metavar="ISO", help="Date and time to print instead of now (ISO 8601)."),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option("--strict", metavar="", help="Fail (exit 1, no output) on any input warning."),
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet", "-q", metavar="", help="Print no warnings or notes (errors still show)."
        ),
    ] = False,
    email_to: Annotated[
        list[str] | None,
        typer.Option(
            metavar="ADDRESS",
            help="Mail the briefing to ADDRESS (repeatable, or addresses separated by commas).",
            rich_help_panel=EMAIL,
        ),
    ] = None,
    no_send: Annotated[
        bool,
        typer.Option(
            "--no-send",
            metavar="",
            help="Address the message to --email-to but do not send it (with --format eml).",
            rich_help_panel=EMAIL,
        ),
    ] = False,
    email_from: Annotated[
        str | None, typer.Option(metavar="ADDRESS", help="Sender.", rich_help_panel=EMAIL)
    ] = None,
    attach: Annotated[
        str | None,
        typer.Option(
            metavar="html|md", help="Also attach the briefing as a file.", rich_help_panel=EMAIL
        ),
    ] = None,
    smtp_host: Annotated[
        str, typer.Option(metavar="HOST", help="SMTP server.", rich_help_panel=EMAIL)
    ] = "localhost",
    smtp_port: Annotated[
        int | None,
        typer.Option(
            metavar="N", help="Default: 465 (ssl), 587 (starttls), 25.", rich_help_panel=EMAIL
        ),
    ] = None,
    smtp_security: Annotated[
        str,
        typer.Option(metavar="none|starttls|ssl", help="Encryption.", rich_help_panel=EMAIL),
    ] = "none",
    only_new: Annotated[
        bool,
        typer.Option(
            "--only-new/--no-only-new",
            metavar="",
            help="Brief only documents no earlier run used (--no-only-new: all, this once).",
            show_default=False,
            rich_help_panel=CRON,
        ),
    ] = False,
    state: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="Record of documents already briefed (default: ~/.local/state/brief/state.json).",
            rich_help_panel=CRON,
        ),
    ] = None,
    lock_wait: Annotated[
        float,
        typer.Option(
            metavar="SECONDS", help="Wait for an overlapping run this long.", rich_help_panel=CRON
        ),
    ] = DEFAULT_LOCK_WAIT,
    config: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="TOML file of defaults (default: ~/.config/brief/config.toml).",
            rich_help_panel=CRON,
        ),
    ] = None,
    help_: HelpFlag = False,
) -> None:
    """Write a briefing of the articles in PATH."""
    quiet_now = quiet
    try:
        values = _with_config(ctx, config)
        quiet_now = bool(values.get("quiet"))
        options = from_values(values)
        _run(path, options, quiet_now)
    except BriefError as error:
        if error.exit_code == 0:  # nothing new: not a failure, but cron's log should say so
            if not quiet_now:
                typer.echo(f"Note: {error}", err=True)
            raise typer.Exit(0) from None
        typer.echo(f"Error: {error}", err=True)
        raise typer.Exit(error.exit_code) from None


def _kinds() -> dict[str, type]:
    """Each option's type as the command declares it (`int | None` -> int, list[str] -> list)."""
    kinds = {}
    for name, hint in get_type_hints(build_command, include_extras=True).items():
        if name in ("ctx", "path", "config", "help_", "return"):
            continue
        base = next(a for a in get_args(get_args(hint)[0]) or (get_args(hint)[0],) if a is not None)
        kinds[name] = getattr(base, "__origin__", base)
    kinds["format"] = kinds.pop("fmt")  # the flag is --format; its parameter is called fmt
    return kinds | dict.fromkeys(SECRET_KEYS, str)


def _with_config(ctx: typer.Context, config: Path | None) -> dict[str, Any]:
    """The flags' values, where each flag left at its default takes the config file's value.

    Config values are converted to the flags' types (config.convert), so both reach the
    options through the same checks.
    """
    from .config import read_config

    given = {k: v for k, v in ctx.params.items() if k not in ("path", "config", "help_")}
    given["format"] = given.pop("fmt")
    values = read_config(config, _kinds())
    merged = dict(given)
    for name, value in values.items():
        source = ctx.get_parameter_source("fmt" if name == "format" else name)
        # By name: typer may bundle its own click, whose enum is not click's.
        if name in SECRET_KEYS or source is None or source.name == "DEFAULT":
            merged[name] = value
    for name in SECRET_KEYS:  # the environment wins over the config file
        merged[name] = os.environ.get(f"BRIEF_{name.upper()}") or merged.get(name)
    mailing = merged.get("email_to") or infer_format(merged["output"], merged["format"]) == "eml"
    if not merged.get("email_from") and mailing:
        from .mail import default_sender  # asks the resolver for this host's name

        merged["email_from"] = default_sender()
    return merged


def _run(path: Path, options: RunOptions, quiet: bool) -> None:
    from .cron import run
    from .progress import progress_bar

    def say(message: str) -> None:
        if not quiet:
            typer.echo(f"Note: {message}", err=True)

    def warn(notice: Notice) -> None:
        if not quiet:
            what = "skipped " if notice.skipped else ""
            typer.echo(
                f"Warning: {what}{shown_name(str(notice.path))}: {shown_name(notice.message)}",
                err=True,
            )

    with progress_bar(quiet=quiet) as progress:
        run(path, options, say=say, warn=warn, progress=progress)


def run() -> None:
    """Console entry point."""
    # OpenBLAS starts a thread per core when numpy is imported (0.06 s of a one-story
    # briefing) for dense matrix products brief barely makes (its matrices are sparse);
    # one thread also gives the same sums on every machine, whatever its cores. Set before
    # numpy is imported (the build imports it), and only if the user has not chosen.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    # A run allocates objects by the million and most live to its end (modules, documents,
    # sentences): collecting every 700 allocations (Python's default) walks them hundreds
    # of times, every 10,000 a few dozen (~0.05 s of a one-story briefing), every 100,000
    # once or twice at 10,000 articles (0.3 s less) and never in one story (0.05 s less).
    # Cycles are still freed, a little later (about 4 MiB more held at 10,000 articles).
    gc.set_threshold(100_000, 10, 10)
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        sys.exit(130)
    finally:
        # The process ends here. Python's collections at exit would walk every object
        # still alive (numpy's, scipy's, the briefing's) to free memory the system takes
        # back anyway: 0.1-0.2 CPU s of a 1.5 s briefing. Frozen objects are not walked.
        # (Outputs are written and closed by now; nothing of brief's waits for a finalizer.)
        gc.freeze()


__all__ = ["EXIT_USAGE", "app", "run"]
