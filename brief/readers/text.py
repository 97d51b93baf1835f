"""Plain text, Markdown (with YAML front matter) and saved web pages."""

from __future__ import annotations

import html
import itertools
import logging
import re
from html.parser import HTMLParser

from ..clean import (
    BARE_ADDRESS,
    CleanText,
    agency_of,
    clean_plain_text,
    copied_from,
    desk_note,
    find_date,
    header_date,
    header_lines,
    keep_paragraphs,
    short_lines,
    site_in_title,
    split_lines,
    title_sections,
)
from . import (
    Part,
    Unusable,
    decode,
    decode_html,
    error_reason,
    iso_moment,
    repair_encoding,
    web_url,
    within_limits,
)
from .declared import declared_types
from .walls import wall_kind

# The extractors log their own doubts; brief reports skipped files itself.
for _name in ("trafilatura", "htmldate", "charset_normalizer"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False

# Ad and promo containers that trafilatura keeps when they hold a full sentence.
_AD_CLASSES = ("ad", "ads", "advert", "advertisement", "sponsored", "promo", "newsletter-signup")
_PRUNE_XPATH = [
    f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ') or @id='{name}']"
    for name in _AD_CLASSES
]


def read_text(data: bytes, notes: list[str]) -> list[Part]:
    if _HTML_START.match(data.lstrip(b"\xef\xbb\xbf")):
        # A web page saved under a .txt name ("Save as: text" in a hurry, a scraper's
        # default): read as text, its tags and scripts would be the article.
        return read_html(data, notes)
    text = within_limits(decode(data), notes)
    # Its header's lines split again, all of them: the note's expression over the raw
    # window as a first test took three times as long (0.36 s against 0.12 s over the
    # 1,541 dev files).
    head = split_lines(text[:_HEADER_WINDOW])
    if note := desk_note(head):
        raise Unusable(f"not published: a note to the desk says '{note}'")
    return [Part(clean_plain_text(text), _address_above(head))]


def _address_above(head: list[str]) -> str | None:
    """A clipping's page address on a line of its own above its article ("https://…",
    under a station's name and the bulletin's time), or None."""
    for _, line in header_lines(head):
        if BARE_ADDRESS.fullmatch(line):
            return web_url(line)
    return None


_HEADER_WINDOW = 4096  # the header's lines are at the top


# How an HTML document opens (after any BOM and white space): a doctype or an <html> tag.
_HTML_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)


def read_markdown(data: bytes, notes: list[str]) -> list[Part]:
    cleaned, url = from_markdown(within_limits(decode(data), notes), notes)
    return [Part(cleaned, url)]


def read_html(data: bytes, notes: list[str]) -> list[Part]:
    cleaned, url = from_html(data, notes, page=True)
    return [Part(cleaned, url, declared=declared_types(data))]


def from_html(
    data: bytes | str, notes: list[str], page: bool = False
) -> tuple[CleanText, str | None]:
    """The main text and metadata of a web page (trafilatura).

    A saved `page` that holds only a consent dialog or a paywall's stub is Unusable: the
    article was never on it (a message's HTML body is a letter, not a page: never one).
    """
    import trafilatura  # imported here: it is the slowest import and only HTML needs it
    from trafilatura.settings import set_date_params

    page_text = decode_html(data) if isinstance(data, bytes) else data
    extracted = trafilatura.bare_extraction(
        page_text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        prune_xpath=_PRUNE_XPATH,
        # The page's date from its markup (meta tags, <time>, the URL) and precise
        # patterns only: htmldate's extensive search takes any date or bare year in the
        # text, so a page that says "built in 1995" or "© 2019" was dated 1 January of it.
        date_extraction_params=set_date_params(extensive=False),
    )
    if extracted is None or not (extracted.text or "").strip():
        raise Unusable("no article text found in the HTML")
    title = repair_encoding((extracted.title or "").strip()) or None
    text = repair_encoding(within_limits(extracted.text, notes))
    lines = split_lines(text)
    if page and (wall := wall_kind(lines)):
        raise Unusable(f"no article text ({wall}?)")
    paragraphs = keep_paragraphs(lines, title)
    # Else a stamp above the article's first sentence, as a text file's is read.
    date = str(extracted.date)[:10] if extracted.date else header_date(lines)
    if date is None and page:
        date = _stamped_date(page_text)  # a byline's "Published: Nov. 27, 2026 at 11:18 AM"
    if date and "T" not in date and (time := _published_at(page_text, date)):
        date = f"{date}T{time}"
    publisher = (extracted.sitename or "").strip() or None
    bar = _page_title(page_text) if page else ""
    if page and (publisher is None or _HOSTNAME.fullmatch(publisher)):
        # No og:site_name: a <title> that ends on the site's name ("… | Swiss Info Daily")
        # names it; trafilatura strips it from the headline and drops it, and names the
        # site by its address's host instead ("borderlandtonight.tv", cited beside the
        # "Borderland Tonight" of the outlet's other pages).
        publisher = site_in_title(bar, text[:_PLACE_WINDOW]) or publisher
    if bar and title and publisher and title.casefold() == publisher.casefold() != bar.casefold():
        # The site's masthead in an <h1> above the article ("Chester-le-Street Citizen"),
        # which trafilatura takes for the headline: the tab's title names the article
        # ("Pelton library to close … | Chester-le-Street Citizen"; titles.headline drops
        # the site).
        title = bar
    sections = title_sections(bar)
    agency = agency_of(extracted.author)
    cleaned = CleanText(paragraphs, title, publisher, date, sections, short_lines(lines), agency)
    url = web_url(extracted.url)
    if url is None and page:
        url = _saved_from(page_text)
    return cleaned, url


# The "mark of the web" a browser's "Save page as" writes above <html>: the address the
# page was saved from ("<!-- saved from url=(0094)https://… -->"), all a page that names
# no canonical address or og:url says of where it was read (else cited by its file name).
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
_SAVED_FROM_WINDOW = 2048  # it comes before the <html> element


def _saved_from(page: str) -> str | None:
    found = _SAVED_FROM.search(page, 0, _SAVED_FROM_WINDOW)
    return web_url(html.unescape(found[1])) if found else None


# When the page was published, to the minute, as its meta tags, its schema.org data or a
# <time> element say ("article:published_time" content="2026-11-27T15:40:00Z",
# "datePublished": "…", <time datetime="2026-11-27T10:05:00Z">).
# How much of a page's text is searched for a town its <title> ends on (clean.site_in_title).
_PLACE_WINDOW = 4000
# A web address's host name, as trafilatura gives one for a site that names itself nowhere.
_HOSTNAME = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.IGNORECASE)


_PUBLISHED_AT = re.compile(
    r"""(?:article:published_time|datePublished|<time\b[^>]{0,80}?\bdatetime)["']?"""
    r"""\s*(?:content\s*=|:|=)\s*["'](?P<day>\d{4}-\d{2}-\d{2})[T ](?P<time>\d{2}:\d{2})"""
)
# A page's visible stamp, which an extractor drops with the byline around it.
_STAMP_LINE = re.compile(
    r"\b(?:Published|Posted|First\s+published)\s*:?\s*(?:on\s+)?(?P<stamp>[^<>\n]{6,60})",
    re.IGNORECASE,
)
_STAMP_TIME = re.compile(
    r"(?<![\d.])(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?![.:]?\d)\s*(?P<half>[ap]\.?m\.?)?", re.I
)


def _stamped_date(page: str) -> str | None:
    """The day (and the hour, "2026-11-27T11:18") a page's first visible "Published: …"
    stamp gives, or None."""
    found = _STAMP_LINE.search(page, 0, _PUBLISHED_WINDOW)
    if found is None or (day := find_date(found["stamp"])) is None:
        return None
    clock = _STAMP_TIME.search(found["stamp"])
    if clock is None:
        return day
    hour, half = int(clock["hour"]) % 12 if clock["half"] else int(clock["hour"]), clock["half"]
    if half and half[0].lower() == "p":
        hour += 12
    return f"{day}T{hour:02d}:{clock['minute']}" if hour < 24 else day


_PUBLISHED_WINDOW = 262_144
_PUBLISHED_TRIES = 5


def _published_at(page: str, date: str) -> str | None:
    """The hour and minute the page gives for `date`, the day it is dated, or None (the
    first few stamps only: a related story's <time> is of another day)."""
    found = _PUBLISHED_AT.finditer(page, 0, _PUBLISHED_WINDOW)
    return next(
        (m["time"] for m in itertools.islice(found, _PUBLISHED_TRIES) if m["day"] == date), None
    )


# The page's own <title>, as the browser's tab shows it (an SVG's <title> comes later).
_TITLE_ELEMENT = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_TITLE_WINDOW = 65_536  # the <title> sits in the <head>


def _page_title(page: str) -> str:
    match = _TITLE_ELEMENT.search(page, 0, _TITLE_WINDOW)
    return " ".join(html.unescape(match.group(1)).split()) if match else ""


def from_markdown(text: str, notes: list[str]) -> tuple[CleanText, str | None]:
    """The text and metadata of a Markdown file: YAML (`---`) or TOML (`+++`, Hugo's)
    front matter, else its first heading."""
    meta, body = _front_matter(text.lstrip("\ufeff"), notes)
    if unpublished := _unpublished(meta):
        raise Unusable(f"not published: its front matter says {unpublished}")
    headings, blocks = _markdown_blocks(body)
    title = _meta_text(meta, "title") or (headings[0] if headings else None)
    # A clipper's "source" is the page's address (Obsidian Web Clipper writes it so), a
    # site generator's the outlet's name: an address is the link, never the publisher.
    source = _meta_text(meta, "source")
    named = source if source and "://" not in source else None
    site = _meta_text(meta, *_OUTLET_KEYS)
    # A site's address is no name ("site: https://…", "site: crier.example").
    site = site if site and "://" not in site and not _HOSTNAME.fullmatch(site) else None
    publisher = _meta_text(meta, "publisher") or named or site
    url = web_url(_meta_text(meta, *_URL_KEYS)) or web_url(source)
    # A front matter date is whatever its writer typed ("March 10, 2025"); the JSON
    # promises an ISO date or null, so only a date that names one day is kept.
    date = next((iso_moment(meta[key]) for key in _DATE_KEYS if meta.get(key) is not None), None)
    lines = [line for block in blocks for line in split_lines(block)]
    if note := desk_note(lines):
        raise Unusable(f"not published: a note to the desk says '{note}'")
    if not (publisher and date):
        # A clipping without front matter says where it was copied from, and when, above
        # its text ("Source: Carra FM website, Fri 27 Nov 2026, 12:40"), as a text file's
        # header does.
        outlets = (outlet for _, line in header_lines(lines) if (outlet := copied_from(line)))
        publisher = publisher or next(outlets, None)
        date = date or header_date(lines)
    paragraphs = keep_paragraphs(lines, title)
    # Its subheadings are no text to summarise, but they show what kind of page it is: a
    # listing's days ("## Friday 27 November") above its priced entries.
    shown = lines + [heading for heading in headings if heading != title]
    author = meta.get("author") or meta.get("byline")
    if isinstance(author, list):  # a clipper's list of authors
        author = " ".join(str(a) for a in author)
    agency = agency_of(str(author)) if author else None
    cleaned = CleanText(
        paragraphs, title, publisher, date, short_lines=short_lines(shown), agency=agency
    )
    return cleaned, url


# The keys static site generators and exporters write (Jekyll, Hugo, Pelican, Obsidian).
_URL_KEYS = ("url", "link", "canonical_url")
# The outlet's name as clippers and newsroom templates write it (Obsidian Web Clipper's
# templates say "site_name" or "site").
_OUTLET_KEYS = ("site_name", "site", "outlet", "publication")
_DATE_KEYS = ("date", "published", "publishDate", "pubDate")
_FENCES = {"---": "YAML", "+++": "TOML"}
# A line of YAML front matter: a key ("title:", "og:title:"), a list item, an indented line.
_YAML_LINE = re.compile(r"\s|-\s|[\w.-]+(?::[\w.-]+)*\s*:(?:\s|$)")


def _front_matter(text: str, notes: list[str]) -> tuple[dict, str]:
    """The front matter (empty when none) and the body after it."""
    import tomllib

    import yaml  # imported here, as markdown-it below: only Markdown files need them

    fence = text[:3]
    if fence not in _FENCES or not text[3:].startswith(("\n", "\r\n")):
        return {}, text
    end = text.find("\n" + fence, 3)
    if end == -1:
        return {}, text
    source = text[3:end]
    try:
        loaded = tomllib.loads(source.replace("\r\n", "\n")) if fence == "+++" else None
        loaded = yaml.safe_load(source) if fence == "---" else loaded
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as error:
        # "---" opens a rule as often as front matter: only lines shaped as YAML's keys
        # ("title: …", "  - item") make it front matter that could not be read, left out
        # (its first line read as the headline was "title: [unclosed …").
        if fence == "---" and (lines := _plain_lines(source)):
            loaded = lines
        elif fence == "+++" or all(map(_YAML_LINE.match, filter(str.strip, source.splitlines()))):
            name = _FENCES[fence]
            notes.append(f"its {name} front matter could not be read ({error_reason(error)})")
            return {}, text[end + 1 + len(fence) :].split("\n", 1)[-1]
        else:
            return {}, text
    if not isinstance(loaded, dict) or any(len(str(key).split()) > 3 for key in loaded):
        # Not front matter after all: a rule, then a sentence with a colon in it ("… with
        # a warning: the money is gone."), which YAML reads as a key and its value.
        return {}, text
    return loaded, text[end + 1 + len(fence) :].split("\n", 1)[-1]


# A key and a plain value ("title: Sixty years of flooring: the rise and fall"), not one
# that opens YAML's quotes, lists, maps or block text; or a key whose list follows.
_PLAIN_LINE = re.compile(r"([\w.-]+)[ \t]*:(?:[ \t]+([^\s\[{\"'|>&*!%@`].*))?")


def _plain_lines(source: str) -> dict | None:
    """YAML front matter that is not valid YAML read a line at a time, when each line
    that starts a key gives a plain value: a headline with a colon in it ("title: A92
    closed: what we know"), which YAML takes for a map inside a map, is the commonest
    slip of hand-written front matter, and left out the file lost its headline and its
    date. Each line as YAML reads it alone when it can (a date stays a date), else its
    words; indented lines and list items (a list of tags) are left out. None when some
    line is no such key, or none is a key this reader uses (a title, a date, a link)."""
    import yaml

    found: dict = {}
    for line in source.splitlines():
        if not line.strip() or line[0].isspace() or line.startswith("-"):
            continue
        matched = _PLAIN_LINE.fullmatch(line.rstrip())
        if matched is None:
            return None
        try:
            value = yaml.safe_load(line)
        except yaml.YAMLError:
            value = None
        found[matched[1]] = (
            value[matched[1]] if isinstance(value, dict) and matched[1] in value else matched[2]
        )
    known = {"title", *(key.lower() for key in (*_DATE_KEYS, *_URL_KEYS))}
    return found if known.intersection(map(str.lower, found)) else None


# A draft or a reporter's notes says so in its front matter: Hugo's "draft: true",
# Jekyll's "published: false", a CMS export's or a newsroom's "status: draft", "status:
# notes - not for publication as is". Briefed, its notes read as a source's report, and
# were cited as one ("Approx 200 in the hall, standing room only" under a closure's title).
_UNPUBLISHED_STATUS = re.compile(
    r"^\s*(?:draft|notes?|private|pending|unpublished|embargoed)\b|not for publication",
    re.IGNORECASE,
)


def _unpublished(meta: dict) -> str | None:
    """What a Markdown file's front matter says that makes it unpublished, or None."""
    draft, published, status = meta.get("draft"), meta.get("published"), meta.get("status")
    if draft is True or str(draft).lower() in ("true", "yes"):
        return f"draft: {draft}"
    if published is False or str(published).lower() in ("false", "no"):
        return f"published: {published}"
    if isinstance(status, str) and _UNPUBLISHED_STATUS.search(status):
        return f"status: {status.strip()}"
    return None


def _meta_text(meta: dict, *keys: str) -> str | None:
    """The first of `keys` with a value written as text (a table or a list is none)."""
    for key in keys:
        value = meta.get(key)
        text = "" if value is None or isinstance(value, dict | list) else str(value).strip()
        if text:
            return text
    return None


# A notes app's links (Obsidian, Logseq, Foam): "[[Kessing footbridge]]", "[[Page|the words
# shown]]", "[[Page#Heading]]" read as the words a reader sees; an embed ("![[photo.jpg]]",
# a note shown inside another) is no text of the article. CommonMark leaves them as text.
_WIKI_EMBED = re.compile(r"!\[\[[^\[\]\n]*\]\]")
_WIKI_LINK = re.compile(r"\[\[([^\[\]|#\n]*)(?:#([^\[\]|\n]*))?(?:\|([^\[\]\n]*))?\]\]")


def _wiki_words(text: str) -> str:
    if "[[" not in text:
        return text
    text = _WIKI_EMBED.sub("", text)
    return _WIKI_LINK.sub(lambda m: (m[3] or m[1] or m[2] or "").strip(), text)


def _markdown_blocks(body: str) -> tuple[list[str], list[str]]:
    """Headings and paragraph texts of a Markdown body, markup removed, code dropped."""
    headings: list[str] = []
    blocks: list[str] = []
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(body)
    for index, token in enumerate(tokens):
        if token.type != "inline":
            continue
        for part in _emphasised_first_line(token.children or []):
            text = _wiki_words(
                "".join(
                    " " if child.type in ("softbreak", "hardbreak") else child.content
                    for child in part
                    if child.type in ("text", "code_inline", "softbreak", "hardbreak")
                )
            ).strip()
            if not text:
                continue
            if index > 0 and tokens[index - 1].type == "heading_open":
                headings.append(text)
            else:
                blocks.append(text)
    return headings, blocks


def _emphasised_first_line(children: list) -> list[list]:
    """A paragraph's inline tokens, as one part; or two when its first line is all in
    italics or bold and more follows: a byline or a standfirst set on the line above the
    text ("*By Jane Roe, Thursday 26 November 2026*" and, on the next line, the lede),
    which Markdown joins into one paragraph."""
    breaks = [k for k, child in enumerate(children) if child.type in ("softbreak", "hardbreak")]
    if not breaks or not children or children[0].type not in ("em_open", "strong_open"):
        return [children]
    first = breaks[0]
    close = children[0].type.replace("_open", "_close")
    if children[first - 1].type != close or any(
        child.type == close for child in children[1 : first - 1]
    ):
        return [children]
    return [children[:first], children[first + 1 :]]


# Elements that end a line of text; headings are reported apart (digest sections start there).
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "footer",
        "form",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4"})
_HIDDEN = frozenset({"script", "style", "head", "title", "noscript", "template", "svg"})


class _Blocks(HTMLParser):
    """Lines of an HTML fragment: ("heading" | "text", text, first http(s) link or None)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[str, str, str | None]] = []
        self._words: list[str] = []
        self._link: str | None = None
        self._hidden = 0
        self._heading = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in _BLOCKS or tag in _HEADINGS:
            self._flush()
            self._heading = tag in _HEADINGS
        elif tag == "a" and self._link is None:
            self._link = web_url(dict(attrs).get("href"))

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCKS or tag in _HEADINGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._words.extend(data.split())

    def _flush(self) -> None:
        if self._words:
            kind = "heading" if self._heading else "text"
            self.lines.append((kind, " ".join(self._words), self._link))
        self._words, self._link, self._heading = [], None, False

    def close(self) -> None:
        super().close()
        self._flush()


def html_lines(html: str) -> list[tuple[str, str, str | None]]:
    """Block-level lines of an HTML fragment (a feed item, a newsletter), tags removed."""
    parser = _Blocks()
    parser.feed(html)
    parser.close()
    return parser.lines
