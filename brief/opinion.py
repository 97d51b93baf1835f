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
EXCLAIMED = 0.1
MIN_EXCLAIMED = 2


def opinion_reason(
    title: str, url: str | None, declared: Sequence[str], paragraphs: Sequence[str]
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
    if _HEADLINE.search(title):
        return "its headline says it is opinion"
    text = "\n".join(paragraphs)
    if text.count("!") < MIN_EXCLAIMED:  # most reports: no need to look further
        return None
    text = _QUOTATION.sub(" ", text)
    exclaimed = len(_EXCLAIMED.findall(text))
    if exclaimed >= MIN_EXCLAIMED and exclaimed >= EXCLAIMED * len(_ENDED.findall(text)):
        return f"it is written in exclamations ({exclaimed} of its sentences)"
    return None


def _desk_of(url: str) -> str | None:
    """The opinion desk an address is filed under (its path's segments but the last,
    which is the article's own name: "/opinion-polls-tighten" is a report), or None."""
    try:
        segments = urlsplit(url).path.strip("/").split("/")[:-1]
    except ValueError:
        return None
    return next((s for s in segments if _DESK.fullmatch(s)), None)


def only_opinion(documents: Iterable[Document]) -> bool:
    """Whether a story is of opinion pieces alone (briefed from them, and headed so)."""
    return all(d.opinion for d in documents)
