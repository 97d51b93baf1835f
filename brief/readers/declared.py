"""What a web page says it is: its schema.org types (JSON-LD), its Open Graph type, and
the section it is filed under (schema.org `articleSection`, `article:section`).

Publishing software marks a recipe as `"@type": "Recipe"`, a shop's page as `Product` (or
`og:type` "product"), a forum thread as `DiscussionForumPosting`, whatever their text looks
like. Grouping reads these marks before it guesses from the text's shape (see
`brief.stories.looks_like_news`): a page that declares itself a recipe is not a news report,
even when it opens with a story about a bake-off.
"""

from __future__ import annotations

import itertools
import json
import re

# Regular expressions, not a parser: a second pass of Python's HTMLParser over every page
# would cost more than the rest of reading it. The marks sit in a <script> block (raw text,
# no markup inside) and in <meta> tags, which these shapes find.
_JSON_LD = re.compile(
    rb"""<script\b[^>]*\btype\s*=\s*["']?application/ld\+json["']?[^>]*>(.*?)</script\s*>""",
    re.IGNORECASE | re.DOTALL,
)
_META = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_OG_TYPE = re.compile(rb"""\bproperty\s*=\s*["']og:type["']""", re.IGNORECASE)
_SECTION = re.compile(rb"""\b(?:property|name)\s*=\s*["']article:section["']""", re.IGNORECASE)
_CONTENT = re.compile(rb"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
# A page rarely holds more; past this, what is left is not metadata worth the time.
_MAX_BLOCKS = 20
# Forum software marks a thread by its links to reply in it, whatever the page declares
# (phpBB's "posting.php?mode=reply", vBulletin's "newreply.php"); a news page's comments
# are no forum's. A fell walkers' thread on Helvellyn's conditions, whose posts told of a
# missing walker's search, joined the search's story: its posts' bylines, which showed it a
# forum, are dropped with the page's furniture.
_FORUM_REPLY = re.compile(
    rb"""\bhref\s*=\s*["'][^"']*(?:posting\.php\?(?:[^"'>]*?[&;])?mode=reply|newreply\.php)""",
    re.IGNORECASE,
)
FORUM_THREAD = "forum thread"


def declared_types(html: bytes) -> tuple[str, ...]:
    """The page's declared types, lower case, in the order found ("recipe", "og:product"),
    then its sections, prefixed "section:" ("section:opinion")."""
    found: dict[str, None] = {}
    sections: dict[str, None] = {}
    if b"ld+json" in html or b"LD+JSON" in html:
        for match in itertools.islice(_JSON_LD.finditer(html), _MAX_BLOCKS):
            try:
                data = json.loads(match.group(1).decode("utf-8", "replace"))
            except ValueError:
                continue  # broken JSON-LD is common; the page is read all the same
            for name in _types(data):
                found[name] = None
            for name in _types(data, key="articleSection"):
                sections["section:" + name.strip()] = None
    if b"og:type" in html or b"article:section" in html:
        for tag in _META.finditer(html):
            meta = tag.group(0)
            kind = "og:" if _OG_TYPE.search(meta) else "section:" if _SECTION.search(meta) else ""
            if kind and (content := _CONTENT.search(meta)):
                value = (content.group(1) or content.group(2) or b"").decode("utf-8", "replace")
                if value.strip():
                    (found if kind == "og:" else sections)[kind + value.strip().lower()] = None
    if (b"mode=reply" in html or b"newreply" in html) and _FORUM_REPLY.search(html):
        found[FORUM_THREAD] = None
    return tuple(found) + tuple(sections)


def _types(data: object, depth: int = 0, key: str = "@type") -> list[str]:
    """Every "@type" (or other `key`) in a JSON-LD value, lower case, at the top and in
    @graph lists."""
    if depth > 3:
        return []
    if isinstance(data, list):
        return [t for item in data[:_MAX_BLOCKS] for t in _types(item, depth + 1, key)]
    if not isinstance(data, dict):
        return []
    names = data.get(key)
    names = names if isinstance(names, list) else [names]
    found = [n.rsplit("/", 1)[-1].lower() for n in names if isinstance(n, str) and n]
    graph = data.get("@graph")
    if graph is not None:
        found += _types(graph, depth + 1, key)
    return found


# What a page may declare itself to be: schema.org types and
# Open Graph's (prefixed "og:"). A news report type wins over the rest (a report on a
# bake-off may carry the winning recipe too); a page that declares only what is not news
# is not, whatever its text looks like; a page that declares neither is judged by shape.
NEWS_TYPES = frozenset(
    {
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "backgroundnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "askpublicnewsarticle",
        "liveblogposting",
    }
)
NOT_NEWS_TYPES = frozenset(
    {
        "recipe",
        "howto",
        "product",
        "productgroup",
        "productmodel",
        "individualproduct",
        "itempage",
        "checkoutpage",
        "store",
        "discussionforumposting",
        FORUM_THREAD,
        "qapage",
        "question",
        "faqpage",
        "jobposting",
        "realestatelisting",
        "course",
        "softwareapplication",
        "mobileapplication",
        "webapplication",
        "videogame",
        "profilepage",
        "searchresultspage",
        "og:product",
        "og:product.item",
        "og:product.group",
        "og:profile",
    }
)


def declares_news(declared: tuple[str, ...]) -> bool | None:
    """True for a page that declares a news type, False for one that declares only what is
    not news, None for one that declares neither (its shape will tell)."""
    kinds = set(declared)
    if kinds & NEWS_TYPES:
        return True
    if kinds & NOT_NEWS_TYPES:
        return False
    return None
