"""Choose the claims of a story within the word budget, and order them for reading."""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Collection, Mapping, Sequence

import numpy as np

from .clean import NUMBER_MARKER, ends_sentence
from .concepts import select_by_concepts
from .dates import CALENDAR_NAMES as _CALENDAR
from .dates import MONTH_NAME
from .dedupe import Overlap, all_supporting_sources
from .models import Claim, Sentence
from .scenes import sets_a_scene
from .segment import CLOSE_QUOTES, OPEN_QUOTES, outside_quotations
from .terms import STOP_WORDS, SUMY_STOP_WORDS

# A briefing sentence must stand on its own: long enough to say something, short enough
# to read, ending like a sentence, and not the tail of a quote split off its start.
MIN_CLAIM_WORDS = 10  # the ICSI summarizer's floor: shorter ones rarely say a whole fact
MAX_CLAIM_WORDS = 60
# A sentence cannot open on these: it is the rest of one the splitter cut.
_CUT_OPENINGS = frozenset(")]},;:.!?")
_LIST_ITEM = re.compile(r"\(?" + NUMBER_MARKER + r"\s+\S")
# An item of a chronology that leaves its year to the list's heading ("Nov. 25 -- Rescued
# at sea …"): shown alone it cannot be placed in time. One that gives the year ("July 25,
# 2000: A jet crashes …") is a dated fact and stays.
_UNDATED_ITEM = re.compile(rf"{MONTH_NAME} \d{{1,2}}\s*(?:--|—|–|-|:)\s")
# Curly quotes, guillemets and the ``wire'' style of older newswire text.
_QUOTE_MARK = "\"“”«»'‘’`"
# Words that point back to something the reader of a lone sentence has not seen: a
# pronoun ("He wrote that…", "They said…"), a demonstrative ("These measures…"), a
# connective ("However…"); first and second persons outside quotation marks are someone
# talking (a transcript) whom the sentence does not name.
_PRONOUNS = frozenset(
    {
        *("he", "she", "they", "it", "his", "her", "their", "its", "him", "them"),
        *("this", "that", "these", "those", "such", "both", "another", "either", "neither"),
    }
)
# Opening noun phrases that count on one named before: "The other tenders…", "The latter…".
_BACK_NOUN = re.compile(r"^the (?:other|others|latter|former|same|remaining)\b", re.IGNORECASE)
# Words after a thing's noun by which the sentence says which thing it is itself ("The
# report of the inquiry", "The decision to close", "The study, published in …"); an aside
# on it after a comma does not ("The program, which is free, …": which program?).
_SAYS_WHICH = (
    r"(?!,(?!\s+(?:which|who)\b)|\s+(?:of|to|that|which|who|by|for|in|on|at|from|between"
    r"|with|against|over|into|about)\b)"
)
_SAYS_WHICH_HERE = re.compile(_SAYS_WHICH)
# "The report said …", "The move has …": a thing the sentence takes the reader to know.
_THE_THING = re.compile(
    r"The (report|study|bill|case|probe|situation|result|meeting|move|program|programme"
    r"|announcement|survey|decision|findings|investigation|incident|law|deal|project"
    r"|problem|idea|agreement|plan|evidence|vote|panel|research|talks|proposal|measure"
    r"|comments|remarks|ruling|discovery|solution|practice|accusation|allegations?"
    r"|encounter|journalist|symptoms|diagnosis|repeal)\b" + _SAYS_WHICH
)
# "The 12-year-old was …", "The 12-year-old from …": someone the reader must have met by
# age alone; a sentence that gave it ("Ann Reyes, 12, …", "a 12-year-old …") introduces
# them. With a noun ("The 12-year-old boy …") it is any "The <noun>" (see `_things`);
# with a name ("The 12-year-old Ann Reyes …") it names them.
_THE_AGE = re.compile(
    r"The (\d{1,3})-year-old(?=,|['’]s\b|\s+(?:from|of|in|at|on|who|whose|was|is|has|had"
    r"|have|will|would|could|can|said|says|told|also|then|now|still|won|lost|died)\b)"
)
# Later in a sentence, the nouns that only ever point back to what was told before
# ("… gave no proof of the claim.", "Analysts said the move …"): which claim?
# Not when the sentence itself said "a claim" first, or says which ("the plan to …").
_THE_THING_LATER = re.compile(
    r"(?<=\s)the (claims?|allegations?|accusations?|move|decision|remarks|comments|incident"
    r"|announcement|proposal|plan|deal|findings|discovery|repeal)\b" + _SAYS_WHICH
)
# Later in a sentence, the people and things a story's articles name again once told ("a
# woman drove off …" then "Police arrested the woman near …", "the victim's boat", "the
# pills she took …"): which woman? Only when the article used the noun before the sentence
# (see `_things`), outside quotation marks, and not saying which ("the woman who …", "the
# victim, Ann Reyes, …").
_THE_ONE_LATER = re.compile(
    r"(?<=\s)the (woman|man|boy|girl|child|baby|toddler|teen|teenager|victim|victims|suspect"
    r"|suspects|gunman|shooter|driver|couple|pills|wound)(?:['’]s)?(?![\w-])"
    r"(?!,\s+(?:[A-Z]|\d|a|an|the|identified)\b|\s+whose\b)" + _SAYS_WHICH
)
# `…," Kirby continued.`, `…, Okafor went on.`: the rest of words the speaker began
# before; the speaker's last word is the group.
_CONTINUED = re.compile(
    r"""[,"”'’]\s*(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}([A-Z][\w'’-]+)\s+"""
    r"(?:continued|went\s+on)\b"
)
# The words by which a sentence tells of one of _THE_ONE_LATER's people or things without
# its noun: "A two-year-old toddler was attacked …" tells of "the boy" whose remains were
# found, "… was stabbed to death" of "the victim", "in pill form" of "the pills". (Without
# them, a dev story whose lede told of a toddler lost the bullet on "the boy's" remains.)
_YOUNG = ("child", "children", "baby", "toddler", "infant", "kid", "teen", "teenager")
_DEATH = ("killed", "dead", "died", "death", "murdered", "stabbed", "shot", "attacked")
_KIN = {
    "boy": {*_YOUNG, "son", "youngster"},
    "girl": {*_YOUNG, "daughter"},
    "child": {*_YOUNG, "boy", "girl", "son", "daughter"},
    "baby": {*_YOUNG, "boy", "girl", "son", "daughter"},
    "toddler": {*_YOUNG, "boy", "girl", "son", "daughter"},
    "teen": {*_YOUNG, "boy", "girl", "son", "daughter", "student"},
    "teenager": {*_YOUNG, "boy", "girl", "son", "daughter", "student"},
    "woman": {"women", "mother", "wife", "girlfriend", "sister", "daughter"},
    "man": {"men", "father", "husband", "boyfriend", "brother", "son"},
    "victim": {"victims", *_DEATH, "injured", "wounded", "hurt"},
    "victims": {"victim", *_DEATH, "injured", "wounded", "hurt"},
    "suspect": {"suspects", "arrested", "charged", "accused", "gunman", "gunmen"},
    "suspects": {"suspect", "arrested", "charged", "accused", "gunmen"},
    "gunman": {"gunmen", "shooter", "shooting", "gunfire", "shot", "fired"},
    "shooter": {"gunman", "gunmen", "shooting", "gunfire", "shot", "fired"},
    "driver": {"drove", "driving", "car", "vehicle", "truck"},
    "couple": {"husband", "wife", "pair"},
    "pills": {"pill", "tablets", "drugs", "medication"},
    "wound": {"wounds", "wounded", "injury", "injuries", "injured", "stabbed", "shot", "bitten"},
}
# A speaker the reader must have met: `…," the prosecutor said.`, `…, the report says.`
# (which prosecutor, which report?), as "The report said …" at the opening.
_THE_SPEAKER = re.compile(
    r"[,\"”'’]\s*the (?:[a-z]+ )?([a-z]+) (?:said|says|added|adds|told|explained|noted)\b"
)
# Any "The <word> (<word>)" opening: when its article used that word before the sentence
# ("… a new pistachio association …" then "The association has earmarked …"), the writer
# counted on the reader having met the thing, whatever the noun (see `_things`).
_THE_WORDS = re.compile(r"The ([a-z][\w-]*)(?: ([a-z][\w-]*))?")
# "The two sides signed …", "After the talks, the two leaders …": which two?
_THE_TWO = re.compile(
    r"^(?:[^,]{0,40},\s+)?the two (?:sides|men|women|countries|nations|leaders|presidents"
    r"|governments|companies|parties|groups|teams|sisters|brothers)\b",
    re.IGNORECASE,
)
# Any word of saying, for telling a quotation with its speaker from one without.
_SAYING = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|according|quoted"
    r"|continued|noted|explained|insisted|stressed|argued|declared|announced|recalled)\b"
    r"|:\s*[\"“`]",
    re.IGNORECASE,
)
_CONNECTIVES = frozenset(
    {
        *("but", "and", "so", "yet", "or", "however", "also", "still", "instead", "then"),
        *("thus", "therefore", "hence", "moreover", "furthermore", "besides", "nevertheless"),
        *("nonetheless", "meanwhile", "otherwise", "indeed", "likewise", "similarly", "later"),
        *("afterwards", "there", "here", "now", "too", "again", "rather", "plus", "because"),
        *("additionally", "consequently", "accordingly", "conversely", "alternatively"),
        "nor",  # "Nor did the survey say …": and not what?
        # Sentence adverbs that answer or aside to an argument the briefing does not show.
        *("certainly", "incidentally", "admittedly", "anyway", "anyhow", "regardless"),
        *("essentially", "basically"),  # "Essentially, the study suggests …": sums up what?
        "elsewhere",  # "Elsewhere, police …": elsewhere than the place the briefing lacks
    }
)
# "Earlier, special forces had …": earlier than what the sentence before told ("Earlier
# this year, …" is a time of its own and stands).
_EARLIER = re.compile(r"(?:Earlier|Previously|Before that|Prior to that|Until then),")
# A wire roundup's turn to its next item: "In other developments, …", "In a separate
# incident, …" (other than what, separate from what?).
_ANOTHER_ITEM = re.compile(
    r"In (?:other|related) (?:developments|news|action|business|matters)\b"
    r"|In (?:a|another) separate (?:incident|development|case|move|statement|attack)\b"
)
# Connectives that tie a quotation to the speaker's words before it ("Now" or "There"
# open quotations that stand alone, so the list is shorter than the one above).
_QUOTE_CONNECTIVES = frozenset(
    {
        *("but", "and", "so", "yet", "or", "however", "rather", "instead", "therefore"),
        *("thus", "moreover", "furthermore", "nevertheless", "nonetheless", "otherwise"),
        *("besides", "also", "still", "plus"),
    }
)
_SPEAKING = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|us|[Oo]ur|[Mm]y|[Yy]our|me)\b")
# Adverbs of time that may come before the subject without a comma: "Tomorrow they …" (no comma).
_LEAD_ADVERBS = frozenset(
    {"tomorrow", "today", "yesterday", "soon", "eventually", "often", "ultimately", "finally"}
)
# Pronouns for people: after an opening phrase that names someone ("On David Chaney's
# page, he posted …") they point to that name.
_PERSONAL = frozenset({"he", "she", "they", "his", "her", "their", "him", "them"})
# "This week" and "That day" are dates, not links to the sentence before.
_TIME_WORDS = frozenset(
    {
        *("week", "year", "month", "day", "morning", "afternoon", "evening", "night"),
        *("weekend", "season", "spring", "summer", "fall", "autumn", "winter", "decade"),
        # Not "time": "This time, not a single bill …" is set against a time before it.
        *("century", "is", "was"),  # "This is …" is caught below as a pronoun
    }
)
# "Under that protocol", "In this case", "At the same time", "By then": a phrase that
# refers back to the previous sentence.
_BACK_REFERENCE = re.compile(
    r"^(?:under|in|at|by|of|after|before|since|with|from|for|during|despite|on|until|like|among"
    r"|unlike|because of|as a result of|as part of|following|according to)\s+(?:that|this|these"
    r"|those|such|then|the same|the latter|the former|both)\b"
    # "Turns out, …", "As it turns out": the answer to a set-up the briefing lacks.
    r"|^(?:as\s+)?(?:it\s+)?turns\s+out\b"
    # "Two weeks later, …", "Hours earlier …": later or earlier than what?
    r"|^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?|decades?|moments?)\s+(?:later|earlier)\b"
    # Any short opening phrase with a demonstrative: "Following that plan, …".
    r"|^(?:[A-Za-z]+\s+){1,3}(?:that|this|these|those|such)\s+(?!(?:week|year|month|day"
    r"|morning|afternoon|evening|night|weekend|season|spring|summer|fall|autumn|winter"
    r"|decade|century|time)\b)[\w'’-]+(?:\s+[\w'’-]+)?,"
    # "Signs of both …", "Some of them …": a noun phrase that ends on a back-reference.
    r"|^(?:[A-Za-z]+\s+){1,2}(?:of|for|from|between)\s+(?:both|either|neither|them|these"
    r"|those)\b"
    # "Aside from that, …", "Despite this, …": the demonstrative alone, then the comma.
    r"|^(?:[A-Za-z]+\s+){1,3}(?:that|this|these|those)\s*,"
    # "On the other hand, …", "In addition, …": a connective of several words.
    # "The following are the main items …": a list the briefing does not show.
    r"|^(?:the\s+following|following\s+(?:is|are))\b"
    # "In the statement, the mayor said …", "Under the agreement, …": which one?
    r"|^(?:in|according to|under)\s+the\s+(?:statement|report|letter|interview|speech|study"
    r"|document|memo|complaint|filing|ruling|survey|book|article|message|post|video|plan"
    r"|deal|agreement|proposal)\s*,"
    # "In doing so, the council breaks …": doing what?
    r"|^(?:in|by)\s+(?:doing\s+so|so\s+doing)\b"
    r"|^(?:on the other hand|in addition|as a result|in contrast|by contrast|even so|that said"
    r"|in turn|at the same time|for example|for instance|in fact|after all|all the same"
    r"|on the contrary|in other words|by the same token|finally|at last|in the end|of course"
    r"|in any case|by the way|at any rate|in short|in sum|in summary|to sum up"
    r"|for (?:her|his|their|its|our|my|your) part"
    # "First, parents asked for …", "Second, the council …": one step of a list not shown.
    r"|first|firstly|second|secondly|third|thirdly|next|lastly"
    # "Likely, although it depends …", "Yes, …": the answer to a question not shown.
    r"|likely|probably|possibly|maybe|perhaps|yes|no|not really|not necessarily|absolutely)"
    r"\s*,"
    # "Even more important to the mayor is …", "Just as troubling, …": than what?
    r"|^(?:even|just|equally|still)\s+(?:more\s+|less\s+|as\s+)?(?:important|significant"
    r"|troubling|worrying|striking|interesting|remarkable|surprising)(?:ly)?\b"
    r"|^(?:more|most|less)\s+(?:important|significant|troubling|worrying)(?:ly)?\s*,"
    # "Okafor's were on the north side": Okafor's what?
    r"|^[A-Z][\w-]*['’]s\s+(?:were|was|are|is|had|have|has|will|would)\b"
    # "A second, with two cranes, was sent": a second what?
    r"|^(?:a|the|another)\s+(?:first|second|third|fourth|fifth|last|latter|former)"
    r"(?=\s*,|\s+(?:was|were|is|are|had|has|have|will|would|could|came|went|did|followed)\b)"
    # "The three were sent …", "A few hundred more are …": a number standing for people or
    # things counted before.
    r"|^(?:the\s+|a\s+few\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds"
    r"|hundred|thousand|dozen|\d+)(?:\s+(?:hundred|thousand|dozen))?\s+(?:more\s+|others\s+|of\s+them\s+)?"
    r"(?:were|was|are|is|have|had|will|would|could|remain|remained)\b"
    # "Only one, Dr Okafor, has confessed", "Just two were found": one of whom?
    r"|^(?:only|just)\s+(?:one|two|three|four|five|six|a\s+few|a\s+handful)"
    r"(?:\s+of\s+(?:them|those|these))?\s*(?:,|(?:has|had|was|were|is|are|will|would|could"
    r"|did|remains?|remained)\b)",
    re.IGNORECASE,
)
# "When he woke up on Sunday, his mother …": a pronoun that opens a subordinate
# clause stands for someone named before, unless the main clause names them ("When she
# landed, Chancellor Merkel …"; checked in `opens_with_reference`). Not "it": "When it
# comes to …" is an idiom.
_SUBORDINATORS = (
    r"(?:when|after|before|while|although|though|as|if|because|since|once|until|unless)"
)
_SUBORDINATE_PRONOUN = re.compile(
    rf"^{_SUBORDINATORS}\s+(?:he|she|they|his|her|their|him|them)\b", re.IGNORECASE
)
_SUBORDINATE = re.compile(rf"^{_SUBORDINATORS}\b", re.IGNORECASE)
# "Most had a fever …", "Many were hurt …", "Others fled …", "Some, if not all, went …": a
# quantifier standing for people or things named before (with its noun, "Most children
# …", it stands alone).
_BARE_QUANTIFIER = re.compile(
    r"^(?:most|many|some|several|few|all|none|others|each|one)(?:,\s+[a-z][^,]{0,30},)?"
    r"\s+(?:had|have|has|were|was|are|is"
    r"|will|would|could|can|did|do|may|might|must|remain|remained|say|said|told|died|fled"
    r"|(?:do|does|did|were|was|are|is|have|has|had|could|would|ca|wo)n['’]t"
    r"|suffered|returned|survived|agreed|believed|saw|see|thought|think|felt|feel|knew|know"
    r"|got|went|came|took|made|left|found|want|wanted|fear|feared|hope|hoped|expect|expected"
    r"|prefer|like|live|eat|use|need|seem|appear|argue|claim|worry|stay|work|go|come|get"
    r"|involved|included|showed|used|compared|received|required|reported|tested|lost|won"
    r"|\w+ed(?=\s+(?:in|to|at|on|from|by|for|with|that|the|a|an|their|its)\b|[,.]))\b",
    re.IGNORECASE,
)
# "A year earlier he …", "Two days later they …": a time phrase without its comma, then a
# pronoun.
_TIME_THEN_PRONOUN = re.compile(
    r"^(?:[A-Za-z\d]+\s+){1,3}(?:earlier|later|ago|before|after|afterwards)\s+"
    r"(?:he|she|they)\b",
    re.IGNORECASE,
)
# "Okafor, however, never…": the connective after the subject.
_LATE_CONNECTIVE = re.compile(
    r"^[^,]{1,40},\s(?:however|though|meanwhile|too|also|instead|in turn|in fact|therefore"
    r"|nevertheless|moreover|for example|for instance|in addition|as a result),",
    re.IGNORECASE,
)
# "… sailed on time, however.", "The toll on that bridge, however, …", "…, warned,
# however, that …": "however" set off by a comma sets the sentence against one before it
# (of 21 eligible dev sentences so, read, 19 did), unless the sentence holds both sides
# of the contrast itself ("not cheap, however, but …", "…, while …"). Ahead of "that"
# ("…, warned, however, that although …") the contrast after it is the words reported.
_LATE_HOWEVER = re.compile(r"(?<=\S),\s+however(?:(,?\s+that\b)|\s*[,.;])", re.IGNORECASE)
# "The appeal for the others opens …", "… most of the others …": others than whom? (Of
# 6 eligible dev sentences with "the others" or "the latter" inside, the 3 with "the
# latter" mostly point within the sentence; "the others" never did.)
_THE_OTHERS = re.compile(r"(?<=\s)the others\b(?!\s+(?:who|whose|that|of|in)\b)")
# "… said the two incidents were unrelated", "In both cases …": which two? Events counted
# back to, as a report does after telling each (a fire in one town and one in the next).
# 13 such phrases in the 1,541 dev articles.
_THE_EVENTS = re.compile(
    r"\b(?:[Tt]he (?:two|three|four|five|six)|[Bb]oth(?: the)?) (?:[a-z-]+ )?(?:incidents"
    r"|fires|crashes|attacks|accidents|cases|blazes|shootings|events|collisions|explosions"
    r"|deaths|killings|robberies|raids|outbreaks)\b"
)
_ANSWER = re.compile(r"(?:No|Yes|Not yet|Not quite)[.,!]\s")
# A list's item under a heading it lost: a label of a few words, a colon, then words in
# small letters or a figure ("Council tax: up 4.99% (Band D up £86.15 a year).", under
# "What the draft budget proposes", read as settled). Not "Update: The road has
# reopened", nor a quotation after its speaker.
_HEADED_ITEM = re.compile(r"[A-Z][\w’'&-]*(?:\s+[\w’'&-]+){0,3}:\s+(?:[a-z]|[£$€]?\d)")
_OWN_CONTRAST = re.compile(r"\b(?:but|while|although|though|yet|whereas)\b", re.IGNORECASE)
# "It is not clear …", "It emerged …": "it" that stands for nothing. Not "It is thought to
# have started in the kitchen", "It is expected to reopen": that "it" is the fire, the road.
_EMPTY_IT = re.compile(
    r"^it(?:'s|’s| is| was| has been| had been| remains| remained| seems| seemed)?\s+"
    r"(?:not\s+)?(?:yet\s+|immediately\s+|still\s+)?(?:clear|unclear|unknown|possible"
    r"|impossible|emerged|appeared|the first|too early"
    r"|(?:known|likely|unlikely|expected|understood|believed|thought)(?!\s+to\b))",
    re.IGNORECASE,
)
# `…," he added.` / `…, she said on Monday.`: the words of someone the reader cannot name.
_PRONOUN_SPEAKER = re.compile(
    r"""[,"”'’]\s*(?:he|she|they|it|we|i)\s+(?:\w+\s+)?(?:said|says|added|adds|told|"""
    r"""continued|noted|explained|insisted|stressed|argued|wrote|writes|asked|asks|replied|"""
    r"""recalled|warned|admitted|acknowledged|declared|tweeted)\b"""
    # The rest: no quotation of its own but a short title (`on "Fox News Sunday."`).
    r"""(?:[^"“”]|["“][^"“”]{1,40}["”]){0,80}$""",
    re.IGNORECASE,
)
# `…, he said, …`: words put in the mouth of someone the reader cannot name.
_PRONOUN_ASIDE = re.compile(
    r",\s(?:he|she|they)\s+(?:said|says|added|adds|noted|wrote|writes|argued|insisted"
    r"|explained|told \w+)\s*,"
    # Between two parts of one quotation, however long the aside: `"If you start a
    # bridge," she tells the apprentices as they weld, "you finish it"`.
    r"""|[,"”]\s*(?:he|she|they)\s+(?:said|says|added|adds|told|tells|asked|asks|explained)"""
    r"""\b[^"“”]{0,80},\s*["“]"""
)
# A subject by one capitalised word: "Kirby accused …", "Kirby's office …", "When Kirby
# hiked the trail in 2006, …", "Kirby, a former admiral, said …" (the possessive's "'s"
# is not part of the name; an aside after it does not introduce him either).
_BARE_SUBJECT = re.compile(
    r"(?:(?:When|After|Before|While|As|Although|Though|If|Since|Until|Once|Because)\s+)?"
    r"([A-Z](?:[\w-]|['’](?!s\b))+)(?:['’]s)?(?:\s+[a-z]|,\s+(?:a|an|the|who|whose)\s"
    # "Okafor, 45, …", "Okafor, now 45, …", "Okafor, head of …"
    r"|,\s+(?:now\s+)?\d{1,3},|,\s+[a-z]+\s+(?:of|at|for|with)\s)"
)
# "Reacting to Okafor's remarks, the minister …": a possessive surname in the opening phrase.
_OPENING_POSSESSIVE = re.compile(r"^[^,]{0,60}?\b([A-Z](?:[\w-]|['’](?!s\b))+)['’]s\b[^,]{0,60},")
# More places a surname stands alone (a reader found each): the subject after an opening
# phrase ("In the new film, Okafor is …"), after an article and an adjective ("A tired
# Okafor said …"), the agent in an opening phrase ("Written and directed by Okafor, the
# film …"), and a speaker named with an organisation's possessive (`…," the Harbour
# Trust's Okafor says.`).
_NAME = r"([A-Z](?:[\w-]|['’](?!s\b))+)"
_MORE_BARE = (
    re.compile(r"^[^,\"“”]{3,60},\s+" + _NAME + r"(?:['’]s)?\s+[a-z]"),
    re.compile(r"^(?:A|An|The)\s+[a-z]+\s+" + _NAME + r"\s+[a-z]"),
    re.compile(r"^[^\"“”]{0,60}?\bby\s+" + _NAME + r"(?=,)"),
    re.compile(
        r"[,\"”'’]\s*(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*['’]s\s+"
        + _NAME
        + r"\s+(?:said|says|added|told|noted|explained)\b"
    ),
)
# Later in the sentence, a capitalised word after one in lower case and before a verb is
# a surname as a clause's subject: "… the women Okafor had recruited …", "… before
# Okafor took office" (readers found surnames mid-sentence the most common failure after
# the openings). Other places would take a country or an agency for someone's surname.
_MID_NAME = re.compile(
    r"(?<=[a-z,;:] )" + _NAME + r"\s+(?:had|has|was|is|would|will|could|did|does|told|wrote"
    r"|took|made|went|gave|got|called|asked|agreed|refused|denied|won|lost|faces|faced)\b"
)
# "He" or "she" outside quotation marks in a sentence that names no one and no person:
# "The surveys he ordered found …", "In 1997 she wrote …". The person is in a sentence
# before (54 of 23,441 eligible dev sentences, nearly all so). A word for a person is
# someone to be "she" ("A nurse at the clinic said she …"): the words below,
# and nouns of agents by their endings ("contractor", "pianist", "physician", "resident",
# "harbour master"), but words such as "number" and "water".
# Written to open with a class of two letters, so re scans for it in C (half the time of
# r"\b(?:he|she|him|his|her|himself|herself)\b", with the same matches).
_HE_OR_SHE = re.compile(r"[hs](?<=\b[hs])(?:(?<=h)(?:e|im|is|er|imself|erself)|(?<=s)he)\b")
_PERSON_WORDS = frozenset(
    {
        *("man", "woman", "men", "women", "boy", "girl", "child", "kid", "baby", "mother"),
        *("father", "mom", "dad", "son", "daughter", "wife", "husband", "brother", "sister"),
        *("uncle", "aunt", "grandmother", "grandfather", "widow", "official", "spokesman"),
        *("spokeswoman", "spokesperson", "minister", "leader", "chief", "officer", "judge"),
        *("lawyer", "doctor", "victim", "suspect", "driver", "pilot", "teacher", "player"),
        *("coach", "researcher", "scientist", "professor", "executive", "secretary"),
        *("governor", "senator", "congressman", "congresswoman", "mayor", "king", "queen"),
        *("prince", "princess", "candidate", "parent", "friend", "owner", "founder"),
        *("chairman", "chairwoman", "manager", "worker", "employee", "soldier", "witness"),
        *("actress", "singer", "writer", "priest", "bishop", "pope", "envoy", "general"),
        *("captain", "sheriff", "deputy", "detective", "defendant", "plaintiff", "prisoner"),
        *("lawmaker", "nominee", "chancellor", "premier", "boss", "colleague", "fan"),
        *("champion", "winner", "veteran", "survivor", "neighbor", "neighbour", "farmer"),
        *("editor", "photographer", "host", "dancer", "model", "designer", "chef", "nurse"),
        *("surgeon", "pastor", "rabbi", "imam", "monk", "nun", "cardinal", "emperor"),
        *("rebel", "gunman", "attacker", "killer", "bomber", "hostage", "refugee", "teen"),
        *("teenager", "youngster", "toddler", "infant", "youth", "source", "examiner"),
        *("paratrooper", "trooper", "character", "fiance", "fiancee", "bride", "groom"),
        *("heir", "successor", "predecessor", "incumbent", "rival", "ally", "banker"),
        *("diplomat", "spy", "volunteer", "member", "chair", "speaker", "delegate"),
        *("someone", "anyone", "everyone", "nobody", "person", "people", "each", "who"),
        *("burglar", "thief", "comedienne", "boxer", "rider", "actor", "donor", "tutor"),
        *("buyer", "voter", "baker", "juror", "hiker", "diver", "miner", "elder", "user"),
    }
)
_PERSON_ENDINGS = ("ist", "ian", "ant", "ent", "er", "or", "star")
# Words in -er and -or that name no one (the function words are left out apart).
_NO_ONE = frozenset(
    {
        *("number", "water", "paper", "order", "matter", "center", "letter", "power"),
        *("summer", "winter", "weather", "border", "computer", "chapter", "quarter"),
        *("corner", "river", "tower", "cancer", "dinner", "finger", "danger", "theater"),
        *("meter", "fever", "liver", "silver", "butter", "thunder", "timber", "shelter"),
        *("filter", "pepper", "poster", "folder", "cover", "layer", "error", "floor"),
        *("door", "color", "colour", "honor", "honour", "labor", "labour", "favor"),
        *("favour", "sector", "factor", "motor", "mirror", "harbor", "harbour", "rumor"),
        *("rumour", "humor", "humour", "tumor", "tumour", "vapor", "flavor", "flavour"),
        *("behavior", "behaviour", "corridor", "interior", "exterior", "anchor", "cleaner"),
        *("trailer", "container", "chamber", "register", "finder", "tender"),
        *("answer", "disaster", "manner", "banner", "platter", "ladder"),
    }
)


def _names_no_one(text: str) -> bool:
    """Whether the sentence calls someone "he" or "she" outside quotation marks and names
    no one it could be: no name (a capitalised word, but the opening one when it is a
    function word, and an organisation's initials) and no word for a person."""
    if not _HE_OR_SHE.search(text) or not _HE_OR_SHE.search(
        outside := " ".join(outside_quotations(text))
    ):
        return False
    for k, word in enumerate(re.findall(r"[A-Za-z][\w'’-]*", outside)):
        lower = word.lower()
        # "Aug. 24" or "on Monday" names no one "his" could be.
        calendar = word in _CALENDAR or word in _MONTHS_SHORT
        # An organisation's initials ("RCMP have ticketed him …") are no one "him" could be.
        initials = len(word) > 1 and word.isupper() and word.isalpha()
        if (
            word[:1].isupper()
            and not (k == 0 and lower in SUMY_STOP_WORDS)
            and not calendar
            and not initials
        ):
            return False
        # "the comedian-governor's", "nurses": the noun without its plural or possessive.
        base = re.sub(r"(?:['’]s|s)$", "", lower).rsplit("-", 1)[-1]
        if lower in _PERSON_WORDS or base in _PERSON_WORDS:
            return False
        if (
            base.endswith(_PERSON_ENDINGS)
            and len(base) > 5  # "pier", "water", "order": the short ones are listed above
            and base not in _NO_ONE
            and lower not in STOP_WORDS
        ):
            return False
    return True


_MONTHS_SHORT = frozenset(
    {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
)
# How the press names someone again after giving the full name: a courtesy title or a
# police rank and the surname ("Mr Wilson", "Detective Bird"). Such a pair is no full name
# (`full_names`), and a sentence that names someone so waits for the full name as one that
# uses the surname alone does (`bare_name` reads it without the title).
_SECOND_REFERENCE = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Detective", "Constable")
_SECOND_REFERENCE += ("Sergeant", "Sgt", "Inspector", "Officer", "Trooper")
_TITLED = re.compile(r"\b(?:" + "|".join(_SECOND_REFERENCE) + r")\.?\s+(?=[A-Z])")
_TITLED_NAME = re.compile(_TITLED.pattern + r"([A-Z][\w'’-]+)")
# `…," Kirby said.`, `Kirby said …` or `…," says Kirby of the case.`: a speaker by one
# capitalised word.
_BARE_SPEAKER = re.compile(
    r"""(?:[,"”'’]\s*(?P<end>[A-Z][\w'’-]+)\s+(?:said|says|added|told|continued|noted|explained|"""
    r"""insisted|stressed|argued)\b[^"“”]{0,40}$)|^(?P<start>[A-Z][\w'’-]+)\s+(?:said|says|added|"""
    r"""told|continued|noted|explained|insisted|stressed|argued)\b"""
    r"""|[,"”'’]\s*(?:said|says|added|noted|explained)\s+(?P<after>[A-Z][\w'’-]+)"""
    r"""(?=\s*[.,]|\s+(?:of|about|on|in|at)\s)"""
)


# "X did not respond to our request for comment": a sentence whose point is that
# someone said nothing is no news to show (19 eligible dev sentences, read: all such). One
# that says something besides ("… declined to comment but said …") keeps its place.
_NO_COMMENT = re.compile(
    r"\b(?:did not|didn't|has not|hasn't|have not|haven't) (?:yet )?(?:immediately )?"
    r"(?:respond|reply|return)(?:ed)?\b.{0,40}\b(?:requests?|calls?|messages?|e-?mails?"
    r"|inquiries|queries)\b|\bcould not (?:immediately )?be reached\b"
    r"|\bdeclined (?:to comment|further comment|comment)\b|\bunavailable for comment\b",
    re.IGNORECASE,
)
_SAYS_SOMETHING = re.compile(r"\b(?:but|although|though|while|said|says)\b", re.IGNORECASE)
MAX_NO_COMMENT_WORDS = 21
# Pieces every rule of _NO_COMMENT holds, written in small letters or in capitals (the
# first letter left out, for either case): a plain search for them spares nearly every
# sentence the expression (a third of its cost).
_NO_COMMENT_PIECES = ("espon", "eply", "eturn", "eached", "eclined", "navailable")
_NO_COMMENT_PIECES += tuple(piece.upper() for piece in _NO_COMMENT_PIECES)


# A police appeal asks readers to do something ("Anyone with information should call 999,
# quoting incident 512i …"); it tells nothing of what happened, and under a developing
# story's news (the missing man found) it is out of date as well.
_APPEAL = re.compile(
    r"(?:Anyone|Anybody)\b[^.!?]*?\b(?:call|contact|ring|phone|come forward|get in touch)\b"
    r"|Witnesses\b[^.!?]*?\b(?:are|were|is) (?:asked|urged|sought|being sought)\b"
)


def says_nothing(text: str) -> bool:
    """Whether the sentence only reports that someone would not comment."""
    return (
        any(map(text.__contains__, _NO_COMMENT_PIECES))
        and len(text.split()) <= MAX_NO_COMMENT_WORDS
        and _NO_COMMENT.search(text) is not None
        and not _SAYS_SOMETHING.search(text)
    )


def is_eligible(sentence: Sentence) -> bool:
    """True when the sentence can be shown alone in a briefing."""
    if sentence.spoken_elsewhere or sentence.outdated or sentence.recalled:
        # someone's words whose speaker is elsewhere; a state since changed; another event
        return False
    text = sentence.text
    words = len(text.split())
    if not MIN_CLAIM_WORDS <= words <= MAX_CLAIM_WORDS or not ends_sentence(text):
        return False
    if text[0].islower() or text[0] in _CUT_OPENINGS:
        return False  # the rest of a sentence the splitter cut ("), the chairman …")
    if _LIST_ITEM.match(text) or _UNDATED_ITEM.match(text):
        return False  # "1. Photographs show …": an item of a numbered list (a quiz, steps)
    if says_nothing(text) or _APPEAL.match(text):
        return False
    # An odd number of straight quotes, or unmatched curly ones, is a quotation cut in
    # two: shown alone it would put words in the wrong mouth.
    balanced_curly = len(OPEN_QUOTES.findall(text)) == len(CLOSE_QUOTES.findall(text))
    return text.count('"') % 2 == 0 and balanced_curly and stands_alone(text)


def stands_alone(text: str) -> bool:
    """False for a sentence a reader cannot understand without the one before it.

    It opens with a pronoun or a connective, refers back ("Under that protocol", "the two
    incidents"), sets itself against what came before ("…, however, …"), is a quotation
    with no speaker, quotes someone named only by a pronoun ("…," he added), or calls
    someone "he" or "she" and names no one ("The surveys he ordered found …").
    """
    if text.rstrip().endswith(("...", "…")):
        return False  # cut off mid-thought
    if outside_quotations(text)[-1].rstrip().endswith("?"):
        return False  # a question is not a claim
    if text.startswith("(") and text.rstrip(".").endswith(")"):
        return False  # an aside in brackets, to the sentence before it
    if "owever" in text and _sets_against_unseen(text):
        return False
    if " the others" in text and _THE_OTHERS.search(" ".join(outside_quotations(text))):
        return False
    if _THE_EVENTS.search(text) and _THE_EVENTS.search(" ".join(outside_quotations(text))):
        return False
    if _ANSWER.match(text):
        return False  # "No. Of 6,800 people who answered …": a Q&A's answer to its question
    if _HEADED_ITEM.match(text):
        return False
    return not (opens_with_reference(text) or is_unattributed_quote(text) or _names_no_one(text))


def _sets_against_unseen(text: str) -> bool:
    """Whether "however" outside quotation marks answers a sentence the reader lacks."""
    outside = " ".join(outside_quotations(text))
    if not (late := _LATE_HOWEVER.search(outside)):
        return False
    # "…, warned, however, that although …": the contrast after "that" is the words said.
    return bool(late[1]) or not _OWN_CONTRAST.search(outside)


def opens_with_reference(text: str) -> bool:
    """True when the sentence leans on the one before it.

    Its main clause opens with a pronoun or a demonstrative ("Sadly, these rules…",
    "As the oldest, it could…", "Tomorrow they…"), it opens with a connective or a
    back-reference ("However…", "Under that protocol…", "By then…"), a quantifier without
    its noun ("Most had…") or a time phrase then a pronoun ("A year earlier he…"), a
    pronoun opens a subordinate clause and the main clause names no one ("When he woke,
    his mother…"), or someone talks in the first or second person outside quotation marks.
    """
    if text[:1] in _QUOTE_MARK:
        # A quotation's "this" and "we" are its speaker's (see the next test), but one that
        # opens with "Rather," or "But" answers words of the speaker the briefing lacks.
        opening = re.findall(r"[A-Za-z]+", text[:30])
        return bool(opening) and opening[0].lower() in _QUOTE_CONNECTIVES
    bare = text.lstrip(" (")
    if _BACK_REFERENCE.match(bare) or _SPEAKING.search(" ".join(outside_quotations(bare))):
        return True
    words = re.findall(r"[A-Za-z]+", bare)
    if not words:
        return False
    if words[0].lower() in _CONNECTIVES or _LATE_CONNECTIVE.match(bare) or _BACK_NOUN.match(bare):
        return True
    if _THE_TWO.match(bare) or _EARLIER.match(bare) or _ANOTHER_ITEM.match(bare):
        return True
    if _BARE_QUANTIFIER.match(bare) or _TIME_THEN_PRONOUN.match(bare):
        return True
    if _SUBORDINATE_PRONOUN.match(bare):
        # The main clause: the first part after a comma that is not one more subordinate
        # clause ("Though she left in 1971, when she was 7, Ann Reyes …"). When it
        # names its subject, the pronoun points forward to it ("When they announced the
        # find, police …"); when it opens on a pronoun too, both point back.
        parts = [p.strip() for p in bare.split(",")[1:]]
        main = next((p for p in parts if not _SUBORDINATE.match(p)), "")
        first = re.findall(r"[A-Za-z]+", main)[:1]
        if not first or first[0].lower() in _PRONOUNS:
            return True
    starts = [0]  # where the main clause may begin: the start, or after an opening phrase
    if words[0].lower() in _LEAD_ADVERBS:
        starts.append(1)
    intro = bare.split(",", 1)[0]
    # (An apostrophe is no quotation mark here: "With only Ms Okafor’s map, they …".) A
    # source of any length is an opening phrase too: "According to the National Centre
    # for … (NCHC), these children are …" (which children?).
    short = len(intro.split()) <= 10 or intro.startswith("According to ")
    if "," in bare and short and not any(q in intro for q in '"“”«»`'):
        after_intro = len(re.findall(r"[A-Za-z]+", intro))
        named = re.search(r"\s[A-Z][a-z]", intro)
        if not (named and after_intro < len(words) and words[after_intro].lower() in _PERSONAL):
            starts.append(after_intro)
    return any(_leans_back(words, k, bare) for k in starts)


def _leans_back(words: list[str], k: int, text: str) -> bool:
    if k >= len(words) or words[k].lower() not in _PRONOUNS:
        return False
    word = words[k].lower()
    after = words[k + 1].lower() if k + 1 < len(words) else ""
    if word == "it":
        clause = text[text.find(words[k]) :] if k == 0 else text.split(",", 1)[-1].lstrip()
        return not _EMPTY_IT.match(clause)
    if word in ("this", "that") and after in ("is", "was"):
        return True  # "This is …": this what?
    return not (word in ("this", "that", "these", "those") and after in _TIME_WORDS)


def is_unattributed_quote(text: str) -> bool:
    """A quotation with no speaker, or a speaker named only by a pronoun."""
    stripped = text.strip()
    whole_quote = stripped[:1] in "\"“«`'" and stripped.rstrip(".")[-1:] in "\"”»'"
    if whole_quote and text.count('"') + len(OPEN_QUOTES.findall(text)) <= 2:
        return True  # the whole sentence is one quotation: someone said it, but who?
    if stripped[:1] in '"“«`' and not _SAYING.search(stripped) and not _names_a_work(stripped):
        return True  # it opens with a quotation and never says whose
    return bool(_PRONOUN_SPEAKER.search(stripped) or _PRONOUN_ASIDE.search(stripped))


# A sentence may open on the quoted title of a work ("“Harbour Lights” presenter …",
# "``The Quiet Harbour'' cost …"): a few words in capitals, not someone's words. One word
# and a comma inside the marks is speech ("“Absolutely,” he replied").
_WORK_TITLE = re.compile(r"""^(?:``|["“«])([^"“”»`']{1,60}?)(?:''|["”»])\s+\S""")
_TITLE_SMALL_WORDS = frozenset("a an and at by for from in of on or the to with".split())
MAX_WORK_TITLE_WORDS = 6


def _names_a_work(text: str) -> bool:
    """Whether the sentence opens on the quoted title of a work, not on a quotation."""
    if not (match := _WORK_TITLE.match(text)):
        return False
    words = match[1].rstrip(",").split()
    if len(words) == 1 and match[1].endswith(","):
        return False
    return (
        0 < len(words) <= MAX_WORK_TITLE_WORDS
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_SMALL_WORDS for w in words)
    )


def bare_name(
    sentence: Sentence, known: frozenset[str], given: frozenset[str] | None = None
) -> str | None:
    """The surname a sentence uses alone, as speaker, subject, possessive or anywhere else
    on its own, when the story knows the full name (`…," Kirby said.`, `Kirby accused …`,
    "When Kirby arrived, …", "Reacting to Kirby's remarks, …", "… the men Kirby hired
    …", with "John Kirby" elsewhere).
    `given` is `full_names(sentence)` when the caller has it already."""
    text = sentence.text
    found = []
    if any(title in text for title in _SECOND_REFERENCE):
        # "Mr Wilson" is a second reference wherever it stands in the sentence.
        found = [m[1] for m in _TITLED_NAME.finditer(text)]
        text = _TITLED.sub("", text)
    speaker = _BARE_SPEAKER.search(text)
    found += [speaker["end"] or speaker["start"] or speaker["after"]] if speaker else []
    # The subject, else a possessive in the opening phrase, else the rest; also beside a
    # title's name ("Okafor and Dr. Ann Reyes testified …": Okafor is still bare).
    if not speaker:
        found += [m[1] for m in (_BARE_SUBJECT.match(text), _OPENING_POSSESSIVE.match(text)) if m]
        found += [m[1] for pattern in _MORE_BARE if (m := pattern.search(text))]
    found += [m[1] for m in _MID_NAME.finditer(text)]
    for name in found:
        # "After Thursday's vote": "Last Thursday" elsewhere named no one. Nor is "The",
        # "In" or "Police" opening a sentence a surname, though a headline glued to a
        # sentence ("Analysis The letter …") or "County Police" made them one.
        if name in known and name not in _CALENDAR and not _no_surname(name):
            return None if name in (full_names(sentence) if given is None else given) else name
    return None


def _no_surname(word: str) -> bool:
    """A capitalised word that is nobody's surname: a function word, or "Police"."""
    return word == "Police" or word.lower() in SUMY_STOP_WORDS


def full_names(sentence: Sentence) -> frozenset[str]:
    """Surnames the sentence gives with a first name or title ("John Kirby": Kirby).

    Read from the text, not the word tokens: tokens cut "McCarthy", "O'Connell" and
    "Al-Hakim" in two and lose the quotation mark of `…of Russia,'' Kirby said`, where
    "Russia" and "Kirby" name no one together. A middle initial counts ("George W. Bush").
    """
    found = set()
    for match in _NAME_PAIR.finditer(sentence.text):
        first, last = match[1], match[2]
        if first in _SECOND_REFERENCE or (first.lower() in SUMY_STOP_WORDS and not _initial(first)):
            continue
        found.add(last)
        if _GIVEN_NAME_LAST.match(last):
            found.add(first)  # "Tam Siu-ming": the family name comes first
    return frozenset(found)


# A capitalised word as written: "McCarthy", "O'Connell", "Al-Hakim"; "Kirby" of "Kirby's".
_CAPITALISED = r"[A-Z][\w-]*(?:['’](?!s\b)[A-Za-z]+)*"
# Two of them side by side (overlapping: "John Paul Jones" gives Paul and Jones), the
# first perhaps an initial with its full stop, or initials ("J.R. Hollis").
_NAME_PAIR = re.compile(
    rf"(?<![\w'’.-])({_CAPITALISED}|(?:[A-Z]\.){{2,3}})\.?\s+(?=({_CAPITALISED}))"
)


# A given name romanised from Chinese or Korean, after the family name: "Siu-ming",
# "Min-jun" (a capital, small letters, a hyphen, small letters).
_GIVEN_NAME_LAST = re.compile(r"[A-Z][a-z]+-[a-z]+$")


def _initial(word: str) -> bool:
    """A middle initial ("George W. Bush"), which the stop list holds as a letter."""
    return len(word) == 1 and word.isupper() and word not in ("A", "I")


def introductions(sentences: Sequence[Sentence], eligible: Sequence[int]) -> dict[int, list[int]]:
    """For each eligible sentence that names someone by surname alone, the eligible
    sentences that give the full name: a briefing shows it only after one of them. The
    same for one that opens on a thing the reader must have met ("The report said …"):
    the sentences that name it otherwise ("a report released on Monday").

    A sentence whose surname or thing no eligible sentence introduces maps to an empty list.
    """
    every = [full_names(s) for s in sentences]
    named = {i: every[i] for i in eligible}
    known = frozenset().union(*every)
    needs = {}
    introducing: dict[str, list[int]] = {}  # found once per surname, not once per sentence
    for i in eligible:
        name = bare_name(sentences[i], known, every[i])
        if name is not None:
            if name not in introducing:
                introducing[name] = [j for j in eligible if name in named[j]]
            needs[i] = list(introducing[name])
    opening = _things(sentences, eligible)
    things = {i: noun for i, noun in opening.items() if i not in needs}
    if things:
        # One pass over the words, whatever the number of things: a story of thousands of
        # sentences may open hundreds of them on "The report …".
        wanted = set(things.values())
        told_by: dict[str, set[str]] = {}  # a word -> the nouns it tells of
        for noun in wanted:
            for word in (noun, *_KIN.get(noun, ())):
                told_by.setdefault(word, set()).add(noun)
        naming: dict[str, list[int]] = {noun: [] for noun in wanted}
        # The people and things of `_KIN` are told of in their own article: "the victim"
        # waits for its article's "was stabbed", not for every death the story's other
        # reports tell of (their number made the integer programs of a large story slow:
        # 10,000 articles 27.6 → 24.1 CPU s). Their introducers are kept by article.
        in_article: dict[tuple[str, int], list[int]] = {}
        for j in eligible:
            if j not in opening:
                told = set()
                for word in told_by.keys() & {w.lower() for w in sentences[j].words}:
                    told |= told_by[word]
                for noun in told:
                    if noun in _KIN:
                        in_article.setdefault((noun, sentences[j].doc_index), []).append(j)
                    else:
                        naming[noun].append(j)
        for i, noun in things.items():
            if noun in _KIN:
                needs[i] = in_article.get((noun, sentences[i].doc_index), [])
            else:
                needs[i] = naming[noun]
    needs.update(_continuing(sentences, eligible))
    return needs


def _continuing(sentences: Sequence[Sentence], eligible: Sequence[int]) -> dict[int, list[int]]:
    """For each eligible sentence whose speaker "continued" or "went on", the sentence of
    its article that it continues: the last one before it that names the speaker. Shown
    only right after it (`reading_order`); when that one may not be shown, never."""
    found = {}
    for i in eligible:
        text = sentences[i].text
        if ("continued" in text or "went on" in text) and (going := _CONTINUED.search(text)):
            found[i] = going[1]
    if not found:
        return {}
    shown = set(eligible)
    continues: dict[int, list[int]] = {}
    for i, speaker in found.items():
        said = re.compile(rf"\b{re.escape(speaker)}\b")
        before = [
            j
            for j, s in enumerate(sentences)
            if s.doc_index == sentences[i].doc_index
            and s.position < sentences[i].position
            and said.search(s.text)
        ]
        last = max(before, key=lambda j: sentences[j].position, default=None)
        continues[i] = [last] if last in shown else []
    return continues


def _things(sentences: Sequence[Sentence], eligible: Sequence[int]) -> dict[int, str]:
    """The eligible sentences that open on a thing the reader must have met, with its noun:
    one of _THE_THING's, someone by age (_THE_AGE), a speaker named by a noun
    (_THE_SPEAKER), or any "The <noun>" whose noun its article used before it; or that
    point back to one later on (_THE_THING_LATER, and _THE_ONE_LATER's people and things
    when its article used the noun before it)."""
    opening = {}
    later: dict[int, list[tuple[int, str]]] = {}  # document -> (sentence, noun) to check
    for i in eligible:
        text = sentences[i].text
        if thing := _THE_THING.match(text):
            opening[i] = thing[1].lower()
        elif age := _THE_AGE.match(text):
            opening[i] = age[1]  # the age, which the introducing sentence gives
        elif (speaker := _THE_SPEAKER.search(text)) and speaker[1] not in STOP_WORDS:
            opening[i] = speaker[1]
        elif words := _THE_WORDS.match(text):
            for k in (1, 2):
                noun = words[k]
                if noun and noun not in STOP_WORDS and _SAYS_WHICH_HERE.match(text, words.end(k)):
                    later.setdefault(sentences[i].doc_index, []).append((i, noun))
        thing = None if i in opening else _THE_THING_LATER.search(text)
        if thing and not _named_before(thing, text):
            opening[i] = thing[1]
        elif i not in opening and "the " in text:
            outside = " ".join(outside_quotations(text))
            one = _THE_ONE_LATER.search(outside)
            if one and not _named_before(one, outside):
                later.setdefault(sentences[i].doc_index, []).append((i, one[1]))
    if later:
        # Where each word of those documents is first used (one pass over the sentences).
        first: dict[int, dict[str, int]] = {document: {} for document in later}
        for sentence in sentences:
            if (used := first.get(sentence.doc_index)) is not None:
                for word in sentence.words:
                    key = word.lower()
                    used[key] = min(used.get(key, sentence.position), sentence.position)
        for document, wanted in later.items():
            for i, noun in wanted:
                position = sentences[i].position
                if i not in opening and first[document].get(noun, position) < position:
                    opening[i] = noun  # the first of the two words used before decides
    return opening


def _named_before(thing: re.Match[str], text: str) -> bool:
    """Whether the sentence met the thing before pointing back to it ("a deal … the deal")."""
    stem = thing[1].removesuffix("s")
    return re.search(rf"\b{stem}s?\b", text[: thing.start()], re.IGNORECASE) is not None


def select_by_rank(
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    relation: Overlap,
    words: int,
    report_of: Mapping[str, str] | None = None,
    unshown: Collection[str] = frozenset(),
    days: Sequence[datetime.date | None] = (),
    newest: Collection[int] = frozenset(),
) -> tuple[Claim, ...]:
    """The best non-redundant claims by ranker score that fit in `words`, in reading order
    (`reading_order`; `days` the day of each document, by its index, where known).
    `newest` holds the indexes of a developing story's newest reports (brief.developing):
    the best of their ledes is chosen first, and leads.

    A claim's weight is its ranker score times 1 + ln(number of reports that carry it):
    what several outlets report is more likely to matter and to be right. Greedy by
    weight, skipping anything redundant with a chosen claim or too long for what is left.
    If not even one sentence fits, the best one is kept anyway: a briefing is never empty
    while there is something to say. Sentences of the documents in `unshown` are never
    chosen (they may still carry a claim, and be cited for it).
    """
    report_of = report_of or {}
    support = all_supporting_sources(sentences, relation)
    carriers = reports_carrying(sentences, relation, support, report_of)
    weight = np.array([scores[i] * (1.0 + math.log(carriers[i])) for i in range(len(sentences))])
    eligible = _eligible(sentences, unshown)
    needs = introductions(sentences, eligible)
    candidates = sorted(
        eligible, key=lambda i: (-weight[i], sentences[i].doc_index, sentences[i].position)
    )
    chosen: list[int] = []
    used = 0
    latest = [
        i
        for i in (_ledes(sentences, eligible, newest) if newest else ())
        if sentences[i].doc_index in newest and len(sentences[i].text.split()) <= words
    ]
    if latest:
        first = min(latest, key=candidates.index)
        chosen.append(first)
        used += len(sentences[first].text.split())
    for i in candidates:
        length = len(sentences[i].text.split())
        if i in chosen or used + length > words or relation.redundant[i, chosen].any():
            continue
        if i in needs and not set(needs[i]) & set(chosen):
            continue  # a surname the reader has not met yet
        chosen.append(i)
        used += length
        if words - used < MIN_CLAIM_WORDS:
            break
    if not chosen and candidates:
        # The best that says who it names, if any does: the reader has met no one yet.
        chosen = [next((i for i in candidates if i not in needs), candidates[0])]
    weights = {i: float(weight[i]) for i in chosen}
    return _claims(
        chosen, weights, sentences, relation, support, carriers, needs, eligible, days, newest
    )


def select_by_concepts_coverage(
    sentences: Sequence[Sentence],
    relation: Overlap,
    words: int,
    report_of: Mapping[str, str] | None = None,
    unshown: Collection[str] = frozenset(),
    days: Sequence[datetime.date | None] = (),
    newest: Collection[int] = frozenset(),
) -> tuple[Claim, ...]:
    """The claims that together cover the most weighted concepts within `words` (concepts.py),
    in reading order (see `select_by_rank`); of a developing story, one of its newest
    reports' ledes among them (`newest`, see `select_by_rank`).

    If no eligible sentence fits or has a concept, the selection by position (the lead of
    the first article) keeps the briefing from being empty. Sentences of the documents in
    `unshown` are never chosen (see `select_by_rank`).
    """
    report_of = report_of or {}
    eligible = _eligible(sentences, unshown)
    needs = introductions(sentences, eligible)
    support = all_supporting_sources(sentences, relation)
    carriers = reports_carrying(sentences, relation, support, report_of)
    chosen, weight = select_by_concepts(
        sentences,
        eligible,
        words,
        relation.redundant,
        relation.supports,
        carriers,
        report_of,
        needs,
        _ledes(sentences, eligible, newest),
    )
    if not chosen:
        lead = np.array([1.0 - s.relative_position for s in sentences])
        return select_by_rank(sentences, lead, relation, words, report_of, unshown, days, newest)
    return _claims(
        chosen, weight, sentences, relation, support, carriers, needs, eligible, days, newest
    )


def _eligible(sentences: Sequence[Sentence], unshown: Collection[str]) -> list[int]:
    """The sentences that may be shown: eligible, and of no document in `unshown`."""
    return [i for i, s in enumerate(sentences) if s.doc_id not in unshown and is_eligible(s)]


def opens_on_news(
    sentences: Sequence[Sentence], unshown: Collection[str], newest: Collection[int]
) -> bool:
    """Whether a lede of the documents `newest` (by index) may open the story (`_ledes`)."""
    # `_ledes` reads only articles' first sentences: only theirs are judged eligible.
    eligible = [
        i
        for i, s in enumerate(sentences)
        if s.position == 0 and s.doc_id not in unshown and is_eligible(s)
    ]
    ledes = _ledes(sentences, eligible, newest)
    return any(sentences[i].doc_index in newest for i in ledes)


def _ledes(
    sentences: Sequence[Sentence], eligible: Sequence[int], newest: Collection[int] = ()
) -> list[int]:
    """The sentences a story may open on (REQUIRE_LEAD): an article's first sentence, not
    someone's words (a dek); and not a feature's scene or anecdote (`sets_a_scene`: "A
    century ago this spring, a naturalist …") while another article opens on news. Of a
    developing story, only its newest reports' (`newest`, by document index), when one of
    them opens on news."""
    openings = [
        i
        for i in eligible
        if sentences[i].position == 0 and not _opens_on_quotation(sentences[i].text)
    ]
    news = [i for i in openings if not sets_a_scene(sentences[i].text)]
    # A newest report that opens on a scene (`sets_a_scene`: a feature's "A century ago this
    # spring, …") says where the story stands further down: none of its sentences has to
    # lead.
    if newest and (latest := [i for i in news if sentences[i].doc_index in newest]):
        return latest
    return news or openings


def reports_carrying(
    sentences: Sequence[Sentence],
    relation: Overlap,
    support: Sequence[tuple[str, ...]],
    report_of: Mapping[str, str],
) -> list[int]:
    """For each sentence, how many independent reports carry it: copies of one report count
    once, and so do articles that carry it in one sentence word for word (`_copied_texts`),
    a wire's background paragraph run again each day, a press release, a syndicated line:
    one source's words, not several sources finding the same. (Each article is still
    cited for it.) `support` is `all_supporting_sources`: most stories copy no sentence,
    and their counts are its reports."""
    counts = [len({report_of.get(d, d) for d in sources}) for sources in support]
    copied = _copied_texts(sentences)
    if not copied:
        return counts
    # Only the sentences a copied one carries count otherwise.
    touched = relation.supports[:, sorted(copied)].any(axis=1)
    for i in np.flatnonzero(touched):
        reports: dict[str, str] = {}  # a carrying article's report: the text it copied
        for j in np.flatnonzero(relation.supports[i]):
            doc = sentences[j].doc_id
            key = report_of.get(doc, doc)
            text = copied.get(j)
            if text is None:
                reports[key] = key  # in its own words somewhere: a report of its own
            elif reports.get(key) != key:
                reports[key] = min(reports.get(key, text), text)
        counts[i] = len(set(reports.values()))
    return counts


# A sentence of at least this many words that several articles carry word for word is one
# source's text; a shorter one ("The plane crashed.") may be written alike by two.
MIN_COPIED_WORDS = 8


def _copied_texts(sentences: Sequence[Sentence]) -> dict[int, str]:
    """The sentences (by index) whose words stand, the same, in another article of the
    story (whatever their marks: `The "Kursk" was …` and `The Kursk was …`), and those
    words. Not someone's words in quotation marks, which each outlet that heard them
    reports."""
    keys = [
        "\0" + " ".join(_WORD.findall(s.text.lower()))  # "\0": never an article's id
        if len(s.words) >= MIN_COPIED_WORDS and not s.spoken_elsewhere and not _speech(s.text)
        else ""
        for s in sentences
    ]
    articles: dict[str, set[str]] = {}
    for key, sentence in zip(keys, sentences, strict=True):
        if key:
            articles.setdefault(key, set()).add(sentence.doc_id)
    return {j: key for j, key in enumerate(keys) if key and len(articles[key]) > 1}


_WORD = re.compile(r"\w+")
# Words in quotation marks, three or more: speech, not a name ("Kursk", "Granite").
_QUOTATION = re.compile(r"(?:``|[\"“])\s*([^\"“”]*?)\s*(?:''|[\"”])")


def _speech(text: str) -> bool:
    return any(len(quoted.split()) >= 3 for quoted in _QUOTATION.findall(text))


def _claims(
    chosen: Sequence[int],
    weight: dict[int, float],
    sentences: Sequence[Sentence],
    relation: Overlap,
    support: Sequence[tuple[str, ...]],
    carriers: Sequence[int],
    needs: Mapping[int, Sequence[int]],
    eligible: Sequence[int],
    days: Sequence[datetime.date | None] = (),
    newest: Collection[int] = frozenset(),
) -> tuple[Claim, ...]:
    reading = reading_order(
        chosen,
        weight,
        sentences,
        relation,
        carriers,
        needs,
        eligible,
        _days_apart(chosen, sentences, relation, days),
        newest,
    )
    return tuple(Claim(sentences[i], support[i], round(weight[i], 4), carriers[i]) for i in reading)


def reading_order(
    chosen: Sequence[int],
    weight: Mapping[int, float],
    sentences: Sequence[Sentence],
    relation: Overlap,
    carriers: Sequence[int],
    needs: Mapping[int, Sequence[int]],
    eligible: Sequence[int],
    days: Mapping[int, datetime.date] | None = None,
    newest: Collection[int] = frozenset(),
) -> list[int]:
    """The chosen sentences in the order a reader takes them: the story's news first, then
    as the articles tell it (`_reading_key`), each after the sentences it leans on. The
    news of a developing story is its newest reports' (`newest`, by document index; see
    brief.developing).

    When `days` gives each chosen sentence its article's day and they are not all one
    day, the story after its news is told in the order it happened: the earliest day's
    sentences first, each day's as above. Told by mean position alone, a story of several
    days read backwards and forwards ("he has left" before "the order expires on
    Wednesday"); told from its earliest day, its first bullet was an older report's, not
    the news its title gives.

    The first is the chosen sentence that comes first in its article, counting only the
    sentences a briefing may show (the lede, when it was chosen), then the earliest by
    position, the one most reports carry and the one of most weight (the concepts a
    summary of the folder would use); never a quotation's opening (a dek, a reaction) nor
    one that waits for another chosen sentence (see below), and a feature's opening scene
    or anecdote only when no other can lead. Ordered by mean position
    alone, readers found a feature's dek, a scene or a statistic first and the news third.

    A sentence that names someone or something by a word another chosen sentence
    introduces comes after it: "Tobias's death" after "Nine-year-old Tobias Hartley was
    killed", "AHF" after "acute harbour fever (AHF)", "Kirby said" after "John Kirby";
    `…," Kirby continued.` right after the words of Kirby's it continues.
    """
    reading = sorted(
        chosen, key=lambda i: (days[i] if days else 0, _reading_key(i, sentences, relation))
    )
    after, firmly = _leans_on(reading, sentences, needs)
    ranks: dict[int, int] = {}
    shown: dict[int, int] = {}  # how many sentences of each document could be shown
    for i in eligible:
        ranks[i] = shown.get(sentences[i].doc_index, 0)
        shown[sentences[i].doc_index] = ranks[i] + 1
    # A lede may name a place or a firm that another sentence gives in two capitalised
    # words ("Pacific" of "the Pacific Northwest", "Kleiner" of "Kleiner Perkins"): only
    # what it waits for by the rules of `introductions` (a surname, "the sheriff") or an
    # abbreviation keeps it from leading, unless that sentence leans on it in turn
    # ("Hours after Tobias Hartley's party …, the local sheriff said" and "Sheriff
    # Dana Whitfield called Tobias's death …").
    ledes = [
        i
        for i in reading
        if not _opens_on_quotation(sentences[i].text)
        and all(any(i in group for group in after[j]) for g in firmly[i] for j in g)
    ]
    start = 0
    if ledes:
        lede = min(
            ledes,
            key=lambda i: (
                # A feature's scene or anecdote leads only when no other sentence can.
                not ranks[i] and sets_a_scene(sentences[i].text),
                # A developing story's newest lede (brief.developing) before any other.
                not (ranks[i] == 0 and sentences[i].doc_index in newest),
                ranks[i],
                sentences[i].position,
                -carriers[i],
                -weight[i],
                reading.index(i),
            ),
        )
        reading.remove(lede)
        reading.insert(0, lede)
        start = 1
    for i in reading[start:]:
        # After one introduction of each thing it names: the latest of the earliest ones.
        introduced_at = max((min(reading.index(j) for j in g) for g in after[i]), default=-1)
        if introduced_at > reading.index(i):
            reading.remove(i)
            reading.insert(introduced_at, i)
    for i in list(reading):
        # `…," Kirby continued.` right after the words it continues, none between.
        if i in needs and _CONTINUED.search(sentences[i].text):
            before = [j for j in needs[i] if j in reading]
            if before:
                reading.remove(i)
                reading.insert(reading.index(before[0]) + 1, i)
    return reading


def _days_apart(
    chosen: Sequence[int],
    sentences: Sequence[Sentence],
    relation: Overlap,
    days: Sequence[datetime.date | None],
) -> dict[int, datetime.date] | None:
    """Each chosen sentence's day: the earliest of the articles that carry it (`days` by
    document index), when every one has a day and they are not all the same one; else
    None (a story of one day, or not all dated)."""
    if not days:
        return None
    found: dict[int, datetime.date] = {}
    for i in chosen:
        carried = [days[sentences[j].doc_index] for j in np.flatnonzero(relation.supports[i])]
        known = [day for day in carried if day is not None]
        if not known:
            return None
        found[i] = min(known)
    return found if len(set(found.values())) > 1 else None


def _leans_on(
    chosen: Sequence[int], sentences: Sequence[Sentence], needs: Mapping[int, Sequence[int]]
) -> tuple[dict[int, list[list[int]]], dict[int, list[list[int]]]]:
    """For each chosen sentence, the other chosen sentences that introduce what it names
    bare, one group for each thing (any sentence of a group introduces it): what `needs`
    says it waits for (a surname, a thing), an abbreviation another spells out ("…
    harbour fever (AHF)"), a word alone that another sentence gives in someone's full name
    ("Tobias's death", "Nine-year-old Tobias Hartley"); and the same without the last,
    the firmer sign (two capitalised words may be a place or a firm)."""
    people: dict[int, set[str]] = {}
    capitals: dict[int, set[str]] = {}
    alone: dict[int, set[str]] = {}
    for i in chosen:
        runs = _name_runs(sentences[i].text)
        people[i] = {word for run in runs for word in _person(run)}
        if appositive := _OPENING_PERSON.match(sentences[i].text):
            people[i] |= {appositive[1], appositive[2]}
        capitals[i] = {word for run, _ in runs for word in run}
        # A word alone that the sentence also gives in a longer name ("Donald Trump's
        # lawyer … said Trump was down") is introduced by the sentence itself.
        alone[i] = {
            run[0]
            for run, _ in runs
            if len(run) == 1 and run[0] not in _CALENDAR and run[0].lower() not in STOP_WORDS
        } - {word for run, _ in runs if len(run) > 1 for word in run}
    spelled = {i: set(_SPELLED_OUT.findall(sentences[i].text)) for i in chosen}

    def introduces(j: int, i: int) -> bool:
        """Whether j introduces what `needs` says i waits for: a surname only when j
        gives it in someone's name ("Landlocked Borduria has …" does not introduce the
        "Borduria" of "… the north of Borduria …"), a thing always."""
        if j not in needs.get(i, ()):
            return False
        surname = full_names(sentences[j]) & capitals[i]
        return not surname or bool(surname & people[j])

    firmly: dict[int, list[list[int]]] = {}
    after: dict[int, list[list[int]]] = {}
    for i in chosen:
        others = [j for j in chosen if j != i]
        short = set(_ABBREVIATION.findall(sentences[i].text)) - spelled[i]
        firm = [[j for j in others if introduces(j, i)]]
        firm += [[j for j in others if a in spelled[j]] for a in sorted(short)]
        firmly[i] = [group for group in firm if group]
        named = [[j for j in others if w in people[j]] for w in sorted(alone[i])]
        after[i] = firmly[i] + [group for group in named if group]
    return after, firmly


def _name_runs(text: str) -> list[tuple[list[str], bool]]:
    """The runs of capitalised words side by side in `text` ("Harbour County Sheriff Dana
    Salazar"; "Tobias" of "Tobias's"), each with whether it opens the sentence."""
    runs: list[tuple[list[str], bool]] = []
    run: list[str] = []
    opens = False
    for n, raw in enumerate(text.split()):
        word = raw.strip(_QUOTE_MARK + "()[]{},.;:!?")
        possessive = word.endswith(("'s", "’s"))
        word = word.removesuffix("'s").removesuffix("’s")
        if run and raw[0] in _QUOTE_MARK + "([":
            runs.append((run, opens))
            run = []
        if _CAPITAL_NAME.fullmatch(word):
            if not run:
                opens = n == 0
            run.append(word)
            if possessive or (raw[-1] in _QUOTE_MARK + ",;:!?)]" or _ENDS_SENTENCE.search(raw)):
                runs.append((run, opens))
                run = []
        elif run:
            runs.append((run, opens))
            run = []
    if run:
        runs.append((run, opens))
    return runs


def _person(named: tuple[list[str], bool]) -> list[str]:
    """The words of someone's full name in a run of capitalised words: its last two (a
    middle initial left out) when the run does not open the sentence or holds more after
    its first word ("spokesman John Kirby", "Sheriff Dana Whitfield", "Nine-year-old
    Tobias Hartley"), neither in capitals only nor a stop word ("US State", "The
    Mayor") nor a courtesy title ("Mr Wilson")."""
    run, opens = named
    if opens:
        # The sentence's first word is capitalised whatever it is: "Landlocked Borduria" is
        # no one's name, "Nine-year-old Tobias Hartley" holds one after it.
        run = run[1:] if len(run) > 2 else []
    run = [w for w in run if not _initial(w)]  # "George W. Bush"
    # The name after a post or an organisation: "Harbour County Sheriff Dana Whitfield".
    run = run[-2:]
    if len(run) != 2 or run[0] in _SECOND_REFERENCE or run[1] in _ORGANISATION:
        return []
    if any(_NOT_NAME.search(w) for w in run):
        return []
    if any(w.isupper() or w.lower() in SUMY_STOP_WORDS or w in _CALENDAR for w in run):
        return []
    return run


# Someone's words opening a sentence (a quotation of three words or more): a dek or a
# reaction, not the news ("'Timecard' App Tracks Workers" opens on a name).
_OPENING_QUOTATION = re.compile(rf"[{_QUOTE_MARK}]+\s*(?:[^\s\"“”«»`]*[^\s\"“”«»`'’]\s+){{2,}}")


def _opens_on_quotation(text: str) -> bool:
    """Whether the sentence opens on someone's words (a dek, a reaction), not on the
    quoted title of a work ("“Harbour Lights” presenter … will leave …")."""
    return bool(_OPENING_QUOTATION.match(text)) and not _names_a_work(text)


# Two capitalised words opening a sentence, then who they are: "Dana Whitfield, a
# spokeswoman for …", "Dana Whitfield, 52, …" (the words of `_person`'s opening run, which
# alone may be a place: "Landlocked Borduria has …").
_OPENING_PERSON = re.compile(r"([A-Z][\w'’-]+)\s+([A-Z][\w'’-]+),\s+(?:a|an|the|who|\d{1,3},)\s")
# A capitalised word of a name ("O'Connell", "Al-Hakim") or an initial ("W." as "W").
_CAPITAL_NAME = re.compile(r"[A-Z][\w'’-]*")
_ENDS_SENTENCE = re.compile(r"[a-z]{2,}\.$")
# The last word of an organisation's or a place's name: "Trump Organization", "Elmwood
# Primary School", "Harford County".
_ORGANISATION = frozenset(
    {
        *("Organization", "Organisation", "Company", "Co", "Corp", "Corporation", "Inc"),
        *("Ltd", "Group", "Department", "Ministry", "Agency", "Office", "Council", "Party"),
        *("Court", "University", "College", "School", "Hospital", "Center", "Centre"),
        *("Institute", "Foundation", "Association", "Union", "Committee", "Bank", "News"),
        *("County", "City", "State", "Province", "Street", "Park", "Airport", "Station"),
    }
)
# Capitalised words that describe rather than name: "St. Louis-based", "Texas-born".
_NOT_NAME = re.compile(r"-(?:based|born|bred|raised|led|backed|owned|run|made|style|old)$")
# An abbreviation in capitals; one spelled out in brackets after its words ("acute harbour
# fever (AHF)").
_ABBREVIATION = re.compile(r"(?<![\w(])([A-Z]{2,6})(?![\w)])")
_SPELLED_OUT = re.compile(r"\(([A-Z]{2,6})\)")


def _reading_key(index: int, sentences: Sequence[Sentence], relation: Overlap) -> tuple:
    """Where the claim sits in the articles that carry it: leads first, as in the news.

    The mean, over carrying sources, of the earliest relative position at which each
    source carries it; ties by document and position, so the order is deterministic.
    """
    earliest: dict[int, float] = {}
    for j in np.flatnonzero(relation.supports[index]):
        s = sentences[j]
        earliest[s.doc_index] = min(earliest.get(s.doc_index, 1.0), s.relative_position)
    mean = sum(earliest.values()) / len(earliest)
    return (round(mean, 6), sentences[index].doc_index, sentences[index].position)
