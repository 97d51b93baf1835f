"""Newsletter digests: a message that carries several articles, each under its own heading."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..clean import ends_sentence, keep_paragraphs, split_lines, word_count

# A section is an article when its prose has at least this many words; a digest has at
# least two such sections. Intros ("Good morning"), sponsor blurbs and footers are shorter
# or have no heading, and are left out.
MIN_ARTICLE_WORDS = 30
MAX_HEADING_WORDS = 15
_SEPARATOR = re.compile(r"^\s*([-=*_~#•·])(?:\s*\1){2,}\s*$")
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,4}\s+(\S.*?)\s*#*\s*$")

# (kind, text, link): kind is "heading" or "text"; link is the heading's http(s) link.
Line = tuple[str, str, str | None]


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    url: str | None
    paragraphs: tuple[str, ...]


def sections(lines: list[Line]) -> list[Section] | None:
    """The articles of a digest, in order; None when the lines are not one."""
    found: list[tuple[str, str | None, list[str]]] = []
    for kind, text, link in lines:
        if kind == "heading":
            found.append((text, link, []))
        elif found:
            found[-1][2].append(text)
    articles = []
    for title, link, body in found:
        paragraphs = keep_paragraphs(split_lines("\n".join(body)), title)
        if sum(word_count(p) for p in paragraphs) >= MIN_ARTICLE_WORDS:
            articles.append(Section(title, link, paragraphs))
    return articles if len(articles) >= 2 else None


def plain_lines(text: str) -> list[Line]:
    """Lines of a plain-text message; a heading is a Markdown heading, or a short line that
    opens the text or follows a separator line (----, ====, ***)."""
    lines: list[Line] = []
    after_separator = True
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if _SEPARATOR.match(line):
            after_separator = True
            continue
        if match := _MARKDOWN_HEADING.match(line):
            lines.append(("heading", match.group(1), None))
        elif (
            after_separator
            and not ends_sentence(line)
            and 1 <= word_count(line) <= MAX_HEADING_WORDS
        ):
            lines.append(("heading", line, None))
        else:
            lines.append(("text", line, None))
        after_separator = False
    return lines
