"""Group a folder's documents into stories (events), and find copies of one report.

Grouping is average-link clustering of whole documents, in two passes:

1. TF-IDF cosine (stemmed content words) and a fixed threshold only *count* the topics:
   how many groups of two or more documents the folder holds (past TOPIC_SAMPLE
   documents, in an evenly spaced sample).
2. The documents are then compared in a latent semantic space (truncated SVD of the same
   TF-IDF) with about two dimensions per topic counted, blended with shared-nearest-
   neighbour similarity (how many of their 20 closest documents two documents share), and
   clustered again by average link.

Why: plain TF-IDF splits broad stories whose articles use different words for the same
thing (ARI 0.82 on the mixed DUC 2006 folder at its best threshold), while a fixed-size
latent space merges small events in a small folder. Sizing the space by the topics of
the folder itself keeps one threshold right from five articles to thousands; the shared
neighbours keep the edges of a large story together. The constants were chosen on the
mixed DUC 2006 folder and checked on Multi-News and on random sub-folders of both
(benchmarks/stories.py prints all of them).

Within each story, a document whose TF-IDF cosine with an earlier one reaches
NEAR_IDENTICAL is a copy of that report, and the documents are ranked by how typical
they are (summed similarity to the rest), for titles.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .models import Document
from .segment import words_of
from .terms import STOP_WORDS as _STOP
from .terms import content_terms as terms
from .terms import stem as _stem
from .vectors import latent_space, matrix_of, tfidf

# Pass 1: documents this close in TF-IDF cosine surely report the same story.
TOPIC_SIMILARITY = 0.12
# Pass 2: dimensions of the latent space per topic counted in pass 1, and its cap.
DIMENSIONS_PER_TOPIC = 2
MAX_DIMENSIONS = 100
# Pass 2: neighbours compared, the latent cosine's share of the blend, and the threshold.
NEIGHBOURS = 20
LATENT_SHARE = 0.7
STORY_SIMILARITY = 0.4
# Two documents this close (TF-IDF cosine) are one report under two names (a wire copy):
# both are cited, but they count once when sources are counted.
NEAR_IDENTICAL = 0.9
# Pass 1 over more documents than this starts with an evenly spaced sample of them.
TOPIC_SAMPLE = 3000
# With 50 documents or more, a word in only one of them says nothing about grouping.
MIN_DOCUMENT_FREQUENCY = 2
_TOKEN = re.compile(r"\b[^\W\d_][\w'-]+\b")


@dataclass(frozen=True, slots=True)
class Grouping:
    """Stories as tuples of document indices, and the report each document belongs to."""

    stories: tuple[tuple[int, ...], ...]  # each in load order; stories by first document
    report_of: tuple[int, ...]  # document index -> index of the first copy of its report
    central: tuple[tuple[int, ...], ...]  # each story's documents, most typical first


def document_vectors(documents: Sequence[Document]) -> sparse.csr_matrix:
    """TF-IDF rows (sublinear, L2-normalised) of stemmed content words, title included.

    Words are counted as written, then each distinct word is stemmed once and its count
    added to its stem's: the same as stemming every token, at a fraction of the cost.
    """
    stem_of: dict[str, str | None] = {}

    def stemmed(document: Document) -> Counter[str]:
        text = (document.title + "\n" + "\n".join(document.paragraphs)).lower()
        counts: Counter[str] = Counter()
        for word, count in Counter(_TOKEN.findall(text)).items():
            if word not in stem_of:
                stem_of[word] = None if word in _STOP else _stem(word)
            if (stem := stem_of[word]) is not None:
                counts[stem] += count
        return counts

    counts, _ = matrix_of(stemmed(d) for d in documents)
    if len(documents) >= 50:
        frequent = np.flatnonzero(
            np.bincount(counts.indices, minlength=counts.shape[1]) >= MIN_DOCUMENT_FREQUENCY
        )
        counts = counts[:, frequent]
    return tfidf(counts, sublinear=True)


def group_documents(documents: Sequence[Document], single: bool = False) -> Grouping:
    """The stories of a folder (see the module's docstring); one story if `single`."""
    n = len(documents)
    if n == 0:
        return Grouping((), (), ())
    vectors = document_vectors(documents)
    if single or n < 2 or vectors.shape[1] == 0:
        stories = (tuple(range(n)),) if single else tuple((i,) for i in range(n))
    else:
        stories = _stories(vectors)
    report, central = [*range(n)], []
    for story in stories:
        # Copies and the most typical document are found within each story: sizes
        # squared, not the folder's size squared.
        rows = vectors[list(story)]
        cosine = (rows @ rows.T).toarray()
        for position, j in enumerate(story):
            earlier = np.flatnonzero(cosine[position, :position] >= NEAR_IDENTICAL)
            firsts = [story[k] for k in earlier if report[story[k]] == story[k]]
            if firsts:
                report[j] = firsts[0]
        typical = cosine.sum(axis=1)
        central.append(
            tuple(story[k] for k in sorted(range(len(story)), key=lambda k: -typical[k]))
        )
    return Grouping(stories, tuple(report), tuple(central))


def _stories(vectors: sparse.csr_matrix) -> tuple[tuple[int, ...], ...]:
    """Pass 1 counts the topics; pass 2 groups in a latent space sized to them."""
    n = vectors.shape[0]
    counted, topics = _count_topics(vectors)
    dimensions = min(max(2, DIMENSIONS_PER_TOPIC * counted), MAX_DIMENSIONS, n - 1)
    if dimensions < 2 or vectors.shape[1] <= dimensions:
        # Too few documents or words for a latent space to mean anything: pass 1 decides.
        labels = (
            topics
            if topics is not None
            else _average_link(_dense_cosine(vectors), TOPIC_SIMILARITY)
        )
    else:
        latent = latent_space(vectors, dimensions)
        similarity = latent @ latent.T  # n x n, computed once
        blended = _shared_neighbours(similarity, NEIGHBOURS)
        blended *= 1.0 - LATENT_SHARE
        blended += LATENT_SHARE * similarity
        del similarity
        labels = _average_link(blended, STORY_SIMILARITY)
    members: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        members.setdefault(int(label), []).append(index)
    return tuple(sorted((tuple(m) for m in members.values()), key=lambda m: m[0]))


def _count_topics(vectors: sparse.csr_matrix) -> tuple[int, np.ndarray | None]:
    """Groups of two or more documents at TOPIC_SIMILARITY, and every document's group.

    Past TOPIC_SAMPLE documents, an evenly spaced sample is clustered first: when it
    alone shows enough topics to fill MAX_DIMENSIONS, so does the whole folder, and the
    n x n pass (half the grouping time at 10,000 articles) is skipped.
    """
    n = vectors.shape[0]
    if n > TOPIC_SAMPLE:
        picks = (np.arange(TOPIC_SAMPLE) * (n / TOPIC_SAMPLE)).astype(np.int64)
        sample = _average_link(_dense_cosine(vectors[picks]), TOPIC_SIMILARITY)
        counted = int((np.bincount(sample) >= 2).sum())
        if DIMENSIONS_PER_TOPIC * counted >= MAX_DIMENSIONS:
            return counted, None
    labels = _average_link(_dense_cosine(vectors), TOPIC_SIMILARITY)
    return int((np.bincount(labels) >= 2).sum()), labels


def _dense_cosine(vectors: sparse.csr_matrix) -> np.ndarray:
    """All pairwise cosines as float32, computed in row blocks to bound the sparse products."""
    n = vectors.shape[0]
    out = np.empty((n, n), dtype=np.float32)
    transposed = vectors.T.tocsc()
    for start in range(0, n, 1000):
        out[start : start + 1000] = (vectors[start : start + 1000] @ transposed).toarray()
    return out


def _shared_neighbours(similarity: np.ndarray, k: int) -> np.ndarray:
    """Share of their k nearest neighbours (each counting itself) that two documents share."""
    n = similarity.shape[0]
    k = min(k, n - 1)
    diagonal = similarity.diagonal().copy()
    np.fill_diagonal(similarity, -np.inf)  # a document is not its own neighbour
    nearest = np.argpartition(-similarity, k - 1, axis=1)[:, :k]
    np.fill_diagonal(similarity, diagonal)  # the caller's matrix, as it was
    rows = np.concatenate([np.repeat(np.arange(n), k), np.arange(n)])
    cols = np.concatenate([nearest.ravel(), np.arange(n)])
    neighbours = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), (n, n))
    return (neighbours @ neighbours.T).toarray() / np.float32(k + 1)


def _average_link(similarity: np.ndarray, threshold: float) -> np.ndarray:
    """Average-link clusters whose mean pairwise similarity stays at or above `threshold`."""
    from scipy.cluster.hierarchy import fcluster, linkage  # only folders of many stories
    from scipy.spatial.distance import squareform

    distance = np.clip(1.0 - similarity, 0.0, 2.0)
    np.fill_diagonal(distance, 0.0)
    condensed = squareform(distance, checks=False).astype(np.float64)
    del distance  # large folders: keep one n x n copy at a time
    tree = linkage(condensed, method="average")
    return fcluster(tree, t=1.0 - threshold, criterion="distance") - 1


def story_title(documents: Sequence[Document]) -> str:
    """The headline that shares the most terms with the other headlines of the story.

    Documents without a headline of their own (titled by file name) are not candidates.
    When most documents have none, one odd header line would stand for the whole story:
    the title is then empty and the caller uses a representative sentence instead.
    """
    titled = [d for d in documents if d.title != d.path.stem]
    if 2 * len(titled) < len(documents):
        return ""
    term_sets = [set(terms(words_of(d.title))) for d in titled]
    counts = Counter(t for s in term_sets for t in s)

    def centrality(index: int) -> tuple[float, int]:
        shared = sum(counts[t] - 1 for t in term_sets[index])
        return (shared / (1 + len(term_sets[index])) ** 0.5, -index)

    best = max(range(len(titled)), key=centrality)
    return titled[best].title
