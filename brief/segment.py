"""Split paragraphs into verbatim sentences with syntok (rule-based, no data to download)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from syntok.segmenter import segment as syntok_segment
from syntok.tokenizer import Tokenizer

from .clean import is_boilerplate_sentence
from .models import Document, Sentence

# Shorter pieces are list debris ("Moscow responds"), not sentences worth ranking.
MIN_SENTENCE_WORDS = 3

# Datelines open wire copy: "PINE RIDGE, S.D. (AP) -- ", "WASHINGTON - ", "Washington: ".
# They are where the reporter stood, not part of the claim, and trimming them keeps the
# sentence verbatim otherwise.
_DATELINE = re.compile(
    r"""^(?:
        [A-Z][A-Z.'-]+(?:[ ,]+(?:[A-Z][A-Za-z.'-]*|\d{1,2})){0,4}\.?  # ROME, May 3
        (?:\s*\([A-Za-z .&-]{1,30}\))?                     # (AP)
        \s*(?:--|—|–|-|_|:)\s+
      | [A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}:\s               # Washington:
      | \([A-Z][A-Za-z .&-]{1,30}\)\s*(?:--|—|–|-|_|:)?\s*  # (CNN) or (Reuters) -
    )(?=["“A-Z])""",
    re.VERBOSE,
)
# A dateline's dash left at the start of a sentence: the place was on the line above, or
# the splitter cut "GENEVA (AP)" off as a sentence of its own. No sentence starts so.
_DATELINE_DASH = re.compile(r"""^(?:--|—|–|_)\s+(?=["“A-Z])""")

# "But", "And" or "So" opening a sentence ties it to the one before; dropped (and the
# next word recapitalised), the rest reads on its own and is otherwise verbatim (README).
# "So far", "So much", "And so on" stay: there "So" is not a connective.
_CONNECTIVE = re.compile(r"""^(?:But|And|So)\s+(?!far\b|much\b|many\b|long\b|so\b)(?=[a-z"“])""")

_TOKENIZER = Tokenizer(replace_not_contraction=False)


def dateline_length(text: str) -> int:
    """How many leading characters of the sentence are a dateline ('WASHINGTON (AP) -- ')."""
    match = _DATELINE.match(text)
    if match and len(text) - match.end() >= 20:
        return match.end()
    return 0


def split_sentences(paragraph: str) -> list[tuple[str, tuple[str, ...]]]:
    """Verbatim sentences of one paragraph with their word tokens, datelines trimmed."""
    sentences = []
    for number, tokens in enumerate(syntok_segment(_TOKENIZER.tokenize(paragraph))):
        if not tokens:
            continue
        start = tokens[0].offset
        end = tokens[-1].offset + len(tokens[-1].value)
        if number == 0:
            start += dateline_length(paragraph[start:end])
        if dash := _DATELINE_DASH.match(paragraph[start:end]):
            start += dash.end()
        connective = _CONNECTIVE.match(paragraph[start:end])
        if connective:
            start += connective.end()
        text = paragraph[start:end].strip()
        if connective:
            text = _capitalise(text)
        words = tuple(
            t.value for t in tokens if t.offset >= start and any(c.isalnum() for c in t.value)
        )
        if text:
            sentences.append((text, words))
    return sentences


def _capitalise(text: str) -> str:
    """The first letter in upper case (after an opening quote mark)."""
    for k, char in enumerate(text):
        if char.isalpha():
            return text[:k] + char.upper() + text[k + 1 :]
    return text


def words_of(text: str) -> tuple[str, ...]:
    """Word tokens of a text (punctuation dropped), as in `split_sentences`."""
    return tuple(t.value for t in _TOKENIZER.tokenize(text) if any(c.isalnum() for c in t.value))


def segment_document(document: Document, doc_index: int) -> tuple[Sentence, ...]:
    """The usable sentences of a document, numbered by their place in it."""
    found = [
        (text, words)
        for paragraph in document.paragraphs
        for text, words in split_sentences(paragraph)
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
        )
        for position, (text, words) in enumerate(found)
    )


def segment_all(documents: Iterable[Document]) -> tuple[Sentence, ...]:
    """Sentences of every document, in document order then reading order."""
    return tuple(
        sentence
        for index, document in enumerate(documents)
        for sentence in segment_document(document, index)
    )
