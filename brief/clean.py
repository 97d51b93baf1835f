"""Tell the article from what surrounds it: headers, menus, promos, captions, repeats.

The rules are about the *shape* of web and wire text, not about particular outlets:
prose has sentences that end in punctuation, while menus, headlines, captions, labels
and sign-offs are short lines that do not; promos use a small vocabulary ("download our
app", "follow us"); scrapes repeat whole paragraphs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .dates import MONTH_NAME, month_number
from .frequency import zipf_frequency

# A paragraph with no sentence end and fewer words than this is a headline, a menu item,
# a caption, a label or a sign-off. Longer unpunctuated blocks are kept: they are
# usually prose whose last sentence was cut off by the scrape.
MAX_FRAGMENT_WORDS = 20
# Promo phrases only condemn a whole paragraph when it is this short; in a longer one
# only the promo sentence goes (see `is_boilerplate_sentence`).
MAX_PROMO_PARAGRAPH_WORDS = 60
# Editors wrap prose at 60 to 80 columns: a shorter line followed by one in lower case is
# a heading above a paragraph that lost its drop capital, not a wrapped line.
MIN_WRAPPED_LINE = 40
# Words no sentence or heading ends on: a long line ending on one goes on in the next line,
# whatever its case ("… the Assembly of the" / "Northern Provinces, the committee …"), as text
# copied out of a PDF is.
_GOES_ON = frozenset(
    "a an and as at by for from in into of on or than that the their to with".split()
)
# How many leading lines may hold the outlet's name, the headline and the date (a menu's
# known links do not count, `header_lines`). 12 until a page copied from a browser with its
# menu one link a line, its sections named for the region's towns ("Invercargill", "Gore",
# "Fiordland", "Clutha"), filled them before its headline; 20 changes no earlier document.
HEADER_LINES = 20

# A sentence ends in one of _ENDS, then maybe closing quotes and brackets.
_CLOSING = "\"'”’)]"
_ENDS = (".", "!", "?", "…")
# The number of a list's item: "1." or "2)". Cleaning drops it from a line; a sentence
# that opens on one is an item of a list (brief.select).
NUMBER_MARKER = r"\d{1,2}[.)]"
_BULLET = re.compile(rf"^\s*(?:[-_*•·▪◦►|]+|{NUMBER_MARKER})\s+")
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
# Photo captions end in a credit: "… Sept. 20, 2016 / Aleppo 24 news via AP".
# The wire's caption of an archive picture ("FILE - In this March 3, 2019 file photo, …"):
# a caption, not the article (nor its date, which is the picture's).
_ARCHIVE_CAPTION = re.compile(
    r"^(?:FILE\s*[-–—:]\s*)?In this\b.{0,40}?\b(?:file )?(?:photo|image|picture)\b",
    re.IGNORECASE,
)
_CAPTION_CREDIT = re.compile(
    r"(?:\s/\s[^/]{1,60}|\((?:photo|image|file|credit)\b[^)]*\)"
    r"|\b(?:getty images|via ap|ap photo|afp photo|afp/getty|reuters/)[^.]{0,60})$",
    re.IGNORECASE,
)

# Promo, cookie, share and copyright lines, written in lower case (see _BOILERPLATE_LOWER).
_BOILERPLATE_RULES = (
    r"\bdownload (?:the |our )?(?:[\w-]+ ){0,3}app\b",
    r"\b(?:get|install) (?:the |our )(?:[\w-]+ ){0,3}app\b",
    r"\bdownload app\b",
    r"\bfollow us\b",
    r"\blike us on\b",
    r"\bsign up (?:for|to)\b.*\b(?:newsletter|alerts?|updates)\b",
    r"\bsubscribe (?:to|for|now)\b",
    r"\bclick here\b",
    r"\bshare (?:this|on) (?:article|story|page|facebook|twitter|whatsapp)\b",
    r"\ball rights reserved\b",
    r"\bwe use cookies\b",
    r"\bcookies?\b.{0,80}\b(?:consent|accept|policy|settings|preferences)\b",
    r"\b(?:enable|turn on) javascript\b",
    r"\bjavascript (?:is )?(?:disabled|required|must be enabled)\b",
    r"\byour browser (?:does not|doesn't) support\b",
    r"^advertisement$",
    r"^(?:sponsored|promoted)(?: (?:content|post|links?|stories|by\b.*))?$",
    r"^(?:paid|partner) (?:content|post|partnership)$",
    r"\bread (?:more|also|next):",
    r"\bthis (?:copy|material) may not be (?:published|reproduced)\b",
    # Wayback Machine snapshots, common in scraped news datasets.
    r"\balexa internet\b.*\binternet archive\b",
    # Video players and galleries read as text: "Full Screen Autoplay Close Skip Ad".
    r"\bautoplay\b",
    r"\bskip ad\b",
    # Social promos: "Follow The Gleaner on Twitter and Instagram".
    r"\bfollow\b.{0,60}\bon (?:twitter|facebook|instagram|tiktok|youtube|linkedin|x)\b",
    r"\b(?:like|join) (?:us|\w+) on (?:facebook|instagram)\b",
    # "Please follow her …": a columnist's own promo.
    r"\bplease follow (?:her|him|them|us|me)\b",
    # Embedded players and widgets saved instead of the article: a player's "… could
    # not be loaded", "not available right now", a tweet widget's notice about
    # location information. Identical on unrelated pages, they would make them one
    # "story".
    r"\b(?:could not|couldn't|cannot|can't) be (?:loaded|played|displayed)\b",
    r"\bnot available right now\b",
    r"\bplease try again later\b",
    r"\bwhen the video has been rented\b",
    r"\blocation (?:information|history)\b.{0,80}\btweets?\b",
    r"\btweets?\b.{0,80}\blocation (?:information|history)\b",
    r"\btweet with a location\b",
    # A video player that cannot play: "… playback is unsupported on your device".
    r"\bplayback is (?:unsupported|not supported)\b",
    r"\bunsupported on your device\b",
    # A reprint notice saved instead of the article: "… for your personal,
    # non-commercial use only", "order … reprints".
    r"\bfor your personal,? non-commercial use\b",
    r"\border (?:presentation-ready copies|reprints)\b",
    # A site asking the reader to follow a topic: "Follow the storm page to keep
    # up to date with all of it".
    r"\b(?:stay|keep) up to date (?:on|with) (?:the latest|all)\b",
    # A site's appeal for money, word for word on every page it serves, so two of
    # its pages would "corroborate" it: "Support us from as little as £1 – it only
    # takes a minute", "Millions are turning to …".
    r"\bfrom as little as [£$€]\s?\d",
    r"\bit only takes a minute\b",
    r"\bplease (?:consider )?(?:make|making|give|giving) a (?:[\w-]+ )?"
    r"(?:contribution|donation)\b",
    r"\b(?:millions|readers) (?:are|have been) turning to\b",
    # A newsletter box's small print, and a wire's funding disclosure run by every
    # outlet that prints its story: "… coverage receives financial support from
    # private foundations. AP is solely responsible for all content."
    r"\bnewsletters? may contain\b",
    r"\bprivacy (?:notice|policy):",
    r"\b(?:coverage|journalism|reporting) receives (?:financial )?support\b",
    r"\bis solely responsible for all content\b",
    # A paywall below the lead: "Cancel anytime. Already a subscriber? Sign in to
    # continue reading."
    r"\bto (?:continue|keep) reading\b",
    r"\balready (?:a subscriber|a member|subscribed|have an account)\b",
    r"\bcancel any ?time\b",
    # A newsletter's sign-off: "Forward this email to a friend", "You're receiving this
    # because you signed up to …", "Got a story? Email …", "View in browser".
    r"\bforward this (?:e-?mail|newsletter)\b",
    r"\byou(?:'re|’re| are) receiving this\b",
    r"\bgot a (?:story|news tip|tip)\?",
    r"\bview (?:this e-?mail |it )?(?:in|on) (?:your |a )?(?:web )?browser\b",
    # A page's accessibility link copied with its text: "Skip to main content".
    r"^skip to (?:the )?(?:main )?(?:content|navigation|search|article)$",
)
# Every rule starts at a word boundary ("^advertisement$" too): tested once, outside the
# group, the boundary lets re skip all the rules at the other positions (1.7x faster).
_BOILERPLATE = re.compile(r"\b(?:" + "|".join(_BOILERPLATE_RULES) + ")", re.IGNORECASE)
# The same rules for the lower case of ASCII text, which they match exactly as they match
# the text ignoring case (their classes hold both cases or none). Without re.IGNORECASE,
# re skips a rule whose first letter is not the text's (the rules' own \b, the same test
# as the one outside, goes): 8x faster.
_BOILERPLATE_LOWER = re.compile(
    r"\b(?:" + "|".join(rule.removeprefix(r"\b") for rule in _BOILERPLATE_RULES) + ")"
)

# As precise as the patterns allow: a word common in news ("app" in "happen", "follow" in
# "following", "tweet") would send most sentences through the regex for nothing.
_BOILERPLATE_WORDS = (
    *("download", "get the ", "get our ", "install the ", "install our ", "follow us"),
    *("like us", "sign up", "subscribe", "click here", "share this ", "share on "),
    *("rights reserved", "cookie", "javascript", "browser", "advertisement", "read more:"),
    *("read also:", "read next:", "may not be published", "may not be reproduced", "alexa"),
    *("autoplay", "skip ad", "follow ", " on facebook", " on instagram", "be loaded"),
    *("be played", "be displayed", "right now", "try again", "rented", "location information"),
    *("location history", "with a location", "playback is", "unsupported on your device"),
    *("non-commercial use", "order presentation-ready", "order reprints", "up to date"),
    *("as little as", "takes a minute", "please", "turning to"),
    *("newsletter", "privacy", "receives", "solely responsible"),
    *("continue reading", "keep reading", "already ", "cancel any"),
    *("sponsored", "promoted", "paid content", "paid post", "paid partnership"),
    *("partner content", "forward this", "receiving this", "got a ", "skip to "),
)

# Shapes of text that is not prose, whatever its words (see `is_not_prose`).
_MONTH = r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
# "Friday, May 2, 2014." closing a sentence: how wire photo captions end.
_WEEKDAY_DATE = (
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s(?:morning|afternoon|evening|night))?,"
    rf"\s{_MONTH},?\s\d{{1,2}},?\s\d{{4}}\.?$"
)
# "May 2, 2014." closing a sentence (see the captions in _NOT_PROSE).
_MONTH_DATE = rf"{_MONTH}\s\d{{1,2}},\s\d{{4}}\.?$"
# A caption may say "on Friday, May 2, 2014." too ("A news crew reports from the house on
# Tuesday, …"), in the present tense of a picture; prose that ends so tells, says or
# foretells ("… would reopen on Friday, …", "… voted on …"), and keeps its sentence.
_CAPTION_ON = re.compile(r"\son\s" + _WEEKDAY_DATE)
_TOLD = re.compile(
    r"\b(?:said|says|would|will|was|were|had|has|have|did|could|should|may|might|\w+ed)\b"
)
_NOT_PROSE = re.compile(
    "|".join(
        (
            # A section heading glued to the paragraph it heads: "YANKEES Pitching The …".
            r"^[A-Z]{2,}(?:\s[A-Z]{2,})*\s(?:[A-Z][a-z]+\s){1,3}"
            r"(?:The|A|An|In|On|At|He|She|It|They|His|Her|After|With)\s",
            # A label that introduces a link or a player: "WATCH: …", "RELATED: …".
            r"^(?:RELATED|WATCH|READ|PHOTOS?|VIDEO|UPDATE|MORE|SEE ALSO|LISTEN|RECOMMENDED"
            r"|TRAILER|GALLERY|SLIDESHOW|PODCAST|TRENDING|SPONSORED|EDITOR'S NOTE|BREAKING)"
            r"(?:\s[A-Z]+)*\s?:",
            # Share prices glued to a name: "… Acme ACME, +0.88% Chairman …".
            r"\b[A-Z]{1,5}\.?,?\s[+-]\d+(?:\.\d+)?%",
            # A gallery's link glued to the caption it opens: "View Images A ranger …".
            r"^View (?:Images|Photos|Gallery|Slideshow|Video)\s(?=[A-Z])",
            # A pointer elsewhere: "Visit the county health office for more about the fever."
            r"^(?:Visit|Go to|Check out)\s.{3,80}?\bfor (?:more|further|the latest)\b",
            # A live blog's time stamp: "1:18 A.M. U.S. Secretary of State …".
            r"^\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s(?:ET|EST|EDT|GMT|UTC|BST))?\s+[A-Z]",
            # Reference lists: "^ Jamieson, A.R.; …", "[12] Smith, J. (2004)", "Retrieved 3 May".
            r"^\^|^\[\d+\]\s",
            r"\b[A-Z][\w'’-]+,\s(?:[A-Z]\.\s?){1,3}(?:;|\(\d{4}\))",
            r"\bRetrieved (?:on )?\d{1,2} [A-Z][a-z]+ \d{4}\b|\b(?:doi:|ISBN(?:-1[03])?:? ?\d)",
            # Recipe and instruction steps with their number glued on: "1Heat oven to 350°F",
            # and list items glued to their dash: "--Check the smoke alarm every month."
            r"^(?:Step\s)?\d{1,2}(?=[A-Z][a-z]+\s)",
            r"^(?:--|-|—|–|•)(?=[A-Z][a-z])",
            # A photo caption that kept its label: "Caption Wildlife officials in Kenya …".
            r"^(?:Image |Photo |Picture |Hide |Media )?[Cc]aption:?\s(?=[A-Z\d])",
            # An update's label: "[UPDATE August 23, 2016] Police have …".
            r"^\[(?:UPDATED?|CORRECTION|CLARIFICATION|EDITOR'S NOTE)\b[^\]]{0,60}\]",
            # A photo caption led by its date, no dash: "Sept. 29, 2013 Jane Doe of Leeds
            # waves …" (a dateline has a dash or a place: "Sept. 29, 2013 — …").
            rf"^{_MONTH} \d{{1,2}},"
            r" \d{4} (?:[A-Z][a-z]+ [A-Z][a-z]+|A [a-z]+ [a-z]+ [a-z]+s)\b",
            # A wire photo's caption, closed by its place, weekday and date: "… outside the
            # town hall in Leeds, Friday, May 2, 2014." (prose says "on Friday"; but see
            # _CAPTION_ON).
            r",\s" + _WEEKDAY_DATE,
            # ... or by its place and date alone ("… at the town hall in Leeds, England,
            # May 2, 2014."), or a place and a weekday with no comma between ("… in Penrith,
            # Cumbria Friday, May 2, 2014."): prose says "on" (the 18 sentences of the dev
            # data that end so are all a picture's caption).
            r"(?<!day),\s" + _MONTH_DATE,
            r"[A-Z][a-z]+\s" + _WEEKDAY_DATE,
            # A video player's close button glued to its caption: "CLOSE The mayor says …".
            r"^CLOSE\s(?=[A-Z][a-z])",
            # A gallery's captions: "… Hide Caption 3 of 13 Photos: Moments of the harbour …"
            # and credits "(Photo: Jane Roe, Harbour News)": all 49 of the dev data's.
            r"\bPhotos?:\s|\bHide Caption \d",
            # Question-and-answer pieces: "Q. Who pays for it? A. The council, for now.".
            r"^[QA][.:]\s",
            # A wire service's notes to editors: "Questions should be directed to … 555-…".
            r"\b(?:questions|inquiries) (?:should|may|can) be directed to\b",
            r"\(?\b\d{3}\)?[ -]\d{3}-\d{4}\b",
            # ... and its day's list of stories (a "budget"): a note to "EDs:", a story's
            # time ("ETA: 7 p.m.") and category, pointers to "this budget" or to page
            # layouts its clients can buy.
            r"^\(?(?:EDS?|EDs|Eds)\s?:|^All times are Eastern\b",
        )
    )
)
# A sentence of this many words or more in capitals is not prose (see _shouted).
SHOUTED_WORDS = 6
# re tries a rule that opens with \b or a class at every position of the text, but scans for
# plain text fast. So the rules are tried at the start, and further in only when the text
# holds one of these pieces, which every rule that need not start the text contains (a new
# such rule adds its piece here): is_not_prose is then ~20x faster, with the same answers.
_NOT_PROSE_INSIDE = re.compile(
    r",\s[A-Z]\.|Retrieved |doi:|ISBN|be directed to|-\d{4}|day,\s[A-Z]|%|Photos?: |Hide Caption"
    r"|\d,\s\d{4}"
)
# The rest of an agency's list of stories (see "notes to editors" above), tried only on
# text that holds one of its words (a pattern of common letters would slow every search).
_AGENCY_NOTE = re.compile(
    r"\bETA(?::|\s+(?:of|is))|\b[Ss]tory will move\b|\b(?:this|the day's|features) budgets?\b"
    r"|\blayouts? (?:is|are) (?:for sale|available)"
)
_AGENCY_WORDS = ("ETA", "will move", "budget", "layout")

_DATE_PATTERNS = (
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"),  # 03.10.2016 (day first)
    # (a month as written, or in a script's or a stamp's capitals: "TUESDAY, NOVEMBER 24,
    # 2026", "MONDAY NOV 23 2026")
    re.compile(
        r"\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"
        r"|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*)\.? (\d{1,2})"
        r"(?:st|nd|rd|th)?,? (\d{4})\b"
    ),
    # 4 May 2021, as British, European and most agencies' pages write it (day first), or
    # with its ordinal ("Wednesday 25th November 2026")
    re.compile(
        r"\b(\d{1,2})(?:st|nd|rd|th)? (Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May"
        r"|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
        r"|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
        r"|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\b"
        r"\.?,? (\d{4})\b"
    ),
    # 11/26/2026 or 26/11/2026: a date only when one reading is no date (03/04/2025 is
    # March or April, and no day is guessed).
    re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"),
)
_PUBLISHER_IN_PARENS = re.compile(r"^\((?P<name>[A-Z][\w .&'-]{1,40})\)$")
# A word in small letters other than those a name may hold ("of", "and", "the", "de").
_SMALL_WORD = re.compile(r"\b(?!(?:of|and|the|for|on|in|de|du|des|la|le|el|y|et|und)\b)[a-z]")
_LABEL = re.compile(r"^[A-Z][A-Z ]{2,30}$")  # ADVERTISEMENT, SPONSORED CONTENT
# Short header lines that are not headlines: a byline ("BY JANE DOE (Distributed by …)"),
# a bare dateline ("CHICAGO (AP)"), a line that introduces what follows ("… questions:"),
# or one that opens with a mark rather than a word ("*Associated Press Writer").
_NOT_HEADLINE = re.compile(
    r"""^(?:[Bb][Yy]\s|[^\w"“‘'])
      | ^[A-Z][A-Z.,' -]*\([A-Za-z]{2,10}\)$
      | :$
      | \s[›»>]\s.*\s[›»>]\s  # a breadcrumb: "Harwick Gazette › Sport › Athletic"
      # a wire's budget line above its story: "Slug: BC-Storm-Harbour", "Words: 310"
      | ^(?:Slug|Words|Moved|Priority|Category|Keywords|Embargo|Filed|Length|Desk)\s*:\s
      # a radio site's player: "Now playing: Afternoon Drive with Sandy"
      | ^(?i:now\s+playing|on\s+air\s+now|listen\s+live|watch\s+live|live\s+now|live\s+\d)""",
    re.VERBOSE,
)
# A newspaper's name, in capitals or title case, alone on its line: the words papers call
# themselves and no headline ends on ("Castlemurragh Advertiser", "THE KESTLOW COURIER").
_PAPER_WORDS = ("Advertiser", "Gazette", "Courier", "Mercury", "Herald", "Chronicle")
_PAPER_WORDS += ("Observer", "Telegraph", "Tribune", "Argus", "Ledger", "Examiner", "Crier")
_PAPER_WORDS += ("Dispatch", "Sentinel", "Gleaner", "Recorder")


def _ending_on(words: Sequence[str], before: str) -> re.Pattern[str]:
    """Capitalised words (`before`, a pattern of them) that end on one of `words`, as
    written or in capitals."""
    return re.compile(before + "(?:" + "|".join(f"{w}|{w.upper()}" for w in words) + ")")


NEWSPAPER = _ending_on(_PAPER_WORDS, r"(?:[A-Z][\w'’-]*\s+){1,3}")
# An outlet's name as a clipping's header lines give it: capitalised words that end on a
# word outlets' names end on ("Carra FM News", "NRB News", "Harwick Gazette").
_OUTLET_WORDS = (*_PAPER_WORDS, "News", "Radio", "FM", "TV", "Television", "Times", "Post")
_OUTLET_WORDS += ("Echo", "Journal", "Press", "Express", "Standard")
# A station's frequency is a word of its name ("TIDE 97.3 FM NEWS").
_OUTLET = _ending_on(
    _OUTLET_WORDS, r"(?:The\s+|THE\s+)?(?:[A-Z][\w'’&.-]*\s+)?(?:[A-Z0-9][\w'’&.-]*\s+){0,2}"
)
# A broadcaster's dateline under a headline: "NRB News, Oldmere".
_OUTLET_DATELINE = re.compile(r"(?P<outlet>[^,]{2,60}),\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")


def outlet_named(part: str) -> str | None:
    """The outlet a header line's part names (`_OUTLET`), written as a name; None for a
    section's ("Local News", "World News") or anything else."""
    part = part.strip()
    if not _OUTLET.fullmatch(part):
        return None
    words = part.lower().split()
    if words[0] in _GENERIC_SECTIONS or _SECTION_NEWS.match(part):
        return None
    return recased_name(part)


# A site's furniture above a headline copied with it: "Skip to main content", its search
# box ("Search this site"), a menu of its sections ("News Sport Business What's On Property
# Jobs", "News | Business | Farming | Sport", "Sign in Read the e-edition Newsletters"), a
# breadcrumb ("News > Church Stretton").
_SKIP_LINK = re.compile(
    r"(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|menu)"
    r"|search(?: (?:this|the|our) (?:site|website))?",
    re.I,
)
_MENU_WORDS = frozenset(
    "news sport sports business politics opinion comment world uk us local national home"
    " latest lifestyle entertainment culture arts property jobs motors announcements"
    " notices public weather travel community farming health education video videos"
    " podcasts puzzles obituaries contact subscribe e-edition what's on events money"
    " science technology tech food style advertise about login register search menu"
    " archive newsletters listings shop listen live shows win competitions sign read"
    # The printed paper's pages online: "Today's Paper", "E-Paper", "Digital Edition".
    " paper e-paper epaper edition"
    # "Log in", "Death notices"; a broadcaster's "On Demand", "Watch Live", "My account".
    " log demand watch account".split()
)
_MENU_WORDS_AT_LEAST = 4
# A menu copied one link a line ("Home", "What's On", "Advertise with us", "Subscribe Sign
# in"): a short line of menu words and the small words between them.
_MENU_ITEM_LENGTH = 30
_MENU_ITEM_WORDS = _MENU_WORDS | frozenset(
    "with us in up out log and & to our the ▶ today's today’s digital print death family"
    " my on".split()
)
_BREADCRUMB = re.compile(r"\s[›»>]\s")
# A bar of a section's own sections, whatever their names: "Football | Rugby | Cricket |
# Boro | Scores" (at least four parts, none of more than two words); a bar of share
# buttons is none (see is_menu).
_SECTION_BAR_PARTS = 4
# Text copied from a browser keeps a bar's links apart by spaces ("Glasgow  Edinburgh  Fife
# Tayside  Highlands"): two or more, or a tab. `split_lines` writes such a bar's gaps as
# " | ", so that is_menu knows it (it would read as one line of six words).
_BAR_GAP = re.compile(r"(?<=\S)(?: {2,}|\t+)(?=\S)")
_SHARE_WORDS = frozenset(
    "share facebook twitter x email e-mail print whatsapp linkedin pinterest reddit copy"
    " link messenger threads bluesky tweet".split()
)


def _is_bar(parts: list[str]) -> bool:
    """Whether a line's parts are a bar of links: _SECTION_BAR_PARTS or more, none of more
    than two words."""
    return len(parts) >= _SECTION_BAR_PARTS and all(1 <= len(part.split()) <= 2 for part in parts)


def menu_item(line: str) -> bool:
    """A link of a menu on its own line (see _MENU_ITEM_WORDS); cheap, for every line of a
    page's header."""
    if len(line) > _MENU_ITEM_LENGTH:
        return False
    words = line.lower().split()
    return any(w in _MENU_WORDS for w in words) and all(w in _MENU_ITEM_WORDS for w in words)


def is_menu(line: str) -> bool:
    """A site's menu or breadcrumb copied above its headline (see _SKIP_LINK's comment):
    four words or more, two in three of them the names sites give their sections. A bar
    of share buttons under a headline ("Share | Facebook | Email | Print") is none."""
    if _SKIP_LINK.fullmatch(line.strip()) or _BREADCRUMB.search(line) or menu_item(line):
        return True
    words = line.replace("|", " ").lower().split()
    bare = line.strip()
    parts = bare.split("|")
    if _is_bar(parts) and not any(w in _SHARE_WORDS for w in words) and find_date(line) is None:
        return True
    # A section's label over its headline, in capitals: "NEWS | FIFE COUNCIL" (not a
    # headline in capitals, "STORM HITS COAST | LIVE": its first part is no section's name).
    if (
        "|" in bare
        and bare.isupper()
        and all(1 <= len(part.split()) <= 3 for part in parts)
        and all(w in _MENU_ITEM_WORDS for w in parts[0].lower().split())
    ):
        return True
    return len(words) >= _MENU_WORDS_AT_LEAST and sum(w in _MENU_WORDS for w in words) >= (
        2 * len(words) / 3
    )


_GENERIC_SECTIONS = {
    *("news", "home", "world", "politics", "business", "latest"),
    *("opinion", "opinions", "comment", "commentary", "editorial", "editorials", "op-ed"),
    *("review", "reviews"),
}


@dataclass(frozen=True, slots=True)
class CleanText:
    """The paragraphs of an article and what its header told about it."""

    paragraphs: tuple[str, ...]
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    # The sections a title bar files it under ("Opinion | Headline | Site"), lower case:
    # left out of the title, but what the article is (brief.opinion reads them).
    sections: tuple[str, ...] = ()
    # The text's short lines, kept or not: a critic's fact box ("Director: …", "Running
    # time: …"), a rating, a sign-off. What they say of the article is brief.opinion's to
    # tell; no Document keeps them.
    short_lines: tuple[str, ...] = ()
    # The news agency the byline credits ("Pennine News Agency", "Associated Press"), or
    # None: an outlet that prints an agency's copy published it, the agency reported it.
    agency: str | None = None
    # Whether its lines were written in capitals and put in sentence case (`truecased`).
    recased: bool = False


# A news agency as a byline names it: "… News Agency", "… Press Association", "… News
# Service", or one of the agencies papers print under their own names.
_AGENCY = re.compile(
    r"(?:(?:[A-Z][\w&'’.-]*\s+){0,4}(?:News|Press|Wire)\s+(?:Agency|Association|Service)"
    r"|Associated\s+Press|Reuters|Agence\s+France-Presse|AFP|PA\s+Media|AAP|Canadian\s+Press"
    r"|Bloomberg\s+News|Deutsche\s+Presse-Agentur|dpa|Xinhua|Kyodo\s+News|ANSA|EFE"
    r"|United\s+Press\s+International|UPI|Press\s+Trust\s+of\s+India|Yonhap|Anadolu\s+Agency)"
    r"(?![\w-])"
)


_BYLINE_WORD = re.compile(r"^\s*(?:by|via|from)\s+", re.IGNORECASE)


def agency_of(byline: str | None) -> str | None:
    """The news agency a byline credits ("By JOHN ROE, Associated Press Writer" ->
    "Associated Press", "Pennine News Agency"), or None for a person's or a paper's."""
    found = _AGENCY.search(_BYLINE_WORD.sub("", byline or ""))
    return " ".join(found[0].split()) if found else None


def single_spaced(text: str) -> bool:
    """Whether `" ".join(text.split())` is the text itself, found without building it.

    Every character str.split() cuts at is unprintable but the space (control characters,
    the other spaces, line and paragraph separators), so a printable text without two
    spaces in a row or at either end has nothing to normalise: two scans in C.
    """
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def word_count(text: str) -> int:
    """Number of words as a reader counts them."""
    return len(_WORD.findall(text))


def ends_sentence(text: str) -> bool:
    """True when the text ends like a sentence (full stop, ?, !, closing quote)."""
    text = text.rstrip()
    # A mark before any closing quotes and brackets, or a double quote: looked for at the
    # end with string methods (a regex would scan the whole text).
    return text.rstrip(_CLOSING).endswith(_ENDS) or text.endswith(('"', "”"))


def is_fragment(text: str, words: int | None = None) -> bool:
    """True for lines that are not prose: headlines, menus, captions, labels, sign-offs.

    `words`: the text's word_count, when the caller has it already."""
    if ends_sentence(text):
        # A page's stamp of a day and a time ends on "a.m.", which ends no sentence ("Wed.,
        # Nov. 25, 2026 -- 6:30 a.m." was a radio script's first paragraph, and the title
        # its source was listed under).
        return text.endswith(("a.m.", "p.m.")) and _is_stamp(text)
    if words is None:
        words = word_count(text)
    return words < MAX_FRAGMENT_WORDS or bool(_CAPTION_CREDIT.search(text))


# What a stamp of a day and a time is made of, besides figures and marks.
_STAMP_WORDS = re.compile(
    rf"\b(?:{MONTH_NAME}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?|[ap]\.m\."
    r"|at|[A-Z]{2,4}T|posted|published|updated|last|modified|on)(?=\W|$)",
    re.IGNORECASE,
)


def _is_stamp(text: str) -> bool:
    """Whether the line holds only a date and a time: "Wed., Nov. 25, 2026 -- 6:30 a.m.",
    "Posted Nov. 24, 2026 12:40 p.m. / Updated Nov. 24, 2026 1:05 p.m."."""
    return find_date(text) is not None and not re.search(r"[A-Za-z]", _STAMP_WORDS.sub("", text))


def is_not_prose(text: str) -> bool:
    """True for text shaped like a heading, a label, a time stamp, a reference or a step.

    Glued headings ("YANKEES Pitching The starting …"), link labels ("WATCH: …"), live-blog
    time stamps ("1:18 A.M. …"), reference-list entries ("^ Jamieson, A.R.; …") and
    numbered steps ("1Heat oven to 350°F") come through scrapes inside prose lines.
    """
    text = text.lstrip()
    if _NOT_PROSE.match(text) or (_NOT_PROSE_INSIDE.search(text) and _NOT_PROSE.search(text)):
        return True
    if any(map(text.__contains__, _AGENCY_WORDS)) and _AGENCY_NOTE.search(text):
        return True
    if "day, " in text and _CAPTION_ON.search(text) and not _TOLD.search(text):
        return True
    return _shouted(text)


def _shouted(text: str) -> bool:
    """A sentence in capitals: a headline, or a broadcast transcript's running text ("WE
    ASKED THE COUNCIL …"), which has lost who speaks in it."""
    return text.isupper() and len(text.split()) >= SHOUTED_WORDS


def is_boilerplate_sentence(text: str) -> bool:
    """True for promo, cookie, share and copyright lines, and for text that is not prose."""
    if is_not_prose(text):
        return True
    lower = text.lower()
    # Every pattern holds one of these words: a plain substring test first is 8x faster
    # than the regex on the news sentences that make up nearly all input.
    if not any(map(lower.__contains__, _BOILERPLATE_WORDS)):
        return False
    if text.isascii():
        return bool(_BOILERPLATE_LOWER.search(lower.strip()))
    return bool(_BOILERPLATE.search(text.strip()))


def find_date(text: str) -> str | None:
    """The first calendar date in the text, as ISO 8601 (YYYY-MM-DD)."""
    for number, pattern in enumerate(_DATE_PATTERNS):
        match = pattern.search(text)
        if not match:
            continue
        a, b, c = match.groups()
        if number == 0:
            year, month, day = int(a), int(b), int(c)
        elif number == 1:
            day, month, year = int(a), int(b), int(c)
        elif number == 2:
            month, day, year = month_number(a[:3]) or 0, int(b), int(c)
        elif number == 3:
            day, month, year = int(a), month_number(b[:3]) or 0, int(c)
        elif int(a) > 12 >= int(b):
            day, month, year = int(a), int(b), int(c)
        elif int(b) > 12 >= int(a):
            month, day, year = int(a), int(b), int(c)
        else:
            continue
        if 1 <= month <= 12 and 1 <= day <= 31 and 1900 < year < 2200:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


# Characters that show nothing but split a word for every comparison and search: zero-width
# space, word joiner, byte-order mark, soft hyphen ("The\u200bFlight Crew"). Zero-width
# (non-)joiners stay: scripts such as Persian spell with them.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"))
_INVISIBLE_CHARACTERS = tuple(map(chr, _INVISIBLE))


def _bar_or_line(raw: str) -> str:
    """A line not written single-spaced: single-spaced, but a bar of links (see _BAR_GAP)
    with its gaps as " | "."""
    parts = _BAR_GAP.split(raw.strip())
    if "|" not in raw and _is_bar(parts):
        return " | ".join(" ".join(part.split()) for part in parts)
    return " ".join(raw.split())


def split_lines(text: str) -> list[str]:
    """Non-empty lines, with hard-wrapped lines of one paragraph joined again."""
    lines: list[str] = []
    previous = 0  # length of the last non-empty line as written
    # Few texts hold one: four scans in C cost a thirtieth of a translation by dictionary.
    if any(map(text.__contains__, _INVISIBLE_CHARACTERS)):
        text = text.translate(_INVISIBLE)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    raws = text.split("\n")
    width = wrap_width(raws)
    written = 0  # the last line's length as written, 0 after a blank line or a padded one
    continued = False  # whether the last line is several lines joined

    def _goes_on_from(before: str, line: str, raw: str) -> bool:
        """Whether `line` goes on with the paragraph `before` ends (see split_lines)."""
        if _BYLINE_LINE.match(line) or BARE_ADDRESS.fullmatch(line):
            return False  # (a page's address on a line of its own is no wrapped text)
        # In a text wrapped at a width, the line the next one's first word would not
        # have fitted on was wrapped there.
        at_width = bool(
            width
            and written >= MIN_WRAPPED_LINE
            and written + 1 + len(line.split(" ", 1)[0]) > width
        )
        opens = line[0].isalnum() or line[0] in _OPENING
        if not ends_sentence(before):
            # A line that stops mid-sentence followed by one that starts in lower case
            # is one paragraph wrapped by an editor, not two. A short line is not a
            # wrapped one: it is a heading, and the next line lost its drop capital
            # ("urkey, Poland…"). Whatever the next word's case, at the width: "… and
            # Anthony Moran" / "(47), of no fixed abode, appeared …", "… She said Mr" /
            # "Kilbane made no …"; a dash between clauses, "… paid fairly" / "- but I'd
            # urge …". (A line past the width was wrapped too: the width is what nine in
            # ten lines keep within, and a short text's lines at its width may be fewer.)
            return (
                line[0].islower()
                or (line[0].isalnum() and _goes_on(before))
                or (at_width and (opens or _dash_goes_on(line, raw, before)))
            )
        # A quotation closed with no mark before it ('says he is "deeply concerned"')
        # ends no sentence when small letters go on after it.
        if line[0].islower() and not before.rstrip(_CLOSING).endswith(_ENDS):
            return True
        # A sentence's end at the width, in a paragraph already of several lines (a
        # page's paragraphs of a line each end at any length): "… the bus is a
        # lifeline." / "I've spoken to pensioners …".
        return (
            continued
            and at_width
            and width - _WRAP_SLACK <= written <= width + _PAST_WIDTH
            and opens
        )

    for raw in raws:
        # Most lines are written single-spaced: checked in C, not cut and joined again.
        line = raw if single_spaced(raw) else _bar_or_line(raw)
        if not line:
            written = 0
            continue
        if lines and previous >= MIN_WRAPPED_LINE and _goes_on_from(lines[-1], line, raw):
            lines[-1] = f"{lines[-1]} {line}"
            continued = True
        else:
            lines.append(line)
            continued = False
        previous = len(line)
        # A line padded to the width (a menu's dot leaders, a table's columns) or a rule
        # of dashes was not wrapped there. Only a wrapped text needs to know.
        padded = not width or ".." in line or "  " in raw.strip() or " " not in line
        written = 0 if padded else len(raw.rstrip())
    return lines


_OPENING = "(\"'“‘£€$"
# A web address alone on a line.
BARE_ADDRESS = re.compile(r"https?://[^\s/]+\.\S+")


def _dash_goes_on(line: str, raw: str, before: str) -> bool:
    """A dash between clauses wrapped to the head of a line ("- but I'd urge …"): small
    letters after it, at the margin, under a line that is no list's item."""
    dashes = ("- ", "– ", "— ")
    return (
        line.startswith(dashes)
        and line[2:3].islower()
        and raw[:1] in "-–—"
        and not before.startswith(dashes)
    )


# How far short of the width a line ending a sentence may stop and still have been wrapped
# there (a long next word), and how far past it (the width is what nine in ten lines keep
# within: of a short text's twenty lines at 67 to 72 columns, the two at 72 are a tenth).
_WRAP_SLACK = 12
_PAST_WIDTH = 4
# A byline under a headline, in small letters: "by Martin Hebditch", maybe with a date or
# a separator after the name. Never the rest of the headline above it.
_BYLINE_LINE = re.compile(r"by\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:\s*$|\s*[,|]|\s+\d)")
# A text is wrapped at a width when at least this many of its lines are long (see
# MIN_WRAPPED_LINE) and nine in ten of them are no longer than MAX_WRAP_WIDTH: mail and
# plain-text editors wrap at 60 to 80 columns, some at 100; a text whose paragraphs are
# one line each is not wrapped, and its lines are joined only as above.
MIN_WRAPPED_LINES = 3
MAX_WRAP_WIDTH = 100


def wrap_width(raws: Sequence[str]) -> int | None:
    """The width the lines were wrapped at, or None when they were not: the length nine in
    ten long lines keep within (a URL or a table row may run past the width)."""
    long = sorted((n for raw in raws if (n := len(raw.rstrip())) >= MIN_WRAPPED_LINE), reverse=True)
    if len(long) < MIN_WRAPPED_LINES:
        return None
    width = long[len(long) // 10]
    return width if width <= MAX_WRAP_WIDTH else None


def _goes_on(line: str) -> bool:
    return line[line.rfind(" ") + 1 :].lower() in _GOES_ON


# A line that only announces links ("Read more:", "Related stories:") is followed by their
# titles: up to this many short lines are skipped (a linked story's headline under the
# label is not a claim of the article around it).
_LINK_LIST_LABEL = re.compile(
    r"^(?:read more|related(?: (?:stories|articles|coverage|links))?|see also|more on this"
    r"(?: story)?|recommended(?: stories)?|you may also like|also read)\s*:?\s*$",
    re.IGNORECASE,
)
MAX_LINK_TITLES = 3
MAX_LINK_TITLE_WORDS = 16  # headlines are short; a paragraph of the article goes on


def keep_paragraphs(lines: list[str], title: str | None = None) -> tuple[str, ...]:
    """The lines that are article prose, each once, in order."""
    seen: set[str] = set()
    if title:
        seen.add(_key(title))
    kept: list[str] = []
    links = 0  # lines still to skip after a "Read more:" label: the titles of its links
    for line in lines:
        text, words, label, key = _reading(line)
        if not words:
            continue
        if label:
            links = MAX_LINK_TITLES
            continue
        if links and words <= MAX_LINK_TITLE_WORDS:
            links -= 1
            continue  # a linked article's headline, not this article's words
        links = 0
        if key is None or key in seen:  # scrapes and syndication repeat whole paragraphs
            continue
        seen.add(key)
        kept.append(text)
    return tuple(kept)


@lru_cache(maxsize=1 << 17)
def _reading(line: str) -> tuple[str, int, bool, str | None]:
    """A line as keep_paragraphs reads it: its text without a bullet, its word count,
    whether it labels a list of links, and its key for repeats (None when it is no prose).

    Kept for the lines read last: copies of a wire report in a large folder share most of
    their lines, and each is read once (a third of the lines at 10,000 articles).
    """
    text = _BULLET.sub("", line).strip()
    words = _WORD.findall(text)
    if not words:
        return text, 0, False, None
    if _LINK_LIST_LABEL.match(text):
        return text, len(words), True, None
    if is_fragment(text, len(words)) or _ARCHIVE_CAPTION.match(text):
        return text, len(words), False, None
    if len(words) <= MAX_PROMO_PARAGRAPH_WORDS and is_boilerplate_sentence(text):
        return text, len(words), False, None
    # In ASCII text the words of the lower-cased text are the lower-cased words.
    key = " ".join(words).lower() if text.isascii() else _key(text)
    return text, len(words), False, key


def forget_lines() -> None:
    """Let go of the lines keep_paragraphs has read (their memory), once a folder is read."""
    _reading.cache_clear()


# A headline's word in capitals that its article never writes, this short and this rare
# as a word of English (wordfreq's Zipf frequency: "UMC" 2.4, "GAA" 3.0, "RNLI" 2.5;
# "ARSON" 3.4, "VOW" 3.6, "PROBE" 4.0), is an acronym and keeps its capitals.
ACRONYM_LETTERS = 4
ACRONYM_ZIPF = 3.2


def recased(title: str, paragraphs: Sequence[str]) -> str:
    """A headline written in capitals ("NORLAND GIVES GREEN LIGHT TO WEIR STREET BRIDGE",
    as plain-text newsletters and wires write them), in the case its own article writes
    each word: "Norland gives green light to Weir Street Bridge". A word the article
    never writes mid-sentence is in small letters ("NHS" stays "NHS" where the article
    writes it so); the first is capitalised. Any other title is returned as it is."""
    if not _ORDINAL_SUFFIX.sub("", title).isupper():  # "… WIN 61st TURKEY BOWL" too
        return title
    forms: dict[str, Counter[str]] = {}
    # How a word is written after the word before it: a name's word that is a common word
    # alone ("LAHAVE RIVER": "LaHave River", though the article writes "the river" more).
    after: dict[tuple[str, str], Counter[str]] = {}
    for paragraph in paragraphs:
        before = None
        # The headline again in capitals at the paragraph's start spells nothing.
        shouted = [m.span() for m in _SHOUTED_RUN.finditer(paragraph)]
        for match in _WORD.finditer(paragraph):
            previous, before = before, match
            if _opens_sentence(paragraph, match.start()):
                continue  # a capital there says nothing
            if any(start <= match.start() < end for start, end in shouted):
                continue
            word = match.group()
            forms.setdefault(word.lower(), Counter())[word] += 1
            if previous is not None and paragraph[previous.end() : match.start()] == " ":
                pair = (previous.group().lower(), word.lower())
                after.setdefault(pair, Counter())[word] += 1
            if word[-2:] in ("'s", "’s"):  # "Talbrook's" spells "TALBROOK" too
                forms.setdefault(word[:-2].lower(), Counter())[word[:-2]] += 1

    title_words = list(_WORD.finditer(title))
    previous_of = {
        match.start(): title_words[k - 1].group().lower()
        for k, match in enumerate(title_words)
        if k and title[title_words[k - 1].end() : match.start()] == " "
    }

    def written(match: re.Match[str]) -> str:
        word = match.group().lower()
        pair = (previous_of.get(match.start()), word)
        if (found := after.get(pair)) and (form := found.most_common(1)[0][0])[:1].isupper():
            return form  # only a name's capital: "the river" after "LaHave" is no form
        if found := forms.get(word):
            return found.most_common(1)[0][0]
        base, possessive = word[:-2], word[-2:]
        if possessive in ("'s", "’s") and (found := forms.get(base)):
            return found.most_common(1)[0][0] + possessive  # "AMERICA'S": "America"
        if any(map(str.isdigit, word)):
            # A road, a code or a sum keeps its capitals ("A3079", "EUR1.3m"), but for a
            # sum's millions, billions or thousands, which running text writes small
            # ("EUR1.3M" was read as a capitals headline's leftover); an ordinal or a
            # decade is a word ("3rd", "1990s").
            if _ORDINAL.fullmatch(word):
                return word
            if sum_of := _SUM.fullmatch(match.group()):
                return sum_of["amount"] + sum_of["times"].lower()
            return match.group()
        if len(word) <= ACRONYM_LETTERS and zipf_frequency(word) < ACRONYM_ZIPF:
            return match.group()  # "UMC YOUTH COLLECT …": an acronym the text spells out
        return word

    text = _WORD.sub(written, title)
    return text[:1].upper() + text[1:]


_SUM = re.compile(r"(?P<amount>[A-Z]{0,3}\d[\d.,]*)(?P<times>M|BN|K)")
_ORDINAL_ENDING = r"(?:st|nd|rd|th|s)"  # "3rd", "1990s"
_ORDINAL = re.compile(rf"\d+{_ORDINAL_ENDING}")
_ORDINAL_SUFFIX = re.compile(rf"(?<=\d){_ORDINAL_ENDING}\b")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens the text or follows a mark a sentence opens after."""
    k = start - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k < 0 or text[k] in _OPENS_SENTENCE


_OPENS_SENTENCE = ".!?:\"“‘'(—–-"
# Three or more words in capitals in a row: a headline or a shout, not an acronym.
_SHOUTED_RUN = re.compile(r"\b[A-Z0-9][A-Z0-9'’.-]*(?:[\s:,_]+[A-Z0-9][A-Z0-9'’.-]*){2,}\b")


# A writer's note to the desk above a draft: "for Thurs paper - approx 450 words -
# DOUBLE-CHECK names with family", "FOR SAT PAPER, c.600 words", "Draft for tomorrow's
# edition". (A paper's name and day is none; nor are words a story counts.)
_DESK_NOTE = re.compile(
    r"""\b(?:for|in)\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|tomorrow'?s|tomorrow’s
        |next\s+week'?s|the\s+weekend)\s+(?:paper|edition|print|issue)\b
      | \b(?:approx\.?|approximately|c\.)\s*\d{2,4}\s*(?:words|wds)\b""",
    re.IGNORECASE | re.VERBOSE,
)
MAX_DESK_NOTE_WORDS = 25


def desk_note(lines: list[str]) -> str | None:
    """A writer's note to the desk among the lines above an article's text (`_DESK_NOTE`):
    the text is a draft for a later paper, not published news. None when there is none."""
    for _, line in header_lines(lines):
        bare = line.strip("*_ ")
        if word_count(bare) <= MAX_DESK_NOTE_WORDS and _DESK_NOTE.search(bare):
            return bare
    return None


def header_date(lines: list[str]) -> str | None:
    """The first date in the lines above an article's first sentence (its stamp: "Posted:
    March 4, 2025", "04.03.2025 | Harbour desk"), as ISO 8601; None if they hold none.

    A date further down is the news's own ("the works began on March 3, 2019"), not the
    day it was reported."""
    return next((date for _, line in header_lines(lines) if (date := find_date(line))), None)


def header_lines(lines: list[str]) -> Iterator[tuple[int, str]]:
    """The lines above an article's first sentence, with their places, but captions (a
    caption is neither the headline nor the outlet, and its date is when the photo was
    taken)."""
    # A menu's links one a line do not count: a site's menu of ten links would fill them;
    # nor does a cookie notice and its buttons.
    counted = 0
    for k, line in enumerate(lines):
        if counted == HEADER_LINES:
            return
        notice = cookie_notice(line)
        counted += not (notice or menu_item(line))
        if (
            ends_sentence(line)
            and word_count(line) >= 8
            and not notice
            and not _outlet_and_section(line)
            and not _is_stamp(line)
        ):
            return  # the article has started
        # (a stamp's "… / Updated Nov. 24, 2026 1:05 p.m." is no credit)
        if not (_CAPTION_CREDIT.search(line) or _ARCHIVE_CAPTION.match(line)) or _is_stamp(line):
            yield k, line


# A line in small letters under a headline that is no part of it: "by Jane Roe", "via
# Reuters", "updated 5 min ago", "photo: …".
_BYLINE_OR_CREDIT = re.compile(
    r"(?:by|via|from|updated|posted|published|photo|photograph|image|video|source)\b", re.I
)
# The most words a text's headline has (a longer line is its first paragraph).
MAX_HEADLINE_WORDS = 25
# A clipping's note of where it was copied from and when: "Source: Carra FM website, Fri 27
# Nov 2026, 12:40", "*Saved from the Halvard Springs Public Library "Library Lines" e-news,
# Tue. Nov. 24, 2026*". The outlet is the capitalised words after it.
_COPIED_FROM = re.compile(
    r"(?:Source|(?:Saved|Copied|Clipped|Taken)\s+from)\s*:?\s+(?:the\s+)?"
    r"(?P<name>[A-Z0-9][\w&'’.-]*(?:\s+[A-Z0-9&][\w&'’.-]*){0,5})"
)
# A clipper's stamp line of parts apart by middle dots: "*East Durham Clarion · Thursday 26
# November 2026 · By Hannah Scurr*", "Crook Matters · Obituaries · posted 23 November 2026".
_STAMP_PARTS = re.compile(r"\s+[·•]\s+")
_OUTLET_NAME = re.compile(
    r"(?:The\s+)?[A-Z0-9][\w&'’.-]*(?:\s+(?:[A-Z0-9&][\w&'’.-]*|of|on|and)){1,5}"
)


def copied_from(line: str) -> str | None:
    """The outlet a clipping's header line names beside the day it gives ("Source: Carra
    FM website, Fri 27 Nov 2026", "East Durham Clarion · Thursday 26 November 2026 · By
    …"), or None. Only with that day: a credit under a chart or a photo ("Source: Oskby
    Harbour Board", as 11 lines of the dev sets) gives none, nor does an address ("Saved from:
    https://…", which is a link). A stamp's outlet has two words or more ("Obituaries ·
    posted 23 November" names a section)."""
    bare = line.strip().strip("*_").strip()
    if (found := _COPIED_FROM.match(bare)) and not find_date(found["name"]):
        return found["name"] if find_date(bare[found.end() :]) else None
    parts = _STAMP_PARTS.split(bare)
    if (
        len(parts) > 1
        and _OUTLET_NAME.fullmatch(parts[0])
        and not _BYLINE_OR_CREDIT.match(parts[0])  # "By Jane Roe · 26 November 2026"
        and not find_date(parts[0])
        and any(find_date(part) for part in parts[1:])
    ):
        return parts[0]
    return None


def clean_plain_text(text: str) -> CleanText:
    """Paragraphs of a plain-text article, with the outlet, headline and date it opens with."""
    read = split_lines(text)
    lines = _with_capitals_recased(read)
    recased = lines is not read
    title = publisher = None
    sections: tuple[str, ...] = ()
    date = header_date(lines)
    stamps: set[int] = set()  # the outlet's lines (see _outlet_and_section)
    title_at = -1  # the title's line
    agency = None
    for k, line in header_lines(lines):
        bare = _BULLET.sub("", line).strip()
        if field := script_field(bare):
            # A script's fields come between its masthead and its story: what stood above
            # them ("SOUTHLAND'S LOCAL VOICE | 44 KELVIN STREET, INVERCARGILL") is the
            # station's, not a headline.
            title, sections = None, ()
        if field or cookie_notice(bare) or bulletin_time(bare) or _WEATHER_WIDGET.fullmatch(bare):
            stamps.add(k)  # no headline, no outlet, no article text
            continue
        if running := _RUNNING_ORDER.match(bare):
            bare = line = lines[k] = bare[running.end() :]  # "(LEAD) SEARCH UNDERWAY …"
        # A headline copied with the page's stamp after it: "Storm Closes Harbour Posted:
        # Tuesday, March 4, 2025 9:05 AM EST Updated: …".
        if split := _split_stamp(bare):
            bare = line = lines[k] = split[0]  # the stamp is no article text
        if _BYLINE_OR_CREDIT.match(bare) and (credited := agency_of(bare)):
            agency = agency or credited  # "By Pennine News Agency", "via Reuters"
        if match := _PUBLISHER_IN_PARENS.match(bare):
            # "(Reuters)", "(The Associated Press)"; not a note such as "(Jane Doe is a
            # staff writer)", whose small words make it a sentence, not a name.
            name = match["name"].strip()
            if not _SMALL_WORD.search(name):
                publisher = publisher or name
            continue
        if doubled := _doubled(bare):
            publisher = publisher or doubled  # a logo's text read twice: "AcmeAcme"
            continue
        if is_menu(bare) or _SECTION_NEWS.match(bare):
            # What stands above a site's menu is its masthead's: its name ("Tideway Radio")
            # or a tagline ("News from Saltinge and the west of Fallowmere"), never the
            # headline, which comes below the menu and the section's name ("Local News").
            # A breadcrumb may open on the outlet ("Harwick Gazette › Sport › Athletic").
            if _BREADCRUMB.search(bare) and (named := outlet_named(_BREADCRUMB.split(bare)[0])):
                publisher = publisher or named
            if title is not None and word_count(title) <= MAX_OUTLET_WORDS:
                publisher = publisher or title
            elif title is not None and (named := _named_before_tagline(title)):
                publisher = publisher or named  # "Fellside FM - The sound of Cumbria"
            title, sections = None, ()
            stamps.add(k)
            continue
        if title is None and NEWSPAPER.fullmatch(bare):
            publisher = publisher or recased_name(bare)  # its masthead: the headline is next
            stamps.add(k)
            continue
        if title is None and (outlet := _outlet_and_section(bare)):
            publisher = publisher or outlet
            stamps.add(k)  # no article text
            continue  # "Ridgeline Radio 98.3 -- Outdoors Report": the headline comes next
        if k == title_at + 1 and _day_stamp(bare) and _masthead_above(title, lines, k):
            # "The Dromcarra Champion" / "News | Wednesday 25 November 2026" / the headline:
            # what stood above the day was the masthead (a headline's own day comes under
            # it with the article next, not another headline).
            publisher = publisher or title
            title, sections = None, ()
            stamps.update((title_at, k))
            continue
        if " | " in bare and title is None and not _COOKIES.search(bare):
            # (a cookie banner's "… uses cookies. Accept | Settings" is no title bar)
            headline, site = _split_title_bar(bare)
            if site and menu_item(site):
                # A bar of a site's links after its tagline ("Serving Lunenburg and Queens
                # counties since 1954 | e-Edition | … | Contact") names no outlet and no
                # headline: the masthead under it was lost behind the tagline.
                stamps.add(k)
                continue
            if site:
                publisher = publisher or site
            sections = title_sections(bare)
            if find_date(headline) is None:
                title = headline
            else:  # "OUTLET | OPINION | Thursday 26 November 2026": a stamp, not a title
                stamps.add(k)
            continue
        if outlet := copied_from(bare):
            publisher = publisher or outlet
            stamps.add(k)
            continue
        if BARE_ADDRESS.fullmatch(bare):
            stamps.add(k)  # the page's address: its link (readers.text), no headline
            continue
        if title is None and _dated(lines, k + 1) and (named := outlet_named(bare)):
            publisher = publisher or named  # "CARRA FM NEWS" over its bulletin's day
            stamps.add(k)
            continue
        if (
            title is not None
            and (dateline := _OUTLET_DATELINE.fullmatch(bare))
            and (named := outlet_named(dateline["outlet"]))
        ):
            publisher = publisher or named  # "NRB News, Oldmere" under the headline
            stamps.add(k)
            continue
        if _LABEL.match(bare) or bare != line:
            continue  # labels and bullet lists are not headlines
        if title is None and _headline_like(bare):
            if (_section_or_stamp(bare) and _label_above(bare, lines, k)) or (
                publisher and _label_over_credit(bare, lines, k, publisher)
            ):
                # A section's label ("North-West News", "Nova Scotia") with the headline
                # under it.
                stamps.add(k)
                continue
            title, title_at = bare, k
            # A headline printed on two lines: the second goes on in small letters ("Driver
            # jailed after A5 crash left" / "motorcyclist with life-changing injuries").
            after = lines[k + 1] if k + 1 < len(lines) else ""
            longer = f"{title} {after.strip()}"
            if (
                after[:1].islower()
                and not ends_sentence(after)
                and not _BYLINE_OR_CREDIT.match(after)
                and find_date(after) is None
                and word_count(longer) <= MAX_HEADLINE_WORDS
            ):
                title = longer
                stamps.add(k + 1)  # no article text
    text = [line for k, line in enumerate(lines) if k not in stamps] if stamps else lines
    paragraphs = keep_paragraphs(text, title)
    return CleanText(
        paragraphs, title, publisher, date, sections, short_lines(lines), agency, recased
    )


# A text written in capitals, as radio newsrooms write their scripts ("A FAMILY OF FOUR HAS
# ESCAPED A HOUSE FIRE IN EAST GORE OVERNIGHT."): its sentences were read as shouted
# headings and dropped, leaving the clips' cues ("OUTCUE: …") as its text, and six
# scripts of six events were one story by those. When most of its lines of prose (ending
# a sentence, SHOUTED_WORDS words or more; at least CAPITALS_LINES of them) are in
# capitals, they are written in sentence case (`truecased`); header lines and
# bracketed clips stay as they are.
CAPITALS_LINES = 3
CAPITALS_SHARE = 0.8


def _with_capitals_recased(lines: list[str]) -> list[str]:
    if sum(line.isupper() for line in lines) < CAPITALS_LINES:
        return lines  # nearly every text: no prose to look at
    prose = [
        k
        for k, line in enumerate(lines)
        if ends_sentence(line) and len(line.split()) >= SHOUTED_WORDS and line[:1] not in "[("
    ]
    shouted = [k for k in prose if lines[k].isupper()]
    if len(shouted) < CAPITALS_LINES or len(shouted) < CAPITALS_SHARE * len(prose):
        return lines
    recased = list(lines)
    for k in shouted:
        recased[k] = truecased(lines[k])
    return recased


# A word English writes in small letters at least this often (Zipf) is written so; a
# rarer one is a name ("MERSEY", "HENNESSEY": "Mersey", "Hennessey").
COMMON_WORD_ZIPF = 3.0
_SENTENCE_START = re.compile(r"(^|[.!?]\s+|[\"“‘(\[])(\w)")


def truecased(line: str) -> str:
    """A line written in capitals in sentence case: common words in small letters, rarer
    ones (names) capitalised, short rare ones and words with figures as written ("ICC",
    "SH1"), "I" and each sentence's first letter capitals."""

    def word_case(match: re.Match[str]) -> str:
        word = match.group()
        lower = word.lower()
        if lower == "i":
            return "I"
        if any(c.isdigit() for c in word):
            return word
        if len(word) <= ACRONYM_LETTERS and zipf_frequency(lower) < ACRONYM_ZIPF:
            return word
        # ("THAT'S" is as common as "that")
        if max(zipf_frequency(lower), zipf_frequency(lower.split("'")[0])) >= COMMON_WORD_ZIPF:
            return lower
        return word[:1] + lower[1:]

    text = _WORD.sub(word_case, line)
    return _SENTENCE_START.sub(lambda m: m[1] + m[2].upper(), text)


def _dated(lines: list[str], k: int) -> bool:
    """Whether line k (if any) gives a date."""
    return k < len(lines) and find_date(lines[k]) is not None


def _day_stamp(line: str) -> bool:
    """A line that gives a day and maybe its section: "Wednesday 25 November 2026", "News |
    Wednesday 25 November 2026"."""
    parts = [part.strip() for part in line.split(" | ")]
    return any(find_date(part) for part in parts) and all(
        _section_name(part) or _section_or_stamp(part) for part in parts
    )


def _headline_like(text: str) -> bool:
    """Whether a header line may be a headline: a few words that end no sentence (a short
    first sentence is news, not a headline), with no date, byline or mark before them."""
    return (
        not ends_sentence(text)
        and 2 <= word_count(text) <= MAX_HEADLINE_WORDS
        and find_date(text) is None
        and not _NOT_HEADLINE.search(text)
    )


def _headline_under(lines: list[str], k: int) -> tuple[str, str] | None:
    """The headline on the first line after line k, and the line under it (its stamp when
    both were read as one: "… closes in Posted Wednesday …"); None when that line is no
    headline."""
    following = (line.strip() for line in lines[k + 1 :] if line.strip())
    after = next(following, "")
    headline, under = _split_stamp(after) or (after, next(following, ""))
    if not _headline_like(headline) or _LABEL.match(headline):
        return None
    return headline, under


def _a_name(text: str | None) -> bool:
    """A name of a few capitalised words ("The Dromcarra Champion", "North-West News")."""
    words = [w for w in (text or "").split() if w.lower() not in _NAME_LINKS]
    return 0 < len(words) <= MAX_OUTLET_WORDS and all(w[0].isupper() for w in words)


def _masthead_above(title: str | None, lines: list[str], k: int) -> bool:
    """Whether `title`, read above line k, a day's stamp, is a masthead: a name with a
    headline under the stamp before the article starts."""
    return _a_name(title) and _headline_under(lines, k) is not None


def _label_above(label: str, lines: list[str], k: int) -> bool:
    """Whether `label`, line k, is a section's label over a headline that a stamp or a
    byline follows ("North-West News" / the headline / "Posted Tuesday …")."""
    found = _a_name(label) and _headline_under(lines, k)
    if not found:
        return False
    under = found[1]
    return find_date(under) is not None or _BYLINE_OR_CREDIT.match(under) is not None


def _label_over_credit(label: str, lines: list[str], k: int, outlet: str) -> bool:
    """Whether `label`, line k, is a section's or region's name over a headline that its
    reporter's credit to the page's own outlet follows ("Nova Scotia" / the headline /
    "Priya Raman, Atlantic One News")."""
    found = _a_name(label) and _headline_under(lines, k)
    return bool(found) and re.fullmatch(_CREDIT_NAME + re.escape(outlet), found[1]) is not None


# A reporter's name before the outlet in a credit line: "Priya Raman, ".
_CREDIT_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3},\s+"


def _split_stamp(line: str) -> tuple[str, str] | None:
    """A headline and the page's stamp copied on its line after it ("Storm Closes Harbour
    Posted: Tuesday, March 4, 2025 9:05 AM EST Updated: …", "… closes in Posted Wednesday
    18 November 2026, 6:55am"), or None when the line holds no dated stamp."""
    stamped = _STAMPED.match(line) or _STAMP_AFTER.match(line)
    if stamped and find_date(line[stamped.end() :]):
        return stamped["title"], line[stamped.end() :]
    return None


_COOKIES = re.compile(r"\bcookies?\b", re.I)
# A site's cookie notice copied with its page: "This site uses cookies. Continuing to browse
# means you accept our cookie policy. OK", and its buttons ("Accept all", "Manage
# preferences"). Its sentences are no article's start, and no headline.
_CONSENT = re.compile(
    r"\b(?:accept|agree|consent|policy|continu\w*|brows\w*|settings|learn\s+more)\b", re.I
)
_CONSENT_BUTTON = re.compile(
    r"(?:accept|reject|allow|decline)(?:\s+all)?(?:\s+cookies)?|(?:ok,?\s+)?got\s+it"
    r"|(?:manage|cookie)\s+(?:preferences|settings|options|cookies)",
    re.I,
)


def cookie_notice(line: str) -> bool:
    """Whether a header line is a cookie notice or one of its buttons."""
    bare = line.strip()
    return bool(_COOKIES.search(bare) and _CONSENT.search(bare)) or bool(
        _CONSENT_BUTTON.fullmatch(bare)
    )


# A newsroom script's fields above its story: "Story slug: BWTR FIRE PLEASANT ST",
# "Reporter: Kelsey Mason", "Anchor: Rob Demone", "READ BY: K. MASON    WRITER: K. MASON",
# "RUNS: 9P / 10P". Not the headline, not the outlet (its gaps make a bar of such a line),
# not article text.
_SCRIPT_FIELD = re.compile(
    r"(?:story\s+)?slug|reporter|anchor|writer|read\s+by|runs|producer|presenter"
    r"|out\s*cue|duration|dur|cart|tape|voicer|bulletin|status",
    re.I,
)
_FIELD = re.compile(r"(?P<key>[A-Za-z][A-Za-z ]{1,20}?)\s*:(?:\s|$)")


def script_field(line: str) -> bool:
    """Whether a header line is a newsroom script's field (`_SCRIPT_FIELD`)."""
    found = _FIELD.match(line.strip())
    return found is not None and _SCRIPT_FIELD.fullmatch(found["key"]) is not None


# A bulletin's time and name: "7:00 A.M. NEWS -- TIDE MORNINGS", "9:00 PM NEWSCAST",
# "10:30 update" (a headline that opens on a time goes on with what happens: "7pm curfew
# …"; a bare "0700" is left out, as a year reads the same).
_BULLETIN_TIME = re.compile(
    r"(?:\d{1,2}(?::\d{2})?\s*[AaPp]\.?[Mm]\.?|\d{1,2}:\d{2})\s+(?P<name>[^-–—|]+)"
)


def bulletin_time(line: str) -> bool:
    """Whether a header line is a bulletin's time and name (`_BULLETIN_TIME`)."""
    found = _BULLETIN_TIME.match(line.strip())
    return found is not None and _section_or_stamp(found["name"].strip())


# A site's weather widget: a town, its temperature and the sky ("Invercargill 13° Cloudy",
# which was a page's outlet as the line above its menu).
_WEATHER_WIDGET = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}-?\d{1,2}\s?°[CF]?(?:\s+[A-Za-z]+){0,2}")


# A story's place in a newscast, before its headline: "(LEAD) SEARCH UNDERWAY FOR …".
_RUNNING_ORDER = re.compile(
    r"\((?:lead|top(?:\s+story)?|(?:first|second|third|fourth|fifth|next|last)\s+story"
    r"|kicker|briefs?|update|exclusive)\)\s*",
    re.I,
)
_STAMPED = re.compile(
    r"(?P<title>\S.*?\S)\s+(?:Posted|Published|Updated|Last\s+updated)(?:\s+on)?\s*:\s+",
    re.IGNORECASE,
)


# A headline its stamp was read on one line with, "Posted" with or without a colon.
# Without the colon only as a stamp writes it, capitalised ("… closes in Posted Wednesday
# 18 November 2026, 6:55am"; not "… published report on 5 March").
_STAMP_AFTER = re.compile(r"(?P<title>\S.*?\S)\s+(?:Posted|Published|Updated|Last\s+updated)\s")


# A fact box's field or a rating is short; a line of prose is longer.
SHORT_LINE_CHARACTERS = 100


def short_lines(lines: list[str]) -> tuple[str, ...]:
    """The lines of a text short enough to be a fact box's field, a rating or a sign-off."""
    return tuple(line for line in lines if len(line) <= SHORT_LINE_CHARACTERS)


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _doubled(line: str) -> str | None:
    half = len(line) // 2
    # A rule of dashes or stars is the same twice too, but names no one: a letter is needed.
    if len(line) >= 6 and len(line) % 2 == 0 and line[:half] == line[half:]:
        if not any(c.isalpha() for c in line):
            return None
        return line[:half].strip()
    return None


# A clipping's first line may be its outlet and the section or bulletin it was in, not its
# headline: "Ridgeline Radio 98.3 -- Outdoors Report", "KESTLOW FM -- LOCAL NEWS", "Harbour
# Post - Thu 11/26/2026, noon update". Its label is short and ends on what a section or a
# bulletin is called, or is the day it was printed or aired ("KESTLOW FM NEWS --
# Thursday, November 26, 2026, 9:30 a.m.", a stamp no reader takes for a sentence).
_OUTLET_SECTION = re.compile(r"^(?P<outlet>\S.{0,60}?)\s+(?:--|—|–|-|\|)\s+(?P<label>\S.{0,60})$")
_BULLETIN_WORDS = frozenset(
    "news report update newscast bulletin briefing digest edition roundup headlines"
    " newsroom newsdesk script scripts".split()
)
MAX_OUTLET_WORDS = 4
_NAME_LINKS = frozenset({"of", "the", "and", "for", "on", "&"})
MAX_LABEL_WORDS = 5


def _outlet_and_section(line: str) -> str | None:
    """The outlet a clipping's "outlet -- section" line names, or None for another line.

    A printed page's running head gives more than one label: "CORLISS COUNTY LEDGER |
    Wednesday, November 25, 2026 | Page A3" (its page was taken for the publisher, and its
    date for the headline).
    """
    found = _OUTLET_SECTION.match(line)
    if found is None:
        return None
    if len([w for w in found["outlet"].split() if w.lower() not in _NAME_LINKS]) > MAX_OUTLET_WORDS:
        return None  # "LUDLOW & TEME VALLEY JOURNAL" is a name of four words
    # A name is written in capitals ("Voice of the Harbour"); a headline is not.
    named = found["outlet"].split()
    if not all(w[0].isupper() or w[0].isdigit() or w in _NAME_LINKS for w in named):
        return None
    label = found["label"]
    if _initials(label) == found["outlet"]:
        # An agency's code and its name: "HRNS -- HEARTLAND REGIONAL NEWS SERVICE".
        named = label.split()
    else:
        labels = [part.strip() for part in label.split(" | ")] if " | " in label else [label]
        # A site's running head names its sections: "NBI News | Regional | North-West"
        # (its last part was the publisher, and its first the headline).
        sections = len(labels) >= 2 and all(map(_section_name, labels))
        if not sections and not all(
            _PAGE.fullmatch(part) or _section_or_stamp(part) for part in labels
        ):
            return None
        if sections and found["outlet"].lower() in _GENERIC_SECTIONS:
            return None  # "News | Sport | Football": a menu's, no outlet
    return recased_name(" ".join(named))


def _section_name(part: str) -> bool:
    """A section's or region's name: a word or three in capitals ("Regional", "North-West",
    "Local News")."""
    words = part.split()
    return 0 < len(words) <= 3 and all(w[0].isupper() for w in words) and find_date(part) is None


def _named_before_tagline(masthead: str) -> str | None:
    """The outlet's name of a masthead that puts its tagline after a dash or a bar
    ("Fellside FM - The sound of Cumbria": the radio's scripts were cited to no outlet), if
    it is short enough for a name."""
    parts = TITLE_SEPARATOR.split(masthead, maxsplit=1)
    if len(parts) == 3 and 0 < word_count(parts[0]) <= MAX_OUTLET_WORDS:
        return parts[0].strip()
    return None


def recased_name(name: str) -> str:
    """A name in capitals as running text writes it: "CORLISS COUNTY LEDGER" → "Corliss
    County Ledger", "KESTLOW FM" → "Kestlow FM", "CHESTER-LE-STREET CITIZEN" →
    "Chester-le-Street Citizen"; a name in small letters as it is."""
    if not name.isupper():
        return name
    return " ".join(recased_word(w) for w in name.split())


def recased_word(word: str) -> str:
    """A word of a name in capitals as running text writes it: "LEDGER" → "Ledger"; "FM",
    "BBC" as they are (short ones are initials); a town of hyphened words with its joining
    words in small letters, as English writes them ("Stockton-on-Tees",
    "Barrow-in-Furness", "Ashby-de-la-Zouch")."""
    parts = word.split("-")
    if len(parts) == 2 and all(p.isalpha() for p in parts):
        return "-".join(p.capitalize() for p in parts)  # "NORTH-WEST" → "North-West"
    if len(parts) > 2 and all(p.isalpha() for p in parts):
        return "-".join(
            [parts[0].capitalize(), *(p.lower() for p in parts[1:-1]), parts[-1].capitalize()]
        )
    return word.capitalize() if word.isalpha() and len(word) > 3 else word


def _initials(name: str) -> str:
    """The capitals a name's words begin with ("Heartland Regional News Service": HRNS)."""
    return "".join(w[0] for w in name.split() if w[0].isalpha()).upper()


# A day and time as a stamp writes them: "Thursday, November 26, 2026, 9:30 a.m.".
_STAMP = re.compile(r"[\w\s,./:-]{6,60}")
# Where a clipping was printed: "Page A3", "p. 12", "Section B".
_PAGE = re.compile(r"(?:page|pg\.?|p\.|section)\s*[A-Z]?\d{0,3}[A-Z]?", re.IGNORECASE)


def _section_or_stamp(label: str) -> bool:
    """A bulletin's or section's name ("Outdoors Report", "noon update") or a date stamp."""
    if _STAMP.fullmatch(label) and find_date(label) is not None:
        return True
    words = re.findall(r"[^\W\d_]+", label)
    return (
        bool(words)
        and len(label.split()) <= MAX_LABEL_WORDS
        and (words[-1].lower() in _BULLETIN_WORDS)
    )


def _split_title_bar(line: str) -> tuple[str, str | None]:
    """'Headline | News | DW | 03.10.2016' -> ('Headline', 'DW')."""
    parts = [p.strip() for p in line.split(" | ") if p.strip()]
    title = max(parts, key=word_count)
    sites = [p for p in parts if p != title and _names_a_site(p)]
    return title, (sites[-1] if sites else None)


def title_sections(line: str) -> tuple[str, ...]:
    """The short parts of a title bar besides its headline, lower case: where it files the
    article, and its site ("Columns | Headline | Site" -> ("columns", "site")); what
    they say of the article is for the reader of them (brief.opinion) to tell."""
    parts = [p.strip() for p in TITLE_SEPARATOR.split(line.strip())[::2] if p.strip()]
    if len(parts) < 2:
        return ()
    headline = max(range(len(parts)), key=lambda k: word_count(parts[k]))
    return tuple(
        p.lower() for k, p in enumerate(parts) if k != headline and word_count(p) <= _SECTION_WORDS
    )


# The most words a title bar's section or site has ("Comment is free", "The Daily Star").
_SECTION_WORDS = 4


def _names_a_site(part: str) -> bool:
    """A short piece of a title bar that may be an outlet: not a date, a time or a section."""
    return (
        word_count(part) <= 4
        and any(c.isalpha() for c in part)  # "02:51", a video's length, is not an outlet
        and find_date(part) is None
        and part.lower() not in _GENERIC_SECTIONS
    )


# How a page's <title> joins the headline and the site's name: "Headline | Site",
# "Headline - Site", "Headline – Site – Section", "Headline · Site".
# What parts a page's title: "Headline | Section | Site", "Headline - Site", "… « Site".
# Captured, so a split keeps the separators (brief.titles reads them).
TITLE_SEPARATOR = re.compile(r"\s+(\||-|–|—|::|«|»|•|·)\s+")
_SECTION_NEWS = re.compile(
    r"^(?:local|world|national|international|breaking|latest|top) news$", re.IGNORECASE
)


def site_in_title(title: str, text: str = "") -> str | None:
    """The site's name a page's <title> puts after its headline ("… - BBC News"), or None.

    A dash also joins parts of headlines ("Trump - Kim summit …", "… engaged - report"), so
    only a part after the longest one (the headline) that opens with a capital letter or a
    digit counts, the last such part ("… | Chile | The Guardian"); a section after the site
    ("… – Springfield Herald – Local News") is passed over, and so is a town the page's
    `text` puts something in ("… Obituary - Lindahl-Marsh Funeral Home - Halvard Springs",
    "… at Corliss Memorial Hospital in Halvard Springs": the town was cited as the
    publisher).
    """
    parts = [p.strip() for p in TITLE_SEPARATOR.split(title.strip())[::2] if p.strip()]
    if len(parts) < 2:
        return None
    main = max(range(len(parts)), key=lambda k: (word_count(parts[k]), -k))
    names = [
        part
        for part in parts[main + 1 :]
        # "live updates", "report": no name
        if (part[:1].isupper() or part[:1].isdigit())
        and _names_a_site(part)
        and not _SECTION_NEWS.match(part)
    ]
    if len(names) > 1 and re.search(rf"\b(?:in|near|outside)\s+{re.escape(names[-1])}\b", text):
        names.pop()
    return names[-1] if names else None
