import textwrap

import pytest

from brief.clean import clean_plain_text, find_date, is_boilerplate_sentence, split_lines


def test_header_gives_publisher_title_and_date_and_stays_out_of_the_body():
    text = (
        "Storm closes ports along the coast\n"
        "Updated: 2026-11-20 07:16\n"
        "(Reuters)\n"
        "|\n"
        "Ports along the coast closed on Friday as a storm brought winds of 120 km/h.\n"
    )
    cleaned = clean_plain_text(text)
    assert cleaned.title == "Storm closes ports along the coast"
    assert cleaned.publisher == "Reuters"
    assert cleaned.date == "2026-11-20"
    assert cleaned.paragraphs == (
        "Ports along the coast closed on Friday as a storm brought winds of 120 km/h.",
    )


def test_a_headline_with_the_pages_stamp_on_its_line_is_the_headline():
    # Copied from a page, the headline and its "Posted: … Updated: …" stamp make one line.
    text = (
        "Storm Closes Ports Along the Coast Posted: Tuesday, March 4, 2025 9:05 AM EST"
        " Updated: Tuesday, March 4, 2025 10:40 AM EST\n\n"
        "Ports along the coast closed on Friday as a storm brought winds of 120 km/h.\n"
    )
    cleaned = clean_plain_text(text)
    assert cleaned.title == "Storm Closes Ports Along the Coast"
    assert cleaned.date == "2025-03-04"
    assert cleaned.paragraphs == (
        "Ports along the coast closed on Friday as a storm brought winds of 120 km/h.",
    )


@pytest.mark.parametrize(
    ("header", "publisher"),
    [
        ("Daily PlanetDaily Planet", "Daily Planet"),  # a logo's text read twice
        ("-" * 40, None),  # a rule of dashes is the same twice too, but names no one
    ],
)
def test_logo_text_read_twice_is_the_publisher(header, publisher):
    cleaned = clean_plain_text(
        f"{header}\n\nCity council votes on budget\n\n"
        "The city council voted on Tuesday to approve a budget of 2 billion dollars.\n"
    )
    assert cleaned.publisher == publisher
    assert cleaned.title == "City council votes on budget"


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("(The Harbour Gazette)", "The Harbour Gazette"),
        ("(Agence de Presse du Nord)", "Agence de Presse du Nord"),
        ("(Ruth Adeyemi is a staff writer)", None),  # a note on the author, not a name
    ],
)
def test_a_name_in_brackets_above_the_article_is_its_publisher(note, publisher):
    cleaned = clean_plain_text(
        f"{note}\n\nThe city council voted on Tuesday to approve a budget of 2 billion dollars.\n"
    )
    assert cleaned.publisher == publisher


def test_title_bar_splits_into_headline_and_site():
    cleaned = clean_plain_text(
        "Minister resigns over leak | News | ABC | 03.10.2016\n\n"
        "The minister resigned on Monday after a leak of cabinet papers to the press.\n"
    )
    assert cleaned.title == "Minister resigns over leak"
    assert cleaned.publisher == "ABC"
    assert cleaned.date == "2016-10-03"


def test_menus_promos_captions_signoffs_and_repeats_are_dropped():
    body = "The minister resigned on Monday after a leak of cabinet papers to the press."
    text = "\n".join(
        [
            "Minister resigns",
            "1. Home",
            "2. Navigation",
            body,
            "A protester holds a sign outside parliament, Monday, Oct. 3, 2016 / Photo via AP",
            "Follow Us:",
            "Download our News app now to keep up with daily breaking news and live coverage.",
            "- Top 10 cities for cycling",
            body,
            "abc/xyz (AFP, dpa)",
        ]
    )
    assert clean_plain_text(text).paragraphs == (body,)


def test_long_unpunctuated_text_is_kept_as_a_truncated_paragraph():
    cut = "The " + " ".join(["word"] * 30)
    assert clean_plain_text(f"Some headline here\n{cut}\n").paragraphs == (cut,)


def test_hard_wrapped_lines_are_joined():
    wrapped = (
        "The council voted late on Tuesday evening to approve the\nbudget for next year.\nNext."
    )
    assert split_lines(wrapped) == [
        "The council voted late on Tuesday evening to approve the budget for next year.",
        "Next.",
    ]


def test_a_text_wrapped_at_a_width_is_joined_where_the_next_word_would_not_fit():
    # A newspaper clipping wrapped at 72 columns: a line that ends on a name before a
    # name, or on "Mr" before a surname, was read as two paragraphs ("Moran (47), of no
    # fixed abode, …" and "Moran said it was not his." as sentences of their own).
    paragraphs = [
        "Darren Kilbane (34), of Fernhill Drive in the town of Oskby, and Anthony Moran"
        " (47), of no fixed abode, appeared before Judge Deirdre Coughlan at a special"
        " sitting of Oskby District Court on Thursday evening.",
        "Sergeant Paula Nevin said that both men had been charged at Oskby on Thursday. She"
        " said Mr Kilbane made no reply to the charges, while Mr Moran said it was not his.",
        "Both men were remanded in custody to appear again at the court on Thursday, 12"
        " March, by video link from the prison in the county town of Harlan.",
    ]
    header = "Oskby Courier - Friday, 6 March 2026\nCourts\n\n"
    clipping = header + "\n\n".join(textwrap.fill(p, 72) for p in paragraphs)
    # "Courts" would have fitted on the line above it: that line was not wrapped.
    assert split_lines(clipping) == ["Oskby Courier - Friday, 6 March 2026", "Courts", *paragraphs]


def test_a_quotation_or_a_sentence_wrapped_at_the_width_goes_on_on_the_next_line():
    # A village newsletter wrapped at 72 columns: a line ending on a closing quote with no
    # full stop before it, a line ending a sentence where the next word would not fit, and
    # a dash between clauses wrapped to the head of a line ("- but I'd urge …", read as a
    # list's item: the clause before it was lost) broke its paragraphs in the middle.
    paragraphs = [
        'Our county councillor, Tobias Wraithe, says he is "deeply concerned" about the'
        " effect next week's planned Moorlink bus strike will have on Ostmere and the"
        " Fellside villages.",
        'Cllr Wraithe said: "I am deeply concerned. In Kelsworth people may be able to walk'
        " or share a lift, but in the villages the bus is a lifeline. I've spoken to"
        " pensioners this week who have hospital appointments they've waited months for and"
        " no idea how they'll get there.",
        "\"I'm not taking sides in the dispute - I want drivers to be paid fairly - but I'd"
        " urge both Moorlink and the union to use today's talks to find a way through.\"",
    ]
    wrapped = [textwrap.fill(p, 72) for p in paragraphs]
    assert 'concerned"\nabout' in wrapped[0] and "fairly\n- but" in wrapped[2]
    assert split_lines("\n\n".join(wrapped)) == paragraphs
    # A list's items in small letters, each of a line, stay apart in a wrapped text.
    items = [
        "Bring:",
        textwrap.fill(f"- gloves, brushes and buckets, {paragraphs[0][:-1].lower()} too", 72),
        textwrap.fill(f"- a flask and {paragraphs[1][:-1].lower()}", 72),
    ]
    text = "\n\n".join(wrapped) + "\n\n" + "\n".join(items)
    assert split_lines(text)[3:] == [i.replace("\n", " ") for i in items]


def test_a_menu_or_a_rule_padded_to_the_width_is_not_wrapped_prose():
    menu = (
        "THE QUAY HOUSE - Evening menu, served from 5.30pm every day of the week\n"
        "------------------------------------------------------------------------\n"
        "STARTERS\n"
        "------------------------------------------------------------------------\n"
        "Oskby Seafood Chowder, house brown bread ....................... EUR9.50\n"
        "Pan-seared Harlan Scallops, black pudding and apple ........... EUR15.00\n"
        "Crab Claws in garlic butter, with sourdough bread ............. EUR14.50\n"
    )
    lines = split_lines(menu)
    assert "STARTERS" in lines
    assert lines[-3:] == menu.splitlines()[-3:]
    # Paragraphs of one line each are not wrapped: nothing is joined that was not before.
    long = "The council voted to approve the budget for next year after a long debate " * 3
    assert split_lines(f"{long}\nNew figures show\n{long}\n{long}") == [
        long.strip(),
        "New figures show",
        long.strip(),
        long.strip(),
    ]


def test_a_line_ending_on_the_goes_on_whatever_the_next_line_starts_with():
    # Text copied out of a PDF: every wrapped line a paragraph, and the next one may start
    # with a name. No sentence ends on "the", so "Northern Provinces, the …" is no sentence.
    pdf = (
        "As provided by the rules of the Assembly of the\n\nNorthern Provinces, the"
        " committee has sent the report to the governor.\n\nThe governor has five days to"
        " answer the committee and the\n\n- Summary of the findings follows."
    )
    assert split_lines(pdf) == [
        "As provided by the rules of the Assembly of the Northern Provinces, the committee"
        " has sent the report to the governor.",
        "The governor has five days to answer the committee and the",
        "- Summary of the findings follows.",  # a list's item is never a continuation
    ]


def test_a_heading_is_not_glued_to_a_paragraph_that_lost_its_drop_capital():
    text = (
        "The worst offenders\nurkey, Poland and Hungary have missed the deadline, the report says."
    )
    assert split_lines(text)[0] == "The worst offenders"
    # The heading is dropped, and the headless sentence is never shown (it starts in
    # lower case): nothing reads "offenders urkey, Poland".
    assert all("offenders urkey" not in p for p in clean_plain_text(text).paragraphs)


def test_a_section_heading_glued_to_its_paragraph_is_not_prose():
    assert is_boilerplate_sentence(
        "YANKEES Pitching The starting pitching has been solid all year."
    )
    assert not is_boilerplate_sentence(
        "NATO Secretary General Jens Stoltenberg said the alliance was ready to help."
    )


def test_a_live_blog_time_stamp_is_not_prose():
    assert is_boilerplate_sentence(
        "1:18 A.M. U.S. Secretary of State John Kerry arrived in Geneva."
    )
    assert not is_boilerplate_sentence("At 1:18 a.m. the first alarm reached the fire station.")


def test_link_labels_are_not_prose():
    assert is_boilerplate_sentence("WATCH: Firefighters battle the blaze for a third day.")
    assert is_boilerplate_sentence("RELATED: How the storm grew so fast over warm water.")
    assert is_boilerplate_sentence("TRAILER: Get a first look at the film before it opens.")
    assert is_boilerplate_sentence("View Images A ranger walks past the burnt trees on the hill.")
    # Share prices glued to a name, and running text in capitals (a broadcast transcript).
    assert is_boilerplate_sentence("The firm ACME, +0.88% Chairman Jo Lee said profits rose.")
    assert not is_boilerplate_sentence("Shares rose 3% on Monday after the results, it said.")
    assert is_boilerplate_sentence(
        "WE ASKED THE COUNCIL BUT THEY WOULD ONLY SAY THE BRIDGE IS SHUT FOR NOW."
    )
    assert not is_boilerplate_sentence("NATO and the EU met in Brussels on Monday to talk trade.")


def test_a_news_agencys_notes_to_editors_are_not_prose():
    # The day's list of stories an agency sends its clients: repeated in every such file,
    # it would read as news "reported by 3 of 4 sources".
    for note in (
        "EDs: Moving Tuesday in the (a) and (n) categories for the valley papers.",
        "(EDS: This feature about the harbour can be localized.)",
        "By Jo Lee. (Story will move in the ``h'' category for harbour news.)",
        "HARBOUR _ The bridge reopens after two years of repairs. (Valley News) ETA: 7 p.m.",
        "Pictures for the harbour pieces are listed at the foot of this budget.",
        "Valley layouts are available to member papers through the agency's page service.",
    ):
        assert is_boilerplate_sentence(note), note
    assert not is_boilerplate_sentence("The council's budget for the bridge was cut by a third.")
    assert not is_boilerplate_sentence(
        "Police said the story of the robbery on the quay was untrue."
    )
    assert is_boilerplate_sentence("Visit the county health office for more about the fever.")
    assert not is_boilerplate_sentence("Visitors came for more than the fish market, she said.")


def test_social_media_promos_are_boilerplate():
    assert is_boilerplate_sentence("Follow The Gleaner on Twitter and Instagram @JamaicaGleaner.")
    assert not is_boilerplate_sentence(
        "The senator said she would follow the committee's advice on the bill."
    )


def test_a_sites_appeals_and_a_wires_funding_note_are_boilerplate():
    # Word for word on every page of a site or every outlet that runs a wire's story, they
    # would otherwise be "reported by" several sources.
    for furniture in (
        "Support the Valley Courier from as little as £1 – it only takes a minute.",
        "Millions are turning to the Courier for open, independent news every day.",
        "If you can, please make a one-off contribution to keep our reporting free to read.",
        "Privacy Notice: Newsletters may contain info about charities and online ads.",
        "The agency's climate coverage receives financial support from private foundations.",
        "The Wire Service is solely responsible for all content.",
    ):
        assert is_boilerplate_sentence(furniture), furniture
    for news in (
        "The charity said donations had fallen by a third since the floods in the spring.",
        "The harbour trust receives support from the council for the new ferry service.",
        "Readers of the newsletter were told the bridge would close again for repairs.",
        "Each of the six towns will make a contribution of two million to the harbour fund.",
    ):
        assert not is_boilerplate_sentence(news), news


def test_a_columnists_own_promo_is_boilerplate():
    assert is_boilerplate_sentence(
        "Please follow her for the latest #citynews as she breaks it all down each day."
    )
    assert not is_boilerplate_sentence(
        "The mayor asked residents to follow her advice and stay off the flooded roads."
    )


def test_an_update_label_and_a_caption_led_by_its_date_are_not_prose():
    assert is_boilerplate_sentence(
        "[UPDATE March 3, 2019] Harbour police have made no arrests in the fatal collision."
    )
    assert is_boilerplate_sentence(
        "Sept. 12, 2014 Jane Morrow of Leeds waves a banner outside the town hall."
    )
    assert is_boilerplate_sentence("March 3, 2016 A stray dog passes in front of the town hall.")
    # A dateline keeps its sentence; so does a date that opens prose with a comma.
    assert not is_boilerplate_sentence(
        "Sept. 12, 2014 — The council voted to close the harbour bridge for repairs."
    )
    assert not is_boilerplate_sentence(
        "On Sept. 12, 2014, Jane Morrow of Leeds was elected to the town council."
    )


def test_a_wire_photo_caption_closed_by_weekday_and_date_is_not_prose():
    assert is_boilerplate_sentence(
        "The harbour master speaks to reporters outside the town hall in Leeds, Friday, May 2,"
        " 2014."
    )
    assert is_boilerplate_sentence(
        "Protesters wave flags in the main square, Saturday, Feb. 19, 2011."
    )
    assert not is_boilerplate_sentence(
        "The council said the harbour bridge would reopen on Friday, May 2, 2014."
    )
    # "on" before the date: a caption in a picture's present tense, prose when it tells.
    assert is_boilerplate_sentence(
        "A television crew reports from the harbour in Leeds on Tuesday, May 6, 2014."
    )
    assert is_boilerplate_sentence("A cyclist rides across the bridge on Tuesday, May 6, 2014.")
    assert not is_boilerplate_sentence("The council voted on Tuesday, May 6, 2014.")


def test_a_wire_photo_caption_closed_by_place_and_date_alone_is_not_prose():
    assert is_boilerplate_sentence(
        "The harbour master answers questions at the town hall in Leeds, England, May 2, 2014."
    )
    # A place and a weekday with no comma between them.
    assert is_boilerplate_sentence(
        "A ferry leaves the quay in Penrith, Cumbria Friday, May 2, 2014."
    )
    # Prose says "on" before the date.
    assert not is_boilerplate_sentence("The harbour bridge reopened on May 2, 2014.")
    assert not is_boilerplate_sentence(
        "The council said the bridge would reopen on Friday, May 2, 2014."
    )


def test_a_gallerys_captions_and_credits_are_not_prose():
    assert is_boilerplate_sentence(
        "Photos: Moments of the harbour bridge Photos: Moments of the harbour bridge The first"
        " cables were hung in 1931."
    )
    assert is_boilerplate_sentence(
        "The deck was laid in 1932. Hide Caption 3 of 13 Photos: Moments of the harbour bridge"
    )
    assert is_boilerplate_sentence("The mayor opens the bridge. (Photo: Jane Roe, Harbour News)")
    assert not is_boilerplate_sentence("Photos of the bridge were shown at the town hall.")


def test_a_video_players_close_button_glued_to_its_caption_is_not_prose():
    assert is_boilerplate_sentence("CLOSE The mayor says the harbour bridge will reopen soon.")
    assert not is_boilerplate_sentence("CLOSE to 200 people gathered outside the town hall.")


def test_reference_list_entries_are_not_prose():
    assert is_boilerplate_sentence("^ Jamieson, A.R.; Smith, B. (2004). Storm surges. Nature.")
    assert is_boilerplate_sentence("Jamieson, A. R. (2004). Storm surges. Retrieved 3 May 2010.")
    assert not is_boilerplate_sentence(
        "Jamieson, a meteorologist at the agency, said the surge was the highest on record."
    )
    assert not is_boilerplate_sentence("Police in Washington, D.C., closed the avenue.")


def test_recipe_steps_are_not_prose():
    assert is_boilerplate_sentence("1Heat oven to 350°F and grease a baking dish.")
    assert is_boilerplate_sentence("--Check the smoke alarm in every bedroom once a month.")
    assert not is_boilerplate_sentence("10 people were taken to hospital after the crash.")


def test_dates_in_common_forms():
    assert find_date("October 3, 2016") == "2016-10-03"
    assert find_date("Sept. 9 2016") == "2016-09-09"
    assert find_date("no date 2016") is None
    # A radio newscast's "Thu 11/26/2026" or a notice's "saved: 24/11/2026" is one day;
    # 03/04/2025 is March or April, and no day is guessed.
    assert find_date("Thu 11/26/2026, noon update") == "2026-11-26"
    assert find_date("Date saved: 24/11/2026") == "2026-11-24"
    assert find_date("Posted 03/04/2025") is None


def test_boilerplate_vocabulary_is_general_not_outlet_specific():
    assert is_boilerplate_sentence("We use cookies to give you the best experience.")
    assert is_boilerplate_sentence("Download the Acme News app for alerts.")
    assert not is_boilerplate_sentence("The company said it would download data overnight.")


def test_a_video_length_after_the_bar_is_not_the_outlet():
    cleaned = clean_plain_text(
        "A rocket test by the navy on Sept. 9? | 02:51\n\n"
        "The navy could launch another rocket as soon as Saturday, analysts said.\n"
    )
    assert cleaned.publisher is None
    assert cleaned.title == "A rocket test by the navy on Sept. 9?"


def test_video_player_debris_is_boilerplate():
    assert is_boilerplate_sentence("1 of 12 Full Screen Autoplay Close Skip Ad × The harbour.")
    assert not is_boilerplate_sentence("The app store was fined on Tuesday by regulators.")


def test_a_player_that_cannot_play_and_a_reprint_notice_are_boilerplate(make_folder, runner):
    from brief.cli import app

    assert is_boilerplate_sentence(
        "Video playback is unsupported on your device Caption Mayor Ann Hale:"
        ' "We will rebuild the bridge"'
    )
    folder = make_folder(
        {
            "reprint.txt": "Valley Journal reprints. The page you saved is meant for your personal,"
            " non-commercial use; please order presentation-ready copies for your office,"
            " see our reprints desk at the foot of every page.\n",
            "news.txt": "The harbour bridge reopened on Thursday after two years of repairs.\n"
            "Engineers replaced all 212 steel cables and resurfaced the whole deck.\n",
        }
    )
    result = runner.invoke(app, ["build", str(folder), "--format", "md"])
    assert result.exit_code == 0
    assert "reprint.txt" in result.output  # skipped, with a warning naming it
    assert "Reprints" not in result.stdout and "212 steel cables" in result.stdout
    # News about reprints and players is news.
    assert not is_boilerplate_sentence(
        "The publisher said it would stop selling reprints of the 1962 photographs next year."
    )


def test_question_and_answer_lines_are_not_prose():
    assert is_boilerplate_sentence("A. Mostly through the water supply of the older houses.")
    assert not is_boilerplate_sentence(
        "A survey found the water supply of older houses was at fault."
    )


def test_notes_to_editors_are_not_prose():
    assert is_boilerplate_sentence(
        "Questions should be directed to the features desk in Leeds at 555-010-2368."
    )


def test_a_page_saved_as_its_video_player_or_tweet_widget_has_no_article_text(make_folder, runner):
    # Scrapes of unrelated stories often hold only an embed's messages; identical on every
    # page, they would otherwise group unrelated events into one "story".
    from brief.cli import app

    folder = make_folder(
        {
            "player.txt": "The captions of this clip could not be loaded.\n\n"
            "Comments are shown when the video has been rented.\n\n"
            "Not available right now. Try again later, please.\n",
            "tweet.txt": "Tweets may carry location information such as a town, added from"
            " the app. Remove your location history from Tweets at any time. Learn more\n",
            "news.txt": "The harbour bridge reopened on Thursday after two years of repairs.\n"
            "Engineers replaced all 212 steel cables and resurfaced the whole deck.\n",
        }
    )
    result = runner.invoke(app, ["build", str(folder), "--format", "md"])
    assert result.exit_code == 0
    assert "player.txt" in result.output and "tweet.txt" in result.output  # warned, by name
    assert "interactive transcript" not in result.stdout and "Tweets" not in result.stdout
    assert "212 steel cables" in result.stdout


def test_a_caption_that_kept_its_label_is_not_prose():
    assert is_boilerplate_sentence(
        "Caption Wildlife officials shot a lion that had wandered into town."
    )
    assert is_boilerplate_sentence("Image caption Rescuers carry a survivor from the river bank.")
    assert is_boilerplate_sentence(
        "Hide Caption 10 of 23 Photos: The harbour bridge Rescuers carry a survivor to the bank."
    )
    assert not is_boilerplate_sentence(
        "Captions were added to the film for deaf viewers at the cinema."
    )


def test_invisible_characters_do_not_split_words():
    # A zero-width space or a soft hyphen shows nothing, but split "Flight" from its search.
    (line,) = split_lines("The \u200bFlight Crew cheered a win, officials re\u00adported.")
    assert line == "The Flight Crew cheered a win, officials reported."


def test_the_titles_under_a_read_more_label_are_not_the_articles_words():
    text = (
        "The lion was shot by rangers on Thursday after it wandered into a suburb of Nairobi.\n\n"
        "Read more:\n\n"
        "Lions are bred to be hunted on farms in the south. And tourists pay for it.\n\n"
        "Wildlife officials said the animal had escaped from the national park twice this year"
        " and had attacked a man on a motorbike.\n"
    )
    assert clean_plain_text(text).paragraphs == (
        "The lion was shot by rangers on Thursday after it wandered into a suburb of Nairobi.",
        "Wildlife officials said the animal had escaped from the national park twice this year"
        " and had attacked a man on a motorbike.",
    )


def test_an_archive_photos_caption_is_neither_the_article_nor_its_date():
    # The wire's "FILE - In this <date> file photo, …": the date is the picture's.
    caption = (
        "FILE - In this March 3, 2019 file photo, the mayor opens the new ferry terminal"
        " at the north quay... (Harbour Wire)"
    )
    body = (
        "The harbour ferry company cut its winter timetable on Monday after a fall in passengers."
    )
    cleaned = clean_plain_text(f"{caption}\n\n{caption}\n\n{body}\n")
    assert cleaned.date is None
    assert cleaned.paragraphs == (body,)


def test_single_spaced_says_so_only_of_text_that_spacing_leaves_as_it_is():
    import random
    import sys

    from brief.clean import single_spaced

    # Every character str.split() cuts at but the space (tab, line breaks, no-break and
    # other spaces, separators) makes a text "not single-spaced", so it is normalised.
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.isspace() and char != " ":
            assert not single_spaced(f"a{char}b"), hex(code)
    assert single_spaced("The council met on Tuesday. It voted.")
    assert single_spaced("")
    pieces = ["a", "Bé", " ", "  ", "\t", "\n", "\xa0", "\u2028", "\u200b", "\x1c", ".", "“"]
    rng = random.Random(14)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(8)))
        if single_spaced(text):
            assert " ".join(text.split()) == text, repr(text)
        elif text.isprintable():  # only spaces in the wrong places keep a printable text out
            assert " ".join(text.split()) != text, repr(text)


def test_lines_shared_by_articles_are_read_alike_in_each():
    # Copies of a wire report share most lines; each article still drops its own repeats,
    # and skips a line as a linked headline only under its own "Read more:" label.
    lead = "The harbour authority closed the north quay on Monday after cracks were found."
    fares = "Fares on the harbour ferry will rise by a tenth in May."
    story = f"{lead}\n\nRead more:\n\n{fares}\n\n{lead}\n"
    other = f"{fares}\n\n{lead}\n"
    for _ in range(2):
        assert clean_plain_text(story).paragraphs == (lead,)
        assert clean_plain_text(other).paragraphs == (fares, lead)


def test_promo_rules_read_ascii_text_in_lower_case_as_they_read_it_ignoring_case():
    # The rules run on an ASCII line's lower case (faster): they find what they find in
    # the line ignoring case, in every mix of cases.
    import random

    from brief.clean import _BOILERPLATE, _BOILERPLATE_LOWER

    pieces = [
        *("download", "the", "our", "app", "get", "install", "follow", "us", "like", "on"),
        *("sign up", "for", "newsletter", "subscribe", "click here", "share", "this"),
        *("article", "all rights reserved", "we use cookies", "cookie", "consent"),
        *("javascript", "disabled", "your browser does not support", "advertisement"),
        *("read more:", "alexa internet", "internet archive", "autoplay", "skip ad"),
        *("twitter", "join", "please", "could not be loaded", "couldn't be played"),
        *("not available right now", "try again later", "rented", "location information"),
        *("tweets", "playback is unsupported", "for your personal, non-commercial use"),
        *("order reprints", "stay up to date with all", "from as little as $", "5", "a minute"),
        *("it only takes", "consider giving a", "donation", "millions are turning to"),
        *("newsletters may contain", "privacy policy:", "coverage receives support"),
        *("is solely responsible for all content", "to keep reading", "already a member"),
        *("cancel anytime", "x", "-", ",", ".", "\n", "The", "2"),
    ]
    cases = [str, str.upper, str.title, str.capitalize, str.swapcase]
    rng = random.Random(14)
    found = 0
    for _ in range(20000):
        words = [rng.choice(cases)(rng.choice(pieces)) for _ in range(rng.randrange(1, 8))]
        text = rng.choice([" ", "", "  "]).join(words)
        ignoring = _BOILERPLATE.search(text.strip())
        lower = _BOILERPLATE_LOWER.search(text.lower().strip())
        assert (lower and lower.span()) == (ignoring and ignoring.span()), repr(text)
        found += ignoring is not None
    assert found > 1000


def test_a_road_a_code_or_a_sum_in_a_capitals_headline_keeps_its_capitals():
    from brief.clean import recased

    # "eur1.3m", "a3079" read as no sum and no road; an ordinal or a decade is a word, and
    # a sum's millions are written small, as running text writes them ("EUR1.3M" read as
    # a leftover of the capitals).
    article = ["Police said the crash on the A3079 was the third on that road this year."]
    assert (
        recased("3RD CRASH SINCE THE 1990S CLOSES A3079 AFTER EUR1.3M REPAIRS", article)
        == "3rd crash since the 1990s closes A3079 after EUR1.3m repairs"
    )
    # A headline in capitals with its ordinal written small is one too.
    assert recased("EAGLES WIN 61st HARBOUR BOWL", article) == "Eagles win 61st harbour bowl"


@pytest.mark.parametrize(
    "first",
    [
        "Kestlow Radio 98.3 -- Outdoors Report",
        "KESTLOW RADIO 98.3 -- LOCAL NEWS",
        "Kestlow Radio 98.3 - Thu 11/26/2026, noon update",
        # A stamp that ends as a sentence does ("a.m.") was the article's first sentence,
        # and a story's bullet.
        "KESTLOW RADIO 98.3 NEWS -- Thursday, November 26, 2026, 9:30 a.m.",
    ],
)
def test_a_clippings_outlet_and_section_line_is_no_headline(first):
    # Three clippings of a radio station's site were titled by their first line, and a
    # story of them was headed "Ridgeline Radio 98.3 -- Community news".
    lede = (
        "The regular deer season opened on Saturday, and a conservation officer wants hunters"
        " to think about safety before they head out to the ridge this week.\n"
    )
    headline = "HUNTERS URGED TO WEAR BLAZE ORANGE ON THE RIDGE"
    cleaned = clean_plain_text(f"{first}\nTuesday, November 24, 2026\n\n{headline}\n\n{lede}")
    assert cleaned.publisher.startswith("Kestlow Radio 98.3")  # in capitals as a name is
    assert cleaned.title == headline
    assert cleaned.paragraphs == (lede.strip(),)
    # A headline with a dash in it is still a headline.
    for headline in ("Storm closes harbour - ferries cancelled", "Harbour news - a new pier"):
        assert clean_plain_text(f"{headline}\n\n{lede}").title == headline


@pytest.mark.parametrize(
    "head, publisher",
    [
        # A wire's copy as its client files it: the agency's code and name, then the
        # budget lines. It was titled "HRNS -- heartland regional news Service", then
        # "Slug: …".
        (
            "HRNS -- HEARTLAND REGIONAL NEWS SERVICE\nMoved: 11/26/2026 13:05 CST\n"
            "Slug: BC-Kestlow-Hunter-Found\nWords: 310",
            "Heartland Regional News Service",
        ),
        # A printed page's running head: its page was the publisher ("Page A3") and its
        # date the headline, so the story was listed under its first sentence.
        ("KESTLOW COURIER  |  Wednesday, November 25, 2026  |  Page A3", "Kestlow Courier"),
        # A site's running head, its outlet and sections: the last section ("North-West")
        # was the publisher, the outlet the headline, and the headline was lost.
        ("KNS News | Regional | South-West\nPublished Thursday, 26 Nov 2026 13:40", "KNS News"),
        # A town of hyphened words, as English writes it: it was cited as
        # "CHESTER-LE-STREET Citizen", beside the "Chester-le-Street Citizen" of its site.
        (
            "CHESTER-LE-STREET CITIZEN | e-Edition | Thursday 26 November 2026 | Page 5",
            "Chester-le-Street Citizen",
        ),
        ("NORTH-WEST ECHO | Thursday 26 November 2026 | Page 2", "North-West Echo"),
        # A masthead with its tagline above the site's menu: the radio's scripts were cited
        # to no outlet.
        ("Fellside FM - The sound of Cumbria\nListen Live\nTravel\nNews\nWeather", "Fellside FM"),
        # A masthead alone on its line, then the section and the day: the masthead was the
        # headline, and the clipping (a Christmas lights switch-on) joined a budget story of
        # the same town, its headline not there to tell them apart.
        ("The Kestlow Champion\nNews | Wednesday 25 November 2026", "The Kestlow Champion"),
        ("Harbour Voice\nWednesday 25 November 2026", "Harbour Voice"),
    ],
)
def test_an_outlets_header_lines_are_its_publisher_not_its_headline(head, publisher):
    lede = (
        "HALVARD SPRINGS -- A 67-year-old deer hunter who spent a night in the cold in a"
        " wildlife area was found alive Thursday morning by a volunteer drone pilot."
    )
    headline = "Thermal drone finds injured hunter after night in the cold"
    cleaned = clean_plain_text(f"{head}\n\n{headline}\n\n{lede}\n")
    assert (cleaned.publisher, cleaned.title, cleaned.paragraphs) == (publisher, headline, (lede,))
    # Capitals that spell no name before a dash, and a title bar that holds a headline,
    # are still read as headlines.
    assert clean_plain_text(f"NHS - Harbour Hospital Opens Wing\n\n{lede}").title == (
        "NHS - Harbour Hospital Opens Wing"
    )
    bar = clean_plain_text(f"Storm closes harbour for a week | News | Kestlow Courier\n\n{lede}")
    assert (bar.title, bar.publisher) == ("Storm closes harbour for a week", "Kestlow Courier")
    # A section's label above the headline, the stamp under it: the label ("North-West
    # News") was the title, the headline lost, and a grass fire joined a house fire of the
    # next town.
    menu = "Skip to main content\nBreeze News\nListen Live\nHome\nNews\nSport\nWeather\n"
    for label in ("North-West News", "Local News"):
        labelled = clean_plain_text(
            f"{menu}\n{label}\n{headline}\nPosted Tuesday 17 November 2026, 7:05am\n"
            f"Aaron Tippett\n\n{lede}\n"
        )
        assert (labelled.title, labelled.publisher) == (headline, "Breeze News")
        assert labelled.paragraphs == (lede,)
    # The headline and its stamp read as one line, "Posted" without a colon.
    joined = clean_plain_text(
        f"{menu}\nNorth-West News\n{headline} Posted Wednesday 18 November 2026, 6:55am"
        f" | Updated 7:20am\nShari Venn\n\n{lede}\n"
    )
    assert (joined.title, joined.date, joined.paragraphs) == (headline, "2026-11-18", (lede,))
    # A headline that ends on such a word is still the headline.
    assert clean_plain_text(f"Harbour bids farewell to the evening news\n\n{lede}").title == (
        "Harbour bids farewell to the evening news"
    )
    # A headline with its day under it, the article next, is the headline: no second
    # headline comes before the article.
    for stamp in ("Wednesday 25 November 2026", "News | Wednesday 25 November 2026"):
        dated = clean_plain_text(f"Harbour Bridge Reopens\n{stamp}\n\n{lede}\n")
        assert (dated.title, dated.publisher, dated.date) == (
            "Harbour Bridge Reopens",
            None,
            "2026-11-25",
        )


@pytest.mark.parametrize(
    "head, publisher, date",
    [
        # Copied from a browser: the skip link, the masthead, the sections' menu and a
        # breadcrumb above the headline. "Skip to main content" was the title.
        (
            "Skip to main content\nKestlow Courier\n"
            "News  Sport  Business  What's On  Property  Jobs  Announcements\n"
            "News > Harbour\n",
            "Kestlow Courier",
            None,
        ),
        # The masthead in capitals, then a menu with bars: the masthead was the title.
        (
            "KESTLOW CHRONICLE\nNews | Business | Farming | Sport | Community\nBUSINESS\n",
            "Kestlow Chronicle",
            None,
        ),
        # A masthead's tagline above the menu was the title.
        (
            "Kestlow Mercury\nNews from Kestlow and the west of the county\n"
            "Home News Gulls Sport Harbour Obituaries Events Advertise\n",
            "Kestlow Mercury",
            None,
        ),
        # A running head whose name has four words and an ampersand was the title.
        (
            "KESTLOW & TEME VALLEY JOURNAL | Tuesday, November 24, 2026 | Page 3\n",
            "Kestlow & Teme Valley Journal",
            "2026-11-24",
        ),
        # A station's name above its menu, the section's name below it.
        (
            "Kestlow Radio\n▶ Listen Live\nNews  Travel  Weather  Shows  Win  Podcasts\n\n"
            "Local News\n",
            "Kestlow Radio",
            None,
        ),
        # A station's menu whose words are its own ("Listen Live", "Win"), a programme's
        # label, and its sport section's bar of sports under it: the station was the title.
        (
            "Kestlow Radio 102\nListen Live   News   Sport   Travel   Weather   Win   Shows\n"
            "NOW PLAYING: The Breakfast Show with Gaz and Leanne\nSPORT\n"
            "Football | Rugby | Cricket | Gulls | Pools | Scores\n\nAdvertisement\n",
            "Kestlow Radio 102",
            None,
        ),
        # A fire service's site: its search box was the publisher ("Search this site"),
        # and a paper's sign-in bar under its menu the headline.
        (
            "Kestlow Fire and Rescue\nSkip to content\nHome | Your Safety | Incidents | Contact\n"
            "Search this site\nThis website uses cookies. Accept | Settings\n"
            "Incidents > 2026 > November\n",
            "Kestlow Fire and Rescue",
            None,
        ),
        (
            "Kestlow & East Fenholt Mercury\nNews | Kestlow | Sport | Business | What's On\n"
            "Sign in   Read the e-edition   Newsletters\n\nAdvertisement\n\nBUSINESS\n",
            "Kestlow & East Fenholt Mercury",
            None,
        ),
        # A bar of the paper's regions kept apart by the spaces between their links, and a
        # sign-in bar: the regions, then "Subscribe Sign in", were the title.
        (
            "Kestlow Bulletin\nNews | Politics | Business | Sport | Weather\n"
            "Kestlow  Fenholt  Teme Valley  Saltinge  North Coast\nSubscribe   Sign in\n\n"
            "WEATHER\n",
            "Kestlow Bulletin",
            None,
        ),
        # A section's label in capitals with a bar ("NEWS | WEST KESTLOW") was the title.
        ("Kestlow Radio\nNEWS | WEST KESTLOW\n", "Kestlow Radio", None),
        # A menu copied one link a line filled the lines read for the headline, which was
        # never reached.
        (
            "Skip to content\nKestlow Radio\n▶ LISTEN LIVE\nHome\nNews\nTravel\nWeather\n"
            "What's On\nWin\nPresenters\nAdvertise with us\n\nNEWS | WEST KESTLOW\n",
            "Kestlow Radio",
            None,
        ),
        # A day and a section under the masthead: the day was the title.
        (
            "Kestlow Advertiser\nThursday, 26 November 2026 | Courts\n",
            "Kestlow Advertiser",
            "2026-11-26",
        ),
        # A stamp with an ordinal ("25th") was no date, so it was the title.
        (
            "Kestlow FM 97.2 | News\nWednesday 25th November 2026, 7:40am\n",
            "Kestlow FM 97.2",
            "2026-11-25",
        ),
        # The menu's last link, to the printed paper's pages, was the title.
        (
            "Menu\nThe Kestlow Ledger\nSearch\nSubscribe\nLocal News\nSport\nObituaries\n"
            "Today's Paper\n\nAdvertisement\n\n",
            "The Kestlow Ledger",
            None,
        ),
        (
            "Kestlow Ledger\nNews | Sport | Obituaries | Digital Edition | E-Paper\n"
            "Today’s paper\nPrint edition\n",
            "Kestlow Ledger",
            None,
        ),
    ],
)
def test_a_pages_furniture_above_its_headline_is_not_its_title(head, publisher, date):
    lede = (
        "Firefighters have spent the night tackling a large fire at a farm just outside the"
        " town, the fire service said this morning."
    )
    headline = "Fire crews tackle large barn fire near Kestlow overnight"
    cleaned = clean_plain_text(f"{head}\n{headline}\n\n{lede}\n")
    assert (cleaned.title, cleaned.paragraphs) == (headline, (lede,))
    assert (cleaned.publisher, cleaned.date) == (publisher, date)


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        # A station's name alone over the bulletin's stamp and the page's address.
        (
            "CARRA FM NEWS\nWednesday 25 November 2026 - 11am bulletin (web copy)\n"
            "https://www.carrafm.example/news/plant-to-close/\n\n{headline}\n\n{lede}",
            "Carra FM News",
        ),
        # A broadcaster's dateline under the headline, as its site prints it ("NRB News,
        # Oldmere"), after the day or before it.
        ("{headline}\n\nNRB News, Oldmere\n26 November 2026, 14:32 GMT\n\n{lede}", "NRB News"),
        ("{headline}\n\n26 November 2026\nNRB News, Wendshire\n\n{lede}", "NRB News"),
        # A site's breadcrumb that opens on the paper's name.
        ("Harwick Gazette › Sport › Athletic\n\n{headline}\n\n{lede}", "Harwick Gazette"),
        # A bar of the site's links under its tagline names no outlet ("Contact" was the
        # publisher).
        (
            "Serving the county since 1954 | e-Edition | Subscribe | Contact\nNews\nSport\n\n"
            "{headline}\n\n{lede}",
            None,
        ),
        # ... nor is it a headline: the paper's name under it is its masthead (the page had
        # no outlet).
        (
            "Serving the county since 1954 | e-Edition | Subscribe | Contact\n"
            "The South Shore Beacon\nNews\nSport\n\n{headline}\n\n{lede}",
            "The South Shore Beacon",
        ),
        # A weather widget above the menu is no outlet ("Invercargill 13° Cloudy" was), and
        # the menu's "Log in" and "Death notices" are links: the masthead is the outlet.
        (
            "Skip to main content\nThursday, 26 November 2026\nInvercargill 13° Cloudy\n"
            "Subscribe from $1 a week\nLog in\nSouthern Ledger\nNews\nInvercargill\nGore\n"
            "Sport\nDeath notices\nPuzzles\nSearch\n{headline}\n\n{lede}",
            "Southern Ledger",
        ),
        # A section's name is no outlet, nor is a town's.
        ("Local News › Kestlow\n\n{headline}\n\n{lede}", None),
        ("{headline}\n\nLocal News, Kestlow\n26 November 2026\n\n{lede}", None),
    ],
)
def test_an_outlet_named_by_a_clippings_header_lines_is_its_publisher(text, publisher):
    # Clippings of a station's and a broadcaster's pages were cited with no outlet.
    headline = "Fire crews tackle large barn fire near Kestlow overnight"
    lede = (
        "Firefighters have spent the night tackling a large fire at a farm just outside the"
        " town, the fire service said this morning."
    )
    cleaned = clean_plain_text(text.format(headline=headline, lede=lede))
    assert (cleaned.title, cleaned.publisher, cleaned.paragraphs) == (headline, publisher, (lede,))


@pytest.mark.parametrize(
    ("text", "title", "publisher", "date"),
    [
        # A reporter's script: its fields are no headline (its slug was the title).
        (
            "TIDE 97.3 FM \u2014 NEWS\nWed. Nov. 25, 2026 \u2014 3:30 p.m. update\n"
            "Story slug: BWTR FIRE PLEASANT ST\nReporter: Kelsey Mason\n\n"
            "FAMILY ESCAPES BRIDGEWATER HOUSE FIRE\n\n{lede}",
            "FAMILY ESCAPES BRIDGEWATER HOUSE FIRE",
            "Tide 97.3 FM",
            "2026-11-25",
        ),
        # A newscast's running order: the station's name, the day in capitals, the
        # bulletin's time and name, the anchor, a note to the anchor, the lead story's
        # headline (the station's "newsroom" line was the title, with no outlet or day).
        (
            "TIDE 97.3 FM -- NEWSROOM\nTUESDAY, NOVEMBER 24, 2026\n"
            "7:00 A.M. NEWS -- TIDE MORNINGS\nAnchor: Rob Demone\n-----------\n\n"
            "** TRAFFIC ALERT -- READ AT TOP AND AT :30 **\n\n"
            "HIGHWAY 103 CLOSED BETWEEN EXIT 11 AND EXIT 12\n\n{lede}",
            "HIGHWAY 103 CLOSED BETWEEN EXIT 11 AND EXIT 12",
            "Tide 97.3 FM",
            "2026-11-24",
        ),
        (
            "TIDE 97.3 FM NEWS\nMONDAY NOV 23 2026 -- 9:00 PM NEWSCAST\n"
            "READ BY: K. MASON    WRITER: K. MASON\nRUNS: 9P / 10P\n\n"
            "(LEAD) SEARCH UNDERWAY FOR OVERDUE KAYAKER -- LAHAVE RIVER\n\n{lede}",
            "SEARCH UNDERWAY FOR OVERDUE KAYAKER -- LAHAVE RIVER",
            "Tide 97.3 FM News",
            "2026-11-23",
        ),
        # A page copied from a browser: its cookie notice is no article's start (the
        # headline was never reached), nor is its stamp's "… / Updated …" a photo credit.
        (
            "Skip to main content\nSubscribe\nCoastline Daily\nNews\nBridgewater\nQueens\n"
            "We use cookies to personalize content and ads and to analyze our traffic. By "
            'clicking "Accept all" you agree to our use of cookies.\nAccept all\n'
            "Manage preferences\nNews › Lunenburg County\n{headline}\nMelissa Arenburg\n"
            "Posted Nov. 24, 2026 12:40 p.m. / Updated Nov. 24, 2026 1:05 p.m.\n{lede}",
            "{headline}",
            "Coastline Daily",
            "2026-11-24",
        ),
        # A region's name over the headline, the reporter credited to the page's outlet
        # under it ("Nova Scotia" was the title and the publisher); a cookie notice first.
        (
            "This site uses cookies. Continuing to browse means you accept our cookie "
            "policy. OK\nAtlantic One News\nNews\nNova Scotia\nNew Brunswick\nWeather\n"
            "Nova Scotia\n{headline}\nPriya Raman, Atlantic One News\n"
            "Published Nov. 25, 2026 6:45 p.m. AST\n{lede}",
            "{headline}",
            "Atlantic One News",
            "2026-11-25",
        ),
        # A radio site's player is no headline, and the menu under it no outlet ("On Air").
        (
            "\u25b6 LISTEN LIVE\nNow playing: Afternoon Drive with Sandy\n"
            "Tide 97.3 FM - The South Shore's Station\nNews\nOn Air\nContact\n"
            "{headline}\nPosted by Cal Rafuse on November 26, 2026 at 2:10 pm\n{lede}",
            "{headline}",
            "Tide 97.3 FM",
            "2026-11-26",
        ),
    ],
)
def test_a_scripts_fields_and_a_pages_widgets_are_no_headline(text, title, publisher, date):
    headline = "Fire crews tackle large barn fire near Kestlow overnight"
    lede = (
        "Firefighters have spent the night tackling a large fire at a farm just outside the"
        " town, the fire service said this morning."
    )
    cleaned = clean_plain_text(text.format(headline=headline, lede=lede))
    assert (cleaned.title, cleaned.publisher, cleaned.date) == (
        title.format(headline=headline),
        publisher,
        date,
    )
    assert cleaned.paragraphs == (lede,)


def test_a_capitals_headline_spells_a_name_as_its_article_does():
    from brief.clean import recased

    # "LAHAVE RIVER" was "LaHave river": the article writes "the river" more often.
    paragraphs = (
        "A search is underway near the mouth of the LaHave River for a kayaker.",
        "Volunteers walked the river banks. The river was cold, and the river was high.",
    )
    assert recased("SEARCH FOR KAYAKER ON LAHAVE RIVER", paragraphs) == (
        "Search for kayaker on LaHave River"
    )
    assert recased("KAYAKER FOUND ON THE RIVER", paragraphs) == "Kayaker found on the river"


def test_a_headline_printed_on_two_lines_is_one_title():
    lede = (
        "A driver who overtook a line of traffic on a bend and crashed head-on into a"
        " motorcyclist has been jailed for 22 months."
    )
    head = "Driver jailed after crash left\nmotorcyclist with serious injuries\n\nBy Jane Roe"
    text = f"{head}\n\n{lede}"
    cleaned = clean_plain_text(text)
    assert cleaned.title == "Driver jailed after crash left motorcyclist with serious injuries"
    assert cleaned.paragraphs == (lede,)
    # A byline in small letters under a headline is no part of it, short or long.
    bylined = clean_plain_text(f"Harbour bridge closes for repairs\nby Jane Roe\n\n{lede}")
    assert bylined.title == "Harbour bridge closes for repairs"
    headline = "Bypass shut for six hours after morning collision near the harbour roundabout"
    bylined = clean_plain_text(f"{headline}\nby Jane Roe\tNovember 26, 2026\n\n{lede}")
    assert bylined.title == headline
    # A bar of share buttons under a headline is no site's menu above it.
    shared = clean_plain_text(f"{headline}\nShare | Facebook | Email | Print\n\n{lede}")
    assert shared.title == headline


def test_a_markdown_byline_in_italics_above_the_lede_is_not_part_of_it():
    from brief.readers.text import from_markdown

    lede = (
        "The walker who survived two nights on the hill is in a stable condition in hospital"
        " and is expected to make a full recovery, his family said this morning."
    )
    body = f"# Walker comfortable in hospital\n\n*By Jane Roe, Thursday 26 November 2026*\n{lede}\n"
    cleaned, _ = from_markdown(body, [])
    assert cleaned.paragraphs[0] == lede
    # Words in italics within a paragraph stay where they are.
    inline = f"*Not* the first rescue on the hill this year: {lede}\n"
    assert from_markdown(f"# Walker\n\n{inline}", [])[0].paragraphs[0].startswith("Not the first")


def test_a_script_written_in_capitals_keeps_its_sentences():
    # A radio newsroom's script in capitals: its sentences were dropped as shouted
    # headings, leaving "OUTCUE: …" as its text (six scripts of six events were one story
    # by such lines), and its station's address line was its title.
    script = (
        "FOVEAUX FM 94.8 -- NEWSROOM SCRIPT\n"
        "SOUTHLAND'S LOCAL VOICE | 44 KELVIN STREET, INVERCARGILL\n"
        "==========================================\n"
        "BULLETIN: 7AM TUESDAY 24 NOVEMBER 2026\nSLUG:     GORE FIRE\n"
        "REPORTER: JARED TIPENE\nDUR:      0:55 (INCL CLIP 0:12)\n"
        "==========================================\n\n"
        "A FAMILY OF FOUR HAS ESCAPED A HOUSE FIRE IN EAST GORE OVERNIGHT -- BUT THEIR DOG"
        " DIED IN THE BLAZE.\n\n"
        "FIRE CREWS WERE CALLED TO THE HOUSE ON MERSEY STREET AT 10.40 LAST NIGHT.\n\n"
        "SENIOR STATION OFFICER PADDY HENNESSEY SAYS THE FAMILY WERE ALREADY OUT ON THE"
        " FRONT LAWN.\n\n"
        "OUTCUE:  \"...THAT'S WHY THEY'RE ALIVE.\"\n"
    )
    cleaned = clean_plain_text(script)
    assert (cleaned.title, cleaned.publisher, cleaned.date) == (
        None,
        "Foveaux FM 94.8",
        "2026-11-24",
    )
    assert cleaned.paragraphs[:2] == (
        "A family of four has escaped a house fire in east gore overnight -- but their dog"
        " died in the blaze.",
        "Fire crews were called to the house on Mersey street at 10.40 last night.",
    )
    # A name English knows as a word stays small ("gore", "paddy"); a rare one is a name.
    assert cleaned.paragraphs[2] == (
        "Senior station officer paddy Hennessey says the family were already out on the front lawn."
    )
    # A text with a heading or two in capitals keeps its case.
    article = (
        "STORM WARNING FOR THE COAST\n\nThe Met Office has issued a yellow warning for wind"
        " along the coast from Tuesday night.\n\nGusts of up to 70mph are expected on"
        " exposed headlands, forecasters said on Monday.\n"
    )
    assert clean_plain_text(article).paragraphs[0].startswith("The Met Office has issued")
