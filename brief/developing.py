"""A developing story: reports of several days, the newest of which says where it stands.

A fisherman is missing on Tuesday, the search resumes on Wednesday, he is found safe on
Thursday. Titled by the headline most of its reports share ("Search under way for …") and
told from the lede that covers most (Wednesday's), the story tells the reader the opposite
of the news. So a story whose reports are of two days or more within DEVELOPING_DAYS is
titled by its newest report's headline and opens on its newest report's lede (brief.select
keeps one of those ledes in the summary and puts it first); the rest is told in the order
it happened, as before. (Also requiring an earlier report's lede, what happened under where
it stands, was measured and not kept: in a story of 50 words it pushed out the news of
some stories and pulled in the lede of another event's article merged into others.)

Only within DEVELOPING_DAYS: a story of months (a topic's reports, an inquiry's, a trial's)
is a series, not one event's news, and its newest report is not where the rest stands.
"""

from __future__ import annotations

from collections.abc import Sequence

from .dates import day_of
from .models import Document
from .titles import headline

# Reports of one story this many days apart or fewer tell one event as it develops.
DEVELOPING_DAYS = 14
# A newest report's headline says where the story stands when it has this many words: "Hit-
# and-run accused remanded in custody" does, a newsletter's "Village says thank you" not.
NEWEST_HEADLINE_WORDS = 5


def latest_reports(documents: Sequence[Document]) -> frozenset[str]:
    """The ids of a developing story's newest reports, or none when it is not one.

    The newest are the reports (not opinion) of the latest day among those with a headline
    of NEWEST_HEADLINE_WORDS or more: a newsletter's "Portnacreeve says thank you" or a
    clipping without a headline gives neither title nor news. They count only when that
    day is later than the story's first, and its dated documents are at most
    DEVELOPING_DAYS apart."""
    days = {d.id: day for d in documents if (day := day_of(d.date)) is not None}
    if len(set(days.values())) < 2:
        return frozenset()
    first, last = min(days.values()), max(days.values())
    if (last - first).days > DEVELOPING_DAYS:
        return frozenset()
    headed = [
        d
        for d in documents
        if d.opinion is None
        and d.id in days
        and (found := headline(d)) is not None
        and len(found.split()) >= NEWEST_HEADLINE_WORDS
    ]
    if not headed:
        return frozenset()
    newest = max(days[d.id] for d in headed)
    if newest == first:
        return frozenset()
    return frozenset(d.id for d in headed if days[d.id] == newest)
