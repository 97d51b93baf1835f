"""Group a folder's documents into stories (events), and find copies of one report.

Two documents report the same story when their *rarity-weighted* cosine is high: every
content word counts by how unusual it is in English at large (wordfreq's frequency
lists, shipped in that package), not by how common it is in this folder. "Said",
"government" or "police" weigh little, "Kalashnikov", "Aberdeen" or "chloroquine" a lot,
and the weights are the same in a folder of five articles and one of ten thousand, so one
absolute threshold decides. Stories are then formed by average link: two groups merge
only while the mean similarity over *every* pair of their documents stays at or above
SAME_STORY, so a chain of look-alikes cannot pull unrelated articles together, and an
article that matches nothing stays a story of its own. A first pass knows only the pairs
it compared (others count 0); a second measures groups exactly (the mean cosine of two
groups is the product of their summed unit vectors over both sizes), so a story of
hundreds of articles, of which each was compared with at most NEIGHBOURS, stays whole.

Two articles also need more evidence when their places do not overlap: a reporter's
dateline and the countries, U.S. states and cities an article names (brief.places) tell one
organisation's election observers in Bolivia from its observers in Kenya, or a smoking ban in
California from one in Italy, which share the subject's rare words but are two events. The
penalty, PLACE_PENALTY × (1 − the overlap of the two place vectors), scaled by how sure each
article is of its places, is linear in each article's place vector, so average link still
measures groups exactly (exact_average_link). PLACE_PENALTY has its fit beside it.
The towns of a regional folder, which no gazetteer holds, count the same way with
LOCAL_PENALTY: the words its documents name as places ("in Talbrook", "near Much Wenlock")
that English does not use as ordinary words (`placed_names`, `local_places`).

Dates, when both articles have one (what the file declares, else a day in its name), are
evidence the same way: two articles more than DATE_WINDOW days apart need more similarity,
and from twice that on they are never one story on their words alone (the 1996 session of a
conference and its 1997 session; a reunion and a profile a year later). For groups, what
counts is the gap in coverage between them (the fewest days between a day of one and a day
of the other), not how far apart their articles are on average: an event reported every
few days for six weeks (a sinking, the rescue, the salvage) is one story, two bursts of
reports a month apart with nothing between are two. The first pass, which knows only
pairs, uses each pair's own distance (never less than its groups' gap: it can only keep
apart what the exact pass may join); exact_average_link measures the gaps of groups. A
folder whose dated articles all lie within DATE_WINDOW (a day's or a week's news) is
grouped as if it had no dates, and so is every undated article.

A regional paper's morning sets most of its items in its county's few towns, whose names
wordfreq does not know and so weighs as the rarest words there are: a lifeboat rescue, a
pub's closure and a council vote in one town were one "story" for the names they share.
A place English barely knows that a quarter of the folder's articles (five at least)
name, and several name as a place ("in Saltinge"), is the folder's home, not what
happened: it weighs a tenth (`home_places`). A place only some articles name, the town
of one fire, counts in full; in a folder of one event the event's town is everywhere,
and its reports still share everything else.

Why not more: on the dev data, headline overlap, shared named entities and shared rare
terms add little a logistic model can use beyond this cosine (average precision of
same-event pairs on DUC / Multi-News: 0.79 / 0.71 alone, 0.81 / 0.73 with them when fit on
DUC, and worse than alone on DUC when fit on Multi-News), and folder-relative tricks (a
latent space sized to the folder, shared nearest neighbours) merged unrelated one-offs in
small folders (benchmarks/RESULTS.md "Story grouping" has the measurements). A page that
is not news (a recipe, a product page, a forum thread, told by its shape) joins no story
but its own copies.

Comparing every pair is n²: candidates are the pairs that share one of their
SIGNATURE_TERMS heaviest terms, at most NEIGHBOURS per document, and only their exact
cosine is computed (a few rows at a time, against just their candidates); memory and time
grow with the candidate pairs, not with n².

Within each story, a document whose cosine with an earlier one reaches NEAR_IDENTICAL and
that shares a good part of its sentences with it word for word (same_text), or that is less
close but shares most of them (a longer version), or has the same bytes, is a copy of
that report; a file's name is no part of what it says. The documents are
ranked by how typical they are (summed similarity to the rest), for titles.
"""

from __future__ import annotations

import itertools
import re
from array import array
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import sparse

from .clean import ends_sentence, single_spaced
from .dates import CALENDAR_NAMES, day_of
from .frequency import zipf_frequencies, zipf_frequency
from .models import Document
from .places import known_name, place_counts, place_weights
from .readers.declared import declares_news
from .terms import STOP_WORDS, stem
from .vectors import normalize_rows
from .workers import MIN_FILES, batch

# Mean similarity two groups of documents need to be one story. Fit on Multi-News dev:
# 0.20 and 0.21 both keep pairwise precision >= 0.97 on every folder there and leave
# >= 95 % of one-off articles alone, with the same ARI (0.876 / 0.873); 0.21 is the more
# precise (1.000 / 0.992), and a false merge is the worst error. Confirmed on DUC 2006
# (benchmarks/stories.py prints both; benchmarks/RESULTS.md has the sweep).
SAME_STORY = 0.21
# What a pair's cosine must still be without the term that gives most of it (see
# `top_shared_term`). Fit on a made-up regional folder (44 files: 7 events, 15 one-offs,
# 5 pages that are not news; benchmarks/RESULTS.md): every pair there that one word joins
# is below 0.16 without it (0.007–0.14), and no pair of one event is. On the dev sets it
# costs a little recall (Multi-News every article ARI 0.831 -> 0.818, DUC 2006 0.507 ->
# 0.504). A second made-up regional folder, written after the fit, loses no precision
# (0.070 -> 0.082) and shows what leaving one term out cannot fix: items that share three
# to five local names.
BEYOND_ONE_TERM = 0.16
# A folder's home (`home_places`): a place named by at least this share of its documents,
# and this many, whose name English barely knows (wordfreq's Zipf frequency at most this),
# weighs HOME_WEIGHT of its rarity. Fit on the made-up Fallowmere folder (pairwise
# precision 0.109 -> 0.471, recall 1.0; weights 0 / 0.1 / 0.3 / 0.5 give 0.53 / 0.47 /
# 0.40 / 0.36 at the Zipf bound of then, 2.0); checked on Wendshire (0.740 -> 0.755), on
# two counties written after it (Corliss 0.226 -> 0.393, Dromcarra 0.111 -> 0.778), and on every dev
# cluster briefed alone, where it must not split one event: DUC 2006's 50 topics and
# Multi-News's 100 give the same stories. One article's "in EgyptAir" made an airline a
# place (HOME_PLACED_BY).
# The Zipf bound was 2.0, below every made-up name (0) but also below most real market
# towns, so on a real county's folder the rule never fired: wordfreq gives Whitby 2.9,
# Stroud 2.9, Truro 2.8, Penzance 2.6, Skipton 2.4, Ballina 2.3, Keokuk 2.3 and Ottumwa
# 2.2, and ten unrelated items set in Whitby and Skipton were one story. 3.0 (one use in a
# million words) takes them in and leaves out cities and counties (Cheltenham 3.3, Galway
# 3.2, Cornwall 3.8, Beijing 4.1). A name that rare can also be a story's own place (150
# reports from Kisumu and Mombasa beside 150 from La Paz and El Alto): a home is a place
# whose documents, without the folder's candidate places, are no story on average (their
# mean cosine is below SAME_STORY; `_alike_without`). Measured, not fit: of the
# benchmarks/stories.py rows only Corliss moves (pairwise precision 0.457 -> 0.711: its
# county and its main town, as real surnames, are at 2.5 and 2.3); DUC 2006's topics and
# Multi-News's events briefed alone give the same 851 and 137 stories; 3.5 gains nothing.
HOME_SHARE = 0.25
HOME_DOCUMENTS = 5
HOME_ZIPF = 3.0
HOME_PLACED_BY = 2
HOME_WEIGHT = 0.1
# The folder's own places (the towns its articles name as places, `placed_names`) weigh
# this share of what their rarity gives them. A regional folder's small towns are words
# English barely knows, so each weighed as the rarest of names: a town's crash and the
# roadworks planned on its road next week, a newsletter's two items of one village,
# shared the town and little else and were one story (the town gave 0.34 of a cosine of
# 0.48). Where something happened is one attribute of an event; what happened, who and
# when are the rest, and a town weighs now as a common word of the story does. Fit on the
# eight regional folders (RESULTS.md "Twenty-third session"): mean pairwise precision
# 0.945 at 1, 0.949 at 0.7, 0.968 at 0.5, 0.982 at 0.3 and 0.2; recall as at 1 but
# Fife's first short radio report of a crash, left alone from 0.5. Multi-News, one
# happening per event, is the same on every row from 1 to 0.2; DUC 2006's topics a
# little less one (every article ARI 0.483 -> 0.478). Held out, a ninth county written
# afterwards (Cumbria, RESULTS.md "Twenty-fourth session"): 0.606 at 1, 0.889 at 0.3,
# recall 1.000 at both.
PLACE_TERM_WEIGHT = 0.3
# An official's name (`_OFFICIAL`: "Mayor Alison Trethewey", "Cllr Harriet Quennell", "RCMP
# spokesperson Cpl. Renée Fougère"), when two of the folder's documents introduce it so,
# weighs this share of what its rarity gives it. Who speaks for a county's council or its
# police is quoted on many of its events: the council's budget and its bin collections, a
# masterplan and a phone tower refused at the same meeting, a highway's closure and its
# resurfacing tender (the warden and the ministry's spokesperson in both) shared their
# officials and little else, and were one story. Who was quoted is not what happened; the
# protagonist of an event (the missing walker, the man charged) holds no office. Set to
# the places' weight, not fit (RESULTS.md "Twenty-seventh session" has the sweep).
OFFICIAL_WEIGHT = 0.3
# Pairs below this cosine are not kept as candidates: the first pass counts them 0 (which
# can only keep groups apart), the exact second pass counts them as they are. 0.05 and 0.1
# give the same stories on every dev folder and at 10,000 articles; 0.1 keeps 29 % fewer
# pairs (memory), 0.15 starts to change them.
CANDIDATE = 0.1
# Candidate pairs come from each document's heaviest terms, and each document keeps at
# most this many neighbours: a story larger than that is still found through its members'
# neighbours, and memory stays linear in the folder's size.
SIGNATURE_TERMS = 30
NEIGHBOURS = 100
# A term among the heaviest of more documents than this (a name in every article of a
# huge story) finds no candidates by itself: the pairs it would add are found through
# their other terms, and without the cap the cost would grow with the square of its count.
MAX_POSTINGS = 1000
# Two articles sure of their places, with no place in common (one names only Texas, the
# other only Georgia), need this much more similarity to be one story; places that overlap
# in part, in part (PLACE_PENALTY × (sure_i·sure_j − places_i·places_j)). Fit on the rows
# of benchmarks/stories.py: the smallest value that keeps pairwise precision >= 0.97 on
# every DUC 2006 row is 0.09 (0.08 leaves a prison report of one state and an execution
# report of another in one story); on Multi-News it is 0.07, and every Multi-News row is
# the same from 0.07 to 0.1 (0.12 starts to split its events). 0.1 holds on both sets;
# a logistic fit on the labelled candidate pairs (cosine and place disjointness) weighs it
# 0.016 (DUC) and 0.043 (Multi-News), but a likelihood counts a false merge no worse than
# a missed one, which brief does not. benchmarks/RESULTS.md has the sweep.
PLACE_PENALTY = 0.1
# Two articles sure of the towns or districts they name, none in common, need this much
# more similarity to be one story; towns that overlap in part, in part (as PLACE_PENALTY
# counts countries, and counted as `_places` counts them: title and first paragraph twice).
# A house fire in one town and one in the next, a county's two school boards, share the
# county's words (its fire service, "council", its leader); each report names its own town
# again and again. The gazetteer (brief.places) knows countries, states and large cities,
# not a regional paper's towns: these are the places the folder itself names
# (`placed_names`). Fit on six regional folders of benchmarks/regional (pairwise
# precision, RESULTS.md "Twenty-first session"): from 0.15 Wendshire's two warehouse fires
# part (0.755 -> 1.0); the folders' mean precision is 0.714 at 0, 0.800 at 0.15 (0.790 at 0.2),
# and from 0.25 Harrowmoor's developing flood falls apart (recall 0.889). Multi-News, whose
# events are one happening each, is the check that one event's reports stay together:
# every row the same from 0 to 0.3. DUC 2006's topics (a virus's spread through many
# towns, two school districts' measures) are split more: every article ARI 0.505 -> 0.483.
# A seventh county written after the fit (County Durham's real towns): 0.571 -> 0.759.
LOCAL_PENALTY = 0.15
# Two articles with headlines need up to this much more similarity the less each
# headline's words are at the other's top (`headline_disagreement`). One town's items
# share its places, its council and its leader, and a story of one may recall another
# ("not connected with Tuesday's crash on the same stretch"); what each headline says
# happened is what sets them apart. Two reports of one event say it at the top, in their
# own words: of the regional folders' true pairs, 94 % of headlines share a word, against
# 42 % of the false pairs their words would join. The dev data cannot fit it (its files
# carry no headlines: every dev row of benchmarks/stories.py is the same at any value).
# Fit on seven regional folders (RESULTS.md "Twenty-second session"): mean pairwise
# precision 0.796 at 0, 0.931 at 0.1, 0.960 at 0.15, 0.960 at 0.2; recall 1.0 at 0,
# Durham 0.909 and Harrowmoor 0.889 from 0.1 (a follow-up's new angle, "South Moor
# rallies round family"), Durham 0.841 at 0.2. A missed merge costs a little
# corroboration, a false one the story. An eighth county written after the fit (Fife):
# 0.840 at 0 and at 0.15, recall 1.0 (its two false merges name each other's event).
HEADLINE_PENALTY = 0.15
# A word English uses this often or more (Zipf) is a part of a place's name, not the place:
# "in Humboldt County", "near Bishop Auckland", "in Kansas City" (county 5.2, city 5.6,
# castle 4.5, bishop 4.4). Below it: every town we looked up (Stanley 4.2, Hull 4.1,
# Durham 3.8, Shrewsbury 3.1, Spennymoor 1.5), and no common word.
PLACE_WORD_ZIPF = 4.5
# Two articles dated more than DATE_WINDOW days apart, or two groups with a longer gap in
# their coverage, need more similarity to be one story: DATE_PENALTY × (gap − DATE_WINDOW)
# / DATE_WINDOW, all of DATE_PENALTY from twice the window on. Chosen from what news is,
# not fit: coverage of one happening "spreads widely and then fades over time scales on the
# order of days" (Leskovec, Backstrom and Kleinberg, "Meme-tracking and the dynamics of the
# news cycle", KDD 2009), and one that develops (a trial, a storm and its aftermath, a
# summit prepared and held) is followed for a week or two at a time. A weekly folder must
# never be split by its dates: its articles are up to 7 days apart, 8 when a name carries
# the day a page was saved rather than published; two weeks holds that with room. After
# four weeks without a report, the same words are the topic's next event (the conference's
# next session, the anniversary, a verdict months after a trial's opening); while reports
# keep coming, the event goes on. The dev data cannot choose it: DUC 2006's "events" are
# topics spanning a median 900 days, whose labels would reward never splitting, and
# Multi-News files carry no dates.
DATE_WINDOW = 14
# The most a cosine can be: two reports, or two groups of reports, four weeks or more apart
# with nothing reported between are never one story on their own, however alike (the same
# wire story re-run a year on is a new report of an old event). In a group's mean it counts
# once per pair of dated articles, in full disagreement, so undated articles that bridge
# two dated ones can still keep them in one story, as when no dates were known.
DATE_PENALTY = 1.0
# How sure a document's places are: mentions / PLACE_MENTIONS, at most 1 (title and lead
# count twice). Two passing mentions ("a French company") say little about where the event
# is; a report that names its city and country again and again says it.
PLACE_MENTIONS = 6.0
# Exact cosines are computed for this many documents at a time (a speed setting only).
EXACT_ROWS = 16
# ... and the gaps in coverage between groups for this many pairs of groups at a time.
GAP_PAIRS = 4096
# Two documents this close are one report under two names (a wire copy): both are cited,
# but they count once when sources are counted.
NEAR_IDENTICAL = 0.9
# ... and this share of the shorter one's sentences are the other's word for word (see
# same_text): a copy edited by the outlet that ran it (its lead rewritten, a paragraph
# added or cut, "U.S." for "US" here and there) keeps a good part of the agency's
# sentences; two outlets' own reports of one event share one sentence at most (a quote).
COPY_SENTENCES = 0.25
# A longer version of a report (the article run again with paragraphs added, an agency's
# copy inside a longer piece) is further from it than NEAR_IDENTICAL. From this close on,
# a document is a copy of another when CONTAINED_SENTENCES of the shorter one's sentences
# are the other's word for word: in the dev data such pairs hold 50-98 % (an article of
# 35 paragraphs inside one of 66 is at cosine 0.82); two reports of their own, at most one.
NEAR_VERSION = 0.5
CONTAINED_SENTENCES = 0.5
# ... and at least this many of them: two short reports of their own may share their one
# quoted sentence out of two.
CONTAINED_AT_LEAST = 3
# Where a sentence ends, for same_text: the white space after a full stop, ! or ? (no
# abbreviation handling needed: both sides are cut the same way).
_SENTENCE_ENDS = ".!?"
# A word's weight: how far its Zipf frequency (log10 of uses per billion words) is below
# this. Zipf 7 is "the"; "said" is 6, "hurricane" 4.1, "Kalashnikov" 2.4, unknown words 0.
COMMON_ZIPF = 7.0
# A road's number as a token (lower case): "a458", "b4380", "m5", "i-80", "us-50".
_ROAD = re.compile(r"[abm]\d{1,4}|(?:i|us|sr)-\d{1,3}")
# Abbreviated titles before a name say what a person is, not what happened, and these are
# rare enough in English at large to weigh like a name: "Cllr" (Zipf 2.7) stood in every
# council item of a county paper and tied a bin collection, a consultation and a flood
# scheme together. Without them Fallowmere's pairwise precision is 0.593 (0.471 with);
# DUC 2006 every article 0.504 -> 0.505 ARI, every other row of benchmarks/stories.py the
# same. Common titles (Mr, Dr, Sen., Gov., Zipf 4 and more) already weigh little; leaving
# them out too cost DUC recall (0.504 -> 0.503). The person's name is still a term, and
# only grouping leaves the titles out: a summary's sentences keep their words.
TITLES_OF_ADDRESS = frozenset({"cllr", "cllrs", "insp", "supt", "det", "sgt"})
_TOKEN = re.compile(r"\b[^\W\d_][\w'-]+\b")
# A place as running text names it: a preposition of place and up to three capitalised
# words, not a possessive ("in Elian's best interest" names no place).
_PLACED = re.compile(
    r"\b(?:in|near|outside|across|around)\s+((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\b(?!['’])"
)
# An official as running text introduces one: an office of a county's council or police,
# or a spokesperson's, then the name ("Mayor Alison Trethewey", "council leader Cllr
# Harriet Quennell", "RCMP spokesperson Cpl. Renée Fougère", "Sgt Cantwell"). The offices
# are plain words, with no \b before them (checked after a match, `_officials`): so the
# expression scans a text eight times as fast (0.08 s against 0.63 s over the dev sets).
_OFFICIAL = re.compile(
    r"(?:Mayor|Cllrs?|Councillor|Coun|Warden|Alderman|Reeve|Provost|spokesperson|spokesman"
    r"|spokeswoman|Cpl|Corporal|Sgt|Sergeant|Insp|Inspector|Supt|Superintendent|Const"
    r"|Constable)\.?\s+((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)"
)
_NAME_WORD = re.compile(r"[^\W\d_][\w-]+")
_CAPITALISED = re.compile(r"\b[A-Z][\w-]+")
# Days, months and feasts: when something happens, not where ("in May", "over Christmas").
_WHEN = CALENDAR_NAMES | {"Christmas", "Easter"}
# Marks that are never part of a _TOKEN and only ever stand next to one (never ' or -):
# a run of non-spaces that is letters once they are stripped is one token (see
# _token_counts).
_EDGE_MARKS = '.,;:!?"()[]{}“”‘’«»…/*&%$#@<>=+|\\~^`'
_ASCII_MARKS = "".join(mark for mark in _EDGE_MARKS if mark.isascii()).encode()
_ASCII_MARKS_AS_SPACES = bytes.maketrans(_ASCII_MARKS, b" " * len(_ASCII_MARKS))


@dataclass(frozen=True, slots=True)
class Group:
    """The documents of one story, as grouping found them (before any summary)."""

    documents: tuple[Document, ...]  # in load order
    originals: tuple[str, ...]  # per document: the id of the first copy of its report
    typical: tuple[int, ...]  # positions in `documents`, most typical first
    # What its one page is when that is a news service's own (its list of stories, its
    # note to clients, its almanac): no story to list (brief.rendering). None for news.
    agency: str | None = None
    # False for a page shaped as no news report (a recipe, a shop, a forum, an advice
    # column): briefed alone, after the news (brief.summaries.order_stories).
    news: bool = True
    # What that page is, for its reader ("Menu", "Job advert": _PAGE_NAMES); None for news.
    page: str | None = None

    @property
    def reports(self) -> int:
        """Independent reports: copies of one report count once (the one place they are)."""
        return len(set(self.originals))

    def report_of(self) -> dict[str, str]:
        """Document id -> id of the first copy of its report."""
        return {d.id: o for d, o in zip(self.documents, self.originals, strict=True)}


class _Numbering(dict[str, int]):
    """Numbers keys in the order they are first looked up (the lookup runs in C)."""

    def __missing__(self, key: str) -> int:
        self[key] = number = len(self)
        return number


def document_vectors(documents: Sequence[Document]) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """Unit rows of stemmed content words, (1 + ln count) × rarity, title included; and
    each stem's column.

    A stem's rarity is that of its most frequent written form in the folder, so "Kurds" and
    "Kurdish" weigh as one term.
    """
    # Counted by written form first (C-speed Counter), then summed into stems with one
    # sparse product: the per-word Python work happens once per distinct word, not once
    # per word of every document.
    column = _Numbering()
    indptr = [0]
    # Machine integers, not one list of Python ints (36 bytes an entry): at 10,000 articles
    # that list was the run's peak of memory (the lists of one document are small).
    indices = array("q")
    values = array("q")
    for document in documents:
        # A title that is only the file's name says nothing of the content.
        title = document.title if document.has_headline else ""
        counts = _token_counts((title + "\n" + "\n".join(document.paragraphs)).lower())
        indices.fromlist(list(map(column.__getitem__, counts)))
        values.fromlist(list(counts.values()))
        indptr.append(len(indices))
    forms = sparse.csr_matrix(
        (np.asarray(values, dtype=np.float64), np.asarray(indices, dtype=np.int64), indptr),
        shape=(len(documents), len(column)),
    )
    used = np.asarray(forms.sum(axis=0)).ravel()  # how often each form occurs in the folder
    roots: dict[str, int] = {}
    word_rows: list[int] = []
    root_columns: list[int] = []
    for word, position in column.items():
        if word not in STOP_WORDS and word not in TITLES_OF_ADDRESS:
            word_rows.append(position)
            root_columns.append(roots.setdefault(stem(word), len(roots)))
    to_roots = sparse.csr_matrix(
        (np.ones(len(word_rows)), (word_rows, root_columns)), shape=(len(column), len(roots))
    )
    weights = sparse.csr_matrix(forms @ to_roots)
    weights.sort_indices()
    weights.data = 1.0 + np.log(weights.data)
    # Each stem weighs as its most frequent form (ties: the alphabetically first).
    words = list(column)
    root_of = dict(zip(word_rows, root_columns, strict=True))
    form_of: dict[int, str] = {}
    for position in sorted(word_rows, key=lambda w: (-used[w], words[w])):
        form_of.setdefault(root_of[position], words[position])
    # A compound the list lacks ("year-old") is estimated from its parts, as wordfreq does:
    # counted as unknown it weighed like a rare name and tied unrelated crime reports together.
    zipf = zipf_frequencies(form_of.values())
    term_rarity = np.zeros(len(roots))
    for root, word in form_of.items():
        term_rarity[root] = _rarity(zipf[word])
    # A road's number says where, as a home town does, not what happened: a county's main
    # road runs through its crashes, its bus timetables, its roadworks and its charity
    # runs ("A458", "B4380", "M5", "I-80"), and unknown to wordfreq it weighed as the
    # rarest of names.
    roads = [root for root, word in form_of.items() if _ROAD.fullmatch(word)]
    term_rarity[roads] *= HOME_WEIGHT
    vectors = normalize_rows(sparse.csr_matrix(weights @ sparse.diags(term_rarity)))
    homes = home_places(documents, weights, form_of, zipf, vectors)
    if not homes:
        vectors.eliminate_zeros()
        return vectors, roots
    term_rarity[homes] *= HOME_WEIGHT
    weights = sparse.csr_matrix(weights @ sparse.diags(term_rarity))
    weights.eliminate_zeros()
    return normalize_rows(weights), roots


def with_places_weighed(
    vectors: sparse.csr_matrix,
    columns: dict[str, int],
    places: Collection[str],
    officials: Collection[str] = (),
) -> sparse.csr_matrix:
    """The unit rows with the folder's own places (`placed_names`, lower case) weighing
    PLACE_TERM_WEIGHT of what their rarity gives them, and its officials' names
    OFFICIAL_WEIGHT."""
    scale = np.ones(vectors.shape[1])
    changed = False
    for names, weight in ((officials, OFFICIAL_WEIGHT), (places, PLACE_TERM_WEIGHT)):
        found = [column for name in names if (column := columns.get(stem(name))) is not None]
        if found:
            scale[found] = weight
            changed = True
    if not changed:
        return vectors
    return normalize_rows(sparse.csr_matrix(vectors @ sparse.diags(scale)))


# An organisation's press office as a release's outlet ("Cumberland Council Communications",
# "Nova Scotia Public Works Media Relations", "Tasmania Police Media"): its name is the
# one who acted, not only who published.
_PRESS_OFFICE = re.compile(
    r"\b(?:Communications|Media|Press\s+Office|Public\s+Affairs|Public\s+Relations)\b"
)


def with_outlets_weighed(
    vectors: sparse.csr_matrix, columns: dict[str, int], documents: Sequence[Document]
) -> sparse.csr_matrix:
    """The unit rows with the rare words of each document's own outlet's name weighing
    PLACE_TERM_WEIGHT in its row: who published it, not what happened. A village
    newsletter names its village in every item ("Ostmere & District Community
    Newsletter": a health centre's Saturday clinics and a councillor's word on a bus
    strike, two of its items, were one story by "Ostmere")."""
    marked: set[tuple[int, int]] = set()  # (row, column): a word once, however often named
    for k, document in enumerate(documents):
        if not document.publisher or _PRESS_OFFICE.search(document.publisher):
            continue  # an organisation's own release names the actor: "Cumberland Council"
        for word in _NAME_WORD.findall(document.publisher):
            # Only a name English barely knows (a village's, as HOME_ZIPF): "Pie Forum"
            # and "Football Weekly" are named for what they tell.
            if zipf_frequency(word.lower()) > HOME_ZIPF:
                continue
            if (column := columns.get(stem(word.lower()))) is not None:
                marked.add((k, column))
    if not marked:
        return vectors
    rows, cols = zip(*marked, strict=True)
    names = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=vectors.shape)
    # Each marked entry loses 1 - PLACE_TERM_WEIGHT of itself.
    return normalize_rows(
        sparse.csr_matrix(vectors - vectors.multiply(names) * (1 - PLACE_TERM_WEIGHT))
    )


def home_places(
    documents: Sequence[Document],
    weights: sparse.csr_matrix,
    form_of: dict[int, str],
    zipf: dict[str, float],
    vectors: sparse.csr_matrix,
) -> list[int]:
    """The columns of `weights` (stems) that are the folder's home: a place English barely
    knows (Zipf frequency at most HOME_ZIPF) that at least HOME_SHARE of the folder's
    documents, and HOME_DOCUMENTS of them, name, and that HOME_PLACED_BY of them name as a
    place ("in Saltinge", "near Otterby", "outside Kestlow"; not "at" or "from", which
    take companies as well: "at EgyptAir"), and whose documents are no one story without
    the folder's candidate places (`_alike_without`, on the unit rows `vectors`).

    A regional paper's morning sets most of its stories in its county's few towns: their
    names, unknown to wordfreq, weighed as the rarest words there are, so a lifeboat rescue,
    a pub's closure and a council vote in one town were one "story". Where most of a
    folder's articles are is where the paper is, not what happened; a place only some of
    them name (the town of one fire) still counts in full.
    """
    n = len(documents)
    needed = max(HOME_DOCUMENTS, HOME_SHARE * n)
    if n < needed:
        return []
    named_in = np.bincount(weights.indices, minlength=weights.shape[1])
    candidates = {
        form_of[root]: root
        for root in np.flatnonzero(named_in >= needed)
        if zipf[form_of[root]] <= HOME_ZIPF
    }
    if not candidates:
        return []
    # Only the candidates' uses are looked for: most folders have none, and then the text
    # is not scanned at all. In "in Elian's best interest" the preposition governs what
    # follows the possessive: the boy is no place (a town is also named without one).
    as_place = re.compile(
        r"\b(?:in|near|outside)\s+(?:[A-Z][\w'’-]*\s+){0,2}?("
        + "|".join(re.escape(form.capitalize()) for form in sorted(candidates))
        + r")\b(?!['’]s\b)"
    )
    placed_by: Counter[int] = Counter()
    for document in documents:
        text = "\n".join(document.paragraphs)
        placed_by.update({candidates[m[1].lower()] for m in as_place.finditer(text)})
    placed = [root for root, count in placed_by.items() if count >= HOME_PLACED_BY]
    return sorted(root for root in placed if not _alike_without(vectors, root, placed))


def _alike_without(vectors: sparse.csr_matrix, column: int, places: list[int]) -> bool:
    """Whether the documents that name a term are, on average, one story without the
    `places`: their mean pairwise cosine, less what those terms give, reaches SAME_STORY.

    From sums, in one pass over their rows (unit rows: the mean of the pairs' products is
    (|sum of rows|² − k) / (k(k − 1)), and a term's part is its own such sum).
    """
    rows = vectors[np.flatnonzero(vectors[:, column].toarray().ravel())]
    k = rows.shape[0]
    total = np.asarray(rows.sum(axis=0)).ravel()
    own = rows[:, places].toarray()
    pairs = (total @ total - k) - (total[places] @ total[places] - (own * own).sum())
    return pairs / (k * (k - 1)) >= SAME_STORY


def _token_counts(text: str) -> dict[str, int]:
    """How often each _TOKEN occurs in the text, in the order of first occurrence (the
    order numbers the matrix's columns): Counter(_TOKEN.findall(text)), faster.

    A token never spans white space, so the text's runs of non-spaces are counted first
    (in C), and each distinct run is read once: most are a word, maybe with marks around
    it ("said,", "(Reuters"), which is one token if it has two letters or more; the
    others ("don't", "9-year-old", "u.s.") go through the expression. A third of the
    time of the expression over the whole text.
    """
    counts: dict[str, int] = {}
    get = counts.get
    marks = _EDGE_MARKS
    if text.isascii():
        # A mark is no word character and never in a token: as spaces, the marks leave
        # the same tokens, and each run is its own core ("said," is "said"). Put there by a
        # byte table in C, 15 % faster.
        text = text.encode().translate(_ASCII_MARKS_AS_SPACES).decode()
        marks = ""
    for run, n in Counter(text.split()).items():
        core = run.strip(marks) if marks else run
        if core.isalpha():  # letters only: each matches [^\W\d_]
            if len(core) > 1:
                counts[core] = get(core, 0) + n
        else:
            for token in _TOKEN.findall(run):
                counts[token] = get(token, 0) + n
    return counts


@lru_cache(maxsize=65536)
def rarity(word: str) -> float:
    """How unusual a lower-case word is in English, as document_vectors weighs a term
    (titles ask it word by word)."""
    return _rarity(zipf_frequency(word))


def _rarity(zipf: float) -> float:
    """COMMON_ZIPF minus a Zipf frequency, at least 0."""
    return max(0.0, COMMON_ZIPF - zipf)


def group_documents(
    documents: Sequence[Document], single: bool = False, jobs: int = 1
) -> tuple[Group, ...]:
    """The stories of a folder (see the module's docstring), ordered by their first
    document; one story if `single`. A large folder's pages are read for their shapes
    and places (`_page_traits`), and its candidate pairs found, by `jobs` processes (0:
    one a core; `workers.batch`)."""
    n = len(documents)
    if n == 0:
        return ()
    # A large folder's pages are read for their shapes and places by other processes
    # while this one compares their words (one story keeps no page apart: none read).
    with batch(_page_traits, documents, 0 if single else n, jobs, MIN_FILES) as traits:
        vectors, columns = document_vectors(documents)
        found = list(traits)
    # The folder's own places: a town ties its items by where, not by what happened; nor
    # does the official who speaks for many of them (OFFICIAL_WEIGHT), nor the village an
    # outlet is named for (`with_outlets_weighed`).
    places = _placed_by_enough([placed for _, _, (placed, _, _) in found])
    officials = _placed_by_enough([named for _, _, (_, named, _) in found])
    vectors = with_places_weighed(vectors, columns, places, officials)
    vectors = with_outlets_weighed(vectors, columns, documents)
    edges = _with_identical(candidate_pairs(vectors, jobs), documents)
    shapes = [shape for shape, _, _ in found] or [None] * n  # see _not_news
    if single:
        stories: tuple[tuple[int, ...], ...] = (tuple(range(n)),)
    else:
        news = np.array([shape is None for shape in shapes])
        # A page that is not news joins nothing but its own copies; and no pair is one
        # story by a single word (`top_shared_term`).
        keep = (news[edges.row] & news[edges.col]) | (edges.data >= NEAR_IDENTICAL)
        # Its products are needed only where they can decide: a near-identical pair stays,
        # a pair below BEYOND_ONE_TERM with all its terms goes.
        undecided = keep & (edges.data < NEAR_IDENTICAL) & (edges.data >= BEYOND_ONE_TERM)
        spread = edges.data[undecided] - top_shared_term(
            vectors, edges.row[undecided], edges.col[undecided]
        )
        keep &= edges.data >= NEAR_IDENTICAL
        keep[np.flatnonzero(undecided)[spread >= BEYOND_ONE_TERM]] = True
        rows, cols = edges.row[keep], edges.col[keep]
        # The gazetteer's places, the folder's own towns (a finer place, weighed more), and
        # what the headlines say.
        disagreements = (
            Disagreement.of_places(place_vectors([where for _, where, _ in found]), PLACE_PENALTY),
            Disagreement.of_places(
                local_places([named for _, _, named in found], places), LOCAL_PENALTY
            ),
            headline_disagreement(documents),
        )
        days = document_days(documents)
        evidence = edges.data[keep]  # a copy (a mask's)
        for disagreement in disagreements:
            evidence -= disagreement.between(rows, cols)
        if days is not None:
            evidence -= date_penalty(days, rows, cols)
        stories = average_link(n, rows, cols, evidence, SAME_STORY)
        stories = exact_average_link(vectors, disagreements, stories, rows, cols, SAME_STORY, days)
    report = [*range(n)]
    groups = []
    sentence_keys: dict[int, set[str]] = {}

    def keys(k: int) -> set[str]:
        if k not in sentence_keys:
            sentence_keys[k] = _sentence_keys(documents[k])
        return sentence_keys[k]

    similar = sparse.csr_matrix((edges.data, (edges.row, edges.col)), shape=(n, n))
    similar = (similar + similar.T).tocsr()
    for story in stories:
        # Copies and the most typical document are found within each story, on the sparse
        # pairs: a single story of the whole folder stays linear too.
        members = list(story)
        # A document is in one story: the last story's sentences are not needed again
        # (kept, they would hold the text of every copy at once: 20 MiB at 10,000).
        sentence_keys.clear()
        within = similar[members][:, members].tocsr()
        for position, j in enumerate(story):
            row = slice(within.indptr[position], within.indptr[position + 1])
            columns, values = within.indices[row], within.data[row]
            close = (columns < position) & (values >= NEAR_VERSION)
            first = next(
                (
                    story[k]
                    for k, value in sorted(zip(columns[close], values[close], strict=True))
                    if report[story[k]] == story[k] and same_text(keys(j), keys(story[k]), value)
                ),
                None,
            )
            if first is not None:
                report[j] = first
        typical = np.asarray(within.sum(axis=1)).ravel()
        groups.append(
            Group(
                documents=tuple(documents[i] for i in story),
                originals=tuple(documents[report[i]].id for i in story),
                typical=tuple(sorted(range(len(story)), key=lambda k: -typical[k])),
                agency=_AGENCY_PAGES.get(shapes[story[0]]) if len(story) == 1 else None,
                news=shapes[story[0]] is None,
                page=_PAGE_NAMES.get(shapes[story[0]]),
            )
        )
    return tuple(groups)


def top_shared_term(
    vectors: sparse.csr_matrix, first: np.ndarray, second: np.ndarray
) -> np.ndarray:
    """For each pair, the largest part of its cosine that one term gives (the product of
    the pair's weights of that term).

    A regional folder names its town in every story: the council's vote, a football
    club's sacking, a weather warning and an obituary each weighed the town's name,
    rare in English, so heavily that it alone made them one "story". Without the term
    that gives most of it, a pair's cosine must still reach BEYOND_ONE_TERM: one shared
    word, however rare, is no event (a same-event pair shares its people, places, figures
    and what happened).
    """
    top = np.zeros(len(first))
    for low in range(0, len(first), _PAIRS_AT_ONCE):
        high = low + _PAIRS_AT_ONCE
        product = vectors[first[low:high]].multiply(vectors[second[low:high]]).tocsr()
        top[low:high] = product.max(axis=1).toarray().ravel()
    return top


# Pairs whose shared terms are multiplied at once (memory: their rows' terms).
_PAIRS_AT_ONCE = 2_000


def same_text(a: set[str], b: set[str], cosine: float) -> bool:
    """Whether two documents at this cosine, by their sentences (`_sentence_keys`), are
    one text (a copy). As close as NEAR_IDENTICAL, COPY_SENTENCES of the shorter one's
    sentences must be the other's, word for word: two outlets' short reports of one event
    can use nearly the same words in other sentences; a wire copy, however edited around,
    keeps many of the agency's. Less close (a longer version), CONTAINED_SENTENCES of them
    and CONTAINED_AT_LEAST."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    shared = len(small & large)
    if cosine >= NEAR_IDENTICAL:
        return bool(small) and shared >= COPY_SENTENCES * len(small)
    return shared >= max(CONTAINED_AT_LEAST, CONTAINED_SENTENCES * len(small))


def _sentence_keys(document: Document) -> set[str]:
    """The document's sentences, roughly split and with spacing and case made equal."""
    text = " ".join(document.paragraphs)
    if not single_spaced(text):
        text = " ".join(text.split())
    text = text.lower()
    # Its only white space is now single spaces: a cut is a space after one of
    # _SENTENCE_ENDS (string methods: an expression's look-behind, `(?<=[.!?])\s+`, is
    # tried at every character, and takes twice as long).
    for end in _SENTENCE_ENDS:
        text = text.replace(end + " ", end + "\n")
    return {s for s in text.split("\n") if s}


def _with_identical(edges: sparse.coo_matrix, documents: Sequence[Document]) -> sparse.coo_matrix:
    """The pairs, with every two documents of the same bytes at cosine 1: one report saved
    twice, whatever their names (a file name that stands in for a missing headline is in
    the vectors, so two copies of a page without one are not quite parallel)."""
    first: dict[str, int] = {}
    same = []
    for k, document in enumerate(documents):
        earlier = first.setdefault(document.digest, k) if document.digest else k
        if earlier != k:
            same.append(earlier * len(documents) + k)
    if not same:
        return edges
    keys = edges.row.astype(np.int64) * len(documents) + edges.col
    known = np.isin(keys, same)
    extra = np.setdiff1d(np.asarray(same, dtype=np.int64), keys[known])
    n = len(documents)
    return sparse.coo_matrix(
        (
            np.r_[np.where(known, 1.0, edges.data), np.ones(len(extra))],
            (np.r_[edges.row, extra // n].astype(np.int64), np.r_[edges.col, extra % n]),
        ),
        shape=edges.shape,
    )


def candidate_pairs(vectors: sparse.csr_matrix, jobs: int = 1) -> sparse.coo_matrix:
    """Pairs i < j worth comparing and their exact cosine (>= CANDIDATE), as COO; the
    rows' blocks of a large folder on `jobs` processes (0: one a core)."""
    n = vectors.shape[0]
    signature = _signature(vectors)
    # The most terms two rows can share (a row keeps more than SIGNATURE_TERMS on a tie).
    most = int(np.diff(signature.indptr).max(initial=0))
    shared = (vectors, signature, signature.T.tocsr(), most)
    blocks = -(-n // PAIR_ROWS)
    with batch(_block_pairs, shared, blocks, jobs, MIN_BLOCKS, per_task=1) as found:
        rows, cols, values = tuple(zip(*found, strict=True)) or ((), (), ())
    if not any(len(part) for part in rows):
        return sparse.coo_matrix((n, n), dtype=np.float64)
    return sparse.coo_matrix(
        (np.concatenate(values), (np.concatenate(rows), np.concatenate(cols))), shape=(n, n)
    )


# Rows whose candidates are found at once (a block), and the blocks from which they are
# found by several processes.
PAIR_ROWS = 512
MIN_BLOCKS = 2


def _block_pairs(
    shared: tuple[sparse.csr_matrix, sparse.csr_matrix, sparse.csr_matrix, int], block: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The candidate pairs (i, j, cosine) of the rows of one block (`candidate_pairs`)."""
    vectors, signature, transposed, most = shared
    n = vectors.shape[0]
    start = block * PAIR_ROWS
    shared_terms = (signature[start : start + PAIR_ROWS] @ transposed).tocoo()
    i, j, count = shared_terms.row + start, shared_terms.col, shared_terms.data
    upper = j > i
    i, j, count = i[upper], j[upper], count[upper]
    if len(i) == 0:
        return i, j, np.empty(0)
    # A row with NEIGHBOURS pairs sharing two or more terms keeps none sharing one: the
    # same choice as below, made before the sort, which large stories make costly.
    several = np.bincount(i[count >= 2] - start, minlength=PAIR_ROWS) >= NEIGHBOURS
    enough = (count >= 2) | ~several[i - start]
    i, j, count = i[enough], j[enough], count[enough]
    # Most shared signature terms first, then the nearer index: NEIGHBOURS per row. One
    # integer key per pair, in that order, sorts 3x faster than np.lexsort of the three;
    # the pairs are distinct, so the order is the same.
    fewer = most - count.astype(np.int64)
    order = np.argsort(((i - start) * (most + 1) + fewer) * n + j)
    i, j = i[order], j[order]
    first = np.searchsorted(i, i, side="left")
    rank = np.arange(len(i)) - first
    i, j = i[rank < NEIGHBOURS], j[rank < NEIGHBOURS]
    cosine = row_products(vectors, i, j)
    close = cosine >= CANDIDATE
    return i[close], j[close], cosine[close]


def row_products(
    matrix: sparse.csr_matrix,
    first: np.ndarray,
    second: np.ndarray,
    partners: sparse.csr_matrix | None = None,
) -> np.ndarray:
    """matrix[first[k]] · partners[second[k]] for every k (`first` sorted; `partners` is
    `matrix` unless given).

    EXACT_ROWS rows at a time, each block against just its partners' rows: one product of
    many rows against all their partners would grow with the square of the folder.
    """
    products = np.empty(len(first))
    if len(first) == 0:
        return products
    bounds = np.searchsorted(first, np.arange(first[0], first[-1] + EXACT_ROWS + 1, EXACT_ROWS))
    for low, high in itertools.pairwise(bounds.tolist()):
        if low == high:
            continue
        x, y = first[low:high], second[low:high]
        columns, where = np.unique(y, return_inverse=True)
        top = int(x[0])
        other = (matrix if partners is None else partners)[columns]
        block = (matrix[top : int(x[-1]) + 1] @ other.T).toarray()
        products[low:high] = block[x - top, where]
    return products


def _signature(vectors: sparse.csr_matrix) -> sparse.csr_matrix:
    """Each row's SIGNATURE_TERMS heaviest terms, as 1s."""
    signature = vectors.copy()
    for row in range(signature.shape[0]):
        start, end = signature.indptr[row], signature.indptr[row + 1]
        if end - start > SIGNATURE_TERMS:
            data = signature.data[start:end]
            cut = np.partition(data, -SIGNATURE_TERMS)[-SIGNATURE_TERMS]
            data[data < cut] = 0.0
    signature.eliminate_zeros()
    signature.data[:] = 1.0
    crowded = np.bincount(signature.indices, minlength=signature.shape[1]) > MAX_POSTINGS
    if crowded.any():
        signature.data[crowded[signature.indices]] = 0.0
        signature.eliminate_zeros()
    return signature.astype(np.float32)


def place_vectors(places: Sequence[tuple[float, dict[str, float]]]) -> sparse.csr_matrix:
    """Rows of the places each document names (`_places`): a unit vector scaled by how
    sure it is."""
    column = _Numbering()
    indptr = [0]
    indices: list[int] = []
    values: list[float] = []
    for sure, weights in places:
        indices.extend(map(column.__getitem__, weights))
        values.extend(sure * w for w in weights.values())
        indptr.append(len(indices))
    return sparse.csr_matrix(
        (np.asarray(values), np.asarray(indices, dtype=np.int64), indptr),
        shape=(len(places), max(1, len(column))),
    )


def _places(document: Document) -> tuple[float, dict[str, float]]:
    """How sure we are of the places a document names (its mentions / PLACE_MENTIONS, at
    most 1), and each place's weight (brief.places)."""
    counts = place_counts(document)
    return min(1.0, sum(counts.values()) / PLACE_MENTIONS), place_weights(counts)


def _page_traits(
    documents: Sequence[Document], k: int
) -> tuple[
    re.Pattern[str] | str | None,
    tuple[float, dict[str, float]],
    tuple[frozenset[str], frozenset[str], dict[str, int]],
]:
    """Document k's shape if it is no news page (`_not_news`), its places, and the names
    that may be its folder's own places or officials (`_local_names`): worked out by other
    processes
    while this one compares the documents' words (`workers.batch`)."""
    document = documents[k]
    return _not_news(document), _places(document), _local_names(document)


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Similarity two documents lose for disagreeing on something both are sure of (their
    places, their headlines): `weight` × (sure_i·sure_j − rows_i·partners_j), full for
    two documents sure of it with nothing in common, none when either is not sure.

    Linear in each document's rows and sureness, so the sum over every pair of two groups
    is the same expression on their summed rows (`of_groups`): exact_average_link measures
    groups so."""

    rows: sparse.csr_matrix
    partners: sparse.csr_matrix  # rows_i·partners_j must equal rows_j·partners_i
    sure: np.ndarray
    weight: float

    @classmethod
    def of_places(cls, places: sparse.csr_matrix, weight: float) -> Disagreement:
        """Rows of places (`place_vectors`), each as long as its document is sure of them."""
        return cls(places, places, place_sureness(places), weight)

    def between(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """The penalty of each pair (`first` sorted)."""
        agree = row_products(self.rows, first, second, self.partners)
        return self.weight * (self.sure[first] * self.sure[second] - agree)

    def of_groups(self, member: sparse.csr_matrix) -> Disagreement:
        """The same for groups of documents (`member`: a row per group, a 1 per document),
        whose penalty between two groups is the sum of their documents' pairs'."""
        return Disagreement(
            sparse.csr_matrix(member @ self.rows),
            sparse.csr_matrix(member @ self.partners),
            member @ self.sure,
            self.weight,
        )


def _local_names(
    document: Document,
) -> tuple[frozenset[str], frozenset[str], dict[str, int]]:
    """The words a document names as places ("in Talbrook", "near Much Wenlock"), the
    names of the officials it quotes (`_OFFICIAL`), and how often it names each
    capitalised word that may be a town (title and first paragraph twice, as `_places`
    counts), lower case; only words `_may_be_town` keeps."""
    text = "\n".join(document.paragraphs)
    placed, officials = (
        frozenset(
            lower
            for name in names
            for word in _NAME_WORD.findall(name)
            if _may_be_town(word) and (lower := word.lower())
        )
        for names in (_PLACED.findall(text), _officials(text))
    )
    mentions: Counter[str] = Counter()
    # A title that is only the file's name says nothing of the content (as in
    # document_vectors).
    title = document.title if document.has_headline else ""
    lead = title + "\n" + (document.paragraphs[0] if document.paragraphs else "")
    for weight, text in ((2, lead), (1, "\n".join(document.paragraphs[1:]))):
        for word in _CAPITALISED.findall(text):
            if _may_be_town(word):
                mentions[word.lower()] += weight
    return placed, officials, dict(mentions)


def _officials(text: str) -> list[str]:
    """The names `_OFFICIAL` finds after an office that starts a word ("Mayor", not
    "…mayor" inside one)."""
    return [
        found[1]
        for found in _OFFICIAL.finditer(text)
        if found.start() == 0 or not text[found.start() - 1].isalnum()
    ]


@lru_cache(maxsize=65536)
def _may_be_town(word: str) -> bool:
    """Whether a capitalised word may be a town of the folder: no day or month, no name the
    gazetteer knows (brief.places counts those), and no word English uses as an ordinary
    word (PLACE_WORD_ZIPF: "County", "Park", and "The" at a sentence's start)."""
    lower = word.lower()
    return (
        word.capitalize() not in _WHEN
        and not known_name(word)
        and zipf_frequency(lower) < PLACE_WORD_ZIPF
    )


def placed_names(documents: Sequence[Document]) -> set[str]:
    """The folder's own places: the words that HOME_PLACED_BY of its documents name as a
    place (`_local_names`)."""
    return _placed_by_enough([_local_names(document)[0] for document in documents])


def _placed_by_enough(placed: Sequence[frozenset[str]]) -> set[str]:
    counts = Counter(itertools.chain.from_iterable(placed))
    return {word for word, count in counts.items() if count >= HOME_PLACED_BY}


def local_places(
    named: Sequence[tuple[frozenset[str], frozenset[str], dict[str, int]]],
    names: Collection[str],
) -> sparse.csr_matrix:
    """Rows of the folder's own places (`names`) each document names (`_local_names` of
    each), as `_places` counts the gazetteer's: sure as its mentions / PLACE_MENTIONS, at
    most 1. A place in the title or first paragraph is where the event is; a later
    paragraph may only compare ("a day after a blaze in Brackwell")."""
    rows = []
    for *_, mentions in named:
        counts = {word: count for word, count in mentions.items() if word in names}
        rows.append(
            (min(1.0, sum(counts.values()) / PLACE_MENTIONS), place_weights(Counter(counts)))
        )
    return place_vectors(rows)


def headline_disagreement(documents: Sequence[Document]) -> Disagreement:
    """How far two documents' headlines are from each other's top (headline and first
    paragraph): for each, the share of its headline's weight (each stemmed content word
    weighed by its rarity, a road's number as document_vectors weighs it) whose words the
    other's top has, the two shares averaged. Sure for a document with a headline (a title
    that is not only its file's name)."""
    column = _Numbering()
    headline_rows: list[dict[int, float]] = []
    top_rows: list[set[int]] = []
    for document in documents:
        headline: dict[int, float] = {}
        top: set[int] = set()
        if document.has_headline:
            for word in _token_counts(document.title.lower()):
                if word in STOP_WORDS or word in TITLES_OF_ADDRESS:
                    continue
                weight = rarity(word) * (HOME_WEIGHT if _ROAD.fullmatch(word) else 1.0)
                root = column[stem(word)]
                headline[root] = max(headline.get(root, 0.0), weight)
            total = sum(headline.values())
            headline = {root: weight / total for root, weight in headline.items() if total}
            lead = document.paragraphs[0] if document.paragraphs else ""
            top = {
                column[stem(word)]
                for word in _token_counts((document.title + "\n" + lead).lower())
                if word not in STOP_WORDS
            }
        headline_rows.append(headline)
        top_rows.append(top if headline else set())
    shape = (len(documents), max(1, len(column)))
    weights = _rows([list(h.items()) for h in headline_rows], shape)
    tops = _rows([[(root, 1.0) for root in top] for top in top_rows], shape)
    # rows_i·partners_j = (share of i's headline in j's top + share of j's in i's) / 2.
    return Disagreement(
        sparse.csr_matrix(sparse.hstack([weights, tops]) * 0.5),
        sparse.csr_matrix(sparse.hstack([tops, weights])),
        np.array([1.0 if h else 0.0 for h in headline_rows]),
        HEADLINE_PENALTY,
    )


def _rows(rows: Sequence[Sequence[tuple[int, float]]], shape: tuple[int, int]) -> sparse.csr_matrix:
    """A sparse matrix of (column, value) rows."""
    indptr = np.cumsum([0, *map(len, rows)])
    indices = np.asarray([c for row in rows for c, _ in row], dtype=np.int64)
    values = np.asarray([v for row in rows for _, v in row], dtype=np.float64)
    return sparse.csr_matrix((values, indices, indptr), shape=shape)


def place_sureness(places: sparse.csr_matrix) -> np.ndarray:
    """Each row's length: how sure its document is of its places (0 to 1)."""
    return np.sqrt(np.asarray(places.multiply(places).sum(axis=1)).ravel())


def exact_average_link(
    vectors: sparse.csr_matrix,
    disagreements: Sequence[Disagreement],
    stories: tuple[tuple[int, ...], ...],
    rows: np.ndarray,
    cols: np.ndarray,
    threshold: float,
    days: np.ndarray | None = None,
) -> tuple[tuple[int, ...], ...]:
    """Average link continued on `stories`, with the exact mean over every pair of articles
    less each of the `disagreements` (places, headlines).

    The first pass only knows the compared pairs (at most NEIGHBOURS per article), so in a
    story of hundreds of articles most pairs count 0 and it falls apart into pieces. The
    mean cosine of unit vectors over all pairs of two groups is the product of their summed
    vectors divided by both sizes: exact, whatever was compared. Groups that share at least
    one compared pair (`rows`, `cols`) are measured that way and merged by average link,
    again on the merged groups until nothing merges.
    """
    n = vectors.shape[0]
    if days is not None:
        # A row per document, a column per day from the earliest: its day (none if undated).
        dated = (days >= 0).astype(np.float64)
        where = np.flatnonzero(dated)
        earliest = days[where].min()
        on_day = sparse.csr_matrix(
            (np.ones(len(where)), (where, days[where] - earliest)),
            shape=(n, int(days.max() - earliest) + 1),
        )
    while True:
        k = len(stories)
        label = np.empty(n, dtype=np.int64)
        for position, story in enumerate(stories):
            label[list(story)] = position
        a, b = label[rows], label[cols]
        # Each linked pair of groups once, in order: as one number per pair (the unique
        # columns of a 2-row array take ten times as long).
        apart = a != b
        keys = _distinct(np.sort(np.minimum(a, b)[apart] * k + np.maximum(a, b)[apart]))
        if len(keys) == 0:
            return stories
        linked = np.stack([keys // k, keys % k])
        member = sparse.csr_matrix((np.ones(n), (label, np.arange(n))), shape=(k, n))
        summed = sparse.csr_matrix(member @ vectors)
        first, second = linked
        totals = row_products(summed, first, second)
        # Each penalty summed over every pair of two groups, from their summed rows.
        for disagreement in disagreements:
            totals -= disagreement.of_groups(member).between(first, second)
        if days is not None:
            # Two groups are as far apart as the gap in coverage between them, not as
            # their articles are on average: a story reported day after day for weeks
            # joins what came after its first week, a burst of reports a month after the
            # last one does not. The penalty counts once per pair of dated articles of
            # the two groups, so in a group's mean undated articles weigh as before.
            # Within a round, merged groups' penalties are their parts' summed (never less
            # than their own): the next round measures the merged groups again.
            counted = member @ dated
            gaps = coverage_gaps(sparse.csr_matrix(member @ on_day), first, second)
            totals -= DATE_PENALTY * counted[first] * counted[second] * _apart(gaps)
        sizes = [len(story) for story in stories]
        groups = average_link(k, first, second, totals, threshold, sizes=sizes)
        if len(groups) == k:
            return stories
        stories = tuple(
            sorted(
                (tuple(sorted(i for g in group for i in stories[g])) for group in groups),
                key=lambda m: m[0],
            )
        )


def document_days(documents: Sequence[Document]) -> np.ndarray | None:
    """Each document's day (a proleptic ordinal; -1 without a date), or None when no two
    dated documents are more than DATE_WINDOW days apart: then no pair's dates count, and
    the folder is grouped exactly as one without dates."""
    days = np.array(
        [day.toordinal() if (day := day_of(d.date)) else -1 for d in documents], dtype=np.int64
    )
    dated = days[days >= 0]
    if len(dated) < 2 or dated.max() - dated.min() <= DATE_WINDOW:
        return None
    return days


def _apart(gap: np.ndarray) -> np.ndarray:
    """How far apart two days `gap` days from each other are, from 0 (within DATE_WINDOW)
    to 1 (twice that or more)."""
    return np.clip((np.abs(gap) - DATE_WINDOW) / DATE_WINDOW, 0.0, 1.0)


def date_penalty(days: np.ndarray, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """DATE_PENALTY × how far apart each pair's days are; 0 when either has no date."""
    a, b = days[first], days[second]
    return np.where((a >= 0) & (b >= 0), DATE_PENALTY * _apart(a - b), 0.0)


def coverage_gaps(covered: sparse.csr_matrix, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """For each pair of groups (first[k], second[k]), the fewest days between a day one of
    them was reported on and a day the other was: the gap in their coverage, at most
    2 × DATE_WINDOW (beyond, _apart is 1 anyway; also when either group has no date).

    `covered` has a row per group and a column per day, nonzero on the days the group has
    a dated document. Each pair reads the days of its group with fewer of them against
    the other's closeness row (2 × DATE_WINDOW − the distance to its nearest day), a
    block of pairs at a time: the work grows with the linked groups' days, not days².
    """
    limit = 2 * DATE_WINDOW
    covered = (covered > 0).astype(np.float64).tocsr()
    # Each group's closeness to every day within `limit` of one of its days: a day's
    # closeness to its nearest covered day, the largest of those its days give it.
    group, day = covered.nonzero()
    offsets = np.arange(-limit + 1, limit)
    where = np.repeat(group, len(offsets))
    when = (day[:, None] + offsets).ravel()
    how_close = np.tile(limit - np.abs(offsets), len(group)).astype(np.float64)
    inside = (when >= 0) & (when < covered.shape[1])  # no other group's day is beyond
    where, when, how_close = where[inside], when[inside], how_close[inside]
    order = np.lexsort((-how_close, when, where))
    key = where[order] * covered.shape[1] + when[order]
    nearest = order[np.r_[True, key[1:] != key[:-1]]] if len(key) else order
    near = sparse.csr_matrix(
        (how_close[nearest], (where[nearest], when[nearest])), shape=covered.shape
    )
    counts = np.diff(covered.indptr)
    fewer = counts[first] <= counts[second]
    a, b = np.where(fewer, first, second), np.where(fewer, second, first)
    closest = np.zeros(len(first))
    for low in range(0, len(first), GAP_PAIRS):
        high = low + GAP_PAIRS
        both = covered[a[low:high]].multiply(near[b[low:high]])
        closest[low:high] = np.asarray(both.max(axis=1).todense()).ravel()
    return limit - closest


def average_link(
    n: int,
    rows: np.ndarray,
    cols: np.ndarray,
    similarity: np.ndarray,
    threshold: float,
    sizes: list[int] | None = None,
) -> tuple[tuple[int, ...], ...]:
    """Average-link groups of n items over sparse similarities (absent pairs count as 0).

    The classic UPGMA, on a graph: groups merge while the mean similarity over all pairs of
    their members is at least `threshold`. Built by nearest-neighbour chains, which give the
    same merges as always merging the closest pair first (average link is *reducible*: a
    merged group is never closer to a third than the nearer of its parts), without a heap
    of every pair: one look at a group's neighbours per step of a chain. Items may start
    as groups (`sizes` members each, `similarity` then summed over their pairs).
    """
    # The pairs, both ways, in compact arrays (a dict per item would take ~100 bytes a pair:
    # gigabytes at 100,000 articles). Only merged groups get a dict of their neighbours'
    # sums, keyed by whatever group each neighbour belonged to then: read through `root`,
    # so a neighbour's later merges need no update here.
    ends = np.concatenate([rows, cols])
    order = np.argsort(ends, kind="stable")
    starts = np.searchsorted(ends[order], np.arange(n + 1)).tolist()
    others = np.concatenate([cols, rows])[order]
    values = np.concatenate([similarity, similarity])[order]
    del ends, order
    parent = list(range(n))
    size = list(sizes) if sizes is not None else [1] * n
    merged_sums: dict[int, dict[int, float]] = {}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def sums(a: int) -> dict[int, float]:
        """Summed similarity of group `a` to each group next to it, as groups are now."""
        if a in merged_sums:
            items = merged_sums[a].items()
        else:
            low, high = starts[a], starts[a + 1]
            items = zip(others[low:high].tolist(), values[low:high].tolist(), strict=True)
        current: dict[int, float] = {}
        for c, s in items:
            if parent[c] != c:  # most neighbours are groups' roots: no call for them
                c = root(c)
            if c != a:
                current[c] = current.get(c, 0.0) + s
        if a in merged_sums:
            merged_sums[a] = current
        return current

    # An item whose closest pair is below the threshold stays alone: a group's mean
    # similarity to it can only be lower. (The callers' pairs are unique, so each pair's
    # value is its sum.)
    counts = np.diff(starts)
    weights = np.asarray(size, dtype=np.float64)
    owner = np.repeat(np.arange(n), counts)
    near = values >= threshold * weights[owner] * weights[others]
    pending = _distinct(owner[near])[::-1].tolist()  # `owner` is sorted
    finished = [False] * n
    chain: list[int] = []
    while chain or pending:
        if not chain:
            start = pending.pop()
            if parent[start] != start or finished[start]:
                continue
            chain.append(start)
        a = chain[-1]
        previous = chain[-2] if len(chain) > 1 else -1
        # The closest group; on a tie the one before in the chain, else the lowest number,
        # so the same folder always gives the same stories.
        best, best_mean = -1, -1.0
        weight = size[a]
        near = sums(a)
        for c, s in near.items():
            mean = s / (weight * size[c])
            if mean > best_mean or (
                mean == best_mean and best != previous and (c == previous or c < best)
            ):
                best, best_mean = c, mean
        if best_mean < threshold:
            finished[a] = True  # nothing will come close enough to it any more
            chain.pop()
            continue
        if best != previous:
            chain.append(best)
            continue
        chain.pop()
        chain.pop()
        b = best
        far = sums(b)
        del near[b], far[a]
        if len(near) < len(far):
            a, b, near, far = b, a, far, near  # fold the smaller table into the larger
        for c, s in far.items():
            near[c] = near.get(c, 0.0) + s
        parent[b] = a
        size[a] += size[b]
        merged_sums[a] = near
        merged_sums.pop(b, None)
        pending.append(a)

    members: dict[int, list[int]] = {}
    for i in range(n):
        members.setdefault(root(i), []).append(i)
    return tuple(sorted((tuple(m) for m in members.values()), key=lambda m: m[0]))


def _distinct(ordered: np.ndarray) -> np.ndarray:
    """np.unique of a sorted array, without sorting it again."""
    if len(ordered) == 0:
        return ordered
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]]


# Shapes of pages that are not news reports, each counted over the document's lines: an
# ingredient line ("2 cups flour") or a cooking step, a shop's widget text, a forum's post
# furniture. Prices and sums alone are not a shape: news is full of them.
_RECIPE_LINE = re.compile(
    r"""(?imx)^\s*(?:\d+\s*)?(?:\d+[/.]\d+|\d+|½|¼|¾)\s*
    (?:cups?|tbsp|tsp|tablespoons?|teaspoons?|g|grams?|kg|oz|ounces?|lbs?|pounds?|ml|
       litres?|liters?|cloves?|pinch|sticks?|slices?|cans?)\b
    | ^\s*\d*\s*(?:preheat|whisk|stir\s+in|bake\s+(?:for|at|until)|simmer|knead)\b
    | ^\s*ingredients\b | ^\s*(?:prep|cook|total)\s+time\b | \b\d{3}\s*°\s*[FC]\b"""
)
_PRODUCT_LINE = re.compile(
    r"""(?imx)\b(?:add\s+to\s+(?:cart|basket|bag|wish\s*list)|in\s+stock|out\s+of\s+stock
       |free\s+(?:shipping|delivery|returns)(?:\s+on)?|customer\s+reviews?|specifications|sku
       |buy\s+now|product\s+(?:details|description)|add\s+to\s+compare|qty
       |check\s+(?:the\s+)?price|see\s+(?:black\s+friday\s+|today's\s+|latest\s+)?deals?)\b
    | ^\W*price:\s*[$£€]
    | \bwe\s+(?:may|might|could)\s+earn\s+(?:an?\s+)?(?:affiliate\s+|small\s+)?commission"""
)
# Forum furniture at the start of a line (a thread's "Thread:" title, "Mod note:", a post's
# "by member » Tue Nov 24"), a member's count of posts ("Member · Posts: 88") and the bar
# under a post ("Like · Quote · Reply"), a member's line ("DepotDave Member since 2024 · 37
# posts"): "he replied" or "she wrote:" are news too.
_FORUM_LINE = re.compile(
    r"""(?imx)^\W*(?:re:|reply:|quote:|quote\s+from|posted\s+by\b|joined:|posts:)
    | \b(?:reply\s+with\s+quote|thread\s+starter|original\s+poster|last\s+edited\s+by)\b
    | \bposts:\s*\d | \bquote\s*[·|•]\s*reply\b | \bmember\s+since\s+\d{4}\b
    | ^\W*(?:thread:|mod(?:erator)?(?:'s)?\s+note:) | ^by\s+\S+\s+»\s"""
)
# An events listing: each entry opens with its day and time on a line of its own or at the
# head of its card ("Sat 28 Nov, 3pm", "Sat 5 – Sun 6 Dec, 10am–4pm", "Saturday, Dec. 5,
# 7 p.m."); a report names days inside its sentences, and a day alone heads a log's or a
# live page's entries ("Monday, Nov. 23").
_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_LISTING_LINE = re.compile(
    rf"""(?imx)^[^\w\n]*{_DAY},?\s+
    (?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[–-]\s*{_DAY}\s+\d{{1,2}}(?:st|nd|rd|th)?)?\s+{_MONTH}
    | {_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b)
    ,?\s*(?:\d{{1,2}}(?:[.:]\d{{2}})?\s*(?:am|pm|a\.m\.|p\.m\.)|noon)"""
)
# A weekend's listing set out by day: day headings alone on their lines ("FRIDAY 27
# NOVEMBER", "Sat 28 Nov") over entries that give a time and a price, tickets or "free"
# ("Quiz Night. Cricket Club pavilion, 7.30pm. Teams of up to six, £5 a head."). A sheriff's
# log heads its entries with days too, but no entry of it sells a ticket.
_DAY_HEADING = re.compile(
    rf"""(?imx)^[^\w\n]*{_DAY},?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}
    | {_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)\s*$"""
)
_PRICED_ENTRY = re.compile(
    r"""(?imx)^(?=[^\n]*\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.))
    (?=[^\n]*(?:[£$€]\s?\d|\beur\s?\d|\btickets?\b|\bfree\b))"""
)
# A classified ad: an item in capitals at the head of its line, and a telephone number
# ("OAK DINING TABLE and six chairs … £150 ono. Tel 07700 900412."), or two words or more
# in capitals closed by a full stop or a comma, or "wanted", with a figure after them
# ("INSIDE ESTATE SALE. Sat. Nov. 28, 8-2. 615 Elm St."). Wire datelines open in capitals
# too, one a page; a transcript's speaker ("MR. HALE:") is one word before the stop; a
# glossary's terms ("HARBOUR SEALS. The commonest seals of the estuary …") carry no figure.
# (It opens with a digit, not with a look behind, so that re scans for one in C.)
_PHONE_NUMBER = r"\d(?<![\d,.]\d)\d{2,4}\)?[\s.-]?\d{3}[\s.-]?\d{3,4}\b"
_CLASSIFIED_LINE = re.compile(
    rf"""(?mx)[A-Z](?<=^[A-Z])(?:[A-Z'’&]{{2,}}(?:\s+[A-Z'’&]+)*\b[^\n]*?{_PHONE_NUMBER}
    | [A-Z'’&-]+(?:\s+[A-Z'’&/-]+)+(?:[.,]|\s+wanted\b)[^\n]*?\d)"""
)
# A menu: a dish's line ends in its price ("brown crab butter, lemon — £12", "mash, gravy
# — £15 (V)", "Crab Claws in garlic butter ........ EUR14.50", "Two Eggs Any Style $7.50");
# a report's sentences end in a full stop, its prices inside them.
_MENU_LINE = re.compile(
    r"""(?mx)(?:[£$€]|EUR)\s?\d+(?:[.,]\d{2})?(?:\s*/\s*[£$€]\s?\d+(?:[.,]\d{2})?)?
    (?:\s+[a-z]+)?(?:\s*\([^)\n]{0,30}\))?[ \t]*$"""
)
# A property for sale: its rooms ("4 bd, 2 ba", "3 bedrooms · 2 bathrooms"), the agent's
# lines ("Listing courtesy of …", "Information deemed reliable but not guaranteed").
_PROPERTY_LINE = re.compile(
    r"""(?imx)\b\d+\s*(?:bd|beds?|bedrooms?)\b[^\n]{0,20}?
    \b\d+(?:\.\d)?\s*(?:ba|baths?|bathrooms?)\b
    | \blisting\s+(?:courtesy\s+of|provided\s+by|agent)\b | \binformation\s+deemed\s+reliable
    | \bequal\s+housing\s+opportunity\b | ^[^\w\n]*property\s+(?:description|details|type)\b
    | \bmls\s*(?:\#|number|no\.?)\s*:?\s*\w*\d"""
)
# Death notices (a funeral director's page, not a report): each notice's lines ("Died:
# Monday 23 November", "Reposing at …", "Funeral Director: …", "Leave a condolence").
_NOTICE_LINE = re.compile(
    r"""(?imx)^[^\w\n]*(?:died|funeral\s+(?:director|arrangements|home)|visitation|reposing
    |house\s+private)\b\s*:? | \bleave\s+a\s+condolence\b | \bsend\s+flowers\b"""
)
# A job advert's terms, each a line of its own ("Salary: £24,500", "Closing date: …"), a
# job description's headings ("Essential Duties", "How to Apply", "About the role", "What
# you'll do", "What we offer"), the employer's "equal opportunities" line.
_JOB_LINE = re.compile(
    r"""(?imx)^[^\w\n]*(?:(?:salary|closing\s+date|contract(?:\s+type)?|job\s+type
    |working\s+hours|job\s+ref(?:erence)?|reference)\s*:
    | (?:position\s+summary|essential\s+(?:duties|functions)|(?:minimum|required|preferred)
       \s+qualifications|how\s+to\s+apply|job\s+(?:summary|description)|about\s+the\s+role
       |what\s+you['’]ll\s+do|what\s+we\s+offer|person\s+specification
       |key\s+responsibilities)\s*$)
    | \bequal\s+opportunit(?:y|ies)\s+employer\b"""
)
# A news service's list of the stories it will send ("budget"): each item a slug in
# capitals, the place or "Undated" in brackets, and the story in a line ("HARBOUR-FERRY
# (Undated) _ The ferry …", "HARBOUR-FERRY _ OSLO _ The ferry …", a column's
# "FERRY-COLUMN _ I surrender …"), often with a note that the story "will move" in some
# category; an agency in the brackets is a dateline ("OSLO (Reuters) -").
#
# Every match opens with a capital or an "s": the expression starts with that class, so re
# scans for it in C and tries the rules only there (a rule opening with ^ or \b is tried at
# every character: 3x slower over news text), and each rule checks the opening letter
# again behind it. The same matches as the three rules written plainly:
#   ^[A-Z][A-Z0-9]{2,}… | ^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+… | \b[Ss]tor(?:y|ies)…
_BUDGET_LINE = re.compile(
    r"""(?mx)[A-Zs](?:
    (?<=^[A-Z])(?:[A-Z0-9]{2,}(?:-[A-Z0-9]+)*\s+
    \((?!(?:AP|Reuters|AFP|UPI|Xinhua|Bloomberg|dpa|CNN|BBC)\))(?:[Uu]ndated|[A-Z][a-z][^)\n]{0,40})\)
    \s*(?:_|--?|—|–|\{ndash\})\s
    | [A-Z0-9]*(?:-[A-Z0-9]+)+\s+(?:_|--)\s+[A-Z"`])
    | (?<=\b[Ss])tor(?:y|ies)\s+will\s+move\b)"""
)
# ... and its note that what follows went to its clients (the features "moving to clients
# of the Lakeside News Service", "available to clients of …").
_ADVISORY_LINE = re.compile(
    r"\b(?:sent|moving|moved|available)(?:\s+today)?\s+to\s+(?:its\s+|our\s+)?clients\s+of\b"
)
# An almanac ("Today is Sunday, Oct. 12, the 285th day of 2025."): dates in history.
_ALMANAC_LINE = re.compile(
    r"(?m)^Today is [A-Z][a-z]+day, [^\n]{3,20}?\bthe \d+(?:st|nd|rd|th) day of"
)
# A page that opens by announcing a list or a table of figures ("Following are the
# harbour's tide tables for Friday:", "The following are the main news items in today's
# papers", "Following is the list of …"), after any dateline: what follows is no report.
# Not a transcript's or a speech's opening ("Following is the text of …"), nor a list
# announced further into an article ("Following are some lessons …").
_LIST_PAGE = re.compile(
    r"""(?ix)\A(?:[^\n]{0,80}?(?:--|—|–|\s_|:)\s+)?(?:the\s+)?following\s+(?:is|are)\s+
    (?:(?:the|a)\s+)?(?:(?:full\s+)?list\b|major\s+news\b|main\s+news\b
    |[^\n:]{0,150}?\b(?:index|indices|indexes|results|standings|scores|rates|prices|figures
    |tables?|rankings|quotations|turnover)\b)"""
)
# An advice column: a reader's question in the first person ("Q. In my garden I planted
# …"), then the answer. Not a news explainer's questions ("Q: What is the virus?").
_ADVICE_LINE = re.compile(r"(?m)^\s*Q[.:]\s[^\n]*?\b(?:I|my|My|I'm|I've|I’m|I’ve)\b")
# This many marks of one shape make a page that kind; and phrases without which a text
# cannot have the shape at all (a cheap test that spares most articles the expressions;
# "\n" stands for the start of a line).
_RECIPE_CUES = (" cup", "tbsp", "tsp", "teaspoon", "tablespoon", "preheat", "ingredient", "°")
_PRODUCT_CUES = ("add to", "in stock", "out of stock", "free shipping", "free delivery")
_PRODUCT_CUES += ("free returns", "customer review", "specifications", "sku", "buy now")
_PRODUCT_CUES += ("product details", "product description", "qty", "\nprice:")
_PRODUCT_CUES += ("check price", "check the price", "see deal", "see black friday deal")
_PRODUCT_CUES += ("see today's deal", "see latest deal", "may earn", "might earn", "could earn")
_FORUM_CUES = ("\nre:", "\nreply:", "\nquote", "posted by", "\njoined:", "\nposts:")
_FORUM_CUES += ("reply with quote", "thread starter", "original poster", "last edited by")
_FORUM_CUES += ("posts:", "quote ·", "quote |", "quote •", "\nthread:", "note:", "» ")
_FORUM_CUES += ("member since",)
# A listing's entries open with their day ("Sat 28", "Sat, Dec", "Saturday, Dec" at the head
# of a line): a page with fewer lines that do is spared the expression.
_LISTING_CUE = re.compile(
    r"(?i)\n(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s"
    r"(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)
# Classified ads open in capitals: a page with fewer lines that do is spared the expression.
_CLASSIFIED_CUE = re.compile(r"\n[A-Z][A-Z'’&]{2}")
_PAGE_KINDS = (_RECIPE_LINE, _PRODUCT_LINE, _FORUM_LINE, _LISTING_LINE, _MENU_LINE, _JOB_LINE)
_PAGE_KINDS += (_PROPERTY_LINE, _NOTICE_LINE, _DAY_HEADING)
_SHAPES = ((_RECIPE_LINE, 3, _RECIPE_CUES), (_PRODUCT_LINE, 2, _PRODUCT_CUES))
_SHAPES += ((_FORUM_LINE, 2, _FORUM_CUES), (_LISTING_LINE, 3, _LISTING_CUE))
_SHAPES += ((_PRICED_ENTRY, 2, _DAY_HEADING),)
_SHAPES += ((_CLASSIFIED_LINE, 3, _CLASSIFIED_CUE),)
_JOB_CUES = ("salary", "closing date", "qualifications", "how to apply", "about the role")
_JOB_CUES += ("what we offer", "responsibilities")
_SHAPES += ((_JOB_LINE, 3, _JOB_CUES),)
# Shapes of the short lines alone (`kind_lines`) and the title: a menu's dishes, a property's
# details, a death notice's lines are never sentences, and a report's paragraphs are
# spared the expressions.
_LINE_SHAPES = ((_MENU_LINE, 5), (_PROPERTY_LINE, 3), (_NOTICE_LINE, 4))
_SHAPES += (
    (_BUDGET_LINE, 2, (") _ ", ") - ", ") -- ", ") — ", ") – ", "{ndash}", "will move", " _ ")),
)
_SHAPES += ((_ALMANAC_LINE, 1, ("\ntoday is ",)), (_ADVISORY_LINE, 1, ("clients of",)))
_SHAPES += ((_LIST_PAGE, 1, ("following",)), (_ADVICE_LINE, 1, ("\nq. ", "\nq: ")))
# What the news service's own pages are, for a reader told why they are left out.
_AGENCY_PAGES = {
    _BUDGET_LINE: "a news service's list of stories, not an article",
    _ADVISORY_LINE: "a news service's note to its clients, not an article",
    _ALMANAC_LINE: "an almanac, not an article",
    _LIST_PAGE: "a list or a table of figures, not an article",
}


# What a page shaped as no news is, for a reader who finds it listed after the news.
_PAGE_NAMES = {
    _RECIPE_LINE: "Recipe",
    _PRODUCT_LINE: "Shop",
    _FORUM_LINE: "Forum",
    _LISTING_LINE: "Listings",
    _PRICED_ENTRY: "Listings",
    _CLASSIFIED_LINE: "Classified ads",
    _MENU_LINE: "Menu",
    _JOB_LINE: "Job advert",
    _PROPERTY_LINE: "For sale",
    _NOTICE_LINE: "Death notices",
    _ADVICE_LINE: "Advice column",
}


def looks_like_news(document: Document) -> bool:
    """False for a page that declares itself, or is shaped like, a recipe, a product page
    or a buying guide, a forum thread, an events listing, classified ads, a menu, a job
    advert, a house for sale, death notices, an advice column, a news service's list of
    stories, an almanac or another kind of page that is not a news report."""
    return _not_news(document) is None


def _not_news(document: Document) -> re.Pattern[str] | str | None:
    """None for a news page; else the shape it has (one of `_SHAPES`), or why its
    declaration says it is not news."""
    if (said := declares_news(document.declared)) is not None:
        return None if said else "declared"
    return _shaped_as(document)


def kind_lines(lines: Sequence[str]) -> tuple[str, ...]:
    """The lines of `lines` that show a recipe, a shop's product or a forum thread (the
    short lines a cleaner drops: "2 tbsp plain flour", "Add to basket", "Posted by …"),
    at most MAX_KIND_LINES: what `_shaped_as` needs of them, not the page's menus."""
    # A sentence is prose, read with the paragraphs already ("the rise in stock prices");
    # a list's item comes with its mark as extracted.
    bare = (line.lstrip("-*•·– \t") for line in lines if not ends_sentence(line))
    found = (line for line in bare if any(kind.search(line) for kind in _PAGE_KINDS))
    return tuple(itertools.islice(found, MAX_KIND_LINES))


MAX_KIND_LINES = 20


def _shaped_as(document: Document) -> re.Pattern[str] | None:
    """The shape of a page that is not news (the first of `_SHAPES` or `_LINE_SHAPES` it
    has), or None: in its paragraphs and in the lines that show its kind (`kind_lines`)."""
    lines = "\n".join((*document.kind_lines, document.title))
    for shape, needed in _LINE_SHAPES:
        if _at_least(needed, shape, lines):
            return shape
    # The title last: a list page is known by how its text opens.
    text = "\n".join((*document.paragraphs, *document.kind_lines, document.title))
    opened = "\n" + text
    lower = opened.lower()
    for shape, needed, cues in _SHAPES:
        if isinstance(cues, re.Pattern):
            # Lines that open so: a shape of lines needs as many as it needs lines.
            if not _at_least(needed, cues, opened):
                continue
        elif not any(map(lower.__contains__, cues)):  # in C: no generator step per cue
            continue
        if _at_least(needed, shape, text):
            return shape
    return None


def _at_least(needed: int, pattern: re.Pattern[str], text: str) -> bool:
    """Whether `pattern` matches `text` `needed` times, looked for no further."""
    return sum(1 for _ in itertools.islice(pattern.finditer(text), needed)) == needed
