"""Score sentences with sumy's algorithms, chosen by name; one score per sentence, in order."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from functools import cache

import numpy as np

from .centrality import lexrank, sumy_terms, textrank
from .errors import UsageError
from .models import Sentence
from .terms import SUMY_STOP_WORDS

LANGUAGE = "english"


@cache
def _unique_sentence_class() -> type:
    """sumy's Sentence, equal only to itself (sumy is imported when a ranker first runs).

    sumy compares sentences by text, so the same sentence carried by two sources would
    share one entry in its rating dicts; identity keeps every input sentence apart.
    """
    from sumy.models.dom import Sentence as SumySentence

    class UniqueSentence(SumySentence):
        __slots__ = ()
        __eq__ = object.__eq__
        __hash__ = object.__hash__

    return UniqueSentence


class _KnownWords:
    """The tokenizer sumy asks for words: we split them already, with syntok."""

    language = LANGUAGE

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self._words = {s.text: s.words for s in sentences}

    def to_words(self, text: str) -> tuple[str, ...]:
        return self._words[text]


def _sumy_scores(summarizer_class: type, sentences: Sequence[Sentence]) -> np.ndarray:
    """sumy's own rating of every sentence, read at the point where it would pick the best."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.nlp.stemmers import Stemmer  # loads NLTK (~1 s): only when a ranker runs

    summarizer = summarizer_class(Stemmer(LANGUAGE))
    summarizer.stop_words = SUMY_STOP_WORDS
    tokenizer = _KnownWords(sentences)
    document = ObjectDocumentModel(
        (Paragraph([_unique_sentence_class()(s.text, tokenizer) for s in sentences]),)
    )
    captured: list[float] = []

    # Every sumy summarizer ends by calling _get_best_sentences(sentences, count, rating)
    # with a dict or a callable; we take the rating of each sentence in input order
    # instead of letting it pick, which maps scores back by position, not by text.
    def capture(sumy_sentences, _count, rating, *args, **kwargs):
        if isinstance(rating, dict):
            captured.extend(float(rating[s]) for s in sumy_sentences)
        else:
            captured.extend(float(rating(s, *args, **kwargs)) for s in sumy_sentences)
        return ()

    summarizer._get_best_sentences = capture
    summarizer(document, 1)
    if len(captured) != len(sentences):  # sumy returns early when nothing has content words
        return np.zeros(len(sentences))
    return np.asarray(captured, dtype=float)


def _sumy(name: str) -> Callable[[Sequence[Sentence]], np.ndarray]:
    def rank(sentences: Sequence[Sentence]) -> np.ndarray:
        return _sumy_scores(SUMY_SUMMARIZERS[name], sentences)

    rank.__doc__ = f"Scores from sumy's {_SUMY_CLASSES[name][1]}."
    return rank


# sumy's summarizers by name. They are imported on first use: sumy's modules load NLTK,
# about a second of start-up that the default algorithm ("concepts") does not need.
_SUMY_CLASSES = {
    "lexrank": ("sumy.summarizers.lex_rank", "LexRankSummarizer"),
    "textrank": ("sumy.summarizers.text_rank", "TextRankSummarizer"),
    "lsa": ("sumy.summarizers.lsa", "LsaSummarizer"),
    "luhn": ("sumy.summarizers.luhn", "LuhnSummarizer"),
    "sumbasic": ("sumy.summarizers.sum_basic", "SumBasicSummarizer"),
    "kl": ("sumy.summarizers.kl", "KLSummarizer"),
}


class _LazyClasses(Mapping[str, type]):
    """name -> sumy summarizer class, importing its module when first asked for."""

    def __getitem__(self, name: str) -> type:
        module, cls = _SUMY_CLASSES[name]
        return getattr(importlib.import_module(module), cls)

    def __iter__(self):
        return iter(_SUMY_CLASSES)

    def __len__(self) -> int:
        return len(_SUMY_CLASSES)


SUMY_SUMMARIZERS: Mapping[str, type] = _LazyClasses()


def _vectorised(
    algorithm: Callable[[list[list[str]]], np.ndarray],
) -> Callable[[Sequence[Sentence]], np.ndarray]:
    def rank(sentences: Sequence[Sentence]) -> np.ndarray:
        return algorithm(sumy_terms(sentences, SUMY_STOP_WORDS))

    rank.__doc__ = algorithm.__doc__
    return rank


# LexRank and TextRank compare every pair of sentences in Python inside sumy (minutes for
# a few thousand sentences); centrality.py computes the same scores with sparse products.
RANKERS: dict[str, Callable[[Sequence[Sentence]], np.ndarray]] = {
    name: _sumy(name) for name in _SUMY_CLASSES
} | {"lexrank": _vectorised(lexrank), "textrank": _vectorised(textrank)}


def rank_sentences(sentences: Sequence[Sentence], algorithm: str) -> np.ndarray:
    """One score in (0, 1] per sentence, in input order; higher is more important.

    Raw scores differ in scale between algorithms (SumBasic rates by pick order, LexRank
    by stationary probability), so they are turned into percentile ranks, ties averaged.
    """
    try:
        ranker = RANKERS[algorithm]
    except KeyError:
        names = ", ".join(RANKERS)
        raise UsageError(
            f"unknown algorithm {algorithm!r}; the available ones are: {names}."
        ) from None
    if not sentences:
        return np.zeros(0)
    # Rounded first: equal sentences must tie even when an SVD or a power iteration
    # leaves them a few ulps apart, or the order would depend on floating-point noise.
    # sumy's LexRank divides by a zero norm when no sentence shares a term with another;
    # such scores carry no information, so they count as zero (ties everywhere).
    with np.errstate(divide="ignore", invalid="ignore"):
        raw = np.round(np.nan_to_num(ranker(sentences), nan=0.0, posinf=0.0, neginf=0.0), 10)
    from scipy.stats import rankdata  # scipy.stats takes ~0.7 s to import: only here

    return rankdata(raw, method="average") / len(raw)
