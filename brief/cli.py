"""The command line: parse flags into BuildOptions, call the library, report errors."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .deliver import deliver
from .errors import EXIT_USAGE, BriefError
from .models import DEFAULT_ALGORITHM, DEFAULT_WORDS, BuildOptions
from .pipeline import ALGORITHMS, build
from .render import FORMATS, infer_format, render

app = typer.Typer(
    help="Turn a folder of news articles into a short briefing; every sentence cites its sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


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
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not an ISO date such as 2026-11-23 or 2026-11-23T06:55"
        ) from None
    return parsed if parsed.tzinfo else parsed.astimezone()


@app.command("build")
def build_command(
    path: Annotated[
        Path, typer.Argument(help="Folder of articles (.txt, .md, .html), read recursively.")
    ],
    output: Annotated[
        str | None, typer.Option("-o", "--output", help="Output file; '-' or none: stdout.")
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
) -> None:
    """Write a briefing of the articles in PATH."""
    options = BuildOptions(
        words=words,
        algorithm=algorithm,
        title=title,
        single_story=single_story,
        strict=strict,
        now=_parse_date(date),
    )
    try:
        fmt_name = infer_format(output, fmt)
        briefing = build(path, options)
        text = render(briefing, fmt_name, templates)
        if not quiet:
            for notice in briefing.notices:
                what = "skipped " if notice.skipped else ""
                typer.echo(f"Warning: {what}{notice.path}: {notice.message}", err=True)
        deliver(text, output)
    except BriefError as error:
        typer.echo(f"Error: {error}", err=True)
        raise typer.Exit(error.exit_code) from None


def run() -> None:
    """Console entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        sys.exit(130)


__all__ = ["EXIT_USAGE", "app", "run"]
