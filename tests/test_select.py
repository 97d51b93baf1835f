import datetime

import numpy as np
import pytest

from brief.dedupe import overlap
from brief.models import Sentence
from brief.segment import words_of
from brief.select import is_eligible, select_by_concepts_coverage, select_by_rank


def make(items):
    counts = {}
    out = []
    for d, text in items:
        n = counts.get(d, 0)
        counts[d] = n + 1
        out.append(Sentence(f"doc{d}", d, n, n / 10, text, words_of(text)))
    return out


FACTS = [
    (0, "The harbour bridge reopened to traffic on Thursday after two years of repairs."),
    (0, "Engineers replaced all 212 steel cables and resurfaced the whole deck."),
    (1, "After two years of repairs, the harbour bridge reopened to traffic on Thursday."),
    (1, "Mayor Linda Okafor said the bridge would cut commuting times for drivers."),
    (2, "Cyclists will have a separate lane on the eastern side for the first time."),
    (2, "Some residents criticised the cost overruns of 19 million dollars."),
]


def test_claims_fit_the_budget_and_never_repeat_each_other():
    s = make(FACTS)
    relation = overlap(s)
    claims = select_by_rank(s, np.linspace(1, 0.5, len(s)), relation, words=40)
    assert sum(len(c.text.split()) for c in claims) <= 40
    texts = [c.text for c in claims]
    assert len(texts) == len(set(texts))
    index = {sent.text: i for i, sent in enumerate(s)}
    for a in texts:
        for b in texts:
            if a != b:
                assert not relation.redundant[index[a], index[b]]


def test_corroborated_claims_cite_every_source_and_weigh_more():
    s = make(FACTS)
    # The shared sentence scores lower than the others, yet two sources carry it.
    scores = np.array([0.6, 0.7, 0.6, 0.7, 0.7, 0.7])
    claims = select_by_rank(s, scores, overlap(s), words=15)
    assert [c.text for c in claims] == [FACTS[0][1]]
    assert claims[0].sources == ("doc0", "doc1")


def test_one_sentence_word_for_word_in_several_articles_is_one_report():
    # A wire's background paragraph run again each day is one source's words, not several
    # sources finding the same: each article is cited, and counted once.
    background = "The ferry Norland was built for the harbour company at Kessing in 1995."
    s = make(
        [
            (0, background),
            (1, 'The ferry "Norland" was built for the harbour company at Kessing in 1995.'),
            (2, background),
            (3, "The ferry was built in 1995."),
        ]
    )
    claims = select_by_rank(s, np.array([1.0, 0.9, 0.9, 0.5]), overlap(s), words=15)
    assert [c.text for c in claims] == [background]
    assert claims[0].sources == ("doc0", "doc1", "doc2")
    assert claims[0].reports == 1
    # An article that says it in words of its own is a report of its own.
    own = "The harbour company at Kessing built the ferry Norland for its island route in 1995."
    s = make([(0, background), (1, background), (2, own)])
    (claim,) = select_by_rank(s, np.array([1.0, 0.9, 0.5]), overlap(s), words=15)
    assert claim.sources == ("doc0", "doc1", "doc2") and claim.reports == 2
    # Someone's words are each outlet's report of what it heard.
    quoted = 'The mayor said: "The ferry will sail again from the harbour at Kessing in May."'
    s = make([(0, quoted), (1, quoted)])
    (claim,) = select_by_rank(s, np.array([1.0, 0.9]), overlap(s), words=20)
    assert claim.reports == 2


def test_never_empty_even_when_nothing_fits():
    s = make(FACTS[:2])
    claims = select_by_rank(s, np.array([1.0, 0.5]), overlap(s), words=5)
    assert len(claims) == 1


def test_reading_order_follows_the_articles():
    s = make(FACTS)
    claims = select_by_rank(s, np.linspace(0.5, 1, len(s)), overlap(s), words=250)
    positions = [(c.sentence.relative_position, c.sentence.doc_index) for c in claims]
    assert positions == sorted(positions)


def _shown(items, scores=None):
    """Every eligible sentence of `items` chosen (a large budget), in reading order."""
    s = make(items)
    scores = np.ones(len(s)) if scores is None else np.array(scores, dtype=float)
    return [c.text for c in select_by_rank(s, scores, overlap(s), words=400)]


def test_a_story_opens_on_its_news_not_on_a_dek():
    # A magazine's dek (a quotation) opens one article; the other opens on the news. Both
    # stand first in their articles, and a story opened on the dek had no news first.
    dek = "\u201cNo bridge of this age should sway like that,\u201d said a structural engineer."
    lede = (
        "The harbour bridge was closed on Thursday after inspectors found cracks in two of"
        " its steel cables."
    )
    shown = _shown(
        [
            (0, dek),
            (0, "Council figures show that more than 40,000 drivers cross the harbour each day."),
            (1, lede),
            (1, "Ferries will run every twenty minutes until the repairs are finished in May."),
        ]
    )
    assert shown[0] == lede
    assert set(shown) >= {dek, lede}


def test_a_later_sentence_naming_someone_comes_after_the_one_that_introduces_them():
    # "Tobias's death" names the boy by his first name; the sentence that reports his
    # death introduces him, and comes first however the articles order them.
    death = (
        "Sheriff Dana Whitfield called Tobias's death on Friday a terrible accident on a"
        " dangerous road."
    )
    killed = (
        "Seven-year-old Tobias Hartley was killed when a lorry struck the family car on"
        " Route 9 near his school."
    )
    shown = _shown(
        [
            (0, "Pupils at Elmwood Primary School held a vigil for a classmate on Friday evening."),
            (0, death),
            (
                1,
                "Councillors have asked for lower speed limits on the county's busiest roads.",
            ),
            (1, killed),
        ]
    )
    assert shown.index(killed) < shown.index(death)
    # An abbreviation after the sentence that spells it out.
    spelled = (
        "Doctors in the valley reported eleven cases of acute harbour fever (AHF) among"
        " young children this autumn."
    )
    short = "AHF inflames the lungs and leaves the children short of breath for weeks."
    shown = _shown([(0, short), (1, spelled)])
    assert shown == [spelled, short]


def test_a_story_opens_on_news_not_on_a_features_anecdote():
    # A feature opens on an anecdote a century back; the other report opens on the news.
    anecdote = (
        "One hundred years ago this spring, a young naturalist rowed across Lake Varn and"
        " counted more herons on its islands than anywhere else in the valley."
    )
    lede = (
        "The county listed the Lake Varn heron colony as protected on Tuesday after its"
        " nests fell to forty pairs, the lowest count on record."
    )
    shown = _shown([(0, anecdote), (1, lede)])
    assert shown[0] == lede
    # The solver must show an opening that is news when one exists: not the anecdote
    # alone, however it scores.
    s = make([(0, anecdote), (1, lede)])
    chosen = select_by_concepts_coverage(s, overlap(s), words=30)
    assert [c.text for c in chosen] == [lede]


def test_of_two_sentences_that_introduce_each_other_the_lede_leads():
    # The lede names the boy in full and "the local sheriff"; the next names the sheriff
    # in full and the boy by his first name. Each leans on the other; the article's first
    # sentence leads, and the surname "Whitfield" comes after "Sheriff Dana Whitfield".
    lede = (
        "Hours after Tobias Hartley's school concert, the seven-year-old was killed when a"
        " lorry struck the family car, the local sheriff said."
    )
    sheriff = "Sheriff Dana Whitfield called Tobias's death on Friday a terrible accident."
    charges = "No charges were filed against the lorry driver, who stopped at once, Whitfield said."
    s = make([(0, lede), (0, sheriff), (0, charges)])
    shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=100)]
    assert shown == [lede, sheriff, charges]


def test_a_lede_naming_a_place_another_sentence_gives_in_two_words_still_leads():
    # "Pacific Northwest" looks like a first name and a surname; the lede's "Pacific"
    # does not wait for it (a first name alone only orders the sentences after the lede).
    lede = (
        "Canada and the United States agreed on Thursday to a ten-year accord to protect"
        " Pacific herring."
    )
    plan = "In March the government set out a plan to bring herring back to the Pacific Northwest."
    shown = _shown([(0, "Herring, again."), (0, plan), (1, lede)])
    assert shown == [lede, plan]


def test_a_country_taken_for_a_surname_does_not_push_the_lede_down():
    # "Landlocked Borduria" looks like a first name and a surname, so the lede's "Borduria" waits
    # for it (in selection, as a surname would); in the reading, the lede still leads.
    lede = (
        "Following the coup in March, rebels hold the north of Borduria after taking"
        " three cities in a week."
    )
    landlocked = (
        "Landlocked Borduria buys every litre of its fuel abroad and will struggle through a"
        " long blockade."
    )
    shown = _shown(
        [
            (0, lede),
            (
                1,
                "Neighbouring states closed their borders and froze the"
                " country's accounts at the regional central bank.",
            ),
            (1, landlocked),
        ],
        scores=[0.9, 0.5, 1.0],
    )
    assert shown[0] == lede


def test_the_lede_a_story_must_show_is_news_not_a_dek():
    # A briefing shows at least one article's first sentence; a dek (someone's words
    # above the article) is one in the file but no lede, and shown as the only one the
    # story had no news.
    dek = "\u201cThe harbour bridge cables had been rusting for years,\u201d said an engineer."
    items = [
        (0, dek),
        (
            0,
            "The harbour bridge cables had been rusting for years, engineers said, and two"
            " cracked.",
        ),
        (1, "Inspectors closed the harbour bridge on Thursday after finding cracks in two cables."),
        (1, "The harbour bridge will stay closed until the two steel cables are replaced in May."),
        (
            2,
            "On a grey morning the gulls circled over the empty bridge and the silent toll booths.",
        ),
        (2, "Inspectors found cracks in two steel cables of the harbour bridge on Thursday."),
        (
            3,
            "Ferries will run every twenty minutes while the harbour bridge stays closed to"
            " traffic.",
        ),
        (3, "Engineers said the two cracked steel cables of the harbour bridge would be replaced."),
    ]
    s = make(items)
    for words in (25, 30, 40):
        claims = select_by_concepts_coverage(s, overlap(s), words=words)
        ledes = [c for c in claims if c.sentence.position == 0 and c.text != dek]
        assert ledes, words


def test_fragments_and_half_quotes_are_not_eligible():
    def one(text):
        return make([(0, text)])[0]

    assert is_eligible(one("The bridge reopened to traffic on Thursday morning after repairs."))
    assert not is_eligible(one("The bridge reopens on Friday."))  # too short
    assert not is_eligible(one("and that was tragic, the mayor said on Friday."))
    assert not is_eligible(one("And that's tragic,\" Earnest said to reporters."))
    assert not is_eligible(one("The bridge reopened to traffic on Thursday morning after repairs"))
    # The rest of a sentence the splitter cut after an abbreviation in brackets.
    assert not is_eligible(
        one("), the chairman of the harbour committee, said the bridge would reopen in May.")
    )
    # An item of a numbered list (a quiz, a list of steps) is not a report's sentence.
    assert not is_eligible(one("1. Engineers replaced all 212 steel cables of the harbour bridge."))
    assert not is_eligible(one("(2) The council will vote on the bridge tolls once more in May."))
    # A police appeal asks readers to do something; it tells nothing of what happened (and
    # stood under the news that the missing walker had been found).
    for appeal in (
        "Anyone with information should call 999, quoting incident 512i of 23 November.",
        "Anyone who saw the crash on the harbour road is asked to contact the police.",
    ):
        assert not is_eligible(one(appeal))
    assert not is_eligible(one("Witnesses are asked to call the harbour police on 101 today."))
    assert is_eligible(one("Witnesses said the car was travelling fast on the harbour road."))
    assert is_eligible(one("Witnesses heard a phone ring in the harbour office before the blast."))


def test_concept_coverage_prefers_what_sources_share_and_never_repeats():
    s = make(FACTS)
    claims = select_by_concepts_coverage(s, overlap(s), words=250)
    texts = [c.text for c in claims]
    assert texts.count(FACTS[0][1]) == 1  # the shared sentence, once
    (shared,) = [c for c in claims if c.text == FACTS[0][1]]
    assert shared.sources == ("doc0", "doc1")
    assert sum(len(t.split()) for t in texts) <= 250


def test_concept_coverage_respects_a_tight_budget():
    s = make(FACTS)
    claims = select_by_concepts_coverage(s, overlap(s), words=20)
    assert claims and sum(len(c.text.split()) for c in claims) <= 20


def test_sentences_that_lean_on_the_one_before_are_not_shown():
    from brief.select import stands_alone

    leaning = [
        "But the United States is calling home personnel who had been sent to Geneva.",
        "And US diplomats will suspend discussions with Russia on reviving the deal.",
        "He wrote that the agency had known about the fault for at least two years.",
        "Under that protocol, a truce came into effect on September 12 but collapsed.",
        '"He was this guy who was already known for his work on the old reactors."',
        '"Russia failed to live up to its commitments under the deal," he added.',
        "However, the ministry said the figures would be revised again next month.",
        "Okafor, however, never was given a reason for the delay by the council.",
        "Of these cyclists, nearly 15 percent rode to work every day of the year.",
        "Following that plan, a crane being moved as part of the repairs tipped over.",
        "Among those was Linda Okafor, the first woman elected mayor of the city.",
        "We're a very proud harbour city and so are they, the man told the crowd.",
        "On the delays, is it the weather or are these real faults in the bridge?",
        "Another 11 people were hurt in the second fire, at the harbour warehouse.",
        "The other bids were for three smaller bridges in the north of the county.",
        "Signs of both -- rust and cracks -- are similar but milder on the new bridge.",
        '"There was no way any of them could be spared" by the storm, had it not turned.',
        "Nor did the survey say whether the new lanes had cut the number of accidents.",
        "The following are the main stories in the city's morning newspapers today.",
        '"If you start a bridge," she tells the apprentices as they weld, "you finish it."',
        "In doing so, the council broke with forty years of free crossings on the bridge.",
        "Certainly, the mayor has been careful with the harbour budget since the spring vote.",
        "Incidentally, only a week ago it was rumoured that the ferry port would close.",
        "Of course, the council will vote on the tolls once more after the audit is done.",
        "A second, with two cranes, arrived by noon, long after the divers had gone home.",
        "In the statement, the mayor said the bridge would reopen to cyclists in the spring.",
        "Even more important to the mayor is the harbour's role in the life of the town.",
        "Some prefer the old ferry, which still runs twice a day from the north quay.",
        "Essentially, the survey suggests the bridge will need new cables within a decade.",
        "Okafor's were on the north side of the bridge, the inspectors found on Monday.",
        "(The ferry also carries the post to the islands twice a week in the winter.)",
        "For her part, the mayor told reporters the bridge would reopen in the spring.",
        "Likely, but only if the council agrees to pay for the new cables this year.",
        "Turns out, the harbour tolls went up again and nobody on the council noticed.",
        "Once the vote was over, the two sides shook hands on the harbour bridge tolls.",
        "The two leaders then spoke at length about the ferry service to the northern islands.",
        "In other developments, divers in the north harbour found a second wreck on Friday.",
        "In a separate incident, a crane on the south quay toppled onto two parked cars.",
        "Elsewhere on the coast, ferries ran late all morning because of the high winds.",
    ]
    standing = [
        "The United States suspended talks with Russia on Syria on Monday, officials said.",
        '"This is not a decision that was taken lightly," spokesman John Kirby said.',
        "This week the council will vote on the budget for the coming year.",
        "Early this year, the council voted to spend more on the harbour bridge.",
        "It was not immediately clear how many people had been hurt in the blast.",
        "A second team was sent to the harbour on Tuesday with two cranes and four divers.",
        "In a statement, the mayor said the bridge would reopen to cyclists in the spring.",
        "Some residents prefer the old ferry, which still runs twice a day from the quay.",
        "More important decisions on the bridge will wait until the audit is finished.",
        "Likely voters in the valley back the bridge plan by a wide margin, a poll found.",
    ]
    assert [stands_alone(t) for t in leaning] == [False] * len(leaning)
    assert [stands_alone(t) for t in standing] == [True] * len(standing)


def test_the_speaker_named_in_full_is_preferred_to_a_bare_surname():
    short = '"This is not a decision that was taken lightly," Kirby said on Monday.'
    full = (
        '"This is not a decision that was taken lightly," State Department spokesman'
        " John Kirby said on Monday."
    )
    s = make([(0, short), (1, full), (2, short)])
    claims = select_by_concepts_coverage(s, overlap(s), words=30)
    assert [c.text for c in claims] == [full]


def test_a_quotation_that_opens_with_a_connective_does_not_stand_alone():
    # "Rather, …" answers the speaker's words before it, which the briefing does not show.
    from brief.select import stands_alone

    assert not stands_alone(
        '"Rather, the council chose to close the library early," Ms Reyes added.'
    )
    assert not stands_alone("“But we will not give up on the bridge,” the mayor said on Friday.")
    assert stands_alone('"Now is the time to repair the bridge," the mayor said on Friday.')


def test_he_or_she_in_a_sentence_that_names_no_one_leans_back():
    # "The surveys he ordered found …": a reader found such a "he" introduced nowhere.
    from brief.select import stands_alone

    leaning = [
        "The harbour surveys he analyzed compared the new piers with the old ones.",
        "In 1997 she wrote a report on the ferry routes for the regional council.",
        "The fuel pump he had fitted broke down in the cold and the boat drifted.",
        "Beside him on the quay stood a tall flag with the colours of the harbour club.",
        # An organisation's initials are no one "him" could be (a truck driver's ticket).
        "RCMP have ticketed him for driving at a speed unsafe for road conditions.",
    ]
    standing = [
        "The harbour surveys Dr Amara Osei analyzed compared the new piers with the old ones.",
        "RCMP have ticketed the driver, a 46-year-old Moncton man, for his speed.",
        "A doctor who took no part in the harbour study said she found it sound.",
        "The 51-year-old ferry pilot said his boat had been late only twice in a year.",
        "The mayor's surveys of the harbour, which he ordered in May, found the piers sound.",
        '"He sailed every summer," the harbour master recalled of the old ferry pilot.',
    ]
    assert [stands_alone(t) for t in leaning] == [False] * len(leaning)
    assert [stands_alone(t) for t in standing] == [True] * len(standing)


def test_a_pronoun_in_an_opening_clause_or_a_bare_quantifier_leans_back():
    from brief.select import stands_alone

    leaning = [
        "When he woke up on Sunday with a mild fever, his mother called the harbour clinic.",
        "When her story was reported on Monday, she posted a photo of the harbour bridge.",
        "Most had a headache or a cough a few days before the weakness in their legs began.",
        "Others suffered burns to their hands and faces while leaving the warehouse.",
        "A year earlier he had sailed to the islands on a borrowed fishing boat.",
        "Most involved fishing boats from the northern harbour and their crews.",
        "Some don’t want to spend more on a ferry ticket to the islands in summer.",
        "Ultimately it was agreed they could stay in the harbour until the spring.",
        "Using only the ranger’s map to find a way down, they crossed the west face of the hill.",
        "One part of the harbour plan, he said, is to widen the bridge over the river.",
        '"This is where I urge the council to act," she said on Monday at a long hearing in'
        " the town hall.",
        "Additionally, the council found a link between the storms and the harbour floods.",
        "On the other hand, the number of summer floods will be smaller than in winter.",
        "Aside from that, just 63 percent of the harbour workers have a permanent contract.",
        "The three were sent to the islands from the harbour, the coast guard said.",
        "A few hundred more are on the later boats of the season, the harbour office says.",
        "Many saw the harbour plan as a warning about the cost of the new bridge.",
        '"I keep asking the same question about the bridge and its cost," she asked.',
        "One told the council she had never seen the harbour so full of ferries.",
        '"We need to put the harbour on notice," he said on "Morning Report."',
        "In both cases, the drivers were stopped while leaving the harbour car park.",
        "Two weeks later a lack of evidence showed the harbour account to be wrong.",
        "Finally, after an hour of waiting, the ferry was cleared to leave the harbour.",
        "First, parents asked the council for a crossing guard outside the harbour school.",
        "Second, the council must find the money for the new harbour bridge by spring.",
        "This time, not a single ferry has left the harbour since the strike began.",
        "Earlier, coast guards had turned back hundreds of boats outside the harbour.",
        "According to the National Centre for Harbour Safety and Coastal Rescue Training"
        " (NCHSCRT), these boats capsize more often than others in winter.",
        "Some, if not all, went to the islands by ferry and came back on the late boat.",
        "Some, like the Okafors, say the harbour school is failing the island children.",
    ]
    standing = [
        # The main clause names the one the pronoun points to.
        "When they announced the find, police displayed the bottles at a news conference.",
        "Though she left in 1971, when she was 7, Ann Reyes recalls the harbour vividly.",
        # A quantifier with its noun, and a figure.
        "Most children had a fever or a cough a few days before the weakness began.",
        "Some uninvited guests were turned away at the gate of the harbour festival.",
        "Some 15 years after the bridge opened, the council voted to widen it.",
        "Earlier this year, the council voted to widen the harbour bridge.",
        "First lady Ann Reyes opened the harbour festival with a speech on Monday.",
        "Next year the council will vote again on widening the harbour bridge.",
        "When it comes to the harbour bridge, the council has spent more than planned.",
        # An opening phrase that names the one the pronoun stands for.
        "On Tom Marsh’s blog, he posted photos of the harbour bridge at night in winter.",
        "In addition to the fine, the council banned the driver from the harbour for a year.",
        "Three suspects are held in the harbour town, while a fourth is still wanted.",
        # A date, and "finally" as "at last" inside the sentence.
        "This week the council voted to widen the harbour bridge by two lanes.",
        "The council finally voted on Monday to widen the harbour bridge by two lanes.",
    ]
    assert [stands_alone(t) for t in leaning] == [False] * len(leaning)
    assert [stands_alone(t) for t in standing] == [True] * len(standing)


def test_a_surname_opening_a_clause_waits_for_the_full_name():
    # "When Okafor walked …" names her by surname only; the story gives "Linda Okafor"
    # elsewhere, so the bare surname is shown only after that, never alone.
    bare = (
        "When Okafor walked the whole coast path in 2006, about 300 walkers set off and 120"
        " finished."
    )
    full = (
        "The film was the biggest thing ever to happen to the coast path, said Linda Okafor of"
        " the trust."
    )
    s = make([(0, bare), (1, full), (2, bare)])
    for words in (20, 40):
        shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=words)]
        assert bare not in shown or (full in shown and shown.index(full) < shown.index(bare))
    reacting = "Reacting to Okafor's remarks, the minister said the coast path would stay open."
    s = make([(0, reacting), (1, full), (2, reacting)])
    shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=20)]
    assert reacting not in shown
    possessive = "Okafor's survey found more women on the coast path this year than ever before."
    s = make([(0, possessive), (1, full), (2, possessive)])
    shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=20)]
    assert possessive not in shown
    for elsewhere in (
        # The press's second reference, title and surname, wherever it stands.
        "Mrs Okafor was led to safety by the rescue team, who found the lost walkers.",
        "In a statement to the inquest, Dr Okafor described how the rescue team worked.",
        # More places the surname stands alone (each found by a reader).
        "In the new survey of the coast path, Okafor is counted among the walkers.",
        "A disappointed Okafor discovered last week that the coast path would stay shut.",
        "Planned, walked and mapped by Okafor, the coast path opened to walkers in 2006.",
        '"Everybody walks it now," the Coast Trust\'s Okafor says of the coast path.',
        # After a quotation whose last word is capitalised: the words lose the quotation
        # mark, and "Harbourton Okafor" is no one's full name.
        '"The coast path will stay open to every walker in Harbourton," Okafor said.',
        "``The coast path will stay open to every walker in Harbourton,'' Okafor said.",
    ):
        s = make([(0, elsewhere), (1, full), (2, elsewhere)])
        for words in (20, 40):
            shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=words)]
            assert elsewhere not in shown or (
                full in shown and shown.index(full) < shown.index(elsewhere)
            ), elsewhere
    # An aside after the surname tells what she is, not who: "Okafor, a ranger, …".
    aside = "Okafor, a ranger with the trust, says the coast path has never been busier."
    s = make([(0, aside), (1, full), (2, aside)])
    shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=20)]
    assert aside not in shown


def test_a_speaker_named_by_surname_after_the_verb_is_a_bare_name():
    # The wires write the speaker after the verb (`…," said Okafor.`): she is as unknown
    # to a reader as in `…," Okafor said.`; with her first name, or a title, she is not.
    from brief.select import bare_name

    known = frozenset({"Okafor"})
    for text, bare in (
        ('"The coast path will stay open to every walker this year," said Okafor.', "Okafor"),
        ('"Nobody wants the path shut in winter," says Okafor of the trust\'s plan.', "Okafor"),
        ('"The path will stay open," said Okafor, a ranger with the trust.', "Okafor"),
        ('"The coast path will stay open to every walker this year," said Linda Okafor.', None),
        ('"The coast path will stay open this year," said Okafor Trust officials.', None),
    ):
        assert bare_name(make([(0, text)])[0], known) == bare, text


def test_a_name_with_a_middle_initial_introduces_the_surname():
    full = "The coast path was walked end to end by Linda K. Okafor of the trust in 2006."
    bare = '"The coast path will stay open to every walker this year," Okafor said.'
    s = make([(0, bare), (1, full), (2, bare)])
    for words in (16, 20):  # room for one sentence (at 16, none fits whole): no bare name
        shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=words)]
        assert bare not in shown
    shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=40)]
    assert bare not in shown or shown.index(full) < shown.index(bare)


def test_a_thing_the_reader_must_have_met_waits_for_it():
    # "The report said …": which report? Shown only after a sentence that names it.
    bare = "The report said the harbour bridge would need new cables within ten years."
    named = (
        "A report released on Monday by the harbour trust found rust on most of the"
        " bridge's steel cables."
    )
    other = "Cyclists will have a separate lane on the eastern side of the harbour bridge."
    s = make([(0, bare), (1, other), (2, bare)])
    shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=40)]
    assert bare not in shown and other in shown
    s = make([(0, bare), (1, named), (2, bare)])
    for words in (20, 40):
        shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=words)]
        assert bare not in shown or shown.index(named) < shown.index(bare)
    # Nor a report as the speaker at the end.
    spoken = "The harbour bridge will need new cables within ten years, the report says."
    s = make([(0, spoken), (1, other), (2, spoken)])
    shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=40)]
    assert spoken not in shown and other in shown
    # An aside on it does not say which report it is.
    aside = "The report, which runs to 300 pages, said the bridge would need new cables."
    s = make([(0, aside), (1, other), (2, aside)])
    shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=40)]
    assert aside not in shown and other in shown
    # Saying which report it is, the sentence stands alone.
    own = "The report of the harbour trust said the bridge would need new cables soon."
    s = make([(0, own), (1, other), (2, own)])
    shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=40)]
    assert own in shown


def test_a_thing_its_article_named_before_waits_for_a_sentence_naming_it():
    # "The body was found …" after the article's "divers found a body": which body? Any
    # noun, not only the report-like ones: the article had told the reader before.
    anaphor = "The body was lying under an upturned rowing boat beside the old ferry pier."
    other = "Cyclists will have a separate lane on the eastern side of the harbour bridge."
    s = make([(0, "Divers found a body."), (0, anaphor), (1, other)])
    shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=40)]
    assert anaphor not in shown and other in shown
    named = "Divers searching the harbour on Sunday recovered a body near the old ferry pier."
    s = make([(0, named), (0, anaphor), (1, other)])
    for words in (20, 40):
        shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=words)]
        assert anaphor not in shown or shown.index(named) < shown.index(anaphor)
    # The same opening with a noun its article had not used is the article's first
    # mention: the writer judged it clear alone ("The ferry company said …").
    first = "The ferry company said boats would sail again from the old pier on Monday."
    s = make([(0, "Divers found a body."), (0, first), (1, other)])
    shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=40)]
    assert first in shown


def shown_of(items, words):
    """The claims' texts selected from `items` ((document, text) pairs) within `words`."""
    s = make(items)
    return [c.text for c in select_by_concepts_coverage(s, overlap(s), words=words)]


OTHER = "Cyclists will have a separate lane on the eastern side of the harbour bridge."


@pytest.mark.parametrize(
    ("bare", "told", "budgets", "alone"),
    [
        # "… gave no proof of the claim.": which claim? Only after one that tells it. A
        # sentence that names the thing first, or says which, points back to nothing.
        (
            "The harbour master gave no proof at the council meeting on Friday to back the claim.",
            "A ferry captain made the claim that the harbour master sold fuel from the quay.",
            (20, 40),
            (
                "A ferry captain made a claim on Friday, and the claim was sent to the harbour"
                " police.",
                "The harbour master rejected the claim that he had sold fuel from the quay at"
                " night.",
            ),
        ),
        # "The 12-year-old from …": which one? Only after a sentence that gives the age.
        # With a name, or with a noun its article had not used, the sentence tells who.
        (
            "The 12-year-old from Talbrook was the second island pupil to win the sailing cup.",
            "Ann Reyes, 12, of the harbour school won the sailing cup on Sunday after five races.",
            (30, 40),
            (
                "The 12-year-old Ann Reyes was the second island pupil to win the sailing cup.",
                "The 12-year-old sailor was the second island pupil to win the sailing cup.",
            ),
        ),
        # "… support for the repeal.": of what? (a reading took it for another law's repeal)
        (
            "Test votes in the council earlier this year showed wide support for the repeal.",
            "The council voted on Monday to repeal the harbour tax on visiting cruise ships.",
            (30, 40),
            (),
        ),
    ],
)
def test_a_reference_later_in_the_sentence_waits_for_what_it_points_back_to(
    bare, told, budgets, alone
):
    shown = shown_of([(0, bare), (1, OTHER), (2, bare)], 40)
    assert bare not in shown and OTHER in shown
    for words in budgets:
        shown = shown_of([(0, bare), (1, told), (2, bare)], words)
        assert bare not in shown or shown.index(told) < shown.index(bare)
    for sentence in alone:
        assert sentence in shown_of([(0, sentence), (1, OTHER), (2, sentence)], 40), sentence


def test_a_surname_with_an_age_or_a_post_waits_for_the_full_name():
    full = "The coast path was walked end to end by Linda Okafor of the trust in 2006."
    for bare in (
        "Okafor, 45, has walked the coast path every summer since she was a girl.",
        "Okafor, now 45, has walked the coast path every summer since she was a girl.",
        "Okafor, head of the harbour trust, said the coast path would stay open.",
    ):
        s = make([(0, bare), (1, full), (2, bare)])
        for words in (16, 20):  # room for one sentence: never the bare surname
            shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=words)]
            assert bare not in shown, bare


def test_a_surname_as_subject_later_in_the_sentence_waits_for_the_full_name():
    full = "The coast path was walked end to end by Linda Okafor of the trust in 2006."
    bare = "Police were told that some of the walkers Okafor had guided were her own pupils."
    for words in (16, 20):  # room for one sentence: never the bare surname
        assert bare not in shown_of([(0, bare), (1, full), (2, bare)], words)
    # A capitalised word that is no one's surname here is no bare name.
    place = "Police were told that some of the walkers Dover had welcomed were her own pupils."
    assert place in shown_of([(0, place), (1, full), (2, place)], 20)


def test_a_family_name_written_first_waits_for_the_full_name_too():
    # "Tam Siu-ming": a Chinese or Korean name in its own order, the family name first.
    full = "Harbour police arrested Tam Siu-ming, a ferry captain, at the north quay on Tuesday."
    bare = "Tam has been charged with smuggling cigarettes across the bay on the night ferry."
    s = make([(0, bare), (1, full), (2, bare)])
    for words in (16, 20):  # room for one sentence: never the bare family name
        shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=words)]
        assert bare not in shown
    shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=40)]
    assert bare not in shown or shown.index(full) < shown.index(bare)


def test_a_surname_the_tokens_cut_in_two_still_waits_for_the_full_name():
    # Word tokens cut "McCarthy" and "O'Connell" in two; the full name is read as written.
    for full, bare in (
        (
            "The coast path was mapped end to end by Sarah McCarthy of the harbour trust.",
            '"Every walker on the coast path is welcome this year," McCarthy said.',
        ),
        (
            "The coast path was mapped end to end by Ciara O'Connell of the harbour trust.",
            '"Every walker on the coast path is welcome this year," O\'Connell said.',
        ),
    ):
        s = make([(0, bare), (1, full), (2, bare)])
        shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=20)]
        assert bare not in shown, bare


def test_a_sentence_that_only_says_someone_would_not_comment_is_no_bullet():
    # A reader counted a detective's silence ("… did not respond to a request …") as filler.
    silent = [
        "The harbour trust's spokesman did not immediately respond to two requests for comment.",
        "Lawyers for the ferry company did not return our calls and e-mails on Monday.",
        "The pier's owner could not be reached on Friday about the closure of the quay.",
        "The coast guard declined to comment on the search for the missing fishing boat.",
    ]
    assert [is_eligible(make([(0, t)])[0]) for t in silent] == [False] * len(silent)
    # One that says something besides keeps its place.
    besides = (
        "The harbour trust declined to comment on the lawsuit but said the pier would"
        " reopen in May."
    )
    assert is_eligible(make([(0, besides)])[0])


def test_a_list_item_without_its_heading_does_not_stand_alone():
    # "Council tax: up 4.99% (Band D up £86.15 a year)." under "What the draft budget
    # proposes": shown alone it read as settled.
    from brief.select import stands_alone

    assert not stands_alone("Council tax: up 4.99% (Band D up £86.15 a year).")
    assert not stands_alone("Libraries: opening hours cut at Keswick and Maryport.")
    # A label before a sentence, a speaker before a quotation: they stand.
    assert stands_alone("Update: The road has reopened in both directions after the crash.")
    assert stands_alone('The council leader said: "We had no choice but to raise the tax."')


def test_a_sentence_set_against_one_before_it_does_not_stand_alone():
    # Readers could not tell what "however", "Only one," "the others" or "his … Aug. 24"
    # answered: the sentence before it in the article, which the briefing lacked.
    from brief.select import stands_alone

    leaning = [
        "The harbour master, who has run the port for twenty years, warned, however, that"
        " although the cranes were old, they were safe.",
        "Every ferry pilot on the northern route passed the new safety check, however.",
        "When the old swing bridge was opened to carts in the year 1890, however, it carried"
        " no trains.",
        "Only one, Dr. Ann Reyes, has admitted taking money from the harbour fund.",
        "Just two were found alive on the rocks below the lighthouse on Sunday.",
        "The hearing for the others resumes on Monday at the county court in the old town.",
        "The next hearing in his appeal is due on Aug. 24 at the county court in the old town.",
        "After the regatta on Sunday night before a crowd of thousands, his crew agreed.",
        # Which two? The report told each fire before; the briefing shows this alone.
        "Group Manager Jo Pell said the two incidents were unrelated but both were a reminder"
        " of the risks as temperatures drop.",
        "In both cases the pilots had reported trouble with the harbour's radio beacon.",
        # The answer of a Q&A ("Does everyone agree?"), without its question.
        "No. Of 6,800 people who answered the survey, 61 per cent opposed the change.",
        # "It" is the fire of the sentence before.
        "It is thought to have started in the kitchen of the harbour master's cottage.",
    ]
    standing = [
        # Both sides of the contrast in the sentence itself.
        "The toll on the old harbour bridge rose in May, however, but drivers kept crossing it.",
        # A quotation's "however" is its speaker's, who is named.
        '"Mostly, however, the money comes from tolls," harbour master Ann Reyes said.',
        "Only two ferries sail on Sundays from the pier in the northern harbour this winter.",
        "The harbour master's appeal is due on Aug. 24 at the county court in the old town.",
        "A lifeboat brought the others in the crew ashore from the rocks near the harbour.",
        "The two lifeboats were launched at 3am after a yacht's crew called the coastguard.",
        # An "it" that stands for nothing.
        "It is thought that the harbour bridge will reopen to cars before the spring.",
    ]
    assert [stands_alone(t) for t in leaning] == [False] * len(leaning)
    assert [stands_alone(t) for t in standing] == [True] * len(standing)


def test_a_speaker_who_continued_follows_the_words_continued():
    # `…," Reyes continued.` after a bullet that was no Reyes quote: continued what? Shown
    # right after the speaker's words before it in the article, else not at all.
    intro = "The port of Kelby has been run by harbour master Ann Reyes since 2004."
    before = '"The cables are rusting faster than anyone thought," Reyes said on Monday.'
    ferries = "Ferries will run every twenty minutes until the repairs to the bridge are finished."
    going = '"We cannot wait for another winter to replace them," Reyes continued.'
    lede = "The swing bridge over the northern harbour was closed to traffic on Monday."
    shown = _shown([(0, lede), (0, intro), (0, before), (0, ferries), (0, going)])
    assert shown.index(going) == shown.index(before) + 1
    # The words it continues too short to be a bullet: the rest is no bullet either.
    short = '"Rust," Reyes said.'
    shown = _shown([(0, lede), (0, intro), (0, short), (0, ferries), (0, going)])
    assert going not in shown and ferries in shown


def test_the_woman_or_the_victim_the_article_told_of_waits_for_a_sentence_naming_them():
    # "Detectives found the woman at …" after the article's "a woman drove off": which
    # woman? Shown only after a sentence that tells of her, as "The woman …" at the start.
    anaphor = "Detectives arrested the woman late on Sunday near the old ferry pier."
    other = "Cyclists will have a separate lane on the eastern side of the harbour bridge."
    s = make([(0, "A woman drove off."), (0, anaphor), (1, other)])
    shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=40)]
    assert anaphor not in shown and other in shown
    told = "A woman drove off after her car struck a cyclist on the harbour road on Friday."
    for words in (20, 40):
        s = make([(0, told), (0, anaphor), (1, other)])
        shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=words)]
        assert anaphor not in shown or shown.index(told) < shown.index(anaphor)
    # Saying who she is, or an article that had not told of her, stands alone.
    for alone in (
        "Detectives found the woman who drove the van at a friend's house near the harbour.",
        "Detectives found the woman, Ann Reyes, at a friend's house near the harbour.",
    ):
        s = make([(0, "A woman drove off."), (0, alone), (1, other)])
        assert alone in [c.text for c in select_by_concepts_coverage(s, overlap(s), words=40)]
    s = make([(0, "A van drove off."), (0, anaphor), (1, other)])
    assert anaphor in [c.text for c in select_by_concepts_coverage(s, overlap(s), words=40)]
    # The woman is told of in her own article: another report's woman is someone else's.
    elsewhere = "A woman was fined for parking on the harbour bridge on Saturday morning."
    s = make([(0, "A woman drove off."), (0, anaphor), (1, elsewhere)])
    shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=40)]
    assert anaphor not in shown


def test_a_surname_beside_a_titled_name_still_waits_for_the_full_name():
    # "Okafor and Dr. Ann Reyes testified …": the title's name did not make Okafor known.
    full = "The coast path was walked end to end by Linda Okafor of the trust in 2006."
    bare = "Okafor and Dr. Ann Reyes testified at the harbour inquiry on Tuesday afternoon."
    other = "Cyclists will have a separate lane on the eastern side of the harbour bridge."
    s = make([(0, bare), (1, other), (2, "Linda Okafor walked.")])
    shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=40)]
    assert bare not in shown and other in shown
    s = make([(0, bare), (1, full)])
    assert [c.text for c in select_by_concepts_coverage(s, overlap(s), words=40)] == [full, bare]


def test_a_name_opening_a_sentence_with_who_they_are_introduces_them():
    # "Dana Whitfield, a spokeswoman …" introduces "Whitfield also said …", which a reader
    # found before it.
    full = (
        "Dana Whitfield, a spokeswoman for the harbour trust, said the ferry would sail"
        " again on Monday."
    )
    bare = "Whitfield also said tickets for the ferry to the islands would cost less in winter."
    s = make([(0, bare), (1, "The ferry company was sold."), (1, full)])
    assert [c.text for c in select_by_concepts_coverage(s, overlap(s), words=40)] == [full, bare]


def test_the_boy_waits_for_a_sentence_that_tells_of_a_child_in_other_words():
    # The lede told of "a toddler"; "the boy's" remains after it read well to a reader.
    told = "A two-year-old toddler was carried off by a leopard near the harbour lodge on Friday."
    anaphor = "Rangers found the boy's shoes and a torn blanket near the harbour lodge."
    other = "Cyclists will have a separate lane on the eastern side of the harbour bridge."
    s = make([(0, "A boy and a dog."), (0, anaphor), (1, other)])
    assert anaphor not in [c.text for c in select_by_concepts_coverage(s, overlap(s), words=40)]
    s = make([(0, told), (0, anaphor), (1, other)])
    shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=60)]
    assert shown.index(told) < shown.index(anaphor)


def test_a_function_word_or_police_opening_a_sentence_is_no_surname_to_wait_for():
    # A headline glued to a sentence ("Harbour Notes The ferry …") gave "The" as a
    # surname, and "Harbour County Police" gave "Police": every sentence opening "The …"
    # or "Police said …" waited for a full name that never came, and was never shown.
    glued = "Harbour Notes The ferry timetable changes in May."
    county = "Harbour County Police closed the quay."
    for opening in (
        "The new timetable adds four sailings a day to the northern islands from May.",
        "Police said the new timetable adds four sailings a day to the northern islands.",
    ):
        other = "Cyclists will have a separate lane on the eastern side of the harbour bridge."
        s = make([(0, glued), (0, county), (1, opening), (2, other)])
        shown = [c.text for c in select_by_concepts_coverage(s, overlap(s), words=40)]
        assert opening in shown, opening


def test_a_story_of_several_days_is_told_in_the_order_it_happened():
    # Monday's report (doc 0) told of the closure; Wednesday's (doc 1) opens on the
    # reopening. By position alone Wednesday's lede came first, before the closure it ends.
    closed = "Engineers closed the harbour bridge to all traffic after finding a crack in a cable."
    detour = "Drivers were sent on a detour of twelve miles through the old town on Monday."
    reopened = "Cars and buses crossed the harbour bridge again on Wednesday, ahead of schedule."
    items = [
        (0, "Council figures show that more than 40,000 drivers cross the harbour each day."),
        (0, closed),
        (0, detour),
        (1, reopened),
        (1, "The repair cost the county two million dollars, the bridge authority said."),
    ]
    s = make(items)
    monday, wednesday = datetime.date(2026, 3, 2), datetime.date(2026, 3, 4)
    claims = select_by_rank(s, np.ones(len(s)), overlap(s), words=400, days=[monday, wednesday])
    shown = [c.text for c in claims]
    assert shown.index(closed) < shown.index(reopened)
    assert all(c.sentence.doc_index == 0 for c in claims[:3])
    # Undated, or all of one day: as the articles tell it (the leads first).
    for days in ([], [monday, None], [monday, monday]):
        shown = [c.text for c in select_by_rank(s, np.ones(len(s)), overlap(s), 400, days=days)]
        assert shown.index(reopened) < shown.index(closed)


def test_a_chronology_item_without_its_year_is_no_claim():
    def sentence(text):
        return Sentence("d", 0, 3, 0.3, text, words_of(text))

    undated = "Nov. 25 -- The boy is rescued at sea two days after the boat capsizes off the coast."
    dated = "March 3, 1998: A ferry sinks off the north coast in a storm, drowning 40 of its crew."
    assert not is_eligible(sentence(undated))
    assert is_eligible(sentence(dated))


def test_a_sentence_opening_on_a_quoted_title_is_no_quotation():
    def sentence(text):
        return Sentence("d", 0, 0, 0.0, text, words_of(text))

    # The quoted title of a show: the news, and a lede.
    show = sentence(
        "\u201cHarbour Lights\u201d presenter Dana Whitfield will leave the show in May after"
        " ten years on the air."
    )
    assert is_eligible(show)
    assert select_by_concepts_coverage([show], overlap([show]), words=40)
    # Someone's words, whoever follows them, are still a quotation without its speaker.
    for text in (
        '"Absolutely," came the answer from the quay when the ferry crews heard of the closure.',
        '"We will never give up on this town" was painted on the harbour wall overnight.',
    ):
        assert not is_eligible(sentence(text)), text
