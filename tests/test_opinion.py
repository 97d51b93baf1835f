"""Opinion pieces (columns, op-eds, editorials) are said to be opinion, never a report's bullets."""

from __future__ import annotations

import json

import pytest

from brief import BuildOptions, build, render
from brief.load import load_folder

# One event, told by two reports and argued by a column: the council of a port town voted
# to cap cruise ship visits. The names are made up.
REPORT_1 = (
    "Talbrook council caps cruise ship visits\n\n"
    "TALBROOK (Reuters) - The town council of Talbrook voted 7-2 on Tuesday to allow no "
    "more than two cruise ships a week to dock at its harbour from next April. Mayor Elena "
    "Ruiz said the cap would ease crowding in the old town, where up to 9,000 passengers "
    "come ashore on a busy day.\n\n"
    "Meridian Cruise Lines, which sends four ships a week to Talbrook in summer, said it "
    "would move some calls to the nearby port of Ostend Bay. Harbour pilots and shop owners "
    "had asked the council to wait for a study of the cap's cost to local businesses.\n\n"
    "The council said the study would be published in January, before the cap takes effect."
)
REPORT_2 = (
    "Port town limits cruise ships to two a week\n\n"
    "Talbrook's town council has capped cruise ship visits at two a week from next April, "
    "after a 7-2 vote on Tuesday night. Mayor Elena Ruiz told reporters the old town could "
    "no longer take up to 9,000 passengers on a single day.\n\n"
    "Meridian Cruise Lines said it would send some of its four weekly summer ships to "
    "Ostend Bay instead. Shop owners in the harbour district had asked the council to wait "
    "for a study of what the cap would cost them, which the council will publish in January."
)
COLUMN = (
    "Talbrook's cruise cap is a gift to the town's snobs\n\n"
    "Talbrook's council has decided that the old town belongs to the people who already "
    "live there, and that the 9,000 cruise passengers who spend their money in its shops "
    "every summer day are a nuisance to be managed away. The 7-2 vote on Tuesday was a "
    "victory for the loudest residents and a defeat for every shop owner in the harbour.\n\n"
    "Mayor Elena Ruiz talks about crowding, but crowding is what a living harbour looks like. "
    "Meridian Cruise Lines will take its ships to Ostend Bay, and Ostend Bay will thank "
    "Talbrook for the gift. The council should have waited for its own study in January."
)


def _page(headline: str, body: str, head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n")[1:])
    return (
        f"<!doctype html><html><head><title>{headline}</title>{head}</head>"
        f"<body><article><h1>{headline}</h1>{paragraphs}</article></body></html>"
    )


def _column_page(head: str) -> str:
    return _page(COLUMN.split("\n\n")[0], COLUMN, head)


OPINION_LD = '<script type="application/ld+json">{"@type": "OpinionNewsArticle"}</script>'
NEWS_LD = '<script type="application/ld+json">{"@type": "NewsArticle"}</script>'


@pytest.mark.parametrize(
    ("name", "content", "why"),
    [
        ("declared.html", _column_page(OPINION_LD), "declares itself an opinion article"),
        (
            "section.html",
            _column_page('<meta property="article:section" content="Opinion" />' + NEWS_LD),
            "filed under Opinion",
        ),
        (
            "address.md",
            "---\ntitle: Talbrook's cruise cap is a gift to the town's snobs\n"
            "url: https://news.example.com/comment/2026/talbrook-cruise-cap\n---\n\n"
            + COLUMN.split("\n\n", 1)[1],
            "under /comment/",
        ),
        ("bar.txt", "Opinion | " + COLUMN, "filed under Opinion"),
        ("bar.html", _page("Opinion | " + COLUMN.split("\n\n")[0], COLUMN), "filed under Opinion"),
        ("headline.txt", "Op-Ed: " + COLUMN, "headline says it is opinion"),
        (
            "review.html",
            _column_page('<script type="application/ld+json">{"@type": "Review"}</script>'),
            "declares itself a review",
        ),
        ("review.txt", "Review: " + COLUMN, "headline says it is a review"),
        ("reviews.txt", "Reviews | " + COLUMN, "filed under Reviews"),
        # Any desk brief.opinion knows, in a title bar with its site.
        (
            "columns.txt",
            "Columns | " + COLUMN.replace("\n", " | Talbrook Post\n", 1),
            "under Columns",
        ),
        ("dash.txt", COLUMN.replace("snobs\n", "snobs - Opinion\n", 1), "headline says it"),
        (
            "exclaimed.txt",
            COLUMN.replace("managed away.", "managed away!").replace("harbour.\n", "harbour!\n"),
            "written in exclamations (2 of its sentences)",
        ),
        # The writer's line a column closes on, or her own copyright with her role (a
        # reading found an essay signed so shown as an event, no mark on it).
        (
            "signed.txt",
            COLUMN + "\n\nAnn Reyes is a columnist for the Talbrook Post.",
            "closes on its writer's line",
        ),
        (
            "copyright.txt",
            COLUMN + "\n\n© Ann Reyes, founder and president of the Harbour Fund",
            "closes on its writer's line",
        ),
        # Its disclaimer, below or above it (a made-up regional folder's column was read
        # as news; the dev sets hold one, a columnist's, that opens on it).
        (
            "disclaimed.txt",
            COLUMN + "\n\nAnn Reyes has covered the harbour for 20 years. The views"
            " expressed in this column are her own.",
            "its views are its writer's own",
        ),
        (
            "disclaimer-first.txt",
            "The opinions expressed are the author's own.\n\n" + COLUMN,
            "its views are its writer's own",
        ),
    ],
)
def test_what_marks_an_article_as_opinion(make_folder, name, content, why):
    documents, _ = load_folder(make_folder({name: content}))
    assert why in (documents[0].opinion or "")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.html", _page(REPORT_1.split("\n\n")[0], REPORT_1, NEWS_LD)),
        # A report's last address segment is its own name: "opinion-polls" is no desk.
        (
            "polls.md",
            "---\ntitle: Opinion polls tighten in Talbrook\n"
            "url: https://news.example.com/politics/opinion-polls-tighten\n---\n\n"
            + REPORT_2.split("\n\n", 1)[1],
        ),
        ("polls.txt", "Opinion polls tighten in Talbrook\n\n" + REPORT_2.split("\n\n", 1)[1]),
        ("poll.txt", "Opinion-poll lead narrows in Talbrook\n\n" + REPORT_2.split("\n\n", 1)[1]),
        # A report's last word on someone is no writer's line; its copyright is its
        # outlet's, and a photographer's credit is no writer's.
        (
            "profile.txt",
            REPORT_1 + "\n\nElena Ruiz is a former harbour pilot who was elected in 2019.",
        ),
        ("outlet.txt", REPORT_1 + "\n\n© 2026 Talbrook Post, all rights reserved"),
        ("credit.txt", REPORT_1 + "\n\n© Ann Reyes, staff photographer"),
        # A report that quotes someone's disclaimer is still a report.
        (
            "disclaims.txt",
            REPORT_1 + "\n\nThe board said the views expressed by its members were not its own.",
        ),
        # Exclamations inside quotations are someone's words, not the writer's voice.
        (
            "quoted.txt",
            REPORT_1.replace(
                "Mayor Elena Ruiz said", '"Enough!" Mayor Elena Ruiz said. "Enough!" She said'
            ),
        ),
    ],
)
def test_reports_are_not_opinion(make_folder, name, content):
    documents, _ = load_folder(make_folder({name: content}))
    assert documents[0].opinion is None


def test_a_column_gives_no_bullet_to_a_story_that_has_reports(make_folder):
    folder = make_folder(
        {
            "a-report.txt": REPORT_1,
            "b-report.txt": REPORT_2,
            "c-column.html": _column_page(OPINION_LD),
        }
    )
    briefing = build(folder, BuildOptions(words=150))
    assert len(briefing.stories) == 1, "the column is about the same event: one story"
    story = briefing.stories[0]
    column = next(d for d in briefing.sources if d.path.name == "c-column.html")
    assert column.id in story.sources
    assert story.claims and all(c.sentence.doc_id != column.id for c in story.claims)
    assert "snobs" not in story.title, "a report's headline, not the column's argument"
    markdown = render(briefing, "md")
    assert "Opinion:" not in markdown  # the story is news
    sources = markdown.split("## Sources")[1]
    assert sum(" · opinion" in line for line in sources.splitlines()) == 1
    data = json.loads(render(briefing, "json"))
    by_path = {s["path"].rsplit("/", 1)[-1]: s for s in data["sources"]}
    assert "opinion article" in by_path["c-column.html"]["opinion"]
    assert by_path["a-report.txt"]["opinion"] is None
    assert data["stories"][0]["opinion"] is False


def test_a_story_of_opinion_alone_is_marked_and_comes_after_the_news(make_folder):
    other_event = (
        "Ferry service to Marlow Island resumes\n\n"
        "The ferry between Penrith Quay and Marlow Island resumed on Wednesday after a three-week "
        "halt for repairs to its landing ramp, the operator Northway Ferries said. Sailings "
        "will run every two hours until the summer timetable starts in May, and fares stay "
        "at 12 pounds for a return ticket."
    )
    folder = make_folder({"a-column.html": _column_page(OPINION_LD), "b-ferry.txt": other_event})
    briefing = build(folder, BuildOptions(words=200))
    stories = [*briefing.stories, *briefing.also]
    assert stories[0].sources != (briefing.sources[0].id,), "news first"
    markdown = render(briefing, "md")
    text = render(briefing, "text")
    html = render(briefing, "html")
    for page in (markdown, text, html):
        assert "Opinion:" in page
        assert page.index("Ferry") < page.index("Opinion:")
    data = json.loads(render(briefing, "json"))
    marked = [s for s in [*data["stories"], *data["also"]] if s["opinion"]]
    assert len(marked) == 1 and marked[0]["sources"] == [briefing.sources[0].id]


# Three critics on one film, in plain text as a scrape saves them; the film and the names
# are made up. The first shows a fact box, the second closes on a grade, the third neither.
REVIEW_BOX = (
    "The Salt Orchard\n\n"
    "* * * (out of four)\n\n"
    "Director: Mara Quist\n\n"
    "Stars: Tomas Ekberg, Lena Holt, Ivo Marsh\n\n"
    "Running time: 1 hour, 52 minutes\n\n"
    "The Salt Orchard, Mara Quist's slow film about a family of apple growers on a drowning "
    "coast, asks a lot of patience and mostly earns it. Tomas Ekberg plays the father who will "
    "not sell the orchard as the sea creeps into its roots, and Lena Holt his daughter who wants "
    "to leave for the city.\n\n"
    "Quist shoots the orchard like a cathedral going under, and the last half hour, when the "
    "storm comes, is as good as anything on screen this year. The script is thinner: the "
    "daughter's city life is a sketch, and Ivo Marsh's land agent is a villain from a melodrama."
)
REVIEW_GRADE = (
    "Quist's drowning orchard is beautiful and a little dull\n\n"
    "There is a great short film inside The Salt Orchard, Mara Quist's drama about apple "
    "growers on a coast the sea is taking back. Tomas Ekberg, as the father who will not sell "
    "the orchard, gives the performance of his career, all silence and stubborn hands.\n\n"
    "But Quist stretches her story to nearly two hours, and Lena Holt, as the daughter who "
    "wants to leave for the city, has little to do but look out of windows. The storm at the "
    "end is worth the wait; the hour before it is not. B-"
)
REVIEW_BARE = (
    "The Salt Orchard is a film to drown in\n\n"
    "Mara Quist's The Salt Orchard is the most beautiful film about farming since anyone can "
    "remember, and Tomas Ekberg, as an apple grower who will not sell his orchard while the "
    "sea creeps into its roots, is unforgettable.\n\n"
    "Lena Holt plays his daughter, who wants to leave for the city, and the film's quarrel "
    "between them is its weakest part. The storm that ends it is a marvel of sound and water."
)
# A report on the film's release: it names the director and stars in its prose, and a
# readers' rating is one field, no fact box.
FILM_NEWS = (
    "Coastal drama opens in 400 cinemas\n\n"
    "The Salt Orchard, a drama directed by Mara Quist and starring Tomas Ekberg and Lena Holt, "
    "opened in 400 cinemas on Friday, its distributor Northlight Pictures said. The film was "
    "shot over two winters on the coast of Vendel, where the sea has flooded 30 farms since "
    "2010.\n\n"
    "Opens in a new window\n\n"
    "Rating: 4.2 of 5 from 310 readers"
)


@pytest.mark.parametrize(
    ("name", "content", "why"),
    [
        ("box.txt", REVIEW_BOX, "reads as a review (a rating)"),
        ("grade.txt", REVIEW_GRADE, "reads as a review (a grade closes it)"),
        # The fact box without the rating: two of its fields, in short lines.
        (
            "fields.txt",
            REVIEW_BOX.replace("* * * (out of four)\n\n", ""),
            "reads as a review (a fact box: cast, director, length)",
        ),
        # Or run into the paragraph that closes the review.
        (
            "credits.md",
            "# " + REVIEW_BARE + "\n\nWritten and directed by Mara Quist. Starring Tomas Ekberg "
            "and Lena Holt. (Rated PG. 112 minutes. Opening Friday.)",
            "a fact box: cast, director, length, rating, release",
        ),
    ],
)
def test_a_review_in_plain_text_is_told_by_its_rating_grade_or_fact_box(
    make_folder, name, content, why
):
    documents, _ = load_folder(make_folder({name: content}))
    assert why in (documents[0].opinion or "")


def test_a_report_on_a_film_is_no_review(make_folder):
    documents, _ = load_folder(make_folder({"news.txt": FILM_NEWS}))
    assert documents[0].opinion is None


def test_a_story_mostly_of_reviews_is_opinion_and_its_unmarked_review_no_news(make_folder):
    folder = make_folder({"a.txt": REVIEW_BOX, "b.txt": REVIEW_GRADE, "c.txt": REVIEW_BARE})
    documents, _ = load_folder(folder)
    assert [d.opinion is not None for d in documents] == [True, True, False]
    briefing = build(folder, BuildOptions(words=150))
    assert len(briefing.stories) == 1, "three reviews of one film: one story"
    markdown = render(briefing, "md")
    assert "Opinion:" in markdown
    assert json.loads(render(briefing, "json"))["stories"][0]["opinion"] is True
    # A report among one review and itself stays news: one review is no majority.
    folder = make_folder({"a.txt": REVIEW_BOX, "n.txt": FILM_NEWS})
    briefing = build(folder, BuildOptions(words=150))
    assert "Opinion:" not in render(briefing, "md")


def test_a_story_of_reports_comes_before_a_bigger_story_of_opinion(make_folder):
    folder = make_folder(
        {
            "a.txt": REVIEW_BOX,
            "b.txt": REVIEW_GRADE,
            "c.txt": REVIEW_BARE,
            "d-report.txt": REPORT_1,
            "e-report.txt": REPORT_2,
        }
    )
    briefing = build(folder, BuildOptions(words=250))
    assert len(briefing.stories) == 2
    news, reviews = briefing.stories
    assert len(news.sources) == 2 and len(reviews.sources) == 3, "two reports before three reviews"
    markdown = render(briefing, "md")
    assert markdown.index("cruise") < markdown.index("Opinion:")
