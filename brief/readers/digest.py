"""Newsletter digests: a message that carries several articles, each under its own heading."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..clean import ends_sentence, is_boilerplate_sentence, keep_paragraphs, split_lines, word_count

# A section is an article when its prose has at least this many words; a digest has at
# least two such sections. Intros ("Good morning"), sponsor blurbs and footers are shorter
# or have no heading, and are left out.
MIN_ARTICLE_WORDS = 30
MAX_HEADING_WORDS = 15
# In HTML a digest's article also links to its full story (its heading, or a short line
# such as "Read more"): an article with sub-headings links from none of them, and stays
# whole.
MAX_LINK_LINE_WORDS = 5
_SEPARATOR = re.compile(r"^\s*([-=*_~#•·])(?:\s*\1){2,}\s*$")
# A digest numbers its items: "1. NORLAND GIVES GREEN LIGHT …", "2) …".
_ITEM_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")

# (kind, text, link): kind is "heading" or "text"; link is the heading's http(s) link.
Line = tuple[str, str, str | None]


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    url: str | None
    paragraphs: tuple[str, ...]


def sections(lines: list[Line], need_links: bool = False) -> list[Section] | None:
    """The articles of a digest, in order; None when the lines are not one.

    With `need_links` (HTML), only sections that link to their story count.
    """
    found: list[tuple[str, str | None, list[str]]] = []
    for kind, text, link in lines:
        if kind == "heading":
            found.append((_ITEM_NUMBER.sub("", text), link, []))
        elif found:
            title, url, body = found[-1]
            if link and not url and word_count(text) <= MAX_LINK_LINE_WORDS:
                found[-1] = (title, link, body)  # "Read more", "Full story"
            body.append(text)
    articles = []
    for title, url, body in found:
        if is_boilerplate_sentence(title.lower()):  # lower: a heading in capitals is no shout
            continue  # "ADVERTISEMENT", "Sponsored": an advertiser's blurb, not an article
        paragraphs = keep_paragraphs(split_lines("\n".join(body)), title)
        if sum(word_count(p) for p in paragraphs) < MIN_ARTICLE_WORDS:
            continue
        if need_links and url is None:
            continue
        articles.append(Section(title, url, paragraphs))
    return articles if len(articles) >= 2 else None


def plain_lines(text: str) -> list[Line]:
    """Lines of a plain-text message; a heading is a short line that opens the text or
    follows a separator line (----, ====, ***), but not the line after the rule that
    closes a heading's box, or a numbered one in capitals ("2. PELLINGSBY HIT-AND-RUN BOY
    OUT OF INTENSIVE CARE", a digest without rules). Markdown headings are not: an
    article's sub-headings look the same."""
    lines: list[Line] = []
    after_separator = True
    ruled = False  # the last line was a rule
    boxed = False  # the last line was a heading with a rule above it
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line:
            # Kept as an empty text line: a blank line ends a paragraph (split_lines joins
            # a wrapped text's lines up to one).
            if lines and lines[-1][1]:
                lines.append(("text", "", None))
            continue
        if _SEPARATOR.match(line):
            # A rule under such a heading boxes it ("=====", "2. FLOOD: HOW TO HELP",
            # "====="): the line after it opens the article (a wrapped paragraph's first
            # line is short too), it is no second heading.
            after_separator, ruled = not boxed, True
            boxed = False
            continue
        if (
            (after_separator or _numbered_in_capitals(line))
            and not ends_sentence(line)
            and not line.endswith(",")  # a letter's greeting: "Hi all,", "Dear editors,"
            and 1 <= word_count(line) <= MAX_HEADING_WORDS
        ):
            lines.append(("heading", line, None))
            boxed = ruled
        else:
            lines.append(("text", line, None))
            boxed = False
        after_separator = ruled = False
    return lines


def _numbered_in_capitals(line: str) -> bool:
    numbered = _ITEM_NUMBER.match(line)
    return numbered is not None and line[numbered.end() :].isupper()
