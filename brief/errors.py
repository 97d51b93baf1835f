"""Errors a user can cause and fix; the CLI prints them as `Error: …` with an exit code."""

from __future__ import annotations

# Exit codes, documented in the README. 2 is also what typer uses for bad flags.
EXIT_ERROR = 1
EXIT_USAGE = 2


class BriefError(Exception):
    """Base of every error meant for the user: the message says what to do next."""

    exit_code = EXIT_ERROR


class UsageError(BriefError):
    """An option has a value that cannot work (unknown algorithm, format, bad budget)."""

    exit_code = EXIT_USAGE


class InputError(BriefError):
    """The input folder is missing or holds nothing usable."""


class NothingNew(BriefError):
    """--only-new found every document in an earlier briefing: nothing to do (exit 0)."""

    exit_code = 0


class OutputError(BriefError):
    """The briefing could not be written where the user asked."""
