from pathlib import Path

import numpy as np
import pytest
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.utils import get_stop_words

from brief.errors import UsageError
from brief.load import load_folder
from brief.rank import RANKERS, SUMY_SUMMARIZERS, rank_sentences
from brief.segment import segment_all

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def distinct_sentences():
    documents, _ = load_folder(SEEDS)
    seen, out = set(), []
    for s in segment_all(documents):
        if s.text not in seen:
            seen.add(s.text)
            out.append(s)
    return out[:40]


class _Words:
    language = "english"

    def __init__(self, sentences):
        self.words = {s.text: s.words for s in sentences}

    def to_words(self, text):
        return self.words[text]


@pytest.mark.parametrize("name", sorted(RANKERS))
def test_scores_pick_what_sumy_itself_picks(name, distinct_sentences):
    sentences = distinct_sentences
    summarizer = SUMY_SUMMARIZERS[name](Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    tokenizer = _Words(sentences)
    document = ObjectDocumentModel(
        [Paragraph([SumySentence(s.text, tokenizer) for s in sentences])]
    )
    picked = {str(s) for s in summarizer(document, 5)}

    raw = RANKERS[name](sentences)
    assert len(raw) == len(sentences)
    top = sorted(range(len(sentences)), key=lambda i: -raw[i])[:5]  # stable, as sumy sorts
    assert {sentences[i].text for i in top} == picked


@pytest.mark.parametrize("name", sorted(RANKERS))
def test_the_same_sentence_from_two_sources_is_scored_twice(name, make_folder):
    shared = "The council approved the harbour budget of 84 million dollars on Tuesday."
    folder = make_folder(
        {
            "a.txt": f"{shared}\nThe mayor welcomed the vote and thanked the engineers.\n",
            "b.txt": f"{shared}\nCritics said the harbour budget was far too high for the town.\n",
        }
    )
    documents, _ = load_folder(folder)
    sentences = segment_all(documents)
    scores = rank_sentences(sentences, name)
    assert len(scores) == len(sentences) == 4
    assert np.all((scores > 0) & (scores <= 1))
    if name in ("lexrank", "textrank", "luhn", "lsa"):  # deterministic functions of the text
        assert scores[0] == scores[2]


def test_unknown_algorithm_names_the_available_ones():
    with pytest.raises(UsageError, match="lexrank, textrank"):
        rank_sentences([], "bert")


@pytest.mark.parametrize("name", ["lexrank", "textrank"])
def test_vectorised_scores_equal_sumys_own(name):
    """centrality.py's LexRank and TextRank give sumy's scores, every one of them."""
    from brief.rank import _sumy_scores

    documents, _ = load_folder(SEEDS)
    sentences = segment_all(documents)  # duplicates across sources included: 150+ sentences
    ours = RANKERS[name](sentences)
    theirs = _sumy_scores(SUMY_SUMMARIZERS[name], sentences)
    np.testing.assert_allclose(ours, theirs, rtol=1e-9, atol=1e-12)
