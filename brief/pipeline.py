"""The whole flow, top to bottom: folder → documents → sentences → claims → briefing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from . import readability
from .dedupe import overlap
from .errors import InputError, NothingNew, UsageError
from .load import load_folder
from .models import Briefing, BuildOptions, Notice, Sentence, Story
from .rank import RANKERS, rank_sentences
from .segment import segment_all
from .select import (
    MAX_CLAIM_WORDS,
    MIN_CLAIM_WORDS,
    select_by_concepts_coverage,
    select_by_rank,
)
from .stories import story_title

MIN_WORDS = 20  # below this no sentence fits, and --words is surely a typo
# The pairwise relations of a story are dense n×n matrices: 4,000 sentences keep a run
# under ~0.5 GB. Larger stories use the leading sentences of each article (news puts
# the facts first) until story grouping and sparse relations lift the limit.
MAX_STORY_SENTENCES = 4000
# "concepts" selects by weighted concept coverage (select.py); the others rank sentences
# with sumy's algorithm of that name and pick greedily.
ALGORITHMS = ("concepts", *RANKERS)


def build(folder: Path, options: BuildOptions | None = None) -> Briefing:
    """Read `folder` and return its briefing; raises BriefError for what a user can fix."""
    options = options or BuildOptions()
    if options.words < MIN_WORDS:
        raise UsageError(f"--words must be at least {MIN_WORDS} (got {options.words}).")
    if options.algorithm not in ALGORITHMS:
        names = ", ".join(ALGORITHMS)
        raise UsageError(
            f"unknown algorithm {options.algorithm!r}; the available ones are: {names}."
        )
    generated = options.now or datetime.now(UTC).astimezone()

    documents, notices = load_folder(folder)
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
    sentences = segment_all(documents)
    if not sentences:
        raise InputError(
            f"no usable documents in {folder}: brief reads .txt, .md and .html articles"
            " with at least one full sentence."
        )
    if len(sentences) > MAX_STORY_SENTENCES:
        sentences, kept = leading_sentences(sentences, MAX_STORY_SENTENCES)
        notices += (
            Notice(
                folder,
                f"too large for one story: only the first {kept} sentences of each article"
                f" are used ({MAX_STORY_SENTENCES:,} in all)",
                skipped=False,
            ),
        )
    # One story per folder until story grouping lands; --single-story will keep it so.
    relation = overlap(sentences)
    if options.algorithm == "concepts":
        claims = select_by_concepts_coverage(sentences, relation, options.words)
    else:
        scores = rank_sentences(sentences, options.algorithm)
        claims = select_by_rank(sentences, scores, relation, options.words)
    if not claims:
        raise InputError(
            f"no usable sentences in {folder}: a briefing needs sentences of"
            f" {MIN_CLAIM_WORDS} to {MAX_CLAIM_WORDS} words that end like a sentence."
        )
    story = Story(
        title=story_title(documents),
        sources=tuple(d.id for d in documents),
        claims=claims,
    )
    stats = readability.measure([c.text for c in claims])
    return Briefing(
        title=options.title or "News briefing",
        generated=generated,
        sources=documents,
        stories=(story,),
        stats=stats,
        algorithm=options.algorithm,
        notices=notices,
    )


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
