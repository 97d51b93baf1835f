"""Story titles a reader recognises: the articles' own headline, else a short lead sentence.

A title says what happened in a line. The articles' headline is the best one when they
have it (site names and dates around it removed); without one, the shortest informative
sentence among the leads of the story's most typical articles, at most MAX_TITLE_WORDS.
What a title must never be is told by shape, not by outlet: photo captions and credits,
timestamps, video and share widgets, form and CAPTCHA text, archive boilerplate.
"""

from __future__ import annotations

import datetime
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from functools import lru_cache

from .clean import TITLE_SEPARATOR, ends_sentence, is_boilerplate_sentence
from .dates import day_of
from .frequency import zipf_frequency
from .models import Document, Sentence
from .scenes import sets_a_scene
from .segment import distinct_words, outside_quotations, split_sentences, words_of
from .select import bare_name, full_names, opens_with_reference, stands_alone
from .stories import TITLES_OF_ADDRESS, rarity
from .terms import content_term_set, content_terms

MAX_TITLE_WORDS = 20
# A lead sentence shorter than this is a dateline or a label ("GENEVA (AP)"), not a title.
MIN_LEAD_WORDS = 6
# "Bridge reopens" is a headline; one word is a label.
MIN_HEADLINE_WORDS = 2
# Leads are looked for in this many of the story's most typical articles, this many
# sentences deep (news puts the event in its first sentences).
LEAD_DOCUMENTS = 5
LEAD_SENTENCES = 2
# Leads are compared with this many of the story's most typical articles to find the one
# that says what they have in common.
TYPICAL_DOCUMENTS = 50
# When no lead fits: the first lead cut after a clause, if that keeps this many words;
# else a whole sentence this deep in the most typical article.
MIN_CUT_WORDS = 8
DEEP_SENTENCES = 4

# Separators between a headline and the site, section or date around it.
_DATE_PART = re.compile(
    r"^\W*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})\W*$",
    re.IGNORECASE,
)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# Shapes a title must never have. Captions describe a picture and end on its date or
# credit; widgets, forms and archives speak to the reader about the page. Most shapes start
# at a word boundary: it is tested once for all of them, not once per shape at every
# position of the text (3x faster, same matches).
_NOT_A_TITLE_SHAPES = rf"""
      \b(?:
        (?:image|photo|picture|video)\s+(?:copyright|caption|credit)s?\b
      | (?:file|handout|staff)\s+photo\b
      | photo(?:graph)?s?\s*(?::|by\b|credit) | credit:\s
      | is\s+(?:seen|pictured|shown)\b
      | {_WEEKDAY},?\s*{_MONTH},?\s*\d{{1,2}},?\s*\d{{4}}\b
      | (?:enter|type)\s+the\s+(?:characters|code|text|word)s?\b | captcha\b
      | characters\s+(?:with|in)\s+\w+\s+colou?r\b | required\s+fields?\b
      | text\s+size\b | font\s+size\b | (?:sign|log)\s+(?:in|up)\b | subscrib
      | tweet\s+with\s+a\s+location\b | share\s+(?:this|on)\b | click\b
      | wayback\s+machine\b | internet\s+archive\b | crawl\b
      | editors?'?\s+names?\b | continue\s+reading\b | javascript\b
      | cookies?\b | newsletter\b | breaking\s+news\s+(?:e-?mails?|alerts?)\b
      | get\s+the\s+latest\b | special\s+reports\b
      | delivered\s+(?:daily|weekly|weekday|every|to\s+your)\b | your\s+inbox\b
      | buy\s+photo\b | wait\s+\d+\s+seconds?\b
      | (?:tel|fax|phone|e-?mail):\s | embed\b | your\s+tweets?\b
      | redirects\s+here\b | for\s+other\s+uses\b | the\s+following\s+photos?\b
      | (?:personal|non-?commercial)\s+use\b
      | comments?\s+(?:are|have\s+been)\s+closed\b
      | stay\s+(?:up\s+to\s+date|informed|tuned)\b | don'?t\s+miss\b | never\s+miss\b
      | (?:learn|find\s+out|read)\s+more\b | (?:shop|buy|order|book)\s+now\b
      | free\s+trial\b | promo(?:tional)?\s+code\b | limited\s+time\b | as\s+an\s+interest\b
      | sponsored\b | opinions\s+expressed\b | crawls\b
      | editors?['’]?s?\s+note\b | (?:correction|clarification)\s*:
      | (?:an\s+)?earlier\s+version\s+of\s+this\b
      | this\s+(?:story|article|report|post|piece)\s+(?:has\s+been|was)\s+(?:updated|corrected
        |(?:originally|first)\s+(?:published|posted)|edited)\b
      | (?:originally|first)\s+(?:published|appeared)\s+(?:in|on|at)\b
      | \d{{1,2}}:\d{{2}}\s*[ap]\.?m\.?\s+[a-z]{{2,4}}\s+(?:mon|tue|wed|thu|fri|sat|sun),?\s+\d
      | [a-z]+:\d+(?::\d*)+  # a page's widget id left in the text: "image:66419:2::0"
      )
    | \s/\s[^/]{{1,40}}\s/\s
    | ^\W*the\s+(?:author|writer)\s+is\b
    | ^today\s+is\s+[a-z]+day,[^.]{{0,20}}.*\bthe\s+\d+(?:st|nd|rd|th)\s+day\s+of\b  # an almanac
    | ^\W*(?:the\s+)?hono(?:u)?rable\s+(?:[^\s,]+\s*){{1,4}}$  # a letter's addressee
    | ^\W*dear\s+(?:[^\s,]+\s*){{1,4}}[,:]?$
    | ^[^,]{{2,40}},\s*\d{{1,3}},\s*of\s+[^,]{{2,40}}$  # "jane doe, 33, of fairview": a name
    | ^\W*(?:[a-z.&'-]+\s){{0,2}}(?:news|press|wire|service|bureau|desk),
      \s*(?:[a-z.'-]+\s?){{1,2}}\W*$  # an outlet and where it filed: "valley news, kessing"
    | \bis\s+(?:a|an|the)\s+(?:contributing|staff|senior|freelance|regular|guest)\s+
        (?:writer|editor|reporter|columnist|correspondent|contributor)\b
    | ^\W*(?:[a-z.'-]+\s){{1,3}}[a-z.'-]+/[a-z.&-]+(?:\s[a-z.&-]+)?\W*$  # a photo credit
    | https?://\S | www\.\w
    | ^\W*(?:story\s+)?highlights\b
    | ^\W*(?:caption|close|photo|image|file|video|watch|listen|advertisement)\b(?!\s+(?:of|to)\b)
    | ^\W*(?:in\s+)?this\s+(?:\w+\s+)?(?:video|photo|image|picture)\b
    | \((?:[^()]*\b)?photos?\b[^()]*\)
    | \([^()/\s]+(?:\s[^()/\s]+)?/[^()]*\)\W*$
    | (?:,|\bon)\s*(?:{_WEEKDAY},?\s*)?{_MONTH},?\s*\d{{1,2}},?\s*\d{{4}}\.?\s*$
    | ^\W*{_MONTH}\s*\d{{1,2}},?\s*\d{{4}}\b
    | ^\W*\d{{1,2}}:\d{{2}}\b | ^\W*(?:updated|posted|published|last\s+modified)\b
    | @\w
    | ^\W*(?:\w+\s+){{0,2}}(?:facebook|twitter|whatsapp|pinterest|linkedin|instagram|e-?mail
        |print)\W*$
    """
_NOT_A_TITLE = re.compile(_NOT_A_TITLE_SHAPES, re.IGNORECASE | re.VERBOSE)
# The shapes are written in lower case, so lower-cased ASCII text (where lower case is all
# IGNORECASE changes) matches them without the flag, 3x faster. Should a capital letter
# come into the shapes, every text takes the IGNORECASE way.
_NOT_A_TITLE_LOWER = re.compile(_NOT_A_TITLE_SHAPES, re.VERBOSE)
_LOWER_SHAPES = not re.search("[A-Z]", re.sub(r"\\.", "", _NOT_A_TITLE_SHAPES))
# A lead that opens like this leans on what came before it, speaks in the first person or
# is a quote (or ends one: "…,'' she said."), argues ("Not to take away from …"), or
# whose subject "also" did something (so
# did someone before it: "The ferry's owner also denied…"), that is one step of a list
# ("First, …"), or that opens on "Whether"
# or a verb (a question, or a fragment whose subject was cut off: "Aren't coming back…").
_LEANING = re.compile(
    r"""^(?:["“'‘`(\[]|(?:he|she|it|they|this|that|these|those|his|her|its|their|but|and|so
    |yet|however|still|also|then|meanwhile|instead|there|here|i|i'[a-z]+|we|you|my|our|not)\b)
    | ["”'’]{1,2}\s*,?\s+(?:\S+\s+){0,5}(?:said|says|added|told|wrote|asked)\b
    | ^(?:\S+\s+){1,4}also\b
    | \bthat['’]s\b  # "Experts say that's because …": what that is came before
    | ^(?:first|firstly|second|secondly|third|thirdly|next|lastly)\s*,  # one step of a list
    | ^(?:whether|is|are|was|were|aren't|isn't|wasn't|weren't|does|did|do|doesn't|didn't
    |don't|has|have|had|hasn't|haven't|could|would|should)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# Words after which a sentence cannot end: "the Rev." is not the end of anything.
_ABBREVIATION = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Rev|St|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Prof|Jr|Sr|No|Inc|Corp|Co"
    r"|Ltd|Ft|Mt|vs|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$|(?<![.\w])[A-Z]\.$"
)


def headline(document: Document) -> str | None:
    """The document's own headline without the site, section or date around it; or None."""
    if not document.has_headline:
        return None  # titled by its file name: it has no headline
    pieces = TITLE_SEPARATOR.split(document.title.strip())
    parts, bars = pieces[::2], [b.strip() for b in pieces[1::2]]
    # The headline is the longest part; the site, section and date are the short rest.
    # Sites follow the headline ("… - The Observer"); a part before it is dropped only
    # after a bar ("World | …"), since "Trump - Kim summit …" is one headline.
    main = max(range(len(parts)), key=lambda k: (len(parts[k].split()), -k))
    rest = parts[:main] + parts[main + 1 :]
    if all(_site_like(p) for p in rest) and all(b == "|" for b in bars[:main]):
        text = parts[main].strip()
    else:
        text = document.title.strip()
    if (label := _PROMOTION.match(text)) and len(text[label.end() :].split()) >= 4:
        text = text[label.end() :]
    if not MIN_HEADLINE_WORDS <= len(text.split()) <= MAX_TITLE_WORDS or not usable(text):
        return None
    if _PLACE_LINE.match(text) or not _about(text, document):
        return None
    return text


# A broadcaster's or site's label before the headline, in capitals: "FIRST ALERT: Winter
# weather advisory …", "EXCLUSIVE: …". It says how the page was sold, not what happened (a
# source's name before a colon, "NASA: …", is the headline's own: not here). A link's
# label ("WATCH: …") makes the whole line no title (clean.is_not_prose).
_PROMOTION = re.compile(r"^(?:FIRST ALERT|WEATHER ALERT|ALERT|EXCLUSIVE|DEVELOPING|JUST IN)\s*:\s+")


# A dateline saved as the page's title: a place in capitals, then its country or state.
_PLACE_LINE = re.compile(
    r"^[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\W*$"
)


def _about(text: str, document: Document) -> bool:
    """Whether a headline names something its page's text names too. A page's title
    that shares no word with its text is page furniture (a label such as "Reader
    Preview", a section heading, a tagline, a byline), not what the page reports. A page
    whose text holds nothing but the title keeps it."""
    terms = {t for w in _WORD.findall(text) if (t := _term_of(w)) is not None}
    if not terms or not document.paragraphs:
        return True
    return any(
        _term_of(word) in terms
        for paragraph in document.paragraphs[:KEY_PARAGRAPHS]
        for word in _WORD.findall(paragraph)
    )


def _site_like(part: str) -> bool:
    """A short piece beside a headline: a site's or section's name, or a date. A name
    opens on a capital or a digit unless it is an address ("nytimes.com"): a piece in
    small letters is the headline's own ("Rates rise – what it means")."""
    part = part.strip()
    return bool(_DATE_PART.match(part)) or (
        len(part.split()) <= 5 and not (part[:1].islower() and "." not in part)
    )


def usable(text: str) -> bool:
    """Whether a line may stand as a title: not a caption, credit, widget or boilerplate."""
    return (
        not _not_a_title(text)
        and not _WORK_AND_AUTHOR.match(text)
        and not is_boilerplate_sentence(text)
        and not _ABBREVIATION.search(text)
    )


# A review's or an excerpt's header: a work's name in capitals, then its author ("THE
# LONG ROAD HOME, by Jane Doe."). The capitals tell it from "…, by a wide margin.".
_WORK_AND_AUTHOR = re.compile(
    r"^\W*(?:[A-Z0-9][^\s,]*\s+)*[A-Z0-9][^\s,]*,\s+by\s+[A-Z][^\s,]*(?:\s+[A-Z][^\s,]*){0,3}\W*$"
)


def _not_a_title(text: str) -> bool:
    if _LOWER_SHAPES and text.isascii():
        return bool(_NOT_A_TITLE_LOWER.search(text.lower()))
    return bool(_NOT_A_TITLE.search(text))


def story_title(
    documents: Sequence[Document],
    central: Sequence[int],
    shown: Sequence[str] = (),
    latest: Collection[str] = (),
) -> str:
    """The title of a story: the most shared headline, else the shortest informative lead;
    of a developing story, the most shared of its newest reports' headlines.

    `central` orders the documents (positions in `documents`) most typical first; `shown`
    holds the sentences the story already shows, in reading order, which a title should
    not repeat; `latest` the ids of its newest reports when it is developing (see
    brief.developing), whose headline says where it stands.
    """
    named = _by_given_name(documents)
    if latest:
        headed = [h for d in documents if d.id in latest and (h := headline(d))]
        newest = [h for h in headed if not named(h)]
        if headed and not newest:
            # The newest reports call someone by the given name alone: the newest before
            # them with a headline a reader knows.
            dated = [
                (day, h)
                for d in documents
                if (day := day_of(d.date)) is not None and (h := headline(d)) and not named(h)
            ]
            last = max((day for day, _ in dated), default=None)
            newest = [h for day, h in dated if day == last]
        if newest:
            return _most_shared(newest)
    headlines = [h for d in documents if (h := headline(d))]
    headlines = [h for h in headlines if not named(h)] or headlines
    if headlines and 2 * len(headlines) >= len(documents):
        return _most_shared(headlines)
    # Fewer than half kept a headline: one is still better than a lead cut to fit, if it
    # reads as a headline of this story (a header line such as a column name, a byline or
    # a caption does not: too short, a credit in brackets, or about something else). What
    # the story is about: its most typical article's opening, and the bullets it shows (a
    # story whose most typical article is a long feature around the event, a reading's
    # missing woman found on a TV show, had the event's own headline passed over).
    if headlines:
        opening = " ".join((*documents[central[0]].paragraphs[:3], *shown))
        opening_terms = _term_set(opening)
        if fitting := [h for h in headlines if _headline_of(h, opening_terms)]:
            return _most_shared(fitting)
    return anchored(lead_title(documents, central, shown))


# A title before a surname, no given name ("Cllr Wraithe 'deeply concerned' …").
_TITLES = TITLES_OF_ADDRESS | {"coun", "cpl", "const", "rev", "prof", "sen", "gov", "rep"}
# A headline's word that may be a given name: capitalised, in small letters after.
_GIVEN = re.compile(r"\b[A-Z][a-z]{2,}\b")
# English words that are no surname after a given name ("Darrell is", "Joan said"), and
# no given name ("The", "New"; "Joan" is 3.3, "Darrell" 2.6, "John" 5.2).
SURNAME_ZIPF = 3.5
GIVEN_ZIPF = 4.5


def _by_given_name(documents: Sequence[Document]) -> Callable[[str], bool]:
    """A test of whether a headline calls someone by the given name alone, whose surname
    the story's articles give ("Darrell is home - and he wants to say thank you", "Rallying
    round Joan": a village newsletter's headlines, which titled stories a reader of the
    county did not know "Darrell" from): a word of the headline that the articles write
    before a rarer capitalised word ("Darrell Himmelman") which they also write without it
    ("Joanne Himmelman said"), and that the headline does not give."""
    text = "\n".join(p for d in documents for p in d.paragraphs)
    surnames: dict[str, list[str]] = {}  # a given name's surnames, found once a story

    def surnames_of(first: str) -> list[str]:
        if first not in surnames:
            surnames[first] = [
                surname
                for match in re.finditer(rf"\b{first}\s+([A-Z][\w'’-]+)", text)
                if zipf_frequency((surname := match[1]).lower()) < SURNAME_ZIPF
                and re.search(rf"(?<!{first}\s)\b{re.escape(surname)}\b", text)
            ]
        return surnames[first]

    def named(title: str) -> bool:
        # (not "The", "New": a given name is a rarer word)
        given = {
            w
            for w in _GIVEN.findall(title)
            if zipf_frequency(w.lower()) < GIVEN_ZIPF and w.lower() not in _TITLES
        }
        words = {w.lower() for w in re.findall(r"[\w'’-]+", title)}
        return any(
            surname.lower() not in words for first in given for surname in surnames_of(first)
        )

    return named


def opening_title(document: Document) -> str | None:
    """A document's first informative sentence as a title, whole when it fits, else
    shortened as a story's lead is (`_lead`); None when none is. What a source without a
    headline is listed as: the opening a reader would recognise it by."""
    for text in itertools.islice(_qualifying(document), LEAD_SENTENCES):
        if title := _lead(text):
            return anchored(title)
    return None


def anchored(title: str) -> str:
    """The title without the words that say where, when or how often only to a reader of
    its article, who has the dateline and the date: "here", "today", "once again" ("Health
    ministers meeting here today pledged once again …" → "Health ministers meeting pledged
    …"), or a weekday inside its sentence (`_without_day`: "The board voted on Wednesday
    to close …" under a story of Thursday's and Friday's reports points nowhere), or its
    dateline. A title stands in a briefing of other places and days."""
    undated = _without_day(title)
    if dateline := _TITLE_DATELINE.match(undated):  # "SAN FRANCISCO _ …": the page's place
        undated = undated[dateline.end() :]
    if len(undated.split()) >= MIN_LEAD_WORDS:
        title = undated
    if not _UNANCHORED_WORD.search(title):
        return title
    text = _AGAIN_ASIDE.sub("", title)
    text = _UNANCHORED.sub(_unanchored_replacement, text)
    text = re.sub(r"\s+([,.;:…])", r"\1", re.sub(r"\s{2,}", " ", text)).strip(" ,")
    text = re.sub(r",(?=[,.;:…])", "", text)
    text = text[:1].upper() + text[1:]
    return text if len(text.split()) >= MIN_LEAD_WORDS else title


_UNANCHORED_WORD = re.compile(r"\b(?:here|today|again)\b", re.IGNORECASE)
_AGAIN_ASIDE = re.compile(r",\s+(?:once|yet)\s+again,", re.IGNORECASE)
# The word before tells an adverb ("met here", "said today") from a place or a time a
# phrase names ("from here", "until today"), which cannot go without its phrase.
_UNANCHORED = re.compile(
    r"(?:^|(?<=\s))(?:(?P<before>[\w'’]+)\s+)?"
    r"(?P<word>(?:once|yet)\s+again|here(?!['’]s|\s+(?:is|are|was|were)\b)|today(?!['’]s)"
    r"|^(?:Once|Yet)\s+again|^Today(?!['’]s))\b"  # in capitals only first: "Families Today"
)
_KEEPS_ITS_WORD = frozenset(
    "from near around over up down out in to right back of until till for as since than by"
    " before after like through than of is are was were and or not be been being stay"
    " stayed stays remain remained remains live lived lives".split()
)


def _unanchored_replacement(match: re.Match[str]) -> str:
    before = match["before"]
    if before is not None and before.lower() in _KEEPS_ITS_WORD:
        return match[0]
    return f"{before} " if before else ""


# A headline of fewer than half of a story's articles must have this many words, and share
# this many content terms with the opening paragraphs of its most typical article.
MINORITY_HEADLINE_WORDS = 6
MINORITY_HEADLINE_SHARED = 3


def _headline_of(text: str, opening_terms: set[str]) -> bool:
    if len(text.split()) < MINORITY_HEADLINE_WORDS or text.rstrip().endswith((")", "|")):
        return False
    return len(_term_set(text) & opening_terms) >= MINORITY_HEADLINE_SHARED


def _term_set(text: str) -> set[str]:
    """set(content_terms(words_of(text))), each distinct word cut and looked up once."""
    found = content_term_set(distinct_words(text))
    return found if found is not None else set(content_terms(words_of(text)))


def _most_shared(headlines: Sequence[str]) -> str:
    """The headline that shares the most terms with the others (the first among equals)."""
    term_sets = [_term_set(h) for h in headlines]
    counts = Counter(t for s in term_sets for t in s)

    def centrality(index: int) -> tuple[float, int]:
        shared = sum(counts[t] - 1 for t in term_sets[index])
        return (shared / (1 + len(term_sets[index])) ** 0.5, -index)

    return headlines[max(range(len(headlines)), key=centrality)]


def _most_typical(leads: Sequence[str], documents: Sequence[Document]) -> str:
    """The lead whose words most of the story's articles share; among equals a whole
    sentence before a cut one, then the first."""
    if len(leads) == 1 or len(documents) < 3:
        return leads[0]
    counts: Counter[str] = Counter()
    for document in documents:
        counts.update(_term_set(" ".join(document.paragraphs[:3])))

    def typical(index: int) -> tuple[float, bool, int]:
        found = _term_set(leads[index])
        shared = sum(counts[t] - 1 for t in found) / (1 + len(found)) ** 0.5
        return (shared, not leads[index].endswith("…"), -index)

    return leads[max(range(len(leads)), key=typical)]


def lead_title(
    documents: Sequence[Document], central: Sequence[int], shown: Sequence[str] = ()
) -> str:
    """The informative lead that best says what the story is about.

    Informative: a whole sentence of MIN_LEAD_WORDS to MAX_TITLE_WORDS words, in capitals
    and small letters, that does not lean on what came before ("He said…", "But…", a
    quote), is not a question, a fragment or a line telling the reader what to do, and is
    not a caption or a widget; a lead the story already shows as a bullet is used only
    when no other fits. Candidates are the first CANDIDATE_SENTENCES informative sentences
    of the most typical articles, whole when they fit, else shortened (`_shortened`:
    asides left out, then cut where the head keeps its verb, never at an abbreviation) if
    that keeps MIN_CUT_WORDS. The one that covers most of the story's key terms wins
    (`_key_terms`: words the articles repeat that are rare in English), a first sentence
    counting LATER_SENTENCE times more than a later one: news puts the event first, but
    a feature opens on a scene or an anecdote that names none of what it is about.
    Failing those: a whole sentence further into the most typical article, any lead cut
    after a clause.
    """
    ranked = central[:LEAD_DOCUMENTS]
    # Each article is split only as deep as asked: most titles need its first sentence.
    openings = [_Informative(documents[k]) for k in ranked]
    typical = [documents[k] for k in central[:TYPICAL_DOCUMENTS]]
    firsts = {
        text: title
        for opening in openings
        if (found := opening.first(1)) and opening.lead and (title := _lead(text := found[0]))
    }
    # Several articles: the first sentence that most of them share words with; later
    # sentences only when no article has a first one that fits.
    # A scene or an anecdote (`sets_a_scene`) only when no article opens on the news; when
    # none does, the sentences that say most of the story compete (`_best_covering`).
    # Nor one the story shows as a bullet, whole or shortened: a title that repeats the
    # first bullet tells the reader nothing the bullet does not, and another article's
    # lead says the news in other words.
    leads = {text: t for text, t in firsts.items() if not sets_a_scene(text)}
    # Leads that name what they are about, when some do (`unintroduced`).
    leads = {text: t for text, t in leads.items() if not unintroduced(text)} or leads
    # A story of several days whose first bullet is the lead of its newest article is
    # headed by that lead, though the title then repeats the bullet: an older article's
    # lead says what was so before (a reading found a week-old lead on a candidate's lead
    # in the polls over a first bullet on his standing dipping).
    if (
        shown
        and len(documents) > 1
        and (newest := _newest_leads(leads, openings, [documents[k] for k in ranked]))
        and (first := next((t for text, t in newest.items() if shown[0] in (text, t)), None))
    ):
        return first
    news = [t for text, t in leads.items() if text not in shown and t not in shown]
    if shown and len(documents) > 1:
        news = _telling_the_bullets(news, leads, shown)
    if len(documents) > 1 and news:
        return _most_typical(news, typical)
    # The most typical article deep enough for the fallback further down.
    deep = openings[0].first(DEEP_SENTENCES)
    leads = [deep[:CANDIDATE_SENTENCES]]
    leads += [opening.first(LEAD_SENTENCES) for opening in openings[1:]]
    if title := _best_covering(leads, firsts, typical, shown):
        return title
    deeper = [t for t in deep if _fits(t)]
    if deeper:
        return next((t for t in deeper if t not in shown), deeper[0])
    for text in (t for found in leads for t in found):
        if cut := _clause(text):
            return cut
    # No informative sentence: the first usable one of the most typical articles.
    loose = [t for k in ranked for t in _sentences(documents[k], 1, strict=False)]
    for text in loose:
        if _fits(text):
            return text
        if cut := _clause(text):
            return cut
    if loose:
        return " ".join(loose[0].split()[:MAX_TITLE_WORDS]) + "…"
    # Not one usable sentence (a page of widgets, an archive's notices): its headline,
    # else a line that says so. Its file name would read as a title, and the Also line
    # names the file already.
    return headline(documents[ranked[0]]) or NO_NEWS_TITLE


NO_NEWS_TITLE = "A page with no headline and no news sentence"
# A story's lead title shares this many terms with its bullets, when some lead does.
BULLET_TERMS = 2


def _telling_the_bullets(
    news: Sequence[str], leads: dict[str, str], shown: Sequence[str]
) -> list[str]:
    """The leads that tell of what the bullets say: the title is read as their headline.
    A lead does when it has BULLET_TERMS in common with them, and at least TOLD_SHARE of
    its terms: a loose story's most typical lead may tell of another of its events (an
    army order over bullets on a boycott, both about settlements: the thirteenth reading's
    worst titles) and share the topic's words. When no lead the bullets leave out does
    (another event's lead over this one's bullets, a report on polar bears over bullets on
    salmon), the first bullet that is an article's lead does better than one that says
    something else, though the title then repeats it; failing both, the leads as they
    are. `shown` is the bullets, in order."""
    told = set().union(*map(_term_set, shown))

    def related(title: str) -> bool:
        terms = _term_set(title)
        shared = len(terms & told)
        return shared >= BULLET_TERMS and shared >= TOLD_SHARE * len(terms)

    fresh = [t for t in news if related(t)]
    if fresh or not news:
        return fresh
    telling = {text: t for text, t in leads.items() if related(t)}
    return _first_bullet_lead(telling, shown) or list(news)


def _newest_leads(
    leads: dict[str, str], openings: Sequence[_Informative], documents: Sequence[Document]
) -> dict[str, str]:
    """The leads (of `leads`) that open the newest of the articles, when the articles
    they open are of two days or more; else none. `openings[k]` is `documents[k]`'s."""
    days: dict[str, datetime.date] = {}
    for opening, document in zip(openings, documents, strict=True):
        found = opening.first(1)
        if found and found[0] in leads and (day := day_of(document.date)):
            days[found[0]] = max(day, days.get(found[0], day))
    if len(set(days.values())) < 2:
        return {}
    newest = max(days.values())
    return {text: leads[text] for text, day in days.items() if day == newest}


def _first_bullet_lead(leads: dict[str, str], shown: Sequence[str]) -> list[str]:
    """The title of the first bullet that is one of `leads` (whole or as its title), or
    none: the bullets are in reading order, and the first lead among them says the
    story's news."""
    order = {text: k for k, text in enumerate(shown)}
    repeats = sorted(
        (order.get(text, order.get(t)), t)
        for text, t in leads.items()
        if text in order or t in order
    )
    return [repeats[0][1]] if repeats else []


# The share of its terms a lead must have in common with the story's bullets to head them:
# the thirteenth reading's two wrong titles shared 3 of 9 and 3 of 10 (the topic's words);
# a report of the bullets' event in other words shares most of them.
TOLD_SHARE = 0.5
# Candidate titles are looked for this many informative sentences deep in each article.
CANDIDATE_SENTENCES = 4
# A later sentence must cover this many times the key terms of its article's first to be
# the title instead (a first sentence that is news names the story's people and places).
LATER_SENTENCE = 4.0
# Key terms are counted in this many paragraphs of each article.
KEY_PARAGRAPHS = 40


def _best_covering(
    leads: Sequence[Sequence[str]],
    firsts: dict[str, str],
    documents: Sequence[Document],
    shown: Collection[str],
) -> str | None:
    """The title of the lead sentence that covers most of the story's key terms (see
    lead_title), or None when none makes a title.

    Coverage is that of the whole sentence, though its title may leave some out: an aside
    left out of a lead ("The officer, who was filmed …, has been fired") is still what the
    lead reports. Sentences are tried best first, so only the few that can win are
    shortened."""
    counts = _key_terms(documents)
    ranked = []
    for found in leads:
        for position, text in enumerate(found):
            # A first sentence that only a plain cut after a clause makes fit may still
            # say the news, but as often stops before it ("The sheriff said an inquiry
            # into …"): it competes as a later sentence would.
            # Nor does one that tells what is usually so ("Doctors often recommend …",
            # "Gardeners once considered …"): background a feature opens on, not news.
            later = (
                position > 0
                or text not in firsts
                or bool(_USUALLY.search(text))
                or unintroduced(text)
            )
            covered = _coverage(text, counts) / (LATER_SENTENCE if later else 1)
            # A scene, an anecdote or a teaser (`sets_a_scene`) says what happened in
            # none of its words: any sentence after it that makes a title is the title.
            if not position and sets_a_scene(text):
                covered = -1.0
            ranked.append((covered, position, text))
    ranked.sort(key=lambda found: -found[0])  # stable: among equals, the first
    titles: list[str] = []
    for _, position, text in ranked:
        title = firsts.get(text) or (_lead(text) if position else _clause(text))
        # A shortened bullet may still be the title here: the article's later sentences
        # made worse titles than the repeat, more often than not (RESULTS, eighth session).
        if title and title not in shown:
            return title
        titles += [title] if title else []
    return titles[0] if titles else None


# A lead whose subject is a thing or a person the article introduced nowhere before it
# ("The company disclosed …", "The judges let the ruling stand …", "The 9-year-old girl
# was found …", "One of the suspects was arrested …"): a definite description of a few plain
# words, no name, no figure, no phrase that says which ("of Miami", "outside the Embassy"),
# then its verb. The headline the article lost named it; the line alone leaves the
# reader asking which company. Such a lead competes as a later sentence would.
_UNINTRODUCED = re.compile(
    r"""^(?:the|these|those|this|such|one\s+of\s+(?:the|their|its|his|her))\s+
    (?:(?!(?:of|in|at|on|for|from|by|with|outside|near|over|after|that|which|who|and
       # Things and offices there is one of where news is read: "The economy is
       # slowing …", "The mayor said …".
       |economy|markets?|government|administration|weather|world|nation|country|public
       |military|army|navy|police|internet|dollar|euro|president|prime|mayor|governor
       |premier|chancellor|king|queen|pope)\b)
       (?:[a-z][\w'’-]*|\d+-[\w-]+)\s+){0,3}?
    (?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does
      |came|comes|let|lets|said|says|took|takes|made|makes|went|goes|got|gets|gave|found
      |left|told|won|lost|began|begins|fell|rose|hit|set|put|ran|saw|met|led|held|kept
      |sent|spent|paid|sold|built|broke|brought|caught|chose|drew|drove|fled|flew|grew
      |knew|shot|stood|struck|threw|wrote|became|seems|appears|remains|continues
      # A word in -ed is the verb when an object, a phrase or the end follows it, not a
      # noun ("The heated battle over …" is a subject with its adjective).
      |[a-z]+ed(?=\s+(?:the|a|an|his|her|its|their|this|that|these|those|to|in|on|at|by
        |for|with|from|as|after|before|when|while|up|out|down|off|back|over|into|about
        |no|not|more|last)\b|\s+[A-Z\d]|[,.;:]|\s*$))\b""",
    re.VERBOSE,
)


def unintroduced(text: str) -> bool:
    """Whether a lead opens on a definite description it never introduced
    (`_UNINTRODUCED`), after its dateline."""
    if dateline := _TITLE_DATELINE.match(text):
        text = text[dateline.end() :]
    return bool(_UNINTRODUCED.match(text[:1].lower() + text[1:]))


_USUALLY = re.compile(
    r"\b(?:often|frequently|usually|typically|generally|commonly|sometimes|rarely|seldom"
    r"|once\s+(?:was|were|had|thought|considered)|tends?\s+to"
    # What was believed until the news: "The disease was thought to strike only …".
    r"|(?:was|were)\s+(?:long\s+)?(?:believed|thought|assumed)\s+to)\b",
    re.IGNORECASE,
)


def _key_terms(documents: Sequence[Document]) -> Counter[str]:
    """How often the articles use each term: in how many of them, for a story of several.
    A term counts by the log of that times its rarity in English (`_coverage`), so a word
    used once weighs nothing and a name the article keeps coming back to a lot."""
    counts: Counter[str] = Counter()
    for document in documents:
        # Each distinct word's term looked up once.
        words = Counter(_WORD.findall(" ".join(document.paragraphs[:KEY_PARAGRAPHS])))
        if len(documents) > 1:
            counts.update({t for w in words if (t := _term_of(w)) is not None})
            continue
        for word, uses in words.items():
            if (term := _term_of(word)) is not None:
                counts[term] += uses
    return counts


# Words as key terms are counted: a plain pattern, not the tokenizer (three times faster
# over a whole article, and only counts are wanted).
_WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")


def _coverage(text: str, counts: Counter[str]) -> float:
    """How much of the articles' key terms the sentence names (see _key_terms)."""
    weights = {}
    for word in _WORD.findall(text):
        if (term := _term_of(word)) is not None and counts[term] > 1 and term not in weights:
            weights[term] = rarity(word.lower()) * math.log(counts[term])
    return sum(weights.values())


@lru_cache(maxsize=65536)
def _term_of(word: str) -> str | None:
    found = content_terms([word])
    return found[0] if found else None


def _fits(text: str) -> bool:
    return len(text.split()) <= MAX_TITLE_WORDS


def _sentences(document: Document, limit: int, strict: bool = True) -> list[str]:
    """The document's first `limit` informative sentences (any usable ones if not strict)."""
    return list(itertools.islice(_qualifying(document, strict), limit))


def _qualifying(
    document: Document, strict: bool = True, leaning: list[str] | None = None
) -> Iterator[str]:
    """The document's informative sentences in order (any usable ones if not strict),
    split a paragraph at a time as they are asked for. Sentences left out only because
    they lean on one before them go to `leaning`."""
    captions = _dated_captions(document)
    names = _FullNames(document)
    first = True
    for number, paragraph in enumerate(document.paragraphs):
        for text, words in split_sentences(paragraph):
            if (
                len(words) < MIN_LEAD_WORDS
                or not ends_sentence(text)
                or (strict and not _plain_informative(text))
                or any(text in caption for caption in captions)
            ):
                continue
            # A later sentence by surname alone leans on the lead that introduced them;
            # the lead itself is how the article chose to name them.
            if strict and not (_stands_alone(text) and (first or not names.bare(text, number))):
                if leaning is not None and usable(text):
                    leaning.append(text)
                first = False
            elif usable(text):  # the slowest test last
                first = False
                yield text


class _FullNames:
    """The full names a document gives ("Jane Doe") up to a paragraph, read when a
    sentence there names someone by a surname alone: a title that does so ("Doe said
    …", "In 1990, Doe …") leaves the reader asking who, as a briefing's sentence would
    (`select.bare_name`). News gives the full name before the surname alone, so the
    paragraphs after the sentence are not read."""

    def __init__(self, document: Document) -> None:
        self._paragraphs = document.paragraphs
        self._known: set[str] = set()
        self._read = 0  # paragraphs read into _known

    def bare(self, text: str, paragraph: int) -> bool:
        """Whether the sentence of that paragraph names by surname alone someone the
        document names in full up to it."""
        # The surname the sentence uses alone, if any, before the document is read: most
        # sentences have none, and paragraphs are read only for those that do.
        sentence = _as_sentence(text)
        if bare_name(sentence, frozenset(_CAPITALISED.findall(text))) is None:
            return False
        for read in self._paragraphs[self._read : paragraph + 1]:
            # A full stop after a word ends a sentence: "… in Boston. Doe said" names no
            # "Boston Doe" (initials such as "J." and "St." keep theirs).
            self._known |= full_names(_as_sentence(_SENTENCE_END.sub(" | ", read)))
        self._read = max(self._read, paragraph + 1)
        # Asked again of the names the document gives: the first word the sentence uses
        # alone may be no one's surname ("Dr. Dieter Doe" gives "Dieter"), and a later
        # one someone's ("Okafor and Dr. Dieter Doe testified").
        return bare_name(sentence, frozenset(self._known)) is not None


_SENTENCE_END = re.compile(r"(?<=[a-z]{2})[.!?]\s+")
_CAPITALISED = re.compile(r"[A-Z](?:[\w-]|['’](?!s\b))+")


def _as_sentence(text: str) -> Sentence:
    """A text as selection's checks take it (they read only the text)."""
    return Sentence("", 0, 0, 0.0, text, ())


class _Informative:
    """A document's informative sentences (`_qualifying`), kept as far as they were asked
    for: a title that a first sentence makes never splits the rest of the article."""

    def __init__(self, document: Document) -> None:
        self._found: list[str] = []
        self._leaning: list[str] = []
        self._rest = _qualifying(document, leaning=self._leaning)
        # Whether the first of them is the article's lead: no sentence before it was left
        # out for leaning on another ("To meet that goal, …" opens on the lead's news;
        # what follows it is detail, not a lead).
        self.lead = True

    def first(self, limit: int) -> list[str]:
        """The first `limit` of them (fewer if the document has fewer)."""
        for text in itertools.islice(self._rest, max(0, limit - len(self._found))):
            if not self._found:
                self.lead = not self._leaning
            self._found.append(text)
        return self._found[:limit]


# A photo caption saved twice, once under the picture's date ("May 2, 2019 A man carries
# a sign …"): the sentence is the caption, wherever it stands.
_DATED = re.compile(rf"^{_MONTH}\s*\d{{1,2}},?\s*\d{{4}}\s+(?=[A-Z])", re.IGNORECASE)


def _dated_captions(document: Document) -> list[str]:
    return [p[m.end() :] for p in document.paragraphs if (m := _DATED.match(p))]


def _informative(text: str) -> bool:
    """Stands alone as a title: starts a sentence, says something, quotes nobody."""
    return _plain_informative(text) and _stands_alone(text)


def _plain_informative(text: str) -> bool:
    """_informative but for leaning on a sentence before it (`_stands_alone`)."""
    return (
        text[0].isupper()
        and not text.isupper()
        and not _LEANING.search(text)
        # A question, a quote, or a caption's closing credit ("… a barn (Farm Watch)").
        and not text.rstrip().endswith(("?", "''", '"', "”", ")"))
        # A columnist or a shop talking to the reader ("When last we talked, my …", "In
        # theory, you know you need …"), outside any quotation: not what happened. ("Our"
        # and "us" are also everyone's: "a new comet in our night sky".)
        and not _PERSONAL_VOICE.search(" ".join(outside_quotations(text)))
        and not _IMPERATIVE.match(text)
        # An opening phrase that never reaches its main clause: "Dancing until dawn …".
        and not (_OPENS_PHRASE.match(text) and not _OPENING_PHRASE.match(text))
    )


def _stands_alone(text: str) -> bool:
    """What a briefing's sentence must do too: lean on no sentence before it ("A year
    earlier, …", "Last week, they …", "The two sides …"). Selection's first-person test
    is wider than `_informative`'s: "us" and "our" are everyone's here ("a new comet in
    our night sky")."""
    return stands_alone(_EVERYONE.sub("all", text))


_EVERYONE = re.compile(r"\b(?:[Uu]s|[Oo]ur)\b")


_PERSONAL_VOICE = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|[Mm]y|[Yy]our)\b")
# A sentence that opens on a verb tells the reader what to do ("Add … to stay up to date",
# "Don't expect …", "Sign up …"): a promotion or a columnist's aside, not what happened.
_IMPERATIVE = re.compile(
    r"^[\"“‘']?(?:add|get|download|subscribe|sign|follow|join|click|tap|watch|read|listen"
    r"|learn|discover|find|see|try|shop|buy|register|enter|visit|check|share|stay|keep|grab"
    r"|claim|explore|enjoy|upgrade|unlock|meet|imagine|remember|consider|don['’]t|do\s+not"
    r"|never|be\s+sure|make\s+sure|let['’]s|please)\b",
    re.IGNORECASE,
)


def _lead(text: str) -> str | None:
    """A first sentence as a title: whole if it fits and says what happened, else shortened."""
    if not _fits(text):
        return _shortened(text)
    return text if len(text.split()) >= MIN_LEAD_WORDS else None


def _shortened(text: str) -> str | None:
    """The sentence's news in at most MAX_TITLE_WORDS, or None.

    First without what a reader can do without (a dateline with a credit in brackets,
    asides between commas or in brackets, then an opening phrase of time or place), whole
    if that fits; else cut after a clause or before a phrase, keeping a subject and its
    verb ("The two engineers at the centre of the scandal…" stops before the news).
    """
    if dateline := _TITLE_DATELINE.match(text):
        text = text[dateline.end() :]
    # A headline names no weekday ("The council on Friday approved …"): the page dates
    # the story, and the words go to what happened.
    text = _without_day(text)
    plain = _without_asides(text)
    variants = [plain]
    if not _fits(plain) and (shorter := _without_relative_clause(plain)):
        variants.append(shorter)
    rest = plain
    # Each opening phrase in turn: "A year after the fire, rebuilding the mill, the town …".
    while (opening := _OPENING_PHRASE.match(rest)) and len(rest) > opening.end():
        # Not when what follows is the verb: the phrase was the subject ("Rowing at dawn,
        # racing the ferries, can be dangerous …").
        # Nor when a relative pronoun follows: "…, which will keep the bank …" needs them.
        following = rest[opening.end() :].split(maxsplit=1)[0].lower()
        if not _droppable(opening[0]) or following in _FINITE | _MAIN_AUXILIARIES | _RELATIVE:
            break
        if (
            _names_whom(opening[0], rest[opening.end() :])
            or _LIST_GOES_ON.match(rest, opening.end())
            or _in_apposition(rest[opening.end() :])
            or _COUNTS_OF_THE_OPENING.match(rest, opening.end())
        ):
            break
        rest = rest[opening.end() :]
        rest = rest[0].upper() + rest[1:]
    if rest != plain and _informative(rest):  # not "He will…"
        variants.append(rest)
    # Last, without where its subject is: the news is what they did.
    variants += [
        short
        for variant in variants
        if not _fits(variant) and (short := _without_subject_place(variant)) not in variants
        if short is not None
    ]
    # A title keeps whose claim it is: "…, a safety agency says" or "a study suggests" is
    # never what goes to make it fit (a claim would become a fact).
    variants = [v for v in variants if _attributions(v) >= _attributions(text)]
    for variant in variants:
        if variant != text and _fits(variant) and _whole(variant):
            return variant
    # Asides and all, if only that cut keeps enough. Of the cuts, the one that keeps most
    # of what the subject did: "After a long hearing on Thursday, leaders of both
    # parties…" names who, while the cut of the sentence without its opening phrase goes
    # on to what they agreed (the first of equals: the least shortened).
    tried = dict.fromkeys((*variants, text))  # each once, in order
    cuts = [cut for variant in tried if (cut := _clause(variant, MIN_CUT_WORDS))]
    if cuts:
        return max(cuts, key=_predicate_words)
    return _cut_before_whose_claim(variants[0] if variants else plain)


# A weekday or "today" inside a sentence, with "on" and the time of day, before more of
# the sentence: "The council on Friday approved …", "X Friday lost …".
_ANY_CASE_WEEKDAY = "(?i:" + _WEEKDAY[len("(?:") :]
_DAY = re.compile(
    rf"(\S+)\s+(?:(?:on|late|early)\s+)?(?:{_ANY_CASE_WEEKDAY}|today|yesterday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?!\s+(?:morning|afternoon|evening|night)\b)"
    rf"(?!\s+(?:and|or|through|till|until|to)\s+{_ANY_CASE_WEEKDAY})(?=\s+[a-z])"
)
# Words after which the day is part of a phrase: "last Friday", "the Monday deadline",
# "Good Friday", "from Monday to …", "scheduled for Friday", "a study published Friday".
_DAY_BELONGS = frozenset(
    "the a an this that last next every each until till since by from to and or through"
    " between of for at in on late early before after good black super cyber holy easter palm ash"
    " published released issued due scheduled set expected effective".split()
)


# A subject that counts what the opening phrase named: "While 23 states permit it, only a
# handful have …" without its opening leaves a handful of nothing.
_COUNTS_OF_THE_OPENING = re.compile(
    r"(?i:(?:only\s+|just\s+)?(?:a\s+handful|a\s+few|few|most|many|some|several|none|all"
    r"|others|half|the\s+rest)(?:\s+of\s+them)?)\s+(?:have|has|had|are|were|is|was|will"
    r"|would|can|could|do|did)\b"
)


def _without_day(text: str) -> str:
    return _DAY.sub(lambda m: m[0] if _day_belongs(m[1]) else m[1], text)


def _day_belongs(word: str) -> bool:
    lower = word.lower()
    return lower in _DAY_BELONGS or lower.endswith("ing")  # "beginning Monday"


def _predicate_words(title: str) -> int:
    """How many words of a title come from its main verb on (its opening phrase left
    aside): what the title says happened, rather than when, where or to whom."""
    opening = _OPENING_PHRASE.match(title)
    raw = (title[opening.end() :] if opening else title).split()
    words = [w.strip("\"“”‘’'(),;:.!?…") for w in raw]
    verb = next(
        (k for k in range(len(words)) if _verb_at(words, k) and not _opens_aside(raw, k)),
        len(words),
    )
    return len(words) - verb


# The comma that seemed to close an opening phrase was one of a list's: "Battling strong,
# gusty winds, rescuers …" goes on with a word in lower case (not "the", "a": a subject).
_LIST_GOES_ON = re.compile(
    r"(?!(?:the|a|an|his|her|its|their|this|these|those|some|many|most|all|both|each)\b)"
    r"[a-z][\w'’-]*(?:\s+[\w'’-]+){0,2},"
)


def _in_apposition(rest: str) -> bool:
    """Whether the comma that seemed to close an opening phrase opened a name in
    apposition to its last words: "Months after the chain bought the largest wholesaler,
    Acme Books, the merger is …" (the clause after the name has its own subject and verb),
    not "In 1994, Jane Doe, the mayor, said …" (an aside on the subject)."""
    name = _NAME_THEN_COMMA.match(rest)
    if name is None:
        return False
    clause = rest[name.end() :].split(",", 1)
    return len(clause) == 1 or _has_verb(clause[0])


_NAME_THEN_COMMA = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|&|of|and)){0,5},\s")


# Whose claim closes the sentence in this many words at most ("…, police said Friday.").
CLOSING_CLAIM_WORDS = 6


def _cut_before_whose_claim(text: str) -> str | None:
    """A sentence that ends on whose claim it is, cut before that and the claim kept:
    "A crew found the missing hikers on the ridge after a two-day search…, rangers said".
    None when it does not end so, or the claim cannot be cut to fit beside it."""
    claim, comma, who = text.rstrip(".").rpartition(", ")
    # What the speaker went on to do is not whose claim it is: "…, two biologists said,
    # citing the decline of the catch" keeps "two biologists said". Nor is when it
    # was said: "…, rangers said Friday, a week after the search began".
    if comma and (
        (_ING_OPENING.match(who) and not _SPEAKER_ING.match(who))
        or (_WHEN_SAID.match(who) and not _WHOSE_CLAIM.search(who))
    ):
        claim, comma, who = claim.rpartition(", ")
    # When it was said goes first: "…, the daily reported on Friday" says whose claim it
    # is in "the daily reported" (the story's dates are on the page); so does how:
    # "…, a ranger said after a call from the coastguard" keeps "a ranger said".
    who = _SAID_HOW.sub(r"\1", _SAID_WHEN.sub(r"\1", who))
    # "according to a study financed by …", "according to four councillors from the
    # harbour towns": the source is named before the phrase that describes it.
    if who.lower().startswith("according to "):
        who = _named_source(who)
    size = len(who.split())
    if not comma or size > CLOSING_CLAIM_WORDS:
        return None
    if not _WHOSE_CLAIM.search(who) or _claims_itself(claim):
        return None
    if len(claim.split()) + size <= MAX_TITLE_WORDS and _whole(claim + "."):
        return f"{claim}, {who}"
    cut = _clause(claim + ".", MIN_CUT_WORDS, MAX_TITLE_WORDS - size)
    return f"{cut}, {who}" if cut else None


def _named_source(who: str) -> str:
    """ "according to …" without the phrases after the source's name that describe it,
    last first, until it is CLOSING_CLAIM_WORDS long (or they are gone)."""
    words = who.split()
    # (A day after the description: "… a study published Wednesday".)
    if len(words) > SOURCE_WORDS and re.fullmatch(_WEEKDAY, words[-1], re.IGNORECASE):
        words.pop()
    while True:
        # "… a study published", "… a survey paid | for by …": no word that opens a
        # description ends the name.
        while len(words) > SOURCE_WORDS and _describes(words[-1]):
            words.pop()
        at = max((k for k in range(SOURCE_WORDS, len(words)) if _describes(words[k])), default=0)
        if len(words) <= CLOSING_CLAIM_WORDS or not at:
            break
        words = words[:at]
    # Not when the name ends on a word that needs what was cut ("sources familiar",
    # "a report recently", "people briefed"): the source stays whole.
    last = words[-1].lower()
    if last.endswith(("ed", "ly")) or last in ("familiar", "close", "near"):
        return who
    return " ".join(words)


# A source takes at least this many words: "according to a study".
SOURCE_WORDS = 4


def _describes(word: str) -> bool:
    """A word that opens a phrase describing a source: "… from the province", "… financed
    by …", "… published in …"."""
    lower = word.lower()
    return lower in _DESCRIBING or (lower.endswith("ed") and lower.isalpha())


_DESCRIBING = frozenset("from in at with for on paid made held led run written given taken".split())


def _claims_itself(claim: str) -> bool:
    """Whether the claim before a closing attribution attributes itself too ("…, officials
    said X, the paper reported"), so that a cut could keep the wrong speaker. A subject's
    own warning or statement of what follows ("The ministry has warned that …") is not:
    its cut keeps who warned, the closing words who carried the warning."""
    return any(not reported for reported in _telling_what_follows(claim))


def _says_whose_itself(head: str) -> bool:
    """Whether a head says whose claim it is by a verb of telling before what was told
    ("The ministry has warned that malaria …")."""
    return any(_telling_what_follows(head))


def _telling_what_follows(text: str) -> Iterator[bool]:
    """For each word of the text that says whose claim it is: whether "that" follows it."""
    for found in _WHOSE_CLAIM.finditer(text):
        yield text[found.end() :].lstrip().lower().startswith("that ")


# The time after the verb of a closing attribution: "… said on Friday", "… reported
# Tuesday", "… said last week", "… told reporters late Monday" keeps "told reporters".
_SAID_WHEN = re.compile(
    r"\b(said|says|reported|told|warned|announced|added|reporters|journalists)"
    rf"\s+(?:on\s+|late\s+|early\s+)?(?:{_WEEKDAY}|today|yesterday|tonight"
    rf"|last\s+(?:week|night|month)|this\s+week)(?:\s+(?:morning|afternoon|evening|night))?$",
    re.IGNORECASE,
)


# Words that say whose claim a sentence is (not "found": "police found a car" says what
# happened; "reported" is kept, as "…, the news agency reported" is common).
_WHOSE_CLAIM = re.compile(
    r"\b(?:said|says|say|told|tells|according to|reported|suggests?|suggested|asserts?|asserted"
    r"|argues?|argued|claims?|claimed|alleges?|alleged|insists?|insisted|warned|warns"
    r"|contends?|contended)\b",
    re.IGNORECASE,
)
# "A year after …,", "Five months before …,": a time, counted from an event.
_SOME_TIME_AFTER = (
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+)?"
    r"(?:minute|hour|day|week|month|year|decade)s?\s+(?:after|before|since)"
)
# What follows a speaker's verb and says when, where or how they said it: "… said after
# a call from …", "… said in a statement on its website" (not "told reporters").
_SAID_HOW = re.compile(
    r"^(.*?\b(?:said|says|reported|told\s+\w+|warned|announced|added))"
    r"\s+(?:after|before|while|when|during|following|in|at|on|upon|amid|as)\s.*$",
    re.IGNORECASE,
)
# A closing phrase of time after whose claim it is: "…, police said, a week after …",
# "…, not a week after …", "… hours before the vote".
_WHEN_SAID = re.compile(
    rf"^(?:(?:less|more)\s+than\s+|just\s+|only\s+|nearly\s+|about\s+)?(?:{_SOME_TIME_AFTER}"
    r"|after|before|hours?\s|days?\s|as|while|amid|following)\b",
    re.IGNORECASE,
)
# Opening phrases a title may lose: when and where. Not a condition ("If …,", "Unless …,"),
# a scope ("For heart patients,", "In children with asthma,") or a concession: without
# them the rest says something else.
_WHEN_OR_WHERE = re.compile(
    r"^(?:(?i:(?:even\s+)?(?:when|while|as|after|before)|during|amid|following|upon|since)\b"
    # The circumstance a headline leaves out: "With the river still rising, …".
    r"|(?i:with)\s+(?!(?i:the\s+help|the\s+support|the\s+backing)\b)"
    r"|(?i:" + _SOME_TIME_AFTER + r")\b"
    # "In 1998,", "On Monday,", "At Heathrow,", "In the early hours,": a date or a name
    # (capitalised, so not "In children with asthma,")
    r"|(?i:in|on|at)\s+(?:[A-Z0-9]|(?i:(?:the\s+)?(?:early|late|last|this|next|same)\b"
    r"|the\s+(?:morning|afternoon|evening|night|weekend|week|month|year|day|past|wake)\b))"
    # The circumstance of the news, not a limit on it: "In a show of support for …,",
    # "In a rare interview, …", "In response to …," (a headline leaves them out; not
    # the purpose of "In an effort to …,", which a reader preferred kept).
    r"|(?i:in\s+(?:an?\s+(?:show|sign|gesture|rare|surprise)"
    r"|response|reply|retaliation|protest)\b)"
    r"|(?!(?i:according))(?i:[a-z]+ing)\b)"
)


def _attributions(text: str) -> int:
    return len(_WHOSE_CLAIM.findall(text))


def _droppable(opening: str) -> bool:
    """Whether a title may leave out this opening phrase (see _WHEN_OR_WHERE). Not one in
    -ing that holds a verb of its own: that is a subject named so ("Sailing coach Jane Doe
    wants the trust to lease …,"), not a phrase such as "Speaking on Monday,"."""
    if not _WHEN_OR_WHERE.match(opening) or _WHOSE_CLAIM.search(opening):
        return False
    if not _ING_OPENING.match(opening):
        return True
    # Its own verb, before any clause inside it ("Speaking after the council voted,").
    words = opening.split()
    end = next((k for k, w in enumerate(words) if k and w.lower() in _CLAUSE_OPENERS), None)
    return not _has_verb(" ".join(words[:end]))


_ING_OPENING = re.compile(r"^[A-Za-z]+ing\b")


def _names_whom(opening: str, rest: str) -> bool:
    """Whether the opening phrase names someone whom a pronoun of the rest stands for:
    "When Jane Doe ran for mayor, one of the obstacles she faced was …" without its
    opening leaves "she" no one. (A name in the rest before the pronoun is theirs.)"""
    if not _NAMED.search(opening):
        return False
    pronoun = _PERSON_PRONOUN.search(rest)
    return pronoun is not None and not _NAMED.search(" " + rest[: pronoun.start()])


# Two capitalised words after the first word: someone's name ("Jane Doe", not a place
# such as "Lisbon"). A personal pronoun: someone named before.
_NAMED = re.compile(r"\s[A-Z][\w'’-]*\.?\s+[A-Z]")
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|they|his|her|their|him|them)\b", re.IGNORECASE)


def _whole(text: str) -> bool:
    return len(text.split()) >= MIN_LEAD_WORDS and _informative(text) and usable(text)


def _without_asides(text: str) -> str:
    """The sentence without its asides: ages, who/which clauses and descriptions between
    commas, and short remarks in brackets ("Jane Doe, 33, who runs the shop, said…")."""
    for aside in _ASIDES:
        text = aside.sub(_aside_replacement, text)
    return re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()


def _aside_replacement(match: re.Match[str]) -> str:
    if _keeps(match) or _WHEN_ONLY.match(match.string[: match.start()]):
        return match[0]
    # An aside that closed the claim before its attribution leaves its comma: "… closed
    # the dam, the valley's oldest, engineers said" → "… closed the dam, engineers said".
    return "," if _ATTRIBUTION.match(match.string, match.end()) else ""


# What a sentence may open on before its subject: "Last fall, a panel of scientists, …,
# concluded …" has no aside after "Last fall": what follows it is the subject.
_WHEN_ONLY = re.compile(
    rf"^(?:(?:last|this|next|early|late|earlier|later)\s+(?:\w+|{_WEEKDAY})|yesterday|today"
    rf"|tonight|earlier|later|in\s+\d{{4}}|on\s+{_WEEKDAY})$",
    re.IGNORECASE,
)


# Not the subject's own verb after an aside on it ("Agency officials, who …, also said
# that …" → "Agency officials also said that …"): an adverb or auxiliary is no speaker.
# Nor a passive ("Jane Doe, of Kessing, was reported missing …": the aside's comma is
# no attribution's).
_ATTRIBUTION = re.compile(
    r"\s+(?!(?:also|later|then|previously|further|separately|repeatedly|recently|had|has|have"
    r"|would|will|was|were|is|are|be|been|being)\b)(?:[a-z]+\s+){1,3}(?:said|says|say|told"
    r"|reported|added|announced|confirmed)\b"
)


def _without_relative_clause(text: str) -> str | None:
    """The sentence without the relative clause of its subject, when that clause ends
    where the sentence's verb starts with an auxiliary: "The inspector who was filmed
    waving trucks across the bridge | has been suspended" → "The inspector has been
    suspended". None when there is no such clause, or it holds a clause of its own ("… who
    was arrested after he | had fled …" would leave a wrong sentence)."""
    words = text.split()
    start = next((k for k, w in enumerate(words[:8]) if w.lower() in ("who", "that")), None)
    # Only a clause whose subject is the pronoun ("who was filmed …"): in "who her lawyer says
    # was wrongly fined" the claim is the lawyer's, and must stay hers.
    if not start or start + 1 >= len(words) or not _verb_shaped(words[start + 1]):
        return None
    # The subject's clause comes before any verb: in "The sample contained a chemical that
    # would … and the chemical has no uses" the clause is the object's.
    if _has_verb(" ".join(words[:start])):
        return None
    # "that" after a verb opens what was said or found, not a clause of the subject: "The
    # survey suggests that owners … may" without it says nothing ("The survey suggests may").
    if words[start].lower() == "that":
        bare = [w.strip("\"“”‘’'(),;:.!?") for w in words[:start]]
        if bare[-1].lower() in _TELLING or _verb_at(bare, start - 1):
            return None
    for end in range(start + 3, len(words)):
        between = {w.lower().strip(",") for w in words[start + 1 : end]}
        if between & (_CLAUSE_OPENERS | _PRONOUNS) or any("," in w for w in words[start:end]):
            return None
        # Not an auxiliary that goes on the clause's own verb: "who do not | have a lease"
        # without "who do not" says the opposite ("The tenants have a lease").
        if words[end - 1].lower() in _VERB_CHAIN:
            continue
        if words[end].lower() in _MAIN_AUXILIARIES and _has_verb(" ".join(words[start:end])):
            return " ".join(words[:start] + words[end:])
    return None


def _without_subject_place(text: str) -> str | None:
    """The sentence without where its subject is, before the verb: "Leaders of both
    parties in the Harbour Board agreed to ask the port to …" → "Leaders of both parties
    agreed to ask the port to …". A long lead keeps what its subject did that way, where
    a cut of its end would stop before it. Only a phrase of place that names the place
    (in capitals: "the rise in prices" says what rose), with nothing before it that could
    be a verb ("Police arrested a man in Fairview …": the phrase is the object's) and a
    verb beyond doubt after it; None when there is no such phrase."""
    raw = text.split()
    words = [w.strip("\"“”‘’'(),;:.!?") for w in raw]
    lower = [w.lower() for w in words]
    start = next((k for k, w in enumerate(lower[:SUBJECT_WORDS]) if k and w in _PLACE_WORDS), None)
    if start is None or any(
        _verb_like(w) or w in _CLAUSE_OPENERS or w in _PRONOUNS or w in _OTHER_PHRASES
        for w in lower[:start]
    ):
        return None
    if any(_verb_at(words, k) and not lower[k].endswith("s") for k in range(start)):
        return None
    if any(
        not w.isalnum() and not w.replace("-", "").replace("'", "").isalnum() for w in raw[:start]
    ):
        return None  # a comma, a quotation: an aside or a list, not a plain subject
    for end in range(start + 2, min(len(words), start + PLACE_PHRASE_WORDS)):
        previous = raw[end - 1]
        if (
            any(c in previous for c in _BREAKS)
            or lower[end - 1] in _NOT_IN_PLACE
            or lower[end - 1].endswith("ly")
        ):
            return None
        # The verb, or an adverb of it before it ("… in Kessing County bravely pulled …").
        verb = end + 1 if lower[end].endswith("ly") and end + 1 < len(words) else end
        if _verb_like(lower[verb]) and _verb_at(words, verb):
            named = any(w[:1].isupper() for w in words[start + 1 : end])
            participle = lower[verb] in _NAMING or (
                verb + 1 < len(lower) and lower[verb + 1] == "by"
            )
            if not named or participle:
                return None
            return " ".join(raw[:start] + raw[end:])
    return None


# The words a subject before its phrase of place, and the phrase, may have at most.
SUBJECT_WORDS = 8
PLACE_PHRASE_WORDS = 10
_PLACE_WORDS = frozenset("in at near across around inside outside throughout".split())
_BREAKS = ',;:"“”()'
# Words that end a phrase of place: what follows them is a clause or a second subject.
_NOT_IN_PLACE = frozenset("and or who whose which that whom where when while as after".split())
# A subject that has a phrase of these already ("ministers from countries in …") would
# lose half of one.
_OTHER_PHRASES = frozenset("from with for by to".split())
# A participle naming what comes before it, not a verb: "a ferry of the fleet called Heron".
_NAMING = frozenset("called named dubbed known titled labeled labelled nicknamed".split())


def _verb_like(word: str) -> bool:
    """A verb beyond doubt by its shape: an auxiliary, a common past, a past in -ed."""
    return word in _FINITE or (word.endswith("ed") and len(word) > 4)


def _verb_shaped(word: str) -> bool:
    lower = word.lower()
    return lower in _FINITE or (lower.isalpha() and lower.endswith(("s", "ed")))


_PRONOUNS = frozenset("he she it they we i you who which that".split())
_MAIN_AUXILIARIES = frozenset(
    "has have had is are was were will would can could may might must".split()
)
# Words after which an auxiliary is still the same verb's: "do not have", "may have",
# "want to have", "has never been".
_VERB_CHAIN = _MAIN_AUXILIARIES | frozenset(
    "not never n't do does did don't doesn't didn't to shall should be been being".split()
)


def _says_something(text: str) -> bool:
    """Holds a finite verb outside any opening phrase: a sentence, not a fragment such as
    "Dancing until dawn in the square…" or "When the mayor opens the bridge…"."""
    opening = _OPENING_PHRASE.match(text)
    if _OPENS_PHRASE.match(text) and not opening:
        return False  # the opening phrase never ends: there is no main clause
    text = text[opening.end() :] if opening else text
    # Nor a verb only in a clause on the subject: "Africa, where most cases occur" (will
    # receive most of the fund) names the place and stops.
    if relative := _RELATIVE_ASIDE.search(text):
        text = text[: relative.start()]
    return _has_verb(text)


# A clause that describes what came before it, up to the end of the text.
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whom|whose|which|where)\s[^,]*$")


def _has_verb(text: str) -> bool:
    """Whether the text holds a finite verb, by the words' shapes (no tagger): an
    auxiliary or a common irregular past, a past in -ed that no article or possessive
    precedes ("the alleged thief" has none), a present in -s after a name or a noun, a
    plain present after a plural."""
    raw = text.split()
    words = [w.strip("\"“”‘’'(),;:.!?") for w in raw]
    # A subject with a relative clause ("A baker whose shop was flooded …") has its first
    # verb in that clause: the sentence's own verb is a second one.
    needed = 1
    for k, word in enumerate(words):
        lower = word.lower()
        if lower in _RELATIVE and needed == 1 and k:
            needed = 2
        if _verb_at(words, k) and not _opens_aside(raw, k):
            needed -= 1
            if not needed:
                return True
    return False


def _opens_aside(raw: Sequence[str], k: int) -> bool:
    """A past participle just after a comma opens an aside, not the sentence's verb: "The
    skeleton, believed to be a child's, …", "The cloth, long considered a relic, …" (but
    "Jane Doe, 33, died …" is a verb after an age)."""
    lower = raw[k].lower()
    if not lower.endswith("ed") or lower in _FINITE:
        return False
    j = k - 1
    if j > 0 and (raw[j].lower() in ("long", "once", "perhaps") or raw[j].endswith("ly")):
        j -= 1
    return j >= 0 and raw[j].endswith(",") and not raw[j].rstrip(",").isdigit()


def _verb_at(words: Sequence[str], k: int) -> bool:
    word = words[k]
    lower = word.lower()
    before = words[k - 1].lower() if k else ""
    group = k - 1
    while group > 0 and (words[group].lower() in ("not", "never") or words[group].endswith("ly")):
        group -= 1
    if k and words[group].lower() in _FINITE:
        return False  # "was caught", "has not been": one verb, counted at its first word
    if lower in _FINITE:
        return True
    if not word.islower() or not k or before in _NOT_BEFORE_VERB:
        return False
    if lower.endswith("ed") and len(lower) > 4:
        return True
    # A present in -s after a name, or after a noun that follows an article: "Storm
    # cuts …", "the museum reopens …" (not "… of the valley's workers").
    # Or after a name's noun: "… Harbour Board survey shows …" (not a plural of people:
    # "… Harbour Board officials …").
    after_noun = words[k - 1][:1].isupper() or (
        k > 1
        and (
            words[k - 2].lower() in _ARTICLES
            or (
                k > 2
                and words[k - 2][:1].isupper()
                and not lower.endswith(_PEOPLE)
                and not before.endswith("ing")
            )
        )
    )
    if lower.endswith("s") and after_noun and not lower.endswith(_NOT_VERB_S):
        return lower not in _NO_VERB_IN_S
    # A plural subject, then a verb in its plain form: "Farmers prefer …".
    return (
        before.endswith("s")
        and not before.endswith(_NOT_VERB_S)
        and lower not in _NOT_BEFORE_VERB
        and lower not in _NOT_A_VERB
        and not lower.endswith(("ly", "ing", "s"))
    )


def _clause(text: str, min_words: int = MIN_LEAD_WORDS, limit: int = MAX_TITLE_WORDS) -> str | None:
    """The longest run of whole clauses within the word limit that still holds its verb,
    marked as cut; or None.

    A clause ends at , ; : or a dash, or before a word that opens a subordinate clause or
    phrase ("… dismissed its chief engineer on Friday | after she warned …"), or before
    "and" that joins a second clause. A phrase of place or time can go too ("… closed the
    road | in the valley"). The head must keep a verb outside its opening phrase:
    "The two engineers at the centre of the scandal…" names who but not what happened.
    """
    if dateline := _TITLE_DATELINE.match(text):
        text = text[dateline.end() :]
    words = text.split()
    ends = range(min(len(words) - 1, limit), min_words - 1, -1)
    # Clauses first; a phrase only when no clause boundary keeps the verb.
    clauses = [end for end in ends if _ends_clause(words, end) and not _inside(words, end)]
    phrases = [
        end for end in ends if words[end].lower() in _PHRASE_OPENERS and not _inside(words, end)
    ]
    for end in sorted(clauses + phrases, reverse=True):
        # (A wire writes its dash as " _ ": "… his pet project _ public housing _…".)
        head = _CLOSING_COMMA.sub(r"\1", " ".join(words[:end])).rstrip(",;:—–-_ ")
        last = head.split()[-1].lower() if head.split() else ""
        if (
            not _ABBREVIATION.search(head if head.endswith(".") else head + ".")
            and last not in _DANGLING
            and len(head.split()) >= min_words
            and _balanced(head)
            and _says_something(head)
            # Not someone's words alone: "``You have flames behind you''…" says neither
            # who said them nor what happened.
            and not head.startswith(("``", '"', "“", "‘"))
            # Not "Though he left in 1990, when he was 7…": a head whose pronoun stands
            # for a name the cut left off.
            and not opens_with_reference(head)
            # Not "Researchers found that women who took the drug…": what they found is
            # the news, and its verb is in what the cut left off.
            and not _reported_without_verb(head)
            # Never without whose claim it is: "…, the paper says" stays or the cut does,
            # unless the head says whose it is ("The ministry warned that …": the paper
            # only carried the warning).
            and not (_says_whose(words[end:]) and not _says_whose_itself(head))
            and not _predicate_cut_off(words[:end], words[end:])
            and _ends_whole(words, end)
        ):
            return head + "…"
    return None


def _predicate_cut_off(head: Sequence[str], tail: Sequence[str]) -> bool:
    """Whether a cut keeps who said something and the subject of what they said, but not
    its verb: "Police say a man suspected of setting fire to the barns and fleeing
    officers…" (on a tractor has been arrested). What was said has a participle (the
    subject's "suspected", "firing") but no finite verb, and the tail has an auxiliary
    before its next clause or aside. Or, with nobody telling, a subject cut off from its
    verb (`_subject_cut_off`)."""
    opening = head[: _SPEAKER_WORDS + 1]
    telling = next((k for k, w in enumerate(opening) if w.lower() in _SAYING_VERBS), None)
    if telling is None:
        return _subject_cut_off(head, tail)
    if telling + 1 >= len(head) or head[telling + 1].lower() == "that":
        return False
    said = [w.lower().strip(",;:") for w in head[telling + 1 :]]
    if any(w in _FINITE for w in said) or not any(w.endswith(("ed", "ing")) for w in said):
        return False
    return _auxiliary_first(tail)


def _subject_cut_off(head: Sequence[str], tail: Sequence[str]) -> bool:
    """Whether a cut stops in its subject's phrase just before the sentence's verb: "The
    officer filmed waving trucks over the bridge…" (at Kessing has been suspended). A past
    participle after a noun looks like a verb, so the test is the tail: a short phrase of
    place or time, then an auxiliary. (Not a later clause's: "Divers raised two boats… in
    the hope the hulls will …" has its verb.) A narrow form of a rule taken back in the
    fifteenth session, which read any tail and changed fragments into other fragments."""
    if any(w.lower().strip(",;:") in _FINITE for w in head) or not tail:
        return False
    if tail[0].lower() not in _SUBJECT_PHRASE_OPENERS:
        return False
    return _auxiliary_first(tail[1 : SUBJECT_PHRASE_WORDS + 1])


def _auxiliary_first(words: Sequence[str]) -> bool:
    """Whether the words reach an auxiliary before a clause or an aside begins."""
    for word in words:
        if word.lower() in _MAIN_AUXILIARIES:
            return True
        if word.endswith((",", ";", ":")) or word.lower() in _CLAUSE_OPENERS:
            return False
    return False


# A phrase that goes on a subject's participle ("filmed in the hall", "removed from class")
# before the verb, and how many words it takes at most before that verb's auxiliary.
_SUBJECT_PHRASE_OPENERS = frozenset("from in on at by of to for with into".split())
SUBJECT_PHRASE_WORDS = 3


# The comma before a closing quotation mark, left off where a cut follows it.
_CLOSING_COMMA = re.compile(r"[,;:]((?:''|[\"”’])+)$")


def _ends_whole(words: Sequence[str], end: int) -> bool:
    """Whether the last clause a cut keeps is more than a word or two of the next one:
    the cut is the longest that keeps its verb ("… closed the road before the flood
    reached it…"), but not one that stops just into a clause or an aside ("…, hours…", "…,
    a town…", "… and met…")."""
    start = next((k for k in range(end - 1, 0, -1) if _ends_clause(words, k)), 0)
    if not start:
        return True
    # A clause of its own goes on to its verb: "… on the quay in 1990, when one skipper…"
    # stops before what the skipper did. (By length: the verbs' shapes miss many a verb after
    # "which" or "it".)
    clause = words[start + 1 : end]
    opener = words[start].lower()
    # (Not the "as" of a comparison: "… by as much as a third…".)
    comparing = opener == "as" and "as" in (w.lower() for w in words[max(0, start - 4) : start])
    if opener in _OWN_VERB_OPENERS and not comparing and len(clause) < MIN_LAST_CLAUSE:
        return _has_verb(" ".join(clause))
    return end - start >= MIN_LAST_CLAUSE


# Words that open a clause with a verb of its own ("as" also opens a phrase, "… as the
# author of …", which is long enough; "since 1992" is a whole phrase).
_OWN_VERB_OPENERS = frozenset(
    "when while where which who whose because although though whereas unless as".split()
)


# The last clause a cut keeps has at least this many words.
MIN_LAST_CLAUSE = 3


def _says_whose(words: Sequence[str]) -> bool:
    """Whether the words a cut leaves off say whose claim the sentence is: "according to
    …", "…, police said Friday.", "…, the minister said in an appeal to voters", a remark
    between commas (", police said,"): a verb of telling after a speaker of a few words
    (since the cut or a comma) and before no verb of its own. Not a later verb of the
    subject's own ("… apologized, said he had repaid every cent, and promised …": what
    he said is not the source of what came before), nor whose a later clause is ("… and
    sources say two are suspects")."""
    rest = " ".join(words)
    if re.search(r"\baccording to\b", rest, re.IGNORECASE):
        return True
    closing = len(rest) - len(" ".join(words[-CLOSING_CLAIM_WORDS:]))
    for said in _WHOSE_CLAIM.finditer(rest):
        # "an alleged assault", "the reported sighting": a word of the claim, no speaker.
        if (last := rest[: said.start()].split()[-1:]) and last[0].lower() in _ARTICLES:
            continue
        told = rest[said.end() :].split(",", 1)[0].split()
        # What was said, not who said it: "…, said he had been a model prisoner".
        if any(w.lower() in _FINITE for w in told) or (told and _TOLD_OPENING.match(told[0])):
            continue
        # In the closing words, whoever the speaker ("…, the head of the council that
        # advises the ministry says."); before them, a speaker of a few words.
        before = rest[: said.start()]
        speaker = before[before.rfind(",") + 1 :]
        if said.start() >= closing or (
            len(speaker.split()) <= CLOSING_CLAIM_WORDS and not _has_verb(speaker)
        ):
            return True
    return bool(_WHOSE_REMARK.search(rest))


_TOLD_OPENING = re.compile(r"(?i:that|he|she|they|it|we|i|you)(?:['’]\w+)?$")


# Whose claim it is, between commas in the middle of a sentence: ", police said on
# Monday,".
_WHOSE_REMARK = re.compile(
    r",\s+(?:[^\s,]+\s+){0,6}(?:said|says|say|reported|told)(?:\s+[^\s,]+){0,3},"
)


def _inside(words: Sequence[str], end: int) -> bool:
    """Whether a cut before words[end] would stop between a verb and the word it needs
    ("was rated | as the safest", "a ruling based | on …"): that leaves the news off."""
    return words[end].lower() in _NEEDED_BY.get(words[end - 1].lower(), ())


# Verbs and the word they need next: a cut between them leaves the news off.
_NEEDED_BY = {
    verb: (needed,)
    for needed, verbs in {
        "as": "rated ranked known seen regarded described identified named listed classified"
        " labeled labelled branded hailed billed dubbed viewed treated served acted chosen"
        " elected appointed sworn",
        "on": "based relied relies rely depended depends focused focuses centered centred"
        " hinged hinges",
        "with": "charged associated linked connected compared credited",
        "from": "stemmed stems derived",
        "in": "resulted results involved",
    }.items()
    for verb in verbs.split()
}


def _ends_clause(words: Sequence[str], end: int) -> bool:
    after = words[end].lower()
    return (
        # A comma inside the closing quotation mark ends the clause too: "… made
        # ``extraordinary discoveries,'' having …".
        words[end - 1].rstrip("'\"”’")[-1:] in (",", ";", ":")
        or words[end - 1] in ("—", "--", "–")
        # Not "… as well | as …", "such | as": they need what follows them.
        or (
            after in _CLAUSE_OPENERS
            and not (after == "as" and words[end - 1].lower() in ("well", "such"))
            and not (after in _PARTICIPLES and not _object_follows(words, end + 1))
        )
        # "and" before a second verb or subject: "… the bridge | and will reopen …".
        or (after == "and" and end + 1 < len(words) and words[end + 1].lower() in _SECOND_CLAUSE)
    )


def _balanced(text: str) -> bool:
    """No quotation or bracket left open: a cut never stops inside one."""
    plain = text.replace("“", '"').replace("”", '"').replace("``", '"').replace("''", '"')
    return plain.count('"') % 2 == 0 and text.count("(") == text.count(")")


# A participle that tells more of a noun opens a phrase when its object follows: "…
# produced photos | showing his client …"; not "a strong showing by …", a noun.
_PARTICIPLES = frozenset("showing citing claiming alleging urging".split())
_PARTICIPLE_OBJECT = re.compile(r"(?:the|a|an|his|her|its|their|that|him|them|[A-Z\d])")


def _object_follows(words: Sequence[str], k: int) -> bool:
    return k < len(words) and _PARTICIPLE_OBJECT.match(words[k]) is not None


_CLAUSE_OPENERS = (
    frozenset(
        "after as because when while amid following despite before since until but who which"
        " where according although though unless whereas without saying including".split()
    )
    | _PARTICIPLES
)
# A phrase of place or time may be left off the end of a cut title.
_PHRASE_OPENERS = frozenset(
    "in on at from with over during near into against across under amid".split()
)
# A cut title never ends on a word that needs the next one: "… led to a brawl in…".
_DANGLING = frozenset(
    "a an the of in on at to for from by with as that this these those and or but his her"
    " its their our my your he she it they we i who which is was are were be been has had"
    " have will would could should may might not no even just only than very more most"
    " said says told however here there".split()
) | frozenset(
    # A verb of telling or finding: what was told or found is the news ("… the group
    # revealed…", "The move came…").
    "revealed announced reported found showed warned claimed alleged argued insisted"
    " suggested noted added explained came".split()
)


def _reported_without_verb(head: str) -> bool:
    """Whether the head ends inside what someone said or found: "… found that pregnant
    women who took the drug, sold as …" names who, but the verb of the finding is cut."""
    words = head.split()
    # A cut after "that" and the subject of what follows, before its verb ("… the board
    # announced on Friday that the ferry…"): what happens to it, the news, is cut off.
    last = next((k for k in range(len(words) - 1, 0, -1) if words[k].lower() == "that"), None)
    if last is not None and not _has_verb(" ".join(words[last + 1 :])):
        return True
    for k in range(len(words) - 2, 0, -1):
        if words[k].lower() == "that" and words[k - 1].lower() in _TELLING:
            # Only when the cut stopped inside the subject's own clause or aside, where
            # the verbs by shape are its (a plain "… said that the council approves …"
            # holds its verb even where the shapes miss it).
            told = words[k + 1 :]
            inside = any(w.lower() in _RELATIVE or w.endswith(",") for w in told)
            return inside and not _has_verb(" ".join(told))
    return False


_TELLING = frozenset(
    "said says say told tells found find finds showed show shows revealed reveals reported"
    " reports announced announces warned warns claimed claims concluded concludes suggested"
    " suggests believe believes believed argued argues insisted insists estimated estimates"
    " confirmed confirms".split()
)
# The most words before a verb of saying that opens a title ("Authorities say", "State
# health officials said"), and those verbs ("found" or "shows" open other things:
# "Sonar scans continued to show the wreck …", "The mayor finds himself playing …").
_SPEAKER_WORDS = 4
_SAYING_VERBS = _TELLING - frozenset(
    "found find finds showed show shows revealed reveals concluded concludes suggested"
    " suggests believe believes believed estimated estimates".split()
)
# A dateline the sentence splitter leaves on: an unusual credit ("FAIRVIEW, Ore. (KXYZ/KABC) –")
# or a dash glued to the first word ("FAIRVIEW, Ore. --A crew …").
_TITLE_DATELINE = re.compile(
    r"^[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]*){0,4}"
    r"(?:\s*\([^()]{1,30}\)\s*(?:--|—|–|-|_|:)\s*|\s+(?:--|—|–|_)\s*)(?=[\"“`A-Z])"
)
# An -ing word that is part of someone's title before a name ("Acting President Jane Doe
# urged …", "Outgoing Governor …"), not a participle opening a phrase.
_TITLE_ING = (
    r"(?:acting|managing|presiding|founding|visiting|outgoing|incoming|ruling|reigning"
    r"|sitting|governing|commanding|consulting|supervising|attending|retiring|ranking)"
    r"\s+(?-i:[A-Z])"
)
# An -ing word that opens no phrase and names no deed: "according to …", or a speaker's
# title ("acting President Jane Doe said").
_NO_PHRASE_ING = r"according\b|" + _TITLE_ING
_SPEAKER_ING = re.compile(_NO_PHRASE_ING, re.IGNORECASE)
# An opening phrase of time, place or circumstance, up to its comma ("In 1994,", "Under a
# deal signed today by …,", "Speaking on Wednesday,"). Not "According to …,":
# that says whose claim it is, and a title keeps it.
_OPENS_PHRASE = re.compile(
    r"^(?:when|while|as|after|before|even\s+(?:when|while|as|after|before)|if|although|though"
    r"|because|since|despite|under|with"
    r"|without|in|on|at|of|among|for|during|amid|following|upon|once|until|unlike|like"
    r"|(?!" + _NO_PHRASE_ING + r")[a-z]+ing|" + _SOME_TIME_AFTER + r")\b",
    re.IGNORECASE,
)
_OPENING_PHRASE = re.compile(_OPENS_PHRASE.pattern + r"[^,;:\"“”]{0,200},\s+", re.IGNORECASE)
# Asides between commas or in brackets, followed by the rest of the sentence in lower case
# (its verb): an age, a who/which clause, a description ("…, a town of 3,000,"), a short remark in
# brackets. A description that holds a verb of its own is not an aside: it stays.
# The innermost first: "Jane Doe, 33, who runs the shop, said" loses the clause, then the age.
# A clause or a list goes on after these: ", when the chief resigned," is no aside.
_JOINERS = (
    r"(?:when|where|while|as|after|before|since|until|if|and|or|but|so|then|because|though"
    r"|although|including|whereas|unless|once|whether|than|plus)"
)
_THEN_VERB = (
    r"(?=\s+(?!(?:the|a|an|his|her|its|their|this|these|those|he|she|it|they|\w+ly"
    # Nor what goes on with the aside: "…, who killed five people, including a boy …".
    r"|including|and|or|but|plus|such|like|as|than)\b)[a-z])"
)
_ASIDES = (
    re.compile(r",\s+(?:who|whose|which)\s[^,;:()\"“”]{1,120}," + _THEN_VERB),
    re.compile(
        r",\s+(?!" + _JOINERS + r"\b)[a-z][^,;:()\"“”\s]*\s[^,;:()\"“”]{1,120}," + _THEN_VERB
    ),
    # An age, not a count of something ("…, 35 days of unpaid work, …").
    re.compile(r",\s+(?:aged\s+)?\d{1,3}(?:,|(?!\s+\S+\s+of\b))" + _THEN_VERB),
    re.compile(r"\s\((?:[^()\s]+\s?){1,6}\)(?=[\s,.])"),
)
_WHO_WHICH = re.compile(r"^,\s+(?:who|whose|which)\s")


def _keeps(match: re.Match[str]) -> bool:
    """A description that holds a verb of its own is a clause of the sentence: it stays."""
    aside = match[0]
    # Nor does one that runs into a list between dashes ("…, a field for anything --
    # rings, teeth, …"): its commas are the list's.
    if re.search(r"\s(?:--|—|–)\s", aside):
        return True
    if _ends_a_list(match):
        return True
    # A description that opens on a past participle is one whatever verbs it holds: ",
    # made popular when a slugger admitted using it," describes what comes before it,
    # when the sentence's verb follows it (not ", led by Jane Doe, director of …,").
    if _PARTICIPLE_ASIDE.match(aside):
        following = match.string[match.end() :].split(maxsplit=1)
        return not (following and _verb_shaped(following[0]))
    return not _WHO_WHICH.match(aside) and aside.startswith(",") and _has_verb(aside)


# Past participles that are no past tense ("known as", "born in"), those that describe
# ("based in", "called"), and any with its agent ("encouraged by"): a past tense in -ed
# after a comma may be the sentence's verb (", turned his anger on …").
_PARTICIPLE_ASIDE = re.compile(
    r"^,\s+(?:(?:known|born|seen|given|taken|written|chosen|grown|shown|drawn|driven|stolen"
    r"|broken|spoken|based|called|named|dubbed|nicknamed|founded|located|sold|made)\s"
    r"|[a-z]+(?:ed|wn|en|ld|lt|nt|ght)\s+by\s)"
)


# The words of a list's item before its end ("the harbour", "the trade").
LIST_ITEM_WORDS = 4


def _ends_a_list(match: re.Match[str]) -> bool:
    """Whether a piece between commas that joins with "and" or "or" is the end of a list
    whose items came before it: "… on the island, the harbour, the trade and the
    town, said …" (without it the list's last item would become the speaker)."""
    if _WHO_WHICH.match(match[0]) or not re.search(r"\s(?:and|or)\s", match[0]):
        return False
    before = match.string[: match.start()].rsplit(",", 1)
    # The item before it is a thing in small letters, not someone the piece describes
    # ("On weekends, Ann Reyes, a baker and a farmer, runs …").
    item = before[-1].split()
    return len(before) == 2 and 1 <= len(item) <= LIST_ITEM_WORDS and item[0].islower()


# Finite verbs by their form: auxiliaries and the irregular pasts news uses most.
_FINITE = frozenset(
    "is are was were am has have had will would can could may might must shall should"
    " does did do isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't"
    " couldn't doesn't didn't don't said says told took made went came found gave got left"
    " lost held won saw began became brought built bought caught chose drove fell fought"
    " flew grew hit kept knew led met paid put ran rose sent set shot sank spoke stood"
    " struck threw wrote broke cut quit sold sought felt fled beat bit blew drew ate froze"
    " hid lay meant rode rang shook shut spent spread stole stuck swore swam taught tore"
    " understood woke wore withdrew let hung dug slid sped overtook overthrew undertook"
    " forgot forgave upheld oversaw laid died".split()
)
# Words after which an -ed or -s word is not a verb: "the alleged thief", "his plans".
_NOT_BEFORE_VERB = frozenset(
    "a an the this that these those his her its their our my your of to for in on at by"
    " with from and or some many more most several two three four five six seven eight nine"
    " ten dozens hundreds thousands millions few no every each who which".split()
)
_SECOND_CLAUSE = _FINITE | frozenset("the a an his her its their he she it they then".split())
_RELATIVE = frozenset("who whose which that whom".split())
_ARTICLES = frozenset("a an the this that his her its their our".split())
_PEOPLE = ("als", "ans", "ers", "ors", "ists", "ents", "ants", "ees", "ies")
_NOT_VERB_S = ("ss", "us", "is", "ics", "'s", "’s", "ous", "ness")
# Words in -s that are never a verb: "… known across Norland as the …" has none.
_NO_VERB_IN_S = frozenset(
    "as its his hers ours theirs yours this always perhaps besides sometimes towards"
    " afterwards downwards whereas yes ones others themselves ourselves yourselves".split()
)
# Words that follow a plural noun without being its verb: "years ago", "dogs and cats".
_NOT_A_VERB = frozenset(
    "ago alike apart each who whom whose which that than as but nor yet so if when while"
    " whether because since until after before into onto upon over under about above across"
    " against along among around behind below beside between beyond during except inside"
    " near off outside past per through toward towards within without worth up down out"
    " back here there now then too also only just even still already".split()
)
