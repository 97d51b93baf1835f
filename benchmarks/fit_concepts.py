"""Fit brief's concept model (concepts.CONCEPT_MODEL) on one dev set, confirm it on another.

    python benchmarks/fit_concepts.py TRAIN_DIR [--confirm OTHER_DIR]

For every cluster (DATA_DIR/<cluster>/docs, /refs, as quality.py reads them), brief's own
sentences and concepts, in single-story mode: each concept that enough reports use is one
example, with the features concepts.concept_features gives and, as its label, the share
of the cluster's reference summaries that use it. A logistic regression of the label
(scikit-learn, default L2 strength) gives the numbers to paste into CONCEPT_MODEL. Both
sets are then scored by the mean average precision of each cluster's concept ranking: the
fitted model beside the former hand-set weight, reports × (1 + lead). The data is read in
place; nothing of it is written anywhere.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score

from brief import concepts
from brief.load import load_folder
from brief.segment import segment_document, split_sentences
from brief.stories import group_documents
from brief.summaries import MAX_STORY_SENTENCES, leading_sentences

Example = tuple[np.ndarray, np.ndarray]  # one cluster's features and labels


def cluster_examples(folder: Path) -> Example:
    documents, _ = load_folder(folder / "docs", None)
    (group,) = group_documents(documents, single=True)
    report_of = group.report_of()
    originals = [d for d in group.documents if report_of[d.id] == d.id]
    sentences = tuple(s for i, d in enumerate(originals) for s in segment_document(d, i))
    if len(sentences) > MAX_STORY_SENTENCES:
        sentences, _ = leading_sentences(sentences, MAX_STORY_SENTENCES)
    found = [concepts.concepts_of(s) for s in sentences]
    keys, features = concepts.concept_features(sentences, found, report_of)
    references = [reference_concepts(p.read_text(errors="replace")) for p in _refs(folder)]
    labels = np.array([np.mean([k in r for r in references]) for k in keys])
    return features, labels


def _refs(folder: Path) -> list[Path]:
    return sorted((folder / "refs").glob("*.txt"))


def reference_concepts(text: str) -> set[concepts.Concept]:
    found: set[concepts.Concept] = set()
    for paragraph in text.split("\n\n"):
        if paragraph.strip():
            for _, words in split_sentences(" ".join(paragraph.split())):
                found |= concepts.concepts_in(words)
    return found


def dataset(data: Path) -> list[Example]:
    return [cluster_examples(f) for f in sorted(p for p in data.iterdir() if p.is_dir())]


def fit(examples: list[Example]) -> tuple[float, ...]:
    """Logistic regression on fractional labels: each example once as a positive with
    weight y and once as a negative with weight 1 - y."""
    x = np.vstack([f for f, _ in examples])
    y = np.concatenate([labels for _, labels in examples])
    model = LogisticRegression(max_iter=2000).fit(
        np.vstack([x, x]),
        np.r_[np.ones(len(y)), np.zeros(len(y))],
        sample_weight=np.r_[y, 1.0 - y],
    )
    return tuple(round(float(v), 2) for v in (*model.coef_[0], model.intercept_[0]))


def mean_average_precision(examples: list[Example], score) -> float:
    found = [
        average_precision_score(labels > 0, score(features))
        for features, labels in examples
        if (labels > 0).any() and (labels == 0).any()
    ]
    return 100 * float(np.mean(found))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("train", type=Path)
    parser.add_argument("--confirm", type=Path, default=None)
    args = parser.parse_args(argv)
    sets = [args.train] + ([args.confirm] if args.confirm else [])
    if not all(s.is_dir() for s in sets):
        print("no dataset at one of the paths; pass DATA_DIR", file=sys.stderr)
        return 2
    examples = {s: dataset(s) for s in sets}
    model = fit(examples[args.train])
    print(f"CONCEPT_MODEL = {model}  # fit on {args.train.name}")
    print()
    print("| concept weight | " + " | ".join(f"{s.name} MAP" for s in sets) + " |")
    print("|---" * (len(sets) + 1) + "|")
    weights = {
        "hand-set: reports × (1 + lead)": lambda f: np.exp(f[:, 0]) * (1.0 + f[:, 1]),
        f"fitted on {args.train.name}": lambda f: f @ np.array(model[:-1]),
    }
    for name, score in weights.items():
        cells = " | ".join(f"{mean_average_precision(examples[s], score):.2f}" for s in sets)
        print(f"| {name} | {cells} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
