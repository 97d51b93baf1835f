from brief.concepts import concept_weights, concepts_in, concepts_of
from brief.models import Sentence
from brief.segment import words_of


def sentence(doc: int, position: int, of: int, text: str) -> Sentence:
    return Sentence(f"doc{doc}", doc, position, position / of, text, words_of(text))


def weights(sentences):
    return concept_weights(sentences, [concepts_of(s) for s in sentences], {})


def test_a_concept_more_reports_use_weighs_more():
    # "harbour bridge" is in all three reports, "steel cables" in two: same position.
    s = [
        sentence(0, 0, 4, "The harbour bridge reopened with new steel cables on Thursday."),
        sentence(1, 0, 4, "The harbour bridge reopened after its steel cables were replaced."),
        sentence(2, 0, 4, "Traffic crossed the harbour bridge again on Thursday morning."),
    ]
    w = weights(s)
    assert w[("harbour", "bridg")] > w[("steel", "cabl")]


def test_a_concept_in_the_lead_weighs_more_than_one_at_the_end():
    # Both pairs are in two reports, one sentence each; only where they appear differs.
    s = [
        sentence(0, 0, 10, "Mayor Linda Okafor opened the harbour bridge on Thursday."),
        sentence(1, 0, 10, "Crowds walked across the harbour bridge as it opened."),
        sentence(0, 9, 10, "Toll booths were removed before the cyclists arrived."),
        sentence(1, 9, 10, "Toll booths were removed last spring, officials noted."),
    ]
    w = weights(s)
    # Chances that a human summary uses the word pair: between 0 and 1.
    assert 0.0 < w[("toll", "booth")] < w[("harbour", "bridg")] < 1.0


def test_concepts_are_word_pairs_as_rouge_reads_them():
    # The dash is not a word: "visit" and "the" are neighbours, as in ROUGE's tokens.
    found = concepts_in(words_of("The visit -- the first by a president -- was short."))
    assert ("visit", "the") in found
    assert not any("--" in pair for pair in found)
    assert ("the", "first") not in found  # two stop words say nothing
