from brief.dedupe import carrying_window, overlap, supporting_sources
from brief.models import Sentence
from brief.segment import words_of
from brief.terms import content_terms as terms


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


# The misattributions readers found on real clusters, each as two sources: one says it,
# the other almost does. The claim must cite exactly the one that says it.


def cited(claim: str, says: str, almost: str) -> tuple[str, ...]:
    s = sentences((0, claim), (1, almost), (2, says))
    return supporting_sources(0, s, overlap(s))


def test_a_refusal_to_rule_out_is_not_ruling_out():
    assert cited(
        "Samaranch Sunday ruled out taking the Games from Salt Lake City.",
        says="IOC president Samaranch on Sunday ruled out taking the Games from Salt Lake City.",
        almost="The investigator on Sunday refused to rule out taking the Games from Salt"
        " Lake City, Samaranch said.",
    ) == ("doc0", "doc2")


def test_an_added_fact_is_not_credited_to_the_source_that_lacks_it():
    assert cited(
        "Two firefighters were taken to hospital with smoke inhalation, but nobody died.",
        says="Two firefighters were taken to hospital with smoke inhalation; nobody died.",
        almost="Two firefighters were taken to hospital with smoke inhalation on Tuesday.",
    ) == ("doc0", "doc2")


def test_fragments_of_words_do_not_make_a_short_claim_carried():
    # Old terms counted "'re" and "'s": three shared words and a fragment reached 75 %.
    assert cited(
        "We were selected as host of the Olympics through our efforts.",
        says="We were selected as host of the Olympics through our own efforts, he said.",
        almost="We're the city's choice, selected as host of the Olympics, officials say.",
    ) == ("doc0", "doc2")
    assert "'s" not in terms(words_of("The city's choice, we're told, isn't final."))
    assert not {"'re", "n't", "ca"} & set(terms(words_of("We're sure they can't.")))


def test_numbers_must_agree_in_any_spelling():
    assert cited(
        "The fire forced about 400 residents to leave their homes on Friday night.",
        says="The fire forced about 400 residents to leave their homes on Friday night,"
        " police said.",
        almost="The fire forced about 40 residents to leave their homes on Friday night.",
    ) == ("doc0", "doc2")
    s = sentences(
        (0, "Two firefighters were injured in the blaze at the chemical plant."),
        (1, "2 firefighters were injured in the blaze at the chemical plant, police said."),
    )
    assert overlap(s).supports[0, 1]


def test_a_hedge_is_not_a_fact():
    assert cited(
        "The minister will resign over the leak of the cabinet papers.",
        says="The minister will resign over the leak of the cabinet papers, aides said.",
        almost="The minister may resign over the leak of the cabinet papers.",
    ) == ("doc0", "doc2")


def claim_and_source(claim: str, *source: str) -> list[Sentence]:
    """A claim (doc0) and a source (doc1) whose sentences follow each other."""
    return sentences((0, claim))[:1] + [
        Sentence("doc1", 1, n, n / len(source), text, words_of(text))
        for n, text in enumerate(source)
    ]


def test_two_adjacent_sentences_of_a_source_can_carry_a_claim():
    s = claim_and_source(
        "The harbour bridge in Lisbon reopened on Thursday after two years of costly repairs.",
        "The harbour bridge in Lisbon reopened on Thursday.",
        "Two years of costly repairs had kept it closed.",
    )
    relation = overlap(s)
    assert supporting_sources(0, s, relation) == ("doc0", "doc1")


def test_the_speaker_may_be_introduced_elsewhere_in_the_source():
    full = '"This is not a decision that was taken lightly," spokesman John Kirby said.'
    s = sentences(
        (0, full),
        (1, "State Department spokesman John Kirby spoke on Monday."),
        (1, SHORT),
        (2, SHORT),  # never says who Kirby is
    )
    assert supporting_sources(0, s, overlap(s)) == ("doc0", "doc1")


def test_one_fact_in_other_words_is_a_repeat():
    s = sentences(
        (0, "Firefighters ordered about 400 residents of Vila Nova to evacuate on Friday."),
        (1, "About 400 people were told to leave their homes in Vila Nova, firefighters said."),
        # The rest of the story: its place and its firefighters are in every sentence.
        (2, "Firefighters in Vila Nova battled the blaze for a third day on Saturday."),
        (3, "The blaze in Vila Nova destroyed a school and two churches, firefighters said."),
        (4, "The mayor of Vila Nova thanked the firefighters who fought the blaze."),
    )
    relation = overlap(s)
    assert relation.redundant[0, 1]  # shown once...
    assert not relation.supports[0, 1] and not relation.supports[1, 0]  # ...but not carried


def test_a_contention_is_not_a_fact():
    assert cited(
        "The contract did not cover repairs to the roof of the old harbour warehouse.",
        says="The contract did not cover repairs to the roof of the old harbour warehouse,"
        " the judge ruled.",
        almost="The builder's defense, as his lawyers put it, is that the contract did not"
        " cover repairs to the roof of the old harbour warehouse.",
    ) == ("doc0", "doc2")


def test_the_dominant_is_more_than_a_dominant():
    assert cited(
        "Nordfrakt, based in Tromso, is the leading carrier of fresh fish to Asia.",
        says="Nordfrakt, which is based in Tromso, is the leading carrier of fresh fish to Asia.",
        almost="Nordfrakt, which is based in Tromso, is a leading carrier of fresh fish to Asia.",
    ) == ("doc0", "doc2")


def test_two_sentences_that_share_a_name_and_a_word_do_not_carry_a_claim():
    s = claim_and_source(
        "Even before it left, the Nordic Star ferry was in trouble.",
        "After the Nordic Star ferry left, captains talked about old ships.",
        "A ship is tough, with the power to sail its way out of trouble, one said.",
    )
    assert supporting_sources(0, s, overlap(s)) == ("doc0",)


def test_a_bound_on_a_figure_is_part_of_the_claim():
    assert cited(
        "The new bridge will not open to lorries until it is at least 3 years old.",
        says="The new bridge will not open to lorries until it is at least 3 years old.",
        almost="The new bridge will not open to lorries until it is around 3 years old.",
    ) == ("doc0", "doc2")
    s = sentences(
        (0, "Of the cyclists in the survey, nearly 15 percent rode to work every day."),
        (1, "Of the cyclists in the survey, about 15 percent rode to work every day, it said."),
    )
    assert overlap(s).supports[0, 1]


# Same-saying in other words: the paraphrases news writes for one fact are carried, and
# the two versions are one fact to the redundancy filter (shown once, with both sources).


def carries(claim: str, source: str) -> bool:
    s = sentences((0, claim), (1, source))
    return bool(overlap(s).supports[0, 1])


def test_died_and_killed_are_one_fact_and_shown_once():
    claim = "All 40 passengers on board died when the ferry sank off the northern coast."
    source = "The ferry sank off the northern coast, killing all 40 passengers aboard."
    assert carries(claim, source)
    assert overlap(sentences((0, claim), (1, source))).redundant[0, 1]


def test_common_news_synonyms_are_one_word():
    assert carries(
        "Two guards were wounded when the convoy was attacked near the border crossing.",
        "Two guards were injured when the convoy was attacked near the border crossing.",
    )
    assert carries(
        "The city bought 40 electric buses for its downtown routes last spring.",
        "Last spring the city purchased 40 electric buses for its downtown routes.",
    )


def test_british_and_american_spellings_are_one_word():
    assert carries(
        "The mayor honoured the volunteers at a ceremony in the town centre on Sunday.",
        "On Sunday the mayor honored the volunteers at a ceremony in the town center.",
    )
    assert carries(
        "Residents organised a vigil for the children who fled the flooded neighbourhood.",
        "Residents organized a vigil for the children who fled the flooded neighborhood.",
    )


def test_number_formats_are_one_number():
    claim = "The port city of 2 million people ordered 1,500 troops to the flooded districts."
    for source in (
        "The port city of 2,000,000 people ordered 1500 troops to the flooded districts.",
        "The port city of two million people ordered 1.5 thousand troops to the flooded districts.",
        "The port city of 2m people ordered 1,500 troops to the flooded districts.",
    ):
        assert carries(claim, source), source
    assert not carries(
        claim, "The port city of 2 million people ordered 1,600 troops to the flooded districts."
    )
    # "2 m" apart is two metres, not two million.
    assert not carries(
        "Floodwater rose 2 million in the valley overnight, officials reported.",
        "Floodwater rose 2 m in the valley overnight, officials reported.",
    )


def test_short_forms_of_organisations_are_the_same_name():
    assert carries(
        "The United Nations sent food convoys to the besieged northern town on Friday.",
        "The UN sent food convoys to the besieged northern town on Friday.",
    )
    assert carries(
        "The European Union fined the shipping group for breaking competition rules.",
        "The EU fined the shipping group for breaking competition rules.",
    )


def test_arrested_is_not_detained():
    # Precision first: a source that says police detained two men did not say they were
    # arrested (detention is not arrest); the relation does not equate them.
    assert not carries(
        "Police arrested two men near the stadium after the match on Saturday.",
        "Police detained two men near the stadium after the match on Saturday.",
    )


def test_a_bound_on_a_left_out_detail_does_not_block_the_claim():
    assert carries(
        "The cyclist died later at the clinic in the town, police said.",
        "The cyclist died about 50 minutes later at the clinic in the town, police said.",
    )
    # ...but a figure the claim states keeps its bound.
    assert not carries(
        "The cyclist died 50 minutes later at the clinic in the town, police said.",
        "The cyclist died about 50 minutes later at the clinic in the town, police said.",
    )
    assert carries(
        "The airline grounded its remaining jets immediately after the crash.",
        "The airline grounded its remaining jets immediately after the crash, the first"
        " fatal accident of the type.",
    )
    assert not carries(
        "The company is the dominant force in the regional freight market.",
        "The company is a dominant force in the regional freight market, analysts say.",
    )


def test_how_a_quotation_was_given_may_be_told_anywhere_in_the_source():
    claim = '"We are reviewing every flight of the fleet," the airline said in a statement.'
    source = sentences(
        (0, claim),
        (1, "The airline issued a statement on Tuesday evening after the second incident."),
        (1, '"We are reviewing every flight of the fleet," the airline said.'),
    )
    assert supporting_sources(0, source, overlap(source)) == ("doc0", "doc1")
    elsewhere = sentences(
        (0, claim),
        (1, '"We are reviewing every flight of the fleet," the airline said.'),
    )
    assert supporting_sources(0, elsewhere, overlap(elsewhere)) == ("doc0",)


# Misreadings found while reading the sample of this change, each fixed.


def test_feared_dead_is_not_died():
    assert not carries(
        "All 58 fishermen aboard died when the trawler sank in the storm.",
        "All 58 fishermen aboard are feared dead after the trawler sank in the storm.",
    )


def test_what_some_say_is_not_a_fact():
    assert not carries(
        "The puppet show has a special charm for pensioners, who see it as a satire"
        " of village life.",
        "Some say the puppet show has a special charm for pensioners, who see it as a"
        " satire of village life.",
    )


def test_two_sentences_do_not_join_figures_from_different_facts():
    s = sentences(
        (
            0,
            "The girl was pulled from the lake two or three days after the ferry capsized,"
            " killing her father and 10 others.",
        ),
        (
            1,
            "The girl was pulled from the lake on Monday, three days after the family left"
            " the pier on a small ferry.",
        ),
        (
            1,
            "She and two men were rescued after the ferry capsized, but her father and"
            " 10 others died.",
        ),
    )
    assert supporting_sources(0, s, overlap(s)) == ("doc0",)


def test_words_of_the_stop_list_that_change_the_claim_count():
    # "can cause X, a swelling of Y" is not stated by a file where people died of X and
    # others had a swelling of Y: "cause" is part of the claim.
    assert not carries(
        "The parasite can also cause keratitis, a clouding of the cornea.",
        "Last year seven people went blind from parasite keratitis and 59 others had a"
        " clouding of the cornea.",
    )
    assert not carries(
        "The council approved the harbour plan for the second time on Tuesday.",
        "The council approved the harbour plan for the first time on Tuesday.",
    )
    assert not carries(
        "The senator voted for the harbour bill in the final session on Tuesday.",
        "The senator voted against the harbour bill in the final session on Tuesday.",
    )


# One plain word of a claim said in another word, in the same place: carried, when every
# name, figure and cue agrees (dedupe.substituted). Never a name, a figure, an event word,
# a word with a rival, or a word inside a quotation.
PARAPHRASE = "Divers said the ferry sank after a collision with a heavy object near the pier."


def test_one_plain_word_said_otherwise_in_the_same_place_is_carried():
    says = "Divers said the ferry sank after a collision with a massive object near the pier."
    almost = "Divers said the ferry sank after a collision with a massive object near the beach."
    assert cited(PARAPHRASE, says, almost) == ("doc0", "doc2")


def test_a_word_said_otherwise_at_the_edge_of_a_clause_may_swap_with_its_neighbour():
    claim = "More than 70 percent of bicycle helmets are fitted incorrectly, surveys show."
    says = "Surveys show more than 70 percent of bicycle helmets are wrongly fitted."
    almost = "Surveys show more than 60 percent of bicycle helmets are wrongly fitted."
    assert cited(claim, says, almost) == ("doc0", "doc2")


def test_a_noun_in_ing_may_be_said_otherwise_but_not_a_verb():
    claim = "A dawn blast at the harbour office in Tromso killed 11 workers."
    says = "11 workers were killed in the dawn bombing of the harbour office in {}."
    assert cited(claim, says.format("Tromso"), says.format("Bodo")) == ("doc0", "doc2")
    s = sentences(
        (
            0,
            "Police were questioning the driver of the delivery van outside the station on Monday.",
        ),
        (1, "Police were arresting the driver of the delivery van outside the station on Monday."),
    )
    assert supporting_sources(0, s, overlap(s)) == ("doc0",)


def test_words_that_change_the_fact_are_never_said_otherwise():
    # An event word, a word with a rival, a name, and a word elsewhere in the sentence.
    for claim, other in (
        (
            "Police arrested the driver of the delivery van outside the station on Monday.",
            "Police questioned the driver of the delivery van outside the station on Monday.",
        ),
        (
            "The mayor's wife opened the new public library in the harbour district on Friday.",
            "The mayor's daughter opened the new public library in the harbour district on Friday.",
        ),
        (
            "Divers said the ferry sank after a collision with a heavy object near Oslo.",
            "Divers said the ferry sank after a collision with a heavy object near Bergen.",
        ),
        (
            PARAPHRASE,
            "Divers said a massive ferry sank after a collision with an object near the pier.",
        ),
    ):
        s = sentences((0, claim), (1, other))
        assert supporting_sources(0, s, overlap(s)) == ("doc0",), other


def test_the_words_of_a_quotation_are_not_said_otherwise():
    claim = '"We saw a heavy object hit the ferry near the old pier," the diver told reporters.'
    other = '"We saw a massive object hit the ferry near the old pier," the diver told reporters.'
    s = sentences((0, claim), (1, other))
    assert supporting_sources(0, s, overlap(s)) == ("doc0",)


def test_what_a_hearing_heard_is_what_it_was_told():
    # Both report what the inquest was told, not the fact itself: "heard that" carries
    # "was told" (it was counted a fact, which the contention did not match), and a
    # source with the fact in someone else's words carries neither.
    s = sentences(
        (0, "The inquest was told the ferry pilot was fit and had sailed the route for years."),
        (1, "The inquest heard that the ferry pilot was fit and had sailed the route for years."),
        (2, "The ferry pilot was fit and had sailed the route for years, his family said."),
    )
    assert supporting_sources(0, s, overlap(s)) == ("doc0", "doc1")


def test_maintained_is_a_contention_even_without_that():
    s = sentences(
        (0, "The guild's rules do permit such walkouts over health and safety reasons."),
        (
            1,
            "The guild maintained the walkouts were permitted by its rules over health and"
            " safety reasons.",
        ),
    )
    assert supporting_sources(0, s, overlap(s)) == ("doc0",)


# A claim in reported speech ("…, the mayor's office said on Tuesday") and a source that
# reports the same fact as its own news, naming no one: the source reported it.
REPORTED = (
    "The city council approved a new budget for the harbour district and its ferry"
    " terminal, the mayor's office said on Tuesday."
)


def test_a_fact_told_as_news_carries_the_same_fact_in_reported_speech():
    assert cited(
        REPORTED,
        "The city council on Tuesday approved a new budget for the harbour district and its"
        " ferry terminal.",
        "The city council discussed a new budget for the harbour district and its ferry terminal.",
    ) == ("doc0", "doc2")
    claim, source = sentences(
        (0, REPORTED),
        (
            1,
            "The city council approved a new budget for the harbour district and its ferry"
            " terminal.",
        ),
    )
    assert carrying_window(claim, [source]) == [source]


def test_a_source_that_attributes_the_fact_to_someone_else_does_not_carry_it():
    for other in (
        "The city council approved a new budget for the harbour district and its ferry"
        " terminal, opposition leaders said.",
        "According to the port authority, the city council approved a new budget for the"
        " harbour district and its ferry terminal.",
    ):
        s = sentences((0, REPORTED), (1, other))
        assert not overlap(s).supports[0, 1], other


def test_a_quotation_is_never_carried_without_its_speaker():
    s = sentences(
        (0, '"We will rebuild every school in the valley before winter," the governor said.'),
        (1, '"We will rebuild every school in the valley before winter."'),
    )
    assert not overlap(s).supports[0, 1]


def test_the_fact_told_as_news_must_keep_the_claims_cues():
    s = sentences(
        (0, REPORTED),
        (
            1,
            "The city council may approve a new budget for the harbour district and its ferry"
            " terminal.",
        ),
    )
    assert not overlap(s).supports[0, 1]


def test_two_framings_of_one_quoted_remark_are_a_repeat_but_not_support():
    # Outlets quote a remark word for word and paraphrase around it: a briefing shows the
    # remark once, and neither sentence is cited for the other's framing.
    a = (
        "Shortly after the verdict, the mayor's spokesman told reporters that the council"
        " was waging a “tax war” against the harbour town."
    )
    b = (
        "Speaking outside city hall in the rain, Ruth Adeyemi said the new levy on ferries"
        " was part of the “tax war” the council had started last spring."
    )
    other = (
        "The mayor's spokesman said the council had been “very concerned” about the ferry"
        " timetable for months."
    )
    s = sentences((0, a), (1, b), (2, other))
    relation = overlap(s)
    assert relation.redundant[0, 1] and relation.redundant[1, 0]
    assert not relation.supports[0, 1] and not relation.supports[1, 0]
    # One content word quoted alike ("very concerned") is no shared remark.
    assert not relation.redundant[0, 2] and not relation.redundant[1, 2]
    # Nor is the name of a work, which every sentence of its story may give.
    film = sentences(
        (0, "Queues for “Harbour Lights Forever” formed outside the old cinema on Monday night."),
        (1, "The director of “Harbour Lights Forever” grew up in a fishing village in the north."),
    )
    assert not overlap(film).redundant[0, 1]


# What readers found cited too low: sources that state a bullet's fact in a few other
# words. Each is carried now, and the near misses beside them still are not.
SUSPENDED = (
    "The union was suspending talks with the port authority on restoring a pay deal for the"
    " dockers, the ministry said on Tuesday."
)


def test_reviving_a_failed_deal_is_restoring_the_deal():
    assert cited(
        SUSPENDED,
        says="The union on Tuesday suspended talks with the port authority on reviving a"
        " failed pay deal for the dockers.",
        almost="The union on Tuesday suspended talks with the port authority on ending a"
        " pay deal for the dockers.",
    ) == ("doc0", "doc2")


def test_a_failed_thing_is_not_a_failure_to_do_what_the_claim_says():
    search = "Rescuers resumed the search for the missing fishing boat off the northern coast."
    assert cited(
        search,
        says="Rescuers resumed the search for the missing fishing boat off the northern coast"
        " after a failed attempt on Thursday.",
        almost="Rescuers failed to resume the search for the missing fishing boat off the"
        " northern coast.",
    ) == ("doc0", "doc2")
    # "the failed pay deal" and "the pay deal failed" say the same.
    s = sentences(
        (0, "The failed pay deal between the union and the port cost the city millions."),
        (1, "The pay deal between the union and the port failed and cost the city millions."),
    )
    assert overlap(s).supports[0, 1] and overlap(s).supports[1, 0]


def test_in_order_to_says_no_more_than_to():
    assert cited(
        "The city is sending engineers to the harbour in order to inspect the damaged sea wall.",
        says="The city is sending engineers to the harbour to inspect the damaged sea wall.",
        almost="The city is sending engineers to the harbour to repair the damaged sea wall.",
    ) == ("doc0", "doc2")
    # A verb after "to" is what is done: never said in another word.
    s = sentences(
        (0, "The city is sending engineers to the harbour to inspect the damaged sea wall."),
        (1, "The city is sending engineers to the harbour to repair the damaged sea wall."),
    )
    assert not overlap(s).supports[0, 1]


def test_a_speaker_named_after_the_verb_is_told_anywhere_in_the_source():
    for claim in (
        "Ferries to the northern islands will stop running after mid-March, said"
        " Marta Lind, a spokeswoman for the port authority.",
        "Ferries to the northern islands will stop running after mid-March,"
        " according to the port authority.",
    ):
        assert cited(
            claim,
            says="Ferries to the northern islands will stop running after mid-March.",
            almost="Ferries to the northern islands may stop running after mid-March.",
        ) == ("doc0", "doc2"), claim
    # What the speaker adds is part of the claim: a source without it does not carry it.
    s = sentences(
        (
            0,
            "Ferry fares to the northern islands will rise in the spring, said Marta Lind,"
            " adding that the port would cut its own fees.",
        ),
        (1, "Ferry fares to the northern islands will rise in the spring."),
    )
    assert not overlap(s).supports[0, 1]


KEEPER = (
    "The old lighthouse keeper, a fisherman from the island village, painted the tall stone"
    " tower bright red and white every summer for thirty years."
)


def test_two_plain_words_of_a_long_claim_may_be_said_otherwise():
    assert cited(
        KEEPER,
        says="The old lighthouse keeper, a fisherman from the island hamlet, painted the tall"
        " stone tower vivid red and white every summer for thirty years.",
        # Three words otherwise is another sentence, however close.
        almost="The old lighthouse keeper, a fisherman from the island hamlet, painted the"
        " slim stone tower vivid red and white every summer for thirty years.",
    ) == ("doc0", "doc2")
    # Never a name or a figure, and not in a shorter claim.
    for other in (
        "The old lighthouse keeper, a fisherman from the island village, painted the tall"
        " stone tower vivid red and white every summer for twenty years.",
        "The old lighthouse keeper, a fisherman from Valna village, painted the tall stone"
        " tower vivid red and white every summer for thirty years.",
    ):
        s = sentences((0, KEEPER), (1, other))
        assert not overlap(s).supports[0, 1], other
    s = sentences(
        (0, "The keeper painted the tall tower bright red every summer."),
        (1, "The keeper painted the slim tower vivid red every summer."),
    )
    assert not overlap(s).supports[0, 1]


def test_a_word_said_otherwise_may_swap_places_with_its_neighbour():
    assert cited(
        "Over 60 percent of the fire doors are improperly fitted in the new hospital wing.",
        says="Over 60 percent of the fire doors are fitted incorrectly in the new hospital wing.",
        almost="Over 60 percent of the fire doors are fitted in the new hospital wing.",
    ) == ("doc0", "doc2")


def test_the_day_a_statement_was_made_may_be_another_day_word():
    assert cited(
        "The ferry company will add two night crossings to the islands from June, company"
        " officials said today.",
        says="The ferry company will add two night crossings to the islands from June, company"
        " officials said Wednesday.",
        # A source that dates nothing does not say when.
        almost="The ferry company will add two night crossings to the islands from June,"
        " company officials said.",
    ) == ("doc0", "doc2")
    # The day of the fact itself is the fact's: "opens today" is not "opens Friday".
    s = sentences(
        (0, "The new ferry terminal on the northern island opens to passengers today."),
        (1, "The new ferry terminal on the northern island opens to passengers on Friday."),
    )
    assert not overlap(s).supports[0, 1]


def test_about_a_figure_is_carried_by_the_figure_itself_but_not_the_reverse():
    about = "The storm cut power to about 4,000 homes on the northern island on Sunday."
    exact = "The storm cut power to 4,000 homes on the northern island on Sunday."
    assert cited(
        about,
        says=exact,
        almost="The storm cut power to at least 4,000 homes on the northern island on Sunday.",
    ) == ("doc0", "doc2")
    s = sentences((0, exact), (1, about))
    assert not overlap(s).supports[0, 1]


def test_a_figure_too_large_for_digits_is_compared_as_written():
    # Found by the property test: "1e100 million" has more digits than a decimal holds.
    s = sentences(
        (0, "The harbour fund now holds 1e100 million pounds, the trustees said on Monday."),
        (1, "The harbour fund now holds 1e100 million pounds, the trustees said on Monday."),
        (2, "The harbour fund now holds 5 million pounds, the trustees said on Monday."),
    )
    relation = overlap(s)
    assert relation.supports[0, 1] and not relation.supports[0, 2]
