"""brief: a sourced one-page briefing from a folder of news articles.

The library API: `build` a Briefing from a folder, `render` it in any format, or `run`
what the CLI runs (output file, mail, --only-new and locks) with `RunOptions`. Names are
imported on first use, so `import brief` (and `brief --version`) stays fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# name -> the module that defines it.
_EXPORTS = {
    "BriefError": "errors",
    "InputError": "errors",
    "NothingNew": "errors",
    "OutputError": "errors",
    "UsageError": "errors",
    "Briefing": "models",
    "BuildOptions": "models",
    "Claim": "models",
    "Document": "models",
    "Notice": "models",
    "Sentence": "models",
    "Stats": "models",
    "Story": "models",
    "CronOptions": "options",
    "MailOptions": "options",
    "OutputOptions": "options",
    "RunOptions": "options",
    "build": "pipeline",
    "render": "rendering",
    "run": "cron",
}

if TYPE_CHECKING:
    from .cron import run
    from .errors import BriefError, InputError, NothingNew, OutputError, UsageError
    from .models import Briefing, BuildOptions, Claim, Document, Notice, Sentence, Stats, Story
    from .options import CronOptions, MailOptions, OutputOptions, RunOptions
    from .pipeline import build
    from .rendering import render


# The one place the version is written: pyproject.toml reads it from here (hatch), and
# `brief --version` needs no package metadata lookup (a few hundredths of a second).
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'brief' has no attribute {name!r}")
    value = getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value  # once: later lookups do not come here
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])


__all__ = [
    "BriefError",
    "Briefing",
    "BuildOptions",
    "Claim",
    "CronOptions",
    "Document",
    "InputError",
    "MailOptions",
    "NothingNew",
    "Notice",
    "OutputError",
    "OutputOptions",
    "RunOptions",
    "Sentence",
    "Stats",
    "Story",
    "UsageError",
    "__version__",
    "build",
    "render",
    "run",
]
