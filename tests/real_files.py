"""Real input files of every supported format, written by the libraries people's tools use.

Shared by tests/test_formats.py and benchmarks/formats.py: PDF by fpdf2, Word by
python-docx, messages by Python's email package, feeds as RSS 2.0 and Atom XML.
"""

from __future__ import annotations

import hashlib
import io
import mailbox
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape


def pdf_bytes(title: str, author: str, date: datetime, paragraphs: list[str]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creation_date(date)
    pdf.add_page()
    pdf.set_font("helvetica", "B", size=16)
    pdf.multi_cell(0, 9, _latin1(title))
    pdf.ln(4)
    pdf.set_font("helvetica", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, _latin1(paragraph))
        pdf.ln(3)
    return bytes(pdf.output())


def _latin1(text: str) -> str:
    # fpdf2's core fonts are Latin-1; curly quotes in news text become straight ones.
    text = text.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")
    return text.replace("—", "-").replace("–", "-").encode("latin-1", "replace").decode("latin-1")


def docx_bytes(title: str, author: str, date: datetime, paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = author
    document.core_properties.created = date
    document.add_heading(title, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def message(
    subject: str, sender: str, date: datetime, paragraphs: list[str], html: bool = False
) -> EmailMessage:
    mail = EmailMessage()
    mail["Subject"] = subject
    mail["From"] = sender
    mail["To"] = "reader@example.org"
    mail["Date"] = format_datetime(date)
    key = hashlib.sha1(f"{subject}{date}".encode()).hexdigest()[:16]
    mail["Message-ID"] = f"<{key}@example.org>"
    mail.set_content("\n\n".join(paragraphs))
    if html:
        body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        mail.add_alternative(f"<html><body><h1>{escape(subject)}</h1>{body}</body></html>", "html")
    return mail


def mbox_bytes(messages: list[EmailMessage], folder: Path) -> bytes:
    """An mbox written by Python's mailbox module (in `folder`, then read back)."""
    path = folder / "written.mbox"
    box = mailbox.mbox(path)
    for mail in messages:
        box.add(mail)
    box.flush()
    box.close()
    data = path.read_bytes()
    path.unlink()
    return data


def write_maildir(folder: Path, messages: list[EmailMessage]) -> None:
    box = mailbox.Maildir(folder, create=True)
    for mail in messages:
        box.add(mail)
    box.close()


def rss_bytes(channel: str, items: list[tuple[str, str, datetime, list[str]]]) -> bytes:
    entries = "".join(
        f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
        f"<guid>{escape(link)}</guid><pubDate>{format_datetime(date)}</pubDate>"
        f"<description>{escape(''.join(f'<p>{escape(p)}</p>' for p in paragraphs))}"
        "</description></item>"
        for title, link, date, paragraphs in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(channel)}</title><link>https://example.org/</link>"
        f"<description>News</description>{entries}</channel></rss>\n"
    ).encode()


def atom_bytes(channel: str, items: list[tuple[str, str, datetime, list[str]]]) -> bytes:
    entries = "".join(
        f"<entry><title>{escape(title)}</title><link href={_attr(link)}/><id>{escape(link)}</id>"
        f"<updated>{date.isoformat()}</updated><published>{date.isoformat()}</published>"
        f'<content type="html">{escape("".join(f"<p>{escape(p)}</p>" for p in paragraphs))}'
        "</content></entry>"
        for title, link, date, paragraphs in items
    )
    updated = datetime(2026, 11, 20, tzinfo=UTC).isoformat()
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(channel)}</title><id>urn:brief:test</id><updated>{updated}</updated>"
        f"{entries}</feed>\n"
    ).encode()


def _attr(value: str) -> str:
    return '"' + escape(value, {'"': "&quot;"}) + '"'
