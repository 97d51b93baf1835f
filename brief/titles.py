"""Story titles a reader recognises: the articles' own headline, else a short lead sentence.

A title says what happened in a line. The articles' headline is the best one when they
have it (site names and dates around it removed); without one, the shortest informative
sentence among the leads of the story's most typical articles, at most MAX_TITLE_WORDS.
What a title must never be is told by shape, not by outlet: photo captions and credits,
timestamps, video and share widgets, form and CAPTCHA text, archive boilerplate.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence

from .clean import ends_sentence, is_boilerplate_sentence
from .models import Document
from .segment import outside_quotations, split_sentences, words_of
from .terms import content_terms

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
MIN_CUT_WORDS = 10
DEEP_SENTENCES = 4

# Separators between a headline and the site, section or date around it.
_BAR = re.compile(r"\s+(\||-|–|—|::|«|»|•|·)\s+")
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
      )
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
# is a quote (or ends one: "…,'' she said."), or whose subject "also" did something (so
# did someone before it: "The ship's commander also denied…"): not a title.
_LEANING = re.compile(
    r"""^(?:["“'‘`(\[]|(?:he|she|it|they|this|that|these|those|his|her|its|their|but|and|so
    |yet|however|still|also|then|meanwhile|instead|there|here|i|i'[a-z]+|we|you|my|our)\b)
    | ["”'’]{1,2}\s*,?\s+(?:\S+\s+){0,5}(?:said|says|added|told|wrote|asked)\b
    | ^(?:\S+\s+){1,4}also\b""",
    re.IGNORECASE | re.VERBOSE,
)
# Words after which a sentence cannot end: "the Rev." is not the end of anything.
_ABBREVIATION = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Rev|St|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Prof|Jr|Sr|No|Inc|Corp|Co"
    r"|Ltd|Ft|Mt|vs|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$|(?<![.\w])[A-Z]\.$"
)


def headline(document: Document) -> str | None:
    """The document's own headline without the site, section or date around it; or None."""
    if document.title == document.path.stem:
        return None  # titled by its file name: it has no headline
    pieces = _BAR.split(document.title.strip())
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
    if not MIN_HEADLINE_WORDS <= len(text.split()) <= MAX_TITLE_WORDS or not usable(text):
        return None
    return text


def _site_like(part: str) -> bool:
    """A short piece beside a headline: a site's or section's name, or a date."""
    return bool(_DATE_PART.match(part)) or len(part.split()) <= 5


def usable(text: str) -> bool:
    """Whether a line may stand as a title: not a caption, credit, widget or boilerplate."""
    return (
        not _not_a_title(text)
        and not is_boilerplate_sentence(text)
        and not _ABBREVIATION.search(text)
    )


def _not_a_title(text: str) -> bool:
    if _LOWER_SHAPES and text.isascii():
        return bool(_NOT_A_TITLE_LOWER.search(text.lower()))
    return bool(_NOT_A_TITLE.search(text))


def story_title(
    documents: Sequence[Document], central: Sequence[int], shown: Collection[str] = ()
) -> str:
    """The title of a story: the most shared headline, else the shortest informative lead.

    `central` orders the documents (positions in `documents`) most typical first; `shown`
    holds the sentences the story already shows, which a title should not repeat.
    """
    headlines = [h for d in documents if (h := headline(d))]
    if headlines and 2 * len(headlines) >= len(documents):
        return _most_shared(headlines)
    # Fewer than half kept a headline: one is still better than a lead cut to fit, if it
    # reads as a headline of this story (a header line such as a column name, a byline or
    # a caption does not: too short, a credit in brackets, or about something else).
    if headlines:
        opening = " ".join(documents[central[0]].paragraphs[:3])
        opening_terms = set(content_terms(words_of(opening)))
        if fitting := [h for h in headlines if _headline_of(h, opening_terms)]:
            return _most_shared(fitting)
    return lead_title(documents, central, shown)


# A headline of fewer than half of a story's articles must have this many words, and share
# this many content terms with the opening paragraphs of its most typical article.
MINORITY_HEADLINE_WORDS = 6
MINORITY_HEADLINE_SHARED = 3


def _headline_of(text: str, opening_terms: set[str]) -> bool:
    if len(text.split()) < MINORITY_HEADLINE_WORDS or text.rstrip().endswith((")", "|")):
        return False
    return len(set(content_terms(words_of(text))) & opening_terms) >= MINORITY_HEADLINE_SHARED


def _most_shared(headlines: Sequence[str]) -> str:
    """The headline that shares the most terms with the others (the first among equals)."""
    term_sets = [set(content_terms(words_of(h))) for h in headlines]
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
        counts.update(set(content_terms(words_of(" ".join(document.paragraphs[:3])))))

    def typical(index: int) -> tuple[float, bool, int]:
        found = set(content_terms(words_of(leads[index])))
        shared = sum(counts[t] - 1 for t in found) / (1 + len(found)) ** 0.5
        return (shared, not leads[index].endswith("…"), -index)

    return leads[max(range(len(leads)), key=typical)]


def lead_title(
    documents: Sequence[Document], central: Sequence[int], shown: Collection[str] = ()
) -> str:
    """The first informative lead that fits, of the most typical article that has one.

    Informative: a whole sentence of MIN_LEAD_WORDS to MAX_TITLE_WORDS words, in capitals
    and small letters, that does not lean on what came before ("He said…", "But…", a
    quote), is not a question, and is not a caption or a widget; a lead the story already
    shows as a bullet is used only when no other fits. Candidates are the first sentences
    of the most typical articles, whole when they fit, else cut after a clause (never at an
    abbreviation) if that keeps MIN_CUT_WORDS; the one whose words most of the story's
    articles share wins. Failing those: second sentences, a whole sentence further into
    the most typical article, any lead cut after a clause.
    """
    ranked = central[:LEAD_DOCUMENTS]
    # The most typical article is split once, deep enough for the fallback further down.
    deep = _sentences(documents[ranked[0]], DEEP_SENTENCES)
    leads = [deep[:LEAD_SENTENCES]]
    leads += [_sentences(documents[k], LEAD_SENTENCES) for k in ranked[1:]]
    # Each article's first sentence, whole if it fits, else cut after a clause.
    firsts = [
        text
        for found in leads
        if found
        and (text := found[0] if _fits(found[0]) else _clause(found[0]))
        and len(text.split()) >= (MIN_LEAD_WORDS if _fits(found[0]) else MIN_CUT_WORDS)
    ]
    typical = [documents[k] for k in central[:TYPICAL_DOCUMENTS]]
    if fresh := [t for t in firsts if t not in shown]:
        return _most_typical(fresh, typical)
    seconds = [t for found in leads for t in found[1:] if _fits(t)]
    if fresh := [t for t in seconds if t not in shown]:
        return fresh[0]
    if firsts or seconds:
        return (firsts or seconds)[0]
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
    # Not one usable sentence (a page of widgets): its title if usable, else its file name.
    first = documents[ranked[0]]
    return first.title if usable(first.title) else first.path.name


def _fits(text: str) -> bool:
    return len(text.split()) <= MAX_TITLE_WORDS


def _sentences(document: Document, limit: int, strict: bool = True) -> list[str]:
    """The document's first `limit` informative sentences (any usable ones if not strict)."""
    found: list[str] = []
    for paragraph in document.paragraphs:
        for text, words in split_sentences(paragraph):
            if len(found) == limit:
                return found
            if (
                len(words) >= MIN_LEAD_WORDS
                and ends_sentence(text)
                and (not strict or _informative(text))
                and usable(text)  # the slowest test last
            ):
                found.append(text)
    return found


def _informative(text: str) -> bool:
    """Stands alone as a title: starts a sentence, says something, quotes nobody."""
    return (
        text[0].isupper()
        and not text.isupper()
        and not _LEANING.search(text)
        # A question, a quote, or a caption's closing credit ("… a barn (Farm Watch)").
        and not text.rstrip().endswith(("?", "''", '"', "”", ")"))
        # A columnist or a shop talking to the reader ("When last we talked, my …", "In
        # theory, you know you need …"), outside any quotation: not what happened. ("Our"
        # and "us" are also everyone's: "a ninth planet in our solar system".)
        and not _PERSONAL_VOICE.search(" ".join(outside_quotations(text)))
    )


_PERSONAL_VOICE = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|[Mm]y|[Yy]our)\b")


def _clause(text: str) -> str | None:
    """The longest run of whole clauses within the word limit, marked as cut; or None.

    A clause ends at , ; : or a dash, or before a word that opens a subordinate clause or
    phrase ("… suspended its top investigator on Tuesday | after he misled …").
    """
    words = text.split()
    for end in range(min(len(words) - 1, MAX_TITLE_WORDS), MIN_LEAD_WORDS - 1, -1):
        head = " ".join(words[:end])
        if (
            head[-1] in ",;:"
            or words[end - 1] in ("—", "--", "–")
            or words[end].lower() in _CLAUSE_OPENERS
        ):
            head = head.rstrip(",;:—–- ")
            last = head.split()[-1].lower() if head.split() else ""
            if (
                not _ABBREVIATION.search(head + ".")
                and last not in _DANGLING
                and len(head.split()) >= MIN_LEAD_WORDS
            ):
                return head + "…"
    return None


_CLAUSE_OPENERS = frozenset(
    "after as because when while amid following despite before since until but who which"
    " where according although though unless whereas without saying including".split()
)
# A cut title never ends on a word that needs the next one: "… led to a brawl in…".
_DANGLING = frozenset(
    "a an the of in on at to for from by with as that this these those and or but his her"
    " its their our my your he she it they we i who which is was are were be been has had"
    " have will would could should may might not no".split()
)
