"""Reading PDF, Word, e-mail and feeds against the same articles as plain text.

    python benchmarks/formats.py [DATA_DIR] [--count 200] [--repeat 3] [--chromium]

The first --count articles of DATA_DIR/multinews-dev (in cluster order, so they form
stories) are written twice into a temporary folder: once as .txt files, once as a mix of
formats, one article per document: PDF (fpdf2, or Chromium's print-to-PDF with
--chromium), Word (python-docx), .eml, HTML and Markdown files, and mbox, RSS and Atom
files of five articles each. Both folders hold the same documents with the same text.

Rows, each the median of --repeat separate processes timed on the wall clock:
1. read: `load_folder` alone (every file parsed into documents);
2. build: `brief build DIR --format json`, what a user waits for.
Target (issue 15): the mixed folder within 3x the time of the .txt folder.

The data is licensed for research evaluation only: it is written into a temporary folder
that is deleted at the end; nothing enters the repository.
"""

from __future__ import annotations

import argparse
import html
import json
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))  # the real-file writers the tests use

from real_files import (  # noqa: E402
    atom_bytes,
    docx_bytes,
    mbox_bytes,
    message,
    pdf_bytes,
    rss_bytes,
)
from speed import DEFAULT_DATA, brief, run  # noqa: E402

# One article per document; the container formats take five articles per file.
SINGLE = ("pdf", "docx", "eml", "html", "md")
CONTAINERS = ("mbox", "rss", "atom")
PER_CONTAINER = 5
READ = "import sys; from pathlib import Path; from brief.load import load_folder; " + (
    "docs, _ = load_folder(Path(sys.argv[1])); print(len(docs))"
)


def articles(data: Path, count: int) -> list[tuple[str, list[str]]]:
    """(title, paragraphs) of the first `count` dev articles: the first line is the title
    when it is short, as in most of them."""
    found = []
    for path in sorted((data / "multinews-dev").glob("*/docs/*.txt")):
        lines = [" ".join(line.split()) for line in path.read_text(errors="replace").splitlines()]
        lines = [line for line in lines if line]
        if len(lines) < 3:
            continue
        title = lines[0] if len(lines[0].split()) <= 15 else " ".join(lines[0].split()[:8])
        found.append((title, lines[1:] if title == lines[0] else lines))
        if len(found) == count:
            break
    return found


def write_text(folder: Path, items: list[tuple[str, list[str]]]) -> None:
    for n, (title, paragraphs) in enumerate(items):
        (folder / f"{n:03d}.txt").write_text("\n\n".join([title, *paragraphs]) + "\n")


def write_mixed(folder: Path, items: list[tuple[str, list[str]]], chromium: bool) -> None:
    when = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)
    pending: dict[str, list[tuple[str, list[str], datetime]]] = {k: [] for k in CONTAINERS}
    kinds = SINGLE + CONTAINERS
    for n, (title, paragraphs) in enumerate(items):
        kind = kinds[n % len(kinds)]
        date = when - timedelta(hours=n)
        name = folder / f"{n:03d}.{kind}"
        if kind in CONTAINERS:
            pending[kind].append((title, paragraphs, date))
            if len(pending[kind]) == PER_CONTAINER:
                write_container(folder, kind, n, pending[kind])
                pending[kind] = []
        elif kind == "pdf":
            if chromium:
                print_pdf(name, title, paragraphs)
            else:
                name.write_bytes(pdf_bytes(title, "Wire", date, paragraphs))
        elif kind == "docx":
            name.write_bytes(docx_bytes(title, "Wire", date, paragraphs))
        elif kind == "eml":
            name.write_bytes(message(title, "Wire <wire@example.org>", date, paragraphs).as_bytes())
        elif kind == "html":
            name.write_text(page(title, paragraphs))
        else:
            name.write_text(f"---\ntitle: {json.dumps(title)}\n---\n\n" + "\n\n".join(paragraphs))
    for kind, rest in pending.items():
        if rest:
            write_container(folder, kind, len(items), rest)


def write_container(
    folder: Path, kind: str, n: int, group: list[tuple[str, list[str], datetime]]
) -> None:
    path = folder / f"{n:03d}.{kind}"
    if kind == "mbox":
        mails = [message(t, "Wire <wire@example.org>", d, p) for t, p, d in group]
        path.write_bytes(mbox_bytes(mails, folder))
    else:
        entries = [(t, f"https://example.org/{n}/{i}", d, p) for i, (t, p, d) in enumerate(group)]
        write = rss_bytes if kind == "rss" else atom_bytes
        path.write_bytes(write("Wire", entries))


def page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f"<html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
        f"<body><article><h1>{html.escape(title)}</h1>{body}</article></body></html>"
    )


def print_pdf(path: Path, title: str, paragraphs: list[str]) -> None:
    source = path.with_suffix(".source.html")
    source.write_text(page(title, paragraphs))
    subprocess.run(
        [
            shutil.which("chromium") or "chromium",
            "--headless",
            "--no-sandbox",
            "--no-pdf-header-footer",
            f"--print-to-pdf={path}",
            source.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    source.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, nargs="?", default=DEFAULT_DATA)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--chromium", action="store_true", help="PDFs printed by Chromium")
    args = parser.parse_args()
    items = articles(args.data, args.count)
    with tempfile.TemporaryDirectory(prefix="brief-formats-") as temp:
        text_folder, mixed_folder = Path(temp, "txt"), Path(temp, "mixed")
        text_folder.mkdir()
        mixed_folder.mkdir()
        write_text(text_folder, items)
        write_mixed(mixed_folder, items, args.chromium)
        files = sorted(p.suffix for p in mixed_folder.iterdir())
        mix = ", ".join(f"{files.count(s)} {s}" for s in sorted(set(files)))
        print(f"{len(items)} articles; mixed folder: {mix}")
        stages = {"read": lambda f: [sys.executable, "-c", READ, str(f)], "build": brief}
        for label, command in stages.items():
            times = []
            for folder in (text_folder, mixed_folder):
                seconds, _, out = run(command(folder), args.repeat)
                if label == "read" and int(out) != len(items):
                    raise SystemExit(f"{folder.name}: {out.strip()} documents, not {len(items)}")
                times.append(seconds)
            ratio = times[1] / times[0]
            verdict = "ok" if ratio <= 3 else "over the 3x target"
            print(
                f"{label:5}  .txt {times[0]:6.2f} s   mixed {times[1]:6.2f} s   "
                f"ratio {ratio:4.2f}x  ({verdict})"
            )


if __name__ == "__main__":
    main()
