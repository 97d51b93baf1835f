"""RSS 2.0 and Atom feeds saved to disk (feedparser): each item with text is a document."""

from __future__ import annotations

import hashlib
import io
import logging

from ..clean import CleanText, keep_paragraphs, split_lines
from . import MAX_PARTS, Part, Unusable, error_reason, iso_date, web_url, within_limits
from .text import html_lines

logging.getLogger("feedparser").addHandler(logging.NullHandler())
logging.getLogger("feedparser").propagate = False


def read_feed(data: bytes, notes: list[str]) -> list[Part]:
    import feedparser  # imported here: only folders with feeds pay for it

    try:
        # A stream, never a string: feedparser takes a string for a URL or a file name to
        # open, which a hostile file could exploit. Expat refuses entity expansion bombs
        # ("billion laughs") by itself.
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    except RecursionError:
        raise Unusable("not a readable feed (elements nested too deeply)") from None
    except Exception as error:  # feedparser catches most errors itself; not all
        raise Unusable(f"not a readable feed ({error_reason(error)})") from None
    if not parsed.get("version") and not parsed.entries:
        raise Unusable("not an RSS or Atom feed")
    channel = parsed.get("feed", {})
    publisher = " ".join(str(channel.get("title") or "").split()) or None
    entries = parsed.entries
    if len(entries) > MAX_PARTS:
        notes.append(f"only the first {MAX_PARTS:,} of {len(entries):,} items are read")
    parts: list[Part] = []
    for number, entry in enumerate(entries[:MAX_PARTS], 1):
        part = _item(entry, publisher, str(number), notes)
        if part is not None:
            parts.append(part)
    if not parts:
        raise Unusable("no feed item with article text found")
    return parts


def _item(entry, publisher: str | None, anchor: str, notes: list[str]) -> Part | None:
    # Atom's content (the full text) when there is one, else the summary/description.
    contents = [c.get("value") for c in entry.get("content") or () if c.get("value")]
    html = str(contents[0] if contents else entry.get("summary") or "")
    if not html.strip():
        return None
    title = " ".join(str(entry.get("title") or "").split()) or None
    text = within_limits("\n".join(text for _, text, _ in html_lines(html)), notes)
    paragraphs = keep_paragraphs(split_lines(text), title)
    if not paragraphs:
        return None
    # dict.get, not feedparser's: that maps a missing updated_parsed to published_parsed
    # with a DeprecationWarning.
    date = iso_date(entry.get("published_parsed") or dict.get(entry, "updated_parsed"))
    url = web_url(str(entry.get("link") or ""))
    # An item is known by what it says: re-saving the feed with new items on top does not
    # make the old ones new.
    key = "\n".join((str(entry.get("id") or url or ""), title or "", html))
    cleaned = CleanText(paragraphs, title, publisher, date)
    return Part(cleaned, url, anchor, hashlib.sha256(key.encode()).digest())
