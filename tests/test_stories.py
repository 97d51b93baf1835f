"""A mixed folder: articles grouped into stories, ordered by coverage, one-offs under Also."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys

import numpy as np
from sklearn.feature_extraction.text import TfidfTransformer

from brief import BuildOptions, build, render
from brief.vectors import count_matrix, tfidf

BRIDGE = [
    "Harbour bridge reopens after repairs\n\n"
    "The harbour bridge reopened to traffic on Thursday after two years of repairs that"
    " cost the city 140 million dollars. Engineers replaced all 212 steel cables and"
    " resurfaced the deck. The mayor cut a ribbon at the northern end of the bridge before"
    " the first buses crossed. Cyclists will have a separate lane on the eastern side.",
    "Bridge open again\n\n"
    "The harbour bridge reopened to traffic on Thursday after two years of repairs. The"
    " repairs cost the city 140 million dollars, according to the transport department."
    " Engineers replaced all 212 steel cables of the bridge. Commuters said the crossing"
    " saved them half an hour each morning compared with the ferry.",
    "City celebrates bridge\n\n"
    "Crowds gathered as the harbour bridge reopened to traffic on Thursday. Engineers"
    " replaced all 212 steel cables and resurfaced the deck during the two years of"
    " repairs. The mayor thanked the engineers and the workers who rebuilt the bridge."
    " Tolls on the bridge will stay at two dollars until the end of the year.",
]
STORM = [
    "Storm cuts power to thousands\n\n"
    "A winter storm knocked out power to 80,000 homes across the northern valleys on"
    " Sunday night. Crews from three utilities worked through the snow to restore the"
    " lines. Schools in the valleys will stay closed on Monday, officials said. Wind"
    " gusts reached 120 kilometres an hour on the ridges.",
    "Thousands without electricity after winter storm\n\n"
    "About 80,000 homes in the northern valleys lost power when a winter storm hit on"
    " Sunday night. Utility crews worked through heavy snow to restore the power lines."
    " Officials said schools in the valleys will stay closed on Monday. Forecasters"
    " expect the snow to ease by Tuesday.",
]
MUSEUM = (
    "Museum shows medieval maps\n\n"
    "The national museum opened an exhibition of medieval maps drawn on vellum by monks"
    " in the twelfth century. The curator said several of the maps had never been shown"
    " in public before. The exhibition runs until March and entry is free on Sundays."
)


def mixed(make_folder):
    files = {f"bridge-{n}.txt": text for n, text in enumerate(BRIDGE)}
    files |= {f"storm-{n}.txt": text for n, text in enumerate(STORM)}
    files["museum.txt"] = MUSEUM
    return make_folder(files)


def titles_and_files(briefing):
    by_id = {d.id: d.path.name for d in briefing.sources}
    return [
        (story.title, sorted(by_id[i] for i in story.sources))
        for story in briefing.stories + briefing.also
    ]


def test_a_mixed_folder_is_grouped_into_its_events(make_folder):
    briefing = build(mixed(make_folder), BuildOptions())
    groups = [files for _, files in titles_and_files(briefing)]
    assert groups == [
        ["bridge-0.txt", "bridge-1.txt", "bridge-2.txt"],
        ["storm-0.txt", "storm-1.txt"],
        ["museum.txt"],
    ]
    # Widest coverage first; the one-source story is listed, not summarised.
    assert [s.reports for s in briefing.stories] == [3, 2]
    assert [s.title for s in briefing.also] == ["Museum shows medieval maps"]
    assert briefing.also[0].claims == ()
    # Each story cites only its own articles.
    for story in briefing.stories:
        for claim in story.claims:
            assert set(claim.sources) <= set(story.sources)


def test_max_stories_moves_the_rest_under_also(make_folder, runner):
    from brief.cli import app

    folder = mixed(make_folder)
    result = runner.invoke(app, ["build", str(folder), "--format", "json", "--max-stories", "1"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data["stories"]) == 1 and data["stories"][0]["reports"] == 3
    assert [len(s["sources"]) for s in data["also"]] == [2, 1]
    assert data["stats"]["stories"] == 3
    markdown = render(build(folder, BuildOptions(max_stories=1)), "md")
    assert "## Also" in markdown
    also = markdown.split("## Also")[1].split("## Sources")[0]
    assert re.search(
        r"^- (Storm cuts|Thousands without).* · 2 articles · `storm-0.txt`$", also, re.M
    )
    assert re.search(r"^- Museum shows medieval maps · 1 article · `museum.txt`$", also, re.M)


def test_max_stories_must_be_positive(make_folder, runner):
    from brief.cli import app

    result = runner.invoke(app, ["build", str(mixed(make_folder)), "--max-stories", "0"])
    assert result.exit_code == 2
    assert "--max-stories must be at least 1" in result.stderr


def test_only_single_source_stories_still_get_summaries(make_folder):
    folder = make_folder({"storm.txt": STORM[0], "museum.txt": MUSEUM})
    briefing = build(folder, BuildOptions())
    assert len(briefing.stories) == 2
    assert all(s.reports == 1 and s.claims for s in briefing.stories)


def test_a_wire_copy_is_cited_but_counted_once(make_folder):
    # The same wire story under a second name, with the agency's line added at the end.
    copy = STORM[0] + "\n\nCopyright the wire service."
    folder = make_folder({"a.txt": STORM[0], "b.txt": STORM[1], "c-copy.txt": copy})
    briefing = build(folder, BuildOptions())
    (story,) = briefing.stories
    assert story.reports == 2 and len(story.sources) == 3
    by_id = {d.id: d.path.name for d in briefing.sources}
    assert {by_id[c] for c, _ in briefing.copies} == {"c-copy.txt"}
    both = [c for c in story.claims if len(c.sources) == 3]
    assert both and all(c.reports == 2 for c in both)
    markdown = render(briefing, "md")
    assert "reported by 2 of 2 sources" in markdown
    assert "reported by 3 of" not in markdown
    assert "same report as 1" in markdown


def test_a_longer_version_of_a_report_is_counted_once(make_folder):
    # The same article run again a day later with as much again added: further from the
    # first than a copy, but every sentence of the first is in it, word for word.
    longer = STORM[0] + (
        "\n\nBy Monday evening, power had returned to all but 2,000 homes in the upper"
        " valleys. Engineers expect the last lines to be repaired by Wednesday. The"
        " ridge road remains closed to lorries after two fallen pines blocked it near the"
        " pass. Farmers in the upper valleys said hay deliveries for their cattle were"
        " held up for a second day. The regional council has opened two heated halls for"
        " residents without heating, and volunteers brought blankets to the older people"
        " of the hamlets above the ridge."
    )
    folder = make_folder({"a.txt": STORM[0], "b.txt": STORM[1], "c-longer.txt": longer})
    briefing = build(folder, BuildOptions())
    (story,) = briefing.stories
    by_id = {d.id: d.path.name for d in briefing.sources}
    assert story.reports == 2 and len(story.sources) == 3
    assert {by_id[c] for c, _ in briefing.copies} == {"c-longer.txt"}
    assert "reported by 3 of" not in render(briefing, "md")


def test_one_page_saved_under_several_names_is_one_report(make_folder):
    """Byte-identical files are one report, whatever their names, in the stories under
    "Also" too: their names (standing in for a missing headline) do not make them two."""
    page = (
        "Archive crawl\n\nThese captures keep each page as it was on the day it was saved."
        " Readers may browse them by date."
    )
    folder = make_folder({"x-first.txt": page, "y-second.txt": page, "z-third.txt": page})
    (folder / "museum.txt").write_text(MUSEUM)
    briefing = build(folder, BuildOptions())
    by_id = {d.id: d.path.name for d in briefing.sources}
    (archive,) = [s for s in briefing.stories + briefing.also if len(s.sources) == 3]
    assert archive.reports == 1
    assert sorted(by_id[c] for c, _ in briefing.copies) == ["y-second.txt", "z-third.txt"]


def test_untitled_articles_get_a_sentence_as_title(make_folder):
    bodies = [text.split("\n\n", 1)[1] for text in STORM]
    briefing = build(make_folder({"x1.txt": bodies[0], "x2.txt": bodies[1]}), BuildOptions())
    (story,) = briefing.stories
    assert story.title not in ("x1", "x2")
    assert story.title.endswith(".") and len(story.title.split()) >= 6
    assert story.title not in {c.text for c in story.claims}


def test_a_fact_an_earlier_story_told_is_not_told_again(make_folder):
    # A follow-up retells the first report's news as background: a briefing with both
    # stories says it once.
    more = (
        " Engineers found three substations flooded by melting snow on Monday morning."
        " The regional grid operator asked farms to run their generators until Wednesday."
        " Bus services between the valley towns were cancelled for a second day.",
        " A shelter for travellers stranded on the pass opened in the old school hall."
        " Hospitals in the valleys switched to their own power for most of the night."
        " Two ski lifts stopped with passengers aboard and were wound down by hand.",
    )
    storm = STORM[0].split("\n\n")[1] + more[0]
    again = "A winter storm knocked out power to 80,000 homes across the northern valleys."
    inquiry = [
        "The regional council opened an inquiry on Tuesday into how the power company"
        " readied its lines for winter. " + again + " Its report is due in the spring.",
        "Councillors voted on Tuesday to open an inquiry into the power company's winter"
        " readiness, two years after the outage. " + again + " Hearings start in March.",
    ]
    folder = make_folder(
        {
            "2024-01-08-a.txt": storm,
            "2024-01-08-b.txt": STORM[1].split("\n\n")[1] + more[1],
            "2026-01-20-c.txt": inquiry[0],
            "2026-01-20-d.txt": inquiry[1],
        }
    )
    for words in (100, 200):
        briefing = build(folder, BuildOptions(words=words))
        assert len(briefing.stories) == 2
        shown = [c.text for story in briefing.stories for c in story.claims]
        told = [t for t in shown if "80,000 homes" in t]
        assert len(told) == 1, told
        if words == 100:  # (at 200 the stories run out of sentences)
            # The words the repeat would have used go to what is new.
            used = sum(len(t.split()) for t in shown)
            assert used >= words - 12, (words, used)


def test_tfidf_matches_scikit_learn():
    term_lists = [["storm", "power", "power", "snow"], ["storm", "bridge"], ["museum"], []]
    counts, vocabulary = count_matrix(term_lists)
    for sublinear in (False, True):
        ours = tfidf(counts, sublinear=sublinear).toarray()
        theirs = TfidfTransformer(sublinear_tf=sublinear).fit_transform(counts).toarray()
        np.testing.assert_allclose(ours, theirs, rtol=1e-6, atol=1e-7)
    assert set(vocabulary) == {"storm", "power", "snow", "bridge", "museum"}


# Both runs print one time: the footer's minute could otherwise change between them.
AT = ["--date", "2026-11-20T06:55:00+00:00"]


def run_with_stderr(folder, out, stderr_fd):
    return subprocess.run(
        [sys.executable, "-m", "brief", "build", str(folder), "-o", str(out), *AT],
        stderr=stderr_fd,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "TERM": "xterm", "COLUMNS": "100"},
        timeout=120,
        check=False,
    )


def test_progress_bar_at_a_terminal_and_silence_under_cron(make_folder, tmp_path):
    folder = mixed(make_folder)
    # A real pseudo-terminal, as an interactive shell gives it.
    leader, follower = pty.openpty()
    result = run_with_stderr(folder, tmp_path / "a.md", follower)
    os.close(follower)
    drawn = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        drawn += chunk
    os.close(leader)
    assert result.returncode == 0
    assert b"Reading articles" in drawn or b"Summarising stories" in drawn
    # A pipe, as cron gives it: not one byte on stderr for a clean folder.
    piped = subprocess.run(
        [sys.executable, "-m", "brief", "build", str(folder), "-o", str(tmp_path / "b.md"), *AT],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert piped.returncode == 0 and piped.stderr == b""
    assert (tmp_path / "a.md").read_text() == (tmp_path / "b.md").read_text()


def test_one_offs_are_summarised_when_no_corroborated_story_can_be(make_folder):
    short = "The bridge opened today. Cars crossed it at noon. The mayor was there. It rained."
    folder = make_folder({"a.txt": short, "b.txt": short + " Crowds cheered.", "c.txt": MUSEUM})
    briefing = build(folder, BuildOptions())
    by_id = {d.id: d.path.name for d in briefing.sources}
    assert [[by_id[i] for i in s.sources] for s in briefing.stories] == [["c.txt"]]
    assert [sorted(by_id[i] for i in s.sources) for s in briefing.also] == [["a.txt", "b.txt"]]


def test_equal_coverage_puts_the_newest_story_first(make_folder):
    def dated(day: str, text: str) -> str:
        title, body = text.split("\n\n", 1)
        return f"---\ntitle: {title}\ndate: 2026-11-{day}\n---\n\n{body}\n"

    folder = make_folder(
        {
            "a-storm-0.md": dated("20", STORM[0]),
            "a-storm-1.md": dated("21", STORM[1]),
            "b-bridge-0.md": dated("22", BRIDGE[0]),
            "b-bridge-1.md": dated("22", BRIDGE[1]),
        }
    )
    briefing = build(folder, BuildOptions())
    assert [s.reports for s in briefing.stories] == [2, 2]
    assert "bridge" in briefing.stories[0].title.lower()  # 22 November before 21 November


def test_undated_one_offs_come_after_the_days_news_and_before_older_news(make_folder):
    def dated(day: str, text: str) -> str:
        title, body = text.split("\n\n", 1)
        return f"---\ntitle: {title}\ndate: 2026-11-{day}\n---\n\n{body}\n"

    title, body = MUSEUM.split("\n\n", 1)
    folder = make_folder(
        {
            "a-storm.md": dated("12", STORM[0]),  # ten days before the newest: old news
            "b-bridge.md": dated("21", BRIDGE[0]),  # the day before the newest: today's
            "c-museum.md": f"# {title}\n\n{body}\n",  # no date: maybe today's
            "d-orchestra.md": dated(
                "22",
                "Orchestra names conductor\n\nThe national orchestra named a new conductor"
                " on Monday, ending a search that lasted three seasons and drew candidates"
                " from eleven countries.",
            ),
        }
    )
    briefing = build(folder, BuildOptions(max_stories=1))
    by_id = {d.id: d.path.name for d in briefing.sources}
    order = [by_id[s.sources[0]] for s in (*briefing.stories, *briefing.also)]
    assert order == ["d-orchestra.md", "b-bridge.md", "c-museum.md", "a-storm.md"]


def test_every_format_lists_also_stories(make_folder):
    briefing = build(mixed(make_folder), BuildOptions(max_stories=1))
    html = render(briefing, "html")
    assert ">Also</h2>" in html and "Museum shows medieval maps" in html
    text = render(briefing, "text")
    assert "\nAlso\n----\n" in text and "* Museum shows medieval maps · 1 article" in text
    # Without a link, each line says which file to open (its sources are not numbered).
    assert "* Museum shows medieval maps · 1 article · museum.txt" in text
    assert "Museum shows medieval maps · 1 article · `museum.txt`" in render(briefing, "md")
    assert re.search(r"· 1 article · <span class=\"file\"[^>]*>museum.txt</span></span>", html)
    # The sources listed are those of the summarised story, numbered from 1.
    assert "[1]" in text and "[4]" not in text


def test_an_also_line_names_the_file_its_title_comes_from(make_folder):
    files = {f"bridge-{n}.txt": text for n, text in enumerate(BRIDGE)}
    files |= {"storm-a.txt": STORM[1], "storm-b.txt": STORM[0], "museum.txt": MUSEUM}
    folder = make_folder(files)
    briefing = build(folder, BuildOptions(max_stories=1))
    (storm,) = [s for s in briefing.also if len(s.sources) == 2]
    line = next(x for x in render(briefing, "md").splitlines() if storm.title in x)
    named = re.search(r"`([^`]+)`$", line)[1]
    opening = " ".join(storm.title.rstrip("…").split()[:5])
    assert opening in " ".join((folder / named).read_text().split())


def test_a_file_name_is_not_part_of_what_an_article_says(make_folder):
    """Two saves of one wire story without a headline, one with a blank line more: their
    names (which stand in for the missing headline) must not keep them apart as reports."""
    story = STORM[0].split("\n\n", 1)[1]
    folder = make_folder({"afp-0512.txt": story, "wire-copy-77.txt": story + "\n\n"})
    (folder / "museum.txt").write_text(MUSEUM)
    briefing = build(folder, BuildOptions())
    (storm,) = [s for s in briefing.stories + briefing.also if len(s.sources) == 2]
    assert storm.reports == 1 and len(briefing.copies) == 1


def test_a_paragraph_every_story_shares_is_furniture_not_news(make_folder):
    # A site's line on every page, in words no cleaning rule knows: within one story it
    # would be "reported by" each page; standing in two stories, it is no story's news.
    note = "The Valley Courier is free to read for everyone, every day, thanks to its readers."
    files = {f"bridge-{n}.txt": f"{text}\n\n{note}" for n, text in enumerate(BRIDGE)}
    files |= {f"storm-{n}.txt": f"{text}\n\n{note}" for n, text in enumerate(STORM)}
    for words in (100, 250):
        briefing = build(make_folder(files), BuildOptions(words=words))
        assert len(briefing.stories) == 2
        shown = [c.text for story in briefing.stories for c in story.claims]
        assert note not in shown and len(shown) >= 4


def test_words_a_story_leaves_unused_go_to_the_next(make_folder):
    # Three reports of one short fact lead, and their summary needs a third of its
    # share; the storm after it may use the rest instead of the briefing ending short.
    ferry = [
        "Island ferry cancelled\n\nThe island ferry was cancelled on Friday because of"
        " high winds in the northern strait, the operator said.",
        "No ferry on Friday\n\nHigh winds in the northern strait forced the operator to"
        " cancel the island ferry on Friday.",
        "Ferry stays in port\n\nThe operator cancelled Friday's island ferry as high winds"
        " swept the northern strait.",
    ]
    files = {f"ferry-{n}.txt": text for n, text in enumerate(ferry)}
    files |= {f"storm-{n}.txt": text for n, text in enumerate(STORM)}
    folder = make_folder(files)

    def words_shown(words):
        briefing = build(folder, BuildOptions(words=words))
        return [sum(len(c.text.split()) for c in s.claims) for s in briefing.stories]

    ferry_words, storm_words = words_shown(80)
    assert ferry_words < 80 // 3  # it needed far less than its share
    assert storm_words == words_shown(400)[1]  # the storm shows all it has


FERRY = [
    "Island ferry cancelled\n\nThe island ferry was cancelled on Friday because of high"
    " winds in the northern strait, the operator said.",
    "No ferry on Friday\n\nHigh winds in the northern strait forced the operator to cancel"
    " the island ferry on Friday.",
    "Ferry stays in port\n\nThe operator cancelled Friday's island ferry as high winds swept"
    " the northern strait.",
    "Strait closed to ferries\n\nThe northern strait was closed to the island ferry on Friday"
    " as high winds blew.",
]


def words_per_story(folder, **options):
    briefing = build(folder, BuildOptions(**options))
    return [sum(len(c.text.split()) for c in s.claims) for s in briefing.stories]


def test_words_the_last_story_leaves_go_to_the_stories_before(make_folder):
    # The last story has one short fact to tell: the words it cannot use would end the
    # briefing short, while the bridge story before it has more to say.
    files = {f"bridge-{n}.txt": text for n, text in enumerate(BRIDGE)}
    files |= {f"ferry-{n}.txt": text for n, text in enumerate(FERRY[:2])}
    folder = make_folder(files)
    bridge, ferry = words_per_story(folder, words=100)
    assert ferry < 25
    assert 90 <= bridge + ferry <= 100
    assert bridge > 100 - 40 - ferry  # more than its share


def test_a_short_story_leaves_room_for_the_next_one(make_folder):
    # At 79 words there is room for one story's minimum share; the ferry's one fact uses
    # a fifth of it, and the bridge, next in line, fits in the rest.
    files = {f"ferry-{n}.txt": text for n, text in enumerate(FERRY)}
    files |= {f"bridge-{n}.txt": text for n, text in enumerate(BRIDGE)}
    folder = make_folder(files)
    shown = words_per_story(folder, words=79)
    assert len(shown) == 2 and shown[0] < 25
    assert sum(shown) <= 79
    # ... but never more stories than asked for.
    assert len(words_per_story(folder, words=79, max_stories=1)) == 1
