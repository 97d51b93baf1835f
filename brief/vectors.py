"""Sparse term vectors (counts, TF-IDF), with scipy alone.

scikit-learn computes the same (tests/test_stories.py checks it does), but importing it
costs about a second on these machines, on every run, for three small formulas; scipy is
loaded anyway for the solver.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
from scipy import sparse


def count_matrix(
    term_lists: Iterable[Sequence[str]], binary: bool = False
) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """Rows of term counts (or 1/0 if `binary`), one per list, and the column of each term."""
    rows = (dict.fromkeys(terms, 1) if binary else Counter(terms) for terms in term_lists)
    return matrix_of(rows)


def matrix_of(rows: Iterable[Mapping[str, float]]) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """A sparse matrix from one {term: value} mapping per row, and the column of each term."""
    vocabulary: dict[str, int] = {}
    indptr = [0]
    indices: list[int] = []
    values: list[float] = []
    for row in rows:
        indices.extend(vocabulary.setdefault(term, len(vocabulary)) for term in row)
        values.extend(row.values())
        indptr.append(len(indices))
    matrix = sparse.csr_matrix(
        (np.asarray(values, dtype=np.float32), np.asarray(indices, dtype=np.int64), indptr),
        shape=(len(indptr) - 1, len(vocabulary)),
    )
    matrix.sort_indices()
    return matrix, vocabulary


def tfidf(counts: sparse.csr_matrix, sublinear: bool = False) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows with smoothed IDF, ln((1 + n) / (1 + df)) + 1.

    The formula of scikit-learn's TfidfTransformer defaults (plus its sublinear_tf option,
    1 + ln tf), so figures measured with it before hold.
    """
    n = counts.shape[0]
    weights = counts.astype(np.float64).tocsr(copy=True)
    if sublinear:
        np.log(weights.data, out=weights.data)
        weights.data += 1.0
    df = np.bincount(weights.indices, minlength=weights.shape[1])
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    weights.data *= idf[weights.indices]
    return normalize_rows(weights).astype(np.float32)


def normalize_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    """Each row scaled to unit length (rows of zeros stay zero)."""
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)
