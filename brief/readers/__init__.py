"""Readers of the file formats brief understands, and what they share.

Each reader turns a file's bytes into `Part`s: one for an article file, several for a file
that holds many documents (an mbox, a newsletter digest, a feed). `brief.load` walks the
folder, picks the reader by file type and makes `Document`s of the parts.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..clean import CleanText

# Limits that keep one file from costing the whole run (stated in the README). A news
# article is rarely over 200 KB or 30,000 characters of text; these are far above that.
MAX_FILE_BYTES = 10 * 1024 * 1024  # larger files are skipped
MAX_TEXT_CHARS = 300_000  # the text after that is not used
MAX_LINE_CHARS = 20_000  # longer lines (no line breaks at all: a dump) are cut
# An mbox holds a whole mailbox; it may be larger than one article file.
MAX_MAILBOX_BYTES = 100 * 1024 * 1024
# A file that holds many documents (feed, mbox, digest) gives at most this many.
MAX_PARTS = 1_000

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class Unusable(Exception):
    """A file that is skipped; the message is the reason shown to the user."""


@dataclass(frozen=True, slots=True)
class Part:
    """One document found in a file, before it becomes a `Document`."""

    cleaned: CleanText
    url: str | None = None
    # None: the document is the whole file. Otherwise where it is inside the file ("3" for
    # the third item, "3.2" for the second article of a digest, "report.pdf" for an
    # attachment): the document's path is shown as `file#anchor`.
    anchor: str | None = None
    # What --only-new knows the part by (hashed); None: the file's bytes.
    content: bytes | None = None
    # What the page declares itself to be (schema.org / Open Graph types, lower case).
    declared: tuple[str, ...] = ()


# reader(data, notes) -> parts; raises Unusable, adds to `notes` what it left out.
Reader = Callable[[bytes, list[str]], list[Part]]


def within_limits(text: str, notes: list[str]) -> str:
    """The text cut to MAX_TEXT_CHARS, each line to MAX_LINE_CHARS; says so in `notes`."""
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
        notes.append(f"only the first {MAX_TEXT_CHARS:,} characters are used")
    if len(text) > MAX_LINE_CHARS and any(len(line) > MAX_LINE_CHARS for line in text.split("\n")):
        text = "\n".join(line[:MAX_LINE_CHARS] for line in text.split("\n"))
        notes.append(f"lines longer than {MAX_LINE_CHARS:,} characters are cut")
    return text


def looks_binary(data: bytes) -> bool:
    """NUL bytes near the start, in a file that no BOM marks as UTF-16 or UTF-32."""
    return b"\x00" in data[:8192] and not data.startswith(tuple(bom for bom, _ in _BOMS))


def decode(data: bytes) -> str:
    """Text from bytes: BOM, then strict UTF-8, then charset detection; binary is refused.
    Text that was decoded the wrong way before it was saved is repaired."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return repair_encoding(data.decode(encoding, errors="replace"))
    if looks_binary(data):
        raise Unusable("binary data, not text")
    try:
        return repair_encoding(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    import charset_normalizer  # imported here: UTF-8 and BOM-marked text never need it

    matches = charset_normalizer.from_bytes(data[:200_000])
    best = matches.best()
    if best is None:
        raise Unusable("binary data or an unknown text encoding")
    encoding = best.encoding
    # Short texts often fit several single-byte code pages equally well; among equals,
    # Windows-1252 is by far the most common for news (and what browsers assume).
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    if any("cp1252" in m.could_be_from_charset for m in tied):
        encoding = "cp1252"
    return repair_encoding(data.decode(encoding, errors="replace"))


# Where an HTML page names its encoding: <meta charset=…>, <meta http-equiv="Content-Type"
# content="…; charset=…"> or an XML declaration. Browsers look in the first 1,024 bytes;
# saved pages often carry a long <head> of scripts first, so a wider window is read.
_DECLARED_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)"""
    rb"""|<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']""",
    re.IGNORECASE,
)
_CHARSET_WINDOW = 16_384
# The WHATWG Encoding standard, which every browser follows: a page that says Latin-1 or
# ASCII is read as Windows-1252 (its bytes 0x80-0x9F are curly quotes and dashes), and a
# page that says UTF-16 yet was read as ASCII-compatible bytes is UTF-8.
_AS_BROWSERS_READ = {
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "utf-16": "utf-8",
    "utf-16-le": "utf-8",
    "utf-16-be": "utf-8",
}


def decode_html(data: bytes) -> str:
    """An HTML page's text: a BOM, then the charset the page declares, else as `decode`
    reads text files (UTF-8, then detection where Windows-1252 wins ties).

    trafilatura, given bytes, would ignore the declaration and guess alone, and its guess
    for short French or Spanish pages is often Central European ("Grève" as "Grčve").
    """
    if looks_binary(data):
        raise Unusable("binary data, not HTML")
    if not data.startswith(tuple(bom for bom, _ in _BOMS)):
        declared = _declared_charset(data[:_CHARSET_WINDOW])
        if declared is not None:
            try:
                return repair_encoding(data.decode(declared))
            except UnicodeDecodeError:
                pass  # the bytes contradict the declaration: detect, as for an undeclared page
    return decode(data)


def _declared_charset(head: bytes) -> str | None:
    """The Python codec of the first charset `head` declares; None if none is known."""
    for match in _DECLARED_CHARSET.finditer(head):
        label = (match.group(1) or match.group(2)).decode("ascii", "replace")
        try:
            name = codecs.lookup(label).name
        except LookupError:
            continue  # a label Python does not know ("x-user-defined"): try the next
        return _AS_BROWSERS_READ.get(name, name)
    return None


# Saved news is often text decoded the wrong way once already: UTF-8 read as Windows-1252
# ("Hydro-QuÃ©bec", "itâ€™s"), or Windows-1252 punctuation read as Latin-1, which leaves
# invisible control characters where dashes and quotes were (U+0097 for "—"). ftfy repairs
# exactly that. Only its encoding repairs run: quotes, ligatures, widths and line breaks
# stay as written, since sentences are quoted verbatim. The cue is a character such text
# always holds (a C1 control, or the Â, Ã, â that open UTF-8 read as Windows-1252), so
# clean text costs one scan and never loads ftfy.
_MOJIBAKE_CUE = re.compile("[\x80-\x9f\u00c2\u00c3\u00e2]")


def repair_encoding(text: str) -> str:
    """`text` with mojibake and stray Windows-1252 control characters repaired (ftfy)."""
    if text.isascii() or not _MOJIBAKE_CUE.search(text):
        return text
    import ftfy  # imported here: clean text never needs it

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    return ftfy.fix_text(text, config)


def iso_date(value: object) -> str | None:
    """YYYY-MM-DD of a datetime, a date, a struct_time or a written date ("March 10, 2025",
    "10 March 2025", RFC 2822); None when there is none, or no one day it surely means."""
    if value is None:
        return None
    if isinstance(value, str):
        return _written_date(value)
    if hasattr(value, "tm_year"):
        return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
    if hasattr(value, "year"):
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    return None


def iso_moment(value: object) -> str | None:
    """`iso_date(value)`, with the hour and minute after it ("2026-11-27T15:40") when the
    value gives them: a datetime, or an ISO 8601 text with a time. The time is the file's
    own wall-clock time (its zone, when it names one, is not converted: the day stays the
    day it gives). Two reports of one story on one day are told apart by it
    (brief.developing)."""
    day = iso_date(value)
    if day is None:
        return None
    moment = value
    if isinstance(value, str) and _ISO_MOMENT.match(value.strip()):
        from datetime import datetime

        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return day
    if hasattr(moment, "hour") and hasattr(moment, "minute"):
        return f"{day}T{moment.hour:02d}:{moment.minute:02d}"
    return day


_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_YEAR_FIRST = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b")
_DAY_DOT_MONTH = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}\b")  # 10.03.2025: day first in Europe
# Two defaults that differ in every field: a date read the same under both names its year,
# month and day itself ("2025" or "March 2025" alone would take the default's).
_DEFAULTS = ((2000, 1, 1), (2001, 2, 2))
_MAX_DATE_CHARS = 64


def _written_date(text: str) -> str | None:
    text = text.strip()
    if not text or len(text) > _MAX_DATE_CHARS:
        return None
    from datetime import datetime

    from dateutil import parser  # imported here: only written dates need it

    if _YEAR_FIRST.match(text) or _DAY_DOT_MONTH.match(text) or any(c.isalpha() for c in text):
        orders = [bool(_DAY_DOT_MONTH.match(text))]
    else:
        orders = [False, True]  # 03/10/2025: a date only when both readings agree (13/10/2025)
    found = set()
    for year, month, day in _DEFAULTS:
        for day_first in orders:
            try:
                found.add(
                    parser.parse(
                        text, default=datetime(year, month, day), dayfirst=day_first, ignoretz=True
                    ).date()
                )
            except (ValueError, OverflowError):  # dateutil's ParserError is a ValueError
                return None
    if len(found) != 1:
        return None
    (date,) = found
    return iso_date(date) if 1900 < date.year < 2200 else None


def web_url(url: str | None) -> str | None:
    """The URL when it is http(s): a briefing links to nothing else."""
    url = (url or "").strip()
    return url if url.startswith(("http://", "https://")) else None


def error_reason(error: BaseException) -> str:
    """The first line of a library's error message, short enough for a warning."""
    text = str(error).strip()
    return text.splitlines()[0][:120] if text else type(error).__name__
