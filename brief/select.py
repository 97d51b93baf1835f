"""Choose the claims of a story within the word budget, and order them for reading."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

import numpy as np

from .clean import ends_sentence
from .concepts import select_by_concepts
from .dedupe import Overlap, all_supporting_sources
from .models import Claim, Sentence

# A briefing sentence must stand on its own: long enough to say something, short enough
# to read, ending like a sentence, and not the tail of a quote split off its start.
MIN_CLAIM_WORDS = 10  # the ICSI summarizer's floor: shorter ones rarely say a whole fact
MAX_CLAIM_WORDS = 60
# Curly quotes, guillemets and the ``wire'' style of older newswire text.
_OPEN_QUOTES = re.compile(r"[“«]|``")
_CLOSE_QUOTES = re.compile(r"[”»]|''")


def is_eligible(sentence: Sentence) -> bool:
    """True when the sentence can be shown alone in a briefing."""
    text = sentence.text
    words = len(text.split())
    if not MIN_CLAIM_WORDS <= words <= MAX_CLAIM_WORDS or not ends_sentence(text):
        return False
    if text[0].islower():
        return False  # the rest of a sentence the splitter cut
    # An odd number of straight quotes, or unmatched curly ones, is a quotation cut in
    # two: shown alone it would put words in the wrong mouth.
    balanced_curly = len(_OPEN_QUOTES.findall(text)) == len(_CLOSE_QUOTES.findall(text))
    return text.count('"') % 2 == 0 and balanced_curly


def select_by_rank(
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    relation: Overlap,
    words: int,
    report_of: Mapping[str, str] | None = None,
) -> tuple[Claim, ...]:
    """The best non-redundant claims by ranker score that fit in `words`, in reading order.

    A claim's weight is its ranker score times 1 + ln(number of reports that carry it):
    what several outlets report is more likely to matter and to be right. Greedy by
    weight, skipping anything redundant with a chosen claim or too long for what is left.
    If not even one sentence fits, the best one is kept anyway: a briefing is never empty
    while there is something to say.
    """
    report_of = report_of or {}
    support = all_supporting_sources(sentences, relation)
    carriers = reports_carrying(support, report_of)
    weight = np.array([scores[i] * (1.0 + math.log(carriers[i])) for i in range(len(sentences))])
    candidates = sorted(
        (i for i, s in enumerate(sentences) if is_eligible(s)),
        key=lambda i: (-weight[i], sentences[i].doc_index, sentences[i].position),
    )
    chosen: list[int] = []
    used = 0
    for i in candidates:
        length = len(sentences[i].text.split())
        if used + length > words or relation.redundant[i, chosen].any():
            continue
        chosen.append(i)
        used += length
        if words - used < MIN_CLAIM_WORDS:
            break
    if not chosen and candidates:
        chosen = [candidates[0]]
    weights = {i: float(weight[i]) for i in chosen}
    return _claims(chosen, weights, sentences, relation, support, carriers)


def select_by_concepts_coverage(
    sentences: Sequence[Sentence],
    relation: Overlap,
    words: int,
    report_of: Mapping[str, str] | None = None,
) -> tuple[Claim, ...]:
    """The claims that together cover the most weighted concepts within `words` (concepts.py).

    If no eligible sentence fits or has a concept, the selection by position (the lead of
    the first article) keeps the briefing from being empty.
    """
    report_of = report_of or {}
    eligible = [i for i, s in enumerate(sentences) if is_eligible(s)]
    support = all_supporting_sources(sentences, relation)
    carriers = reports_carrying(support, report_of)
    chosen, weight = select_by_concepts(
        sentences, eligible, words, relation.redundant, relation.supports, carriers, report_of
    )
    if not chosen:
        lead = np.array([1.0 - s.relative_position for s in sentences])
        return select_by_rank(sentences, lead, relation, words, report_of)
    return _claims(chosen, weight, sentences, relation, support, carriers)


def reports_carrying(support: Sequence[tuple[str, ...]], report_of: Mapping[str, str]) -> list[int]:
    """For each sentence, how many independent reports carry it (copies count once)."""
    return [len({report_of.get(d, d) for d in sources}) for sources in support]


def _claims(
    chosen: Sequence[int],
    weight: dict[int, float],
    sentences: Sequence[Sentence],
    relation: Overlap,
    support: Sequence[tuple[str, ...]],
    carriers: Sequence[int],
) -> tuple[Claim, ...]:
    reading = sorted(chosen, key=lambda i: _reading_key(i, sentences, relation))
    return tuple(Claim(sentences[i], support[i], round(weight[i], 4), carriers[i]) for i in reading)


def _reading_key(index: int, sentences: Sequence[Sentence], relation: Overlap) -> tuple:
    """Where the claim sits in the articles that carry it: leads first, as in the news.

    The mean, over carrying sources, of the earliest relative position at which each
    source carries it; ties by document and position, so the order is deterministic.
    """
    earliest: dict[int, float] = {}
    for j in np.flatnonzero(relation.supports[index]):
        s = sentences[j]
        earliest[s.doc_index] = min(earliest.get(s.doc_index, 1.0), s.relative_position)
    mean = sum(earliest.values()) / len(earliest)
    return (round(mean, 6), sentences[index].doc_index, sentences[index].position)
