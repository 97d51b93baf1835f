"""Whether an article is opinion (a column, an op-ed, an editorial, a review, a blog's
rant) rather than a report, and why.

A briefing states each bullet as a fact with its sources. A columnist's line ("The new
levy is an insult to every family in town"), or a joke cut from the sentence that
reverses it, read that way is a falsehood with a citation. So an article taken for
opinion is said to be one: its lines are never a news story's bullets while a report of
the story has them to give, and where they are shown (a story of opinion pieces only)
the briefing marks them.

What marks a page as opinion, most certain first:

- the page declares it: schema.org `OpinionNewsArticle`, or a review (`Review`,
  `ReviewNewsArticle`, `CriticReview`: a critic's verdict is opinion too), or a section
  ("articleSection", `article:section`, or a title bar's "Opinion | …") named like an
  opinion desk ("Opinion", "Comment", "Editorials", "Reviews");
- its address is filed under such a desk (`/opinion/`, `/commentisfree/`, `/reviews/`);
- its headline says so ("Op-Ed: …", "Editorial: …", "Review: …", "… - Opinion");
- it carries a critic's verdict or fact box, as reviews in plain text do: a rating ("* *
  (out of four)"), a grade closing it ("… loveliness. C+"), or two or more fields of the
  work judged ("Director: …", "Running time: …", "Starring …", "(Rated PG.", "Price: …");
- it closes on its writer's line, as columns and op-eds do ("Jane Doe is a columnist
  for …"), or on the writer's own copyright with her role ("© Jane Doe, founder of …");
- it is written in exclamations: at least EXCLAIMED of its sentences outside quotation
  marks end in "!" (MIN_EXCLAIMED or more). A report exclaims only in quotations; in the
  dev sets' 1,518 articles this marks three, all of them a column, a rant or an
  advertisement for a syndicate's package, and no report.

A blog is not opinion for being a blog (many report), and a first-person article is not
either (an interview, a reporter's account): neither is marked by those alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .dates import MONTH_NAME, WEEKDAY_NAME

if TYPE_CHECKING:
    from .models import Document

# Desks that publish opinion, as sections and address segments name them.
_DESKS = r"opinions?|op-?eds?|editorials?|commentary|comment|commentisfree|columns?|columnists?"
_DESKS += r"|reviews?"
_DESK = re.compile(rf"(?:{_DESKS}|letters(?:-to-the-editor)?)", re.I)
_SECTION = re.compile(rf"(?:{_DESKS}|letters(?: to the editor)?)(?:\s*(?:&|and)\s*\w+)?", re.I)
# A headline's label, before or after it: "Opinion | …", "OP-ED: …", "… | Opinion".
_LABEL = rf"(?:{_DESKS}|my view|guest column|letter to the editor)"
# A dash only with a space before it: "Opinion-poll lead narrows" is a report.
_HEADLINE = re.compile(
    rf"^\s*{_LABEL}\s*(?:[|:]|\s[–—-])\s*\S|\S\s*(?:\||\s[–—-])\s*{_LABEL}\s*$", re.I
)
# Sentences ending in "!", and all sentence ends, outside quotation marks.
_QUOTATION = re.compile(r"\"[^\"]*\"|“[^”]*”|``.*?''")
_EXCLAIMED = re.compile(r"!+[\"”’')\]]*(?=\s|$)")
_ENDED = re.compile(r"[.!?]+[\"”’')\]]*(?=\s|$)")
# What a critic's page declares (schema.org types, lower case, as readers.declared has them).
_REVIEWS = frozenset({"review", "reviewnewsarticle", "criticreview"})
# Every reason given for a review says so (is_review reads it).
_REVIEW = "review"
# The fewest reviews that make a story one of reviews, when more than half its articles.
MIN_REVIEWS = 2
EXCLAIMED = 0.1
MIN_EXCLAIMED = 2
# The fields a review's fact box gives of the work it judges, by the kind each is counted
# as: a box shows two kinds or more. A report on a film names its director and stars in
# its prose ("a drama directed by …"), so a field counts only where a box puts it: opening
# a short line or a piece of the paragraphs a box opens or closes an article with
# ("Written and directed by X. Starring Y. (Rated PG. 112 minutes. Opening Friday.)"), or
# labelled with a colon ("… Release Date: 2010-03-05 Runtime: 1:52 Rating: PG …"). Words that
# open news too ("Rating agencies …", "Cast members …", "Opens in a new window") count
# only with their colon or the value a box gives them.
# Each kind: words any of its fields holds (a quick test that spares nearly every report
# the expressions), and its fields where a box puts them.
_FIELD_KINDS = (
    ("director", ("directed by", "director:"), r"(?:written and )?directed by|director:"),
    ("writer", ("written by", "screenplay"), r"written by|screenplay(?: by)?:?"),
    ("cast", ("starring", "stars:", "cast:"), r"starring|stars:|cast:"),
    ("length", ("running time", "running length", "runtime", " minutes"),
     r"running (?:time|length)|runtime|\d{2,3} minutes[.)]"),
    ("rating", ("rated ", "rating:", "mpaa"), r"rated (?:G|PG|PG-13|R|NC-17)\b|rating:|mpaa\b"),
    ("distributor", ("distributor:",), r"distributor:"),
    ("release", ("release date:", "opens ", "opening "),
     rf"release date:|open(?:s|ing) (?:nationwide|in theat|{WEEKDAY_NAME}|{MONTH_NAME} \d)"),
    ("price", ("price",), r"price(?: range)?:"),
)  # fmt: skip
_FIELD_OPENING = re.compile(
    r"(?:^|(?<=[.)])\s)[^\w\n]*(?:"
    + "|".join(f"(?P<{kind}>{pattern})" for kind, _, pattern in _FIELD_KINDS)
    + ")",
    re.I | re.M,
)
# The same fields labelled with a colon, wherever they stand.
_FIELD_LABEL = re.compile(
    r"\b(?:(?P<director>director)|(?P<writer>screenplay)|(?P<cast>stars|cast)"
    r"|(?P<length>running (?:time|length)|runtime)|(?P<rating>rating|mpaa [a-z]+)"
    r"|(?P<distributor>distributor)|(?P<release>release date)|(?P<price>price\b[^:.\n]{0,24})):",
    re.I,
)
# A critic's rating on a line of its own, and a grade closing the review ("… C+").
_RATING = re.compile(
    r"\(out of (?:four|five)\)|★★|\b[1-5](?:\.5)? out of (?:4|5|four|five) stars\b"
)
_GRADE = re.compile(r"[.!?][\"”’)]?\s+[A-F][+−-]?$")


def opinion_reason(
    title: str,
    url: str | None,
    declared: Sequence[str],
    paragraphs: Sequence[str],
    short_lines: Sequence[str] = (),
) -> str | None:
    """Why an article reads as opinion (see the module), or None for a report."""
    if "opinionnewsarticle" in declared:
        return "the page declares itself an opinion article"
    if not _REVIEWS.isdisjoint(declared):
        return "the page declares itself a review"
    for kind in declared:
        if kind.startswith("section:") and _SECTION.fullmatch(section := kind[8:].strip()):
            return f"it is filed under {section.title()}"
    if url and (desk := _desk_of(url)):
        return f"its address is under /{desk}/"
    if label := _HEADLINE.search(title):
        return f"its headline says it is {'a review' if _REVIEW in label[0].lower() else 'opinion'}"
    if verdict := _critics_verdict(paragraphs, short_lines):
        return f"it reads as a {_REVIEW} ({verdict})"
    if _signed_by_its_writer(paragraphs, short_lines):
        return "it closes on its writer's line, as a column does"
    if any(
        _OWN_VIEWS.search(p) for p in _ends(paragraphs) if len(p.split()) <= MAX_WRITER_LINE_WORDS
    ):
        return "it says its views are its writer's own, as a column does"
    text = "\n".join(paragraphs)
    if text.count("!") < MIN_EXCLAIMED:  # most reports: no need to look further
        return None
    text = _QUOTATION.sub(" ", text)
    exclaimed = len(_EXCLAIMED.findall(text))
    if exclaimed >= MIN_EXCLAIMED and exclaimed >= EXCLAIMED * len(_ENDED.findall(text)):
        return f"it is written in exclamations ({exclaimed} of its sentences)"
    return None


def _signed_by_its_writer(paragraphs: Sequence[str], short_lines: Sequence[str]) -> bool:
    """Whether the text closes on the line a column or an op-ed ends with: who wrote it and
    what she is ("Jane Doe is a columnist for the Valley News.", "… Her column appears on
    Fridays"), or a person's own copyright with her role ("© Jane Doe, founder of the
    Kessing Trust"), where a report's copyright is its outlet's."""
    ends = [p for p in paragraphs[-2:] if len(p.split()) <= MAX_WRITER_LINE_WORDS]
    if any(_WRITER_BIO.match(p) and _WRITER_WORD.search(p) for p in ends):
        return True
    return any(line.startswith("©") and _OWN_COPYRIGHT.match(line) for line in short_lines)


# A writer's line is one or two sentences.
MAX_WRITER_LINE_WORDS = 45
# A column's disclaimer, above or below it: "The views expressed in this column are his
# own", "The opinions expressed are the author's own".
_OWN_VIEWS = re.compile(
    r"\b(?:views|opinions) expressed (?:(?:in|on) this (?:column|article|piece|page|blog) |here )?"
    r"(?:are|is) (?:solely |entirely )?"
    r"(?:his|her|their|my|the (?:author|writer|columnist)(?:'s|’s|s')) own\b",
    re.IGNORECASE,
)


def _ends(paragraphs: Sequence[str]) -> Sequence[str]:
    """The first two paragraphs and the last two (all of a text of four or fewer): where
    a column's notes and a review's fact box stand."""
    return (*paragraphs[:2], *paragraphs[-2:]) if len(paragraphs) > 4 else paragraphs


_NAME = r"(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*"
_WRITER_BIO = re.compile(rf"^{_NAME}(?:,\s[^,]{{3,80}},)?\s+(?:is|was)\s+(?:a|an|the)\s")
_WRITER_WORD = re.compile(r"\b(?:columnist|column|writer|author|contributor|commentator|op-ed)\b")
_OWN_COPYRIGHT = re.compile(
    rf"^©\s*(?!\d){_NAME},\s+(?:the\s+)?(?:co-?)?(?:founder|president|director|chair\w*"
    r"|professor|author|columnist|writer|fellow|chief\s+executive)\b"
)


def _critics_verdict(paragraphs: Sequence[str], short_lines: Sequence[str]) -> str | None:
    """What of a review's rating, grade or fact box the text shows, or None."""
    lines = "\n".join(short_lines)
    if ("out of" in lines or "★" in lines) and _RATING.search(lines):
        return "a rating"
    if paragraphs and _GRADE.search(paragraphs[-1][-6:]):
        return "a grade closes it"
    ends = "\n".join(_ends(paragraphs))
    labelled = "\n".join(p for p in paragraphs if p.count(":") >= 2)
    text = "\n".join((lines, ends, labelled)).lower()
    if sum(any(map(text.__contains__, words)) for _, words, _ in _FIELD_KINDS) < 2:
        return None  # a report: no box has fewer than two kinds of field
    found = [*_FIELD_OPENING.finditer(f"{lines}\n{ends}"), *_FIELD_LABEL.finditer(text)]
    kinds = sorted({m.lastgroup for m in found if m.lastgroup})
    return f"a fact box: {', '.join(kinds)}" if len(kinds) >= 2 else None


def _desk_of(url: str) -> str | None:
    """The opinion desk an address is filed under (its path's segments but the last,
    which is the article's own name: "/opinion-polls-tighten" is a report), or None."""
    try:
        segments = urlsplit(url).path.strip("/").split("/")[:-1]
    except ValueError:
        return None
    return next((s for s in segments if _DESK.fullmatch(s)), None)


def is_review(reason: str | None) -> bool:
    """Whether the reason `opinion_reason` gave is that the article is a critic's review."""
    return reason is not None and _REVIEW in reason.lower()


def opinion_story(documents: Iterable[Document]) -> bool:
    """Whether a story is opinion: briefed from its opinion pieces too, and headed so.

    It is when every article is an opinion piece, or when reviews are more than half of
    its articles (two or more): reviews of one work gather in one story, and the few
    among them that show no rating, grade or fact box are reviews too. Columns and op-eds
    do not carry a story so: they gather around an event the reports tell of.
    """
    documents = list(documents)
    if all(d.opinion for d in documents):
        return True
    reviews = sum(is_review(d.opinion) for d in documents)
    return reviews >= MIN_REVIEWS and 2 * reviews > len(documents)
