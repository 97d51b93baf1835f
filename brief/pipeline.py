"""The whole flow, top to bottom: folder → documents → stories → claims → briefing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from . import readability
from .errors import InputError, NothingNew
from .load import load_folder, notice_digest
from .models import Briefing, BuildOptions, Document, Notice, Progress
from .rank import RANKERS
from .stories import Group, group_documents
from .summaries import summarise_stories

# "concepts" selects by weighted concept coverage (select.py); the others rank sentences
# with sumy's algorithm of that name and pick greedily.
ALGORITHMS = ("concepts", *RANKERS)
# Files named, with why they were skipped, when none of a folder's files can be used.
_REASONS = 5


def build(
    folder: Path, options: BuildOptions | None = None, progress: Progress | None = None
) -> Briefing:
    """Read `folder` and return its briefing; raises BriefError for what a user can fix.

    Documents are grouped into stories (one story with --single-story); the stories
    carried by most independent reports get a summary, the others are listed under "Also"
    (summaries.py says which and how long).
    """
    options = options or BuildOptions()  # checked when made: see BuildOptions
    folder = Path(folder)
    generated = options.now or datetime.now(UTC).astimezone()
    documents, notices = read_documents(folder, options, progress)
    groups = group_stories(documents, options, progress)
    stories, also, cut = summarise_stories(folder, groups, options, progress)
    return Briefing(
        title=options.title or "News briefing",
        generated=generated,
        sources=documents,
        stories=stories,
        stats=readability.measure([c.text for story in stories for c in story.claims]),
        algorithm=options.algorithm,
        notices=notices + cut,
        also=also,
        copies=copies_of(documents, groups),
    )


def read_documents(
    folder: Path, options: BuildOptions, progress: Progress | None
) -> tuple[tuple[Document, ...], tuple[Notice, ...]]:
    """The folder's usable documents (only the new ones with --only-new) and the notices."""
    documents, notices = load_folder(folder, progress, options.jobs)
    everything = notices
    if options.seen is not None and documents:
        # Known by its bytes (every state file has these) or by its text (a page saved
        # again with new ads or a new timestamp around the same article).
        seen = options.seen
        briefed = {d.path for d in documents if {d.digest, d.text_digest} & seen}
        documents = tuple(d for d in documents if d.path not in briefed)
        # Told once: not again of a file skipped as it was on an earlier run (cron.py
        # records what each run told), nor of a document already briefed, read in part.
        notices = tuple(
            n
            for n in notices
            if (notice_digest(n) not in seen if n.skipped else n.path not in briefed)
        )
        if not documents:
            raise NothingNew(
                f"nothing new in {folder} since the last run: no briefing written, no mail sent."
            )
    if options.strict and everything:
        listed = "; ".join(
            f"{n.path}: {'skipped, ' if n.skipped else ''}{n.message}" for n in everything
        )
        raise InputError(f"--strict: {len(everything)} input problem(s): {listed}")
    if not documents:
        # Why each file was left out: the warnings of a run that fails are never printed.
        why = "; ".join(f"{n.path.name}: {n.message}" for n in everything[:_REASONS])
        more = f"; and {len(everything) - _REASONS} more" if len(everything) > _REASONS else ""
        raise InputError(
            f"no usable documents in {folder}: brief reads articles in text, Markdown, HTML,"
            " PDF, Word, e-mail and feed files (README: Inputs) with at least one full"
            " sentence." + (f" Skipped: {why}{more}." if everything else "")
        )
    return documents, notices


def group_stories(
    documents: tuple[Document, ...], options: BuildOptions, progress: Progress | None
) -> tuple[Group, ...]:
    """The documents grouped into stories (stories.py), or one story with --single-story."""
    if progress:
        progress("grouping", 0, 1)
    groups = group_documents(documents, single=options.single_story, jobs=options.jobs)
    if progress:
        progress("grouping", 1, 1)
    return groups


def copies_of(
    documents: tuple[Document, ...], groups: tuple[Group, ...]
) -> tuple[tuple[str, str], ...]:
    """(copy, original) document ids, in load order: one report under two names."""
    original = {d.id: o for g in groups for d, o in zip(g.documents, g.originals, strict=True)}
    return tuple((d.id, original[d.id]) for d in documents if original[d.id] != d.id)
