"""Group documents into stories (events). Until grouping lands, a folder is one story."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .dedupe import terms
from .models import Document
from .segment import words_of


def story_title(documents: Sequence[Document]) -> str:
    """The headline that shares the most terms with the other headlines of the story."""
    if not documents:
        return ""
    term_sets = [set(terms(words_of(d.title))) for d in documents]
    counts = Counter(t for s in term_sets for t in s)

    def centrality(index: int) -> tuple[float, int]:
        shared = sum(counts[t] - 1 for t in term_sets[index])
        return (shared / (1 + len(term_sets[index])) ** 0.5, -index)

    best = max(range(len(documents)), key=centrality)
    return documents[best].title
