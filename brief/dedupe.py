"""Which sources carry a claim, and which sentences a briefing must not show together.

Two relations over the sentences of a story (dense n×n boolean matrices, n being one
story's sentences):

* **carry** (`supports`): a source carries a claim only if one of its sentences, or two
  adjacent ones, states it, a relation we would defend in front of the cited outlet:

  - every content term of the claim (stemmed real words, numbers, names; not fragments
    like "'s" or "n't") is there, after the spellings of one word or number are made
    equal (British and American spellings, irregular forms such as "fled"/"flee",
    "children"/"child"; "1,000", "1000" and "one thousand"; "1 million", "1m" and
    "1,000,000"; "United States"/"US", "United Nations"/"UN", "European Union"/"EU") and
    a few words news uses for the same thing ("died"/"killed"/"dead", "injured"/
    "wounded", "bought"/"purchased", "talks"/"negotiations", "spokesman"/
    "spokesperson", "plane"/"aircraft"/"airplane", "reviving"/"restoring"); "in order
    to" says no more than "to";
  - the negation and modality cues are the same on both sides ("not", "refused to",
    "denied", "ruled out", "may", "would", "if", ...): "ruled out taking the Games" is not
    carried by "refused to rule out taking the Games", nor "X resigned" by "X may resign";
  - one plain word of a claim of six or more terms (two of twelve or more) may be said in
    another word, in the same place of one sentence or swapped with a neighbour ("a
    collision with a heavy object" / "a massive object"; "improperly installed" /
    "installed incorrectly"; see `substituted`): never a name, a figure, a cue, a word
    with a rival ("won"/"lost"), an event word ("questioned" is not "arrested", "to
    inspect" not "to repair"), or a word inside a quotation;
  - "a failed ceasefire" names a thing, it negates nothing: "talks on reviving a failed
    ceasefire" carry "talks on restoring a ceasefire" (and "the failed deal" is "the deal
    failed");
  - a claim with an extra clause the source lacks is not carried (its terms are missing);
  - "at least 3 years" is not carried by "around 3 years", "the dominant force" not by
    "a dominant force", "died" not by "feared dead", nor a fact by a source that only
    reports someone contending it ("the builder's defense is that…", "…, she says in her
    complaint", "some say…"); a bound or rank on a detail the claim leaves out does not
    matter ("died later" is carried by "died about an hour later");
  - the words of a quotation are inside a quotation in the source, not paraphrased;
  - only the speaker named in an attribution ("…," State Department spokesman John Kirby
    said) may be introduced elsewhere in the source, as news does ("…," Kirby said,
    after an earlier "State Department spokesman John Kirby"), and so may how it was
    said ("in a statement"); the surname must still be in the carrying sentence. The
    speaker may follow the verb ("…, said Jane Doe, a spokeswoman for the port", "…,
    according to the port authority"), and the day it was said may be another day word
    ("…, officials said today" / "…, officials said Wednesday": one statement, written
    up on another day; never the day of the fact itself);
  - a claim in reported speech ("The US suspended talks, the State Department said on
    Monday") is also carried by a sentence that states the same fact as its own news,
    naming no one ("The US on Monday suspended talks"): the source reports the fact, so
    it is one of the sources that reported it. Never a sentence that attributes it
    itself (to whomever: "…, Russian officials said", "according to …"), never the words
    of a quotation, and the fact alone must still be a claim (`MIN_FACT_TERMS`);
  - two adjacent sentences carry a claim only if each says a real part of it, and the
    claim's figures are all in one of them.

  A claim cites exactly the sources that carry it, so a citation never credits a source
  with more than it said.
* **redundancy**: two sentences overlap so much that a reader would find the second a
  repeat: one carries the other, or their TF-IDF cosine or term containment is high. It
  is looser than carry: a briefing never holds two redundant sentences, but a source is
  cited only when it carries the claim.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import numpy as np
from scipy import sparse

from .models import Sentence
from .terms import content_terms, contracted, is_acronym, same_word, stem
from .vectors import count_matrix, tfidf

# A claim needs this many content terms before a match in another sentence means anything
# (three, as in "X never was granted a stay", match by chance).
MIN_SUPPORT_TERMS = 4
# Two adjacent sentences may carry a claim of at least this many content terms.
MIN_PAIR_TERMS = 8
# Redundant when TF-IDF cosine or the containment of the shorter in the longer reaches these.
REDUNDANT_COSINE = 0.3
REDUNDANT_CONTAINMENT = 0.6
# Two sentences that give the same figure (of two digits or more) and share this much are
# one fact in other words: "…forced about 400 residents to flee" and "…about 400 people
# to leave their homes".
REDUNDANT_SAME_NUMBER = 0.4
# Two sentences that quote the same words (a quotation of this many content words or
# more, word for word) report one remark, however they frame it: `… told reporters the
# council was waging a "tax war" …` and `… said the new levy was part of the "tax war" …`.
# Outlets copy a quotation exactly while they paraphrase around it, so the cosine misses it.
REDUNDANT_QUOTED_TERMS = 2
_QUOTED_WORD = re.compile(r"[\w'’-]+")
# A claim in reported speech is carried by a sentence stating its fact as news when the
# fact, without who said it and when, still has this many terms (one more than any claim
# needs, `MIN_SUPPORT_TERMS`: the attribution was part of what made it a claim).
MIN_FACT_TERMS = 5
# A claim of at least this many core terms may be carried by a sentence that says one of
# its plain words in another word, in the same place (see `substituted`): five of six
# terms, every name and figure, the same cues.
MIN_PARAPHRASE_TERMS = 6
# Two plain words may be said otherwise, each in its own place, in a claim of this many core
# terms: ten of twelve terms, every name and figure, the same cues.
MIN_TWO_PARAPHRASE_TERMS = 12

# Cues that change what is claimed without being content words, by meaning: each word
# maps to a label, and the labels of a claim and of its carrying sentence(s) must agree.
_CUES = {
    **dict.fromkeys(
        ("not", "n't", "no", "never", "nobody", "none", "nothing", "neither", "nor"), "NOT"
    ),
    **dict.fromkeys(("nowhere", "cannot", "without", "unlikely"), "NOT"),
    **dict.fromkeys(("refuse", "refused", "refuses", "refusing", "refusal"), "REFUSE"),
    **dict.fromkeys(("decline", "declined", "declines", "declining"), "REFUSE"),
    **dict.fromkeys(("deny", "denied", "denies", "denying", "denial"), "DENY"),
    **dict.fromkeys(("reject", "rejected", "rejects", "rejecting", "dismissed"), "DENY"),
    **dict.fromkeys(("fail", "failed", "fails", "failing", "failure", "unable"), "FAIL"),
    **dict.fromkeys(("may", "might", "could", "possibly", "perhaps", "maybe"), "MAY"),
    **dict.fromkeys(("possible", "likely", "unlikely", "probably", "allegedly"), "MAY"),
    **dict.fromkeys(("feared", "presumed"), "MAY"),  # "feared dead" is not "died"
    **dict.fromkeys(("will", "would", "'ll", "shall"), "WILL"),
    **dict.fromkeys(("should", "must", "ought"), "MUST"),
    **dict.fromkeys(("if", "unless", "whether"), "IF"),
    "against": "AGAINST",  # "voted against the bill" is not "voted for" it ("for" is no term)
}
# Where one clause of a sentence ends and the next begins.
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-–—]+\s|\s(?=but\s)")
# Words that rank: with "the" they claim more than with "a" (see `cues`).
_RANKS = frozenset(
    {
        *("dominant", "leading", "largest", "biggest", "only", "first", "last", "main"),
        *("top", "best", "worst", "highest", "lowest", "sole", "major", "primary"),
    }
)
# A frame that makes what follows one side's contention, not a fact: "the builder's defense
# is that…", "aides contended that…", "… she says in her complaint", "Police were told…".
# Checked over the whole sentence on both sides: a claim stated as fact is not carried by
# a source that only reports someone contending it.
_CONTENTION = re.compile(
    r"\b(?:contend(?:s|ed|ing)?|contention|alleg(?:e|es|ed|ing|ation|ations))\b"
    r"|\bdefen[cs]e\b[^.]{0,40}?\b(?:is|was) that\b|\b(?:in|for) (?:his|her|their|its) defen[cs]e\b"
    r"|\b(?:says?|said|claims?|alleges?) in (?:his|her|their|its|the|a)"
    r" (?:complaint|lawsuit|suit)\b"
    r"|\b(?:complaint|lawsuit|suit) (?:says|said|claims|states|stated)\b"
    r"|\b(?:was|were) told\b|\b(?:insist|argu|maintain|claim)(?:s|ed|es|e|ing)? that\b"
    # What a hearing heard is what it "was told": "The inquest heard that the pier was …".
    r"|\b(?:court|inquest|jury|tribunal|hearing|trial|inquiry) (?:has |had )?heard\b"
    # "The union maintained the strikes were allowed": a contention without its "that".
    r"|\bmaintain(?:s|ed)? (?:the|its|his|her|their) \w+ (?:was|were|is|are|had|has)\b"
    r"|\bsome (?:\w+ )?(?:say|said|believe|think|argue|claim|suggest)\b",  # "Some say …"
    re.IGNORECASE,
)
# How a figure is bounded: "at least 3 years" is not "around 3 years"; "nearly 15 percent"
# and "about 15 percent" are the same.
_BOUND = {
    **dict.fromkeys(("at least", "more than", "over", "upwards of", "in excess of"), "AT-LEAST"),
    **dict.fromkeys(("at most", "less than", "fewer than", "under", "up to"), "AT-MOST"),
    **dict.fromkeys(("about", "around", "nearly", "almost", "roughly", "some"), "ABOUT"),
    **dict.fromkeys(("approximately", "an estimated", "close to"), "ABOUT"),
}
_BOUNDED = re.compile(
    r"\b(" + "|".join(sorted(_BOUND, key=len, reverse=True)) + r")\s+(?=[$€£]?(\d[\d,.]*\d|\d))",
    re.IGNORECASE,
)
_QUOTE_MARKS = re.compile(r"[\"“”«»]|``|''")
_RULE_OUT = re.compile(r"\brul(?:e|ed|es|ing) out\b", re.IGNORECASE)
# "a failed ceasefire", "the failing schools": a word of failing that describes the next
# word, after an article or a possessive (see `_failed_things`); not "the failing of …".
_ATTRIBUTIVE_FAIL = re.compile(
    r"\b(?:a|an|the|its|their|his|her|this|that|our)\s+fail(?:ed|ing)\s+(?!of\b)[a-z]",
    re.IGNORECASE,
)

# Paraphrases made equal before comparing (stem -> canonical stem). Precision first: only
# words news uses interchangeably for the same thing. ("detained" is not "arrested", nor
# "America" the US: an outlet could rightly object to either.)
_SAME = {
    "negoti": "talk",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokespeopl": "spokesperson",
    # "217 people died in the crash" and "the crash killed 217 people", "were found dead"
    **dict.fromkeys(("kill", "dead"), "die"),
    **dict.fromkeys(("airplan", "aircraft", "jetlin"), "plane"),
    **dict.fromkeys(("injuri", "wound"), "injur"),  # "injured", "injuries", "wounded"
    "purchas": "buy",
    "reviv": "restor",  # "reviving the ceasefire", "restoring the ceasefire"
    "kid": "child",
    "aboard": "board",  # "on board"
    "britain": "UK",
}
# Two words that name one thing (stems; the first is replaced, the second dropped).
_NAMES = {
    ("unit", "state"): "US",
    ("unit", "nation"): "UN",
    ("unit", "kingdom"): "UK",
    ("european", "union"): "EU",
}
# Words of sumy's stop list that change what a claim states: "the fever can cause
# blindness" is not "two people went blind from the fever", "the second time" not "the
# first time". They are content terms here (and only here: grouping and ranking keep
# sumy's list). Not "before" and "after": a file tells the order of events in other words
# ("repairs had kept it closed") far more often than a claim reverses it.
_KEPT = frozenset(
    {
        *("cause", "causes", "help", "helps", "first", "second", "third", "last"),
        *("twice", "more", "less", "most", "least", "serious", "seriously", "above"),
        "below",
    }
)
# Attribution verbs that terms.ATTRIBUTION_VERBS (shared with grouping and ranking) lacks.
_ALSO_ATTRIBUTION = frozenset({"stated"})
# Numbers written as words are the same numbers as digits (sumy's stop list drops "one",
# but a number is part of every claim that holds one).
_NUMBERS = {
    word: str(n)
    for n, word in enumerate(
        (
            *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight"),
            *("nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"),
            *("sixteen", "seventeen", "eighteen", "nineteen", "twenty"),
        )
    )
}
_NUMBERS |= {
    word: str(10 * n)
    for n, word in enumerate(
        ("thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"), start=3
    )
}
# "1,000", "1000", "one thousand"; "1 million", "1m", "1,000,000": one number.
_SCALES = {
    "hundred": 10**2,
    "thousand": 10**3,
    "million": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "trillion": 10**12,
}
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
# "1m" and "5bn" glued; apart, "2 m" is two metres.
_SCALED = re.compile(r"(\d+(?:\.\d+)?)(m|bn)")
_FIGURE = re.compile(r"\d[\d,.]*\d|\d")
# "per cent", "percent" and "%": the number carries the claim, the unit is a spelling.
_DROPPED = frozenset({"percent", "cent", "pct"})

# An attribution that ends the sentence: `…," State Department spokesman John Kirby said.`
# or `…, the State Department said on Monday.` The speaker's words may be introduced
# anywhere in the carrying source.
_SPEAKER_AT_END = re.compile(
    r"""(?:,|[,"”'’]\s*["”'’]?)\s*(?P<who>[^,"“”;:]{2,90}?)\s+
    (?:said|says|added|adds|told\s+\w+|continued|noted|explained|insisted|stressed|argued)
    (?:\s+(?P<how>in\s+an?\s+(?:\w+\s+)?(?:statement|e-?mail|interview|tweet|letter))
    |\s+(?:on|in|at|late|early|last|this|today|tonight|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|
    Satur|Sun)day)\b[^,"“”]{0,30})?\s*[.!?]["”'’]?$""",
    re.VERBOSE,
)
# The verb first: `…, said Jane Doe, a spokeswoman for the port.` or `…, according to the
# port authority.` The speaker may have one appositive (never a clause: ", adding that …",
# ", who …"); the surname is the last capitalised word before it.
_SPEAKER_INVERTED = re.compile(
    r""",\s*(?:(?:said|says|added|adds)\s+
    (?!(?:in|on|at|by|to|for|with|from|that|this|last|earlier|later|late|early|yesterday|
    today|tonight|then|also|so|it|he|she|they|we|I|you)\b)
    (?P<who>(?P<name>[^,"“”;:]{2,60}?)
    (?:,\s+(?!(?:adding|saying|noting|who|whose|which|as|and|but|because|while|when|after|
    before|although|though|if|since|in|on|at|to)\b)[^,"“”;:]{2,90}?)?)
    |according\s+to\s+(?P<source>[^,"“”;:]{2,90}?))\s*[.!?]["”'’]?$""",
    re.VERBOSE,
)
# `Kirby said …` / `State Department spokesman John Kirby told reporters …`
_SPEAKER_AT_START = re.compile(
    r"""^(?P<who>(?:[A-Z][\w.'’-]*\s+|(?:of|the|for|and)\s+){1,8}?)
    (?:said|says|added|told|continued|noted|explained|insisted|stressed|argued)\b""",
    re.VERBOSE,
)


# The "ca" of "can't", "wo" of "won't", "sha" of "shan't" (see terms.contracted).
_HALVES = frozenset({"ca", "wo", "sha", "CA", "WO", "SHA"})


def _word_terms(words: Sequence[str]) -> list[str | None]:
    """The carry term of each word (None for stop words and fragments), in order."""
    out: list[str | None] = list(map(_carry_word, words))
    if _SPECIAL.isdisjoint(out):
        return out  # most sentences: no half of a contraction, nothing to join
    for n, word in enumerate(words):
        term = out[n]
        if term in _HALVES and contracted(words, n):
            out[n] = term = None
        elif term == "order" and _in_order_to(words, n):
            out[n] = term = None  # "in order to set up" says no more than "to set up"
        if term not in _JOINING:
            pass  # most words: nothing to join with the word before (the test is quicker)
        elif n and (out[n - 1], term) in _NAMES:
            out[n - 1], out[n] = _NAMES[out[n - 1], term], None  # "the United States": "US"
        elif n and word.lower() in _SCALE_WORDS and out[n - 1] and out[n - 1][:1].isdigit():
            out[n - 1], out[n] = _scaled(out[n - 1], _SCALES[word.lower()]), None  # "1 million"
    return out


def _in_order_to(words: Sequence[str], n: int) -> bool:
    return 0 < n < len(words) - 1 and (words[n - 1].lower(), words[n + 1].lower()) == ("in", "to")


def _scaled(number: str, scale: int) -> str:
    """A figure times its scale, written as digits: ("2.5", 10**6) -> "2500000". A
    figure no digits can hold ("1e100 million": more than the context's 28 digits) stays
    as written."""
    try:
        value = Decimal(number) * scale
        return str(value.quantize(1)) if value == value.to_integral_value() else str(value)
    except InvalidOperation:
        return number


@lru_cache(maxsize=200_000)
def _carry_word(word: str) -> str | None:
    lower = word.lower()
    number = _NUMBERS.get(lower)
    if number is not None:
        return number
    if lower in _ALSO_ATTRIBUTION:
        return None
    if lower in _KEPT:
        return stem(lower)
    scaled = _SCALED.fullmatch(lower)
    if scaled:
        return _scaled(scaled[1], _SCALES[scaled[2]])  # "1m", "5bn"
    found = content_terms((word if is_acronym(word) else same_word(word),))
    if not found:
        return None
    term = found[0].replace(",", "") if found[0][:1].isdigit() else found[0]  # "1,000"
    term = _SAME.get(term, term)
    return None if term in _DROPPED else term


# Day words: the day of an attribution may be said as another one (`_when_said`).
_DAYS = frozenset(
    _carry_word(w)
    for w in (
        *("today", "tonight", "yesterday", "monday", "tuesday", "wednesday", "thursday"),
        *("friday", "saturday", "sunday"),
    )
) - {None}
# The terms of second words of _NAMES and of _SCALE_WORDS: only they join the word before.
_JOINING = frozenset({second for _, second in _NAMES} | {_carry_word(w) for w in _SCALE_WORDS})
# The terms `_word_terms` looks at twice: a sentence with none of them needs no second look.
_SPECIAL = _JOINING | _HALVES | {"order"}


def cues(text: str, words: Sequence[str]) -> frozenset[str]:
    """The negation and modality labels of a sentence (see _CUES)."""
    found = {
        _CUES[lower]
        for word in words
        if (lower := word.replace("’", "'").lower()) in _CUES and word != "May"
    }  # "May": the month, far more often than a sentence opening on the modal
    if "FAIL" in found and _ATTRIBUTIVE_FAIL.search(text):
        found = _failed_things(text, words, found)
    if not _RANKS.isdisjoint(w.lower() for w in words[1:]):
        found.update(_rank_cues(words))
    lower_text = text.lower()
    if "out" in lower_text and _RULE_OUT.search(text):
        found.add("RULE_OUT")
    if any(map(str.isdigit, text)):
        # The bound with its figure: "ABOUT 45" (see `_about_the_claim`).
        found.update(f"{_BOUND[m[1].lower()]} {_figure(m[2])}" for m in _BOUNDED.finditer(text))
    if text.rstrip("\"”'’ ").endswith("?"):
        found.add("ASK")  # a question asks; the answer is another claim
    return frozenset(found)


def _failed_things(text: str, words: Sequence[str], found: set[str]) -> set[str]:
    """ "a failed ceasefire" names a thing that failed: what the sentence says of it is not
    negated ("talks on reviving a failed ceasefire" state the talks). Its label is
    A-FAIL, which bears on a claim only if the claim says "fail" too (`_about_the_claim`).
    FAIL stays if another word of the sentence fails ("failed to agree on a failed plan")."""
    attributive = len(_ATTRIBUTIVE_FAIL.findall(text))
    failing = sum(_CUES.get(w.lower()) == "FAIL" for w in words)
    found.add("A-FAIL")
    if failing <= attributive:
        found.discard("FAIL")
    return found


def _rank_cues(words: Sequence[str]) -> set[str]:
    """ "the dominant force" is more than "a dominant force" or "one of the largest"."""
    found = set()
    for n, word in enumerate(words):
        lower = word.lower()
        if lower in _RANKS and n:
            before = [w.lower() for w in words[max(0, n - 3) : n]]
            one_of = before[-3:-1] == ["one", "of"]
            if before[-1] == "the" and not one_of:
                found.add(f"THE-{lower}")
            elif before[-1] in ("a", "an") or one_of:
                found.add(f"A-{lower}")
    return found


@dataclass(frozen=True, slots=True)
class Terms:
    """The terms of one sentence: what it claims, and who it says claims it."""

    core: frozenset[str]  # terms the carrying sentence(s) must hold
    speaker: frozenset[str]  # terms of the attributed speaker: anywhere in the source
    surname: str | None  # the speaker's last name: in the carrying sentence(s)
    terms: frozenset[str]  # every term, for when this sentence is the one carrying
    # Core terms of the attribution besides the speaker, "said on Monday": what the fact
    # alone leaves out (see `as_news`).
    told: frozenset[str] = frozenset()

    @property
    def claims_enough(self) -> bool:
        """Whether a match in another sentence can mean anything (MIN_SUPPORT_TERMS)."""
        return len(self.core) + len(self.speaker) >= MIN_SUPPORT_TERMS


@dataclass(frozen=True, slots=True)
class Profile:
    """What a sentence claims, as the carry relation compares it."""

    core: frozenset[str]
    speaker: frozenset[str]
    surname: str | None
    terms: frozenset[str]
    told: frozenset[str]
    cues: frozenset[str]
    # (terms, cues) of each clause: when this sentence carries a claim, the cues that count
    # are those of the clauses that hold the claim's words, not of an aside elsewhere.
    clauses: tuple[tuple[frozenset[str], frozenset[str]], ...]
    quoted: frozenset[str]  # terms inside quotation marks: someone's own words
    contends: bool  # framed as someone's contention (see _CONTENTION)
    figures: frozenset[str]  # figures as written ("45", "2.5"): what a bound applies to
    # It names who says it: a word of saying or reporting anywhere (see `as_news`).
    attributed: bool


# The verbs of _SPEAKER_AT_END and _SPEAKER_AT_START: without one, neither can match.
_SPEAKER_VERBS = frozenset(
    {
        *("said", "says", "added", "adds", "told", "continued", "noted", "explained"),
        *("insisted", "stressed", "argued"),
    }
)


def claim_terms(text: str, words: Sequence[str]) -> Terms:
    """The terms of one sentence, the attributed speaker's apart."""
    terms = _word_terms(words)
    every = [t for t in terms if t]
    speaker: list[str] = []
    told: list[str] = []
    surname = None
    match = None
    if not _SPEAKER_VERBS.isdisjoint(words):
        match = (
            _SPEAKER_AT_END.search(text)
            or _SPEAKER_AT_START.match(text)
            or _SPEAKER_INVERTED.search(text)
        )
    elif "according" in words:
        match = _SPEAKER_INVERTED.search(text)
    if match:
        offsets = _offsets(text, words)
        groups = match.groupdict()
        who = match.span("source") if groups.get("source") else match.span("who")
        span = [n for n, o in enumerate(offsets) if who[0] <= o < who[1]]
        # How it was said ("in a statement") is told anywhere in the source, like who.
        how = groups.get("how") and match.span("how")
        said = [n for n, o in enumerate(offsets) if how and how[0] <= o < how[1]]
        speaker = [terms[n] for n in span + said if terms[n]]
        # The name, not its appositive: "said Jane Doe, a spokeswoman for the Port" is Doe.
        named = match.span("name") if groups.get("name") else who
        names = [n for n in span if words[n][:1].isupper() and offsets[n] < named[1]]
        surname = terms[names[-1]] if names else None
        rest = set(span + said)
        told = [
            terms[n]
            for n, o in enumerate(offsets)
            if terms[n] and match.start() <= o < match.end() and n not in rest
        ]
    if speaker:
        left = Counter(every)
        left.subtract(Counter(speaker))
        core = frozenset(t for t, n in left.items() if n > 0)
        # A term the fact says too ("in Kabul, … said in Kabul") stays the fact's.
        left.subtract(Counter(told))
        told_only = frozenset(t for t in core if left[t] <= 0)
        return Terms(core, frozenset(speaker), surname, frozenset(every), told_only)
    return Terms(frozenset(every), frozenset(), surname, frozenset(every))


def profile(text: str, words: Sequence[str], known: Terms | None = None) -> Profile:
    """The claim of one sentence: its terms split into core and speaker, its cues, and
    the terms and cues of each clause (each word is placed by its offset). `known` is
    `claim_terms(text, words)` when the caller has it already."""
    base = known or claim_terms(text, words)
    terms = _word_terms(words)
    offsets = _offsets(text, words)
    # Clauses: the words between two breaks, with that stretch's cues.
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    parts = _CLAUSE_BREAK.split(text)
    in_clause: list[list[int]] = [[] for _ in parts]
    for n, offset in enumerate(offsets):
        in_clause[bisect_right(breaks, offset)].append(n)
    clauses = tuple(
        (
            frozenset(terms[n] for n in members if terms[n]),
            cues(part, [words[n] for n in members]),
        )
        for part, members in zip(parts, in_clause, strict=True)
        if part.strip()
    )
    # Quotations: words between an odd and an even mark; all, if the marks are odd.
    marks = [m.start() for m in _QUOTE_MARKS.finditer(text)]
    quoted = frozenset(
        terms[n]
        for n, offset in enumerate(offsets)
        if terms[n] and marks and (len(marks) % 2 or bisect_right(marks, offset) % 2)
    )
    return Profile(
        core=base.core,
        speaker=base.speaker,
        surname=base.surname,
        terms=base.terms,
        told=base.told,
        cues=frozenset().union(*(c for _, c in clauses)),
        clauses=clauses,
        quoted=quoted,
        contends=bool(_CONTENTION.search(text)),
        # Read clause by clause, as the bounds are ("60,000" is "60" and "000" there).
        figures=frozenset(_figure(f) for part in parts for f in _FIGURE.findall(part)),
        attributed=_attributes(words),
    )


# Words that say someone says or reports it: a sentence with one of them attributes its
# fact, so it carries a claim only as the claim attributes it (`carried`), never as news.
_SAYING = _SPEAKER_VERBS | frozenset(
    {
        *("say", "saying", "tells", "according", "announced"),
        *("announces", "stated", "states", "reported", "reports", "reportedly", "claimed"),
        *("claims", "quoted", "quoting", "citing", "cited", "wrote", "writes", "tweeted"),
        *("confirmed", "confirms", "believed", "believes", "warned", "warns", "estimated"),
        *("suggested", "suggests", "predicted", "alleged", "accused", "blamed", "urged"),
        *("declared", "acknowledged", "admitted", "conceded", "testified", "asserted"),
    }
)


def _attributes(words: Sequence[str]) -> bool:
    """Whether a sentence says who says it: a word of `_SAYING` in lower case, or opening
    the sentence ("Said the minister: …"); never part of a name ("United States")."""
    return any(w in _SAYING or (n == 0 and w.lower() in _SAYING) for n, w in enumerate(words))


def as_news(claim: Profile) -> Profile | None:
    """The fact of a claim in reported speech, to be carried by a sentence that states it
    as its own news (one that is not `attributed`): the claim without its speaker, the
    surname and the rest of the attribution ("said on Monday"). None for a claim that
    names no speaker, quotes someone, or whose fact alone is too short to be a claim."""
    if not claim.speaker or claim.quoted:
        return None  # a quotation is someone's words: carried only with its speaker
    fact = claim.core - claim.told
    if len(fact) < MIN_FACT_TERMS:
        return None
    return replace(claim, core=fact, speaker=frozenset(), surname=None, told=frozenset())


def _offsets(text: str, words: Sequence[str]) -> list[int]:
    """Where each word starts in the text (words are the text's tokens, in order)."""
    lower = text.lower()
    offsets = []
    cursor = 0
    for word in words:
        found = lower.find(word.lower(), cursor)
        if found >= 0:
            cursor = found + len(word)
        offsets.append(found if found >= 0 else cursor)
    return offsets


def carried(claim: Profile, window: Sequence[Profile], source_terms: frozenset[str]) -> bool:
    """True when a window of one or two adjacent sentences of a source states `claim`.

    `source_terms` are all terms of that source document (where a speaker is introduced).
    """
    if len(claim.core) + len(claim.speaker) < MIN_SUPPORT_TERMS:  # see Terms.claims_enough
        return False
    if len(window) == 2 and not _both_say_part(claim, window):
        return False
    terms = frozenset().union(*(p.terms for p in window))
    if not (
        _when_said(claim, terms) <= terms
        and (claim.surname is None or claim.surname in terms)
        and claim.speaker <= source_terms
        # A quotation is carried only by a source that quotes the same words: "accusing
        # Russia of failing to live up to its commitments" does not carry the quote
        # "Unfortunately, Russia failed to live up to its own commitments".
        and claim.quoted <= frozenset().union(*(p.quoted for p in window))
        and claim.contends == any(p.contends for p in window)
    ):
        return False
    # The cues of every clause that says part of the claim: "refused to rule out taking
    # the Games" negates its clause, while ", accusing Russia of failing to …" is an aside.
    said = claim.core | claim.speaker
    window_cues = frozenset().union(*(c for p in window for t, c in p.clauses if t & said or not t))
    about = frozenset(c for c in window_cues if _about_the_claim(c, claim))
    return _plain_fail(_hedged(claim.cues, about, window)) == _plain_fail(about)


def _hedged(
    wanted: frozenset[str], found: frozenset[str], window: Sequence[Profile]
) -> frozenset[str]:
    """The claim's cues less an "about" on a figure the window gives exactly: "about 30,000
    seats" says less than "30,000 seats" (never the reverse, nor "at least 30,000")."""
    exact = frozenset().union(*(p.figures for p in window))
    bounded = {c.partition(" ")[2] for c in found}
    return frozenset(
        c
        for c in wanted
        if not (c.startswith("ABOUT ") and (n := c[6:]) in exact and n not in bounded)
    )


def _plain_fail(labels: frozenset[str]) -> frozenset[str]:
    """A-FAIL as FAIL: "the failed coup" is carried by "the coup failed", and the reverse."""
    return labels if "A-FAIL" not in labels else (labels - {"A-FAIL"}) | {"FAIL"}


def _when_said(claim: Profile, terms: frozenset[str]) -> frozenset[str]:
    """The core terms of a claim a window must hold: all of them, but the day of its
    attribution ("…, officials said today") may be another day word in the window ("…,
    officials said Wednesday"): one statement, written up on another day."""
    days = claim.told & _DAYS
    if days and not _DAYS.isdisjoint(terms - days):
        return claim.core - days
    return claim.core


def _about_the_claim(cue: str, claim: Profile) -> bool:
    """Whether a cue of the carrying sentence bears on the claim. A bound or a rank on a
    detail the claim leaves out does not: "died about an hour later in hospital"
    carries "died later in hospital"; "grounded … after the crash, the first fatal
    accident of the type" carries "grounded … after the crash"."""
    _, _, figure = cue.partition(" ")
    if figure:
        return figure in claim.figures
    if cue == "A-FAIL":
        return "fail" in claim.core
    for rank in ("THE-", "A-"):
        if cue.startswith(rank):
            word = cue[len(rank) :]
            return f"THE-{word}" in claim.cues or f"A-{word}" in claim.cues
    return True


def _figure(text: str) -> str:
    """A figure as written, without thousands separators: "1,000" -> "1000"."""
    return text.replace(",", "").rstrip(".")


def _both_say_part(claim: Profile, pair: Sequence[Profile]) -> bool:
    """Two sentences carry a claim together only if each says a real part of it: two of
    its terms the other lacks; or one says all of it and the other names its speaker
    (`Kirby blamed Russia. "Unfortunately, …"`). A word or two picked up from the sentence
    before (a ship's name, then "trouble") is a coincidence."""
    first, second = (p.terms & (claim.core | claim.speaker) for p in pair)
    # The claim's figures are one sentence's: "rescued two or three days after the boat
    # capsized" is not "rescued three days after leaving" beside "two adults were saved".
    figures = {t for t in claim.core if t[:1].isdigit()}
    if not (figures <= first or figures <= second):
        return False
    for own, other in ((first, second), (second, first)):
        if claim.core <= own and claim.surname in other:
            return True
    return len(claim.core) >= MIN_PAIR_TERMS and all(
        len(own - other) >= 2 for own, other in ((first, second), (second, first))
    )


# Clause breaks, and the ends of sentences the splitter left together.
_PLACE_BREAK = re.compile(_CLAUSE_BREAK.pattern + r"|[.!?][\"”’']?\s+(?=[A-Z\"“])")
# Words with an opposite or a rival a sentence could hold in their place: a claim that
# says one is never carried by a source that says another there ("won"/"lost", "wife"/
# "daughter"). Stems, as `_carry_word` gives them.
_RIVALS = frozenset(
    stem(w)
    for w in (
        *("win", "lose", "rise", "fall", "increase", "decrease", "up", "down", "open"),
        *("close", "approve", "accept", "arrest", "release", "convict", "acquit", "high"),
        *("higher", "low", "lower", "gain", "loss", "begin", "end", "start", "stop"),
        *("allow", "ban", "support", "oppose", "guilty", "innocent", "survive", "live"),
        *("die", "north", "south", "east", "west", "resign", "appoint", "buy", "sell"),
        *("import", "export", "hire", "fire", "enter", "leave", "early", "late", "old"),
        *("new", "young", "big", "small", "large", "little", "male", "female", "man"),
        *("woman", "husband", "wife", "mother", "father", "son", "daughter", "boy", "girl"),
        *("brother", "sister", "lead", "trail", "left", "right", "yes", "pass", "full"),
        *("part", "partial", "all", "public", "private", "civilian", "military", "inside"),
        *("outside", "domestic", "foreign", "minimum", "maximum", "suspect", "witness"),
        *("victim", "attacker", "plaintiff", "defendant", "prosecutor", "child", "adult"),
        *("day", "night", "morning", "evening", "week", "month", "year", "hour", "minute"),
        *("today", "yesterday", "tomorrow", "ago", "past", "future", "former", "current"),
    )
)
# Event words (verbs and their participles) say what happened; another one in their place
# ("questioned" for "arrested") is another event, so only other kinds of words may differ.
# An -ing word after an article or before "of" names a thing ("the bombing of the
# embassy"): it may differ like any noun.
_EVENT_ENDINGS = ("ed", "ing", "en")
_ARTICLES = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that"})
# (term, word, kind) of a content word; (None, "", "") between two clauses. The kind is
# "noun" after an article or before "of" ("the bombing of"), "verb" after "to" ("to
# inspect"), else "".
Placed = list[tuple[str | None, str, str]]


def substituted(claim: Sentence, source: Sentence, missing: str) -> str | None:
    """The word of `source` that says the claim's `missing` term in other words, or None.

    Precision first: the term is a plain word (no name, figure, cue or word with a rival),
    and the source holds another plain word in its place, between the same neighbours of
    the same clause ("collision with a big object" / "collision with a heavy object"); at
    the edge of a clause, next to the one neighbour ("installed incorrectly" / "improperly
    installed"). Event words (-ed, -ing) never differ, but a noun in -ing may ("a blast
    at the embassy" / "the bombing of the embassy").
    """
    words = _placed(claim)
    at = [n for n, (term, _, _) in enumerate(words) if term == missing]
    if not at or not all(_plain(*words[n][1:]) for n in at):
        return None
    n = at[0]
    before, after = _term_at(words, n - 1), _term_at(words, n + 1)
    if before is None and after is None:
        return None  # a clause of one word: nothing to place the other word by
    said = {term for term, _, _ in words}
    other = _placed(source)
    for k, (term, word, kind) in enumerate(other):
        if term is None or term in said or not _plain(word, kind):
            continue
        if _in_place(other, k, before, after):
            return term
    return None


def _in_place(placed: Placed, k: int, before: str | None, after: str | None) -> bool:
    """Whether word k of a sentence stands where the claim's word stood: between the same
    neighbours, or swapped with one of them ("are improperly installed in cars" / "are
    installed incorrectly in cars"; "in a speech at the UN on Monday" / "in his UN address
    on Monday"), never across the edge of a clause."""
    left, right = _term_at(placed, k - 1), _term_at(placed, k + 1)
    if (left, right) == (before, after):
        return True
    if after is not None and left == after and _term_at(placed, k - 2) == before:
        return True
    return before is not None and right == before and _term_at(placed, k + 2) == after


def _plain(word: str, kind: str = "") -> bool:
    """A word that may be said in another word: lower-case (never a name, even opening
    the sentence), no figure, no cue, no rival, no event word (unless a noun in -ing), no
    verb after "to" ("sent engineers to inspect the wall" is not "to repair" it)."""
    lower = word.lower()
    term = _carry_word(word)
    return not (
        term is None
        or not word.islower()
        or term[:1].isdigit()
        or lower in _CUES
        or lower in _KEPT
        or term in _RIVALS
        or stem(lower) in _RIVALS
        or kind == "verb"
        or (lower.endswith(_EVENT_ENDINGS) and not (kind == "noun" and lower.endswith("ing")))
    )


def _placed(sentence: Sentence) -> Placed:
    """(term, word, kind) of each content word, in order, with a None between two
    clauses (or two sentences the splitter left together): their words are never
    neighbours."""
    text, words = sentence.text, sentence.words
    terms = _word_terms(words)
    lower = [w.lower() for w in words]
    breaks = [m.start() for m in _PLACE_BREAK.finditer(text)]
    out: Placed = []
    clause = 0
    for n, offset in enumerate(_offsets(text, words)):
        if terms[n] is None:
            continue
        here = bisect_right(breaks, offset)
        if here != clause and out:
            out.append((None, "", ""))
        clause = here
        noun = (n > 0 and lower[n - 1] in _ARTICLES) or lower[n + 1 : n + 2] == ["of"]
        to = n > 0 and lower[n - 1] == "to"
        out.append((terms[n], words[n], "noun" if noun else "verb" if to else ""))
    return out


def _term_at(placed: Placed, n: int) -> str | None:
    return placed[n][0] if 0 <= n < len(placed) else None


def paraphrased(
    claim: Sentence,
    wanted: Profile,
    source: Sentence,
    found: Profile,
    source_terms: frozenset[str],
) -> bool:
    """True when one sentence of a source states the claim with one plain word said in
    another (`substituted`): every other term, name and figure, the same cues. The words
    of a quotation are never said otherwise: a quotation is someone's own words."""
    missing = _when_said(wanted, found.terms) - found.terms
    if not missing or len(missing) > said_otherwise(len(wanted.core)) or missing & wanted.quoted:
        return False
    instead = {substituted(claim, source, term) for term in missing}
    if None in instead or len(instead) < len(missing):
        return False  # each word said otherwise by a word of its own
    return carried(replace(wanted, core=wanted.core - missing), [found], source_terms)


def said_otherwise(core: int) -> int:
    """How many plain words of a claim of `core` terms may be said in other words."""
    return 2 if core >= MIN_TWO_PARAPHRASE_TERMS else 1 if core >= MIN_PARAPHRASE_TERMS else 0


def carrying_window(claim: Sentence, source: Sequence[Sentence]) -> list[Sentence] | None:
    """The sentence (or two adjacent ones) of a source that carries the claim, or None:
    the test `overlap` applies, for checking a finished briefing against its cited files."""
    for s in source:
        if s.text == claim.text:
            return [s]
    wanted = profile(claim.text, claim.words)
    profiles = [profile(s.text, s.words) for s in source]
    everything = frozenset().union(*(p.terms for p in profiles))
    for k, p in enumerate(profiles):
        if carried(wanted, [p], everything):
            return [source[k]]
    for k in range(len(profiles) - 1):
        if carried(wanted, profiles[k : k + 2], everything):
            return list(source[k : k + 2])
    for k, p in enumerate(profiles):
        if paraphrased(claim, wanted, source[k], p, everything):
            return [source[k]]
    fact = as_news(wanted)
    if fact is not None:
        for k, p in enumerate(profiles):
            if not p.attributed and (
                carried(fact, [p], everything) or paraphrased(claim, fact, source[k], p, everything)
            ):
                return [source[k]]
    return None


@dataclass(frozen=True, slots=True)
class Overlap:
    """Pairwise relations of a story's sentences (dense boolean n×n; n is one story)."""

    supports: np.ndarray  # supports[i, j]: sentence j (alone or with a neighbour) carries i
    redundant: np.ndarray  # symmetric; redundant[i, j]: never both in a briefing


def overlap(sentences: Sequence[Sentence]) -> Overlap:
    """Carry and redundancy between every pair of sentences."""
    n = len(sentences)
    if n == 0:
        empty = np.zeros((0, 0), dtype=bool)
        return Overlap(empty, empty)
    # The same sentence, word for word, in several articles of a story (wire copy rewritten
    # around it) has the same terms: worked out once.
    same: dict[tuple[str, tuple[str, ...]], Terms] = {}
    bases = [
        same.get(key) or same.setdefault(key, claim_terms(*key))
        for key in ((s.text, tuple(s.words)) for s in sentences)
    ]
    binary, vocabulary = count_matrix([sorted(b.terms) for b in bases], binary=True)
    supports = _carry_matrix(sentences, bases, binary, vocabulary)
    if not vocabulary:  # no sentence has a content term
        alone = np.eye(n, dtype=bool)
        return Overlap(alone, alone)
    # Only pairs that share a term can be redundant (a tenth of all pairs in a large
    # story): the thresholds apply to the sparse products, never to dense n×n floats.
    redundant = supports | supports.T
    weights = tfidf(binary)
    similar = (weights @ weights.T).tocoo()
    close = similar.data >= REDUNDANT_COSINE
    redundant[similar.row[close], similar.col[close]] = True
    shared = (binary @ binary.T).tocoo()
    sizes = np.asarray(binary.sum(axis=1)).ravel()
    # The containment of the smaller in the larger: shared terms over the smaller size.
    contained = shared.data / np.minimum(sizes[shared.row], sizes[shared.col])
    held = contained >= REDUNDANT_CONTAINMENT
    redundant[shared.row[held], shared.col[held]] = True
    figures, _ = count_matrix(
        [[t for t in b.terms if t[:1].isdigit() and len(t) >= 2] for b in bases], binary=True
    )
    if figures.shape[1]:
        same_figure = (figures @ figures.T).tocsr()
        near = contained >= REDUNDANT_SAME_NUMBER
        rows, cols = shared.row[near], shared.col[near]
        hit = np.asarray(same_figure[rows, cols]).ravel() > 0
        redundant[rows[hit], cols[hit]] = True
    quoting: dict[tuple[str, ...], list[int]] = {}
    for i, sentence in enumerate(sentences):
        for quotation in quoted(sentence.text):
            quoting.setdefault(quotation, []).append(i)
    for members in quoting.values():
        if len(members) > 1:
            redundant[np.ix_(members, members)] = True
    np.fill_diagonal(redundant, True)
    return Overlap(supports, redundant)


def quoted(text: str) -> set[tuple[str, ...]]:
    """The quotations of a sentence (its words inside quotation marks, lower case) that
    hold REDUNDANT_QUOTED_TERMS content words or more."""
    if not _QUOTE_MARKS.search(text):
        return set()
    plain = _QUOTE_MARKS.sub('"', text)
    found = set()
    for part in plain.split('"')[1::2]:
        written = _QUOTED_WORD.findall(part)
        if len(content_terms(written)) < REDUNDANT_QUOTED_TERMS:
            continue
        # "Star Wars", "The Phantom Menace": the name of a work, which every sentence
        # of its story may give, not a remark.
        if all(w[:1].isupper() for w in written if content_terms([w])):
            continue
        found.add(tuple(w.lower() for w in written))
    return found


def _carry_matrix(
    sentences: Sequence[Sentence],
    bases: Sequence[Terms],
    binary: sparse.csr_matrix,
    vocabulary: dict[str, int],
) -> np.ndarray:
    """supports[i, j]: sentence j, alone or with the next sentence of its document, carries i.

    `binary` holds each sentence's terms (columns: `vocabulary`). Sparse products find the
    windows that hold every core term of a claim with enough terms; only those few pairs
    (dozens in a story of thousands of sentences) are profiled and checked by `carried`.
    """
    n = len(sentences)
    supports = np.eye(n, dtype=bool)
    if not vocabulary:
        return supports
    # The day a claim was said on may be another day word (`_when_said`): not looked for.
    cores = [b.core - (b.told & _DAYS) for b in bases]
    core = _term_rows(
        [c if b.claims_enough else () for c, b in zip(cores, bases, strict=True)],
        vocabulary,
        binary,
    )
    need = np.array([len(c) for c in cores])
    # next_of[j]: the sentence after j in the same document, or -1.
    doc = np.array([s.doc_index for s in sentences])
    position = np.array([s.position for s in sentences])
    follows = (doc[1:] == doc[:-1]) & (position[1:] == position[:-1] + 1)
    next_of = np.full(n, -1)
    next_of[:-1][follows] = np.arange(1, n)[follows]
    # The terms of each window of two sentences: a sentence's and its next one's.
    has_next = np.flatnonzero(next_of >= 0)
    following = sparse.csr_matrix(
        (np.ones(len(has_next), dtype=np.float32), (has_next, next_of[has_next])), shape=(n, n)
    )
    with_next = sparse.diags((next_of >= 0).astype(np.float32))
    pair = ((following + with_next) @ binary).tocsr()
    pair.data[:] = 1
    profiles: dict[int, Profile] = {}
    by_text: dict[tuple[str, tuple[str, ...]], Profile] = {}  # one per distinct sentence
    doc_terms: dict[int, frozenset[str]] = {}

    def profile_of(k: int) -> Profile:
        if k not in profiles:
            key = (sentences[k].text, tuple(sentences[k].words))
            if key not in by_text:
                by_text[key] = profile(*key, bases[k])
            profiles[k] = by_text[key]
        return profiles[k]

    in_doc: dict[int, list[int]] = {}
    for k, s in enumerate(sentences):
        in_doc.setdefault(s.doc_index, []).append(k)

    def terms_of_doc(k: int) -> frozenset[str]:
        if k not in doc_terms:
            doc_terms[k] = frozenset().union(*(bases[i].terms for i in in_doc[k]))
        return doc_terms[k]

    for windows, is_pair in ((binary, False), (pair, True)):
        hits = (core @ windows.T).tocoo()
        full = hits.data >= need[hits.row]
        found = sorted(zip(hits.row[full].tolist(), hits.col[full].tolist(), strict=True))
        for i, j in found:
            if supports[i, j] or (is_pair and supports[i, next_of[j]]):
                continue  # carried by one sentence already: its neighbour adds nothing
            window = [profile_of(j), profile_of(next_of[j])] if is_pair else [profile_of(j)]
            if carried(profile_of(i), window, terms_of_doc(sentences[j].doc_index)):
                supports[i, j] = True
                if is_pair:
                    supports[i, next_of[j]] = True
    # One plain word of a claim said in another word by a single sentence (`paraphrased`).
    hits = (core @ binary.T).tocoo()
    allowed = np.array([said_otherwise(k) for k in need])
    near = (hits.data < need[hits.row]) & (hits.data >= need[hits.row] - allowed[hits.row])
    for i, j in sorted(zip(hits.row[near].tolist(), hits.col[near].tolist(), strict=True)):
        if not supports[i, j] and paraphrased(
            sentences[i],
            profile_of(i),
            sentences[j],
            profile_of(j),
            terms_of_doc(sentences[j].doc_index),
        ):
            supports[i, j] = True
    _carry_as_news(sentences, bases, binary, vocabulary, supports, profile_of, terms_of_doc)
    return supports


def _term_rows(
    term_sets: Sequence[Collection[str]], vocabulary: dict[str, int], like: sparse.csr_matrix
) -> sparse.csr_matrix:
    """One row of ones per term set, in the columns of `vocabulary` (the shape of `like`):
    multiplied by the sentences' terms, it counts how many of each set a sentence holds."""
    indptr, indices = [0], []
    for terms in term_sets:
        indices.extend(vocabulary[t] for t in terms)
        indptr.append(len(indices))
    return sparse.csr_matrix(
        (np.ones(len(indices), dtype=np.float32), indices, indptr), shape=like.shape
    )


def _carry_as_news(
    sentences: Sequence[Sentence],
    bases: Sequence[Terms],
    binary: sparse.csr_matrix,
    vocabulary: dict[str, int],
    supports: np.ndarray,
    profile_of: Callable[[int], Profile],
    terms_of_doc: Callable[[int], frozenset[str]],
) -> None:
    """Marks in `supports` the sentences that state as news the fact of a claim in
    reported speech (`as_news`): in so many words, or with a plain word or two said
    otherwise. Sparse products find the sentences missing at most that many terms of a
    fact (at least one), as above."""
    facts = [b.core - b.told if b.speaker else frozenset() for b in bases]
    facts = [f if len(f) >= MIN_FACT_TERMS else frozenset() for f in facts]
    if not any(facts):
        return
    wanted = _term_rows(facts, vocabulary, binary)
    need = np.array([len(f) for f in facts])
    # A term may be missing: said otherwise (`paraphrased`), or the fact's speaker's day.
    slack = np.maximum(1, [said_otherwise(k) for k in need])
    hits = (wanted @ binary.T).tocoo()
    close = hits.data >= need[hits.row] - slack[hits.row]
    for i, j in sorted(zip(hits.row[close].tolist(), hits.col[close].tolist(), strict=True)):
        if supports[i, j] or profile_of(j).attributed:
            continue
        fact = as_news(profile_of(i))
        if fact is None:
            continue
        source_terms = terms_of_doc(sentences[j].doc_index)
        if carried(fact, [profile_of(j)], source_terms) or paraphrased(
            sentences[i], fact, sentences[j], profile_of(j), source_terms
        ):
            supports[i, j] = True


def supporting_sources(
    index: int, sentences: Sequence[Sentence], relation: Overlap
) -> tuple[str, ...]:
    """Ids of every document with a sentence that carries sentence `index`, in load order."""
    carriers = np.flatnonzero(relation.supports[index])
    docs = {sentences[j].doc_index: sentences[j].doc_id for j in carriers}
    return tuple(docs[k] for k in sorted(docs))


def all_supporting_sources(
    sentences: Sequence[Sentence], relation: Overlap
) -> list[tuple[str, ...]]:
    """`supporting_sources` of every sentence, in order."""
    return [supporting_sources(i, sentences, relation) for i in range(len(sentences))]
