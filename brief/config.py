"""Defaults for every `brief build` option from a TOML file; the command line wins."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .errors import UsageError


def default_config_path() -> Path:
    """$XDG_CONFIG_HOME/brief/config.toml, i.e. ~/.config/brief/config.toml by default."""
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "brief" / "config.toml"


def read_config(path: Path | None, kinds: Mapping[str, type]) -> dict[str, Any]:
    """The options in the config file (a missing default file is no config at all).

    Keys are option names with '_' or '-' (`email_to` or `email-to`), at the top level or
    under a [build] table; `kinds` gives each known key its type (the CLI's). Unknown
    keys and values of the wrong type are errors: a typo must not be silently ignored.
    """
    explicit = path is not None
    path = Path(path).expanduser() if path is not None else default_config_path()
    if not path.exists():
        if explicit:
            raise UsageError(f"the config file {path} does not exist.")
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise UsageError(f"the config file {path} cannot be read: {error}") from None
    table = data.pop("build", {}) if isinstance(data.get("build"), dict) else {}
    merged = {k.replace("-", "_"): v for k, v in {**data, **table}.items()}
    unknown = sorted(set(merged) - set(kinds))
    if unknown:
        raise UsageError(
            f"unknown option(s) in {path}: {', '.join(unknown)}; known: {', '.join(sorted(kinds))}."
        )
    return {name: convert(name, value, kinds[name], path) for name, value in merged.items()}


# What each type accepts from TOML, and how a user would write it.
_EXPECTED = {
    bool: ("true or false", lambda v: isinstance(v, bool)),
    int: ("a whole number", lambda v: isinstance(v, int) and not isinstance(v, bool)),
    float: ("a number", lambda v: isinstance(v, int | float) and not isinstance(v, bool)),
    str: ("a string in quotes", lambda v: isinstance(v, str)),
    Path: ("a path in quotes", lambda v: isinstance(v, str)),
    list: (
        'a list of strings, e.g. ["a@example.org"]',
        lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
    ),
}


def convert(name: str, value: Any, kind: type, path: Path) -> Any:
    """`value` from the config file as the CLI's flag of that type would have it.

    TOML values are typed, so a wrong type is a mistake to report, never to coerce:
    `single_story = "no"` must not count as true, nor `email_to = "a@b.c"` be one list.
    """
    what, accepts = _EXPECTED[kind]
    if not accepts(value):
        shown = f"the string {value!r}" if isinstance(value, str) else f"{value!r}"
        raise UsageError(f"{name} in {path} must be {what}, not {shown}.")
    if kind is float:
        return float(value)
    if kind is Path:
        return Path(value).expanduser()
    return value
