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

Within the newest day, the hour a file gives (Document.time) tells reports apart: the
latest is the newest, and one a later report of its day supersedes is not quoted
(`newest_reports`), since a bullet of the story's own day says no day and reads as now.

Only within DEVELOPING_DAYS: a story of months (a topic's reports, an inquiry's, a trial's)
is a series, not one event's news, and its newest report is not where the rest stands.
A newest report that is a feature opening on a scene still titles the story; the lede
that opens it is then the newest one before it that tells the news (brief.summaries).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .dates import CALENDAR_NAMES, day_of
from .models import Document, Sentence
from .scenes import sets_a_scene
from .segment import outside_quotations, split_sentences, words_of
from .terms import STOP_WORDS, content_terms
from .titles import headline

# Reports of one story this many days apart or fewer tell one event as it develops.
DEVELOPING_DAYS = 14
# A newest report's headline says where the story stands when it has this many words: "Hit-
# and-run accused remanded in custody" does, a newsletter's "Village says thank you" not.
NEWEST_HEADLINE_WORDS = 5


@dataclass(frozen=True, slots=True)
class Newest:
    """A developing story's newest reports, and those a later report of their day
    supersedes (ids); both empty when it is not developing."""

    latest: frozenset[str] = frozenset()
    superseded: frozenset[str] = frozenset()


def newest_reports(documents: Sequence[Document]) -> Newest:
    """The ids of a developing story's newest reports, and of the reports they supersede.

    The newest are the reports (not opinion) of the latest day among those with a headline
    of NEWEST_HEADLINE_WORDS or more: a newsletter's "Portnacreeve says thank you" or a
    clipping without a headline gives neither title nor news. They count only when that
    day is later than the story's first, and its dated documents are at most
    DEVELOPING_DAYS apart. Of that day's, those of the latest hour when their files give
    one (and those that give none, which cannot be told apart).

    Superseded are that day's other reports whose files give an earlier hour (a morning's
    "The search is continuing for the skipper" under the afternoon's "The body of the
    skipper has been recovered": both of one day, so the first said no day, and read as
    the news). Not quoted, they are still cited where they carry what is shown."""
    found = _newest(documents)
    if found is None:
        return Newest()
    headed, hour = found
    latest = frozenset(d.id for d in headed if d.time is None or d.time == hour)
    if hour is None:
        return Newest(latest)
    day = headed[0].date
    superseded = frozenset(
        d.id
        for d in documents
        if d.opinion is None and d.date == day and d.time is not None and d.time < hour
    )
    return Newest(latest, superseded)


def latest_reports(documents: Sequence[Document]) -> frozenset[str]:
    """The ids of a developing story's newest reports, or none (see `newest_reports`)."""
    return newest_reports(documents).latest


def reports_of_latest_day(documents: Sequence[Document]) -> frozenset[str]:
    """The ids of the reports (not opinion) of the latest day any of the documents gives,
    those with a headline of NEWEST_HEADLINE_WORDS or more: where a story stood before a
    newest report that opens on a scene, though its reports before were of one day."""
    days = {d.id: day for d in documents if (day := day_of(d.date)) is not None}
    last = max(days.values(), default=None)
    return frozenset(
        d.id
        for d in documents
        if d.opinion is None
        and days.get(d.id) == last is not None
        and (found := headline(d)) is not None
        and len(found.split()) >= NEWEST_HEADLINE_WORDS
    )


def _newest(documents: Sequence[Document]) -> tuple[list[Document], str | None] | None:
    """A developing story's headed reports of its latest such day, and the latest hour
    one of them gives (None if none gives one); None when the story is not developing."""
    days = {d.id: day for d in documents if (day := day_of(d.date)) is not None}
    if len(set(days.values())) < 2:
        return None
    first, last = min(days.values()), max(days.values())
    if (last - first).days > DEVELOPING_DAYS:
        return None
    titled = [
        (d, _EXPLAINER.search(found) is not None or _feature(d, found))
        for d in documents
        if d.opinion is None
        and d.id in days
        and (found := headline(d)) is not None
        and len(found.split()) >= NEWEST_HEADLINE_WORDS
    ]
    # An explainer of the day's news ("Tern Valley Foods rescue: what it means for staff"),
    # or a feature on it that tells no turn, goes around it: only one later than every
    # report counts.
    reported = max((days[d.id] for d, explains in titled if not explains), default=None)
    headed = [
        d for d, explains in titled if not explains or reported is None or days[d.id] > reported
    ]
    if not headed:
        return None
    newest = max(days[d.id] for d in headed)
    if newest == first:
        return None
    latest = [d for d in headed if days[d.id] == newest]
    return latest, max((d.time for d in latest if d.time is not None), default=None)


# A service piece's or an explainer's headline, not a report's ("How to help the Haskett
# family" titled a house fire's story).
_EXPLAINER = re.compile(
    r"\b(?:what (?:it|this|that) means|what we know|what you need to know|everything you"
    r" need to know|questions answered|explained|explainer|Q&A)\b|^how to\b",
    re.IGNORECASE,
)


def _feature(document: Document, headline: str) -> bool:
    """Whether a report is a feature that tells no turn of its story: its text opens on a
    scene or a moment (`sets_a_scene`) and its headline tells of no turn (_TURN). Written
    in the afternoon of a factory's closure, "Sixty-five years of Kirkcaldy flooring: the
    rise and fall of Hallgarth" ("When brothers James and Walter Hallgarth opened a small
    flooring works in 1961, …") titled the story and superseded the day's reports, the
    union's vow to fight the closure among them; "How searchers found Walter Kimbrell",
    which opens on his forty years of hunting the ridge, still tells where his story
    stands."""
    opening = document.paragraphs[0] if document.paragraphs else ""
    return sets_a_scene(opening) and _TURN.search(headline) is None


_OPENING_MARKS = "\"'“‘("
_CLOSING_MARKS = "\"'”’),."


def tells_its_headline(lede: Sentence, document: Document) -> bool:
    """Whether a newest report's lede tells what its headline says: they share a word that
    is not a name. A feature's opening anecdote shares none, or only the name of the
    person it opens on ("Walter Kimbrell has hunted the ridge for 40 years" under "How
    searchers found Walter Kimbrell"): its report gives the title, but not the lead."""
    title = headline(document)
    if title is None:
        return False
    words, titled = lede.words, words_of(title)
    # A name is capitalised inside the lede or the headline (the lede's first word is
    # capitalised whatever it is).
    named = [
        w
        for said in (words, titled)
        for k, w in enumerate(said)
        if k and w.lstrip(_OPENING_MARKS)[:1].isupper()
    ]
    names = set(content_terms([w.strip(_OPENING_MARKS + _CLOSING_MARKS) for w in named]))
    shared = set(content_terms(words)) & set(content_terms(titled))
    return bool(shared - names)


# A state a report gives as lasting when it was written: "the diversion remains in place",
# "the search is continuing", "the road is still closed". A newer report of a developing
# story may have ended it (the road reopened, the diversion removed); shown under the
# newest news, the older words read as now.
_LASTING = re.compile(
    r"\b(?:remains?|is still|are still|continues|is continuing|are continuing|is ongoing"
    r"|are ongoing)\b"
    # Someone's state in hospital, which a day changes: "an 81-year-old woman is at Corliss
    # Memorial Hospital" under a newer report that she went home; "in a critical condition".
    r"|\b(?:is|are) (?:now )?(?:at|in) (?:[\w'’-]+ ){0,3}(?:[Hh]ospital|[Ii]nfirmary"
    r"|intensive care)\b|\bin an? (?:critical|serious|stable|comfortable|fair|poor"
    r"|life-threatening) condition\b|\b(?:is|are) being treated\b"
    # A road's or a place's closure, which a later report may end: "The A66 is closed in
    # both directions …", Tuesday's, under Thursday's appeal read as closed on Friday
    # (it reopened on Tuesday evening).
    r"|\b(?:is|are|has been|have been) (?:currently |now )?(?:closed|shut|blocked)\b"
    r"|\bdiversions? (?:is|are) in place\b"
    # Traffic sent another way while a road is shut: "Traffic is being detoured off the
    # highway at Exit 11", Tuesday's, read on Friday under Thursday's report of the
    # closure's aftermath (the highway reopened on Tuesday night; a reader of four counties
    # at 150 words).
    r"|\b(?:is|are) (?:being )?(?:detoured|diverted|re-?routed)\b"
)
# A newest headline that tells of a turn: the missing found, the strike called off, the
# road reopened, the accused charged. Then all an older report said in the present or
# future tense is as of its day ("Mr Fenwick is about 5ft 9in", "drivers will strike from
# Monday", "the search has been extended"): under "Body found", "called off", "found safe"
# it read as now (a reader's reading of four counties: 8 such bullets in 8 briefings).
# What it tells in the past tense ("the lorry overturned at 7.15am") is still true. A
# newest report that only goes on ("US suspends negotiations", a day after "US to suspend
# …") leaves its older reports' words as they are, but for a lasting state.
_TURN = re.compile(
    r"\b(?:found|called off|reopen(?:s|ed)?|re-open(?:s|ed)?|body|bodies|charged|remanded"
    r"|arrested|convicted|jailed|cleared|acquitted|cancel(?:s|led|ed)|scrapped|dropped"
    r"|lifted|rescued|saves?|saved|traced|freed|released|dies|died|dead|ends|ended"
    # Back home: "Darrell is home - and he wants to say thank you", a newsletter's item
    # the day after a kayaker was found (the held-out eleventh county).
    r"|(?:is|are|back|safe|returns?|returned)\s+home|home\s+safe)\b",
    re.IGNORECASE,
)
_AS_OF_THEN = re.compile(
    r"\b(?:will|won't|shall|is|are|isn't|aren't|has|have|hasn't|haven't|remains?"
    r"|continues?"
    # What was to come, reported: "the coxswain said crews would be 'back out the minute
    # there is light'", Tuesday's, under Wednesday's "found safe" (a reader of four
    # counties).
    r"|would|wouldn't)\b"
    # "Mia's described as five foot four", "he's been missing since Sunday" (not "Mia's
    # mother", a possessive)
    r"|\w['’]s\s+(?:been|being|described|due|expected|thought|believed|still|now|not|set"
    r"|likely|missing)\b"
    # What was not so yet: "No trace of the boat had been found by 8am" under "body found".
    r"|\bno (?:trace|sign)\b|\b(?:not yet|yet to|so far|as yet)\b"
    # What the search did the day it was reported: "Patterdale Mountain Rescue Team were
    # called out overnight and were joined this morning by the Keswick and Penrith teams",
    # Monday's, under "Missing Helvellyn walker found alive" (a reader's reading of a
    # held-out county: the search, not where the story stands).
    r"|\b(?:this (?:morning|afternoon|evening)|today|tonight|overnight)\b"
    # ... and the day before it: "About 20 police, SES volunteers and Parks and Wildlife
    # rangers searched the track yesterday", Wednesday morning's, under Wednesday
    # afternoon's "found alive" (a reader of four counties).
    r"|\b(?:yesterday|last night)\b"
    # An appeal, in the present: "Police want to hear from anyone who was on the Frenchmans
    # Cap track over the weekend", Wednesday morning's, under Wednesday afternoon's "found
    # alive" (a reader's reading of a held-out county).
    r"|\b(?:wants?|urges?|appeals?|asks?) (?:to hear from |for |anyone\b|people\b|residents\b"
    r"|walkers\b|drivers\b|the public\b|members of the public\b|witnesses\b)",
    re.IGNORECASE,
)


# What a report expects: "Bridge Street is expected to reopen to traffic this evening",
# "the school is due to reopen on Monday", "the road will reopen at 6pm".
_EXPECTED = re.compile(
    r"\b(?:(?:is|are)\s+(?:expected|due|set|scheduled|likely|hoped)\s+to|will)\s+(?:be\s+)?"
    r"(?P<verb>[a-z]{3,})\b"
)
# A name a sentence gives: a capitalised word after its first ("Bridge Street"), not a
# day's or a month's.
_NAMED = re.compile(r"(?<=\s)[A-Z][\w'’-]+")
# How many days after a report a later one may say that what it expected happened: an
# expectation is of the next days (a topic's report a year on names the same people).
HAPPENED_WITHIN_DAYS = 7
_WORD = re.compile(r"[\w'’-]+")


def _names(text: str) -> set[str]:
    return {name for name in _NAMED.findall(text) if name not in CALENDAR_NAMES}


def _happened_since(
    sentences: Sequence[Sentence],
    documents: Sequence[Document],
    days: dict[str, datetime.date | None],
) -> list[Sentence]:
    """The sentences, those that expect what a report of a later day says happened marked
    outdated: "Bridge Street is expected to reopen to traffic this evening" (Thursday's)
    beside "Bridge Street reopened to traffic at 6pm on Thursday, and …" (Friday's) read
    as not yet so, and the reader took the newer report to contradict the bullet. Said
    so: the verb in the past tense ("reopened") in a sentence of a report up to
    HAPPENED_WITHIN_DAYS later that names all that the sentence names ("Bridge Street")
    and the next word of weight after the verb ("traffic")."""
    found = [(s, m) for s in sentences if (m := _EXPECTED.search(s.text))]
    dated = [(day, d) for d in documents if (day := days.get(d.id)) is not None]
    if not found or len({day for day, _ in dated}) < 2:
        return list(sentences)
    gone: set[int] = set()
    for sentence, match in found:
        day = days.get(sentence.doc_id)
        names = _names(sentence.text)
        if day is None or not names:
            continue
        # And what it is done to or where: the next word of weight ("reopen to traffic").
        after = next(
            (w for w in _WORD.findall(sentence.text[match.end() :]) if w.lower() not in STOP_WORDS),
            None,
        )
        if after is None:
            continue
        past = re.compile(rf"\b{_past_tense(match['verb'])}\b")
        if any(
            past.search(text) and names <= _names(" " + text) and after in text
            for later, document in dated
            if 0 < (later - day).days <= HAPPENED_WITHIN_DAYS
            for paragraph in document.paragraphs
            if past.search(paragraph)
            for text, _ in split_sentences(paragraph)
        ):
            gone.add(id(sentence))
    return [replace(s, outdated=True) if id(s) in gone else s for s in sentences]


def _past_tense(verb: str) -> str:
    """A regular verb's past tense as a pattern ("reopen" → "reopened", "close" → "closed",
    "stop" → "stopped")."""
    if verb.endswith("e"):
        return re.escape(verb) + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return re.escape(verb[:-1]) + "ied"
    return re.escape(verb) + f"(?:{re.escape(verb[-1])})?ed"


def tells_a_lasting_state(text: str) -> bool:
    """Whether the sentence gives a state that a later day may have ended (_LASTING: "the
    road is closed", "is still advising"), outside quotation marks."""
    return _says(_LASTING, text)


def _says(pattern: re.Pattern[str], text: str) -> bool:
    """Whether the text's own words, outside quotation marks, match `pattern` (looked for
    in the whole text first: most sentences match nowhere)."""
    return bool(pattern.search(text)) and bool(pattern.search(" ".join(outside_quotations(text))))


def outdated(
    sentences: Sequence[Sentence], documents: Sequence[Document], latest: frozenset[str]
) -> list[Sentence]:
    """The sentences, those of a report older than the newest (`latest`, see
    `newest_reports`) that give a state as lasting marked outdated, or, when a newest
    headline tells of a turn (_TURN), that say anything in the present or future tense
    (outside quotation marks); all as they are when the story is not developing. In any
    story, what a report expected that a newer one says happened is outdated too
    (`_happened_since`)."""
    days = {d.id: day_of(d.date) for d in documents}
    sentences = _happened_since(sentences, documents, days)
    if not latest:
        return list(sentences)
    newest = max((day for i in latest if (day := days.get(i)) is not None), default=None)
    if newest is None:
        return list(sentences)
    turned = any(_TURN.search(d.title) for d in documents if d.id in latest and d.has_headline)
    then = _AS_OF_THEN if turned else _LASTING
    return [
        replace(s, outdated=True)
        if (day := days.get(s.doc_id)) is not None and day < newest and _says(then, s.text)
        else s
        for s in sentences
    ]
