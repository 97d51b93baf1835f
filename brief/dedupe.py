"""Which sentences say the same thing, and which sources carry each one.

Two relations over the sentences of a story, from sparse products of term vectors (the
results are dense n×n boolean matrices, n being one story's sentences):

* **support**: sentence *j* carries sentence *i* when nearly every content term of *i*
  is also in *j*. A claim cites exactly the sources with a sentence that carries it, so
  a citation never credits a source with more than it said.
* **redundancy**: two sentences overlap so much that a reader would find the second a
  repeat. It is looser than support: a briefing never holds two redundant sentences,
  but a source is cited only when it carries the claim.
"""

from __future__ import annotations

import pkgutil
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import Stemmer

from .models import Sentence
from .vectors import count_matrix, tfidf

LANGUAGE = "english"
# j carries i when this share of i's content terms is in j (0.75: one term in four may
# differ, e.g. "spokesperson" for "spokesman", a dropped title, a different tense).
SUPPORT_CONTAINMENT = 0.75
# A sentence needs this many content terms before containment means anything.
MIN_SUPPORT_TERMS = 3
# Redundant when TF-IDF cosine or the containment of the shorter in the longer reaches these.
REDUNDANT_COSINE = 0.3
REDUNDANT_CONTAINMENT = 0.6

# Negations change what a sentence claims; sumy's stop list drops them.
_KEEP = frozenset({"no", "not", "nor", "never", "n't", "cannot", "without"})
# Attribution verbs say how a source quoted someone, not what was claimed: "Kirby said"
# and "Kirby continued" report the same words.
_ATTRIBUTION = frozenset(
    {
        *("say", "says", "said", "saying", "add", "adds", "added", "according"),
        *("continue", "continues", "continued", "tell", "tells", "told"),
        *("note", "notes", "noted", "explain", "explains", "explained"),
        *("insist", "insists", "insisted", "stress", "stresses", "stressed"),
        *("argue", "argues", "argued", "claim", "claims", "claimed"),
    }
)
# sumy's English stop list, read from its package data as sumy.utils.get_stop_words does
# (importing sumy.utils would load `requests`, a tenth of a second of every run).
SUMY_STOP_WORDS = frozenset(
    w.rstrip()
    for w in (pkgutil.get_data("sumy", f"data/stopwords/{LANGUAGE}.txt") or b"")
    .decode("utf-8")
    .splitlines()
    if w
)
_STOP = (SUMY_STOP_WORDS - _KEEP) | _ATTRIBUTION
# Snowball's English stemmer, from its authors' C library (PyStemmer): the algorithm sumy
# takes from NLTK, in a newer revision ("international" is no longer "intern"), 20x
# faster, and without NLTK's second of imports. Curly apostrophes are read as straight
# ones, as NLTK does.
_SNOWBALL = Stemmer.Stemmer(LANGUAGE)


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return _SNOWBALL.stemWord(word.replace("’", "'"))


def terms(words: Sequence[str]) -> list[str]:
    """Stemmed, lower-cased content words: what 'saying the same thing' is judged on."""
    out = []
    for word in words:
        bare = word.replace(".", "")
        if 2 <= len(bare) <= 5 and bare.isupper():
            out.append(bare)  # acronyms keep their case: "US" (and "U.S.") is not "us"
            continue
        lower = word.lower()
        if lower not in _STOP:
            out.append(_stem(lower))
    return out


def stem_tokens(words: Sequence[str]) -> list[tuple[str, bool]]:
    """Every word stemmed and lower-cased, with whether it is a stop word (sumy's list)."""
    return [(_stem(w.lower()), w.lower() in SUMY_STOP_WORDS) for w in words]


@dataclass(frozen=True, slots=True)
class Overlap:
    """Pairwise relations of a story's sentences (dense boolean n×n; n is one story)."""

    supports: np.ndarray  # supports[i, j]: sentence j carries sentence i
    redundant: np.ndarray  # symmetric; redundant[i, j]: never both in a briefing


def overlap(sentences: Sequence[Sentence]) -> Overlap:
    """Support and redundancy between every pair of sentences."""
    n = len(sentences)
    if n == 0:
        empty = np.zeros((0, 0), dtype=bool)
        return Overlap(empty, empty)
    term_lists = [terms(s.words) for s in sentences]
    binary, vocabulary = count_matrix(term_lists, binary=True)
    if not vocabulary:  # no sentence has a content term
        alone = np.eye(n, dtype=bool)
        return Overlap(alone, alone)
    weights = tfidf(binary)
    cosine = (weights @ weights.T).toarray()
    shared = (binary @ binary.T).toarray()
    sizes = np.asarray(binary.sum(axis=1)).ravel()
    with np.errstate(divide="ignore", invalid="ignore"):
        contained = np.where(sizes[:, None] > 0, shared / sizes[:, None], 0.0)
    # "did not resign" and "did resign" share all but one term; a negation on one side
    # only means the sentences contradict each other, so neither carries the other.
    negated = np.array([any(t in _KEEP for t in term_list) for term_list in term_lists])
    supports = (
        (contained >= SUPPORT_CONTAINMENT)
        & (sizes[:, None] >= MIN_SUPPORT_TERMS)
        & (negated[:, None] == negated[None, :])
    )
    np.fill_diagonal(supports, True)
    smaller_in_larger = np.maximum(contained, contained.T)
    redundant = (cosine >= REDUNDANT_COSINE) | (smaller_in_larger >= REDUNDANT_CONTAINMENT)
    np.fill_diagonal(redundant, True)
    return Overlap(supports, redundant)


def supporting_sources(
    index: int, sentences: Sequence[Sentence], relation: Overlap
) -> tuple[str, ...]:
    """Ids of every document with a sentence that carries sentence `index`, in load order."""
    carriers = np.flatnonzero(relation.supports[index])
    docs = {sentences[j].doc_index: sentences[j].doc_id for j in carriers}
    return tuple(docs[k] for k in sorted(docs))


def all_supporting_sources(
    sentences: Sequence[Sentence], relation: Overlap
) -> list[tuple[str, ...]]:
    """`supporting_sources` of every sentence, in order."""
    return [supporting_sources(i, sentences, relation) for i in range(len(sentences))]
