"""Which stories get a summary, in what order and with how many words; and the summaries.

Stories of reports come before stories of opinion; then stories are ordered by how many
independent reports carry them, then news before pages shaped as none, then the day's
news before undated stories and undated before older ones, then by their newest date.
The first --max-stories with two or more reports get a summary (single-report stories
only when no story has two), each at least MIN_STORY_WORDS and the rest of the budget
shared by reports (what a story leaves unused goes to the next); the others are listed
under "Also" by title.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from .dates import day_of
from .dedupe import overlap
from .developing import (
    latest_reports,
    newest_reports,
    outdated,
    reports_of_latest_day,
    tells_its_headline,
)
from .errors import InputError
from .models import BuildOptions, Claim, Document, Notice, Progress, Sentence, Story
from .opinion import opinion_story
from .rank import rank_sentences
from .segment import segment_document
from .select import (
    MAX_CLAIM_WORDS,
    MIN_CLAIM_WORDS,
    opens_on_news,
    select_by_concepts_coverage,
    select_by_rank,
)
from .stories import Group
from .titles import story_title
from .workers import MIN_STORIES, batch

# A summarised story gets at least this many words (a sentence or two); the rest of the
# budget goes to stories in proportion to their independent sources.
MIN_STORY_WORDS = 40
# The pairwise relations of a story are dense n×n matrices: 4,000 sentences keep a run
# under ~0.5 GB. Larger stories use the leading sentences of each article (news puts
# the facts first).
MAX_STORY_SENTENCES = 4000
# A story that repeats an earlier story's claim is summarised again without it, this many
# times at most (each round leaves out what the round before repeated).
REFILL_ROUNDS = 3


def summarise_stories(
    folder: Path, groups: Sequence[Group], options: BuildOptions, progress: Progress | None
) -> tuple[tuple[Story, ...], tuple[Story, ...], tuple[Notice, ...]]:
    """The summarised stories, the stories listed under "Also", and notes on what was cut."""
    # Summarising makes millions of short-lived objects, and each of Python's full
    # collections would walk every object made before it too (the documents, the
    # libraries, the caches) to find none garbage: a tenth of a single story's time.
    # Frozen, those are skipped until summarising ends; nothing else changes.
    gc.freeze()
    try:
        return _summarise_stories(folder, groups, options, progress)
    finally:
        gc.unfreeze()


def _summarise_stories(
    folder: Path, groups: Sequence[Group], options: BuildOptions, progress: Progress | None
) -> tuple[tuple[Story, ...], tuple[Story, ...], tuple[Notice, ...]]:
    warning = day_warnings(groups)
    ordered = order_stories(groups, warning)
    furniture = shared_across_stories(ordered)
    # Corroborated stories first; single-report ones only if no corroborated one yields
    # a summary (then the folder is all one-offs, and a briefing of them beats none). The
    # day's weather warning is summarised with the corroborated (an official warning
    # needs no second source to be acted on), first.
    corroborated = [k for k, g in enumerate(ordered) if g.reports >= 2]
    if corroborated:
        corroborated = [k for k, g in enumerate(ordered) if g.reports >= 2 or id(g) in warning]
    one_offs = [k for k, g in enumerate(ordered) if k not in corroborated]
    stories: list[Story] = []
    chosen: list[int] = []
    notices: tuple[Notice, ...] = ()
    # Every story's "Also" title, worked out by other processes while this one
    # summarises (a title is a few milliseconds, and a morning folder has hundreds of
    # stories): there, the few that get a summary are titled too, for no output of theirs.
    with batch(_listed, ordered, len(ordered), options.jobs, MIN_STORIES) as listed:
        for pool in (corroborated, one_offs):
            stories, chosen, cut = _summarise_pool(
                folder, ordered, pool, options, progress, furniture
            )
            notices += cut
            if stories:
                break
        if not stories:
            raise InputError(
                f"no usable sentences in {folder}: a briefing needs sentences of"
                f" {MIN_CLAIM_WORDS} to {MAX_CLAIM_WORDS} words that end like a sentence."
            )
        also = tuple(listed.where(lambda k: k not in chosen))
    return tuple(stories), also, notices


def _summarise_pool(
    folder: Path,
    ordered: Sequence[Group],
    pool: Sequence[int],
    options: BuildOptions,
    progress: Progress | None,
    furniture: frozenset[str] = frozenset(),
) -> tuple[list[Story], list[int], tuple[Notice, ...]]:
    """Summaries for the first stories of `pool` (positions in `ordered`) that have any."""
    slots = min(options.max_stories, len(pool), max(1, options.words // MIN_STORY_WORDS))
    budgets = word_budgets([ordered[k].reports for k in pool[:slots]], options.words)
    stories: list[Story] = []
    chosen: list[int] = []
    notices: tuple[Notice, ...] = ()
    waiting = iter(pool)
    said: list[Sentence] = []  # the claims of the stories before

    def next_story(words: int) -> Story | None:
        """The next story of the pool with a sentence that can be shown within `words`
        (one with none gives its place to the next), added to the briefing; None when
        the pool has no more."""
        nonlocal notices
        for k in waiting:
            if progress:
                progress("summarising", len(stories), max(len(budgets), len(stories) + 1))
            story, notice = _summarise_anew(
                folder, ordered[k], words, options.algorithm, furniture, said
            )
            notices += notice
            if story is not None:
                said.extend(c.sentence for c in story.claims)
                stories.append(story)
                chosen.append(k)
                return story
        return None

    spare = 0  # words a story left unused: the next one may use them
    for budget in budgets:
        if (story := next_story(budget + spare)) is not None:
            spare = max(0, budget + spare - _words(story))
    # A story with fewer sentences to show than its share leaves words that no story
    # after it takes. While there is room for a story's minimum, the next story gets them
    # (more news); then the stories already chosen are offered them, first first.
    while spare >= MIN_STORY_WORDS and len(stories) < options.max_stories:
        if (story := next_story(spare)) is None:
            break
        spare -= _words(story)
    if spare >= MIN_CLAIM_WORDS:
        stories = _lengthened(folder, ordered, chosen, stories, spare, options, furniture)
    if progress and budgets:
        progress("summarising", len(stories), max(len(budgets), len(stories)))
    return stories, chosen, notices


def _lengthened(
    folder: Path,
    ordered: Sequence[Group],
    chosen: Sequence[int],
    stories: list[Story],
    spare: int,
    options: BuildOptions,
    furniture: frozenset[str],
) -> list[Story]:
    """The stories, each in turn summarised again with the words left over added to
    its own, while at least a short sentence's worth is left; a longer summary is kept
    only if it says nothing another story says and uses more words."""
    stories = list(stories)
    for n, k in enumerate(chosen):
        if spare < MIN_CLAIM_WORDS:
            break
        used = _words(stories[n])
        others = [c.sentence for m, s in enumerate(stories) if m != n for c in s.claims]
        longer, _ = _summarise_anew(
            folder, ordered[k], used + spare, options.algorithm, furniture, others
        )
        if longer is not None and (more := _words(longer) - used) > 0:
            spare -= more
            stories[n] = longer
    return stories


def _words(story: Story) -> int:
    return sum(len(c.text.split()) for c in story.claims)


def _summarise_anew(
    folder: Path,
    group: Group,
    words: int,
    algorithm: str,
    furniture: frozenset[str],
    said: Sequence[Sentence],
) -> tuple[Story | None, tuple[Notice, ...]]:
    """`summarise`, saying nothing an earlier story of the briefing (`said`) said: the
    claims it repeats are left out and the story summarised again without them, so that
    its words go to what is new (REFILL_ROUNDS at most; then the repeats are only dropped)."""
    story, notices = summarise(folder, group, words, algorithm, furniture)
    left_out: frozenset[str] = frozenset()
    for _ in range(REFILL_ROUNDS):
        if story is None or (fresh := new_to_reader(story, said)) is story:
            return story, notices
        kept = {c.text for c in fresh.claims} if fresh is not None else set()
        left_out |= {c.text for c in story.claims} - kept
        story, _ = summarise(folder, group, words, algorithm, furniture, left_out)
    return new_to_reader(story, said), notices


def new_to_reader(story: Story | None, said: Sequence[Sentence]) -> Story | None:
    """The story without the claims an earlier story of the briefing already made (the
    same fact, by dedupe's redundancy): a follow-up report retells the first one's news
    as background. None when nothing of it is new (or no story)."""
    if story is None or not said:
        return story
    mine = [c.sentence for c in story.claims]
    # Each document its own index: sentences of two stories never read as neighbours.
    index: dict[str, int] = {}
    pool = [replace(s, doc_index=index.setdefault(s.doc_id, len(index))) for s in (*said, *mine)]
    repeated = overlap(pool).redundant[len(said) :, : len(said)].any(axis=1)
    if not repeated.any():
        return story
    claims = tuple(c for c, again in zip(story.claims, repeated, strict=True) if not again)
    return replace(story, claims=claims) if claims else None


def shared_across_stories(groups: Sequence[Group]) -> frozenset[str]:
    """Paragraphs that stand word for word in articles of two stories or more.

    Two reports of different events do not share a paragraph; a site's or a wire's
    furniture does (an appeal for money, a funding note, a sign-up box), in words no shape
    rule of cleaning knows. Within one story it would be "reported by" every page that
    carries it; across stories it shows for what it is.
    """
    story_of: dict[str, int] = {}
    shared = set()
    for k, group in enumerate(groups):
        for document in group.documents:
            for paragraph in document.paragraphs:
                if story_of.setdefault(paragraph, k) != k:
                    shared.add(paragraph)
    return frozenset(shared)


def order_stories(groups: Sequence[Group], warning: set[int] | None = None) -> list[Group]:
    """Stories of reports before stories of opinion (columns, op-eds, reviews:
    brief.opinion), however many articles argue: a reader opens a briefing for the news,
    and four reviews of a film are no bigger news than two reports of a fire. Then the
    day's weather warnings (`day_warnings`, or the `id`s in `warning` when the caller
    has them): what a reader must act on this morning. Then by
    independent reports, then news before pages that are none (a recipe, an advice
    column), then the day's news (dated within RECENT_DAYS of the folder's
    newest date), then undated stories, then older ones; then newest date, then size,
    then folder order.

    An undated story goes before an older dated one: a page saved without a date is as
    likely this morning's as not, while a story dated days before the rest is old news
    (a folder's archive pages, yesterday's leftovers)."""

    days = {id(g): _newest_date(g) for g in groups}  # ISO dates sort as strings
    latest = max(days.values(), default="")

    def age(group: Group) -> int:
        day = days[id(group)]
        if not day:
            return 1
        return 0 if _days_between(day, latest) <= RECENT_DAYS else 2

    # Stable sorts, least important key first (`groups` come in folder order).
    ordered = sorted(groups, key=lambda g: -len(g.documents))
    ordered.sort(key=lambda g: days[id(g)], reverse=True)
    ordered.sort(key=age)
    ordered.sort(key=lambda g: g.news, reverse=True)
    ordered.sort(key=lambda g: g.reports, reverse=True)
    if warning is None:
        warning = day_warnings(groups)
    ordered.sort(key=lambda g: id(g) not in warning)
    ordered.sort(key=lambda g: opinion_story(g.documents))
    return ordered


def day_warnings(groups: Sequence[Group]) -> set[int]:
    """The `id` of each story whose newest day is the folder's day's news (see
    `order_stories`) and whose headline of that day is a weather warning's (`warns`)."""
    days = {id(g): _newest_date(g) for g in groups}
    latest = max(days.values(), default="")
    return {
        id(g)
        for g in groups
        if (day := days[id(g)])
        and _days_between(day, latest) <= RECENT_DAYS
        and warns(g.documents, day)
    }


def _newest_date(group: Group) -> str:
    """The group's newest ISO date ("" if none)."""
    return max((d for doc in group.documents if _ISO_DATE.match(d := doc.date or "")), default="")


# A weather warning's headline: "Yellow warning for snow and ice across the Dales", "Amber
# rain warning for Harrowmoor", "Winter storm watch issued for Corliss County", and the
# U.S. Weather Service's advisories ("Winter Weather Advisory for Corliss County Friday
# night", "Dense fog advisory": it was listed under Also). Three
# readings of the regional folders found each county's warning for the day last, under
# Also, below four-source stories ("snow from 6pm tonight", "schools to check for closures
# before 7.30"). A "police warning over scam calls" or "fire chiefs' winter warning" is
# news, not weather.
_WEATHER_WARNING = re.compile(
    r"\b(?:(?:yellow|amber|red|orange)\s+(?:weather\s+)?(?:warning|alert)"
    r"|(?:weather|snow|ice|wind|rain|flood|fog|storm|winter storm|blizzard|tornado|hurricane"
    r"|heat|frost|gale|thunderstorm|wind chill|freezing rain)"
    r"\s+(?:warnings?|watch(?:es)?|alerts?|advisor(?:y|ies))"
    # "… warning for heavy rain", and the forecaster as the one who warns: "Bureau warns of
    # damaging winds and snow to 600 metres on Friday" (listed under Also).
    r"|warn(?:s|ings?)?\s+(?:for|of)\s+(?:(?:heavy|strong|high|damaging|destructive|severe)\s+)?"
    r"(?:snow|ice|rain|winds?"
    r"|gales?|fog|flooding|storms?|frost|heat))\b",
    re.IGNORECASE,
)


def warns(documents: Sequence[Document], newest: str) -> bool:
    """Whether a headline of the story's newest day (`newest`, ISO) is a weather warning's:
    a story whose warning was days ago (the flood it warned of, its clean-up) is none."""
    return any(
        _WEATHER_WARNING.search(d.title)
        for d in documents
        if d.has_headline and (d.date or "")[:10] == newest[:10]
    )


# Stories dated this many days before a folder's newest date are still the day's news (a
# report from late yesterday is this morning's); older ones go after the undated.
RECENT_DAYS = 1


def _days_between(earlier: str, later: str) -> int:
    first, last = day_of(earlier[:10]), day_of(later[:10])
    # Not a calendar day (a library caller's Document): not old news.
    return (last - first).days if first and last else 0


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
    group: Group,
    words: int,
    algorithm: str,
    furniture: frozenset[str] = frozenset(),
    left_out: frozenset[str] = frozenset(),
) -> tuple[Story | None, tuple[Notice, ...]]:
    """One story's claims within `words`, never from a paragraph of `furniture` (see
    `shared_across_stories`) nor a sentence of `left_out`; None when no sentence of it
    can be shown."""
    documents, report_of = group.documents, group.report_of()
    # Copies of a report add nothing to choose from, only citations: the solver sees the
    # first copy's sentences, and the others are cited where they carry a claim verbatim.
    originals = [d for d in documents if report_of[d.id] == d.id]
    if furniture:
        originals = [
            replace(d, paragraphs=tuple(p for p in d.paragraphs if p not in furniture))
            if furniture.intersection(d.paragraphs)
            else d
            for d in originals
        ]
    sentences = tuple(
        s
        for index, d in enumerate(originals)
        for s in segment_document(d, index)
        if s.text not in left_out
    )
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
    # An opinion piece's lines (brief.opinion) are no news story's bullets while a report
    # of the story has bullets to give; it may still be cited where it carries a claim.
    # A story of opinion (opinion_story) is summarised from them, and marked (rendering).
    unshown = (
        frozenset() if opinion_story(originals) else frozenset(d.id for d in originals if d.opinion)
    )
    days = [day_of(d.date) for d in originals]  # a story of several days is told in order
    # A developing story opens on its newest report (brief.developing), or on one of the
    # same text (the solver sees the first copy), when that report's lede tells what its
    # headline says: a feature's opening anecdote is no lead.
    found = newest_reports(documents)
    latest = found.latest
    sentences = outdated(sentences, documents, latest)
    newest = _telling_ledes(sentences, originals, {report_of[i] for i in latest})
    if latest and not newest:
        # The newest reports are features that open on a scene ("Walter Kimbrell has
        # hunted the ridge for 40 years", under "How searchers found Walter Kimbrell"):
        # the news they follow up is in the newest report before them that opens on it
        # ("… was found alive Thursday morning"), or, when the reports before it are of
        # one day, in that day's ("Grandson pulls woman from kitchen fire", opening on his
        # coming over to help with the turkey, the day after the fire's reports). The
        # feature still gives the title.
        rest = [d for d in documents if d.id not in latest]
        before = newest_reports(rest).latest or reports_of_latest_day(rest)
        newest = _telling_ledes(sentences, originals, {report_of[i] for i in before})
    # A report that a later one of its day supersedes is not quoted, nor a copy of it;
    # only when the later one opens on news (an events listing of the same evening, taken
    # into the story, left the flood's cost unsaid).
    if newest and opens_on_news(sentences, unshown, newest):
        unshown |= {report_of[i] for i in found.superseded}
    claims: tuple[Claim, ...]
    if algorithm == "concepts":
        claims = select_by_concepts_coverage(
            sentences, relation, words, report_of, unshown, days, newest
        )
    else:
        scores = rank_sentences(sentences, algorithm)
        claims = select_by_rank(
            sentences, scores, relation, words, report_of, unshown, days, newest
        )
    if not claims:
        return None, notices
    if len(originals) < len(documents):
        claims = cite_copies(claims, sentences, relation.supports, group)
    # A developing story's title is the headline of the newest report its first bullet
    # opens (the title and the lede a day-two report gives its news), else the newest
    # reports' (one that opens on an anecdote, or on a newsletter's "Good morning.", still
    # has the headline that says where the story stands).
    opening = claims[0].sentence.doc_id
    titled = frozenset(i for i in latest if report_of[i] == opening) or latest
    title = story_title(*_reports_first(group), tuple(c.text for c in claims), titled)
    story = Story(title, tuple(d.id for d in documents), claims, group.reports, page=group.page)
    return story, notices


def _telling_ledes(
    sentences: Sequence[Sentence], originals: Sequence[Document], reports: set[str]
) -> frozenset[int]:
    """The documents among `reports` whose lede tells what their headline says."""
    return frozenset(
        s.doc_index
        for s in sentences
        if s.position == 0
        and originals[s.doc_index].id in reports
        and tells_its_headline(s, originals[s.doc_index])
    )


def cite_copies(
    claims: Sequence[Claim], sentences: Sequence[Sentence], supports: np.ndarray, group: Group
) -> tuple[Claim, ...]:
    """Each claim with the copies that hold, verbatim, a sentence that carries it."""
    position = {s: i for i, s in enumerate(sentences)}
    order = {d.id: n for n, d in enumerate(group.documents)}
    copies: dict[str, list[str]] = {}
    for document, original in zip(group.documents, group.originals, strict=True):
        if original != document.id:
            copies.setdefault(original, []).append(document.id)
    paragraphs = {d.id: d.paragraphs for d in group.documents}
    texts = {c: "\n".join(paragraphs[c]) for found in copies.values() for c in found}
    cited = []
    for claim in claims:
        carrying: dict[str, list[str]] = {}
        for j in np.flatnonzero(supports[position[claim.sentence]]):
            carrying.setdefault(sentences[j].doc_id, []).append(sentences[j].text)
        extra = [
            copy
            for original, said in carrying.items()
            for copy in copies.get(original, ())
            if any(text in texts[copy] for text in said)
        ]
        sources = tuple(sorted({*claim.sources, *extra}, key=order.__getitem__))
        cited.append(replace(claim, sources=sources))
    return tuple(cited)


def _listed(groups: Sequence[Group], k: int) -> Story:
    return listed_story(groups[k])


def listed_story(group: Group) -> Story:
    """A story without a summary, titled as a summarised one would be."""
    title = story_title(*_reports_first(group), latest=latest_reports(group.documents))
    ids = tuple(d.id for d in group.documents)
    return Story(title, ids, (), group.reports, group.agency, group.page)


def _reports_first(group: Group) -> tuple[tuple[Document, ...], tuple[int, ...]]:
    """The documents a story's title is taken from, and their order (most typical first):
    its reports when it has any besides opinion pieces, whose headline argues ("Why the
    new levy must go") where a report's says what happened; else all of them."""
    documents, typical = group.documents, group.typical
    if opinion_story(documents) or not any(d.opinion for d in documents):
        return documents, typical
    kept = [k for k, d in enumerate(documents) if d.opinion is None]
    position = {k: n for n, k in enumerate(kept)}
    return tuple(documents[k] for k in kept), tuple(position[k] for k in typical if k in position)


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
