"""Read a folder of articles into Documents, skipping what cannot be read with a reason."""

from __future__ import annotations

import codecs
import errno
import hashlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from stat import S_ISREG

import charset_normalizer
import yaml
from markdown_it import MarkdownIt

from .clean import CleanText, clean_plain_text, keep_paragraphs, split_lines
from .errors import InputError
from .models import Document, Notice, Progress
from .titles import usable

# Limits that keep one file from costing the whole run (stated in the README). A news
# article is rarely over 200 KB or 30,000 characters of text; these are far above that.
MAX_FILE_BYTES = 10 * 1024 * 1024  # larger files are skipped
MAX_TEXT_CHARS = 300_000  # the text after that is not used
MAX_LINE_CHARS = 20_000  # longer lines (no line breaks at all: a dump) are cut
TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES

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

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class Unusable(Exception):
    """A file that is skipped; the message is the reason shown to the user."""


def load_folder(
    folder: Path, progress: Progress | None = None
) -> tuple[tuple[Document, ...], tuple[Notice, ...]]:
    """Every readable article under `folder` (recursively, hidden files skipped).

    `progress("reading", done, total)` is called as files are read, for a progress bar.
    """
    if not folder.exists():
        raise InputError(f"{folder} does not exist; give the folder that holds the articles.")
    if not folder.is_dir():
        if folder.suffix.lower() in SUFFIXES:
            return _load_paths(folder.parent, [folder], progress)
        raise InputError(f"{folder} is not a folder; give the folder that holds the articles.")
    paths = sorted(_walk(folder), key=lambda p: p.relative_to(folder).as_posix())
    return _load_paths(folder, paths, progress)


def _walk(folder: Path) -> Iterator[Path]:
    # followlinks=False: a symlinked folder could loop back on itself. Symlinked files
    # are still read (and a broken one is reported) below.
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith("."):
                yield Path(root, name)


def _load_paths(
    root: Path, paths: list[Path], progress: Progress | None
) -> tuple[tuple[Document, ...], tuple[Notice, ...]]:
    documents: list[Document] = []
    notices: list[Notice] = []
    for done, path in enumerate(paths):
        if progress and done % 50 == 0:
            progress("reading", done, len(paths))
        if path.suffix.lower() not in SUFFIXES:
            notices.append(Notice(path, "not a supported type (.txt, .md, .html)"))
            continue
        try:
            document, notes = load_file(path, root)
        except Unusable as reason:
            notices.append(Notice(path, str(reason)))
            continue
        documents.append(document)
        notices.extend(Notice(path, note, skipped=False) for note in notes)
    if progress:
        progress("reading", len(paths), len(paths))
    return tuple(documents), tuple(notices)


def load_file(path: Path, root: Path) -> tuple[Document, list[str]]:
    """One article and notes on what of it was left out; raises Unusable when it cannot be used."""
    data = _read_bytes(path)
    suffix = path.suffix.lower()
    notes: list[str] = []
    if suffix in HTML_SUFFIXES:
        cleaned, url = _from_html(data, notes)
    elif suffix in MARKDOWN_SUFFIXES:
        cleaned, url = _from_markdown(within_limits(decode(data), notes))
    else:
        cleaned, url = clean_plain_text(within_limits(decode(data), notes)), None
    if not cleaned.paragraphs:
        raise Unusable("no article text found")
    relative = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    document = Document(
        id=hashlib.sha1(relative.encode()).hexdigest()[:10],
        path=path,
        # A caption, credit or widget text read as the headline is no title at all.
        title=cleaned.title if cleaned.title and usable(cleaned.title) else path.stem,
        paragraphs=cleaned.paragraphs,
        publisher=cleaned.publisher,
        url=url,
        date=cleaned.date,
        digest=hashlib.sha256(data).hexdigest(),
    )
    return document, notes


def within_limits(text: str, notes: list[str]) -> str:
    """The text cut to MAX_TEXT_CHARS, each line to MAX_LINE_CHARS; says so in `notes`."""
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
        notes.append(f"only the first {MAX_TEXT_CHARS:,} characters are used")
    if len(text) > MAX_LINE_CHARS and any(len(line) > MAX_LINE_CHARS for line in text.split("\n")):
        text = "\n".join(line[:MAX_LINE_CHARS] for line in text.split("\n"))
        notes.append(f"lines longer than {MAX_LINE_CHARS:,} characters are cut")
    return text


def _read_bytes(path: Path) -> bytes:
    try:
        stat = path.stat()  # follows symbolic links
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise Unusable("symbolic link loop") from None
        if path.is_symlink():
            raise Unusable("broken symbolic link") from None
        raise Unusable(f"cannot be read ({error.strerror or error})") from None
    if not S_ISREG(stat.st_mode):
        raise Unusable("not a regular file")
    if stat.st_size > MAX_FILE_BYTES:
        mib = MAX_FILE_BYTES // (1024 * 1024)
        raise Unusable(f"larger than the {mib} MiB limit ({stat.st_size:,} bytes)")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise Unusable(f"cannot be read ({error.strerror or error})") from None
    if not data.strip():
        raise Unusable("empty")
    return data


def looks_binary(data: bytes) -> bool:
    """NUL bytes near the start, in a file that no BOM marks as UTF-16 or UTF-32."""
    return b"\x00" in data[:8192] and not data.startswith(tuple(bom for bom, _ in _BOMS))


def decode(data: bytes) -> str:
    """Text from bytes: BOM, then strict UTF-8, then charset detection; binary is refused."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if looks_binary(data):
        raise Unusable("binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
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
    return data.decode(encoding, errors="replace")


def _from_html(data: bytes, notes: list[str]) -> tuple[CleanText, str | None]:
    import trafilatura  # imported here: it is the slowest import and only HTML needs it

    if looks_binary(data):
        raise Unusable("binary data, not HTML")
    extracted = trafilatura.bare_extraction(
        data,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        prune_xpath=_PRUNE_XPATH,
    )
    if extracted is None or not (extracted.text or "").strip():
        raise Unusable("no article text found in the HTML")
    title = (extracted.title or "").strip() or None
    paragraphs = keep_paragraphs(split_lines(within_limits(extracted.text, notes)), title)
    url = extracted.url if (extracted.url or "").startswith(("http://", "https://")) else None
    date = (extracted.date or None) and str(extracted.date)[:10]
    return CleanText(paragraphs, title, (extracted.sitename or "").strip() or None, date), url


_FRONT_MATTER_END = "\n---"


def _from_markdown(text: str) -> tuple[CleanText, str | None]:
    meta: dict = {}
    body = text.lstrip("\ufeff")
    if body.startswith("---\n") or body.startswith("---\r\n"):
        end = body.find(_FRONT_MATTER_END, 3)
        if end != -1:
            try:
                loaded = yaml.safe_load(body[3:end])
            except yaml.YAMLError:
                loaded = None  # not front matter after all: read it as text
            if isinstance(loaded, dict):
                meta = loaded
                body = body[end + len(_FRONT_MATTER_END) :].split("\n", 1)[-1]
    headings, blocks = _markdown_blocks(body)
    title = _meta_text(meta, "title") or (headings[0] if headings else None)
    publisher = _meta_text(meta, "publisher") or _meta_text(meta, "source")
    url = _meta_text(meta, "url")
    if url and not url.startswith(("http://", "https://")):
        url = None
    date = _meta_text(meta, "date")
    lines = [line for block in blocks for line in split_lines(block)]
    return CleanText(keep_paragraphs(lines, title), title, publisher, date and date[:10]), url


def _meta_text(meta: dict, key: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _markdown_blocks(body: str) -> tuple[list[str], list[str]]:
    """Headings and paragraph texts of a Markdown body, markup removed, code dropped."""
    headings: list[str] = []
    blocks: list[str] = []
    tokens = MarkdownIt("commonmark").parse(body)
    for index, token in enumerate(tokens):
        if token.type != "inline":
            continue
        text = "".join(
            " " if child.type in ("softbreak", "hardbreak") else child.content
            for child in token.children or ()
            if child.type in ("text", "code_inline", "softbreak", "hardbreak")
        ).strip()
        if not text:
            continue
        if index > 0 and tokens[index - 1].type == "heading_open":
            headings.append(text)
        else:
            blocks.append(text)
    return headings, blocks
