"""Split paragraphs into verbatim sentences: nupunkt (punkt, its model in the package) plus
two rules for news, and words as syntok's tokenizer cuts them (no data to download)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache

from syntok.tokenizer import Tokenizer

from .clean import is_boilerplate_sentence
from .models import Document, Sentence

# Shorter pieces are list debris ("Moscow responds"), not sentences worth ranking.
MIN_SENTENCE_WORDS = 3

# Datelines open wire copy: "ELK CREEK, S.D. (AP) -- ", "WASHINGTON - ", "Washington: ",
# "WOODLAND HILLS >> ", "Sycamore, Illinois (CNN) ". They are where the reporter stood, not
# part of the claim, and trimming them keeps the sentence verbatim otherwise. So is a live
# page's label of when it was added ("UPDATE 2.05pm: ", "BREAKING: "): under a briefing's
# story it read as the briefing's own note.
_DATELINE = re.compile(
    r"""^(?:
        [A-Z][A-Z0-9.'-]+                                  # ROME, May 3; SLUG2
        (?:\s\([A-Z][a-z][A-Za-z .-]{1,30}\))?             # a province: HARBIN (Heilongjiang)
        (?:[ ,]+(?:[A-Z][A-Za-z.'-]*|\d{1,2})){0,4}\.?
        (?:\s*\([A-Za-z0-9 .&-]{1,30}\)?)?                 # (AP), (Channel 7), a broken "(AP"
        \s*(?:--|—|–|-|_|:|>>|»)\s+
      | [A-Z][A-Z'-]{2,}(?:\s[A-Z][A-Z'-]+){0,2}—          # CAIRO—, the dash set solid
      | [A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}:\s               # Washington:
      | (?:UPDATE[DS]?|Update[ds]?|LATEST|Latest|BREAKING|Breaking)     # a live page's label:
        (?:\s(?:at\s)?\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\.?)?)?      # UPDATE 2.05pm:
        \s*(?:--|—|–|-|:)\s+
      | \([A-Z][A-Za-z .&-]{1,30}\)\s*(?:--|—|–|-|_|:)?\s*  # (CNN) or (Reuters) -
      | [A-Z][a-z]+(?:\s[A-Z][a-z]+)*,\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)*  # Sycamore, Illinois
        \s\((?:[A-Z]{2,}|Reuters|Xinhua)\)\s*(?:--|—|–|-|:)?\s*     # (CNN)
    )(?=["“A-Z])""",
    re.VERBOSE,
)
# Quotation marks that open and close (straight ones are counted by parity): curly,
# guillemets and wire copy's ``…''. select.py counts them the same way.
OPEN_QUOTES = re.compile(r"[“«]|``")
CLOSE_QUOTES = re.compile(r"[”»]|''")
# A paragraph that opens with a speaker's or a field's short label: "MD: ", "DR. SMITH: ".
_TURN_LABEL = re.compile(r"^[A-Z][A-Za-z.'’ -]{0,25}?:\s")
# Labelled paragraphs that make a document a transcript or a list of fields.
MIN_TURNS = 3
# A transcript's labels open at least this share of its paragraphs from the first label to
# the last (dev data: interviews 0.42-1.0; a guide with a few repeated field names 0.27, a
# fact check that alternates a claim and "THE FACTS:" 0.35, repeated notes to editors 0.15).
TURN_DENSITY = 0.4
# A dateline's dash left at the start of a sentence: the place was on the line above, or
# the splitter cut "GENEVA (AP)" off as a sentence of its own. No sentence starts so.
_DATELINE_DASH = re.compile(r"""^(?:--|—|–|_)\s+(?=["“A-Z])""")

# "But", "And" or "So" opening a sentence ties it to the one before; dropped (and the
# next word recapitalised), the rest reads on its own and is otherwise verbatim (README).
# "So far", "So much", "And so on" stay: there "So" is not a connective; nor does it go
# before a verb ("So began the search …", "So did the mayor"): without it a sentence
# would open on the verb.
_CONNECTIVE = re.compile(
    r"""^(?:But|And|So(?!\s+(?:began|begins|begin|did|does|do|is|was|were|are|has|have|had"""
    r"""|will|would|can|could|should|might|must|goes|went|came|comes|ended|ends|started"""
    r"""|starts|too)\b))\s+(?!far\b|much\b|many\b|long\b|so\b)(?=[a-z"“])"""
)

# A reference note's number before the full stop ("… among children (1).", "… in 2014.[3]"):
# the source's footnote, which a briefing would show beside its own citation numbers.
_NOTE_MARKER = re.compile(r"\s?(?:\(\d{1,2}\)|\[\d{1,2}\])(?=[.!?]$)")
_MARKED_ENDS = tuple(f"{c}{e}" for c in ")]" for e in ".!?")
_NOTE_AFTER = re.compile(r"\[\d{1,2}\]\s+(?=[A-Z\"“])")

_TOKENIZER = Tokenizer(replace_not_contraction=False)
# The letters and digits of each run of non-spaces (syntok's spaces: \s and the zero-width
# space), without the punctuation around them; and the shape of a plain word, which
# syntok's tokenizer keeps whole (no apostrophe, hyphen or lower-upper change inside).
_CORE = re.compile(r"[^\W_](?:[^\s\u200b]*[^\W_])?")
_PLAIN = re.compile(r"[A-Z0-9]*[a-z0-9]*")

# nupunkt's model was trained on legal text, where "month." or "found." can be abbreviations;
# in news a lower-case word of three letters or more, a sentence end, any closing quotes and
# a capitalised word are the end of a sentence ("... other ills. Its side effects ...").
_CLEAR_END = re.compile(r"\b[a-z]{3,}[.!?](?:''|[\"'”’])*(?=\s+(?:``|[\"'“‘])*[A-Z])")
# ... and a title before a name never ends one ("Lt. | Col. Oliver North", "St. | John").
_TITLE_END = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Rev|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Cmdr|Prof|Atty|Supt|St|Ft|Mt)"
    r"\.\s*$"
)
# ... nor initials before a word in small letters or a closing bracket ("a Canadian-U.S. |
# joint team", "(R-N.Y. | ), who chairs"), nor a country's or body's initials before the
# post or body they qualify ("the U.S. | Ambassador", "a U.N. | General Assembly vote"):
# punkt's model takes each for a sentence end.
_INITIALS_END = re.compile(r"(?:\b[A-Z]\.){2,}\s*$")
_CONTINUES = re.compile(r"\s*[\"'“‘]?[a-z)\],;:]")
_BODY_INITIALS_END = re.compile(r"\b(?:U\.S|U\.N|U\.K|E\.U)\.\s*$")
_POST_OR_BODY = re.compile(
    r"\s*(?:Secretary|Ambassador|Envoy|Representative|General|Embassy|Consulate|Mission"
    r"|Army|Navy|Air|Marines?|Coast|Senate|Congress|Senator|Trade|Treasury|Attorney|District"
    r"|Court|Supreme|Security|Special|Forces|Department|Defense|State|Commerce|Justice"
    r"|Agency|Central|Federal|Postal|Census|Geological|Customs|Border|Chamber|Olympic"
    r"|Conference|Human|High|Commissioner|Peacekeeping|Children|Development|Food|Refugee)\b"
)


def _one_sentence(paragraph: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """Whether two pieces punkt cut apart are one sentence (see _TITLE_END and below)."""
    if _TITLE_END.search(paragraph, *before):
        return True
    if _INITIALS_END.search(paragraph, *before) and _CONTINUES.match(paragraph, *after):
        return True
    body = _BODY_INITIALS_END.search(paragraph, *before)
    return bool(body and _POST_OR_BODY.match(paragraph, *after))


@cache
def _punkt():
    # Imported and loaded on first use (60 ms): `brief --version` never splits a sentence.
    import nupunkt

    return nupunkt.sent_spans


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """Where each sentence of the paragraph starts and ends (surrounding spaces included)."""
    spans: list[tuple[int, int]] = []
    for start, end in _punkt()(paragraph):
        cuts = [m.end() for m in _CLEAR_END.finditer(paragraph, start, end) if m.end() < end]
        for piece in zip([start, *cuts], [*cuts, end], strict=True):
            if spans and _one_sentence(paragraph, spans[-1], piece):
                spans[-1] = (spans[-1][0], piece[1])
            else:
                spans.append(piece)
    return spans


def dateline_length(text: str) -> int:
    """How many leading characters of the sentence are a dateline ('WASHINGTON (AP) -- ')."""
    match = _DATELINE.match(text)
    if match and len(text) - match.end() >= 20:
        return match.end()
    return 0


def split_sentences(paragraph: str) -> list[tuple[str, tuple[str, ...]]]:
    """Verbatim sentences of one paragraph with their word tokens, datelines trimmed."""
    return [(text, words) for text, words, _ in _split(paragraph)]


def _split(paragraph: str) -> list[tuple[str, tuple[str, ...], bool]]:
    """split_sentences, and for each sentence whether it starts inside a quotation that
    an earlier sentence of the paragraph opened (`“I knew. Everyone did.” he said`)."""
    sentences = []
    # Most paragraphs quote no one: their sentences skip the counting (a tenth of the split).
    quoting = '"' in paragraph or "“" in paragraph or "``" in paragraph or "«" in paragraph
    opened = 0  # quotation marks opened and not yet closed before the sentence
    straight = 0  # straight double quotes before it (an odd count: one is open)
    last = 0
    inside = False
    for number, (start, end) in enumerate(sentence_spans(paragraph)):
        if quoting and number:
            before = paragraph[last:start]
            opened += len(OPEN_QUOTES.findall(before)) - len(CLOSE_QUOTES.findall(before))
            straight += before.count('"')
            last = start
            inside = opened > 0 or straight % 2 == 1
        text = paragraph[start:end].strip()
        if number == 0:
            text = text[dateline_length(text) :]
            # A slug before the place: "HARBOUR-FERRY _ OSLO _ The ferry …".
            text = text[dateline_length(text) :]
        if dash := _DATELINE_DASH.match(text):
            text = text[dash.end() :]
        if connective := _CONNECTIVE.match(text):
            text = _capitalise(text[connective.end() :])
        if text.endswith(_MARKED_ENDS) and (marker := _NOTE_MARKER.search(text)):
            text = text[: marker.start()] + text[marker.end() :]
        if number and text.startswith("[") and (marker := _NOTE_AFTER.match(text)):
            text = text[marker.end() :]  # "… in 2014.[3] It found …": the splitter cut after "."
        text = text.strip()
        if text:
            sentences.append((text, words_of(text), inside))
    return sentences


def _capitalise(text: str) -> str:
    """The first letter in upper case (after an opening quote mark)."""
    for k, char in enumerate(text):
        if char.isalpha():
            return text[:k] + char.upper() + text[k + 1 :]
    return text


def outside_quotations(text: str) -> list[str]:
    """The parts of a sentence outside quotation marks (straight, curly or ``wire'')."""
    plain = text.replace("“", '"').replace("”", '"').replace("``", '"').replace("''", '"')
    return plain.split('"')[0::2]


def words_of(text: str) -> tuple[str, ...]:
    """Word tokens of a text (punctuation dropped), exactly as syntok's tokenizer cuts them.

    syntok's tokenizer is pure Python, character by character; most words are plain, and
    only the others ("U.S.", "don't", "e-mail", "McCain") go through it: 4x faster.
    """
    words: list[str] = []
    for word in _CORE.findall(text):
        if _PLAIN.fullmatch(word):
            words.append(word)
        else:
            words.extend(_tokens(word))
    return tuple(words)


def distinct_words(text: str) -> set[str]:
    """set(words_of(text)), each distinct run of the text cut once."""
    words: set[str] = set()
    for word in set(_CORE.findall(text)):
        if _PLAIN.fullmatch(word):
            words.add(word)
        else:
            words.update(_tokens(word))
    return words


@lru_cache(maxsize=65_536)
def _tokens(word: str) -> tuple[str, ...]:
    # The same few shapes recur ("U.S", "it's", "Clinton's"): syntok cuts each once.
    return tuple(t.value for t in _TOKENIZER.tokenize(word) if any(c.isalnum() for c in t.value))


def speaker_turns(paragraphs: Sequence[str]) -> list[bool]:
    """For each paragraph, whether it is a turn of a transcript or a field of a list: it
    opens with a short label ("MD: …", "LIASSON: …", "Claim: …", "On lard: …") and the
    document has several such paragraphs (one label twice, or MIN_TURNS labels). A lone
    label in the first paragraph is a dateline ("Washington: …"), never a turn.

    In a transcript, where two speakers take turns (two labels that each come back, on
    most paragraphs from the first label to the last), an answer goes on in the
    unlabelled paragraphs after its label: they are the same speaker's words too."""
    labels = [_TURN_LABEL.match(p) for p in paragraphs]
    labels[:1] = [None]
    named = Counter(label[0] for label in labels if label)
    if not named or (named.most_common(1)[0][1] < 2 and named.total() < MIN_TURNS):
        return [False] * len(paragraphs)
    labelled = [k for k, label in enumerate(labels) if label]
    span = labelled[-1] - labelled[0] + 1
    if sum(count >= 2 for count in named.values()) >= 2 and len(labelled) >= TURN_DENSITY * span:
        return [k >= labelled[0] for k in range(len(paragraphs))]
    return [label is not None for label in labels]


def segment_document(document: Document, doc_index: int) -> tuple[Sentence, ...]:
    """The usable sentences of a document, numbered by their place in it."""
    turns = speaker_turns(document.paragraphs)
    found = [
        (text, words, inside or turn, recalled)
        for paragraph, turn in zip(document.paragraphs, turns, strict=True)
        for (text, words, inside), recalled in _recalling(_split(paragraph))
        if len(words) >= MIN_SENTENCE_WORDS and not is_boilerplate_sentence(text)
    ]
    count = len(found)
    return tuple(
        Sentence(
            doc_id=document.id,
            doc_index=doc_index,
            position=position,
            relative_position=position / count,
            text=text,
            words=words,
            spoken_elsewhere=elsewhere,
            recalled=recalled,
        )
        for position, (text, words, elsewhere, recalled) in enumerate(found)
    )


# A report that counts its event among others of its kind ("It was the second house fire
# on the South Shore in less than a day.", "This was the third time in two months that
# lions had escaped …") tells the others next, in the same paragraph: "A family of three
# escaped a fire in Bridgewater on Wednesday afternoon." Shown, such a sentence told
# another story's event under this one's title (a reader found two such). Not a period's
# count: "It was the third day of punishing airstrikes", "the second year of growth".
_COUNTED = re.compile(
    r"(?:It|This)(?:['’]s|\s+is|\s+was)\s+(?:the\s+)?(?:second|third|fourth|fifth|latest)\s+"
    r"(?P<what>(?:[\w-]+\s+){0,3}?)(?:in|on|at|involving|since|this|to)\b"
)


def _recalling(
    sentences: list[tuple[str, tuple[str, ...], bool]],
) -> Iterator[tuple[tuple[str, tuple[str, ...], bool], bool]]:
    """Each of a paragraph's sentences, and whether it follows one that counts its event
    among others (`_COUNTED`): then it tells one of the others."""
    recalling = False
    for sentence in sentences:
        yield sentence, recalling
        if not recalling and (counted := _COUNTED.match(sentence[0])):
            recalling = "of" not in counted["what"].split()


def segment_all(documents: Iterable[Document]) -> tuple[Sentence, ...]:
    """Sentences of every document, in document order then reading order."""
    return tuple(
        sentence
        for index, document in enumerate(documents)
        for sentence in segment_document(document, index)
    )
