"""Folders for reading story titles as a reader would, and a sheet to read them by.

    python benchmarks/title_folders.py DATA_DIR OUT_DIR [--seed N] [--unseen S,T]

Makes three folders of symbolic links under OUT_DIR from the dev data under DATA_DIR
(nothing is copied): `one-offs` (one article of each of 40 Multi-News events), `mixed`
(every article of 3 Multi-News events with three or more, and one article of 15 others)
and `duc` (every article of 3 DUC 2006 clusters). The seed picks the events; `--unseen S,T`
leaves out the events seeds S and T put in the same folder, so a reading done on them is
confirmed on events it never saw (the one-offs folder may then be smaller, or not made
when no event is left). Then
`brief build` runs on each (Markdown and JSON, written beside the folder), and
OUT_DIR/SEED-sheet.txt lists every story (summarised and "Also") with its title and the
opening sentences of its most typical sources, to be read and classified by hand. The
sheet holds the data's text: keep it out of the repository (OUT_DIR belongs under /tmp).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
from pathlib import Path

from brief.load import load_folder
from brief.segment import split_sentences

ONE_OFFS = 40
MIXED_EVENTS, MIXED_ONE_OFFS = 3, 15
DUC_CLUSTERS = 3
DATE = "2026-11-26T06:00:00+00:00"


def _clusters(data: Path) -> dict[str, list[Path]]:
    return {
        c.name: sorted((c / "docs").glob("*.txt"))
        for c in sorted(data.iterdir())
        if (c / "docs").is_dir()
    }


def _link(docs: list[Path], into: Path) -> None:
    into.mkdir(parents=True)
    for doc in docs:
        os.symlink(doc.resolve(), into / f"{doc.parent.parent.name}-{doc.name}")


def _events(news: list[str], duc: list[str], seed: int, unseen: tuple[int, ...]) -> dict:
    """The events of each folder of `seed`; with `unseen`, none that those seeds' same
    folder holds (a confirmation on events their reading never saw)."""
    seen: dict[str, set[str]] = {}
    # Each earlier seed as it was drawn: seed T of "S,T" itself left out S's events.
    for k, other in enumerate(unseen):
        for kind, events in _events(news, duc, other, unseen[:k]).items():
            seen.setdefault(kind, set()).update(events)
    rng = random.Random(seed)

    def fresh(kind: str, names: list[str]) -> list[str]:
        return [e for e in names if e not in seen.get(kind, ())]

    one_offs = fresh("one-offs", news)
    picked = {"one-offs": rng.sample(one_offs, min(ONE_OFFS, len(one_offs)))}
    big = rng.sample([e for e in fresh("mixed", news) if e in _BIG], MIXED_EVENTS)
    rest = rng.sample([e for e in fresh("mixed", news) if e not in big], MIXED_ONE_OFFS)
    picked["mixed"] = big + rest
    picked["big"] = big
    picked["duc"] = rng.sample(fresh("duc", duc), DUC_CLUSTERS)
    return picked


_BIG: set[str] = set()  # Multi-News events with three articles or more


def make_folders(data: Path, out: Path, seed: int, unseen: tuple[int, ...]) -> list[Path]:
    news = _clusters(data / "multinews-dev")
    duc = _clusters(data / "duc2006")
    _BIG.update(e for e in news if len(news[e]) >= 3)
    events = _events(sorted(news), sorted(duc), seed, unseen)
    rng = random.Random(seed)
    folders = {
        "one-offs": [rng.choice(news[e]) for e in events["one-offs"]],
        "mixed": [
            d
            for e in events["mixed"]
            for d in (news[e] if e in events["big"] else [rng.choice(news[e])])
        ],
        "duc": [d for e in events["duc"] for d in duc[e]],
    }
    # Earlier seeds may have left no event for a folder (`--unseen` of three seeds can use
    # up every Multi-News event for one-offs): that folder is not made.
    kept = {name: docs for name, docs in folders.items() if docs}
    for name, docs in kept.items():
        _link(docs, out / f"{seed}-{name}")
    return [out / f"{seed}-{name}" for name in kept]


def sheet(folder: Path) -> str:
    """Every story's title over the opening sentences of its first two sources."""
    built = json.loads(folder.with_suffix(".json").read_text())
    documents, _ = load_folder(folder)
    by_name = {d.path.name: d for d in documents}
    paths = {s["id"]: Path(s["path"]).name for s in built["sources"]}
    lines = [f"### {folder.name}"]
    for kind in ("stories", "also"):
        for k, story in enumerate(built[kind], 1):
            lines.append(f"\n[{kind} {k}] ({len(story['sources'])} sources) {story['title']}")
            for source in story["sources"][:2]:
                document = by_name.get(paths[source])
                if document is None:
                    continue
                lines.append(f"  -- {paths[source]} (its title: {document.title})")
                opening = [t for p in document.paragraphs[:4] for t, _ in split_sentences(p)]
                lines.extend(f"     {t}" for t in opening[:4])
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--unseen", default="", help="no event of these seeds' same folder: 1,2")
    args = parser.parse_args()
    unseen = tuple(int(s) for s in args.unseen.split(",") if s)
    sheets = []
    for folder in make_folders(args.data, args.out, args.seed, unseen):
        for fmt in ("md", "json"):
            brief = Path(sys.executable).parent / "brief"
            output = folder.with_suffix(f".{fmt}")
            command = [brief, "build", folder, "-q", "--date", DATE, "-f", fmt, "-o", output]
            subprocess.run(command, check=True)
        sheets.append(sheet(folder))
    (args.out / f"{args.seed}-sheet.txt").write_text("\n\n".join(sheets) + "\n")


if __name__ == "__main__":
    main()
