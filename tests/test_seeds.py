"""The seeds are the first thing a user runs: their briefing is checked and kept as golden files.

Regenerate the golden files after an intended change, then read the diff before committing:

    python tests/regenerate_golden.py && git diff tests/golden
"""

import json
import re
from datetime import datetime
from itertools import combinations

import pytest
from conftest import ROOT, SEEDS
from regenerate_golden import FIXED_DATE, GOLDEN, golden_outputs

from brief import BuildOptions, build, render
from brief.segment import words_of

QUOTE = "This is not a decision that was taken lightly"
BOILERPLATE = (
    "Download",
    "Follow Us",
    "Most Viewed",
    "Editor's Picks",
    "jbh/msh",
    "ADVERTISEMENT",
    "Zee News App",
    "Inhalt",
    "Top 10 Chinese cities",
    "android",
    "Updated:",
    "|",
)
STOP = {
    "the",
    "a",
    "an",
    "of",
    "to",
    "in",
    "on",
    "and",
    "that",
    "was",
    "is",
    "with",
    "by",
    "for",
    "said",
    "it",
    "its",
    "as",
    "at",
    "he",
    "his",
    "has",
    "be",
    "this",
    "from",
    "their",
}


@pytest.fixture(scope="module")
def seeds_json():
    briefing = build(SEEDS, BuildOptions(now=datetime.fromisoformat(FIXED_DATE)))
    return json.loads(render(briefing, "json"))


def content(text: str) -> set[str]:
    """Content words cut to five letters: a crude stemmer, independent of brief's own."""
    return {w.lower().replace(".", "")[:5] for w in words_of(text) if w.lower() not in STOP}


def carried_by(sentence: str, source_text: str) -> bool:
    """Independent check: one sentence of the source holds most of the claim's words.

    The speaker of a closing attribution (`…," State Department spokesman John Kirby
    said.`) may be introduced anywhere in the source, as news does before `Kirby said`.
    """
    speaker = re.search(r'[,"”]\s*"?\s*([^,"”]+?) said\.$', sentence)
    if speaker:
        if not content(speaker[1]) <= content(source_text):
            return False
        sentence = sentence[: speaker.start(1)] + speaker[1].split()[-1] + " said."
    wanted = content(sentence)
    for chunk in re.split(r"(?<=[.!?][\"”])\s+|(?<=[.!?])\s+|\n", source_text):
        if len(wanted & content(chunk)) >= 0.6 * len(wanted):
            return True
    return False


def test_seeds_briefing_meets_the_core_conditions(seeds_json):
    (story,) = seeds_json["stories"]
    sentences = story["sentences"]
    assert len(sentences) >= 4
    raw = {s["id"]: (ROOT / s["path"]).read_text() for s in seeds_json["sources"]}
    for s in sentences:
        assert not any(b in s["text"] for b in BOILERPLATE), s["text"]
        for source in s["sources"]:
            assert carried_by(s["text"], raw[source]), (s["text"], source)
    for a, b in combinations([s["text"] for s in sentences], 2):
        overlap = len(content(a) & content(b)) / min(len(content(a)), len(content(b)))
        assert overlap < 0.6, (a, b)
    cited = {source for s in sentences for source in s["sources"]}
    assert len(cited) >= 4
    (quote,) = [s for s in sentences if QUOTE in s["text"]]
    assert len(quote["sources"]) >= 4
    assert seeds_json["stats"]["words"] <= 250


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_seeds_golden_files(name, monkeypatch):
    monkeypatch.chdir(ROOT)
    expected = (GOLDEN[name]).read_text(encoding="utf-8")
    assert golden_outputs()[name] == expected, (
        "run python tests/regenerate_golden.py and read the diff"
    )


def test_the_readmes_example_is_the_golden_briefing():
    """The README shows the seeds' Markdown briefing: every line it shows is the golden
    file's (its "…" lines stand for the rest), so the README never shows stale output."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = readme.split("```markdown\n", 1)[1].split("```", 1)[0]
    golden = (ROOT / "tests" / "golden" / "seeds.md").read_text(encoding="utf-8").splitlines()
    shown = [line for line in example.splitlines() if line.strip() not in ("", "- …", "…")]
    assert len(shown) >= 8
    assert [line for line in shown if line not in golden] == []
