"""The day a file's name says it is from, for a document that declares no date.

Archives and scrapers name files by day: "2024-05-01-budget.html", "crier_20240501_x.txt",
a wire service's "WIRE20240501.0190.txt". A document whose file declares a date (HTML
metadata, front matter, a feed, a mail header, a text's first lines) keeps that one: it is
the article's own, where a name may be the day it was saved.

Only year-first days are read, with the same separator twice or none: YYYY-MM-DD,
YYYY_MM_DD, YYYY.MM.DD and YYYYMMDD. "05-01-2024" is May 1st in the US and January 5th in
Europe, so no day-first or month-first name is guessed. The digits must stand alone (not
part of a longer number: "id123456789" and a timestamp "20240501120000" are no day), be a
real calendar day and a year from 1900 to next year (a file saved today may carry
tomorrow's date in another time zone; a name whose "year" is later is a number, not a day).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass

# A lookahead, so that overlapping candidates are all seen ("2024130120240501": no; but
# "x2024-13-01_2024-05-01" finds the second after the first fails).
_DAY_IN_NAME = re.compile(r"(?=(?<!\d)(\d{4})([-_.]?)(\d{2})\2(\d{2})(?!\d))")
EARLIEST_YEAR = 1900

# A month's name as news writes it, in full or cut short ("Nov.", "Sept", "March"), and a
# weekday's: for the expressions of other modules that read dates in text.
MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# The days' and months' names in full, as a word ("Monday", "May"): no one's name, no place.
CALENDAR_NAMES = frozenset(
    {
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December"),
    }
)
DATE_DECLARED = "declared"  # the file says when it is from (metadata, front matter, header)
DATE_FROM_NAME = "file name"  # read from the file's name by date_in_name


def date_in_name(name: str, today: datetime.date | None = None) -> str | None:
    """The first real day (ISO YYYY-MM-DD) `name` holds in a year-first form, else None."""
    latest = (today or datetime.date.today()).year + 1
    for match in _DAY_IN_NAME.finditer(name):
        year, month, day = int(match[1]), int(match[3]), int(match[4])
        if not EARLIEST_YEAR <= year <= latest:
            continue
        try:
            return datetime.date(year, month, day).isoformat()
        except ValueError:  # month 13, February 30th
            continue
    return None


def day_of(date: str | None) -> datetime.date | None:
    """The day a document's `date` (ISO YYYY-MM-DD, as brief reads them) names; None
    without one, or for a date that is no day (a Document made by hand)."""
    try:
        return datetime.date.fromisoformat(date) if date else None
    except ValueError:
        return None


# A date an article's text gives with its year: "Sept. 12, 2013", "12 September 2013",
# "September 2013", "2013-09-12". A year alone is no such date: "since 2019" is how a
# report of today tells its background.
_MENTIONED = re.compile(
    rf"\b(?:(?P<month>{MONTH_NAME})\s+(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?"
    rf"|(?P<day_first>\d{{1,2}})\s+(?P<month_second>{MONTH_NAME})\s+)"
    r"(?P<year>(?:19|20)\d\d)(?!\d|,\d)"
    r"|\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b"
)
_MONTHS = (
    *("january", "february", "march", "april", "may", "june", "july", "august"),
    *("september", "october", "november", "december"),
)


@dataclass(frozen=True, slots=True)
class Mentioned:
    """A date a text gives: a day, or a month when the text names no day ("May 2013")."""

    year: int
    month: int
    day: int | None = None

    @property
    def first_day(self) -> datetime.date:
        return datetime.date(self.year, self.month, self.day or 1)

    def __str__(self) -> str:
        month = _MONTHS[self.month - 1].capitalize()
        return f"{self.day} {month} {self.year}" if self.day else f"{month} {self.year}"


def month_number(word: str) -> int | None:
    """The month a word names in full or as news cuts it ("Sept.", "Nov"), else None
    ("Mayor", "Marching" are no month)."""
    word = word.rstrip(".").lower()
    for number, name in enumerate(_MONTHS, 1):
        if word in (name, name[:3]) or (word == "sept" and number == 9):
            return number
    return None


def latest_mentioned(texts: Iterable[str], today: datetime.date) -> Mentioned | None:
    """The latest date, up to `today`, that the texts give with its year (see _MENTIONED),
    else None: for an undated article, a clue to when it was written. A day beats
    its own month ("12 September 2013" over "September 2013"); a later date than `today`
    is a plan, not when the text was written, and is passed over."""
    latest: Mentioned | None = None
    for text in texts:
        for match in _MENTIONED.finditer(text):
            found = _mentioned(match)
            if found is None or found.first_day > today:
                continue
            key = (found.year, found.month, found.day or 0)
            if latest is None or key > (latest.year, latest.month, latest.day or 0):
                latest = found
    return latest


def _mentioned(match: re.Match[str]) -> Mentioned | None:
    if match["iso"]:
        year, month, day = map(int, match["iso"].split("-"))
    else:
        month = month_number(match["month"] or match["month_second"]) or 0
        year = int(match["year"])
        given = match["day"] or match["day_first"]
        day = int(given) if given else None
    if not 1 <= month <= 12 or year < EARLIEST_YEAR:
        return None
    try:
        if day is not None:
            datetime.date(year, month, day)  # September 31st is no day
    except ValueError:
        return None
    return Mentioned(year, month, day)


# A wire dateline that gives the day: "HARARE, May 3 (Xinhua) -- ", "LONDON, Nov 26
# (Reuters) - ", "PARIS, Nov. 26, 2026 (AFP) — ", "ELK CREEK, S.D., Nov. 3 (AP) _ ". The place
# opens in a capital; the agency in brackets and the year are optional, the dash is not
# (without it "Smith, March 3 …" could be any sentence's opening).
_DATELINE_DAY = re.compile(
    rf"^[A-Z][A-Za-z.'’ -]{{0,40}}?(?:\s*\([A-Za-z .'-]{{1,30}}\))?,\s*(?:[A-Z][A-Za-z.]*,\s*)?"
    rf"(?P<month>{MONTH_NAME})\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    r"\s*(?:\([A-Za-z .&-]{1,30}\))?\s*(?:--|—|–|-|_|:)\s"
)
# How far before the file's own date its dateline may be: a wire's copy is filed on the
# day or within days (Xinhua's files carry the next day's date); a dateline further back
# is a story re-run or a misread, and the file's date stands.
DATELINE_DAYS_BEFORE = 7


def dateline_day(text: str, known: datetime.date | None) -> datetime.date | None:
    """The day a wire dateline at the start of `text` gives, else None. Without a year
    it takes the year that puts it on or up to DATELINE_DAYS_BEFORE days before `known`
    (the day the file declares or its name carries): "May 3" in a file of 4 May
    2001 is 3 May 2001, and its "today" that Tuesday. With a year it
    stands alone, unless it is after `known` (a date that is no filing date)."""
    match = _DATELINE_DAY.match(text)
    month = month_number(match["month"]) if match else None
    if match is None or month is None:
        return None
    day = int(match["day"])
    years = [int(match["year"])] if match["year"] else []
    if known is not None and not years:
        years = [known.year, known.year - 1]  # "December 31" in a file of 1 January
    for year in years:
        try:
            found = datetime.date(year, month, day)
        except ValueError:
            continue
        if known is None or 0 <= (known - found).days <= DATELINE_DAYS_BEFORE:
            return found
    return None
