"""ROUGE of brief beside plain sumy, round-robin lead and published systems, in one run.

    python benchmarks/quality.py [DATA_DIR] [--words 250] [--metric recall|f1]
                                 [--algorithms lexrank,textrank,...] [--limit N]
                                 [--baselines DIR] [--skip-sumy]
                                 [--per-cluster FILE] [--compare FILE]

DATA_DIR holds <cluster>/docs/*.txt and <cluster>/refs/*.txt (default
../shared/bench/data/duc2006). Every summary is cut to its first N words and scored with
Google's rouge-score (Porter stemming) against each reference; scores are averaged over
references, then over clusters, as ../shared/bench/score.py does. brief runs through its
library API in single-story mode. The data is licensed for research evaluation only: it is
read in place and nothing of it is written into the repository.

--per-cluster FILE writes every system's R1/R2/RL per cluster (scores and cluster names
only, as JSON); --compare FILE, such a file from an earlier run (another checkout, the
same data, budget and metric), adds to each row the paired change per cluster, mean ±
standard error: a change within about two standard errors is noise.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rouge_score import rouge_scorer
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.utils import get_stop_words

from brief import BuildOptions, build, concepts, dedupe, select, stories
from brief.pipeline import ALGORITHMS
from brief.rank import SUMY_SUMMARIZERS
from brief.segment import split_sentences

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "bench" / "data" / "duc2006"
DEFAULT_BASELINES = HERE.parent.parent / "shared" / "bench" / "baselines" / "duc2006-nist"
PEERS = ("peer01", "peer24")  # NIST's baseline and the best DUC 2006 system on ROUGE-2


@dataclass(frozen=True)
class Cluster:
    name: str
    docs: Path
    articles: tuple[str, ...]  # in file-name order
    refs: tuple[str, ...]


def load_clusters(data: Path, limit: int | None) -> list[Cluster]:
    clusters = []
    for folder in sorted(p for p in data.iterdir() if p.is_dir()):
        docs = sorted((folder / "docs").glob("*.txt"))
        refs = sorted((folder / "refs").glob("*.txt"))
        clusters.append(
            Cluster(
                folder.name,
                folder / "docs",
                tuple(p.read_text(errors="replace") for p in docs),
                tuple(p.read_text(errors="replace") for p in refs),
            )
        )
    return clusters[:limit] if limit else clusters


def paragraphs(article: str) -> list[str]:
    return [" ".join(p.split()) for p in article.split("\n\n") if p.strip()]


def lead(cluster: Cluster, words: int) -> str:
    """Round-robin lead: first sentence of each article in turn, then the second, ..."""
    per_article = [
        [text for p in paragraphs(a) for text, _ in split_sentences(p)] for a in cluster.articles
    ]
    out: list[str] = []
    depth = 0
    while sum(len(s.split()) for s in out) < words and any(depth < len(a) for a in per_article):
        out += [a[depth] for a in per_article if depth < len(a)]
        depth += 1
    return " ".join(out)


class _SyntokWords:
    language = "english"

    def __init__(self) -> None:
        self.cache: dict[str, tuple[str, ...]] = {}

    def to_words(self, text: str) -> tuple[str, ...]:
        return self.cache.get(text, ())


def naive_sumy(name: str) -> Callable[[Cluster, int], str]:
    """What a sumy user gets: the articles concatenated, summarized, sentences in text order.

    sumy's own tokenizer needs NLTK's punkt data, which cannot be downloaded here, so the
    sentences come from syntok (the splitter brief uses); everything else is sumy's.
    """

    def summarize(cluster: Cluster, words: int) -> str:
        tokenizer = _SyntokWords()
        sentences = []
        for article in cluster.articles:
            for p in paragraphs(article):
                for text, tokens in split_sentences(p):
                    tokenizer.cache[text] = tokens
                    sentences.append(SumySentence(text, tokenizer))
        document = ObjectDocumentModel([Paragraph(sentences)])
        summarizer = SUMY_SUMMARIZERS[name](Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        # Enough sentences to pass the word budget, as a user asking for N words would do.
        count = max(1, words // 12)
        picked = [str(s) for s in summarizer(document, count)]
        while sum(len(s.split()) for s in picked) < words and count < len(sentences):
            count *= 2
            picked = [str(s) for s in summarizer(document, count)]
        return " ".join(picked)

    return summarize


# Ablations of the default: each turns one ingredient off by setting a module constant
# for the duration of the run (the library has no switches for them, on purpose).
ABLATIONS = {
    # The concept model without its "how early" feature.
    "position": [
        (
            concepts,
            "CONCEPT_MODEL",
            tuple(0.0 if k == 1 else v for k, v in enumerate(concepts.CONCEPT_MODEL)),
        )
    ],
    "corroboration": [(concepts, "CORROBORATION_WEIGHT", 0.0), (concepts, "MAX_SWAPS", 0)],
    "lead": [(concepts, "REQUIRE_LEAD", False)],
    "redundancy": [(dedupe, "REDUNDANT_COSINE", 2.0), (dedupe, "REDUNDANT_CONTAINMENT", 2.0)],
    "min-10-words": [(select, "MIN_CLAIM_WORDS", 6)],
    # Every sentence may be shown, whether or not a reader can understand it alone (the
    # faithfulness rules' cost in ROUGE; a quotation cut in two stays out).
    "stand-alone": [(select, "stands_alone", lambda text: True)],
    # Near-identical articles count as one report; without it each copy counts.
    "copies": [(stories, "NEAR_IDENTICAL", 2.0)],
    # Sentences that lean on the one before (pronoun, connective, speakerless quote) shown.
    "standalone": [(select, "stands_alone", lambda text: True)],
    # "Kirby said" shown without the sentence that says who John Kirby is.
    "full-names": [(select, "introductions", lambda sentences, eligible: {})],
}


def brief_system(algorithm: str, ablation: str | None = None) -> Callable[[Cluster, int], str]:
    def summarize(cluster: Cluster, words: int) -> str:
        saved = [
            (module, name, getattr(module, name)) for module, name, _ in ABLATIONS.get(ablation, [])
        ]
        for module, name, value in ABLATIONS.get(ablation, []):
            setattr(module, name, value)
        try:
            options = BuildOptions(words=words, algorithm=algorithm, single_story=True)
            briefing = build(cluster.docs, options)
        finally:
            for module, name, value in saved:
                setattr(module, name, value)
        return " ".join(c.text for story in briefing.stories for c in story.claims)

    return summarize


def peer_system(folder: Path) -> Callable[[Cluster, int], str]:
    def summarize(cluster: Cluster, words: int) -> str:
        path = folder / f"{cluster.name}.txt"
        return path.read_text(errors="replace") if path.exists() else ""

    return summarize


def score(
    system: Callable[[Cluster, int], str], clusters: list[Cluster], words: int
) -> tuple[dict[str, float], float, list[list[float]]]:
    """Mean ROUGE-1/2/L recall and F1 (×100), seconds per cluster, and each cluster's
    six figures (×100, in the order of the means)."""
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    rows = []
    seconds = 0.0
    for cluster in clusters:
        start = time.perf_counter()
        summary = system(cluster, words)
        seconds += time.perf_counter() - start
        text = " ".join(summary.split()[:words])
        per_ref = []
        for ref in cluster.refs:
            s = scorer.score(ref, text)
            per_ref.append(
                [s[k].recall for k in ("rouge1", "rouge2", "rougeL")]
                + [s[k].fmeasure for k in ("rouge1", "rouge2", "rougeL")]
            )
        rows.append([statistics.mean(c) for c in zip(*per_ref, strict=True)])
    keys = ("R1-R", "R2-R", "RL-R", "R1-F", "R2-F", "RL-F")
    per_cluster = [[100 * v for v in row] for row in rows]
    means = [statistics.mean(c) for c in zip(*per_cluster, strict=True)]
    return dict(zip(keys, means, strict=True)), seconds / len(clusters), per_cluster


def paired_change(before: list[list[float]], after: list[list[float]]) -> str:
    """After − before per cluster, for R1 and R2: "mean ± standard error" of each."""
    cells = []
    for k in range(2):
        change = [a[k] - b[k] for a, b in zip(after, before, strict=True)]
        error = statistics.stdev(change) / math.sqrt(len(change)) if len(change) > 1 else 0.0
        cells.append(f"{statistics.mean(change):+.2f} ± {error:.2f}")
    return " / ".join(cells)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--metric", choices=("recall", "f1"), default="recall")
    parser.add_argument("--algorithms", default=",".join(ALGORITHMS))
    parser.add_argument(
        "--ablations",
        default="",
        help=f"comma-separated ingredients of the default to turn off: {', '.join(ABLATIONS)}",
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N clusters")
    parser.add_argument("--baselines", type=Path, default=None)
    parser.add_argument("--skip-sumy", action="store_true", help="leave out naive sumy rows")
    parser.add_argument("--per-cluster", type=Path, default=None, help="write per-cluster JSON")
    parser.add_argument(
        "--compare", type=Path, default=None, help="a --per-cluster file to pair each row with"
    )
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no dataset at {args.data}; pass DATA_DIR", file=sys.stderr)
        return 2
    clusters = load_clusters(args.data, args.limit)
    algorithms = [a for a in args.algorithms.split(",") if a]
    baselines = args.baselines
    if baselines is None and args.data.name == "duc2006" and DEFAULT_BASELINES.is_dir():
        baselines = DEFAULT_BASELINES

    systems: list[tuple[str, Callable[[Cluster, int], str]]] = []
    systems += [(f"brief --algorithm {a}", brief_system(a)) for a in algorithms]
    for ablation in [a for a in args.ablations.split(",") if a]:
        systems.append((f"brief, default without {ablation}", brief_system("concepts", ablation)))
    if not args.skip_sumy:
        systems += [
            (f"sumy {a}, concatenated", naive_sumy(a)) for a in algorithms if a in SUMY_SUMMARIZERS
        ]
    systems.append(("lead, round robin", lead))
    if baselines is not None:
        systems += [(f"DUC 2006 {peer}", peer_system(baselines / peer)) for peer in PEERS]

    suffix = "R" if args.metric == "recall" else "F"
    earlier = json.loads(args.compare.read_text()) if args.compare else {}
    names = [c.name for c in clusters]
    print(f"# {args.data.name}: {len(clusters)} clusters, first {args.words} words, {args.metric}")
    print()
    if args.compare:
        print(f"| system | R1 | R2 | RL | s/cluster | change R1 / R2 vs {args.compare.name} |")
        print("|---|---|---|---|---|---|")
    else:
        print("| system | R1 | R2 | RL | s/cluster |")
        print("|---|---|---|---|---|")
    written: dict[str, dict[str, list[float]]] = {}
    offset = 0 if suffix == "R" else 3
    for name, system in systems:
        figures, seconds, per_cluster = score(system, clusters, args.words)
        r1, r2, rl = (figures[f"{k}-{suffix}"] for k in ("R1", "R2", "RL"))
        mine = [[round(v, 4) for v in row[offset : offset + 3]] for row in per_cluster]
        written[name] = dict(zip(names, mine, strict=True))
        row = f"| {name} | {r1:.2f} | {r2:.2f} | {rl:.2f} | {seconds:.2f} |"
        if args.compare:
            before = earlier.get(name, {})
            paired = [(before[n], m) for n, m in zip(names, mine, strict=True) if n in before]
            change = paired_change(*zip(*paired, strict=True)) if paired else "–"
            row += f" {change} |"
        print(row, flush=True)
    if args.per_cluster:
        args.per_cluster.write_text(json.dumps(written, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
