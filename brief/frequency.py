"""How common English words are, on wordfreq's Zipf scale, for just the words a folder uses.

wordfreq.zipf_frequency answers one word at a time from a dict of its whole "large"
English list (321,000 words) that it builds on first use; importing wordfreq (langcodes,
ftfy, a walk of the call stack to find its data) and building that dict cost about 0.2 s,
a sixth of a one-story build. Here wordfreq's list file is read directly and only the
folder's words are looked up, in one pass over the list's frequency bands.

A word the list lacks but that has a hyphen or an apostrophe ("year-old", "mid-1990s") is
estimated from its parts, exactly as wordfreq estimates it: `_tokens` splits the shapes
that wordfreq's English tokenizer splits simply (letters of Latin-1, digits, hyphens and
apostrophes), and `_combined_zipf` repeats wordfreq's sum and rounding. Any other shape
(combining accents, underscores, other scripts) is split by wordfreq's own tokenizer (its
import, a tenth of a second, but not its dict).
tests/test_frequency.py holds both paths to wordfreq's own answers.
"""

from __future__ import annotations

import gzip
import importlib.util
import math
import re
import zlib
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import msgpack

# wordfreq's English list with words down to 1 in 10**8 (its "large" list).
_LIST_FILE = "large_en.msgpack.gz"
# The shapes split here: letters (ASCII, and Latin-1's small letters, which are the same
# in NFC and case-folded, as wordfreq makes its tokens), digits, hyphens and apostrophes.
_LETTER = "a-z\u00e0-\u00f6\u00f8-\u00ff"
_SIMPLE = re.compile(rf"[{_LETTER}0-9'-]+")
# A token of such a shape, as Unicode's word breaks cut it (UAX #29): letters and digits
# never split, a hyphen always does, and an apostrophe joins only two letters or two digits
# ("o'neill", "rock'n'roll"; "'em" and "teh'" lose theirs, "wars''like" and "22's" are two).
_JOINED = rf"(?<=[{_LETTER}])'(?=[{_LETTER}])|(?<=[0-9])'(?=[0-9])"
_RUN = re.compile(rf"[{_LETTER}0-9]+(?:(?:{_JOINED})[{_LETTER}0-9]+)*")
# wordfreq splits "d'alene" or "l'hôtel" after the apostrophe: one or two letters or
# digits, then a vowel or "h" (its list of them), at the start of a token (its rule for
# French articles, which it applies in every language).
_ARTICLE = re.compile(rf"[{_LETTER}0-9]{{1,2}}'(?=[aehiouyáéíóúàèìòùâêîôûåïöœ])")
# wordfreq replaces runs of two or more digits by zeros ("1970s" is looked up as "0000s")
# and multiplies by its estimate of that number (numbers.py): Benford's law for the first
# digit, and a bump for four digits that read as a year.
_DIGITS = re.compile(r"[0-9]{2,}")
_BENFORD = (0.009, 0.300, 0.175, 0.124, 0.096, 0.078, 0.066, 0.057, 0.050, 0.045)
_YEAR_LOG_PEAK = -1.9185
_NOT_YEAR = 0.1
_REFERENCE_YEAR = 2019
_PLATEAU = 20
# What a missing, moved or reshaped list file raises here.
_UNREADABLE = (OSError, EOFError, zlib.error, ValueError, TypeError, KeyError, IndexError)
# zipf_frequency(word, minimum=0.0) asks word_frequency for at least this frequency.
_MINIMUM = 10**0.0 / 1e9


def zipf_frequencies(words: Iterable[str]) -> dict[str, float]:
    """Each lower-case word's Zipf frequency (log10 of uses per billion words).

    A word in the list gets its own frequency; one with a hyphen or an apostrophe that the
    list lacks, wordfreq.zipf_frequency's estimate from its parts; any other word 0.
    """
    words = set(words)
    parts: dict[str, _Parts] = {}
    odd = []
    for word in words:
        if "-" in word or "'" in word:
            if (tokens := _tokens(word)) is not None:
                parts[word] = _Parts(tokens, _smash, _digit_frequency)
            else:
                odd.append(word)
    if odd:  # rare shapes: wordfreq's own tokenizer and number rules (its import, not its dict)
        from wordfreq import lossy_tokenize
        from wordfreq.numbers import digit_freq, smash_numbers

        for word in odd:
            parts[word] = _Parts(lossy_tokenize(word, "en"), smash_numbers, digit_freq)
    wanted = words.union(*(map(p.smash, p.tokens) for p in parts.values()))
    found = _lookup(wanted)
    zipf = {}
    for word in words:
        if word in found:
            zipf[word] = math.log10(found[word]) + 9.0
        elif word in parts:
            zipf[word] = _combined_zipf(parts[word], found)
        else:
            zipf[word] = 0.0
    return zipf


def zipf_frequency(word: str) -> float:
    """`zipf_frequencies` of one word, for a caller that asks word by word (titles, story
    by story): the index of the whole list is built first (about 0.06 s, once), so that
    `_lookup` answers from it instead of a pass over the list's bands for each call."""
    _band_index()
    return zipf_frequencies([word])[word]


@lru_cache(maxsize=1)
def _band_index() -> dict[str, int]:
    """Each word of the list and its band (see _bands)."""
    index: dict[str, int] = {}
    for band, words in enumerate(_bands()):
        index.update(dict.fromkeys(words, band))
    return index


class _Parts(NamedTuple):
    """A compound's tokens, and the number rules that apply to them."""

    tokens: list[str]
    smash: Callable[[str], str]
    digit_frequency: Callable[[str], float]


def _tokens(word: str) -> list[str] | None:
    """wordfreq's English tokens of `word` (already lower case), None if not a simple shape."""
    if not _SIMPLE.fullmatch(word):
        return None
    tokens = []
    for run in _RUN.findall(word):
        while article := _ARTICLE.match(run):
            tokens.append(run[: article.end() - 1])
            run = run[article.end() :]
        tokens.append(run)
    return tokens


def _combined_zipf(parts: _Parts, found: dict[str, float]) -> float:
    """wordfreq.zipf_frequency of a word made of `parts`, step for step as wordfreq does
    it (_word_frequency, word_frequency, zipf_frequency), so the floats are the same."""
    if not parts.tokens:
        return round(math.log(_MINIMUM, 10) + 9, 2)
    one_over_result = 0.0
    for token in parts.tokens:
        smashed = parts.smash(token)
        if smashed not in found:
            return round(math.log(_MINIMUM, 10) + 9, 2)
        frequency = found[smashed]
        if smashed != token:
            frequency *= parts.digit_frequency(token)
        one_over_result += 1.0 / frequency
    unrounded = max(1.0 / one_over_result, _MINIMUM)
    rounded = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)


def _smash(token: str) -> str:
    return _DIGITS.sub(lambda digits: "0" * len(digits.group()), token)


def _digit_frequency(token: str) -> float:
    frequency = 1.0
    for digits in _DIGITS.findall(token):
        benford = _BENFORD[int(digits[0])] / 10 ** (len(digits) - 1)
        if len(digits) != 4:
            frequency *= benford
            continue
        year = int(digits)
        if year <= _REFERENCE_YEAR:
            log_frequency = _YEAR_LOG_PEAK - 0.0083 * (_REFERENCE_YEAR - year)
        elif year <= _REFERENCE_YEAR + _PLATEAU:
            log_frequency = _YEAR_LOG_PEAK
        else:
            log_frequency = _YEAR_LOG_PEAK - 0.2 * (year - (_REFERENCE_YEAR + _PLATEAU))
        frequency *= 10.0**log_frequency + _NOT_YEAR * benford
    return frequency


def _lookup(words: set[str]) -> dict[str, float]:
    """The frequency of each of `words` that the list holds."""
    if _band_index.cache_info().currsize:  # the index is built (zipf_frequency): use it
        index = _band_index()
        return {w: 10 ** (-index[w] / 100) for w in words if w in index}
    found: dict[str, float] = {}
    for index, band in enumerate(_bands()):
        hits = words.intersection(band)
        if hits:
            found.update(dict.fromkeys(hits, 10 ** (-index / 100)))
    return found


@lru_cache(maxsize=1)
def _bands() -> list[list[str]]:
    """The list's words by frequency band: band i holds the words of frequency 10**(-i/100)."""
    spec = importlib.util.find_spec("wordfreq")  # where it is, without importing it
    try:
        if spec is None or not spec.submodule_search_locations:
            raise OSError("wordfreq has no package folder")
        path = Path(next(iter(spec.submodule_search_locations)), "data", _LIST_FILE)
        # Decompressed in one call, not through a file object's chunks (a quarter faster).
        data = msgpack.unpackb(gzip.decompress(path.read_bytes()), raw=False)
        header = data[0]
        if not isinstance(header, dict) or header.get("format") != "cB" or header["version"] != 1:
            raise ValueError(f"unexpected header in {path}: {header!r}")
        return data[1:]
    except _UNREADABLE:
        # A wordfreq that keeps its data elsewhere or in a new format: ask it.
        import wordfreq

        return wordfreq.get_frequency_list("en", "large")
