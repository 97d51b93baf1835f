import json
import re
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest
from conftest import SEEDS

from brief import BuildOptions, build, render
from brief.dates import latest_mentioned
from brief.errors import UsageError
from brief.options import infer_format

NOW = datetime(2026, 11, 20, 6, 55, tzinfo=UTC)
HOSTILE = (
    'Police said the suspect wrote <script>alert("x")</script> on the wall of the station.\n'
    "The message {{ 7*7 }} and {% raw %} appeared beside a drawing <img src=x onerror=alert(1)>.\n"
)


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.fixture
def hostile_briefing(make_folder):
    return build(make_folder({"a.txt": HOSTILE, "b.txt": HOSTILE}), BuildOptions(now=NOW))


def test_html_escapes_document_text_and_has_no_script(hostile_briefing):
    html = render(hostile_briefing, "html")
    parser = Tags()
    parser.feed(html)
    names = [tag for tag, _ in parser.tags]
    assert "script" not in names and "img" not in names
    assert "&lt;script&gt;" in html
    assert "{{ 7*7 }}" in html and "49" not in html  # text is never evaluated as a template


def test_markdown_and_text_do_not_evaluate_document_text(hostile_briefing):
    for fmt in ("md", "text"):
        out = render(hostile_briefing, fmt)
        assert "{{ 7*7 }}" in out and "{% raw %}" in out


TWO_REPORTS = {
    "a.txt": "The harbour bridge reopened on Thursday after two years of repairs.\n"
    "Engineers replaced all 212 steel cables and resurfaced the whole deck.\n",
    "b.txt": "After two years of repairs, the harbour bridge reopened on Thursday.\n"
    "Cyclists will have a separate lane on the eastern side for the first time.\n",
}


def two_reports(make_folder):
    """A story of two reports telling one fact alike: 3 sentences, one carried by both."""
    return build(make_folder(TWO_REPORTS), BuildOptions(now=NOW))


def test_all_formats_carry_the_same_sentences(make_folder):
    briefing = two_reports(make_folder)
    sentences = [
        s["text"] for st in json.loads(render(briefing, "json"))["stories"] for s in st["sentences"]
    ]
    assert len(sentences) == 3
    md = render(briefing, "md")
    html = render(briefing, "html")
    text = " ".join(render(briefing, "text").split())
    for sentence in sentences:
        assert sentence in md and sentence in html and sentence in text
    assert "reported by 2 of 2 sources" in md
    assert re.search(r'href="#source-1"[^>]*>\[1\]</a> <a class="cite" href="#source-2"', html)


def test_only_corroboration_is_told(make_folder):
    """A sentence one source carries shows its citation only: "reported by 1 of 2" would
    tell the reader the other source did not report it, which brief cannot know (it may
    have said it in other words). Two sources or more are told, as before."""
    briefing = two_reports(make_folder)
    for fmt in ("md", "html", "text"):
        out = " ".join(render(briefing, fmt).split())
        assert "reported by 2 of 2 sources" in out, fmt
        assert "reported by 1 of" not in out, fmt
        assert "Engineers replaced all 212 steel cables" in out
    (story,) = json.loads(render(briefing, "json"))["stories"]
    assert sorted(s["reports"] for s in story["sentences"]) == [1, 1, 2]


def test_a_one_source_story_says_nothing_about_corroboration(make_folder):
    # "reported by 1 of 1 sources" on every line tells the reader nothing: it is left out,
    # while the citation number (and the JSON figures) stay.
    folder = make_folder(
        {
            "a.txt": "The harbour bridge reopened on Thursday after two years of repairs.\n"
            "Engineers replaced all 212 steel cables and resurfaced the whole deck.\n"
        }
    )
    briefing = build(folder, BuildOptions(now=NOW))
    for fmt in ("md", "html", "text"):
        out = render(briefing, fmt)
        assert "Engineers replaced all 212 steel cables" in out
        assert "[1]" in out
        assert "reported by" not in out, fmt
    (story,) = json.loads(render(briefing, "json"))["stories"]
    assert {s["reports"] for s in story["sentences"]} == {1}


def test_json_contract_fields(make_folder):
    folder = make_folder(
        {
            "a.md": "---\ntitle: T\nurl: https://x.example/a\n---\n"
            "The harbour bridge reopened on Thursday after two long years of repairs.\n"
        }
    )
    data = json.loads(render(build(folder, BuildOptions(now=NOW)), "json"))
    assert data["generated"] == "2026-11-20T06:55:00+00:00"
    (source,) = data["sources"]
    assert set(source) >= {"id", "path", "title", "publisher", "url", "date"}
    assert source["url"] == "https://x.example/a"
    (story,) = data["stories"]
    assert story["sources"] == [source["id"]]
    (sentence,) = story["sentences"]
    assert sentence["sources"] == [source["id"]] and isinstance(sentence["score"], float)
    assert set(data["stats"]) >= {"words", "sentences", "flesch_reading_ease"}


def test_user_templates_override_and_extend_the_builtins(make_folder, tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "briefing.html.j2").write_text(
        '{% extends "default/briefing.html.j2" %}'
        "{% block footer %}<p>Custom footer</p>{% endblock %}"
    )
    (templates / "briefing.md.j2").write_text(
        "{{ stories|length }} story: {{ stories[0].title }}\n"
    )
    folder = make_folder(
        {"a.txt": "Bridge reopens\nThe harbour bridge reopened on Thursday after a long repair.\n"}
    )
    briefing = build(folder, BuildOptions(now=NOW))
    html = render(briefing, "html", templates)
    assert "<p>Custom footer</p>" in html and "The harbour bridge reopened" in html
    assert render(briefing, "md", templates) == "1 story: Bridge reopens\n"


def test_broken_user_template_is_a_usage_error(make_folder, tmp_path):
    (tmp_path / "briefing.md.j2").write_text("{% for %}")
    briefing = build(
        make_folder({"a.txt": "The bridge reopened on Thursday after two long years of work.\n"}),
        BuildOptions(now=NOW),
    )
    with pytest.raises(UsageError, match="template error"):
        render(briefing, "md", tmp_path)


def test_format_inference():
    assert infer_format("out/b.html", None) == "html"
    assert infer_format("b.MD", None) == "md"
    assert infer_format(None, None) == "md"
    assert infer_format("b.html", "json") == "json"
    with pytest.raises(UsageError, match="cannot tell the format"):
        infer_format("b.docx", None)


def test_a_format_may_be_asked_for_by_its_extensions_name():
    assert infer_format(None, "markdown") == "md"
    assert infer_format("-", "txt") == "text"
    assert infer_format("b.json", "HTM") == "html"
    with pytest.raises(UsageError, match="unknown format 'docx'"):
        infer_format(None, "docx")


def test_the_html_declares_its_charset_where_a_browser_looks_for_it():
    """HTML's prescan reads only the first 1,024 bytes for the charset: a saved or
    attached briefing must declare UTF-8 there, whatever the inlined styles put first."""
    html = render(build(SEEDS), "html").encode("utf-8")
    assert html.find(b'<meta charset="utf-8">') in range(0, 1024 - 22)
    assert html.count(b"<meta charset") == 1


def test_the_text_briefing_keeps_to_72_columns_headings_too(make_folder):
    headline = (
        "# Harbour bridge reopens to traffic after two years of repairs that cost the city"
        " 140 million dollars\n\n"
    )
    body = (
        "The harbour bridge reopened to traffic on Thursday after two years of repairs."
        " Engineers replaced all 212 steel cables and resurfaced the whole deck.\n"
    )
    text = render(build(make_folder({"bridge.md": headline + body}), BuildOptions(now=NOW)), "text")
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 72
    heading = lines.index(next(line for line in lines if line.startswith("Harbour bridge")))
    assert set(lines[heading + 2]) == {"-"}  # the underline, under the heading's two lines


def test_the_sources_list_shows_headlines_without_their_site(make_folder):
    page = (
        "# Harbour bridge reopens after two years of repairs - The Harbour Times\n\n"
        "The harbour bridge reopened to traffic on Thursday after two years of repairs."
        " Engineers replaced all 212 steel cables and resurfaced the whole deck.\n"
    )
    md = render(build(make_folder({"bridge.md": page}), BuildOptions(now=NOW)), "md")
    sources = md.split("## Sources")[1]
    assert "1. Harbour bridge reopens after two years of repairs · " in sources
    assert "The Harbour Times" not in sources


def test_a_source_with_a_link_is_listed_by_its_link_alone_in_every_format(make_folder):
    # The HTML listed a saved page's file name ("Harbour bridge reopens _ The Harbour
    # Times.html") after its linked headline, the headline twice over; Markdown and text
    # give the link or the file. A source with no address still names its file.
    page = (
        '<html><head><title>Harbour bridge reopens</title><link rel="canonical"'
        ' href="https://harbour.example/bridge"></head><body><article><h1>Harbour bridge'
        " reopens</h1><p>The harbour bridge reopened to traffic on Thursday after two years"
        " of repairs, the council said.</p><p>Engineers replaced all 212 steel cables and"
        " resurfaced the whole deck.</p></article></body></html>"
    )
    clipping = (
        "The harbour bridge reopened to traffic on Thursday after two years of repairs.\n"
        "Cyclists will have a lane of their own on the eastern side for the first time.\n"
    )
    saved = "Harbour bridge reopens _ The Harbour Times.html"
    briefing = build(make_folder({saved: page, "clip.txt": clipping}), BuildOptions(now=NOW))
    html = render(briefing, "html")
    items = re.findall(r'<li id="source-\d+".*?</li>', html, re.DOTALL)
    (linked,) = [item for item in items if "https://harbour.example/bridge" in item]
    (unlinked,) = [item for item in items if "harbour.example" not in item]
    assert "_ The Harbour Times.html" not in linked and "clip.txt" in unlinked
    for fmt in ("md", "text"):
        out = render(briefing, fmt)
        assert "_ The Harbour Times.html" not in out.split("Sources")[-1] and "clip.txt" in out


def test_an_also_line_names_up_to_three_outlets_the_shown_articles_first(make_folder):
    # "Police renew appeal … · 4 articles (Cumbria Daily Post, West Coast Voice) · `clip
    # courier thu …`": the line named the outlets of its first three articles, two, and
    # not the Courier's, whose file it showed.
    bridge = TWO_REPORTS["a.txt"] + "The work cost 19 million dollars and took two years.\n"
    outlets = ["Harbour Post", "Harbour Post", "Bay Radio", "The Quay Courier"]
    files = {f"{k}.md": f"---\npublisher: {o}\n---\n\n{bridge}" for k, o in enumerate(outlets)}
    # A story of two reports, summarised; the bridge's copies go under Also.
    files["a.txt"] = (
        "The city museum opened a new wing of medieval maps on Saturday, its director said.\n"
        "The maps were lent by a private collector and will stay on show for a year.\n"
    )
    files["b.txt"] = (
        "A new wing of medieval maps opened at the city museum on Saturday.\n"
        "Visitors queued for an hour to see the oldest map, drawn in 1290.\n"
    )
    briefing = build(make_folder(files), BuildOptions(now=NOW, max_stories=1))
    shown = render(briefing, "md").split("## Also")[1]
    # (The line shows 0.md, whose lead titles it: its outlet first.)
    assert " · 4 articles (Harbour Post, Bay Radio, The Quay Courier) · `0.md`" in shown


def test_a_clipping_named_for_its_headline_keeps_it(make_folder):
    # A web clipper names the file for the headline it writes in the front matter: the
    # title was read as the file's name, so as no headline, and the story was titled and
    # the source listed by a sentence.
    headline = "Harbour bridge reopens after two years of repairs"
    clipping = f"---\ntitle: {headline}\nsite_name: The Harbour Times\n---\n\n"
    folder = make_folder(
        {f"{headline}.md": clipping + TWO_REPORTS["a.txt"], "b.txt": TWO_REPORTS["b.txt"]}
    )
    briefing = build(folder, BuildOptions(now=NOW))
    assert [s.title for s in briefing.stories] == [headline]
    sources = render(briefing, "md").split("## Sources")[1]
    assert f"1. {headline} · The Harbour Times" in sources


def test_a_local_papers_opening_word_in_capitals_is_shown_as_a_word(make_folder):
    # "POLICE investigating a crash …": a weekly's print style, shouting in a bullet.
    # Initials stay as they are.
    paper = (
        "POLICE investigating a crash which closed the harbour road for nine hours have"
        " renewed their appeal for dashcam footage.\n\n"
        "NHS staff at the harbour clinic treated two people for minor injuries.\n"
    )
    briefing = build(make_folder({"a.txt": paper}), BuildOptions(now=NOW))
    for fmt in ("md", "text", "html"):
        out = " ".join(render(briefing, fmt).split())
        assert "Police investigating a crash" in out and "POLICE" not in out, fmt
        assert "NHS staff at the harbour clinic" in out, fmt
    assert "POLICE investigating" in render(briefing, "json")  # as written


def test_a_source_without_a_headline_is_listed_by_its_opening(make_folder):
    # A radio station's copy of its newscast: it was listed as "clip-122 · Ridgeline Radio
    # 98.3 · `clip-122.txt`", and its stamp ("Wed., Nov. 25, 2026 -- 6:30 a.m.", whose
    # "a.m." ends no sentence) was read as its first paragraph.
    script = (
        "RIDGELINE RADIO 98.3 -- LOCAL NEWS\nWed., Nov. 25, 2026 -- 6:30 a.m.\n\n"
        "The harbour bridge reopened to traffic on Thursday after two years of repairs.\n\n"
        "Engineers replaced all 212 steel cables and resurfaced the whole deck.\n"
    )
    briefing = build(make_folder({"clip-122.txt": script}), BuildOptions(now=NOW))
    (document,) = briefing.sources
    assert document.paragraphs[0].startswith("The harbour bridge reopened")
    sources = render(briefing, "md").split("## Sources")[1]
    assert (
        # (Without its weekday, as a title: the date beside it says the day.)
        "1. The harbour bridge reopened to traffic after two years of repairs."
        " · Ridgeline Radio 98.3 · 2026-11-25 · `clip-122.txt`"
    ) in sources
    # The JSON keeps the title as read.
    assert json.loads(render(briefing, "json"))["sources"][0]["title"] == "clip-122"


def test_wire_copy_quotation_marks_are_shown_as_a_page_shows_them(make_folder):
    # Older newswire writes ``…'' for quotation marks; a reader should see “…”, and a
    # stray space inside a mark (`named " Heron"`) closed up. The JSON
    # keeps the sentence as the source wrote it.
    wire = (
        "HARBOURTON (AP) -- The mayor called the new ferry ``the best thing to happen to"
        " this town in fifty years'' on Thursday after its first crossing.\n"
        "The ferry carries up to 300 passengers and 40 cars on each of its crossings.\n"
        'The ferry, named " Heron" after the birds of the bay, was built at the north quay.\n'
        "Harbourton crews _ ten sailors from the town _ trained for a month on the old ferry.\n"
        "The Harbourton Courier (http://hb.ly/x1 ) reported that 300 people came to watch.\n"
    )
    briefing = build(make_folder({"a.txt": wire, "b.txt": wire}), BuildOptions(now=NOW))
    quoted = "“the best thing to happen to this town in fifty years”"
    for fmt in ("md", "text", "html"):
        out = " ".join(render(briefing, fmt).split())
        assert quoted in out and "``" not in out, fmt
    # A space typed inside an opening mark is closed up too, and the wire's "_" is a dash.
    for fmt in ("md", "text"):
        assert 'named "Heron" after' in render(briefing, fmt), fmt
        assert "crews — ten sailors from the town — trained" in render(briefing, fmt), fmt
        assert "The Harbourton Courier reported that 300" in render(briefing, fmt), fmt
    shown = [c.text for c in briefing.stories[0].claims]
    assert "``the best thing" in render(briefing, "json")
    assert any('named " Heron"' in text for text in shown)  # the JSON keeps it as written


def test_an_old_story_says_when_it_was_reported(make_folder):
    # "Tomorrow" in a story from years ago must not read as this week's news: the story
    # says when its sources were published; today's news needs no such line.
    folder = make_folder(
        {
            "2025-03-03-harbour.txt": TWO_REPORTS["a.txt"],
            "2025-03-04-bridge.txt": TWO_REPORTS["b.txt"],
        }
    )
    later = build(folder, BuildOptions(now=NOW))
    for fmt in ("md", "text", "html"):
        assert "Reported 3–4 March 2025" in render(later, fmt), fmt
    same_week = build(folder, BuildOptions(now=datetime(2025, 3, 5, 7, 0, tzinfo=UTC)))
    # (no story's "Reported 3–4 March" line; a bullet's own day is "Reported Monday …")
    assert not re.search(r"Reported \d", render(same_week, "md"))
    # When some sources carry no date, the dates are only a clue: the line says so.
    third = TWO_REPORTS["b.txt"].replace("on Thursday", "on Thursday, officials said")
    folder = make_folder({**{p.name: p.read_text() for p in folder.iterdir()}, "c.txt": third})
    some = render(build(folder, BuildOptions(now=NOW)), "md")
    assert "Reported 3–4 March 2025 (2 of 3 sources dated)" in some


def test_the_page_names_the_files_it_could_not_read(make_folder):
    # Warnings go to the terminal, which cron mails apart if at all: the reader of the
    # page should know a file was left out, and why.
    folder = make_folder({**TWO_REPORTS, "empty.txt": "", "menu.txt": "Home\nNews\nSport\n"})
    (folder / "scan.txt").write_bytes(b"\x00\x01\x02\xff" * 64)
    briefing = build(folder, BuildOptions(now=NOW))
    for fmt in ("md", "text", "html"):
        out = render(briefing, fmt)
        line = next(x for x in out.splitlines() if "Left out:" in x)
        for name in ("empty.txt", "menu.txt", "scan.txt"):
            assert name in line, (fmt, line)
        assert "a.txt" not in line and "binary data" in line, fmt
    clean = build(make_folder(TWO_REPORTS), BuildOptions(now=NOW))
    assert all("Left out" not in render(clean, fmt) for fmt in ("md", "text", "html"))
    # A page read whole with no headline and no news sentence is no story to list under
    # "Also" either: it is named there too (the JSON still lists it, as every story).
    widgets = (
        "weather forecast and tide tables for the harbour this week and the next week with the"
        " times of every ferry and bus in the town and the villages around it all summer long\n"
    )
    briefing = build(make_folder({**TWO_REPORTS, "widgets.txt": widgets}), BuildOptions(now=NOW))
    assert [s.title for s in briefing.also] == ["A page with no headline and no news sentence"]
    out = render(briefing, "md")
    assert "## Also" not in out
    assert "`widgets.txt` (read, but no headline and no news sentence)" in out
    # The JSON says so too, beside the story it keeps (a reader of the JSON compared the
    # two and found it listed as news there).
    (listed,) = json.loads(render(briefing, "json"))["also"]
    assert listed["left_out"] == "read, but no headline and no news sentence"


def test_the_header_says_how_many_articles_were_read_and_how_many_are_cited(make_folder):
    # "2 sources of 25 articles read" read as if only 2 articles had been read.
    files = dict(TWO_REPORTS)
    files["museum.txt"] = (
        "The national museum opened an exhibition of medieval maps drawn by monks in the"
        " twelfth century. The curator said several maps had never been shown before.\n"
    )
    briefing = build(make_folder(files), BuildOptions(now=NOW))
    assert len(briefing.sources) == 3
    for fmt in ("md", "text", "html"):
        assert "3 articles read, 2 in the stories below" in render(briefing, fmt), fmt
    alone = build(make_folder(TWO_REPORTS), BuildOptions(now=NOW))
    for fmt in ("md", "text", "html"):
        out = render(alone, fmt)
        assert "2 sources" in out and "articles read" not in out, fmt


def test_here_in_a_sentence_whose_dateline_was_trimmed_says_where(make_folder):
    # "Delegates said here on Monday …": the dateline that said where was trimmed from the
    # sentence, and after another story's bullet "here" reads as that story's place.
    text = (
        "PORT ELLEN, Islay (AP) -- Harbour delegates agreed here on Monday to build a new"
        " ferry pier for 40 million pounds by 2030.\n"
        "The pier will take ferries of up to 120 metres, the harbour trust said on Monday.\n"
    )
    briefing = build(make_folder({"a.txt": text, "b.txt": text}), BuildOptions(now=NOW))
    for fmt in ("md", "text", "html"):
        assert "agreed here [Port Ellen, Islay] on Monday" in render(briefing, fmt), fmt
    shown = [c.text for c in briefing.stories[0].claims]
    assert any("agreed here on Monday" in t for t in shown)  # the JSON keeps it as written


def test_a_title_that_names_no_place_says_where_its_report_was_filed(make_folder):
    # A wire report's lead leaves where to its dateline, which the title loses; a one-off
    # item under "Also" then said nowhere.
    wire = (
        "KESSING, Valdoria (AP) -- The number of ferry crossings on the lake fell by half"
        " last winter after two of the four boats failed their safety checks.\n"
        "The ferry trust said the boats would be repaired by the spring.\n"
    )
    placed = (
        "NEW YORK (AP) -- A museum in Canada opened an exhibition of medieval maps drawn by"
        " monks in the twelfth century.\n"
    )
    editors = (
        "UNDATED -- Astronomers have found a comet that will pass within 40 million"
        " kilometres of the Earth next spring.\n"
    )
    # A word of the dateline cut short is written as running text writes it too.
    saint = (
        "ST. QUISTORP, Norland (AP) -- The oldest of the town's three bakeries closed its"
        " doors after 212 years because no heir wanted to take it over.\n"
    )
    # And a name with an apostrophe: "TOBIN'S" was left in capitals, and then not found
    # in a title that names "Tobin's Gap".
    cross = (
        "O'NEILL'S CROSS, Norland (AP) -- The village shop reopened under community ownership"
        " after a year of fundraising by its 400 residents.\n"
    )
    files = TWO_REPORTS | {
        "wire.txt": wire,
        "placed.txt": placed,
        "editors.txt": editors,
        "saint.txt": saint,
        "cross.txt": cross,
    }
    briefing = build(make_folder(files), BuildOptions(now=NOW))
    out = render(briefing, "md")
    assert "- Kessing, Valdoria — The number of ferry crossings" in out
    assert "- St. Quistorp, Norland — The oldest of the town's three bakeries" in out
    assert "- O'Neill's Cross, Norland — The village shop reopened" in out
    # A title that names a place, or a dateline that names none, is left as it is.
    assert "- A museum in Canada opened" in out
    assert "- Astronomers have found a comet" in out and "Undated —" not in out
    # The JSON keeps the title as written.
    assert all(" — " not in story.title for story in briefing.also)


def test_a_title_that_names_the_little_known_place_of_its_event_needs_no_dateline(make_folder):
    # A town the gazetteer does not know, which its article puts the event in: "Halvard
    # Springs — North Averill residents file appeal" put the appeal in the station's town.
    filed = (
        "OSKBY FALLS, Norland (AP) -- Residents of Marrowfen have asked a court to stop the"
        " wind farm planned on the moor near Marrowfen, their lawyer said on Friday.\n"
        "About sixty households have paid into a fund for the case, the lawyer said.\n"
    )
    briefing = build(make_folder(TWO_REPORTS | {"filed.txt": filed}), BuildOptions(now=NOW))
    out = render(briefing, "md")
    assert "- Residents of Marrowfen have asked a court" in out
    assert "Oskby Falls —" not in out


def test_a_headline_that_names_its_county_needs_no_dateline(make_folder):
    # "Halvard Springs — Winter Weather Advisory for Corliss County Friday night" put the
    # county's advisory in the station's town.
    filed = (
        "OSKBY FALLS, Norland (AP) -- A winter weather advisory is in effect for all of"
        " Marrowfen County from 6 p.m. Friday, forecasters said.\n"
        "Up to four inches of snow could fall on the county's higher roads overnight.\n"
    )
    title = "Winter weather advisory for Marrowfen County Friday night"
    out = render(build(make_folder(TWO_REPORTS | {"filed.txt": f"{title}\n\n{filed}"})), "md")
    assert f"- {title} · 1 article" in out
    # A lead with no headline leaves the state to its dateline, which still says it.
    out = render(build(make_folder(TWO_REPORTS | {"filed.txt": filed})), "md")
    assert "- Oskby Falls, Norland — A winter weather advisory is in effect" in out


def test_a_bullet_that_says_today_or_tuesday_says_which_day_its_source_wrote_it(make_folder):
    # In a story reported over several days, "decided on Tuesday" or "reported today"
    # cannot be placed: the bullet says the day its source was written ("Tuesday 4 March —
    # …"), a fact, where working out which Tuesday was meant would be a guess.
    folder = make_folder(
        {
            "2025-03-03-harbour.txt": TWO_REPORTS["a.txt"],
            "2025-03-04-bridge.txt": TWO_REPORTS["b.txt"].replace(
                "Cyclists will", "The city council said today that cyclists will"
            ),
        }
    )
    briefing = build(folder, BuildOptions(now=NOW))
    for fmt in ("md", "text", "html"):
        out = " ".join(render(briefing, fmt).split())
        # (With its year: the briefing is of 2026, the story of 2025.)
        # (And the day "today" meant, after it: read days later, it was taken for the
        # briefing's.)
        assert "Tuesday 4 March 2025 — The city council said today [Tuesday] that" in out, fmt
        assert "Monday 3 March 2025 — The harbour bridge reopened on Thursday" in out, fmt
        # A sentence with no such word needs no day.
        assert "— Engineers replaced" not in out and "Engineers replaced all 212" in out, fmt
    assert "The city council said today" in render(briefing, "json")  # as written
    assert "4 March —" not in render(briefing, "json")
    # A story of one day says that day above its bullets: no bullet repeats it.
    one_day = make_folder(
        {name.replace("03-03", "03-04"): p.read_text() for name, p in _files(folder).items()}
    )
    out = render(build(one_day, BuildOptions(now=NOW)), "md")
    assert "Reported 4 March 2025" in out and "4 March —" not in out
    # Today's news: "today" in yesterday's report is yesterday, and the page says so; in
    # today's report it needs nothing.
    out = render(build(folder, BuildOptions(now=datetime(2025, 3, 4, 7, 0, tzinfo=UTC))), "md")
    assert not re.search(r"Reported \d", out)
    assert "Reported Monday 3 March — The harbour bridge" in out and "4 March —" not in out


@pytest.mark.parametrize(
    "words",
    [
        "Fire crews spent the morning fighting a blaze at the harbour bridge's old toll house.",
        "Fire crews fought a blaze overnight at the harbour bridge's old toll house.",
    ],
)
def test_yesterdays_morning_in_todays_briefing_says_its_day(make_folder, words):
    # "Fire crews spent the morning battling a huge blaze", Thursday's, was read as
    # Friday morning's in Friday's briefing: a story of yesterday has no date line.
    folder = make_folder(
        {
            "2025-03-03-harbour.txt": TWO_REPORTS["a.txt"] + words + "\n",
            "2025-03-03-bridge.txt": TWO_REPORTS["b.txt"] + words + "\n",
        }
    )
    out = render(build(folder, BuildOptions(now=datetime(2025, 3, 4, 7, 0, tzinfo=UTC))), "md")
    assert f"- Reported Monday 3 March — {words}" in out
    assert "- Engineers replaced" in out  # no such word: no day


def test_a_day_a_bullet_counts_from_its_reports_day_is_named(make_folder):
    # "Tuesday 4 March — The city council said yesterday …" was read as Tuesday: the
    # day it counts is named after it, in brackets; the JSON keeps the words as written.
    folder = make_folder(
        {
            "2025-03-03-harbour.txt": TWO_REPORTS["a.txt"],
            "2025-03-04-bridge.txt": TWO_REPORTS["b.txt"].replace(
                "Cyclists will", "The city council said yesterday that cyclists will"
            ),
        }
    )
    briefing = build(folder, BuildOptions(now=NOW))
    for fmt in ("md", "text", "html"):
        out = " ".join(render(briefing, fmt).split())
        assert "Tuesday 4 March 2025 — The city council said yesterday [Monday] that" in out, fmt
    assert "The city council said yesterday that cyclists" in render(briefing, "json")
    # Read the next morning, a day it counts to that is the briefing's is "today".
    tomorrow = make_folder(
        {
            "2025-03-03-harbour.txt": TWO_REPORTS["a.txt"],
            "2025-03-04-bridge.txt": TWO_REPORTS["b.txt"].replace(
                "Cyclists will", "The city council said that from tomorrow cyclists will"
            ),
        }
    )
    out = render(build(tomorrow, BuildOptions(now=datetime(2025, 3, 5, 7, 0, tzinfo=UTC))), "md")
    assert "from tomorrow [today] cyclists" in " ".join(out.split())
    # The report's own day named so ("this morning", "tonight"), under its label days
    # later, was read as the briefing's (a reader of four counties, twice: "agreed this
    # morning to launch a consultation", "burst its banks in the early hours of this
    # morning").
    this_morning = make_folder(
        {
            "2025-03-03-harbour.txt": TWO_REPORTS["a.txt"],
            "2025-03-04-bridge.txt": TWO_REPORTS["b.txt"].replace(
                "Cyclists will", "The city council agreed this morning that cyclists will"
            ),
        }
    )
    out = render(build(this_morning, BuildOptions(now=NOW)), "md")
    assert "agreed this morning [Tuesday] that cyclists" in " ".join(out.split())


def test_a_story_of_several_days_says_where_each_days_bullets_begin(make_folder):
    # A reading found a story of 7 to 18 March told in order with only the bullets that
    # said "Tuesday" dated: "polls put his lead at 20 points" between two bullets of a
    # later day could not be placed. The first bullet of each day's run says its day.
    lead = (
        "The Talbrook harbour bridge will reopen to traffic after two years of repairs, the"
        " county roads department said.\n\n"
    )
    folder = make_folder(
        {
            "2025-03-03-harbour.txt": lead
            + "Engineers replaced all 212 steel cables and resurfaced the whole deck.\n\n"
            "The repairs cost the county 41 million pounds, twice the first estimate.\n",
            "2025-03-10-harbour.txt": lead
            + "Thousands of people walked across the bridge as the county band played.\n\n"
            "The mayor of Talbrook cut the ribbon on Monday as the first cyclists crossed.\n\n"
            "Cyclists will have a separate lane on the eastern side for the first time.\n",
        }
    )
    out = render(build(folder, BuildOptions(now=NOW)), "md")
    bullets = [line for line in out.splitlines() if line.startswith("- ")]
    # A day of another year than the briefing's says its year: "Saturday 18 March" under
    # a story of 2000 was read as this March.
    assert [b.split(" — ")[0] for b in bullets if " — " in b] == [
        "- Reported Monday 3 March 2025",
        "- Reported Monday 10 March 2025",
    ]
    assert bullets[0].startswith("- Reported Monday 3 March 2025 — The Talbrook harbour bridge")
    assert bullets[3].startswith("- Reported Monday 10 March 2025 — Thousands of people")
    # "on Monday" in a run that said its Monday already needs it no more.
    assert bullets[4].startswith("- The mayor of Talbrook cut the ribbon on Monday")
    assert "10 March —" not in render(build(folder, BuildOptions(now=NOW)), "json")
    # Today's news says the days before yesterday; today's and yesterday's need no date.
    today = build(folder, BuildOptions(now=datetime(2025, 3, 10, 7, 0, tzinfo=UTC)))
    out = render(today, "md")
    assert "Monday 3 March — The Talbrook" in out and "10 March —" not in out
    today = build(folder, BuildOptions(now=datetime(2025, 3, 11, 7, 0, tzinfo=UTC)))
    out = render(today, "md")
    assert "Monday 3 March — The Talbrook" in out and "10 March — Thousands" not in out
    assert "Monday 10 March — The mayor of Talbrook cut the ribbon on Monday" in out


def test_after_a_developing_storys_newest_news_yesterdays_bullets_say_their_day():
    from datetime import date

    from brief.rendering import said_days

    # A story opens on its newest report (brief.developing). Yesterday's report after it
    # said no day in today's news: "The search is continuing for the skipper" under "The
    # body of the skipper has been recovered" read as the news.
    today, yesterday = date(2026, 11, 27), date(2026, 11, 26)
    texts = [
        "The body of the skipper of the trawler has been recovered.",
        "The search is continuing for the boat's skipper.",
        "Lifeboats from two harbours joined the search.",
    ]
    told = [today, yesterday, yesterday]
    assert said_days(texts, told, told, today) == [None, yesterday, None]
    # Told in the order it happened, yesterday's report of this morning's story needs none.
    assert said_days(texts[::-1], told[::-1], told[::-1], today) == [None, None, None]


def test_a_days_label_skips_a_bullet_that_gives_its_own_time():
    from datetime import date

    from brief.rendering import said_days

    # A blind reading took "Monday 14 August — The ferry was built in 1995." and "… resumed
    # a day after the fire" for those days' events: the run's next bullet says its day.
    first, later = date(2025, 8, 10), date(2025, 8, 14)
    texts = [
        "The harbour ferry caught fire on Sunday off Kessing.",
        "The ferry was built in 1995 for the island route.",
        "Crews rebuilt the engine room over four days.",
        "The island route resumed two days after the fire.",
        "Engineers said the ferry was safe.",
    ]
    told = [first, later, later, first, first]
    assert said_days(texts, told, told, None) == [first, None, later, None, first]
    # A day it happened on is its own time; a date it only names ("the August 12 vote") is
    # not, and the bullet says its report's day.
    texts = [
        "The harbour ferry caught fire off Kessing.",
        "The ferry sank on August 12 off Kessing.",
        "Divers reached the wreck of the ferry.",
    ]
    assert said_days(texts, [first, later, later], [first, later, later], None) == [
        first,
        None,
        later,
    ]
    texts[1] = "The board will study the ferry before the August 20 vote."
    assert said_days(texts, [first, later, later], [first, later, later], None) == [
        first,
        later,
        None,
    ]


def test_a_state_an_older_story_gives_says_its_day():
    from datetime import date

    from brief.rendering import said_days

    # Thursday's fire, briefed on Saturday: "Eastgate Road is closed between the ring road
    # roundabout and Cobb Lane" and "The fire service is still advising people … to keep
    # windows closed" were read as so on Saturday (a reader of four counties), under a
    # story dated Thursday. What was so then says its day; what happened does not.
    thursday, saturday = date(2026, 11, 26), date(2026, 11, 28)
    texts = [
        "Fire crews battled a huge blaze at a warehouse on the Eastgate estate.",
        "The fire service is still advising people in Eastgate to keep windows closed.",
        "Eastgate Road is closed between the ring road roundabout and Cobb Lane.",
    ]
    days = [thursday] * 3
    assert said_days(texts, days, days, thursday, saturday) == [None, thursday, None]
    # Yesterday's report of a state needs no day in this morning's briefing.
    friday = date(2026, 11, 27)
    assert said_days(texts, [friday] * 3, [friday] * 3, friday, saturday) == [None] * 3


def _files(folder):
    return {p.name: p for p in folder.iterdir()}


def test_the_also_list_counts_the_stories_it_leaves_out_in_good_english(make_folder, monkeypatch):
    import brief.rendering

    monkeypatch.setattr(brief.rendering, "ALSO_SHOWN", 1)
    one_offs = {
        "museum.txt": "The national museum opened an exhibition of medieval maps drawn by monks"
        " in the twelfth century. The curator said several maps had never been shown before.\n",
        "orchard.txt": "Apple growers in the valley expect a record harvest after a warm and"
        " wet spring. Packing sheds hired two hundred extra pickers for the autumn.\n",
        "choir.txt": "A village choir of forty singers won the national folk song contest in"
        " the capital. The choir will tour six cities in the spring with its winning songs.\n",
    }
    two = {**TWO_REPORTS, **dict(list(one_offs.items())[:2])}
    out = render(build(make_folder(two), BuildOptions(now=NOW)), "md")
    assert "and 1 more story" in out and "more stories" not in out
    three = {**TWO_REPORTS, **one_offs}
    out = render(build(make_folder(three), BuildOptions(now=NOW)), "md")
    assert "and 2 more stories" in out
    # Pages that are not news, listed after the news, are counted apart: a recipe and a
    # shop's page were counted among "13 more stories" (a reader of four counties).
    from test_grouping import PRODUCT, RECIPE

    pages = {**TWO_REPORTS, **one_offs, "pie.html": RECIPE, "dish.html": PRODUCT}
    for fmt in ("md", "text", "html"):
        out = " ".join(render(build(make_folder(pages), BuildOptions(now=NOW)), fmt).split())
        assert "and 2 more stories and 2 pages that are not news" in out, fmt


def test_an_also_line_names_the_file_its_title_comes_from(make_folder):
    # The title of a story of two articles is a later sentence of the second, with its
    # aside left out ("The harbour master, who …, has said" -> "The harbour master has
    # said"): its file is the one a reader should open, not the story's first, though
    # that one opens on the same few words.
    first = (
        "Kessing ferries\n\n"
        "Ferries to Kessing will run every hour from Monday, the operator said in a notice"
        " to passengers on its website. The harbour master has said the timetable is fair.\n\n"
        "The first sailing leaves at six in the morning and the last at ten at night."
    )
    second = (
        "Kessing harbour\n\n"
        "Ferries to Kessing will run every hour from Monday, when the new pier opens.\n\n"
        "The harbour master, who has run the port for twenty years, has said the new pier"
        " can take two ferries at once."
    )
    from brief.load import load_folder
    from brief.rendering import _title_source

    documents, _ = load_folder(make_folder({"a.txt": first, "b.txt": second}))
    title = "The harbour master has said the new pier can take two ferries at once."
    assert _title_source(title, list(documents)).path.name == "b.txt"


def test_sources_no_bullet_quotes_are_listed_apart_after_the_quoted(make_folder):
    # The five seed reports of one event at 40 words: a bullet or two quote some of them;
    # the others are the story's too, and said to be, after the ones the bullets cite.
    briefing = build(SEEDS, BuildOptions(words=40, now=NOW))
    cited = {n for story in briefing.stories for c in story.claims for n in c.sources}
    assert 0 < len(cited) < len(briefing.stories[0].sources)
    markdown = render(briefing, "md")
    listed, apart = markdown.split("## Sources")[1].split("Also in these stories, not quoted:")
    numbers = [int(n) for n in re.findall(r"^(\d+)\. ", listed, re.M)]
    assert numbers == list(range(1, len(cited) + 1))
    shown = {int(n) for n in re.findall(r"\[(\d+)\]", markdown.split("## Sources")[0])}
    assert shown == set(numbers), "every number a bullet cites is listed before, none else"
    rest = [int(n) for n in re.findall(r"^(\d+)\. ", apart, re.M)]
    assert rest == list(range(len(cited) + 1, len(briefing.stories[0].sources) + 1))
    text = render(briefing, "text")
    assert "Also in these stories, not quoted:" in text
    html = render(briefing, "html")
    assert f'<ol class="sources sources-rest" start="{len(cited) + 1}"' in html


def test_an_undated_story_that_says_next_week_is_marked_undated(make_folder):
    # Two undated reports (a scrape kept no date) of a vote "next week": read under today's
    # date, "next week" would be this week's. A dated story, or one that names no day, is
    # not marked.
    first = (
        "The Kessing council will vote next week on a plan to close the old harbour to"
        " cruise ships, the mayor said.\n\nThe plan would move the cruise berths to the new"
        " pier outside the town, which opened in the spring."
    )
    second = (
        "Kessing's council votes next week on closing the old harbour to cruise ships and"
        " moving their berths to the new pier.\n\nThe mayor said the old town could not take"
        " more crowds in summer."
    )
    folder = make_folder({"a.txt": first, "b.txt": second})
    briefing = build(folder, BuildOptions(now=NOW))
    for fmt in ("md", "text", "html"):
        assert "Undated: its articles give no date" in render(briefing, fmt), fmt
    calm = make_folder(
        {"a.txt": first.replace(" next week", ""), "b.txt": second.replace(" next week", "")}
    )
    assert "Undated" not in render(build(calm, BuildOptions(now=NOW)), "md")
    dated = make_folder({"a.txt": "2026-11-19\n\n" + first, "b.txt": "2026-11-19\n\n" + second})
    assert "Undated" not in render(build(dated, BuildOptions(now=NOW)), "md")


def test_an_undated_story_says_the_latest_date_its_articles_give(make_folder):
    # The fourteenth reading's shutdown "next week" was of 2013, which one article gave in
    # its text: the label says so, in the story and in an Also line.
    story = (
        "The Talbrook council will vote next week on a plan to close the old harbour to"
        " cruise ships, the mayor said on Sept. 12, 2013.\n\nThe plan was first put to the"
        " council in March 2012, and would move the cruise berths to the new pier."
    )
    again = (
        "Talbrook's council votes next week on closing the old harbour to cruise ships and"
        " moving their berths to the new pier.\n\nThe mayor said the old town could not take"
        " more crowds in summer."
    )
    aside = (
        "The Quistorp botanical garden will open its glasshouse next week for the first"
        " time since 9 May 2001, its keepers said.\n\nVisitors queued for an hour to see it."
    )
    folder = make_folder({"a.txt": story, "b.txt": again, "c.txt": aside})
    briefing = build(folder, BuildOptions(now=NOW))
    for fmt in ("md", "text", "html"):
        page = render(briefing, fmt)
        assert "the latest date with a year they mention is 12 September 2013" in page, fmt
        assert "undated, mentions 9 May 2001" in " ".join(page.split()), fmt
    # A date later than the briefing's is a plan, not when the article was written.
    planned = make_folder({"a.txt": story.replace("2013", "2027"), "b.txt": again})
    page = render(build(planned, BuildOptions(now=NOW)), "md")
    assert "the latest date with a year they mention is March 2012" in page


@pytest.mark.parametrize(
    ("text", "latest"),
    [
        ("It was signed on Sept. 12, 2013, at noon.", "12 September 2013"),
        ("Talks began on 3 March 2014 and ended in May 2014.", "May 2014"),
        ("On 2012-05-06, a day into May 2012, the vote was held.", "6 May 2012"),
        ("The Mayor 2013 fund and the class of 2019 are no dates.", None),
        ("September 31, 2013 is no day, and Jan. 1, 2030 is a plan.", None),
    ],
)
def test_dates_given_in_a_text_are_read_with_their_year(text, latest):
    found = latest_mentioned([text], NOW.date())
    assert (str(found) if found else None) == latest


def test_a_month_or_a_year_counted_from_an_old_report_says_the_reports_day():
    from datetime import date

    from brief.rendering import said_days

    # A reading took a 1998 report's "last month" and "earlier this month" for this
    # briefing's: the bullet says the day its source was written, as "on Monday" does.
    written = date(1998, 9, 28)
    for text in (
        "The council asked for an inquiry into the ferry it sank last month.",
        "Harbour ambassadors launched the appeal earlier this month.",
        "The ferry company was sold two weeks ago to a buyer from Kessing.",
    ):
        assert said_days([text], [written], [written], date(2026, 11, 27)) == [written]
    # Not when the page's own day is the report's, or a day or two after it: that "last
    # month" is the reader's too.
    text = "The council asked for an inquiry into the ferry it sank last month."
    assert said_days([text], [written], [written], written) == [None]
    assert said_days([text], [written], [written], date(1998, 9, 29)) == [None]


def test_a_time_counted_from_the_runs_day_says_the_day_again():
    from datetime import date

    from brief.rendering import said_days

    # A reading could not place "said on Monday" two bullets below the run's "Wednesday
    # 26 August —": a bullet whose words count from its report's day says it again; one
    # that names that day itself ("on Wednesday") does not. "Today" counts from it: a
    # nineteenth-session reader took a Wednesday's "taking place today", a bullet below
    # its run's label, for the briefing's Friday.
    first, later = date(2025, 8, 20), date(2025, 8, 27)  # a Wednesday
    texts = [
        "The harbour ferry caught fire off Kessing.",
        "Divers reached the wreck of the ferry.",
        "The owners of the ferry were named by the harbour board.",
        "Officials said on Monday that the engine room had flooded first.",
        "The harbour board met on Wednesday to hear the divers.",
        "Divers said today the wreck would be raised in spring.",
    ]
    told = [first, later, later, later, later, later]
    assert said_days(texts, told, told, None) == [first, later, None, later, None, later]


def test_an_also_line_links_only_its_titles_own_article(make_folder):
    # A developing story's newest report, a mail or a text file with no address, titled
    # the line over the link to the first day's saved page.
    from brief.load import load_folder
    from brief.models import Story
    from brief.rendering import _also_view

    page = (
        "<html><head><title>Search under way for missing harbour walker</title>"
        '<link rel="canonical" href="https://harbour.example/search"></head><body>'
        "<h1>Search under way for missing harbour walker</h1><p>Coastguard teams are"
        " searching the cliffs above Kessing harbour for a walker who did not come home on"
        " Monday evening, police said.</p></body></html>"
    )
    found = (
        "Missing harbour walker found safe after two nights\n\nThe walker missing on the"
        " cliffs above Kessing harbour since Monday has been found safe, police said."
    )
    documents, _ = load_folder(make_folder({"a.html": page, "b.txt": found}))
    by_id = {d.id: d for d in documents}
    assert {d.url for d in documents} == {"https://harbour.example/search", None}
    title = "Missing harbour walker found safe after two nights"
    line = _also_view(Story(title, tuple(by_id), (), 2), by_id, NOW.date())
    assert (line.url, line.file) == (None, "b.txt")
    # The page's own headline still links it.
    first = "Search under way for missing harbour walker"
    line = _also_view(Story(first, tuple(by_id), (), 2), by_id, NOW.date())
    assert line.url == "https://harbour.example/search"
    # A headline two of them print (a wire story's): the one with an address is linked,
    # whichever comes first (a clipping of it, read first, left the line without a link).
    clipping = f"{first}\n\nBy Harbour News Agency\n\n" + found.split("\n\n")[1]
    documents, _ = load_folder(make_folder({"a.txt": clipping, "b.html": page}))
    by_id = {d.id: d for d in documents}
    line = _also_view(Story(first, tuple(by_id), (), 2), by_id, NOW.date())
    assert (line.url, line.file) == ("https://harbour.example/search", "b.html")
