"""Read a folder of articles into Documents, skipping what cannot be read with a reason.

This module walks the folder and picks a reader by file type (`brief/readers/`); one file
may give several documents (an mbox, a newsletter digest, a feed), each with its own path
`file#anchor`, id and content digest.
"""

from __future__ import annotations

import datetime
import errno
import hashlib
import importlib
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from stat import S_ISREG
from urllib.parse import urlsplit

from .clean import NEWSPAPER, forget_lines, recased, single_spaced
from .dates import DATE_DECLARED, DATE_FROM_NAME, date_in_name, dateline_day, day_of
from .errors import InputError
from .models import Document, Notice, Progress, shown_name
from .opinion import opinion_reason
from .readers import (
    MAX_FILE_BYTES,
    MAX_LINE_CHARS,
    MAX_MAILBOX_BYTES,
    MAX_TEXT_CHARS,
    Part,
    Reader,
    Unusable,
    decode,
    looks_binary,
    within_limits,
)
from .readers.declared import FORUM_THREAD, NOT_NEWS_TYPES, declares_news
from .readers.text import read_html, read_markdown, read_text
from .stories import kind_lines
from .terms import STOP_WORDS
from .titles import usable
from .workers import MIN_FILES, batch

# Re-exported: the limits are documented, and tests and benchmarks use these helpers.
__all__ = [
    "MAX_FILE_BYTES",
    "MAX_LINE_CHARS",
    "MAX_TEXT_CHARS",
    "SUFFIXES",
    "Unusable",
    "decode",
    "load_file",
    "load_folder",
    "looks_binary",
    "within_limits",
    "written_by_brief",
]


def _deferred(module: str, name: str) -> Reader:
    """The reader `name` of brief.readers.`module`, imported when its first file is read:
    a folder of text never loads the parsers of PDF, Word, mail or feeds (a fiftieth of a
    one-story build)."""

    def read(data: bytes, notes: list[str]) -> list[Part]:
        reader: Reader = getattr(importlib.import_module(f".readers.{module}", __package__), name)
        return reader(data, notes)

    return read


READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".pdf": _deferred("pdf", "read_pdf"),
    ".docx": _deferred("word", "read_docx"),
    ".eml": _deferred("mail", "read_eml"),
    ".mbox": _deferred("mail", "read_mbox"),
    ".rss": _deferred("feeds", "read_feed"),
    ".atom": _deferred("feeds", "read_feed"),
    ".xml": _deferred("feeds", "read_feed"),
}
SUFFIXES = frozenset(READERS)
# Files whose format holds many documents may be larger than one article.
_SIZE_LIMITS = {".mbox": MAX_MAILBOX_BYTES}
_SUPPORTED = "not a supported type (.txt, .md, .html, .pdf, .docx, .eml, .mbox, .rss, .atom, .xml)"
# brief's own briefings, by the footer every built-in template writes ("… generated
# 2026-11-26 07:00 UTC by brief") near the end of the file, or an e-mail's X-Mailer header
# (its parts may be encoded). The briefing of yesterday, saved into the news folder by a
# cron job (`-o ~/news/briefings/{date}.html`), is not news of today.
_FOOTER = re.compile(rb"generated \d{4}-\d{2}-\d{2} \d{2}:\d{2}(?: [\w+-]{1,8})? by brief\b")
_MAILER = re.compile(rb"^X-Mailer: brief\b", re.MULTILINE)
_FOOTER_BYTES = 4096  # every built-in template ends on the footer: its last 4 KiB hold it
# Maildir messages have no suffix; the folder holding cur/, new/ and tmp/ marks them.
_MAILDIR_PARTS = ("cur", "new", "tmp")
_ASSETS_SUFFIX = "_files"
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?!\d)")
_PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".HTML", ".HTM")


def load_folder(
    folder: Path, progress: Progress | None = None, jobs: int = 1
) -> tuple[tuple[Document, ...], tuple[Notice, ...]]:
    """Every readable article under `folder` (recursively, hidden files skipped).

    `progress("reading", done, total)` is called as files are read, for a progress bar.
    A large folder is read by `jobs` processes (0: one a core; `workers.batch`).
    """
    if not folder.exists():
        raise InputError(f"{folder} does not exist; give the folder that holds the articles.")
    if not folder.is_dir():
        if folder.suffix.lower() not in SUFFIXES:
            raise InputError(f"{folder} is not a folder; give the folder that holds the articles.")
        root, paths = folder.parent, [folder]
    else:
        root = folder
        paths = sorted(_walk(folder), key=lambda p: p.relative_to(folder).as_posix())
    try:
        documents, notices = _load_paths(root, paths, progress, jobs)
    finally:
        forget_lines()  # the lines read are not needed again (clean.keep_paragraphs)
    documents = with_names_as_written(documents)
    return with_outlets_of_their_sites(with_outlets_as_named(without_mastheads(documents))), notices


def with_names_as_written(documents: tuple[Document, ...]) -> tuple[Document, ...]:
    """The documents, those whose text brief put in sentence case (`Document.recased`: a
    radio script in capitals) with the names the folder's other documents write capitalised
    given their capitals: "a house fire in east gore" where the folder's pages write "East
    Gore" (the two words together as they write them, else a word they write capitalised in
    the middle of a sentence at least NAME_USES times and CAPITALISED_SHARE of its uses)."""
    if not any(d.recased for d in documents):
        return documents
    pairs: dict[tuple[str, str], Counter[str]] = {}
    single: dict[str, Counter[str]] = {}
    for document in documents:
        if document.recased:
            continue
        for paragraph in document.paragraphs:
            words = list(_NAME_WORD.finditer(paragraph))
            for k, match in enumerate(words):
                if k == 0 or paragraph[words[k - 1].end() : match.start()].strip(",;:—- "):
                    continue  # a sentence's first word, or after a mark that opens one
                word = match[0]
                single.setdefault(word.lower(), Counter())[word[:1].isupper()] += 1
                before = words[k - 1][0]
                # (not "The Oreti": a name's words, no small word capitalised before one)
                if before[:1].isupper() and word[:1].isupper() and before.lower() not in STOP_WORDS:
                    pairs.setdefault((before.lower(), word.lower()), Counter())[
                        f"{before} {word}"
                    ] += 1

    def named(paragraph: str) -> str:
        words = list(_NAME_WORD.finditer(paragraph))
        forms = [match[0] for match in words]
        for k in range(1, len(words)):
            if paragraph[words[k - 1].end() : words[k].start()] != " ":
                continue
            if found := pairs.get((forms[k - 1].lower(), forms[k].lower())):
                forms[k - 1], forms[k] = found.most_common(1)[0][0].split(" ")
        for k, form in enumerate(forms):
            uses = single.get(form)
            if (
                form.islower()
                and uses
                and uses[True] >= NAME_USES
                and uses[True] >= CAPITALISED_SHARE * (uses[True] + uses[False])
            ):
                forms[k] = form[:1].upper() + form[1:]
        pieces, at = [], 0
        for match, form in zip(words, forms, strict=True):
            pieces += [paragraph[at : match.start()], form]
            at = match.end()
        return "".join(pieces) + paragraph[at:]

    return tuple(
        replace(d, paragraphs=tuple(map(named, d.paragraphs))) if d.recased else d
        for d in documents
    )


# A word's capitals given back: written so this many times, this share of its uses.
NAME_USES = 2
CAPITALISED_SHARE = 2 / 3
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


# The most words of an outlet's name ("The Kestlow Courier", "Otterby Advertiser").
MASTHEAD_WORDS = 4


def without_mastheads(documents: tuple[Document, ...]) -> tuple[Document, ...]:
    """The documents, with a "headline" that opens several different articles of the
    folder taken for what it is: their outlet's masthead ("Kestlow Courier", the first
    line of every page copied from its site), which names the publisher, not the news.
    Such a document has no headline of its own (its title is its file's name, so its
    story is titled by its lead). Copies of one report share a headline and their text,
    and keep it; a headline is its article's own (no two different articles of the dev
    sets' 1,518 share one). A "headline" that is the name another page of the folder
    gives its site ("Otterby Advertiser", the og:site_name of a saved page), or a
    newspaper's name (`clean.NEWSPAPER`), is that outlet's masthead too, on a single clipping.
    """
    by_title: dict[str, list[int]] = {}
    for k, document in enumerate(documents):
        if document.has_headline:
            by_title.setdefault(document.title, []).append(k)
    # Each outlet as the folder's pages spell it: a masthead in capitals ("RIDGELINE RADIO
    # 98.3 NEWS") was recased as a headline is, to "Ridgeline radio 98.3 news".
    outlets: dict[str, str] = {}
    for document in documents:
        if document.publisher:
            outlets.setdefault(document.publisher.casefold(), document.publisher)
    found = list(documents)
    for title, members in by_title.items():
        if len(title.split()) > MASTHEAD_WORDS:
            continue  # a headline says what happened; a masthead is a name
        named = title.casefold() in outlets or NEWSPAPER.fullmatch(title) is not None
        if len(members) < 2 and not named:
            continue
        # Words, not paragraphs: an outlet's trimmed or edited copy of a wire report holds
        # most of the shorter one's words (different local stories share a quarter).
        words = [set(" ".join(documents[k].paragraphs).lower().split()) for k in members]
        if not named and all(
            len(a & b) >= min(len(a), len(b)) / 2
            for i, a in enumerate(words)
            for b in words[i + 1 :]
        ):
            continue
        for k in members:
            document = documents[k]
            found[k] = replace(
                document,
                title=shown_name(document.path.stem),
                headed=False,
                publisher=document.publisher or outlets.get(title.casefold(), _as_name(title)),
            )
    return tuple(found)


# What an outlet's name may carry after it on one page and not on another: its section
# ("Corliss County Ledger — Ag & Business"), its initials ("Heartland Regional News
# Service (HRNS)"), what its newscast is called ("Ridgeline Radio 98.3 News").
_NAME_EXTRA = re.compile(
    r"\s*\([^()]{1,40}\)|\s+(?:—|–|-|\||:)\s+.{1,40}|\s+News"
    # Its newsletter: "Harrowmoor Gazette Morning Briefing".
    r"|\s+(?:(?:Morning|Evening|Daily|Weekly|Weekend)\s+)?(?:Briefing|Newsletter|Bulletin|Digest)"
)


def with_outlets_as_named(documents: tuple[Document, ...]) -> tuple[Document, ...]:
    """The documents, each outlet named one way: a name that is another publisher's of the
    folder with a section, initials, "News" or its newsletter's name after it is that
    publisher's. Three pages of
    one radio station were cited as "Ridgeline Radio 98.3 News" beside three cited as
    "Ridgeline Radio 98.3", one story's sources as two outlets. Names that differ only in
    case and a leading "The" are one outlet's too ("THE Dromcarra Champion", a clipping's
    masthead, beside "The Dromcarra Champion"), spelled as most of its pages spell it."""
    documents = _with_outlets_spelled_alike(documents)
    names = {d.publisher for d in documents if d.publisher}
    shorter: dict[str, str] = {}
    for name in names:
        # The names it may extend end before one of its spaces: each is looked up, not
        # every pair of a folder's names compared.
        cuts = (k for k, c in enumerate(name) if c == " ")
        found = (name[:k] for k in cuts if name[:k] in names and _NAME_EXTRA.fullmatch(name[k:]))
        if first := next(found, None):
            shorter[name] = first
    return _renamed(documents, shorter)


def with_outlets_of_their_sites(documents: tuple[Document, ...]) -> tuple[Document, ...]:
    """The documents, each that names no outlet named as the folder's other pages of its
    site (its address's host, "www." aside) name theirs, when they all name one: a note
    clipped with only the page's address beside saved pages of the same paper. A site
    whose pages name several outlets (an aggregator's) names none."""
    outlets: dict[str, set[str]] = {}
    for d in documents:
        if d.publisher and (host := _host(d.url)):
            outlets.setdefault(host, set()).add(d.publisher)
    named = {host: next(iter(names)) for host, names in outlets.items() if len(names) == 1}
    return tuple(
        replace(d, publisher=named[host])
        if not d.publisher and (host := _host(d.url)) in named
        else d
        for d in documents
    )


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _with_outlets_spelled_alike(documents: tuple[Document, ...]) -> tuple[Document, ...]:
    """The documents, with names of one outlet written alike (see with_outlets_as_named):
    the spelling most of its documents give; on a tie, one in small letters before one in
    capitals, then the first in alphabetical order."""
    uses = Counter(d.publisher for d in documents if d.publisher)
    spellings: dict[str, list[str]] = {}
    for name in uses:
        spellings.setdefault(_THE.sub("", name).casefold(), []).append(name)
    spelled = {
        name: min(names, key=lambda n: (-uses[n], n.isupper() or n.split()[0].isupper(), n))
        for names in spellings.values()
        if len(names) > 1
        for name in names
    }
    return _renamed(documents, spelled)


def _renamed(documents: tuple[Document, ...], names: dict[str, str]) -> tuple[Document, ...]:
    """The documents, each publisher `names` holds named as it says."""
    if not names:
        return documents
    return tuple(
        replace(d, publisher=names[d.publisher]) if d.publisher in names else d for d in documents
    )


_THE = re.compile(r"^the\s+", re.IGNORECASE)


def _as_name(masthead: str) -> str:
    """A masthead taken for a headline, written as a name: its words of four letters or
    more capitalised ("Ridgeline radio 98.3 news", from capitals, is "Ridgeline Radio 98.3
    News"); short words are left as they are ("of", "the", or "FM" kept in capitals)."""
    return " ".join(
        w[0].upper() + w[1:] if w.isalpha() and len(w) > 3 and w.islower() else w
        for w in masthead.split()
    )


def _walk(folder: Path) -> Iterator[Path]:
    # followlinks=False: a symlinked folder could loop back on itself. Symlinked files
    # are still read (and a broken one is reported) below.
    for root, dirs, files in os.walk(folder, followlinks=False):
        if _is_maildir(Path(root)):
            dirs[:] = [d for d in dirs if d in ("cur", "new")]  # tmp/ holds unfinished mail
        dirs[:] = [d for d in dirs if not d.startswith(".") and not _page_assets(d, files)]
        for name in files:
            if not name.startswith("."):
                yield Path(root, name)


def _page_assets(name: str, files: list[str]) -> bool:
    """Whether folder `name` holds the scripts, styles, images and frames a browser saved
    beside a page ("Save Page As… Webpage, Complete" writes `x.html` and `x_files/`).

    They are the page's furniture, never articles: read, they would give a warning a file
    each day (a page saves dozens) and ads or consent dialogs as stories. Only beside the
    page: a folder that merely ends in `_files` is read as any other.
    """
    if not name.endswith(_ASSETS_SUFFIX):
        return False
    page = name[: -len(_ASSETS_SUFFIX)]
    return any(page + suffix in files for suffix in _PAGE_SUFFIXES)


def _is_maildir(folder: Path) -> bool:
    return all((folder / name).is_dir() for name in _MAILDIR_PARTS)


def _reader(path: Path) -> Reader | None:
    # A Maildir message first: its name may end like a known type ("….host.md").
    if path.parent.name in ("cur", "new") and _is_maildir(path.parent.parent):
        return READERS[".eml"]
    return READERS.get(path.suffix.lower())


def _load_paths(
    root: Path, paths: list[Path], progress: Progress | None, jobs: int = 1
) -> tuple[tuple[Document, ...], tuple[Notice, ...]]:
    documents: list[Document] = []
    notices: list[Notice] = []
    with batch(_outcome, (root, paths), len(paths), jobs, MIN_FILES) as outcomes:
        for done, (path, outcome) in enumerate(zip(paths, outcomes, strict=True)):
            if progress and done % 50 == 0:
                progress("reading", done, len(paths))
            if isinstance(outcome, OwnBriefing):
                if len(paths) == 1:
                    raise InputError(
                        f"{path} is a briefing brief wrote; give the articles it was made from."
                    )
                continue  # not an input, and no mistake: the output may live in the folder
            if isinstance(outcome, str):
                notices.append(Notice(path, outcome))
                continue
            found, notes = outcome
            kept = len(documents)
            for document in found:
                if reason := _declared_not_news(document):
                    notices.append(Notice(document.path, reason))
                else:
                    documents.append(document)
            if len(documents) == kept:
                continue  # nothing of it is used: its notes would only repeat the skip
            notices.extend(Notice(path, note, skipped=False) for note in notes)
    if progress:
        progress("reading", len(paths), len(paths))
    return tuple(documents), tuple(notices)


def _outcome(
    work: tuple[Path, list[Path]], k: int
) -> tuple[list[Document], list[str]] | str | OwnBriefing:
    """What reading file k gave: its documents and notes, why it was skipped, or that it is
    a briefing brief wrote (a worker process's result: `workers.batch`)."""
    root, paths = work
    path = paths[k]
    if _reader(path) is None:
        return _SUPPORTED
    try:
        return load_file(path, root)
    except OwnBriefing as own:
        return own
    except Unusable as reason:
        return str(reason)


def _declared_not_news(document: Document) -> str | None:
    """Why a page that declares itself something other than news is left out, or None.

    Its publisher's software says what it is (a schema.org Recipe, an og:type "product"):
    summarised, its cake steps or chair specifications would read as a story of the day,
    and listed under "Also" it would be news it is not. A page that declares a news type
    as well is news. Pages that declare nothing are judged by their shape later, in
    grouping, where one that looks like a recipe only keeps out of news stories.
    """
    if declares_news(document.declared) is not False:
        return None
    kinds = [kind for kind in document.declared if kind in NOT_NEWS_TYPES]
    if kinds == [FORUM_THREAD]:
        # Known by its forum software's reply links, not by a type it declares (a reader
        # checked the page for the declaration the notice claimed).
        return "not news: a forum thread, by its reply links"
    return f"not news: the page declares its type as {', '.join(kinds)}"


class OwnBriefing(Unusable):
    """A briefing brief wrote: never read as an article (see `written_by_brief`)."""


def written_by_brief(data: bytes) -> bool:
    """Whether a file's bytes are a briefing brief wrote (its footer or its mail header)."""
    # The header's words are looked for first: the expression, anchored at line starts,
    # is tried at every byte (a tenth of a second at 10,000 files).
    return bool(_FOOTER.search(data, max(0, len(data) - _FOOTER_BYTES))) or (
        b"X-Mailer: brief" in data[:_FOOTER_BYTES] and bool(_MAILER.search(data, 0, _FOOTER_BYTES))
    )


def load_file(path: Path, root: Path) -> tuple[list[Document], list[str]]:
    """The documents of one file and notes on what of it was left out.

    Raises Unusable when nothing of the file can be used.
    """
    reader = _reader(path) or read_text
    data = _read_bytes(path, _SIZE_LIMITS.get(path.suffix.lower(), MAX_FILE_BYTES))
    if written_by_brief(data):
        raise OwnBriefing(path)
    notes: list[str] = []
    parts = [part for part in reader(data, notes) if part.cleaned.paragraphs]
    if not parts:
        # What is left when no line reads as an article's: a headline, a list, a table, or
        # sentences that are the site's own (an archive's, a video player's, a sharing
        # widget's notices). A reader took the bare "no article text found" for a misread
        # of a list of 300 words, and "no line of prose" was untrue of a page of notices.
        raise Unusable(
            "no article text found (only a headline, a list, a table or the site's own notices?)"
        )
    try:  # as is_relative_to would, without its second relative_to
        relative = path.relative_to(root).as_posix()
    except ValueError:
        relative = path.name
    file_digest = hashlib.sha256(data).hexdigest()
    return [_document(part, path, relative, file_digest) for part in parts], notes


def _document(part: Part, path: Path, relative: str, file_digest: str) -> Document:
    where, shown = relative, path
    if part.anchor is not None:
        # Readable and stable: the third item of news.xml is news.xml#3, in every run.
        where = f"{relative}#{part.anchor}"
        shown = path.with_name(f"{path.name}#{part.anchor}")
    digest = file_digest if part.content is None else hashlib.sha256(part.content).hexdigest()
    cleaned = part.cleaned
    # What the file declares wins; else the day its name carries (an archive's
    # "2024-05-01-slug.html"): all a reader can place "today" or "Thursday" by.
    date, date_from = _calendar_date(cleaned.date), DATE_DECLARED
    if date is None:
        date, date_from = date_in_name(path.name), DATE_FROM_NAME
    # A wire's dateline gives the day it reports ("HARARE, May 3 (Xinhua) --" in a
    # file named for the 4th): its "today" is that day, and so is its date.
    if cleaned.paragraphs and (day := dateline_day(cleaned.paragraphs[0], day_of(date))):
        date, date_from = day.isoformat(), DATE_DECLARED
    # The hour, when the file gives one for the day it is dated.
    given = cleaned.date or ""
    time = given[11:16] if date and given[:10] == date and len(given) >= 16 else None
    # A headline in capitals reads as a shout, and was taken for one (no title at all).
    title = cleaned.title and recased(cleaned.title, cleaned.paragraphs)
    return Document(
        # A name in no encoding (bytes from an old disk or a zip) is hashed as its bytes.
        id=hashlib.sha1(where.encode("utf-8", "surrogateescape")).hexdigest()[:10],
        path=shown,
        # A caption, credit or widget text read as the headline is no title at all.
        title=title if (headed := bool(title and usable(title))) else shown_name(shown.stem),
        headed=headed,
        paragraphs=cleaned.paragraphs,
        publisher=cleaned.publisher,
        # An agency's own page credits itself: only another outlet's print of it is named.
        agency=cleaned.agency if _other_than(cleaned.agency, cleaned.publisher) else None,
        recased=cleaned.recased,
        url=part.url,
        date=date,
        date_from=date_from if date else None,
        time=time,
        digest=digest,
        text_digest=text_digest(cleaned.paragraphs),
        declared=part.declared,
        kind_lines=kind_lines(cleaned.short_lines),
        opinion=opinion_reason(
            cleaned.title or "",
            part.url,
            part.declared + tuple(f"section:{s}" for s in cleaned.sections),
            cleaned.paragraphs,
            cleaned.short_lines,
        ),
    )


def _other_than(agency: str | None, publisher: str | None) -> bool:
    """Whether `agency` is named and is not the publisher ("Reuters" on reuters.com)."""
    return bool(agency) and (publisher or "").casefold() != (agency or "").casefold()


def text_digest(paragraphs: tuple[str, ...]) -> str:
    """What --only-new knows a document's text by: the same words in the same paragraphs.

    Runs of white space count as one space, so re-wrapping or re-indenting is no change.
    """
    if single_spaced(" ".join(paragraphs)):  # each paragraph, and none is empty
        text = "\n".join(paragraphs)  # as a cleaned text's nearly always are: no work
    else:
        text = "\n".join(" ".join(paragraph.split()) for paragraph in paragraphs)
    return "text:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def notice_digest(notice: Notice) -> str | None:
    """What --only-new knows a warning by: its file as it is now (where, how large, when
    last changed) and what was wrong. A cron job mails what a run prints, so a file that
    stays bad is reported once, not every morning; changed or replaced, it is reported
    again. None when the file is gone (nothing to remember)."""
    try:
        found = notice.path.stat()
    except OSError:
        return None
    key = f"{notice.path.resolve()}\0{found.st_size}\0{found.st_mtime_ns}\0{notice.message}"
    return "notice:" + hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()


def _calendar_date(date: str | None) -> str | None:
    """`date` when it is a real day in ISO 8601 (YYYY-MM-DD), else None: the JSON promises
    one or null, whatever a file's header claimed ("2025-02-31")."""
    if date is None or not _ISO_DAY.match(date):
        return None
    try:
        return datetime.date.fromisoformat(date[:10]).isoformat()
    except ValueError:
        return None


def _read_bytes(path: Path, limit: int) -> bytes:
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
    if stat.st_size > limit:
        mib = limit // (1024 * 1024)
        raise Unusable(f"larger than the {mib} MiB limit ({stat.st_size:,} bytes)")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise Unusable(f"cannot be read ({error.strerror or error})") from None
    if not data.strip():
        raise Unusable("empty")
    return data
