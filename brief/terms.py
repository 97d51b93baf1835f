"""Words as the comparisons see them: stop lists, the stemmer, content terms.

Shared by stories (grouping), concepts (bigrams), rank (sumy's stop list) and dedupe (what
a source carries), so that every stage agrees on what a "word" of a claim is.
"""

from __future__ import annotations

import itertools
import pkgutil
from collections.abc import Sequence
from functools import lru_cache

import Stemmer

LANGUAGE = "english"

# Negations change what a sentence claims; sumy's stop list drops them.
NEGATIONS = frozenset({"no", "not", "nor", "never", "n't", "cannot", "without"})
# Attribution verbs say how a source quoted someone, not what was claimed: "Kirby said"
# and "Kirby continued" report the same words.
ATTRIBUTION_VERBS = frozenset(
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
# What is never a content word: sumy's stop words less negations, plus attribution verbs.
STOP_WORDS = (SUMY_STOP_WORDS - NEGATIONS) | ATTRIBUTION_VERBS

# Snowball's English stemmer, from its authors' C library (PyStemmer): the algorithm sumy
# takes from NLTK, in a newer revision ("international" is no longer "intern"), 20x
# faster, and without NLTK's second of imports.
_SNOWBALL = Stemmer.Stemmer(LANGUAGE)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball stem of a lower-cased word; curly apostrophes read as straight ones."""
    return _SNOWBALL.stemWord(word.replace("’", "'"))


def is_fragment(word: str) -> bool:
    """True for pieces of a word the tokenizer split off: "'s", "n't", "'re", "'ll", "-".

    They are grammar, not content: counted as terms, three shared words and a "'s" made
    a sentence look carried by a source that said something else.
    """
    bare = word.replace("’", "'")
    if bare.startswith("'") or bare.lower() == "n't":
        return True
    if not any(c.isalnum() for c in bare):
        return True
    return len(bare) == 1 and not bare.isdigit()  # "a", a stray initial; "5" counts


def is_acronym(word: str) -> bool:
    """'US', 'U.S.', 'NATO': kept in capitals, so "US" is not the pronoun "us"."""
    bare = word.replace(".", "")
    return 2 <= len(bare) <= 5 and bare.isupper()


def content_terms(words: Sequence[str]) -> list[str]:
    """Stemmed, lower-cased content words (acronyms in capitals), fragments left out."""
    out = []
    for n, word in enumerate(words):
        if (term := _content_term(word)) is None:
            continue
        if len(word) <= 3 and contracted(words, n) and not is_acronym(word):
            continue
        out.append(term)
    return out


def content_term_set(words: set[str]) -> set[str] | None:
    """set(content_terms(ws)) for any order ws of `words`, from the distinct words alone
    (each looked up once); None when they hold half a contraction ("ca", "wo", "sha"):
    whether that half is a term depends on the word after it, which only the words in
    order tell."""
    if not _CONTRACTION_HALVES.isdisjoint(words):
        return None
    terms = set(map(_content_term, words))
    terms.discard(None)
    return terms  # type: ignore[return-value]  # None was taken out


@lru_cache(maxsize=200_000)
def _content_term(word: str) -> str | None:
    """The term of one word, or None (a fragment, a stop word): the same for every use of
    the word, so computed once (titles and citations ask for the same words many times)."""
    if is_acronym(word):
        return word.replace(".", "")
    if is_fragment(word):
        return None
    lower = word.lower()
    return None if lower in STOP_WORDS else stem(lower)


_CONTRACTION_HEADS = ("ca", "wo", "sha")
# The same in every mix of cases ("Ca", "WO"): what `contracted` can find in a text.
_CONTRACTION_HALVES = frozenset(
    "".join(letters)
    for head in _CONTRACTION_HEADS
    for letters in itertools.product(*((c, c.upper()) for c in head))
)


def contracted(words: Sequence[str], n: int) -> bool:
    """The "ca" of "can't", the "wo" of "won't": the tokenizer's half of a contraction."""
    return (
        n + 1 < len(words)
        and words[n].lower() in _CONTRACTION_HEADS
        and words[n + 1].replace("’", "'").lower() == "n't"
    )


def stem_tokens(words: Sequence[str]) -> list[tuple[str, bool]]:
    """Every word stemmed and lower-cased, with whether it is a stop word (sumy's list)."""
    return [(stem(w.lower()), w.lower() in SUMY_STOP_WORDS) for w in words]


# One word, several spellings or forms that Snowball does not join: British spellings,
# irregular plurals and past tenses. Mapped before stemming, so "honoured" is "honored"
# and "fled" is "flee"; every pair is the same word, never a near-synonym.
# British beginnings, with whatever ending follows ("honourable", "neighbourhood").
_BRITISH_STARTS = (
    *(f"{root}our" for root in ("hon", "fav", "lab", "col", "behavi", "neighb")),
    *(f"{root}our" for root in ("harb", "rum", "hum", "vig", "endeav", "arm")),
    *("defence", "offence", "centre", "theatre", "programme", "catalogue", "manoeuvr"),
    *("paediatric", "foet", "sceptic", "jewellery"),
)
_AMERICAN_STARTS = {
    "defence": "defense",
    "offence": "offense",
    "centre": "center",
    "theatre": "theater",
    "programme": "program",
    "catalogue": "catalog",
    "manoeuvr": "maneuver",
    "paediatric": "pediatric",
    "foet": "fet",
    "sceptic": "skeptic",
    "jewellery": "jewelry",
}
_BRITISH = {"grey": "gray", "tyre": "tire", "tyres": "tires"}
# -ise verbs whose -ize spelling is the same word (not "rise", "promise", "advise"...).
_ISE_ROOTS = (
    *("organ", "recogn", "real", "critic", "apolog", "emphas", "author", "mobil"),
    *("priorit", "final", "legal", "character", "summar", "minim", "maxim", "util"),
    *("hospital", "penal", "privat", "scrutin", "sympath", "special", "standard"),
    *("stabil", "symbol", "modern", "civil", "colon", "capital", "central", "normal"),
)
_ISE_ENDINGS = {"ise": "ize", "ised": "ized", "ises": "izes", "ising": "izing"}
_ISE_ENDINGS |= {"isation": "ization", "isations": "izations"}
_BRITISH |= {
    f"{root}{british}": f"{root}{american}"
    for root in _ISE_ROOTS
    for british, american in _ISE_ENDINGS.items()
}
_BRITISH |= {
    f"{root}{ending}": f"{root}yze{ending[3:]}"
    for root in ("anal", "paral")
    for ending in ("yse", "ysed", "yses", "ysing")
}
_IRREGULAR = {
    **dict.fromkeys(("children",), "child"),
    **dict.fromkeys(("women",), "woman"),
    **dict.fromkeys(("men",), "man"),
    **dict.fromkeys(("persons",), "people"),
    **dict.fromkeys(("fled",), "flee"),
    **dict.fromkeys(("sought",), "seek"),
    **dict.fromkeys(("struck", "stricken"), "strike"),
    **dict.fromkeys(("held",), "hold"),
    **dict.fromkeys(("took", "taken"), "take"),
    **dict.fromkeys(("gave", "given"), "give"),
    **dict.fromkeys(("began", "begun"), "begin"),
    **dict.fromkeys(("fell", "fallen"), "fall"),
    **dict.fromkeys(("ran",), "run"),
    **dict.fromkeys(("sent",), "send"),
    **dict.fromkeys(("built",), "build"),
    **dict.fromkeys(("paid",), "pay"),
    **dict.fromkeys(("sold",), "sell"),
    **dict.fromkeys(("bought",), "buy"),
    **dict.fromkeys(("brought",), "bring"),
    **dict.fromkeys(("caught",), "catch"),
    **dict.fromkeys(("fought",), "fight"),
    **dict.fromkeys(("spent",), "spend"),
    **dict.fromkeys(("grew", "grown"), "grow"),
    **dict.fromkeys(("knew", "known"), "know"),
    **dict.fromkeys(("threw", "thrown"), "throw"),
    **dict.fromkeys(("flew", "flown"), "fly"),
    **dict.fromkeys(("wrote", "written"), "write"),
    **dict.fromkeys(("spoke", "spoken"), "speak"),
    **dict.fromkeys(("broke", "broken"), "break"),
    **dict.fromkeys(("drove", "driven"), "drive"),
    **dict.fromkeys(("stole", "stolen"), "steal"),
    **dict.fromkeys(("chose", "chosen"), "choose"),
    **dict.fromkeys(("became",), "become"),
    **dict.fromkeys(("came",), "come"),
    **dict.fromkeys(("swore", "sworn"), "swear"),
    **dict.fromkeys(("withdrew", "withdrawn"), "withdraw"),
    **dict.fromkeys(("shook", "shaken"), "shake"),
    **dict.fromkeys(("hid", "hidden"), "hide"),
    **dict.fromkeys(("froze", "frozen"), "freeze"),
    **dict.fromkeys(("rode", "ridden"), "ride"),
    **dict.fromkeys(("arose", "arisen"), "arise"),
    **dict.fromkeys(("met",), "meet"),
    **dict.fromkeys(("dealt",), "deal"),
    **dict.fromkeys(("taught",), "teach"),
    **dict.fromkeys(("thought",), "think"),
    **dict.fromkeys(("won",), "win"),
    **dict.fromkeys(("lost",), "lose"),
}
SPELLINGS = {**_BRITISH, **_IRREGULAR}


def same_word(word: str) -> str:
    """The one spelling of a word the carry relation compares ("honoured" -> "honored",
    "fled" -> "flee", "children" -> "child"); other words as they are."""
    lower = word.lower()
    if lower in SPELLINGS:
        return SPELLINGS[lower]
    if lower.startswith(_BRITISH_STARTS):
        for start in _BRITISH_STARTS:
            if lower.startswith(start):
                american = _AMERICAN_STARTS.get(start, start[:-2] + "r")  # honour -> honor
                return american + lower[len(start) :]
    return word
