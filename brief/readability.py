"""Readability figures of the briefing text, from textstat."""

from __future__ import annotations

from collections.abc import Sequence

import textstat

from .models import Stats


def measure(sentences: Sequence[str]) -> Stats:
    """Word and sentence counts, Flesch reading ease, grade level and reading time."""
    text = " ".join(sentences)
    if not text.strip():
        return Stats(0, 0, 0.0, 0.0, 0.0)
    return Stats(
        words=len(text.split()),
        sentences=len(sentences),
        flesch_reading_ease=round(float(textstat.flesch_reading_ease(text)), 1),
        flesch_kincaid_grade=round(float(textstat.flesch_kincaid_grade(text)), 1),
        reading_time_seconds=round(float(textstat.reading_time(text)), 1),
    )
