"""Pages that hold no article, only the wall in front of it: a cookie or consent dialog, a
paywall's sign-in stub.

A scraper or a browser that saves a page before the reader clicks "Accept" gets the
dialog's text, and trafilatura takes it for the article: long sentences that end in full
stops, so nothing later tells them from prose ("We and our 842 partners store and/or access
information on a device…"). Listed as a story, "We value your privacy" would sit beside the
news every morning. Such text speaks to the reader ("we", "our partners", "your
preferences") about cookies, consent and data, or about subscribing and signing in; a news
report about cookie rules speaks of others in the third person, so both marks are needed.
"""

from __future__ import annotations

import re

from ..clean import is_fragment, word_count

# What a consent dialog is about, and what a paywall asks.
_CONSENT = re.compile(
    r"\b(?:cookies?|consent(?:ing)?|(?:our|\d+) partners|personal data|personali[sz]ed"
    r" (?:ads|advertising|content)|privacy (?:policy|settings|notice)|legitimate interests?"
    r"|(?:manage|change|your) (?:preferences|settings|choices)|opt[- ]out|tracking technologies"
    r"|access information on (?:a|your) device|device (?:scanning|characteristics))\b",
    re.IGNORECASE,
)
_PAYWALL = re.compile(
    r"\b(?:subscrib(?:e|er|ers|ing)|subscriptions?|(?:sign|log) ?in|register|free trial"
    r"|cancel any ?time|continue reading|keep reading|unlimited (?:digital )?access"
    r"|(?:free )?articles? (?:left|remaining)|limit of free|premium (?:content|article))\b",
    re.IGNORECASE,
)
# The reader addressed: a dialog's voice, not a report's.
_ADDRESS = re.compile(r"\b(?:we|us|our|you|your|yours)\b", re.IGNORECASE)
# A paywall's lines are often short imperatives without "you": "Sign in to continue reading."
_SHORT_SENTENCE_WORDS = 12
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A wall is nearly all wall (this share of its prose at least), and what else it holds is
# less than a short news item: a lead above a paywall keeps the page.
_MIN_WALL_SHARE = 0.8
_MAX_OTHER_WORDS = 40


def wall_kind(lines: list[str]) -> str | None:
    """What wall a page's text is ("a cookie or consent wall", "a paywall"), or None.

    Headings and buttons ("We value your privacy", "Accept all") are not prose and are not
    weighed: the wall's sentences are.
    """
    consent = paywall = other = 0
    for line in lines:
        if is_fragment(line.strip()):
            continue
        for sentence in _SENTENCE_END.split(line.strip()):
            words = word_count(sentence)
            addressed = _ADDRESS.search(sentence) is not None
            if addressed and _CONSENT.search(sentence):
                consent += words
            elif _PAYWALL.search(sentence) and (addressed or words <= _SHORT_SENTENCE_WORDS):
                paywall += words
            else:
                other += words
                if other >= _MAX_OTHER_WORDS:
                    return None  # an article's worth of other prose: most pages stop here
    wall = consent + paywall
    if not wall or wall < _MIN_WALL_SHARE * (wall + other):
        return None
    return "a cookie or consent wall" if consent >= paywall else "a paywall"
