from brief.dedupe import overlap, supporting_sources, terms
from brief.models import Sentence
from brief.segment import words_of


def sentences(*items: tuple[int, str]) -> list[Sentence]:
    return [
        Sentence(f"doc{d}", d, n, 0.0, text, words_of(text)) for n, (d, text) in enumerate(items)
    ]


SHORT = '"This is not a decision that was taken lightly," Kirby said.'
LONG = (
    '"This is not a decision that was taken lightly," State Department spokesman John Kirby '
    "said, accusing Russia of stepping up attacks on civilian areas."
)


def test_a_longer_sentence_carries_a_shorter_one_but_not_the_reverse():
    s = sentences((0, SHORT), (1, LONG))
    relation = overlap(s)
    assert relation.supports[0, 1] and not relation.supports[1, 0]
    assert supporting_sources(0, s, relation) == ("doc0", "doc1")
    assert supporting_sources(1, s, relation) == ("doc1",)
    assert relation.redundant[0, 1] and relation.redundant[1, 0]


def test_negation_is_part_of_the_claim():
    s = sentences(
        (0, "The minister did not resign after the leak of cabinet papers."),
        (1, "The minister did resign after the leak of cabinet papers."),
    )
    assert not overlap(s).supports[0, 1]


def test_acronyms_are_not_stop_words():
    assert "US" in terms(words_of("The U.S. and the US said"))
    assert "us" not in terms(words_of("They told us"))


def test_unrelated_sentences_are_neither_support_nor_redundant():
    s = sentences(
        (0, "The harbour bridge reopened to traffic on Thursday after repairs."),
        (1, "Shares in the mining company fell sharply on weak copper prices."),
    )
    relation = overlap(s)
    assert not relation.supports[0, 1] and not relation.redundant[0, 1]


def test_sources_are_listed_once_each_in_load_order():
    s = sentences((2, SHORT), (0, LONG), (0, SHORT), (1, SHORT))
    assert supporting_sources(0, s, overlap(s)) == ("doc0", "doc1", "doc2")
