"""The whole flow, top to bottom: folder → documents → sentences → claims → briefing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from . import readability
from .dedupe import overlap
from .errors import InputError, NothingNew, UsageError
from .load import load_folder
from .models import (
    Briefing,
    BuildOptions,
    Claim,
    Document,
    Notice,
    Progress,
    Sentence,
    Story,
)
from .rank import RANKERS, rank_sentences
from .segment import segment_document
from .select import (
    MAX_CLAIM_WORDS,
    MIN_CLAIM_WORDS,
    select_by_concepts_coverage,
    select_by_rank,
)
from .stories import Grouping, group_documents
from .titles import story_title

MIN_WORDS = 20  # below this no sentence fits, and --words is surely a typo
# A summarised story gets at least this many words (a sentence or two); the rest of the
# budget goes to stories in proportion to their independent sources.
MIN_STORY_WORDS = 40
# The pairwise relations of a story are dense n×n matrices: 4,000 sentences keep a run
# under ~0.5 GB. Larger stories use the leading sentences of each article (news puts
# the facts first).
MAX_STORY_SENTENCES = 4000
# "concepts" selects by weighted concept coverage (select.py); the others rank sentences
# with sumy's algorithm of that name and pick greedily.
ALGORITHMS = ("concepts", *RANKERS)


def build(
    folder: Path, options: BuildOptions | None = None, progress: Progress | None = None
) -> Briefing:
    """Read `folder` and return its briefing; raises BriefError for what a user can fix.

    Documents are grouped into stories (one story with --single-story); stories are
    ordered by how many independent reports carry them, then by their newest date. The
    first --max-stories with two or more reports get a summary (single-report stories
    only when no story has two); the others are listed under "Also".
    """
    options = options or BuildOptions()
    if options.words < MIN_WORDS:
        raise UsageError(f"--words must be at least {MIN_WORDS} (got {options.words}).")
    if options.max_stories < 1:
        raise UsageError(f"--max-stories must be at least 1 (got {options.max_stories}).")
    if options.algorithm not in ALGORITHMS:
        names = ", ".join(ALGORITHMS)
        raise UsageError(
            f"unknown algorithm {options.algorithm!r}; the available ones are: {names}."
        )
    generated = options.now or datetime.now(UTC).astimezone()

    documents, notices = load_folder(folder, progress)
    if options.seen is not None and documents:
        documents = tuple(d for d in documents if d.digest not in options.seen)
        if not documents:
            raise NothingNew(
                f"nothing new in {folder} since the last run: no briefing written, no mail sent."
            )
    if options.strict and notices:
        listed = "; ".join(
            f"{n.path}: {'skipped, ' if n.skipped else ''}{n.message}" for n in notices
        )
        raise InputError(f"--strict: {len(notices)} input problem(s): {listed}")
    if not documents:
        raise InputError(
            f"no usable documents in {folder}: brief reads .txt, .md and .html articles"
            " with at least one full sentence."
        )
    if progress:
        progress("grouping", 0, 1)
    grouping = group_documents(documents, single=options.single_story)
    if progress:
        progress("grouping", 1, 1)
    ordered = order_stories(documents, grouping)
    report_of = {d.id: documents[grouping.report_of[i]].id for i, d in enumerate(documents)}
    central_of = dict(zip(grouping.stories, grouping.central, strict=True))

    # Corroborated stories first; single-report ones only if no corroborated one yields
    # a summary (then the folder is all one-offs, and a briefing of them beats none).
    multi = [story for story in ordered if _reports(story, grouping) >= 2]
    single = [story for story in ordered if _reports(story, grouping) < 2]
    stories: list[Story] = []
    summarised: list[tuple[int, ...]] = []
    for pool in (multi, single):
        if stories:
            break
        slots = min(options.max_stories, len(pool), max(1, options.words // MIN_STORY_WORDS))
        budgets = word_budgets([_reports(m, grouping) for m in pool[:slots]], options.words)
        pending = iter(pool)
        for budget in budgets:
            # A story with no sentence that can be shown gives its place to the next one.
            for members in pending:
                if progress:
                    progress("summarising", len(stories), len(budgets))
                story, notice = summarise(
                    folder,
                    [documents[i] for i in members],
                    _reports(members, grouping),
                    report_of,
                    budget,
                    options.algorithm,
                    _central_positions(members, central_of),
                )
                notices += notice
                if story is not None:
                    stories.append(story)
                    summarised.append(members)
                    break
        if progress and budgets:
            progress("summarising", len(stories), len(budgets))
    if not stories:
        raise InputError(
            f"no usable sentences in {folder}: a briefing needs sentences of"
            f" {MIN_CLAIM_WORDS} to {MAX_CLAIM_WORDS} words that end like a sentence."
        )
    also = tuple(
        listed_story(
            [documents[i] for i in members],
            _central_positions(members, central_of),
            _reports(members, grouping),
        )
        for members in ordered
        if members not in summarised
    )
    stats = readability.measure([c.text for story in stories for c in story.claims])
    return Briefing(
        title=options.title or "News briefing",
        generated=generated,
        sources=documents,
        stories=tuple(stories),
        stats=stats,
        algorithm=options.algorithm,
        notices=notices,
        also=also,
        copies=tuple((copy, first) for copy, first in report_of.items() if copy != first),
    )


def _reports(members: tuple[int, ...], grouping: Grouping) -> int:
    return len({grouping.report_of[i] for i in members})


def _central_positions(
    members: tuple[int, ...], central_of: dict[tuple[int, ...], tuple[int, ...]]
) -> list[int]:
    """The story's documents, most typical first, as positions within `members`."""
    position = {index: p for p, index in enumerate(members)}
    return [position[i] for i in central_of[members]]


def order_stories(documents: Sequence[Document], grouping: Grouping) -> list[tuple[int, ...]]:
    """Stories by independent reports, then newest date, then size, then folder order."""

    def newest(members: tuple[int, ...]) -> str:  # ISO dates sort as strings; "" if none
        return max(
            (d for i in members if _ISO_DATE.match(d := documents[i].date or "")), default=""
        )

    # Stable sorts, least important key first.
    ordered = sorted(grouping.stories, key=lambda m: (-len(m), m[0]))
    ordered.sort(key=newest, reverse=True)
    ordered.sort(key=lambda m: _reports(m, grouping), reverse=True)
    return ordered


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def word_budgets(reports: Sequence[int], words: int) -> list[int]:
    """Each story's words: MIN_STORY_WORDS, plus the rest shared by independent reports."""
    if len(reports) == 1:
        return [words]
    spare = words - MIN_STORY_WORDS * len(reports)
    total = sum(reports)
    return [MIN_STORY_WORDS + spare * r // total for r in reports]


def summarise(
    folder: Path,
    documents: Sequence[Document],
    reports: int,
    report_of: dict[str, str],
    words: int,
    algorithm: str,
    central: Sequence[int],
) -> tuple[Story | None, tuple[Notice, ...]]:
    """One story's claims within `words`; None when no sentence of it can be shown.

    `central` orders the documents (by position in `documents`) most typical first: a
    story without headlines is titled by the first lead sentence not already shown.
    """
    # Copies of a report add nothing to choose from, only citations: the solver sees the
    # first copy's sentences, and the others are cited where they carry a claim verbatim.
    originals = [d for d in documents if report_of.get(d.id, d.id) == d.id]
    sentences = tuple(s for index, d in enumerate(originals) for s in segment_document(d, index))
    notices: tuple[Notice, ...] = ()
    if len(sentences) > MAX_STORY_SENTENCES:
        sentences, kept = leading_sentences(sentences, MAX_STORY_SENTENCES)
        notices = (
            Notice(
                folder,
                f"too large for one story: only the first {kept} sentences of each article"
                f" are used ({MAX_STORY_SENTENCES:,} in all; the story of {len(documents)}"
                f" articles that opens with {documents[0].path.name})",
                skipped=False,
            ),
        )
    if not sentences:
        return None, notices
    relation = overlap(sentences)
    claims: tuple[Claim, ...]
    if algorithm == "concepts":
        claims = select_by_concepts_coverage(sentences, relation, words, report_of)
    else:
        scores = rank_sentences(sentences, algorithm)
        claims = select_by_rank(sentences, scores, relation, words, report_of)
    if not claims:
        return None, notices
    if len(originals) < len(documents):
        claims = cite_copies(claims, sentences, relation.supports, documents, report_of)
    title = story_title(documents, central, {c.text for c in claims})
    return Story(title, tuple(d.id for d in documents), claims, reports), notices


def cite_copies(
    claims: Sequence[Claim],
    sentences: Sequence[Sentence],
    supports: np.ndarray,
    documents: Sequence[Document],
    report_of: dict[str, str],
) -> tuple[Claim, ...]:
    """Each claim with the copies that hold, verbatim, a sentence that carries it."""
    position = {s: i for i, s in enumerate(sentences)}
    order = {d.id: n for n, d in enumerate(documents)}
    copies: dict[str, list[Document]] = {}
    for d in documents:
        if report_of.get(d.id, d.id) != d.id:
            copies.setdefault(report_of[d.id], []).append(d)
    texts = {d.id: "\n".join(d.paragraphs) for group in copies.values() for d in group}
    cited = []
    for claim in claims:
        carrying: dict[str, list[str]] = {}
        for j in np.flatnonzero(supports[position[claim.sentence]]):
            carrying.setdefault(sentences[j].doc_id, []).append(sentences[j].text)
        extra = [
            copy.id
            for original, said in carrying.items()
            for copy in copies.get(original, ())
            if any(text in texts[copy.id] for text in said)
        ]
        sources = tuple(sorted({*claim.sources, *extra}, key=order.__getitem__))
        cited.append(replace(claim, sources=sources))
    return tuple(cited)


def listed_story(documents: Sequence[Document], central: Sequence[int], reports: int) -> Story:
    """A story without a summary, titled as a summarised one would be."""
    title = story_title(documents, central)
    return Story(title, tuple(d.id for d in documents), (), reports)


def leading_sentences(
    sentences: tuple[Sentence, ...], limit: int
) -> tuple[tuple[Sentence, ...], int]:
    """The first k sentences of every document, k as large as `limit` allows; and k."""
    lengths: dict[int, int] = {}
    for s in sentences:
        lengths[s.doc_index] = lengths.get(s.doc_index, 0) + 1
    k = 1
    while sum(min(n, k + 1) for n in lengths.values()) <= limit:
        k += 1
    return tuple(s for s in sentences if s.position < k), k
