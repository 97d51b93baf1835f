"""Word frequencies read from wordfreq's list without loading wordfreq: the same numbers."""

import math

import pytest
import wordfreq

from brief import frequency

# Words the list holds, words it lacks, and compounds of every shape grouping meets: parts
# between hyphens (doubled too), numbers and years inside them, possessives, the French
# article rule ("d'alene" splits, "o'neill" does not), apostrophes that join no letters
# ("shoot-'em-up"), and shapes left to wordfreq itself.
WORDS = [
    "the",
    "hurricane",
    "kalashnikov",
    "zzyzxqw",
    "year-old",
    "three-year-old",
    "well--known",
    "x-ray",
    "mid-1990s",
    "mid-1970s",
    "covid-19",
    "f-16",
    "ak-47",
    "boeing-737",
    "route-66",
    "born-before-1946",
    "plan-2031",
    "plan-2077",
    "a-12345",
    "ev-d68",
    "to-1",
    "kirby's",
    "reservation's",
    "al-assad's",
    "qzxv's",
    "d'alene",
    "d'alenes",
    "l'hotel",
    "y'all",
    "o'neill",
    "o'hara",
    "qu'il",
    "ab'c",
    "rock'n'roll",
    "o'dare's",
    "mp3's",
    "guillain-barré",
    "vis-à-vis",
    "d'isère",
    "straße-bahn",
    "nile-''like",
    "shoot-'em-up",
    "ehks-teh'-ruh",
    "catch-22's",
    "mid-'80s",
    "12'34-year",
    "under_score-word",
]


def wordfreq_zipf(word: str) -> float:
    """What brief weighed words by before: wordfreq's own dict, its estimate for compounds."""
    found = wordfreq.get_frequency_dict("en", "large").get(word, 0.0)
    if found > 0:
        return math.log10(found) + 9.0
    if "-" in word or "'" in word:
        return wordfreq.zipf_frequency(word, "en", wordlist="large")
    return 0.0


def test_every_word_gets_wordfreqs_frequency_to_the_last_bit():
    zipf = frequency.zipf_frequencies(WORDS)
    assert zipf.keys() == set(WORDS)
    for word in WORDS:
        assert zipf[word] == wordfreq_zipf(word), word
    assert 7 < zipf["the"] < 8 and zipf["zzyzxqw"] == 0.0
    assert 4 < zipf["year-old"] < 6  # from "year" and "old", not unknown


def test_one_word_at_a_time_gets_the_same_frequency():
    """Titles ask word by word (zipf_frequency, from an index of the list): the same
    floats as the folder's words asked at once, and as wordfreq's."""
    for word in WORDS:
        assert frequency.zipf_frequency(word) == wordfreq_zipf(word), word


@pytest.mark.parametrize(
    "word, tokens",
    [
        ("year-old", ["year", "old"]),
        ("well--known", ["well", "known"]),
        ("mid-1990s", ["mid", "1990s"]),
        ("d'alene", ["d", "alene"]),
        ("o'neill", ["o'neill"]),
        ("al-assad's", ["al", "assad's"]),
        ("rock'n'roll", ["rock'n'roll"]),
        ("shoot-'em-up", ["shoot", "em", "up"]),
        ("park''and", ["park", "and"]),
        ("y'all'a", ["y", "all'a"]),
        ("o'a'b", ["o", "a'b"]),
        ("9d'eal", ["9d", "eal"]),
        ("guillain-barré", ["guillain", "barré"]),
        ("d'isère", ["d", "isère"]),
        ("straße-bahn", None),
        ("under_score-word", None),
        ("catch-22's", ["catch", "22", "s"]),
        ("mid-'80s", ["mid", "80s"]),
        ("1'234", ["1'234"]),
    ],
)
def test_simple_shapes_are_split_as_wordfreqs_tokenizer_splits_them(word, tokens):
    assert frequency._tokens(word) == tokens
    if tokens is not None:
        assert tokens == wordfreq.lossy_tokenize(word, "en")


def test_a_briefing_with_compounds_leaves_wordfreq_unimported(tmp_path, python_output):
    """wordfreq's import and its 321,000-word dict (0.2 s) stay out of a build."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n, city in enumerate(["Coeur d'Alene", "Lyon", "Porto"]):
        (folder / f"{n}.txt").write_text(
            f"A 34-year-old man was rescued in {city} on Monday, the worst flood since the "
            "mid-1990s and the mid-'80s, a catch-22's end for the Guillain-Barré ward.\n\n"
            f"The river in {city} broke its banks and hundreds of homes were evacuated.\n\n"
            "Officials said the rain would ease by Wednesday, and schools stayed closed.\n"
        )
    code = (
        "import sys\nfrom pathlib import Path\nfrom brief import BuildOptions, build\n"
        f"briefing = build(Path({str(folder)!r}), BuildOptions())\n"
        "assert briefing.stories\n"
        "print('wordfreq' in sys.modules)\n"
    )
    assert python_output(code) == "False"


def test_a_list_file_brief_cannot_read_is_asked_of_wordfreq(monkeypatch):
    """A wordfreq that moves or reshapes its file: the same numbers, through wordfreq."""
    monkeypatch.setattr(frequency, "_LIST_FILE", "no_such_list.msgpack.gz")
    frequency._bands.cache_clear()
    try:
        zipf = frequency.zipf_frequencies(WORDS)
    finally:
        frequency._bands.cache_clear()
    assert all(zipf[word] == wordfreq_zipf(word) for word in WORDS)
