"""Readability figures equal textstat's own, computed with the whole CMU dictionary."""

import json
import subprocess
import sys

from brief.readability import measure

TEXTS = [
    "The harbour bridge reopened on Thursday after two years of repairs.",
    "Kirby accused Moscow and Damascus of targeting critical infrastructure such as"
    " hospitals, and preventing humanitarian aid from reaching civilians in need.",
    "Zyxwv qwertyuiop appeared unexpectedly. Onomatopoeia and antidisestablishmentarianism"
    " are read aloud rarely; the committee's 2016 report said so.",
]


def test_figures_match_textstat_with_the_full_dictionary():
    # A fresh process: textstat caches by text, so it must not see our lookups first.
    script = (
        "import json, sys, textstat\n"
        "print(json.dumps([[round(float(textstat.flesch_reading_ease(t)), 1),"
        " round(float(textstat.flesch_kincaid_grade(t)), 1)] for t in json.load(sys.stdin)]))"
    )
    expected = json.loads(
        subprocess.run(
            [sys.executable, "-c", script],
            input=json.dumps(TEXTS),
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    ours = [measure([text]) for text in TEXTS]
    assert [[s.flesch_reading_ease, s.flesch_kincaid_grade] for s in ours] == expected


def test_empty_text_has_zero_figures():
    assert measure([]).words == 0


def test_briefings_measured_at_once_in_threads_leave_textstat_as_it_was():
    from concurrent.futures import ThreadPoolExecutor

    from textstat.backend.counts import _count_syllables

    original = _count_syllables.get_cmudict
    texts = [f"{text} Number {n} of many." for n in range(6) for text in TEXTS]
    with ThreadPoolExecutor(8) as pool:
        figures = list(pool.map(lambda t: measure([t]), texts))
    assert _count_syllables.get_cmudict is original  # the whole dictionary for others again
    assert figures == [measure([t]) for t in texts]  # each thread measured with its own words


def test_the_patched_libraries_are_the_pinned_versions():
    """rank.py and this module replace private parts of sumy and textstat: pinned versions."""
    from importlib.metadata import requires, version

    pins = {r.split("==")[0]: r.split("==")[1] for r in requires("brief") or () if "==" in r}
    assert pins.get("sumy") == version("sumy") and pins.get("textstat") == version("textstat")


def test_reading_time_is_an_adults_silent_reading_pace():
    """238 words a minute (README, stats): 476 words are two minutes, and the page says so."""
    sentence = "The harbour bridge reopened to traffic on Thursday after two long years of work."
    stats = measure([sentence] * 34)  # 14 words each: 476
    assert stats.words == 476
    assert stats.reading_time_seconds == 120.0
