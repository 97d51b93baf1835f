"""PDF reports: the text layer (pypdf), paragraphs rebuilt from the laid-out lines."""

from __future__ import annotations

import dataclasses
import io
import itertools
import logging
import re
import statistics
import time
from collections import Counter

from ..clean import CleanText, ends_sentence, keep_paragraphs, word_count
from . import MAX_TEXT_CHARS, Part, Unusable, error_reason, iso_date

# pypdf logs every oddity of a malformed file; brief reports a skipped file itself.
logging.getLogger("pypdf").addHandler(logging.NullHandler())
logging.getLogger("pypdf").propagate = False

MAX_PAGES = 300  # a report longer than this is read in part
# A hostile file can make one page slow; no page is started after this many seconds.
MAX_SECONDS = 20.0
# pypdf's own caps on decompressed streams (default 75 MB) are lowered: no page of text
# needs more, and a compression bomb then stops early.
MAX_STREAM_BYTES = 20_000_000
# Titles that PDF producers write for you and that say nothing.
_NO_TITLE = re.compile(
    r"^(?:untitled|microsoft word - .*|document\d*|slide \d+|.*\.(?:docx?|pdf))$", re.IGNORECASE
)
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)
_HYPHENATED = re.compile(r"[a-z]-$")


def read_pdf(data: bytes, notes: list[str]) -> list[Part]:
    import pypdf  # imported here: only folders with PDFs pay for it

    try:
        with pypdf.apply_configuration(**_limits(pypdf)):
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise Unusable("the PDF is encrypted with a password")
            pages = _page_texts(reader, notes)
            metadata = reader.metadata or {}
            meta_title = str(metadata.get("/Title") or "").strip()
            author = str(metadata.get("/Author") or "").strip()
            created = getattr(reader.metadata, "creation_date", None) if reader.metadata else None
    except Unusable:
        raise
    except RecursionError:
        raise Unusable("not a readable PDF (objects nested too deeply)") from None
    except pypdf.errors.LimitReachedError:
        mb = MAX_STREAM_BYTES // 1_000_000
        raise Unusable(f"not a readable PDF (a part unpacks to over {mb} MB: a bomb?)") from None
    except Exception as error:  # pypdf raises many kinds on a broken file
        raise Unusable(f"not a readable PDF ({error_reason(error)})") from None
    if not any(pages):
        raise Unusable(
            "no text layer (a scanned PDF?): brief reads the text of a PDF, not its images"
        )
    lines = _paragraph_lines(pages)
    title = meta_title if meta_title and not _NO_TITLE.match(meta_title) else None
    title = title or _first_heading(lines)
    cleaned = CleanText(keep_paragraphs(lines, title), title, author or None, iso_date(created))
    return [Part(cleaned)]


def _limits(pypdf) -> dict[str, int]:
    """pypdf's caps on decompressed and declared stream lengths, lowered to ours."""
    config = pypdf.get_configuration()
    return {
        field.name: min(getattr(config, field.name), MAX_STREAM_BYTES)
        for field in dataclasses.fields(config)
        if field.name.endswith(("_output_length", "declared_stream_length"))
    }


# (text, height on the page or None): one line of a page as pypdf lays it out.
Line = tuple[str, float | None]


def _page_texts(reader, notes: list[str]) -> list[list[Line]]:
    pages: list[list[Line]] = []
    total = 0
    started = time.monotonic()
    count = len(reader.pages)
    for number, page in enumerate(reader.pages):
        if number >= MAX_PAGES:
            notes.append(f"only the first {MAX_PAGES} of {count} pages are read")
            break
        if number and time.monotonic() - started > MAX_SECONDS:
            if not any(pages):
                raise Unusable(f"no text found in {MAX_SECONDS:g} s of reading (a hostile PDF?)")
            notes.append(f"stopped after page {number}: reading took over {MAX_SECONDS:g} s")
            break
        if total >= MAX_TEXT_CHARS:
            notes.append(f"only the first {MAX_TEXT_CHARS:,} characters are used")
            break
        lines = _page_lines(page)
        pages.append(lines)
        total += sum(len(text) for text, _ in lines)
    return pages


def _page_lines(page) -> list[Line]:
    """The lines of a page with the height each starts at. pypdf hands its text to the
    visitor in the pieces it writes (their concatenation is `extract_text()`), each with
    the matrices that place it."""
    lines: list[Line] = []
    pieces: list[str] = []
    height: list[float | None] = [None]

    def end_line() -> None:
        text = " ".join("".join(pieces).split())
        if text:
            lines.append((text, height[0]))
        pieces.clear()
        height[0] = None

    def visit(text: str, cm, tm, _font, _size) -> None:
        for index, piece in enumerate(text.split("\n")):
            if index:
                end_line()
            if piece.strip() and height[0] is None and cm and tm:
                height[0] = cm[5] + tm[5] * cm[3]
            pieces.append(piece)

    page.extract_text(visitor_text=visit)
    end_line()
    return lines


def _paragraph_lines(pages: list[list[Line]]) -> list[str]:
    """Paragraphs from page lines: running heads, footers and page numbers dropped, lines
    joined back into paragraphs, a word split by a hyphen at a line end joined again."""
    # A line at the top or foot of most pages (a running head, a copyright footer) is not
    # the article's. Only there: a scraped article may repeat whole paragraphs.
    repeated: set[str] = set()
    if len(pages) >= 3:
        edges = Counter(text for lines in pages for text in {t for t, _ in lines[:2] + lines[-2:]})
        repeated = {text for text, n in edges.items() if n > len(pages) / 2}
    pages = [
        [(t, y) for t, y in lines if t not in repeated and not _PAGE_NUMBER.match(t)]
        for lines in pages
    ]
    texts = [text for lines in pages for text, _ in lines]
    if not texts:
        return []
    # A line much shorter than a full line that ends a sentence ends its paragraph.
    full = statistics.quantiles([len(t) for t in texts], n=10)[-1] if len(texts) > 1 else 0
    paragraphs: list[str] = []
    open_paragraph = False  # a paragraph may run on over a page break
    for lines in pages:
        step = _line_step(lines)
        for index, (line, y) in enumerate(lines):
            above = lines[index - 1][1] if index else None
            # More space above a line than between the lines of a paragraph: a new one.
            gap = step and y is not None and above is not None and above - y > 1.4 * step
            if open_paragraph and paragraphs and not gap:
                if _HYPHENATED.search(paragraphs[-1]) and line[:1].islower():
                    # "Qaeda-" + "linked": the hyphen is kept, since without a dictionary a
                    # real hyphen cannot be told from a hyphenated word ("infor-mation").
                    paragraphs[-1] += line
                else:
                    paragraphs[-1] = f"{paragraphs[-1]} {line}"
            else:
                paragraphs.append(line)
            short = len(line) < 0.8 * full
            open_paragraph = not short and not (ends_sentence(line) and len(line) < 0.9 * full)
            if short and not ends_sentence(line) and word_count(line) > 3 and line[-1] in ",;-":
                open_paragraph = True  # a ragged line that stops mid-sentence
    return paragraphs


def _line_step(lines: list[Line]) -> float | None:
    """The distance between two lines of one paragraph on this page: the smallest step
    down that is taken at least twice (a larger one is the space between paragraphs)."""
    steps = Counter(
        round((a - b) * 2) / 2  # to half a point: positions carry rounding noise
        for (_, a), (_, b) in itertools.pairwise(lines)
        if a is not None and b is not None and a - b > 0
    )
    usual = [step for step, n in steps.items() if n >= 2]
    return min(usual) if usual else None


def _first_heading(lines: list[str]) -> str | None:
    for line in lines[:5]:
        if not ends_sentence(line) and 2 <= word_count(line) <= 20:
            return line
    return None
