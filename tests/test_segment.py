from pathlib import Path

from brief.models import Document
from brief.segment import segment_document, split_sentences, words_of
from brief.select import stands_alone


def texts(paragraph: str) -> list[str]:
    return [text for text, _ in split_sentences(paragraph)]


def test_abbreviations_dates_and_quotes_do_not_break_sentences():
    paragraph = (
        'On Sept. 10, Russia and the U.S. announced a deal. "This is not a decision that was '
        'taken lightly," Kirby said. The vote in Washington, D.C. was held on Jan. 3.'
    )
    assert texts(paragraph) == [
        "On Sept. 10, Russia and the U.S. announced a deal.",
        '"This is not a decision that was taken lightly," Kirby said.',
        "The vote in Washington, D.C. was held on Jan. 3.",
    ]


def test_titles_before_names_do_not_end_sentences():
    paragraph = (
        "The Rev. Jesse Jackson spoke at the church. Lt. Col. Oliver North testified before "
        "Congress. ``We will stay,'' said Gov. George W. Bush of Texas. Relics of St. John "
        "were found."
    )
    assert texts(paragraph) == [
        "The Rev. Jesse Jackson spoke at the church.",
        "Lt. Col. Oliver North testified before Congress.",
        "``We will stay,'' said Gov. George W. Bush of Texas.",
        "Relics of St. John were found.",
    ]


def test_initials_inside_a_sentence_do_not_end_it():
    for sentence in (
        "The harbour minister met the U.S. Ambassador, Jane Doe, at the quay on Monday.",
        "A U.N. General Assembly vote on the harbour treaty is due after a week of talks.",
        "A diver held by the joint Canadian-U.S. rescue team was freed on Friday.",
        "Rep. Ann Hale (R-N.Y.), who chairs the harbour panel, spoke first.",
    ):
        assert [text for text, _ in split_sentences(sentence + " The ferry sailed.")] == [
            sentence,
            "The ferry sailed.",
        ]
    # A place's initials still end a sentence before the next one.
    assert len(split_sentences("They moved to Trenton, N.J. The family sold the house.")) == 2


def test_a_common_word_before_a_full_stop_ends_the_sentence():
    # Words the splitter's model (trained on legal text) counts as abbreviations.
    paragraph = (
        "Doctors met in Lisbon last month. Measles is returning. Wheat prices hit a 9-year "
        "low. Egypt imports wheat. He called it ``hot stuff.'' They agreed."
    )
    assert texts(paragraph) == [
        "Doctors met in Lisbon last month.",
        "Measles is returning.",
        "Wheat prices hit a 9-year low.",
        "Egypt imports wheat.",
        "He called it ``hot stuff.''",
        "They agreed.",
    ]


def test_words_are_cut_as_syntok_cuts_them():
    text = "The U.S.-led talks didn't e-mail McCain's aide ($1.2 billion) at 10:30 a.m. ``Fine.''"
    assert words_of(text) == (
        *("The", "U.S.-led", "talks", "did", "n't", "e", "mail", "Mc", "Cain", "'s", "aide"),
        *("1.2", "billion", "at", "10:30", "a.m", "Fine"),
    )


def test_datelines_are_trimmed_and_the_rest_is_verbatim():
    assert texts("ELK CREEK, S.D. (AP) -- The governor toured the flooded farms today.") == [
        "The governor toured the flooded farms today."
    ]
    assert texts("WASHINGTON - The United States was suspending negotiations, it said.") == [
        "The United States was suspending negotiations, it said."
    ]
    assert texts("Washington: The United States today suspended negotiations with Russia.") == [
        "The United States today suspended negotiations with Russia."
    ]
    assert texts("LONDON _ Warmer seas could drive many fish north, the institute said.") == [
        "Warmer seas could drive many fish north, the institute said."
    ]
    assert texts("WASHINGTON, May 3 (Xinhua) -- The FBI is taking over the inquiry.") == [
        "The FBI is taking over the inquiry."
    ]
    # A city with its province in brackets, as the news agency writes Chinese datelines.
    assert texts("HARBIN (Heilongjiang), May 3 (Xinhua) -- The ice festival opened today.") == [
        "The ice festival opened today."
    ]
    # A live page's label of when a paragraph was added.
    assert texts("UPDATE 2.05pm: The bypass has now fully reopened in both directions.") == [
        "The bypass has now fully reopened in both directions."
    ]
    assert texts("BREAKING: Police have closed the harbour road after a crash.") == [
        "Police have closed the harbour road after a crash."
    ]
    # A television station's name with its channel number.
    assert texts("OSKBY FALLS (Valley 7) – Neighbours are taking their fight to court.") == [
        "Neighbours are taking their fight to court."
    ]
    assert texts("WOODLAND HILLS >> Detectives are investigating a stabbing, police said.") == [
        "Detectives are investigating a stabbing, police said."
    ]
    assert texts("WASHINGTON (AP -- The Senate passed the budget bill late on Thursday.") == [
        "The Senate passed the budget bill late on Thursday."
    ]
    assert texts("Sycamore, Illinois (CNN) A man was charged on Friday with the murder.") == [
        "A man was charged on Friday with the murder."
    ]
    assert texts("PORT ELLEN—The harbour bridge reopened to traffic on Thursday morning.") == [
        "The harbour bridge reopened to traffic on Thursday morning."
    ]
    # A news service's slug with a number ("the second story on it") is a dateline too.
    assert texts("FERRY2 (Portree) _ Crews walked out over pay as the summer season opened.") == [
        "Crews walked out over pay as the summer season opened."
    ]
    # ... and a slug before the place.
    assert texts("HARBOUR-FERRY _ PORTREE _ Crews walked out over pay as the season opened.") == [
        "Crews walked out over pay as the season opened."
    ]
    # An ordinary opening is not a dateline, nor is a name with its party or initials.
    for kept in (
        "US diplomats will suspend discussions with Russia on Monday.",
        "Senator John Cornyn (R-Texas) Thursday said the bill would not pass this year.",
        "Amnesty International (AI) Tuesday said the trials were unfair and secret.",
        "Paris, France is a city that many tourists visit every year for its museums.",
        "NASA—the agency that sent the probe—said the flyby had gone as planned.",
    ):
        assert texts(kept) == [kept]


def test_sentences_know_their_document_and_position():
    doc = Document(
        "d1",
        Path("a.txt"),
        "T",
        ("One two three four. Five six seven eight.", "Nine ten eleven twelve."),
    )
    sentences = segment_document(doc, 3)
    assert [s.position for s in sentences] == [0, 1, 2]
    assert {s.doc_id for s in sentences} == {"d1"} and {s.doc_index for s in sentences} == {3}
    assert sentences[1].words == ("Five", "six", "seven", "eight")
    assert sentences[2].relative_position == 2 / 3


def test_a_dateline_dash_never_opens_a_sentence():
    # Wire copy where the splitter cuts the place off, or the place is on the line above.
    cases = {
        "GENEVA (AP) _ The glaciers of the Alps are likely to keep shrinking this year.": (
            "The glaciers of the Alps are likely to keep shrinking this year."
        ),
        "-- A senior port official is asking shippers to book berths earlier.": (
            "A senior port official is asking shippers to book berths earlier."
        ),
    }
    for paragraph, expected in cases.items():
        assert [text for text, _ in split_sentences(paragraph)][-1] == expected


def test_an_agency_in_parentheses_opening_a_sentence_is_a_dateline():
    assert [t for t, _ in split_sentences("(CNN) The new telescope will map distant comets.")] == [
        "The new telescope will map distant comets."
    ]
    assert [t for t, _ in split_sentences("(1) The first item is long enough to keep.")] == [
        "(1) The first item is long enough to keep."
    ]


def test_a_leading_but_and_or_so_is_dropped_and_the_rest_kept_verbatim():
    paragraph = (
        "Talks ended on Monday. But the United States is calling home its personnel. "
        'And "we will not go back," the envoy said. So far nobody has left Geneva.'
    )
    assert [text for text, _ in split_sentences(paragraph)] == [
        "Talks ended on Monday.",
        "The United States is calling home its personnel.",
        '"We will not go back," the envoy said.',
        "So far nobody has left Geneva.",
    ]
    # Before a verb "So" stays: the sentence would open on the verb ("Began the search …"),
    # and with it the sentence is seen to lean on the one before.
    inverted = "So began the search for the missing ferry. So did the mayor, who wept."
    assert [text for text, _ in split_sentences(inverted)] == inverted.replace(". ", ".\n").split(
        "\n"
    )
    assert not stands_alone("So began the search for the missing ferry.")


def test_the_middle_of_a_quotation_and_a_transcript_turn_are_not_shown_alone():
    from brief.select import is_eligible

    quotation = (
        'The harbour master spoke at length. "We lost two cranes in the storm last night. '
        "The insurers will pay for the cranes but not for the weeks of lost trade. We will "
        'reopen the quay on Monday," she said. The port employs about 900 people in the town '
        "and the villages around it."
    )
    interview = (
        "The mayor spoke to the Herald about the bridge and the budget for next year.",
        "HB: Why did the repairs of the harbour bridge take two whole years?",
        "LO: The cables were older than anyone knew, and every one of them had to go.",
        "Every cable of the bridge was replaced, and the whole deck was resurfaced as well.",
        "HB: Will the tolls on the harbour bridge stay at the price they are now?",
        "LO: The council will vote on the tolls in the spring, after the audit is done.",
    )
    document = Document("d1", Path("a.txt"), "T", (quotation, *interview))
    shown = {s.text for s in segment_document(document, 0) if is_eligible(s)}
    # The quotation's middle sentence is the harbour master's, but shown alone it would
    # read as the outlet's; so are the interview's answers once their "LO:" is gone.
    assert "The insurers will pay for the cranes but not for the weeks of lost trade." not in shown
    assert not any("cables were older" in t or "vote on the tolls" in t for t in shown)
    # An answer that goes on in the next paragraph is still the mayor's.
    assert not any("whole deck was resurfaced" in t for t in shown)
    assert "The port employs about 900 people in the town and the villages around it." in shown
    assert interview[0] in shown
    # One label in the first paragraph is a dateline, and the rest of the article is prose.
    wire = Document(
        "d2",
        Path("b.txt"),
        "T",
        (
            "Washington: The United States suspended talks with Russia on Syria on Monday.",
            "The talks had been going on for months without a lasting ceasefire in Aleppo.",
        ),
    )
    assert all(is_eligible(s) for s in segment_document(wire, 0))


def test_a_reference_notes_number_is_not_part_of_the_sentence():
    # A source's footnote number would sit beside the briefing's own citation numbers.
    paragraph = (
        "Doctors counted 120 cases of limb weakness among young children in 2014 (1). Most"
        " recovered within a year.[2] The survey of harbour towns was published in May [3]."
    )
    assert texts(paragraph) == [
        "Doctors counted 120 cases of limb weakness among young children in 2014.",
        "Most recovered within a year.",
        "The survey of harbour towns was published in May.",
    ]
    # Brackets that say something stay, and so does a list's number.
    for kept in ("The ferry carries 300 passengers (about 40 cars).", "(1) The first item."):
        assert texts(kept) == [kept]


def test_a_report_counting_its_event_among_others_tells_the_others_as_no_claim():
    # "It was the second house fire …" then the other fire: shown under the Liverpool
    # fire's title, the Bridgewater fire's family read as this story's.
    from brief.select import is_eligible

    paragraphs = (
        "A Liverpool man escaped a fire that destroyed his home on School Street overnight.",
        "It was the second house fire on the South Shore in less than a day. A family of"
        " three escaped a fire in Bridgewater on Wednesday afternoon.",
        "It was the third day of searching along the shore for the missing kayaker. Crews"
        " from three fire departments helped to check the outbuildings along the river.",
    )
    document = Document(id="a", path=Path("a.txt"), title="Fire", paragraphs=paragraphs)
    shown = {s.text: is_eligible(s) for s in segment_document(document, 0)}
    assert not shown["A family of three escaped a fire in Bridgewater on Wednesday afternoon."]
    # A period's count ("the third day of …") tells the same event next.
    assert shown[
        "Crews from three fire departments helped to check the outbuildings along the river."
    ]
    assert shown[paragraphs[0]]
