"""Whether a lead opens a feature (a scene, an anecdote) rather than says what happened.

Titles pass such a lead over for the news after it, and a story's first bullet is not one
when another article's lead says what happened.
"""

from __future__ import annotations

import re


def sets_a_scene(text: str) -> bool:
    """Whether a lead opens a feature rather than says what happened: a scene ("The sun
    rose over the harbour as …", "On a cold morning in May, …"), someone's moment ("For
    Jane Doe, every morning begins …", "When the last ferry left, …", "Ten years ago this
    week, …"), a hedge or an aside to the reader ("Maybe it was …", "Apparently, …"), or a
    saying ("Plenty of towns have a bridge, but …"). Told by the opening's shape: a lead
    that says what happened starts on who did it."""
    return bool(_SCENE.match(text))


# The openings of a feature's lead (see sets_a_scene). Time words that only date the
# news ("On Monday, police …") are not among them: a scene's time is a part of the day,
# the weather, or a time counted back from now.
_SCENE = re.compile(
    r"""^[\"“‘']?(?:
      (?:maybe|perhaps|once\s+upon|picture\s+this|call\s+it)\b
    | (?:apparently|wow|well|oh|okay|ok|sure|yes|no|alas|so)\s*[,!]
    | for\s+(?-i:[A-Z][\w'’.-]*\s*){1,4},            # "For Jane Doe, …"
    | for\s+(?:years|decades|generations|centuries|months|weeks|a\s+(?:long\s+)?time)\b
    | when\b
    | (?:plenty\s+of|not\s+(?:all|every|many))\s
    | (?:\w+\s+){0,3}(?:years?|decades?|months?|weeks?|days?)\s+ago\b
    | (?:\w+\s+){0,5}?(?:sun|sunrise|sunset|dawn|dusk|rain|snow|wind|fog|mist|moon|clouds?
        |sky|breeze|smell|scent|silence|twilight|darkness)\b(?:\s+\w+)?\s+
        (?:rose|rises|set|sets|fell|falls|drift|drifts|drifted|hung|hangs|was|is|had|crept
        |creeps|broke|breaks|blew|blows|poured|pours|came|comes|filled|fills|settled)\b
    | in\s+(?:its|his|her|their)\s+(?:day|heyday|prime)\b
    # Someone unnamed, seen at a moment: "Waiting on the pier, the widow …".
    | [a-z]+ing\b[^,;]{0,80},\s+the\s+(?:\w+\s+){0,2}(?:man|woman|boy|girl|child
        |mother|father|couple|stranger|traveller|traveler|visitor|widow)\b
    | (?:\w+\s+){0,4}?(?:bells?|peal|noise|echo|roar|hum|chirp|laughter)\b(?:\s+\w+){0,3}\s+
        (?:rang|rings|ring|echoed|echoes|filled|fills|drifted|drifts|rose|rises)\b
    | (?:on|in|at|by|one|that|early|late|every|each)\s+(?!\w+day\b)(?:a|an|one|that|this|the)?
        \s*(?:\w+\s+){0,2}(?:morning|afternoon|evening|night|dawn|dusk|day)\b[^,;]{0,40},
    )""",
    re.IGNORECASE | re.VERBOSE,
)
