"""Word documents (.docx, python-docx), with a check against zip bombs before parsing."""

from __future__ import annotations

import io
import zipfile

from ..clean import CleanText, keep_paragraphs, split_lines
from . import MAX_TEXT_CHARS, Part, Unusable, error_reason, iso_date, within_limits

# A .docx is a zip archive: its declared uncompressed sizes are checked before anything is
# unpacked (zipfile stops at the declared size, so a lying header cannot get past them).
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_MEMBER_BYTES = 50 * 1024 * 1024
MAX_MEMBERS = 5_000
# What python-docx and Word write when nobody set the property.
_PLACEHOLDERS = frozenset({"python-docx", "word document", "untitled", "document"})


def read_docx(data: bytes, notes: list[str]) -> list[Part]:
    _check_archive(data)
    import docx  # imported here: only folders with Word files pay for it

    try:
        document = docx.Document(io.BytesIO(data))
        properties = document.core_properties
        names = _style_names(document)
        paragraphs = [(names.get(p._p.style or "", ""), p.text) for p in document.paragraphs]
        title = _property(properties.title)
        author = _property(properties.author)
        created = properties.created
    except Exception as error:  # a damaged package raises many kinds
        raise Unusable(f"not a readable Word document ({error_reason(error)})") from None
    headings = [text.strip() for style, text in paragraphs if _is_heading(style) and text.strip()]
    title = title or (headings[0] if headings else None)
    body = "\n".join(text for style, text in paragraphs if not _is_heading(style))
    lines = split_lines(within_limits(body[: MAX_TEXT_CHARS + 1], notes))
    return [Part(CleanText(keep_paragraphs(lines, title), title, author, iso_date(created)))]


def _check_archive(data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise Unusable("not a Word document (not a zip archive)") from None
    if len(members) > MAX_MEMBERS:
        raise Unusable(f"the archive holds over {MAX_MEMBERS:,} files (a zip bomb?)")
    total = sum(member.file_size for member in members)
    largest = max((member.file_size for member in members), default=0)
    if total > MAX_UNPACKED_BYTES or largest > MAX_MEMBER_BYTES:
        mib = MAX_UNPACKED_BYTES // (1024 * 1024)
        raise Unusable(
            f"it would unpack to {total:,} bytes, over the {mib} MiB limit (a zip bomb?)"
        )
    if "word/document.xml" not in {member.filename for member in members}:
        raise Unusable("not a Word document (no word/document.xml)")


def _style_names(document) -> dict[str, str]:
    """Style id -> name ("Heading1" -> "heading 1"), read once from the XML: python-docx's
    `paragraph.style` looks each paragraph's style up anew (70 ms for a short document)."""
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    names = {}
    for style in document.styles.element.iterchildren(f"{w}style"):
        name = style.find(f"{w}name")
        if name is not None:
            names[style.get(f"{w}styleId", "")] = name.get(f"{w}val", "")
    return names


def _is_heading(style: str) -> bool:
    # Built-in style names are English in every language's Word ("heading 1", "Title").
    return style.lower() == "title" or style.lower().startswith("heading")


def _property(value: object) -> str | None:
    text = str(value or "").strip()
    return text if text and text.lower() not in _PLACEHOLDERS else None
