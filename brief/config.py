"""Defaults for every `brief build` option from a TOML file; the command line wins."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from .errors import UsageError


def default_config_path() -> Path:
    """$XDG_CONFIG_HOME/brief/config.toml, i.e. ~/.config/brief/config.toml by default."""
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "brief" / "config.toml"


def read_config(path: Path | None, names: set[str]) -> dict[str, Any]:
    """The options in the config file (a missing default file is no config at all).

    Keys are option names with '_' or '-' (`email_to` or `email-to`), at the top level or
    under a [build] table. Unknown keys are an error: a typo must not be silently ignored.
    """
    explicit = path is not None
    path = path or default_config_path()
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
    unknown = sorted(set(merged) - names)
    if unknown:
        raise UsageError(
            f"unknown option(s) in {path}: {', '.join(unknown)}; known: {', '.join(sorted(names))}."
        )
    return merged
