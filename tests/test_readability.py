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
