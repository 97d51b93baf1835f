"""The data that passes between the stages: frozen, slotted, tuples inside."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .errors import UsageError

# progress(stage, done, total), called as a run advances: what a progress bar is fed.
Progress = Callable[[str, int, int], None]


def shown_name(text: str) -> str:
    """A file's name or path as a reader sees it. The bytes of a name in no encoding (an
    old disk's or a zip's Latin-1 names) reach Python as lone surrogates, which no UTF-8
    page, JSON file or mail can hold: they are shown as U+FFFD, as file managers show them."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


@dataclass(frozen=True, slots=True)
class Document:
    """One article as loaded: metadata plus its cleaned paragraphs."""

    id: str
    path: Path
    title: str
    paragraphs: tuple[str, ...]
    publisher: str | None = None
    url: str | None = None
    date: str | None = None
    # Where `date` comes from: brief.dates.DATE_DECLARED (the file says so: metadata, front
    # matter, a feed, a mail header, a text's first lines) or DATE_FROM_NAME; None if no date.
    date_from: str | None = None
    # The hour and minute ("15:40") of `date` the file gives (a page's published time, a
    # mail's Date, front matter), as written; None when it gives none.
    time: str | None = None
    digest: str = ""  # SHA-256 of the file's bytes: --only-new knows a document by content
    # "text:" + SHA-256 of the text brief read from it (paragraphs): a web page saved again
    # with new ads, a timestamp or a token is new bytes but the same article.
    text_digest: str = ""
    # What a web page declares itself to be ("newsarticle", "recipe", "og:product"): see
    # brief.readers.declared. Empty for text files and for pages that declare nothing.
    declared: tuple[str, ...] = ()
    # Why the article reads as opinion (a column, an op-ed, an editorial), or None for a
    # report: see brief.opinion.
    opinion: str | None = None
    # The short lines the cleaner left out that show what kind of page it is: ingredient
    # amounts, "Add to basket", "Posted by" (see brief.stories.kind_lines).
    kind_lines: tuple[str, ...] = ()
    # Whether `title` is the article's own headline: None (a Document made without saying)
    # when a title other than the file's name is one. A web clipper names its file for the
    # headline ("Free parking to end at council car parks in Cockermouth and Maryport.md",
    # front matter `title:` the same), which was read as no headline at all.
    headed: bool | None = None
    # The news agency its byline credits, when an outlet prints an agency's copy (see
    # brief.clean.agency_of); None for its own reporters' work.
    agency: str | None = None
    # Whether its text was written in capitals and put in sentence case by brief
    # (brief.clean.truecased): its names' capitals are the folder's to give back
    # (brief.load.with_names_as_written).
    recased: bool = False

    @property
    def has_headline(self) -> bool:
        """Whether the title is the article's headline, not its file's name."""
        return self.title != self.path.stem if self.headed is None else self.headed

    @property
    def label(self) -> str:
        """What a reader sees for this source: publisher, else the file name."""
        return self.publisher or self.path.name


@dataclass(frozen=True, slots=True)
class Notice:
    """A warning about one input file: skipped (and why), or used in part."""

    path: Path
    message: str
    skipped: bool = True


@dataclass(frozen=True, slots=True)
class Sentence:
    """A verbatim sentence of one document, with its position and its terms."""

    doc_id: str
    doc_index: int  # index of the document in load order (ties are broken on it)
    position: int  # index of the sentence within its document
    relative_position: float  # position / number of sentences in the document, in [0, 1)
    text: str
    words: tuple[str, ...]  # word tokens as written, for sumy and the word budget
    # Someone's words whose speaker is outside the sentence: the middle of a quotation
    # opened in an earlier sentence, or a turn of an interview transcript ("MD: …"). It
    # can carry a claim, but shown alone it would read as the outlet's own statement.
    spoken_elsewhere: bool = False
    # A state its report gave as lasting ("the diversion remains in place") in a developing
    # story with a newer report: no longer to be shown as now (brief.developing).
    outdated: bool = False
    # Another event its report recalls after counting it ("It was the second house fire
    # on the South Shore in less than a day. A family of three escaped a fire in
    # Bridgewater …"): that event's story's to tell, not this one's (brief.segment).
    recalled: bool = False


@dataclass(frozen=True, slots=True)
class Claim:
    """One representative sentence and every source that says the same."""

    sentence: Sentence
    sources: tuple[str, ...]  # document ids, in load order; always holds sentence.doc_id
    score: float
    reports: int  # independent reports among `sources`: copies of one report count once

    @property
    def text(self) -> str:
        return self.sentence.text


@dataclass(frozen=True, slots=True)
class Story:
    """An event: its title, the documents that report it, and the chosen claims."""

    title: str
    sources: tuple[str, ...]  # document ids, in load order
    claims: tuple[Claim, ...]  # empty for a story listed under "Also" without a summary
    reports: int  # independent reports among `sources`: copies of one report count once
    # Why a story of one page is no story to list (a news service's list of its stories,
    # its almanac): the page names it under "Left out". None for a story.
    left_out: str | None = None
    # What its one page is when it is shaped as no news ("Menu", "Job advert"): listed
    # under that name, after the news. None for news.
    page: str | None = None


@dataclass(frozen=True, slots=True)
class Stats:
    """Readability figures of the briefing's own text (textstat)."""

    words: int
    sentences: int
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    reading_time_seconds: float


@dataclass(frozen=True, slots=True)
class Briefing:
    """Everything a template needs to render one briefing."""

    title: str
    generated: datetime
    sources: tuple[Document, ...]
    stories: tuple[Story, ...]
    stats: Stats
    algorithm: str
    notices: tuple[Notice, ...] = field(default=())
    # Stories without a summary: one source only, or past --max-stories / the word budget.
    also: tuple[Story, ...] = field(default=())
    # (copy, original) document ids: near-identical documents, counted as one report.
    copies: tuple[tuple[str, str], ...] = field(default=())


# About one printed page with the sources list (Letter or A4, one story of five sources).
DEFAULT_WORDS = 250
DEFAULT_ALGORITHM = "concepts"  # measured best on both dev sets (benchmarks/RESULTS.md)
# Summarised stories on a page; at the default budget each gets about 50 words.
DEFAULT_MAX_STORIES = 5
MIN_WORDS = 20  # below this no sentence fits, and --words is surely a typo
# "concepts" selects by weighted concept coverage (select.py); the others are sumy's
# rankers by name (rank.RANKERS, which a test keeps in step with this list). Named here
# so that options are checked without importing numpy and sumy.
ALGORITHMS = ("concepts", "lexrank", "textrank", "lsa", "luhn", "sumbasic", "kl")


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """What one run is asked to do; the CLI parses flags into this and nothing else."""

    words: int = DEFAULT_WORDS
    algorithm: str = DEFAULT_ALGORITHM
    title: str | None = None
    single_story: bool = False
    max_stories: int = DEFAULT_MAX_STORIES
    strict: bool = False  # any warning about an input file fails the run
    # --only-new: digests (of bytes or of text) of documents already briefed
    seen: frozenset[str] | None = None
    now: datetime | None = None  # injected once so a run is reproducible; None: the clock
    # Processes that share a large folder's work (0: one a core; 1: this one only). The
    # output is the same whatever the number (workers.py). One by default here, as
    # libraries do (a caller's own threads and processes are its business); the CLI's
    # --jobs defaults to one a core.
    jobs: int = 1

    def __post_init__(self) -> None:
        """A mistake is an error here, before any file is read."""
        if self.words < MIN_WORDS:
            raise UsageError(f"--words must be at least {MIN_WORDS} (got {self.words}).")
        if self.max_stories < 1:
            raise UsageError(f"--max-stories must be at least 1 (got {self.max_stories}).")
        if self.jobs < 0:
            raise UsageError(f"--jobs must be 0 (one a core) or more (got {self.jobs}).")
        if self.algorithm not in ALGORITHMS:
            names = ", ".join(ALGORITHMS)
            raise UsageError(
                f"unknown algorithm {self.algorithm!r}; the available ones are: {names}."
            )
