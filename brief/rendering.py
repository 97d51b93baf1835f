"""Turn a Briefing into HTML, Markdown or text (Jinja templates) or JSON (the public contract)."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .clean import recased_word
from .dates import MONTH_NAME, day_of, latest_mentioned
from .developing import tells_a_lasting_state
from .errors import UsageError
from .frequency import zipf_frequency
from .models import Briefing, Document, Story, shown_name
from .opinion import opinion_story
from .options import FORMATS, SUFFIX_FORMATS, MailOptions, infer_format
from .places import names_a_place
from .segment import dateline_length
from .titles import NO_NEWS_TITLE, headline, opening_title

if TYPE_CHECKING:
    from email.message import EmailMessage

    import css_inline
    import jinja2

# Older newswire copy writes quotation marks as ``…'' (typewriter style); a reader should
# see the marks a page shows. Only the pair is read so: a lone '' may be a foot mark.
_WIRE_QUOTE = re.compile(r"``(.*?)''", re.DOTALL)
# A web address in brackets inside a sentence ("the Star (http://ow.ly/x1 ) reported"): a
# link the page cannot follow, read aloud as noise.
_LINK_ASIDE = re.compile(r"\s*\((?:https?://|www\.)[^()\s]*\s*\)")
# A space typed inside an opening quotation mark (`armed with " Granite" missiles`) reads as
# a stray mark: shown closed up.
_LOOSE_QUOTE = re.compile(r'(?<![^\s(\[])"\s+([^"\s][^"]*?)"(?!\w)')


def typeset(text: str) -> str:
    """`text` as a reader should see it: ``wire'' quotation marks made curly (“wire”), the
    wire's underscore dash made a dash ("something _ or someone _ to" → "something — or
    someone — to"), a web address in brackets left out, and a space inside an opening
    mark closed up, an opening word in capitals written as a word. The JSON keeps each
    sentence as its source wrote it."""
    if "``" in text:
        text = _WIRE_QUOTE.sub(r"“\1”", text)
    if " _ " in text:
        text = text.replace(" _ ", " — ")
    if "(http" in text or "(www." in text:
        text = _LINK_ASIDE.sub("", text)
    if text[:5].isupper():
        text = _CAPITAL_OPENING.sub(lambda found: found[1] + found[2].lower(), text)
    return _LOOSE_QUOTE.sub(r'"\1"', text) if '" ' in text else text


# A local paper's opening word in capitals, its print style ("POLICE investigating a crash
# …", "KESWICK library could open …"), which a bullet shows as shouting. Not initials ("NHS
# staff", "BBC said"): a word of five letters or more, before one in small letters.
_CAPITAL_OPENING = re.compile(r"^([A-Z])([A-Z]{4,})(?=\s+[a-z])")


_NO_NEWS = "read, but no headline and no news sentence"

# "Delegates said here on Monday": "here" is the dateline's place, which the sentence lost
# when the dateline was trimmed; the page says where, in brackets. Not "here is", "here's".
_HERE = re.compile(r"\bhere\b(?!['’]s|\s+(?:is|are|was|were|we|you|and|to)\b)")
# A dateline's place: up to the agency in brackets or the dash, without a date after it.
_DATELINE_PLACE = re.compile(
    r"^([A-Z][A-Za-z.'’ ,-]*?)(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\(|--|—|–|-|_|:|>>|»)"
)
_SLUG = re.compile(r"\d|[A-Z]-[A-Z]")


def placed(text: str, document: Document) -> str:
    """The sentence with its document's dateline place after a "here" that stands for it
    ("said here [Harare] on Monday"); as it is when there is no such "here" or place."""
    if "here" not in text or not (here := _HERE.search(text)):
        return text
    place = dateline_place(document)
    return f"{text[: here.end()]} [{place}]{text[here.end() :]}" if place else text


# Words that place what a sentence tells by the day its source was written ("today", "on
# Tuesday", "last night", "spent the morning", "overnight": "Fire crews spent the morning
# battling a huge blaze", Thursday's, was read as Friday's in Friday's briefing). "USA
# Today" is a newspaper; "an overnight stay" is no time.
_RELATIVE_DAY = re.compile(
    r"(?<!USA )\b(?:[Tt]o(?:day|night)|[Yy]esterday|[Tt]omorrow"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?:this|the)\s+(?:morning|afternoon|evening)|this\s+weekend"
    r"|last\s+(?:night|week(?:end)?)|(?<!an )[Oo]vernight)\b"
)
# Weeks, months and years counted from the day it was written: "earlier this month",
# "last month", "next year", "two weeks ago" (a reading took a 1998 report's "last month"
# for this one's). A day or two off changes none of them: they are said for a report more
# than SPAN_DAYS older than the day the page gives.
_RELATIVE_SPAN = re.compile(
    r"\b(?:(?:[Ll]ast|[Tt]his|[Nn]ext)\s+(?:month|year)"
    r"|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+"
    r"(?:days?|weeks?|months?)\s+ago)\b"
)
SPAN_DAYS = 6


# A day counted from the one a report was written, other than that day itself: under
# "Thursday 26 November —", "said last night" was read as Thursday night, and "remanded by
# magistrates yesterday" as Thursday (a reader's reading of four counties). Not one the
# sentence names already ("last night (Monday)"), nor a possessive ("yesterday's vote").
# The report's own day named so ("agreed this morning", "tonight") is named too: under its
# label two days on, it was read as the briefing's morning (a reader of four counties).
_SHIFTED_DAY = re.compile(
    r"\b(?:(?P<before>[Yy]esterday|[Ll]ast\s+night)|(?P<after>[Tt]omorrow)"
    r"|(?P<same>[Tt]oday|[Tt]onight|[Tt]his\s+(?:morning|afternoon|evening)))"
    r"(?:\s+(?:morning|afternoon|evening|night))?\b"
    r"(?!['’]s|,?\s*\(?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
)


def counted_day(text: str, day: datetime.date, today: datetime.date | None = None) -> str:
    """The sentence with the weekday after each day it counts from `day`, the day its
    report was written, or names as that day ("said last night [Wednesday]", "will open
    tomorrow [Friday]", "agreed this morning [Thursday]"), or "today" when that day is
    `today`, the briefing's ("tomorrow [today]"; "this morning" of today's report as it is)."""

    def weekday(found: re.Match[str]) -> str:
        shift = -1 if found["before"] else 0 if found["same"] else 1
        meant = day + datetime.timedelta(days=shift)
        if found["same"] and meant == today:
            return found[0]  # today's is today
        return f"{found[0]} [{'today' if meant == today else f'{meant:%A}'}]"

    return _SHIFTED_DAY.sub(weekday, text)


def as_of(
    text: str, day: datetime.date | None, year: int, today: datetime.date | None = None
) -> str:
    """The sentence after `day` (see `said_days`), the year written when it is not `year`
    (the briefing's); as it is without a day. `today` is the briefing's day."""
    if day is None:
        return text
    # With its weekday: "Tuesday 4 October — … said on Monday" is read at once as the day
    # before; "4 October — … on Monday" was read as an error (a reader took the day for
    # the event's). And saying it is the report's: "Wednesday 25 November — six fire
    # engines were called at 9.52pm" was read as Wednesday night (it was Tuesday's), in
    # three readings running.
    day_said = f"{day:%A} {_written(day, day.year != year)}"
    return f"Reported {day_said} — {counted_day(text, day, today)}"


def said_days(
    texts: Sequence[str],
    written: Sequence[datetime.date | None],
    told: Sequence[datetime.date | None],
    anchor: datetime.date | None,
    today: datetime.date | None = None,
) -> list[datetime.date | None]:
    """The day each bullet of a story opens with, if any ("Wednesday 12 April — …").

    A bullet that places what it tells by the day its source was written ("today",
    "Tuesday night") says that day, `written`, when a reader would place it by another:
    `anchor` is the day the page gives the story (its one date, or today for today's news;
    None when its date line spans several days). The day is the source's, always true,
    where working out which Tuesday was meant would be a guess ("will meet on Tuesday" is
    the next). And in a story whose bullets come from several days, told in their order
    (`told`: the earliest of the articles that carry each), the first bullet of each day's
    run says its day whatever its words: a reader of "polls put his rating at 50 percent"
    between two bullets of a later report could not tell which poll was newer. In today's
    news only a day before yesterday is said so: yesterday's report of this morning's
    story needs no date on every other bullet. A day a run has said already is said again
    only on a bullet whose words count from it ("last Thursday" in a Wednesday's report),
    not on one that names it ("Saturday 18 March — … On Saturday, he said …" twice over).
    Weeks, months and years counted from the day ("last month") are said for a source
    more than SPAN_DAYS older than `anchor`. A state a report older than yesterday gives
    ("the road is closed", "is still advising": `tells_a_lasting_state`) says its day, once
    a run, when `today` (the briefing's) is known: under a story dated two days before,
    it was read as so today."""
    several = len({day for day in told if day is not None}) > 1
    said: list[datetime.date | None] = []
    run_said: set[datetime.date] = set()  # the days said since the run began
    pending = False  # the run's own day is still to be said
    latest: datetime.date | None = None  # the newest day told before the bullet
    for k, text in enumerate(texts):
        day = told[k]
        if k == 0 or day != told[k - 1]:
            run_said, pending = set(), True
        # A developing story opens on its newest report (brief.developing): a run after it
        # that goes back in time says its day, yesterday's too ("The search is continuing"
        # under "The body of the skipper has been recovered" read as the news).
        earlier = day is not None and latest is not None and day < latest
        if day is not None:
            latest = max(day, latest) if latest else day
        own = written[k]
        shown: datetime.date | None = None
        if own is not None and _counts_from(text, own, anchor):
            # Said again in a run that said it when the words count from it ("last
            # Thursday", "on Monday" in a Wednesday's report: a reading could not place
            # them from the run's first bullet), not when they name that day itself.
            shown = None if own in run_said and _names_the_day(text, own) else own
        elif (
            today is not None
            and own is not None
            and (today - own).days > 1
            and own not in run_said
            and tells_a_lasting_state(text)
        ):
            shown = own
        # Not on a bullet that gives its own time ("was built in 1995", "reopened a day
        # after the fire"): a report's day before it reads as the event's (a blind
        # reading's complaint); the run's next bullet says it.
        elif (
            several
            and pending
            and day is not None
            and (anchor is None or (anchor - day).days > 1 or earlier)
            and not _OWN_TIME.search(text)
        ):
            shown = day
        if shown is not None:
            run_said.add(shown)
            pending = pending and shown != day
        said.append(shown)
    return said


def _counts_from(text: str, own: datetime.date, anchor: datetime.date | None) -> bool:
    """Whether the bullet places what it tells by `own`, the day its source was written,
    where a reader would count from `anchor` (see `said_days`)."""
    if own != anchor and _RELATIVE_DAY.search(text):
        return True
    return (anchor is None or (anchor - own).days > SPAN_DAYS) and bool(_RELATIVE_SPAN.search(text))


def _names_the_day(text: str, day: datetime.date) -> bool:
    """Whether every relative time of the text names the day it was written itself by its
    name ("on Wednesday" in a Wednesday's report). "Today" or "this morning" does not: a
    bullet below its run's label was read as of the briefing's day ("Talks … are taking
    place today" two days after)."""
    return all(
        found[0] == f"{day:%A}" for found in _RELATIVE_DAY.finditer(text)
    ) and not _RELATIVE_SPAN.search(text)


# A sentence that places what it tells by a year, a day or another event ("in 1995",
# "on October 31", "two days after the fire").
_OWN_TIME = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)s?\b"
    # "on October 31", not "the March 26 election" (a date the sentence names, not its own).
    rf"|\bon\s+(?:{MONTH_NAME}\s+\d{{1,2}}\b|\d{{1,2}}\s+{MONTH_NAME})"
    r"|\b(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?|decades?)"
    r"\s+(?:after|before|later|earlier|ago)\b"
)


def dateline_place(document: Document) -> str | None:
    """Where the document was filed, from its dateline ("HARARE, Zimbabwe (AP) --" →
    "Harare, Zimbabwe"); None without one, or when the dateline is a slug ("HARBOUR-2 _")."""
    if not document.paragraphs or not (filed := dateline_length(document.paragraphs[0])):
        return None
    found = _DATELINE_PLACE.match(document.paragraphs[0][:filed])
    if not found or _SLUG.search(found[1]) or not found[1].strip(" ,"):
        return None
    words = found[1].strip(" ,").split()
    if _NOT_A_PLACE.intersection(w.strip(",").lower() for w in words):
        return None  # "UNDATED _", "ATTENTION EDITORS --": a line to editors, no place
    return " ".join(map(_as_running_text, words))


# A word of a dateline's capitals cut short with a full stop: "ST. LOUIS", "FT. WORTH".
_SHORTENED_WORD = re.compile(r"[A-Z]{2}\.,?")


def _as_running_text(word: str) -> str:
    """A dateline's word in capitals as running text writes it ("NEW" → "New", "ST." →
    "St."); not initials ("D.C.", "N.Y.") nor a country's ("UK")."""
    if not word.isupper():
        return word
    bare = word.strip(",")
    if "-" in bare:
        return recased_word(bare) + word[len(bare) :]  # "CHESTER-LE-STREET" → "Chester-le-Street"
    letters = bare.replace("'", "").replace("’", "")
    if (letters.isalpha() and len(letters) > 2) or _SHORTENED_WORD.fullmatch(word):
        # "TOBIN'S" → "Tobin's", "O'NEILL" → "O'Neill": a letter alone after the
        # apostrophe is a possessive's, more is a name's.
        first, *rest = re.split("(['’])", word)
        return first.capitalize() + "".join(
            part.capitalize() if len(part.strip(",")) > 1 else part.lower() for part in rest
        )
    return word


_NOT_A_PLACE = frozenset(
    "undated attention editors editor eds advisory correction corrected update updated"
    " urgent bulletin flash".split()
)


TEMPLATE_OF = {"html": "briefing.html.j2", "md": "briefing.md.j2", "text": "briefing.txt.j2"}


@cache
def _inliner() -> css_inline.CSSInliner:
    """Mail clients drop <style> blocks (Gmail, Outlook): every rule goes into style
    attributes; media queries (dark mode, print) stay in a <style> for clients that read it.
    (css_inline and jinja2 are imported for the formats that use them, not for JSON.)"""
    import css_inline

    return css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)


def builtin_templates() -> Path:
    """Where the built-in templates are: inside the wheel, or the source checkout's templates/."""
    packaged = Path(__file__).parent / "templates"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "templates"


# How many of a title's first words find the article it comes from (see _title_source).
_TITLE_WORDS_TO_FIND = 5


@dataclass(frozen=True, slots=True)
class SourceView:
    number: int
    id: str
    title: str
    publisher: str | None
    url: str | None
    date: str | None
    date_from: str | None  # brief.dates.DATE_DECLARED or DATE_FROM_NAME; None without a date
    file: str
    label: str
    copy_of: int | None  # the number of the source this one is a near-identical copy of
    opinion: str | None = None  # why it reads as opinion (brief.opinion); None: a report
    quoted: bool = True  # a bullet cites it (else an article of the stories no bullet quotes)
    agency: str | None = None  # the news agency its byline credits (Document.agency)

    @property
    def credit(self) -> str | None:
        """Who published it, and whose copy it is: "Cumbria Daily Post (from Pennine News
        Agency)", as an outlet prints a wire's story under the agency's byline."""
        if self.publisher and self.agency:
            return f"{self.publisher} (from {self.agency})"
        return self.publisher or self.agency


@dataclass(frozen=True, slots=True)
class ClaimView:
    text: str
    numbers: tuple[int, ...]
    reported_by: int
    of: int
    score: float


@dataclass(frozen=True, slots=True)
class StoryView:
    title: str
    claims: tuple[ClaimView, ...]
    source_numbers: tuple[int, ...]
    reports: int
    when: str | None = None  # see reported_on
    opinion: bool = False  # a story of opinion (brief.opinion.opinion_story)
    undated: bool = False  # see undated_days
    mentioned: str | None = None  # an undated story's latest date given (undated_days)
    page: str | None = None  # what its page is when it is no news (Story.page)


@dataclass(frozen=True, slots=True)
class AlsoView:
    """A story listed without a summary: its title, who carried it, where to read it."""

    title: str
    publishers: tuple[str, ...]  # the outlets among its first few sources, if known
    articles: int
    reports: int
    url: str | None
    file: str  # its first source's file: where to read it when there is no link
    when: str | None = None  # see reported_on
    opinion: bool = False  # a story of opinion (brief.opinion.opinion_story)
    undated: bool = False  # see undated_days
    mentioned: str | None = None  # an undated story's latest date given (undated_days)
    page: str | None = None  # what its page is when it is no news (Story.page)


# The "Also" list stops here ("and N more stories") to keep the page short.
ALSO_SHOWN = 10
ALSO_PUBLISHERS = 3


def environment(templates: Path | None = None) -> jinja2.Environment:
    """Templates from `templates` first, then the built-ins (also reachable as default/…)."""
    import jinja2

    builtin = jinja2.FileSystemLoader(builtin_templates())
    loaders: list[jinja2.BaseLoader] = []
    if templates is not None:
        if not templates.is_dir():
            raise UsageError(f"--templates {templates} is not a folder of templates.")
        loaders.append(jinja2.FileSystemLoader(templates))
    loaders += [jinja2.PrefixLoader({"default": builtin}), builtin]
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        # Every sentence is untrusted text from the web: escape it in HTML, always.
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2", "htm")),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def reported_on(documents: Iterable[Document], today: datetime.date) -> str | None:
    """When a story's dated sources were published ("15 May 1996", "14–15 May 1996"), if
    the newest is older than the day before the briefing: "today" or "on Monday" in an
    old story must not read as this week's news. None for today's news or without dates.
    When only some sources are dated it says how many ("… (1 of 5 sources dated)"): the
    others may be newer, and the dates are then only a clue."""
    dates = [day_of(d.date) for d in documents]
    days = sorted({day for day in dates if day is not None})
    if not days or days[-1] >= today - datetime.timedelta(days=1):
        return None
    first, last = days[0], days[-1]
    if first == last:
        when = _written(last)
    elif (first.year, first.month) == (last.year, last.month):
        when = f"{first.day}–{_written(last)}"
    else:
        when = f"{_written(first, first.year != last.year)} – {_written(last)}"
    if None in dates:
        dated = len(dates) - dates.count(None)
        when += f" ({dated} of {len(dates)} sources dated)"
    return when


def _written(day: datetime.date, year: bool = True) -> str:
    return f"{day.day} {day:%B}" + (f" {day.year}" if year else "")


def _more_text(hidden: Sequence[Story]) -> str:
    """What the "Also" list leaves out, in words: "3 more stories and 2 pages that are not
    news" (a recipe and a shop's page were counted among the stories), "1 more story"."""
    pages = sum(1 for story in hidden if story.page)
    stories = len(hidden) - pages
    parts = []
    if stories:
        parts.append(f"{stories} more {'story' if stories == 1 else 'stories'}")
    if pages:
        more = "" if stories else "more "
        parts.append(f"{pages} {more}{'page that is' if pages == 1 else 'pages that are'} not news")
    return " and ".join(parts)


def _story_view(
    story: Story, by_id: dict[str, Document], number: dict[str, int], today: datetime.date
) -> StoryView:
    documents = [by_id[i] for i in story.sources]
    when = reported_on(documents, today)
    undated, mentioned = undated_days(
        documents, [story.title, *(c.text for c in story.claims)], today
    )
    days = sorted({day for d in documents if (day := day_of(d.date))})
    # The day a reader takes "today" in a bullet for: the story's one date, or today's.
    # A day a bullet opens with gives its year unless it is this year's: "Saturday 18
    # March" under a story of 2000 was read as this March (the eighteenth reading), the
    # year on the story's date line notwithstanding.
    anchor = today if when is None else (days[0] if len(days) == 1 else None)
    # The day each bullet is told at: the earliest of the articles that carry it, as
    # `select` orders a story of several days.
    told = [
        min((day for i in c.sources if (day := day_of(by_id[i].date))), default=None)
        for c in story.claims
    ]
    said = said_days(
        [c.text for c in story.claims],
        [day_of(by_id[c.sentence.doc_id].date) for c in story.claims],
        told,
        anchor,
        today,
    )
    return StoryView(
        title=typeset(_titled_where(story.title, _title_source(story.title, documents))),
        claims=tuple(
            ClaimView(
                text=typeset(
                    as_of(placed(c.text, by_id[c.sentence.doc_id]), said[k], today.year, today)
                ),
                numbers=tuple(number[i] for i in c.sources),
                reported_by=c.reports,
                of=story.reports,
                score=c.score,
            )
            for k, c in enumerate(story.claims)
        ),
        source_numbers=tuple(number[i] for i in story.sources),
        reports=story.reports,
        when=when,
        opinion=opinion_story(documents),
        undated=undated,
        mentioned=mentioned,
        page=story.page,
    )


def _also_view(story: Story, by_id: dict[str, Document], today: datetime.date) -> AlsoView:
    documents = [by_id[i] for i in story.sources]
    source = _title_source(story.title, documents)
    undated, mentioned = undated_days(documents, [story.title], today)
    return AlsoView(
        title=typeset(_titled_where(story.title, source)),
        # The outlets, the title's own first (its file or link is the line's): three of
        # four articles' outlets were listed without the one whose file the line showed.
        publishers=tuple(dict.fromkeys(p for d in (source, *documents) if (p := d.publisher)))[
            :ALSO_PUBLISHERS
        ],
        articles=len(documents),
        reports=story.reports,
        # The title's own article, or none: a line must not link one article under
        # another's headline (a developing story's newest report, a mail, was titled over
        # the link to the first day's page). Without an address its file is shown.
        url=source.url,
        file=shown_name(source.path.name),
        when=reported_on(documents, today),
        opinion=opinion_story(documents),
        undated=undated,
        mentioned=mentioned,
        page=story.page,
    )


def undated_days(
    documents: Iterable[Document], texts: Iterable[str], today: datetime.date
) -> tuple[bool, str | None]:
    """Whether a story no article of which is dated says "Tuesday", "next week" or "this
    year" where a reader sees it, and if so the latest date its articles give ("12
    September 2013"), if any: under the briefing's own date, a reader takes those days for
    this week's (the fourteenth reading believed a shutdown of 2013 was due "next week").
    The page then says it is undated, and that date, a clue to when the articles were
    written (the reading asked for it). A story that names no such day needs no label:
    one that only gives old dates may be today's report of old events (a report of this
    week on a comet gives the day it was last seen, in 1986)."""
    documents = list(documents)
    if any(d.date for d in documents):
        return False, None
    if not any(_RELATIVE_DAY.search(text) or _RELATIVE_TIME.search(text) for text in texts):
        return False, None
    latest = latest_mentioned((p for d in documents for p in d.paragraphs), today)
    return True, str(latest) if latest else None


# Times that, like _RELATIVE_DAY's days, count from when an article was written.
_RELATIVE_TIME = re.compile(
    r"\b(?:next|last|this)\s+(?:week|month|year|spring|summer|fall|autumn|winter)\b"
)


def _left_out(story: Story) -> str | None:
    """Why a story of one page is no story to list: a page read whole with no headline and
    no news sentence, or a news service's own page (grouping says which: its items would
    read as one-line stories of their own, under the first item's headline). None for a
    story."""
    if len(story.sources) != 1:
        return None
    return _NO_NEWS if story.title == NO_NEWS_TITLE else story.left_out


def _title_source(title: str, documents: list[Document]) -> Document:
    """The source a reader should open for a story's title: the one whose headline or
    text (its opening first) holds all the title's words in order most tightly, with gaps
    where the title left words out ("The harbour master, who …, said on Friday that" is
    titled "The harbour master said that …"; two readings found a title credited to
    another article of its story, which held its first words only); else the first whose
    opening holds the title's first five, four or three words; else the story's first
    source."""
    words = _TITLE_WORD.findall(title.lower())
    searched = documents[:_TITLE_DOCUMENTS]
    openings = [_title_words(document, _TITLE_PARAGRAPHS) for document in searched]
    for whole in (False, True):  # the openings first; whole texts only when none holds it
        texts = [_title_words(document, None) for document in searched] if whole else openings
        # Of those that hold it as tightly (a headline two outlets print), one with an
        # address: the line links it.
        spans = [
            (span, searched[k].url is None, k)
            for k, text in enumerate(texts)
            if (span := _span_in_order(words, text))
        ]
        if spans:
            return searched[min(spans)[2]]
    # An aside longer than the gap: the first that holds the title's first words.
    for count in range(_TITLE_WORDS_TO_FIND, _TITLE_WORDS_TO_FIND - 3, -1):
        opening = " ".join(words[:count])
        for document, text in zip(searched, openings, strict=True):
            if opening in " ".join(text):
                return document
    return documents[0]


def _title_words(document: Document, depth: int | None) -> list[str]:
    opened = document.title + " " + " ".join(document.paragraphs[:depth])
    return _TITLE_WORD.findall(opened.lower())


def _span_in_order(words: list[str], text: list[str]) -> int | None:
    """How few of `text`'s words hold `words` in their order, each within _TITLE_GAP words
    of the one before (an aside, a weekday, an opening phrase the title left out); None
    when they are not there. Other articles of a story hold the same words more loosely."""
    if not words:
        return None
    spans = []
    for start in (k for k, word in enumerate(text) if word == words[0]):
        at = start
        for word in words[1:]:
            window = text[at + 1 : at + 2 + _TITLE_GAP]
            if word not in window:
                break
            at += 1 + window.index(word)
        else:
            spans.append(at + 1 - start)
    return min(spans, default=None)


_TITLE_WORD = re.compile(r"\w+")
# Where a lead title's words are looked for first: the headline and the opening paragraphs;
# how many of a story's articles are searched whole; how many words a title may skip.
_TITLE_PARAGRAPHS = 6
_TITLE_DOCUMENTS = 50
_TITLE_GAP = 20


# A place its article puts something in ("a creamery in Harwick", "farmland near North
# Averill") whose name English barely knows (a word of it under LOCAL_ZIPF): a town the
# gazetteer does not know is a place when its article says so. ("in Jewish settlements"
# puts nothing in a place called Jewish.)
_PLACED_IN = re.compile(r"\b(?:in|near|outside|around)\s+((?:[A-Z][a-z’'-]+\s?){1,3})")
LOCAL_ZIPF = 3.0
_PLACE_PARAGRAPHS = 6


def _names_its_place(title: str, source: Document) -> bool:
    """Whether the title names a little-known place its article puts something in."""
    return any(
        name.strip() in title and min(zipf_frequency(w.lower()) for w in name.split()) < LOCAL_ZIPF
        for paragraph in source.paragraphs[:_PLACE_PARAGRAPHS]
        for name in _PLACED_IN.findall(paragraph)
    )


# A county's, a parish's or a township's name says where by its form ("for Corliss County
# Friday night", "in Co Dromcarra"), though no gazetteer lists a small one.
_AREA_NAME = re.compile(
    r"\b[A-Z][\w’'-]+\s+(?:County|Parish|Township|Borough)\b|\b(?:County|Co\.?)\s+[A-Z][a-z]"
)


def _titled_where(title: str, source: Document) -> str:
    """A title that names no place, after the place its source was filed from ("Kunming —
    The incidence of malaria has fallen …"): a wire report's lead leaves where to its
    dateline, which the title lost. As it is when the title names a place or the source
    has no dateline."""
    if title == NO_NEWS_TITLE or names_a_place(title) or _names_its_place(title, source):
        return title
    # A headline that names its county is written to be read without a dateline ("Winter
    # Weather Advisory for Corliss County Friday night" was put in the station's town); a
    # wire lead leaves the state to it ("Sparta, Ga. — By 10 o'clock …, Hancock County is
    # almost deserted").
    if _AREA_NAME.search(title) and title in (headline(source) or ""):
        return title
    place = dateline_place(source)
    return f"{place} — {title}" if place and place.split(",")[0] not in title else title


def _untitled(document: Document) -> str:
    """What a source without a headline is listed as: its opening ("No one was hurt when
    fire destroyed a home in Copper Ford late last night"), not its file's name ("clip-117
    · Ridgeline Radio 98.3 · `clip-117.txt`" told a reader nothing the file name beside it
    did not); the title as read when no sentence will do."""
    return opening_title(document) or document.title


def context(briefing: Briefing) -> dict[str, object]:
    """What templates see: numbered sources, claims with their citation numbers, figures.

    Sources are those of the summarised stories: first those a bullet cites, numbered
    story by story (load order within a story), then the stories' other articles, numbered
    on (`quoted` False; the templates list them apart: three readings took a numbered
    source no bullet cites for a slip). "Also" stories are listed by title without numbers.
    """
    by_id = {d.id: d for d in briefing.sources}
    today = briefing.generated.date()
    in_stories = list(dict.fromkeys(i for story in briefing.stories for i in story.sources))
    cited = {i for story in briefing.stories for claim in story.claims for i in claim.sources}
    listed = [i for i in in_stories if i in cited] + [i for i in in_stories if i not in cited]
    number = {doc_id: n for n, doc_id in enumerate(listed, 1)}
    original = dict(briefing.copies)
    sources = []
    for doc_id in listed:
        d = by_id[doc_id]
        sources.append(
            SourceView(
                number=number[doc_id],
                id=d.id,
                # Its headline without the site around it ("… - The Observer"), as a
                # story's title has it; else the title as read.
                title=typeset(headline(d) or _untitled(d)),
                publisher=d.publisher,
                agency=d.agency,
                url=d.url,
                date=d.date,
                date_from=d.date_from,
                file=shown_name(d.path.name),
                label=d.label,
                copy_of=number.get(original.get(doc_id, "")),
                opinion=d.opinion,
                quoted=doc_id in cited,
            )
        )
    stories = tuple(_story_view(story, by_id, number, today) for story in briefing.stories)
    # A page read whole that holds no headline and no news sentence, or a news service's
    # list of stories, is no story to list: the page names it where it names the files it
    # could not read.
    why = {id(story): _left_out(story) for story in briefing.also}
    listed = [story for story in briefing.also if why[id(story)] is None]
    empty = [story for story in briefing.also if why[id(story)] is not None]
    also = tuple(_also_view(story, by_id, today) for story in listed[:ALSO_SHOWN])
    not_read = tuple(
        {"file": name, "why": why}
        for name, why in dict.fromkeys(
            [
                (shown_name(n.path.name), shown_name(n.message))
                for n in briefing.notices
                if n.skipped
            ]
            + [(shown_name(by_id[story.sources[0]].path.name), why[id(story)]) for story in empty]
        )
    )
    return {
        "title": briefing.title,
        "generated": briefing.generated,
        "date": briefing.generated.strftime("%A, %d %B %Y"),
        "sources": tuple(sources),
        "read": len(briefing.sources),
        "read_text": f"{len(briefing.sources):,}",
        "stories": stories,
        "also": also,
        "also_more": max(0, len(listed) - ALSO_SHOWN),
        "also_more_text": _more_text(listed[ALSO_SHOWN:]),
        "stats": briefing.stats,
        "reading_minutes": max(1, round(briefing.stats.reading_time_seconds / 60)),
        "algorithm": briefing.algorithm,
        # The files a reader might expect and will not find: the page says so, not only
        # the warnings on the terminal (cron mails those apart, if at all).
        "not_read": not_read[:ALSO_SHOWN],
        "not_read_more": max(0, len(not_read) - ALSO_SHOWN),
    }


def render(
    briefing: Briefing, fmt: str, templates: Path | None = None, mail: MailOptions | None = None
) -> str:
    """The briefing as text in `fmt`: html, md, text, json, or eml (a whole email).

    `mail` gives an eml its From, To and attachment (default: from brief@localhost, to
    no one); the other formats ignore it.
    """
    if fmt == "json":
        return to_json(briefing)
    if fmt == "eml":
        return message(briefing, mail or MailOptions(), templates).as_string()
    if fmt not in TEMPLATE_OF:
        raise UsageError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}.")
    import jinja2

    env = environment(templates)
    name = TEMPLATE_OF[fmt]
    try:
        template = env.get_template(name)
        text = template.render(context(briefing))
    except jinja2.TemplateError as error:
        where = (
            f" ({error.filename}, line {error.lineno})" if getattr(error, "lineno", None) else ""
        )
        raise UsageError(f"template error in {name}{where}: {error.message}") from None
    except RecursionError:  # templates that extend each other in a circle
        raise UsageError(_circular(name)) from None
    return _charset_first(_inliner().inline(text)) if fmt == "html" else text


# The inliner puts the @media rules it keeps at the top of <head>, before the charset,
# which a browser only looks for in the first 1,024 bytes (HTML's prescan): without it a
# saved or attached briefing may be read as windows-1252 ("â€™" for "’").
_CHARSET = re.compile(r"<meta charset=[\"']?utf-8[\"']?\s*/?>", re.IGNORECASE)
_HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)


def _charset_first(html: str) -> str:
    """The page with its charset declaration first in <head>, where the prescan finds it."""
    charset, head = _CHARSET.search(html), _HEAD.search(html)
    if charset is None or head is None or charset.start() < 1024:
        return html
    html = html[: charset.start()] + html[charset.end() :]
    return html[: head.end()] + charset.group() + html[head.end() :]


def message(briefing: Briefing, mail: MailOptions, templates: Path | None = None) -> EmailMessage:
    """The briefing as one email message (text and HTML alternatives, the attachment)."""
    attachment = render(briefing, mail.attach, templates) if mail.attach else None
    text, html = render(briefing, "text", templates), render(briefing, "html", templates)
    from .mail import build_message  # the mail modules only for a message

    return build_message(briefing, text, html, mail, attachment)


def _circular(name: str) -> str:
    return (
        f"template {name} extends itself; to extend the built-in one, write"
        f' {{% extends "default/{name}" %}}.'
    )


def check_templates(templates: Path | None, formats: Iterable[str]) -> None:
    """Fail before any work if a user template of `formats` cannot load or extends itself.

    A template in --templates that extends its own name (without `default/`) finds
    itself again, which Jinja only notices as a RecursionError when it renders.
    """
    if templates is None:
        return
    import jinja2

    env = environment(templates)
    for fmt in dict.fromkeys(formats):
        if fmt not in TEMPLATE_OF:
            continue
        seen: list[str] = []
        name: str | None = TEMPLATE_OF[fmt]
        while name is not None:
            if name in seen:
                raise UsageError(_circular(seen[0]))
            seen.append(name)
            try:
                source = env.loader.get_source(env, name)[0]  # type: ignore[union-attr]
                parsed = env.parse(source, name)
            except jinja2.TemplateNotFound:
                break  # reported with the page it was asked from, when it renders
            except jinja2.TemplateSyntaxError as error:
                raise UsageError(
                    f"template error in {name} (line {error.lineno}): {error.message}"
                ) from None
            parents = [
                node.template.value
                for node in parsed.find_all(jinja2.nodes.Extends)
                if isinstance(node.template, jinja2.nodes.Const)
            ]
            name = parents[0] if parents else None


def to_json(briefing: Briefing) -> str:
    """The JSON contract (see README): sources, stories with cited sentences, stats."""
    by_id = {d.id: d for d in briefing.sources}
    data = {
        "generated": briefing.generated.isoformat(timespec="seconds"),
        "title": briefing.title,
        "algorithm": briefing.algorithm,
        "sources": [
            {
                "id": d.id,
                "path": shown_name(d.path.as_posix()),
                "title": d.title,
                "publisher": d.publisher,
                "agency": d.agency,
                "url": d.url,
                "date": d.date,
                "date_from": d.date_from,
                "opinion": d.opinion,
            }
            for d in briefing.sources
        ],
        "stories": [
            {
                "title": story.title,
                "sources": list(story.sources),
                "reports": story.reports,
                "opinion": opinion_story(by_id[i] for i in story.sources),
                "page": story.page,
                "sentences": [
                    {
                        "text": c.text,
                        "sources": list(c.sources),
                        "reports": c.reports,
                        "score": c.score,
                    }
                    for c in story.claims
                ],
            }
            for story in briefing.stories
        ],
        "also": [
            {
                "title": story.title,
                "sources": list(story.sources),
                "reports": story.reports,
                "opinion": opinion_story(by_id[i] for i in story.sources),
                "page": story.page,
            }
            # A page the other formats name under "Left out" says why here too.
            | ({"left_out": why} if (why := _left_out(story)) else {})
            for story in briefing.also
        ],
        "copies": [{"id": copy, "copy_of": first} for copy, first in briefing.copies],
        "stats": {
            "words": briefing.stats.words,
            "sentences": briefing.stats.sentences,
            "sources": len(briefing.sources),
            "stories": len(briefing.stories) + len(briefing.also),
            "flesch_reading_ease": briefing.stats.flesch_reading_ease,
            "flesch_kincaid_grade": briefing.stats.flesch_kincaid_grade,
            "reading_time_seconds": briefing.stats.reading_time_seconds,
        },
        "warnings": [
            {
                "path": shown_name(n.path.as_posix()),
                "message": shown_name(n.message),
                "skipped": n.skipped,
            }
            for n in briefing.notices
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


__all__ = [
    "FORMATS",
    "SUFFIX_FORMATS",
    "check_templates",
    "context",
    "environment",
    "infer_format",
    "message",
    "render",
    "to_json",
]
