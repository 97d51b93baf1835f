"""A story told over several days leads with where it stands (brief.developing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief import BuildOptions, build, render
from brief.developing import latest_reports
from brief.load import load_folder
from brief.models import Document


def test_a_closure_an_older_report_gave_is_not_shown_as_now(make_folder):
    # "The A66 is closed in both directions …" (Tuesday's radio report) under Thursday's
    # appeal, whose headline tells no turn: read on Friday as a road still shut (it had
    # reopened on Tuesday evening).
    closed = (
        "B5231 closed both ways after crash\n\n"
        "The B5231 is closed in both directions between Oskby and Tarnside after a serious"
        " crash involving a lorry and a car on Tuesday morning.\n\n"
        "A woman in her twenties was taken to hospital by air ambulance after the crash at"
        " about 7.50am, police said.\n"
    )
    appeal = (
        "Police renew appeal for dashcam footage after B5231 lorry crash\n\n"
        "Police investigating a crash which left a young woman seriously injured and closed"
        " the B5231 between Oskby and Tarnside for nine hours have renewed their appeal for"
        " dashcam footage.\n\n"
        "The woman, a care worker from Oskby, remains in a serious but stable condition,"
        " police said on Thursday.\n"
    )
    folder = make_folder({"2026-03-03-closed.txt": closed, "2026-03-05-appeal.txt": appeal})
    for words in (100, 250):
        (story,) = build(folder, BuildOptions(words=words)).stories
        assert story.title == "Police renew appeal for dashcam footage after B5231 lorry crash"
        assert not any("is closed in both directions" in c.text for c in story.claims)
    # In a story of one day it is the news.
    (alone,) = build(make_folder({"2026-03-03-closed.txt": closed}), BuildOptions()).stories
    assert any("is closed in both directions" in c.text for c in alone.claims)


def test_what_an_older_report_expected_and_a_newer_says_happened_is_not_shown(make_folder):
    # "Bridge Street is expected to reopen to traffic this evening" (Thursday's flood
    # report) beside Friday's "Bridge Street reopened to traffic at 6pm on Thursday, and
    # …": a reader took the cited outlet's own newer report to contradict the bullet.
    flooded = (
        "Homes flooded as Oskby river bursts its banks\n\n"
        "A major clean-up is under way in Oskby after 23 homes and six businesses were flooded"
        " when the river Tarn burst its banks in the early hours of Thursday.\n\n"
        "Eleven people were evacuated from homes on Mill Lane to St Fintan's Hall, where they"
        " were given tea and dry clothes by volunteers.\n\n"
        "Bridge Street is expected to reopen to traffic this evening.\n"
    )
    reopened = (
        "Bridge Street reopened to traffic at 6pm on Thursday, and Oskby Community College,"
        " which closed as a precaution, reopened on Friday."
    )
    counted = (
        "Oskby counts the cost of its worst flood in a decade\n\n"
        "Traders in Oskby are counting the cost after 23 homes and six businesses were flooded"
        " when the river Tarn burst its banks early on Thursday.\n\n"
        f"{reopened}\n\n"
        "Volunteers will hold a community clean-up from Mill Lane at 10am on Saturday.\n"
    )
    from brief.developing import outdated
    from brief.segment import segment_document

    def marked(newer: str) -> list[str]:
        files = {"2026-11-26-flood.txt": flooded, "2026-11-27-cost.txt": newer}
        documents, _ = load_folder(make_folder(files))
        sentences = [s for k, d in enumerate(documents) for s in segment_document(d, k)]
        return [s.text for s in outdated(sentences, documents, frozenset()) if s.outdated]

    assert marked(counted) == ["Bridge Street is expected to reopen to traffic this evening."]
    # What an older report expected that nothing newer says happened is still told, and
    # so is what a newer report says happened to something else.
    assert marked(counted.replace(reopened, "Oskby Community College reopened on Friday.")) == []
    folder = make_folder(
        {
            "2026-11-26-flood.txt": flooded,
            "2026-11-27-cost.txt": counted.replace(reopened, "The college reopened on Friday."),
        }
    )
    (story,) = build(folder, BuildOptions(words=250)).stories
    assert any("expected to reopen" in claim.text for claim in story.claims)


MISSING = (
    "Search under way for climber missing on Brackenfell\n\n"
    "Mountain rescue teams are searching the slopes of Brackenfell for a climber who failed"
    " to return from a solo walk on Monday, the Harlan Mountain Rescue team said.\n\n"
    "The climber, a 58-year-old man from Oskby, set out from the Tarnside car park at about"
    " 8am and was reported missing by his wife when he did not come home that evening.\n\n"
    "Forty volunteers of the Harlan Mountain Rescue team searched the summit ridge and the"
    " gullies below it until the fog came down after midnight.\n"
)
RESUMED = (
    "Search for missing Brackenfell climber resumes at first light\n\n"
    "The search for a climber missing on Brackenfell since Monday resumed at first light on"
    " Tuesday, with a coastguard helicopter and forty volunteers of the Harlan Mountain"
    " Rescue team.\n\n"
    "The climber, a 58-year-old man from Oskby, set out from the Tarnside car park on Monday"
    " morning for a solo walk to the summit ridge.\n\n"
    "His car was still in the Tarnside car park, where the rescue team set up its base.\n"
)
FOUND = (
    "Missing climber found alive on Brackenfell after two nights\n\n"
    "A climber missing on Brackenfell for two nights was found alive in a gully below the"
    " summit ridge on Wednesday, the Harlan Mountain Rescue team said.\n\n"
    "The 58-year-old man from Oskby had sheltered from the fog under a boulder after"
    " breaking his ankle on Monday, and was flown to hospital by the coastguard helicopter.\n\n"
    "The rescue team thanked the forty volunteers who searched the ridge from the Tarnside"
    " car park for two days.\n"
)


def _climber(make_folder, days: tuple[str, str, str]) -> Path:
    return make_folder(
        {
            f"{days[0]}-missing.txt": MISSING,
            f"{days[1]}-resumed.txt": RESUMED,
            f"{days[2]}-found.txt": FOUND,
        }
    )


def test_a_developing_story_is_titled_and_opened_by_its_newest_report(make_folder):
    # Two of three reports said the search went on; the newest, that he was found. Titled
    # by the most shared headline and opened on the lede that covers most, the briefing
    # told a reader the climber was still missing.
    folder = _climber(make_folder, ("2026-03-02", "2026-03-03", "2026-03-04"))
    (story,) = build(folder, BuildOptions(words=100)).stories
    assert story.title == "Missing climber found alive on Brackenfell after two nights"
    assert story.claims[0].text.startswith("A climber missing on Brackenfell for two nights")
    page = render(build(folder, BuildOptions(words=100)), "md")
    assert "## Missing climber found alive on Brackenfell" in page


# The day after: a feature that opens on a scene, not on the news it follows up.
FEATURE = (
    "How the rescuers found the Brackenfell climber in the fog\n\n"
    "Peter Holm, 58, from Oskby, has walked to the summit ridge of Brackenfell from the"
    " Tarnside car park every spring for thirty years, always alone.\n\n"
    "This time he slipped on wet rock below the summit ridge on Monday afternoon, and"
    " lay under a boulder for two nights while the fog came and went.\n\n"
    "The Harlan Mountain Rescue team's volunteers heard his whistle on Wednesday morning,"
    " and the coastguard helicopter flew him to hospital with a broken ankle.\n"
)


@pytest.mark.parametrize("algorithm", ["concepts", "lexrank", "textrank"])
def test_a_newest_feature_gives_the_title_and_the_news_before_it_the_lead(make_folder, algorithm):
    # Under a feature that opens on a scene, nothing made the story open on its news: a
    # ranker opened it on Monday's "Mountain rescue teams are searching …" or on the
    # climber's setting out, a day after he was found alive.
    folder = _climber(make_folder, ("2026-03-02", "2026-03-03", "2026-03-04"))
    (folder / "2026-03-05-feature.txt").write_text(FEATURE)
    (story,) = build(folder, BuildOptions(words=100, algorithm=algorithm)).stories
    assert story.title == "How the rescuers found the Brackenfell climber in the fog"
    assert story.claims[0].text.startswith("A climber missing on Brackenfell for two nights")


@pytest.mark.parametrize("algorithm", ["lexrank", "textrank"])
def test_every_algorithm_opens_a_developing_story_on_its_newest_report(make_folder, algorithm):
    folder = _climber(make_folder, ("2026-03-02", "2026-03-03", "2026-03-04"))
    (story,) = build(folder, BuildOptions(words=100, algorithm=algorithm)).stories
    assert story.claims[0].text.startswith("A climber missing on Brackenfell for two nights")


def _document(name: str, date: str | None, title: str, opinion: str | None = None) -> Document:
    # A headline is one when the article's text is about it.
    text = (f"{title}, the rescue team said on Friday.",)
    return Document(name, Path(f"{name}.txt"), title, text, date=date, opinion=opinion)


def test_the_newest_reports_are_those_with_a_headline_of_the_latest_day():
    first = _document("a", "2026-03-02", "Search under way for climber missing on Brackenfell")
    found = _document("b", "2026-03-04", "Missing climber found alive on Brackenfell today")
    assert latest_reports([first, found]) == {"b"}
    # A newer newsletter item with a four-word headline, a newer column, a newer file with
    # no headline at all: none says where the story stands.
    thanks = _document("c", "2026-03-05", "Oskby says thank you")
    column = _document(
        "d", "2026-03-05", "Why our mountain rescue volunteers deserve more", "column"
    )
    bare = _document("e", "2026-03-05", "e")
    assert latest_reports([first, found, thanks, column, bare]) == {"b"}
    # An explainer of the day's news goes around it: the day's report titles the story,
    # unless the explainer is all there is of its day.
    explained = _document("f", "2026-03-04", "Brackenfell rescue: what it means for climbers")
    assert latest_reports([first, found, explained]) == {"b"}
    assert latest_reports([first, explained]) == {"f"}
    helping = _document("g", "2026-03-04", "How to help the Brackenfell rescue team")
    assert latest_reports([first, found, helping]) == {"b"}


@pytest.mark.parametrize(
    "dates",
    [
        ("2026-03-02", "2026-03-02"),  # one day: nothing developed
        ("2026-01-02", "2026-03-04"),  # two months: a series, not one event's news
        ("2026-03-02", None),  # one day known
    ],
)
def test_a_story_of_one_day_or_of_months_is_not_developing(dates):
    documents = [
        _document("a", dates[0], "Search under way for climber missing on Brackenfell"),
        _document("b", dates[1], "Missing climber found alive on Brackenfell today"),
    ]
    assert latest_reports(documents) == frozenset()


def _report(title: str, published: str, *paragraphs: str) -> str:
    return f"---\ntitle: {title}\npublished: {published}\n---\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_report_that_a_later_one_of_its_day_supersedes_is_not_quoted(make_folder):
    # Friday's morning report said the search for the skipper went on; its afternoon
    # report, that his body was found. Both of one day, the morning's bullet said no day
    # and read as the news under the afternoon's.
    folder = make_folder(
        {
            "wed.md": _report(
                "Search under way for two fishermen off Oskby Point",
                "2026-11-25T08:15:00Z",
                "A search is under way for two fishermen whose trawler failed to return to"
                " Oskby harbour, the coastguard said on Wednesday.",
                "The Oskby and Harlan lifeboats and a helicopter searched the sea north of"
                " Oskby Point through the night for the trawler and its crew of two.",
            ),
            "fri-am.md": _report(
                "Deckhand found alive in life raft as search for Oskby skipper goes on",
                "2026-11-27T10:05:00Z",
                "A deckhand from the missing Oskby trawler was found alive in a life raft"
                " north of Oskby Point on Friday morning, the coastguard said.",
                "The search is continuing for the trawler's skipper, the coastguard said,"
                " with the Oskby and Harlan lifeboats and a helicopter out again.",
            ),
            "fri-pm.md": _report(
                "Body of Oskby skipper recovered hours after deckhand rescued alive",
                "2026-11-27T15:40:00Z",
                "The body of the skipper of the missing Oskby trawler has been recovered from"
                " the sea north of Oskby Point, bringing the search to an end, the coastguard"
                " said on Friday.",
                "The deckhand found alive in a life raft on Friday morning is stable in"
                " hospital, the coastguard said, after the lifeboats and a helicopter"
                " searched for two days.",
            ),
        }
    )
    (story,) = build(folder, BuildOptions(words=120)).stories
    assert story.title == "Body of Oskby skipper recovered hours after deckhand rescued alive"
    assert story.claims[0].text.startswith("The body of the skipper")
    assert not any("search is continuing" in c.text for c in story.claims)
    documents = {d.path.name: d for d in load_folder(folder)[0]}
    assert [documents[n].time for n in ("wed.md", "fri-am.md", "fri-pm.md")] == [
        "08:15",
        "10:05",
        "15:40",
    ]


def test_a_newest_reports_opening_anecdote_is_no_lead():
    from brief.developing import tells_its_headline
    from brief.models import Sentence
    from brief.segment import words_of

    def lede(text: str) -> Sentence:
        return Sentence("a", 0, 0, 0.0, text, words_of(text))

    found = _document("a", "2026-03-04", "How searchers found Walter 'Buzz' Kimbrell")
    # A feature opens on its man, and shares only his name with its headline.
    anecdote = "Walter \u201cBuzz\u201d Kimbrell has hunted the ridge for more than 40 years."
    news = "Searchers found Walter Kimbrell alive in a ravine below the ridge on Thursday."
    assert not tells_its_headline(lede(anecdote), found)
    assert tells_its_headline(lede(news), found)


def test_a_state_an_older_report_gave_as_lasting_is_not_shown_as_now(make_folder):
    # "The signed diversion … remains in place" (Tuesday's report) under "… reopened"
    # (Thursday's): the reader was sent round a diversion already taken down.
    closed = (
        "Brackenfell road closed after landslip\n\n"
        "The B5231 over Brackenfell pass has been closed after a landslip brought rock and mud"
        " down onto the carriageway on Monday night, the county council said.\n\n"
        "Engineers said the road was likely to stay shut for at least a fortnight while the"
        " slope above it is made safe.\n\n"
        "The signed diversion through Oskby and Tarnside remains in place for all traffic.\n\n"
        # Traffic sent another way: "Traffic is being detoured off the highway at Exit 11",
        # Tuesday's, read on Friday (a reader of four counties at 150 words).
        "Traffic is being diverted off the pass at Oskby and onto the valley road.\n"
    )
    reopened = (
        "Brackenfell pass reopens weeks early after landslip repairs\n\n"
        "The B5231 over Brackenfell pass reopened on Thursday afternoon, weeks sooner than"
        " drivers had been warned, after emergency work made one lane safe to use.\n\n"
        "Temporary traffic lights control the single lane past the landslip, the county"
        " council said, and the diversion through Oskby has been taken down.\n"
    )
    folder = make_folder({"2026-03-03-closed.txt": closed, "2026-03-05-reopened.txt": reopened})
    for words in (100, 250):
        (story,) = build(folder, BuildOptions(words=words)).stories
        assert story.title == "Brackenfell pass reopens weeks early after landslip repairs"
        assert not any("remains in place" in claim.text for claim in story.claims)
        assert not any("being diverted" in claim.text for claim in story.claims)
    from brief.developing import outdated
    from brief.segment import segment_document

    # A newer report that tells no turn (residents' anger at the closure) leaves an older
    # report's words as they are, but for a lasting state such as a diversion.
    angry = (
        "Oskby residents want answers over Brackenfell pass closure\n\n"
        "People who live along the valley road say the closure of the B5231 over Brackenfell"
        " pass sent lorries past their doors all week, the parish council said on Thursday.\n"
    )
    folder = make_folder({"2026-03-03-closed.txt": closed, "2026-03-05-angry.txt": angry})
    documents, _ = load_folder(folder)
    sentences = [s for k, d in enumerate(documents) for s in segment_document(d, k)]
    newest = frozenset(d.id for d in documents if "angry" in d.path.name)
    marked = [s.text for s in outdated(sentences, documents, newest) if s.outdated]
    assert any("being diverted" in text for text in marked)
    assert not any("Engineers said" in text for text in marked)
    # The same words in a story of one day are its news.
    (alone,) = build(
        make_folder({"2026-03-03-closed.txt": closed}), BuildOptions(words=250)
    ).stories
    assert any("remains in place" in claim.text for claim in alone.claims)


MISSING = (
    "Search for missing Oskby man, 71, enters third day\n\n"
    "Police and volunteers are searching the fells above Oskby for Aldous Prentice, 71, who"
    " has not been seen since he went out walking his dog on Sunday afternoon.\n\n"
    "Mr Prentice is about 5ft 9in, slim, with short grey hair, and was wearing a green"
    " waxed jacket. His dog, a black spaniel, came home alone on Sunday evening.\n\n"
    'Inspector Lorna Pike said: "We are extremely concerned for his welfare." The search'
    " has been extended to the woods along the River Tarn.\n\n"
    "No trace of Mr Prentice or his walking stick had been found by nightfall on Tuesday.\n"
)
MISSING_FOUND = (
    "Missing Oskby man Aldous Prentice found safe\n\n"
    "Aldous Prentice, the 71-year-old Oskby man missing since Sunday, has been found safe"
    " and well in a barn near Tarnside, police said on Wednesday.\n\n"
    "He was taken to hospital as a precaution and has since been allowed home. His family"
    " thanked the volunteers and the mountain rescue team who had searched the fells above"
    " Oskby for three days.\n"
)


def test_under_a_turn_what_older_reports_said_as_now_is_not_shown(make_folder):
    # "Mr Fenwick is about 5ft 9in" and "the search has been extended" under "Body
    # found"; "drivers will strike from Monday" under "strike called off": a reader took
    # the missing man's description for the news.
    folder = make_folder({"2026-03-03-missing.txt": MISSING, "2026-03-04-found.txt": MISSING_FOUND})
    for words in (100, 250, 400):
        (story,) = build(folder, BuildOptions(words=words)).stories
        assert story.title == "Missing Oskby man Aldous Prentice found safe"
        shown = " ".join(claim.text for claim in story.claims)
        assert "5ft 9in" not in shown and "has been extended" not in shown
        assert "No trace" not in shown  # what was not so yet, told in the past perfect
    # What the search did the day it was reported, told in the past: "… were called out
    # overnight and were joined this morning by …", Monday's, was the second bullet under
    # "found alive" (a reader's reading of a held-out county).
    called_out = (
        "\n\nOskby Mountain Rescue Team were called out overnight and were joined this"
        " morning by the coastguard helicopter and two search dogs from Tarnside.\n\n"
        "Police want to hear from anyone who was walking on the fells above Oskby over the"
        " weekend.\n\n"
        # What was to come, reported: "… said crews would be 'back out the minute there is
        # light'" under "found safe" (a reader of four counties).
        "Team leader Tom Staunton said volunteers would be back on the fells above Oskby"
        " at first light.\n\n"
        # ... and the day before: "About 20 police … searched the track yesterday",
        # Wednesday morning's, under Wednesday afternoon's "found alive".
        "About 40 volunteers searched the woods along the River Tarn yesterday, reaching"
        " the weir at Tarnside by dusk.\n"
    )
    folder = make_folder(
        {"2026-03-03-missing.txt": MISSING + called_out, "2026-03-04-found.txt": MISSING_FOUND}
    )
    for words in (100, 250, 400):
        (story,) = build(folder, BuildOptions(words=words)).stories
        shown = " ".join(claim.text for claim in story.claims)
        assert "called out overnight" not in shown and "want to hear" not in shown
        assert "would be back" not in shown and "yesterday" not in shown
    from brief.developing import outdated
    from brief.segment import segment_document

    documents, _ = load_folder(folder)
    sentences = [s for k, d in enumerate(documents) for s in segment_document(d, k)]
    found = frozenset(d.id for d in documents if "found" in d.path.name)
    marked = [s.text for s in outdated(sentences, documents, found) if s.outdated]
    assert any("would be back" in text for text in marked)
    # A newest report that tells no turn leaves them: they may still be so.
    going_on = MISSING_FOUND.replace("found safe\n", "search goes on\n", 1)
    folder = make_folder({"2026-03-03-missing.txt": MISSING, "2026-03-04-on.txt": going_on})
    (story,) = build(folder, BuildOptions(words=400)).stories
    assert "5ft 9in" in " ".join(claim.text for claim in story.claims)


def test_back_home_is_a_turn(make_folder):
    # A village newsletter's "Darrell is home - and he wants to say thank you", the day
    # after a kayaker was found: Tuesday's "there was still no sign of the … man" was the
    # story's only bullet under it (the held-out eleventh county).
    from brief.developing import outdated
    from brief.segment import segment_document

    home = MISSING_FOUND.replace(
        "Missing Oskby man Aldous Prentice found safe", "Aldous Prentice is home and says thank you"
    )
    folder = make_folder({"2026-03-03-missing.txt": MISSING, "2026-03-04-home.txt": home})
    documents, _ = load_folder(folder)
    sentences = [s for k, d in enumerate(documents) for s in segment_document(d, k)]
    newest = frozenset(d.id for d in documents if "home" in d.path.name)
    marked = [s.text for s in outdated(sentences, documents, newest) if s.outdated]
    assert any(text.startswith("No trace of Mr Prentice") for text in marked)
    assert any("5ft 9in" in text for text in marked)


def test_a_headline_that_calls_someone_by_the_given_name_alone_titles_no_story(make_folder):
    # "Darrell is home - and he wants to say thank you" titled a kayaker's story: a village
    # newsletter's headline; its articles name "Darrell Himmelman" (the twelfth county had
    # "Rallying round Joan" too). The newest report with a headline a reader knows titles
    # it; a headline that gives the full name keeps its place.
    for newest, title in (
        ("Aldous is home and says thank you", "Missing Oskby man Aldous Prentice found safe"),
        ("Aldous Prentice is home and says thanks", "Aldous Prentice is home and says thanks"),
    ):
        home = MISSING_FOUND.replace("Missing Oskby man Aldous Prentice found safe", newest)
        folder = make_folder(
            {
                "2026-03-03-missing.txt": MISSING,
                "2026-03-04-found.txt": MISSING_FOUND,
                "2026-03-05-home.txt": home,
            }
        )
        (story,) = build(folder, BuildOptions(words=250)).stories
        assert story.title == title


WARNING = (
    "Yellow warning for snow and ice across the Kelby moors\n\n"
    "Snow and ice could cause travel disruption on the Kelby moors from this evening,"
    " forecasters have warned.\n\n"
    "A yellow weather warning is in place from 6pm on Tuesday until noon on Wednesday,"
    " covering the high roads above Kelby and Marrow Bridge. Up to 5cm of snow could fall above"
    " 300 metres, and untreated roads and pavements will be icy.\n\n"
    "The county council said its gritters would treat the priority routes twice overnight,"
    " and schools on the moors will say by 7.30am on Wednesday whether they will open.\n"
)


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Yellow warning for snow and ice across the Kelby moors",) * 2,
        # The U.S. Weather Service's kind: it was listed under Also (a station's label off).
        (
            "FIRST ALERT: Winter Weather Advisory for the Kelby moors Tuesday night",
            "Winter Weather Advisory for the Kelby moors Tuesday night",
        ),
        # The forecaster named as the one who warns: it was listed under Also (the tenth
        # county's reader).
        ("Bureau warns of damaging winds and snow on the Kelby moors on Friday",) * 2,
    ],
)
def test_the_days_weather_warning_is_told_first(make_folder, headline, title):
    # Three readings of regional folders found the day's snow warning last, one line under
    # Also, below stories of four reports: what a reader must act on this morning.
    folder = make_folder(
        {
            "2026-03-03-missing.txt": MISSING,
            "2026-03-04-found.txt": MISSING_FOUND,
            "2026-03-04-warning.txt": WARNING.replace(WARNING.split("\n")[0], headline),
        }
    )
    for words in (100, 250):
        briefing = build(folder, BuildOptions(words=words))
        assert [s.title for s in briefing.stories] == [
            title,
            "Missing Oskby man Aldous Prentice found safe",
        ]
    # A warning of days before the folder's news is no longer the day's: it is listed.
    old = make_folder(
        {
            "2026-03-03-missing.txt": MISSING,
            "2026-03-06-found.txt": MISSING_FOUND,
            "2026-03-01-warning.txt": WARNING,
        }
    )
    briefing = build(old, BuildOptions(words=250))
    assert [s.title for s in briefing.stories] == ["Missing Oskby man Aldous Prentice found safe"]
    assert briefing.also[0].title == "Yellow warning for snow and ice across the Kelby moors"


def test_a_feature_that_tells_no_turn_neither_titles_nor_supersedes_the_days_news(make_folder):
    # A history of the firm, written the afternoon its closure was reported: its headline
    # titled the story, and the union's vow of that morning was not quoted.
    folder = make_folder(
        {
            "mon.md": _report(
                "90 jobs at risk as Brackley Mills plans to shut Oskby works",
                "2026-11-23T07:30:00Z",
                "Ninety jobs are at risk in Oskby after the blanket maker Brackley Mills said"
                " it plans to close its works on Tarn Road next spring.",
                "The company said falling orders from hotels had left the works without"
                " enough trade to stay open, and that it would consult staff on the closure.",
            ),
            "tue-am.md": _report(
                "Union vows to fight Brackley Mills closure as Oskby staff tell of shock",
                "2026-11-24T09:10:00Z",
                "Staff at the Brackley Mills works in Oskby say the plan to close it came as"
                " a shock, as their union vowed a campaign to keep the blanket works open.",
                "The union said it would put a plan to the company to save the ninety jobs"
                " at the Tarn Road works and keep the looms running.",
            ),
            "tue-pm.md": _report(
                "A hundred years of Oskby blankets, and the rise and fall of Brackley Mills",
                "2026-11-24T16:00:00Z",
                "When Amos Brackley set up two looms in a Tarn Road shed in 1926, Oskby was a"
                " town of weavers and the works was one of a dozen along the river.",
                "The works grew to employ four hundred people at its height, making blankets"
                " for hotels, hospitals and ships, before the closure plan announced this week.",
            ),
        }
    )
    for words in (100, 250):
        (story,) = build(folder, BuildOptions(words=words)).stories
        assert story.title.startswith("Union vows to fight Brackley Mills closure")
        assert story.claims[0].text.startswith("Staff at the Brackley Mills works")


def test_where_someone_was_in_hospital_is_not_told_as_now_a_day_later(make_folder):
    # "An 81-year-old woman is at Corliss Memorial Hospital" (Thursday's report) under
    # Friday's feature on the grandson who pulled her out, which says she went home.
    folder = make_folder(
        {
            "thu-radio.md": _report(
                "Oskby woman, 84, in hospital after chip pan fire",
                "2026-11-26T12:00:00Z",
                "An 84-year-old Oskby woman is at Harlan General Hospital after a chip pan"
                " fire at her home on Mill Lane this morning.",
                "Firefighters from Oskby had the fire out in about half an hour, and the"
                " kitchen was badly damaged.",
            ),
            "thu-tv.md": _report(
                "Woman, 84, taken to hospital after kitchen fire in Oskby",
                "2026-11-26T18:00:00Z",
                "An Oskby woman was taken to hospital on Thursday after a chip pan caught fire"
                " in her kitchen on Mill Lane while she was cooking lunch.",
                "Crews from Oskby and Harlan fire stations were called at 11.20am, and the"
                " fire service warned cooks not to leave a pan of hot oil alone.",
            ),
            "fri.md": _report(
                "Grandson pulls Oskby woman from kitchen fire",
                "2026-11-27T08:00:00Z",
                "Liam Ashworth had called in on Thursday morning to take his grandmother shopping.",
                "Minutes later he was carrying Edna Ashworth, 84, out of her smoke-filled"
                " house on Mill Lane after a chip pan caught fire. She was treated for smoke"
                " and allowed home on Thursday evening.",
            ),
        }
    )
    for words in (60, 250):
        (story,) = build(folder, BuildOptions(words=words)).stories
        assert story.title == "Grandson pulls Oskby woman from kitchen fire"
        assert not any("is at Harlan General" in claim.text for claim in story.claims)
        # The feature opens on a moment: the news it follows up leads (the newest report
        # before it, though those are all of one day).
        assert story.claims[0].text.startswith("An Oskby woman was taken to hospital")
    # With only the radio's report before the feature, its lede led the story.
    (folder / "thu-tv.md").unlink()
    for words in (60, 250):
        (story,) = build(folder, BuildOptions(words=words)).stories
        assert not any("is at Harlan General" in claim.text for claim in story.claims)
