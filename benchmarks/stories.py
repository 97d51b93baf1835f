"""How well brief groups folders of every shape into stories, and what their titles look like.

    python benchmarks/stories.py [DATA_DIR] [--draws N] [--titles] [--explain]
        [--sizes 10000,20000] [--original-names]

Each row is a folder made from the dev data under DATA_DIR (default ../shared/bench/data):
articles are linked into a temporary folder under opaque names (a hash, so neither the name
nor the order gives the event away; with --original-names the hash is followed by the
file's own name, "3f2a…-WIRE19990817.0190.txt" as DUC names its files by agency and day,
so brief reads a date from it as from an archive's names) and `brief.build` runs on it
with its defaults, as `brief build DIR` does. Its stories (summarised and "Also") are
compared with the true events:

* ARI: adjusted Rand index of the stories against the events;
* P / R: pairwise precision (of the pairs brief put in one story, the share that are one
  event: a false merge lowers it) and recall (of the pairs of one event, the share brief
  put together: a missed merge lowers it);
* alone: the share of articles whose event has no other article in the folder that brief
  left in a story of their own (a one-off merged into a story is the worst error brief can
  make: its headline no longer matches its sentences);
* skipped: files brief skips with a warning (no article text in them: a tweet widget, a
  video player's messages, an archive's crawl notice). They count as a story of their own
  in ARI, P and R; "ARI of those read" leaves them out, since there is nothing in them to
  group.

The folder shapes: every event with one article (one-offs, newswire and web pages mixed);
3 events of 5 articles + 20 one-offs; random sub-folders of a few events; every article of
a set; both sets together. Then the made-up regional folders of benchmarks/regional (a
regional newsroom's morning: one county's towns and council in unrelated stories, saved
pages, clippings and newsletters; see its README), read where they are. A file that
appears in two DUC clusters (the same bytes) is linked once, under its first cluster, so
an exact copy is not counted as a false merge.
An article brief skips counts as a story of its own. The same constants serve every row.

With --sizes, the same measures on larger folders: every article of both sets, then
perturbed copies of them (each drops about a fifth of its paragraphs and 3 % of its words,
as in benchmarks/speed.py) up to each size; a copy's event is its original's. Beside ARI,
P and R: the share of copies that land in their original's story (a story of hundreds of
articles must not fall apart as the folder grows).

With --explain, for each set's every-article folder: how far apart in time the articles of
one event are (dates in file names: DUC 2006's "events" are topics spanning years), and
which events brief's false pairs join, with each topic's line.

Then every story title of every run is checked: at most 20 words, not cut at an
abbreviation, and not one of the shapes a title must never have (caption, photo credit,
timestamp, widget or form text, archive boilerplate). `--titles` prints them all.

The data is licensed for research evaluation only: the temporary folder holds symbolic
links, nothing is copied, and it is deleted at the end.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import itertools
import json
import os
import random
import re
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sklearn.metrics import adjusted_rand_score
from speed import perturbed_folder  # benchmarks/ is on the path when run as a script

from brief import BuildOptions, build

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "bench" / "data"
# Made-up regional folders (benchmarks/regional/README.md): part of the project, not data.
REGIONAL = HERE / "regional"
SETS = ("duc2006", "multinews-dev")
DRAWS = {"duc2006": (4, 12), "multinews-dev": (6, 30)}  # events per random sub-folder
MAX_TITLE_WORDS = 20
# Shapes a title must never have, written from what the dev data's pages hold.
BAD_TITLE = re.compile(
    r"""(?ix)
    \b(?:photo|image|picture|video)\s*(?:credit|caption|copyright)\b  # Image copyright Getty
    | \((?:AP|Reuters|AFP|Getty)\s+Photo\b | \bPhoto:\s | /\s*(?:AP|Getty|Reuters)\b
    | ^\s*(?:file\s+)?photo\b | \bfile\s+photo\b
    | ^\W*(?:in\s+)?this\s+(?:\w+\s+)?(?:video|photo|image|picture)\b
    | \b(?:enter|type)\s+the\s+(?:characters|code|text)\b | \bcaptcha\b
    | \btext\s+size\b | \bsign\s+(?:in|up)\b | \bsubscribe\b | \bnewsletter\b
    | \bcookies?\b | \bjavascript\b | \bbrowser\b | \bclick\b
    | \bwayback\s+machine\b | \binternet\s+archive\b | \bcrawl\b
    | \btweet\s+with\s+a\s+location\b | \bshare\s+this\b
    | \bmedia\s+(?:playback|caption)\b | \bunsupported\s+on\s+your\s+device\b
    | ^\W*\d{1,2}:\d{2}\b | ^\W*(?:updated|posted|published)\b
    | \b(?:all\s+rights\s+reserved|copyright)\b
    | ^\W*\w+\s+news,\s+\w+\W*$  # an outlet's byline and where it filed: BBC News, Lima
    """
)
# Abbreviations a title must not end on ("... the memorial to the Rev.").
CUT_AT_ABBREVIATION = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Rev|St|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Prof|Jr|Sr|U\.S|No|Inc|Corp"
    r"|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$"
)


@dataclass
class Row:
    label: str
    articles: int
    events: int
    stories: int
    ari: float
    precision: float
    recall: float
    alone: float | None
    seconds: float
    skipped: int
    ari_read: float


def articles(data: Path) -> dict[Path, str]:
    """Every article file and its event; a file found in two clusters is kept once."""
    seen: set[bytes] = set()
    found = {}
    for cluster in sorted(p for p in data.iterdir() if p.is_dir()):
        for doc in sorted((cluster / "docs").glob("*.txt")):
            digest = hashlib.sha256(doc.read_bytes()).digest()
            if digest not in seen:
                seen.add(digest)
                found[doc] = f"{data.name}/{cluster.name}"
    return found


def mixed_folder(truth: dict[Path, str], into: Path) -> dict[str, str]:
    """Link the articles into `into` under opaque names (followed by the original name
    with --original-names: the hash keeps names unique and the order blind); file name ->
    event."""
    named = {}
    for doc, event in truth.items():
        name = hashlib.sha1(f"{event}/{doc.name}".encode()).hexdigest()[:16]
        name += f"-{doc.name}" if ORIGINAL_NAMES else ".txt"
        os.symlink(doc.resolve(), into / name)
        named[name] = event
    return named


def pairwise(truth: list[str], predicted: list[int]) -> tuple[float, float]:
    """Pairwise precision and recall of `predicted` against `truth` (1.0 when undefined)."""

    def count(labels: list) -> int:
        return sum(k * (k - 1) // 2 for k in Counter(labels).values())

    both = count(list(zip(truth, predicted, strict=True)))
    said, true = count(predicted), count(truth)
    return (both / said if said else 1.0), (both / true if true else 1.0)


def grouped(picked: dict[Path, str]) -> tuple[list[str], list[str], list[int], list, float]:
    """brief's stories of a folder of `picked`: file names, their events, their stories
    (see `story_numbers`), the stories, the seconds."""
    with tempfile.TemporaryDirectory() as tmp:
        named = mixed_folder(picked, Path(tmp))
        start = time.perf_counter()
        briefing = build(Path(tmp), BuildOptions())
        seconds = time.perf_counter() - start
    names = sorted(named)
    predicted, stories = story_numbers(briefing, names)
    return names, [named[n] for n in names], predicted, stories, seconds


def story_numbers(briefing, names: list[str]) -> tuple[list[int], list]:
    """The number of each named file's story in `briefing` (summarised and "Also"), and
    the stories; a file brief skipped is a story of its own, numbered below 0."""
    by_id = {d.id: d.path.name for d in briefing.sources}
    stories = list(briefing.stories + briefing.also)
    story_of = {by_id[i]: k for k, story in enumerate(stories) for i in story.sources}
    alone_label = iter(range(-1, -len(names) - 1, -1))
    return [story_of[n] if n in story_of else next(alone_label) for n in names], stories


def measure(label: str, picked: dict[Path, str], titles: list[tuple[str, str]]) -> Row:
    names, truth, predicted, stories, seconds = grouped(picked)
    return row(label, names, truth, predicted, stories, seconds, titles)


def regional(titles: list[tuple[str, str]]) -> Iterator[tuple[str, list[Row]]]:
    """Rows for the made-up regional folders under benchmarks/regional (each FOLDER beside
    FOLDER.json: file name, or "file#k" for a digest's k-th article, -> "E1".."E7" for
    an event, anything else for a one-off or a page that is not news)."""
    for labels_file in sorted(REGIONAL.glob("*.json")):
        folder = labels_file.with_suffix("")
        labels = json.loads(labels_file.read_text())
        start = time.perf_counter()
        briefing = build(folder, BuildOptions())
        seconds = time.perf_counter() - start
        names = sorted(labels)
        # A one-off and a page that is not news are events of their own.
        truth = [labels[n] if re.fullmatch(r"E\d+", labels[n]) else n for n in names]
        predicted, stories = story_numbers(briefing, names)
        label = f"regional (made-up): {folder.name}"
        yield label, [row(label, names, truth, predicted, stories, seconds, titles)]


def row(
    label: str,
    names: list[str],
    truth: list[str],
    predicted: list[int],
    stories: list,
    seconds: float,
    titles: list[tuple[str, str]],
) -> Row:
    titles.extend((label, story.title) for story in stories)
    precision, recall = pairwise(truth, predicted)
    read = [k for k, story in enumerate(predicted) if story >= 0]
    event_size, story_size = Counter(truth), Counter(predicted)
    one_offs = [k for k, n in enumerate(names) if event_size[truth[k]] == 1]
    alone = statistics.mean(story_size[predicted[k]] == 1 for k in one_offs) if one_offs else None
    return Row(
        label,
        len(names),
        len(event_size),
        len(story_size),
        adjusted_rand_score(truth, predicted),
        precision,
        recall,
        alone,
        seconds,
        len(names) - len(read),
        adjusted_rand_score([truth[k] for k in read], [predicted[k] for k in read]),
    )


def folders(data: Path, draws: int) -> list[tuple[str, list[dict[Path, str]]]]:
    """(row label, one or more folders to average over), every shape described above."""
    rng = random.Random(0)
    truth = {name: articles(data / name) for name in SETS}
    events = {name: sorted({e: None for e in found.values()}) for name, found in truth.items()}
    members: dict[str, list[Path]] = {}
    for found in truth.values():
        for doc, event in found.items():
            members.setdefault(event, []).append(doc)

    def one_each(chosen: list[str]) -> dict[Path, str]:
        return {rng.choice(members[e]): e for e in chosen}

    rows: list[tuple[str, list[dict[Path, str]]]] = []
    every = [e for name in SETS for e in events[name]]
    rows.append(("one-offs: one article of every event, both sets", [one_each(every)]))
    for name in SETS:
        rows.append((f"{name}: one article of every event", [one_each(events[name])]))
    for name in SETS:
        runs = []
        for _ in range(draws):
            big = rng.sample([e for e in events[name] if len(members[e]) >= 5], 3)
            rest = rng.sample([e for e in events[name] if e not in big], 20)
            picked = {doc: e for e in big for doc in rng.sample(members[e], 5)}
            runs.append(picked | one_each(rest))
        rows.append((f"{name}: 3 events of 5 + 20 one-offs ({draws} draws)", runs))
    for name in SETS:
        for size in DRAWS[name]:
            runs = []
            for _ in range(draws):
                chosen = set(rng.sample(events[name], size))
                runs.append({d: e for d, e in truth[name].items() if e in chosen})
            rows.append((f"{name}: {size} events, all their articles ({draws} draws)", runs))
    for name in SETS:
        rows.append((f"{name}: every article", [truth[name]]))
    rows.append(("both sets: every article", [truth[SETS[0]] | truth[SETS[1]]]))
    return rows


def measure_size(truth: dict[Path, str], size: int) -> str:
    """A row of the --sizes table: every article, then perturbed copies up to `size`."""
    originals = list(truth)
    with tempfile.TemporaryDirectory() as tmp:
        names = [p.name for p in perturbed_folder(originals, size, Path(tmp))]
        start = time.perf_counter()
        briefing = build(Path(tmp), BuildOptions())
        seconds = time.perf_counter() - start
    predicted, _ = story_numbers(briefing, names)
    # File n is a copy of original n % len(originals) (the first len(originals) are them).
    truth_of = [truth[originals[n % len(originals)]] for n in range(size)]
    precision, recall = pairwise(truth_of, predicted)
    copies = range(len(originals), size)
    with_original = statistics.mean(
        [predicted[n] == predicted[n % len(originals)] for n in copies] or [1.0]
    )
    return (
        f"| {size:,} | {len(set(predicted))} | {adjusted_rand_score(truth_of, predicted):.3f}"
        f" | {precision:.3f} | {recall:.3f} | {with_original:.3f} | {seconds:.1f} |"
    )


def explain(data: Path) -> None:
    """Why a set's every-article folder scores as it does: how far apart in time the
    articles of one event are (from dates in file names, where every file has one), and
    which events brief's false pairs join (with the set's topic line, if it has one)."""
    for name in SETS:
        truth = articles(data / name)
        dates = {doc: _FILE_DATE.search(doc.name) for doc in truth}
        if all(dates.values()):
            by_event: dict[str, list[int]] = {}
            for doc, event in truth.items():
                match = dates[doc]
                day = datetime.date(int(match[1]), int(match[2]), int(match[3])).toordinal()
                by_event.setdefault(event, []).append(day)
            gaps = [
                abs(a - b)
                for days in by_event.values()
                for k, a in enumerate(days)
                for b in days[k + 1 :]
            ]
            spans = [max(d) - min(d) for d in by_event.values()]
            print(
                f"\n{name}: {len(gaps):,} pairs of one event; more than 7 days apart"
                f" {statistics.mean(g > 7 for g in gaps):.0%}, more than 30 days"
                f" {statistics.mean(g > 30 for g in gaps):.0%}; an event's span in days:"
                f" median {statistics.median(spans):.0f}, min {min(spans)}, max {max(spans)}"
            )
        picked = dict(truth)
        _, events, predicted, _, _ = grouped(picked)
        members: dict[int, list[str]] = {}
        for event, story in zip(events, predicted, strict=True):
            members.setdefault(story, []).append(event)
        joined: Counter[tuple[str, str]] = Counter()
        for found in members.values():
            counts = Counter(found)
            for a, b in itertools.combinations(sorted(counts), 2):
                joined[a, b] += counts[a] * counts[b]
        total = sum(joined.values())
        print(f"{name}: {total} false pairs (articles of two events brief put in one story)")
        for (a, b), count in joined.most_common(8):
            print(f"- {count}: {_topic(data, a)} + {_topic(data, b)}")


_FILE_DATE = re.compile(r"((?:19|20)\d\d)(\d\d)(\d\d)")
# --original-names: link files as "HASH-NAME" rather than "HASH.txt" (set by main).
ORIGINAL_NAMES = False


def _topic(data: Path, event: str) -> str:
    topic = data / event / "topic.txt"
    line = topic.read_text().strip().split("\n")[0] if topic.exists() else ""
    return f"{event.split('/')[-1]} ({line})" if line else event.split("/")[-1]


def title_problems(title: str) -> list[str]:
    problems = []
    if len(title.split()) > MAX_TITLE_WORDS:
        problems.append(f"over {MAX_TITLE_WORDS} words")
    if CUT_AT_ABBREVIATION.search(title.rstrip().rstrip("…")):
        problems.append("cut at an abbreviation")
    if BAD_TITLE.search(title):
        problems.append("caption, credit, timestamp or boilerplate")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--draws", type=int, default=3, help="random folders per shape")
    parser.add_argument("--titles", action="store_true", help="print every story title")
    parser.add_argument(
        "--explain", action="store_true", help="time spans of events and what false pairs join"
    )
    parser.add_argument(
        "--sizes", default="", help="also folders of perturbed copies of these sizes, e.g. 10000"
    )
    parser.add_argument(
        "--original-names",
        action="store_true",
        help='link files as "HASH-ORIGINAL_NAME", so dates in their names are read',
    )
    args = parser.parse_args()
    global ORIGINAL_NAMES
    ORIGINAL_NAMES = args.original_names
    titles: list[tuple[str, str]] = []
    print(
        "| folder | articles | events | stories | ARI | P | R | alone | skipped |"
        " ARI of those read | seconds |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    measured = (
        (label, [measure(label, picked, titles) for picked in runs])
        for label, runs in folders(args.data, args.draws)
    )
    for label, results in itertools.chain(measured, regional(titles)):

        def mean(values: list[float]) -> float:
            return statistics.mean(values)

        alone = [r.alone for r in results if r.alone is not None]
        worst = f" (min {min(r.precision for r in results):.3f})" if len(results) > 1 else ""
        print(
            f"| {label} | {mean([r.articles for r in results]):.0f}"
            f" | {mean([r.events for r in results]):.0f}"
            f" | {mean([r.stories for r in results]):.0f}"
            f" | {mean([r.ari for r in results]):.3f}"
            f" | {mean([r.precision for r in results]):.3f}{worst}"
            f" | {mean([r.recall for r in results]):.3f}"
            f" | {f'{mean(alone):.3f}' if alone else '–'}"
            f" | {mean([r.skipped for r in results]):.1f}"
            f" | {mean([r.ari_read for r in results]):.3f}"
            f" | {mean([r.seconds for r in results]):.1f} |",
            flush=True,
        )
    bad = [(label, title, title_problems(title)) for label, title in titles]
    bad = [b for b in bad if b[2]]
    lengths = [len(title.split()) for _, title in titles]
    print(
        f"\nTitles: {len(titles)} checked, {len(bad)} with a problem;"
        f" words per title: median {statistics.median(lengths):.0f}, max {max(lengths)}"
    )
    for label, title, problems in bad:
        print(f"- {title!r} ({', '.join(problems)}; {label})")
    if args.titles:
        for label, title in titles:
            print(f"  {label}: {title}")
    if args.explain:
        explain(args.data)
    if args.sizes:
        truth = {}
        for name in SETS:
            truth |= articles(args.data / name)
        print(
            "\n| articles (both sets + perturbed copies) | stories | ARI | P | R |"
            " copies in their original's story | seconds |"
        )
        print("|---|---|---|---|---|---|---|")
        for size in (int(s) for s in args.sizes.split(",")):
            print(measure_size(truth, max(size, len(truth))), flush=True)


if __name__ == "__main__":
    main()
