"""E-mail newsletters: saved messages (.eml), mbox files and Maildir messages.

Each message is a document (subject as title, sender as publisher, Date as date), or,
when it is a digest with clearly headed articles, each article is one. Attachments in a
format brief reads are documents of their own.
"""

from __future__ import annotations

import email
import hashlib
import re
from dataclasses import dataclass, replace
from email import policy
from email.message import EmailMessage

from ..clean import CleanText, clean_plain_text
from . import (
    MAX_FILE_BYTES,
    MAX_PARTS,
    Part,
    Reader,
    Unusable,
    decode,
    error_reason,
    iso_moment,
    within_limits,
)
from .digest import Section, plain_lines, sections
from .pdf import read_pdf
from .text import from_html, html_lines, read_html, read_markdown, read_text
from .word import read_docx

# Attachments read as documents of their own (not mail or feeds: no nesting).
ATTACHMENT_READERS: dict[str, Reader] = {
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".html": read_html,
    ".htm": read_html,
    ".txt": read_text,
    ".md": read_markdown,
}
# The line that starts each message of an mbox ("From sender date").
_FROM_LINE = re.compile(rb"^From [^\n]*\n", re.MULTILINE)
_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)


def read_eml(data: bytes, notes: list[str]) -> list[Part]:
    return message_parts(data, notes, None)


def read_mbox(data: bytes, notes: list[str]) -> list[Part]:
    messages = split_mbox(data)
    if not messages:
        raise Unusable("not an mbox file (no line starts with 'From ')")
    if len(messages) > MAX_PARTS:
        notes.append(f"only the last {MAX_PARTS:,} of {len(messages):,} messages are read")
    first = max(0, len(messages) - MAX_PARTS)
    parts: list[Part] = []
    for number in range(first, len(messages)):
        raw = messages[number]
        try:
            parts.extend(message_parts(raw, notes, str(number + 1), content=raw))
        except Unusable as reason:
            notes.append(f"message {number + 1} skipped: {reason}")
    if not parts:
        raise Unusable("no message with article text found")
    return parts


def split_mbox(data: bytes) -> list[bytes]:
    """The messages of an mbox, each without its 'From ' line, '>From ' unescaped."""
    data = data.replace(b"\r\n", b"\n")
    starts = [match for match in _FROM_LINE.finditer(data)]
    if not starts or starts[0].start() != 0:
        return []
    messages = []
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(data)
        body = data[match.end() : end]
        if body.strip():
            messages.append(_ESCAPED_FROM.sub(rb"\1", body))
    return messages


def message_parts(
    raw: bytes, notes: list[str], anchor: str | None, content: bytes | None = None
) -> list[Part]:
    """The documents of one message: its text (or digest articles), then its attachments."""
    if len(raw) > MAX_FILE_BYTES:
        raise Unusable(f"the message is larger than the {MAX_FILE_BYTES // 2**20} MiB limit")
    try:
        message = email.message_from_bytes(raw, policy=policy.default)
        if not isinstance(message, EmailMessage) or not message.keys():
            raise Unusable("not an e-mail message (no headers)")
        sender = _sender(message)
        title = _headline(_header_text(message, "subject"), sender)
        date = iso_moment(getattr(message["date"], "datetime", None)) if message["date"] else None
        parts = _body_parts(
            message, notes, anchor, content, title, (sender, _header_text(message, "from")), date
        )
        parts += _attachment_parts(message, notes, anchor, sender, date)
    except Unusable:
        raise
    except RecursionError:
        raise Unusable("not a readable e-mail message (parts nested too deeply)") from None
    except Exception as error:  # the e-mail package raises many kinds on broken input
        raise Unusable(f"not a readable e-mail message ({error_reason(error)})") from None
    if not parts:
        raise Unusable("no article text found in the message")
    return parts


def _text_of(part: EmailMessage, notes: list[str]) -> str:
    """A text part's content, within the size limits; a plain one without its signature."""
    try:
        text = part.get_content()
    except (LookupError, UnicodeError):  # an unknown or wrong charset: detect it instead
        text = decode(part.get_payload(decode=True) or b"")
    # A message saved with Windows line ends keeps them in its parts: lines read one by one
    # ("-------- Forwarded Message --------" at a line's end) must not end on "\r".
    text = within_limits(text.replace("\r\n", "\n"), notes)
    return _without_signature(text) if part.get_content_subtype() == "plain" else text


# The line a signature opens on ("-- ", RFC 3676; mail programs that trim trailing spaces
# write "--"), and the most lines a signature has: under it a newsletter's footer ("… is put
# together by volunteers. To stop receiving this newsletter, reply with UNSUBSCRIBE."),
# which was every issue's last paragraph. A text's own "--" runs on longer.
_SIGNATURE_LINE = re.compile(r"^-- ?$", re.MULTILINE)
MAX_SIGNATURE_LINES = 10


def _without_signature(text: str) -> str:
    """A plain text without the signature at its end, if it has one."""
    last = next(reversed(list(_SIGNATURE_LINE.finditer(text))), None)
    if last is None or text[last.end() :].strip().count("\n") >= MAX_SIGNATURE_LINES:
        return text
    return text[: last.start()]


def _plain_alternative(message: EmailMessage, notes: list[str]) -> str | None:
    """The text of the message's plain-text version, when it has one beside its HTML."""
    plain = message.get_body(preferencelist=("plain",))
    return None if plain is None else _text_of(plain, notes)


def _body_parts(
    message: EmailMessage,
    notes: list[str],
    anchor: str | None,
    content: bytes | None,
    title: str | None,
    sent_by: tuple[str | None, str | None],
    date: str | None,
) -> list[Part]:
    """`sent_by`: the sender's name (`_sender`) and the From header as written."""
    body = message.get_body(preferencelist=("html", "plain"))
    if body is None:
        return []
    text = _text_of(body, notes)
    is_html = body.get_content_subtype() == "html"
    sender, address = sent_by
    if not is_html and (forwarded := _forwarded(text)):
        text, title = forwarded.text, forwarded.title or title
        sender, address = forwarded.sender or sender, forwarded.address or address
    articles = (
        sections(html_lines(text), need_links=True) if is_html else sections(plain_lines(text))
    )
    if not articles and is_html and (plain := _plain_alternative(message, notes)):
        # A newsletter whose HTML items link to no story of their own (a village paper's
        # weekly edition) still heads each in its text version, between rules.
        articles = sections(plain_lines(plain))
    if articles:
        return [
            _section_part(section, sender, date, f"{anchor}.{k}" if anchor else str(k))
            for k, section in enumerate(articles[:MAX_PARTS], 1)
        ]
    if is_html:
        try:
            cleaned, url = from_html(text, notes)
        except Unusable:
            return []
    else:
        cleaned, url = clean_plain_text(text), None
    if not cleaned.paragraphs:
        return []
    # The message's headers name it; its text keeps the short lines that tell what kind of
    # page it is (an events listing's day headings were lost with them).
    # (And its short lines: a release names its sender above its text, "NEWS RELEASE /
    # Cumbria Fire and Rescue Service / 25 November 2026 - for immediate use".)
    said = "\n".join((title or cleaned.title or "", *cleaned.paragraphs, *cleaned.short_lines))
    cleaned = replace(
        cleaned,
        title=title or cleaned.title,
        publisher=_organisation(address, sender, said) or sender or cleaned.publisher,
        date=date or cleaned.date,
    )
    return [Part(cleaned, url, anchor, content)]


# The labels of an address's domain that name no one: "mail.westfifelarder.org.uk".
_DOMAIN_WORDS = frozenset(
    "www mail email news press media newsroom lists list info com org net gov edu ac co uk"
    " us ie au ca nz int biz".split()
)
# A name as text writes it: capitalised words, with the small words names have inside.
_NAME_RUN_WORD = re.compile(r"[A-Z][\w'’.-]*|&|of|and|the|for|on")
MAX_NAME_WORDS = 6


def _organisation(address: str | None, sender: str | None, text: str) -> str | None:
    """The organisation a message comes from, when its text names the one its address's
    domain spells ("West Fife Larder" in a release from lynne@westfifelarder.org.uk) and
    the sender's name does not already say it: a press release sent by its press officer
    was cited to her ("Lynne Carswell"), not to the charity whose news it was. None when
    the text names no such organisation (a personal address, a web mail's domain)."""
    domain = re.search(r"@([\w.-]+)", address or "")
    if domain is None:
        return None
    labels = {
        label
        for label in domain[1].lower().split(".")
        if len(label) >= 4 and label not in _DOMAIN_WORDS
    }
    if not labels:
        return None
    words = re.findall(r"[\w'’.&-]+", text)
    for start, first in enumerate(words):
        if not first[:1].isupper():
            continue
        spelled = ""
        for end in range(start, min(start + MAX_NAME_WORDS, len(words))):
            if not _NAME_RUN_WORD.fullmatch(words[end]):
                break
            spelled += re.sub(r"[^0-9a-z]", "", words[end].lower())
            last = end if spelled in labels and words[end][:1].isupper() else None
            # Or its first words in full and the rest by their initials: "cumbriafrs",
            # "Cumbria Fire and Rescue Service".
            for label in (label for label in labels if label.startswith(spelled)):
                last = last or _initialled(label[len(spelled) :], words, end + 1)
            if last is not None:
                name = " ".join(words[start : last + 1])
                said = re.sub(r"[^0-9a-z]", "", (sender or "").lower())
                return None if spelled in said else name
            if not any(label.startswith(spelled) for label in labels):
                break
    return None


# Small words a name's initials pass over ("Fire and Rescue Service": FRS).
_UNINITIALLED = frozenset({"and", "of", "&", "the", "for"})


def _initialled(initials: str, words: list[str], start: int) -> int | None:
    """The position of the last of the capitalised words from `start` whose initials
    spell `initials` (small words passed over), or None."""
    k, found = start, ""
    while initials and k < len(words) and len(found) < len(initials):
        if words[k].lower() not in _UNINITIALLED:
            if not words[k][:1].isupper():
                return None
            found += words[k][0].lower()
        k += 1
    return k - 1 if initials and found == initials else None


def _section_part(section: Section, sender: str | None, date: str | None, anchor: str) -> Part:
    # A digest's article is known by its own text: the same article in tomorrow's
    # newsletter is not new.
    text = "\n".join((section.title, *section.paragraphs))
    cleaned = CleanText(section.paragraphs, section.title, sender, date)
    return Part(cleaned, section.url, anchor, hashlib.sha256(text.encode()).digest())


def _attachment_parts(
    message: EmailMessage,
    notes: list[str],
    anchor: str | None,
    sender: str | None,
    date: str | None,
) -> list[Part]:
    parts: list[Part] = []
    for attachment in message.iter_attachments():
        name = (attachment.get_filename() or "").strip().replace("/", "_")
        reader = ATTACHMENT_READERS.get(_suffix(name))
        if reader is None:
            continue
        data = attachment.get_payload(decode=True) or b""
        where = f"{anchor}.{name}" if anchor else name
        if len(data) > MAX_FILE_BYTES:
            notes.append(f"attachment {name} skipped: larger than the limit")
            continue
        try:
            found = reader(data, notes)
        except Unusable as reason:
            notes.append(f"attachment {name} skipped: {reason}")
            continue
        for part in found:
            if part.cleaned.paragraphs:
                c = part.cleaned
                cleaned = replace(c, publisher=c.publisher or sender, date=c.date or date)
                parts.append(Part(cleaned, part.url, where, data))
    return parts


def _suffix(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


# A newsletter's subject opens on its own name or a tag before the headline: "Business
# Briefing: Fenwick to shut Harwick creamery", "Special bulletin: …", "[PPA Business] …",
# "Evening Update: Last fire crews leave …", "Traffic alert: …", a release's "MEDIA
# RELEASE - …".
_SUBJECT_LABEL = re.compile(
    r"^(?:\[[^\]]{1,40}\]\s*|(?:[\w&'’-]+\s+){0,3}(?:briefing|digest|newsletter|bulletin"
    r"|roundup|round-up|update|alert|press release|news release|media release)\s*[:|]\s+"
    # "Ostmere & District Newsletter - Health centre to end …" (not "Storm update - …",
    # whose first words are the news)
    r"|(?:[\w&'’-]+\s+){0,3}(?:briefing|digest|newsletter|bulletin|roundup|round-up)"
    r"\s+[-–—]\s+"
    # "MEDIA RELEASE - Man charged following …"
    r"|(?:press|news|media)\s+release\s+[-–—]\s+)",
    re.IGNORECASE,
)
MIN_SUBJECT_HEADLINE_WORDS = 4
# What a mail program puts before a subject it forwards or answers: "FW: ", "Fwd: ",
# "Re: Fwd: ". The story's headline is what follows.
_FORWARDED = re.compile(r"^(?:(?:fwd?|re|aw|tr)\s*:\s*)+", re.IGNORECASE)


def _headline(subject: str | None, sender: str | None = None) -> str | None:
    """A subject without a forward's or reply's mark and its newsletter's label (or the
    sender's own name before a bar, a colon or a dash: "Marketline Morning | Brightloom
    lands £18m …" from "Marketline Morning"), when what is left reads as a headline."""
    if subject is not None and (forwarded := _FORWARDED.match(subject)):
        subject = subject[forwarded.end() :] or subject
    if subject is None:
        return subject
    own = rf"{re.escape(sender)}\s*[:|–—-]\s+" if sender else None
    named = re.match(own, subject, re.IGNORECASE) if own else None
    if (label := named or _SUBJECT_LABEL.match(subject)) is None:
        return subject
    rest = subject[label.end() :]
    return rest if len(rest.split()) >= MIN_SUBJECT_HEADLINE_WORDS else subject


def _header_text(message: EmailMessage, name: str) -> str | None:
    value = " ".join(str(message[name] or "").split())
    return value or None


# A message forwarded as text: the forwarder's note above the line, the original's
# headers and text below it ("-----Original Message-----", "---------- Forwarded message
# ---------", "Begin forwarded message:").
_FORWARD_LINE = re.compile(
    r"^[ \t>]*(?:-{2,}\s*(?:original message|forwarded message)\s*-{2,}"
    r"|begin forwarded message:)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_FORWARDED_HEADER = re.compile(r"^(from|sent|date|to|cc|subject):[ \t]*(.*)$", re.IGNORECASE)
# Outlook forwards with no such line: the original's headers (From, then Sent or Date, then
# Subject), under a rule of underscores in Outlook on the web, under nothing on the desktop.
# Three of them in a row are a message's headers, not a sentence of news ("From: ...").
_OUTLOOK_HEADERS = re.compile(
    r"^[ \t>]*(?:_{10,}[ \t]*\n[ \t>]*)?(?=from:[^\n]*\n[ \t>]*(?:sent|date):[^\n]*\n"
    r"(?:[ \t>]*(?:to|cc):[^\n]*\n)*[ \t>]*subject:)",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Forwarded:
    """The message a forward carries: its text, its subject's headline, its sender."""

    text: str
    title: str | None
    sender: str | None
    address: str | None  # its From line as written


def _forwarded(text: str) -> Forwarded | None:
    """The first message forwarded in a plain text, without the note above it ("Police
    update below - can someone swap the headline?" is the newsroom's, not the news) and
    with its own headers; None when the text forwards none."""
    found = _FORWARD_LINE.search(text) or _OUTLOOK_HEADERS.search(text)
    if found is None:
        return None
    lines = text[found.end() :].lstrip("\n").split("\n")
    fields: dict[str, str] = {}
    k = 0
    while k < len(lines) and (header := _FORWARDED_HEADER.match(lines[k].lstrip("> \t"))):
        fields.setdefault(header[1].lower(), header[2].strip())
        k += 1
    rest = "\n".join(lines[k:])
    if not rest.strip():
        return None
    sender = fields.get("from", "")
    # "Media Office East", "Jo Roe <jo@example.org>", "jo@example.org"
    sender = re.sub(r"\s*<[^>]*>\s*$", "", sender).strip(' "') or None
    return Forwarded(rest, _headline(fields.get("subject") or None), sender, fields.get("from"))


def _sender(message: EmailMessage) -> str | None:
    """The sender's display name ("Morning Digest"), else the address."""
    header = message["from"]
    addresses = getattr(header, "addresses", ()) if header is not None else ()
    for address in addresses:
        return (address.display_name or "").strip() or address.addr_spec or None
    return _header_text(message, "from")
