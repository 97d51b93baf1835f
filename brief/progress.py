"""A progress bar on stderr for long runs at a terminal; nothing at all under cron."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from .models import Progress

STAGES = {
    "reading": "Reading articles",
    "grouping": "Grouping stories",
    "summarising": "Summarising stories",
}


@contextmanager
def progress_bar(stream: TextIO | None = None, quiet: bool = False) -> Iterator[Progress | None]:
    """A progress callback drawing on `stream` (stderr) if it is a terminal, else None.

    The bar is transient: it is erased when the run ends, so the terminal shows the same
    warnings and notes as a log file would.
    """
    stream = stream or sys.stderr
    if quiet or not stream.isatty():
        yield None
        return
    # Imported here: rich takes a tenth of a second to load, and cron never needs it.
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
    from rich.progress import Progress as Bar

    with Bar(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(file=stream),
        transient=True,
    ) as bar:
        tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(STAGES.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total, refresh=True)

        yield update
