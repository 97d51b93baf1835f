"""How well brief groups a mixed folder into stories: adjusted Rand index vs the true events.

    python benchmarks/stories.py [DATA_DIR] [--draws N]

Every article of every cluster under DATA_DIR (default ../shared/bench/data) is linked
into one temporary folder under an opaque name (a hash, so neither the name nor the order
gives the event away); `brief.build` runs on it as `brief build DIR` does, and its stories
(summarised and "Also") are compared with the true clusters. An article in no story (a file
brief skipped) counts as a group of its own. Printed beside it: plain TF-IDF average-link
clustering at its best threshold for that set (an upper bound for that method, since the
threshold is picked by looking at the answer), and random sub-folders of 4–12 DUC events
and 6–30 Multi-News events, so a folder of a few dozen articles is measured too.

The data is licensed for research evaluation only: the temporary folder holds symbolic
links, nothing is copied, and it is deleted at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.metrics import adjusted_rand_score

from brief import BuildOptions, build
from brief.load import load_folder
from brief.stories import document_vectors

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "bench" / "data"
SETS = ("duc2006", "multinews-dev")
DRAWS = {"duc2006": (4, 12), "multinews-dev": (6, 30)}  # events per random sub-folder


def articles(data: Path) -> dict[Path, str]:
    """Every article file and the event (cluster) it belongs to."""
    return {
        doc: cluster.name
        for cluster in sorted(p for p in data.iterdir() if p.is_dir())
        for doc in sorted((cluster / "docs").glob("*.txt"))
    }


def mixed_folder(truth: dict[Path, str], into: Path) -> dict[str, str]:
    """Link the articles into `into` under opaque names; file name -> event."""
    named = {}
    for doc, event in truth.items():
        name = hashlib.sha1(f"{event}/{doc.name}".encode()).hexdigest()[:16] + ".txt"
        os.symlink(doc.resolve(), into / name)
        named[name] = event
    return named


def brief_labels(folder: Path) -> tuple[dict[str, int], int, float]:
    """Story number of each file as `brief build` groups them, the story count, seconds."""
    start = time.perf_counter()
    briefing = build(folder, BuildOptions())
    seconds = time.perf_counter() - start
    by_id = {d.id: d.path.name for d in briefing.sources}
    stories = briefing.stories + briefing.also
    labels = {by_id[i]: k for k, story in enumerate(stories) for i in story.sources}
    return labels, len(stories), seconds


def ari(named: dict[str, str], labels: dict[str, int]) -> float:
    names = sorted(named)
    alone = iter(range(-1, -len(names) - 1, -1))  # skipped files: a group each
    predicted = [labels[n] if n in labels else next(alone) for n in names]
    return adjusted_rand_score([named[n] for n in names], predicted)


def tfidf_baseline(folder: Path, named: dict[str, str]) -> tuple[float, float, int]:
    """Best ARI of TF-IDF cosine + average link over thresholds 0.05–0.30 (and which)."""
    documents, _ = load_folder(folder)
    vectors = document_vectors(documents)
    distance = np.clip(1.0 - (vectors @ vectors.T).toarray(), 0.0, 2.0)
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False).astype(np.float64), "average")
    best = (-1.0, 0.0, 0)
    for threshold in np.arange(0.05, 0.31, 0.025):
        found = fcluster(tree, t=1.0 - threshold, criterion="distance")
        labels = {d.path.name: int(k) for d, k in zip(documents, found, strict=True)}
        best = max(best, (ari(named, labels), float(threshold), len(set(found))))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--draws", type=int, default=5, help="random sub-folders per size")
    args = parser.parse_args()
    rng = random.Random(0)
    print(
        "| folder | articles | events | brief stories | brief ARI | seconds |"
        " TF-IDF best ARI (threshold, groups) |"
    )
    print("|---|---|---|---|---|---|---|")
    for name in SETS:
        truth = articles(args.data / name)
        events = sorted(set(truth.values()))
        runs = [("all", events)] + [
            (f"{size} events", rng.sample(events, size))
            for size in DRAWS[name]
            for _ in range(args.draws)
        ]
        by_size: dict[str, list[tuple[float, float, int, int]]] = {}
        for label, chosen in runs:
            picked = {doc: event for doc, event in truth.items() if event in set(chosen)}
            with tempfile.TemporaryDirectory() as tmp:
                named = mixed_folder(picked, Path(tmp))
                labels, count, seconds = brief_labels(Path(tmp))
                score = ari(named, labels)
                baseline = tfidf_baseline(Path(tmp), named)
            if label == "all":
                print(
                    f"| {name} | {len(named)} | {len(chosen)} | {count} | {score:.3f} |"
                    f" {seconds:.1f} | {baseline[0]:.3f} ({baseline[1]:.3f}, {baseline[2]}) |",
                    flush=True,
                )
            else:
                by_size.setdefault(label, []).append((score, baseline[0], count, len(named)))
        for label, results in by_size.items():
            mean = statistics.mean
            print(
                f"| {name}, {len(results)} random draws of {label} |"
                f" {mean(r[3] for r in results):.0f} (mean) | {label.split()[0]} |"
                f" {mean(r[2] for r in results):.1f} (mean) |"
                f" {mean(r[0] for r in results):.3f} (mean; min"
                f" {min(r[0] for r in results):.3f}) | |"
                f" {mean(r[1] for r in results):.3f} (mean of each draw's best) |",
                flush=True,
            )


if __name__ == "__main__":
    main()
