import codecs
import datetime
import json
import os
from pathlib import Path

import pytest

from brief import BuildOptions, build, render
from brief.errors import InputError
from brief.load import load_folder
from brief.titles import headline

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLE = "The council approved the new budget on Tuesday after a long debate.\n"


def test_folder_is_read_recursively_in_name_order_and_hidden_files_are_skipped(make_folder):
    folder = make_folder(
        {
            "b.txt": ARTICLE,
            "sub/a.md": ARTICLE,
            ".hidden.txt": ARTICLE,
            ".git/c.txt": ARTICLE,
        }
    )
    documents, skipped = load_folder(folder)
    assert [d.path.relative_to(folder).as_posix() for d in documents] == ["b.txt", "sub/a.md"]
    assert skipped == ()


def test_ids_are_stable_and_distinct(make_folder):
    folder = make_folder({"a.txt": ARTICLE, "b.txt": ARTICLE})
    first, _ = load_folder(folder)
    again, _ = load_folder(folder)
    assert [d.id for d in first] == [d.id for d in again]
    assert len({d.id for d in first}) == 2


@pytest.mark.parametrize(
    ("front", "said"),
    [
        ("draft: true", "draft: True"),  # Hugo
        ("published: false", "published: False"),  # Jekyll
        ("status: notes - not for publication as is", "status: notes - not for publication"),
        ("status: Draft", "status: Draft"),  # a CMS export
    ],
)
def test_a_draft_or_a_reporters_notes_is_left_out_with_a_notice(make_folder, front, said):
    # A reporter's notes ("Approx 200 in the hall, standing room only") briefed as a
    # source's report were cited under a plant closure's title.
    folder = make_folder(
        {"notes.md": f"---\ntitle: Workers meet\n{front}\n---\n\n{ARTICLE}", "b.txt": ARTICLE}
    )
    documents, notices = load_folder(folder)
    assert [d.path.name for d in documents] == ["b.txt"]
    (notice,) = notices
    assert notice.path.name == "notes.md" and notice.skipped
    assert notice.message.startswith(f"not published: its front matter says {said}")
    # Published, or dated by "published:", it is read.
    for kept in ("status: published", "published: 2026-03-02", "draft: false"):
        folder = make_folder({"notes.md": f"---\ntitle: Workers meet\n{kept}\n---\n\n{ARTICLE}"})
        assert len(load_folder(folder)[0]) == 1, kept


@pytest.mark.parametrize(
    "note",
    [
        "*for Thurs paper - approx 450 words - DOUBLE-CHECK names with family*",
        "FOR SAT PAPER, c.600 words",
        "Draft for tomorrow's edition",
    ],
)
def test_a_draft_under_a_note_to_the_desk_is_left_out_with_a_notice(make_folder, note):
    # An appreciation written for the next day's paper, under the writer's note to the
    # desk, was listed among the morning's news (the reporter's notes beside it, marked
    # so in their front matter, were left out).
    text = f"# Appreciation: Jo Roe\n\n{note}\n\n{ARTICLE}"
    documents, notices = load_folder(make_folder({"a.md": text, "b.txt": text, "c.txt": ARTICLE}))
    assert [d.path.name for d in documents] == ["c.txt"]
    assert [n.message.startswith("not published: a note to the desk says") for n in notices] == [
        True,
        True,
    ]
    # The paper's name, or words counted in a story, are no such note.
    for line in ("The Oskby Lantern, Thursday 26 November 2026", "About 450 words were cut."):
        documents, notices = load_folder(make_folder({"a.md": f"# Budget\n\n{line}\n\n{ARTICLE}"}))
        assert (len(documents), notices) == (1, ()), line


def test_markdown_front_matter_and_markup(make_folder):
    folder = make_folder(
        {
            "a.md": "---\ntitle: Budget passes\npublisher: Town Crier\n"
            "url: https://crier.example/budget\ndate: 2026-11-20\n---\n"
            "# Ignored heading\n\nThe council **approved** the [new budget](http://x.example) "
            "on Tuesday after a long debate.\n\n```\ncode is not news.\n```\n"
        }
    )
    (doc,), _ = load_folder(folder)
    assert (doc.title, doc.publisher, doc.url, doc.date) == (
        "Budget passes",
        "Town Crier",
        "https://crier.example/budget",
        "2026-11-20",
    )
    assert doc.paragraphs == (
        "The council approved the new budget on Tuesday after a long debate.",
    )


def test_markdown_front_matter_names_the_outlet_under_any_common_key(make_folder):
    # A clipper's "site:" and a newsroom template's "outlet:" went unread: eleven notes of
    # three regional folders were listed as "1 article" with no outlet, their sources as
    # a headline and a date.
    for key in ("publisher", "site_name", "site", "outlet", "publication", "source"):
        folder = make_folder(
            {"a.md": f"---\ntitle: Budget passes\n{key}: Town Crier\n---\n{ARTICLE}"}
        )
        (doc,), _ = load_folder(folder)
        assert doc.publisher == "Town Crier", key


def test_a_page_that_names_no_outlet_is_its_sites(make_folder):
    # Notes clipped with the page's address and nothing else were listed as "1 article"
    # with no outlet beside pages of the same site that name it. A site whose pages name
    # different outlets (an aggregator's) names none.
    def note(url: str, outlet: str | None = None) -> str:
        named = f"publisher: {outlet}\n" if outlet else ""
        return f"---\ntitle: Budget passes\nurl: {url}\n{named}---\n{ARTICLE}"

    found, _ = load_folder(
        make_folder(
            {
                "a.md": note("https://www.kestlowcourier.co.uk/a", "Kestlow Courier"),
                "b.md": note("https://kestlowcourier.co.uk/b"),
                "c.md": note("https://news.example/c", "Oskby Lantern"),
                "d.md": note("https://news.example/d", "Harbour Radio"),
                "e.md": note("https://news.example/e"),
                "f.md": note("https://elsewhere.example/f"),
            }
        )
    )
    assert {d.path.name: d.publisher for d in found} == {
        "a.md": "Kestlow Courier",
        "b.md": "Kestlow Courier",
        "c.md": "Oskby Lantern",
        "d.md": "Harbour Radio",
        "e.md": None,
        "f.md": None,
    }


def test_a_clippings_address_above_its_article_is_its_link(make_folder):
    # A station's bulletin copied with its page's address under its name: cited by file.
    clipping = (
        "CARRA FM NEWS\nWednesday 25 November 2026 - 11am bulletin (web copy)\n"
        "https://www.carrafm.example/news/plant-to-close/\n\nPLANT TO CLOSE, 140 JOBS LOST\n\n"
        f"{ARTICLE}\nMore at https://www.carrafm.example/news/\n"
    )
    (doc,), _ = load_folder(make_folder({"clip.txt": clipping}))
    assert (doc.url, doc.publisher) == (
        "https://www.carrafm.example/news/plant-to-close/",
        "Carra FM News",
    )
    assert not any("carrafm" in p for p in doc.paragraphs)
    # An address further down is the article's own link to something else.
    (doc,), _ = load_folder(
        make_folder({"clip.txt": f"Plant to close\n\n{ARTICLE}\nhttps://x.example/a\n"})
    )
    assert doc.url is None


BODY = "\nThe council approved the new budget on Tuesday after a long debate, the mayor said.\n"


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ('"March 10, 2025"', "2025-03-10"),
        ("10 March 2025", "2025-03-10"),
        ('"Mon, 10 Mar 2025 08:15:00 +0100"', "2025-03-10"),
        ("2025-03-10 08:00", "2025-03-10"),
        ("2025-03-10T08:00:00Z", "2025-03-10"),
        ("10.03.2025", "2025-03-10"),
        # Not one day: null, never a fragment ("March 10, ") or a made-up day.
        ("March 2025", None),
        ("03/04/2025", None),
        ("last Tuesday", None),
        ('"February 31, 2025"', None),
    ],
)
def test_markdown_front_matter_dates_are_iso_or_none(make_folder, written, iso):
    text = f"---\ntitle: Budget passes\ndate: {written}\n---\n" + BODY
    (doc,), _ = load_folder(make_folder({"a.md": text}))
    assert doc.date == iso


def test_a_json_date_is_iso_or_null_whatever_a_file_claims(runner, make_folder):
    import json

    from brief.cli import app

    folder = make_folder(
        {
            "a.md": '---\ntitle: Budget passes\ndate: "March 10, 2025"\n---\n' + BODY,
            "b.txt": "Budget passes\n2025-02-31\n" + BODY,
        }
    )
    result = runner.invoke(app, ["build", str(folder), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    dates = {Path(s["path"]).name: s["date"] for s in json.loads(result.stdout)["sources"]}
    assert dates == {"a.md": "2025-03-10", "b.txt": None}


def test_a_file_named_by_its_day_is_dated_by_its_name(make_folder):
    # An archive's names, in the four year-first forms; and names whose digits are no day.
    next_year = datetime.date.today().year + 1
    expected = {
        "2024-05-01-budget-passes.txt": "2024-05-01",
        "crier_20240502_council.txt": "2024-05-02",
        "WIRE20240229.0190.txt": "2024-02-29",
        "2024_05_03 minutes.txt": "2024-05-03",
        "2024.05.04.txt": "2024-05-04",
        f"{next_year}-01-01-preview.txt": f"{next_year}-01-01",
        "id123456789.txt": None,  # nine digits: part of a longer number
        "20240501120000.txt": None,  # a time stamp, not a day alone
        "2023-02-29-leap.txt": None,  # no such day
        "report-2024-13-01.txt": None,  # no 13th month
        "01-05-2024.txt": None,  # day or month first: never guessed
        "2024-05_01.txt": None,  # two separators
        "1899-12-31.txt": None,
        f"{next_year + 1}-01-01.txt": None,  # a "year" further ahead is a number
    }
    documents, _ = load_folder(make_folder(dict.fromkeys(expected, ARTICLE)))
    dated = {d.path.name: (d.date, d.date_from) for d in documents}
    assert dated == {name: (day, "file name" if day else None) for name, day in expected.items()}


def _dates_given(runner, folder) -> dict[str, tuple[str | None, str | None]]:
    """Each source's (date, date_from), by file name, as `brief build -f json` gives them."""
    import json

    from brief.cli import app

    result = runner.invoke(app, ["build", str(folder), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    sources = json.loads(result.stdout)["sources"]
    return {Path(s["path"]).name: (s["date"], s["date_from"]) for s in sources}


def test_a_date_the_file_declares_wins_over_its_name(runner, make_folder):
    folder = make_folder(
        {
            "2024-05-01-budget.md": "---\ntitle: Budget passes\ndate: 2024-04-30\n---\n" + BODY,
            "2024-05-02-roads.txt": "Roads reopen\n" + BODY,
            "roads.txt": "Roads reopen\n" + BODY,
        }
    )
    assert _dates_given(runner, folder) == {
        "2024-05-01-budget.md": ("2024-04-30", "declared"),
        "2024-05-02-roads.txt": ("2024-05-02", "file name"),
        "roads.txt": (None, None),
    }


def test_a_wire_dateline_gives_the_day_its_today_is(runner, make_folder):
    # Wire copy is filed under the next day's date ("WIRE19970226"); the dateline says the
    # day it reports, and a briefing that dated "opened today" by the name was a day late.
    story = (
        "The new footbridge over the Talbrook opened today with a crowd of four hundred on"
        " the banks, the county roads department said in a statement.\n\nThe bridge cost"
        " two million pounds and took three years to build after the flood of the old one."
    )
    folder = make_folder(
        {
            "WIRE19970226.0304.txt": f"NORLAND, February 25 (Wire) -- {story}",
            # The new year's first file, its dateline the old year's last day.
            "WIRE19980101.0007.txt": f"NORLAND, December 31 (Wire) -- {story}",
            # A year in the dateline stands; a date after the file's is none it was filed on.
            "kessing-bridge.txt": f"KESSING, Feb. 24, 1997 (Wire) — {story}",
            "WIRE19970301.0001.txt": f"NORLAND, March 5 (Wire) -- {story}",
            "WIRE19970302.0001.txt": f"Norland is quiet. {story}",
        }
    )
    assert _dates_given(runner, folder) == {
        "WIRE19970226.0304.txt": ("1997-02-25", "declared"),
        "WIRE19980101.0007.txt": ("1997-12-31", "declared"),
        "kessing-bridge.txt": ("1997-02-24", "declared"),
        "WIRE19970301.0001.txt": ("1997-03-01", "file name"),
        "WIRE19970302.0001.txt": ("1997-03-02", "file name"),
    }


def test_hugo_toml_front_matter_is_read(make_folder):
    text = (
        '+++\ntitle = "Budget passes"\npublisher = "Town Crier"\n'
        'url = "https://crier.example/budget"\ndate = 2025-03-10T08:00:00Z\n'
        'tags = ["council"]\n+++\n' + BODY
    )
    (doc,), notes = load_folder(make_folder({"a.md": text}))
    assert (doc.title, doc.publisher, doc.url, doc.date) == (
        "Budget passes",
        "Town Crier",
        "https://crier.example/budget",
        "2025-03-10",
    )
    assert doc.paragraphs == (BODY.strip(),)
    assert notes == ()


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("TOML", '+++\ntitle = "Budget passes\n+++\n' + BODY),
        ("YAML", "---\ntitle: [Budget passes\ndate: 2025-03-10\ntags:\n  - council\n---\n" + BODY),
    ],
)
def test_broken_front_matter_is_named_in_a_warning_and_left_out(make_folder, kind, text):
    folder = make_folder({"a.md": text})
    (doc,), notes = load_folder(folder)
    assert doc.paragraphs == (BODY.strip(),)  # no "title: [Budget passes date: …" line
    assert doc.title == "a"  # the file's name: the front matter's title could not be read
    assert [n.path.name for n in notes] == ["a.md"]
    assert notes[0].message.startswith(f"its {kind} front matter could not be read")
    assert not notes[0].skipped


def test_a_headline_with_a_colon_in_front_matter_is_read_line_by_line(make_folder):
    # Unquoted, "title: A92 closed: what we know" is no valid YAML (a map inside a map):
    # the whole front matter was left out, and the article lost its headline and its date.
    text = (
        "---\ntitle: A hundred years of Oskby blankets: the rise and fall of a mill\n"
        "published: 2026-11-24T16:00:00Z\ntags:\n  - business\n---\n" + BODY
    )
    (doc,), notes = load_folder(make_folder({"a.md": text}))
    assert doc.title == "A hundred years of Oskby blankets: the rise and fall of a mill"
    assert (doc.date, doc.time) == ("2026-11-24", "16:00")
    assert doc.paragraphs == (BODY.strip(),)
    assert notes == ()


def test_a_sentence_between_two_rules_is_no_front_matter(make_folder):
    # "---" opens a Markdown rule as often as front matter, and YAML reads a sentence with
    # a colon as a key and its value. Here it is the heading the second "---" makes it.
    line = "The mayor opened the session with a warning: the money is gone."
    (doc,), notes = load_folder(make_folder({"a.md": f"---\n{line}\n---\n" + BODY}))
    assert (doc.title, doc.paragraphs, notes) == (line, (BODY.strip(),), ())


def test_a_web_clipping_in_a_notes_app_reads_as_the_article(make_folder):
    # Obsidian's Web Clipper: the page's address under "source", links to notes ("[[…]]"),
    # embedded pictures, a callout and a to-do list around the article.
    text = (
        '---\ntitle: "Budget passes"\nsource: "https://crier.example/budget"\n'
        'author:\n  - "[[Ann Reyes]]"\npublished: 2026-11-20\ncreated: 2026-11-21\n'
        'tags:\n  - "clippings"\n---\n'
        "> [!info] Read later\n\n![[council.jpg]]\n\n"
        "The [[Talbrook council]] approved the [[Budget 2027|new budget]] on Tuesday after"
        " a long debate, [[Ann Reyes#Quotes]] said.\n\n- [ ] follow up\n"
    )
    (doc,), _ = load_folder(make_folder({"clip.md": text}))
    assert (doc.title, doc.publisher, doc.url, doc.date) == (
        "Budget passes",
        None,  # an address is no outlet's name
        "https://crier.example/budget",
        "2026-11-20",
    )
    assert doc.paragraphs == (
        "The Talbrook council approved the new budget on Tuesday after a long debate,"
        " Ann Reyes said.",
    )
    # A site generator's "source" that names the outlet is still its publisher.
    (doc,), _ = load_folder(make_folder({"a.md": "---\nsource: Town Crier\n---\n" + BODY}))
    assert doc.publisher == "Town Crier"


def test_markdown_without_front_matter_takes_its_first_heading_as_title(make_folder):
    (doc,), _ = load_folder(make_folder({"a.md": "# Budget passes\n\n" + ARTICLE}))
    assert doc.title == "Budget passes"


@pytest.mark.parametrize(
    ("note", "publisher", "date"),
    [
        # A reporter's copy of another outlet's item: it was listed with no outlet and no day.
        (
            "Source: Carra FM website, Fri 27 Nov 2026, 12:40 (copied for follow-up)",
            "Carra FM",
            "2026-11-27",
        ),
        (
            '*Saved from the Halvard Springs Library "Lines" e-news, Tue. Nov. 24, 2026*',
            "Halvard Springs Library",
            "2026-11-24",
        ),
        # A web clipper's stamp line.
        (
            "*East Durham Clarion · Thursday 26 November 2026 · By Hannah Scurr*",
            "East Durham Clarion",
            "2026-11-26",
        ),
        ("*Crook Matters · Obituaries · posted 23 November 2026*", "Crook Matters", "2026-11-23"),
        # A byline and a section are no outlet; a credit gives no day and names none.
        ("*By Hannah Scurr · Thursday 26 November 2026*", None, "2026-11-26"),
        ("*Obituaries · posted 23 November 2026*", None, "2026-11-23"),
        ("Source: Oskby Harbour Board annual report", None, None),
    ],
)
def test_a_clippings_note_of_where_it_was_copied_from_names_its_outlet_and_day(
    make_folder, note, publisher, date
):
    text = f"Rathcurrin Castle gets grant for urgent repairs\n\n{note}\n\n{ARTICLE}"
    for name in ("a.md", "a.txt"):
        heading = "# " if name.endswith(".md") else ""
        (doc,), _ = load_folder(make_folder({name: heading + text}))
        assert (doc.title, doc.publisher, doc.date) == (
            "Rathcurrin Castle gets grant for urgent repairs",
            publisher,
            date,
        ), name
        assert note.strip("*") not in " ".join(doc.paragraphs)


def test_news_page_html_keeps_the_article_and_drops_the_rest():
    (doc,), skipped = load_folder(FIXTURES / "news_page.html")
    assert skipped == ()
    assert doc.title == "Harbour bridge reopens after two-year repair"
    assert doc.publisher == "The Coastal Herald"
    assert doc.url == "https://coastalherald.example/news/harbour-bridge-reopens"
    assert doc.date == "2026-11-20"
    text = " ".join(doc.paragraphs)
    assert text.startswith("The Harbour Bridge reopened to traffic on Thursday morning")
    assert "19 million dollars" in text
    for junk in (
        "cookies",
        "TRACKING",
        "Zephyr",
        "Subscribe",
        "Share this",
        "Download our app",
        "All rights reserved",
        "Related stories",
        "Ferry fares",
    ):
        assert junk not in text


@pytest.mark.parametrize(
    "encoded",
    [
        ("Le président a visité Zürich et São Paulo pendant l'été.\n").encode("cp1252"),
        ("Le président a visité Zürich et São Paulo pendant l'été.\n").encode("latin-1"),
        codecs.BOM_UTF16_LE
        + "Le président a visité Zürich et São Paulo pendant l'été.\n".encode("utf-16-le"),
        codecs.BOM_UTF8 + "Le président a visité Zürich et São Paulo pendant l'été.\n".encode(),
    ],
    ids=["cp1252", "latin-1", "utf-16-bom", "utf-8-bom"],
)
def test_encodings_are_detected(make_folder, encoded):
    (doc,), _ = load_folder(make_folder({"a.txt": encoded}))
    assert doc.paragraphs == ("Le président a visité Zürich et São Paulo pendant l'été.",)


def test_cp1252_smart_quotes(make_folder):
    text = "\u201cWe will rebuild,\u201d the mayor said on Friday after the storm passed.\n"
    (doc,), _ = load_folder(make_folder({"a.txt": text.encode("cp1252")}))
    assert doc.paragraphs == (text.strip(),)


def test_text_decoded_the_wrong_way_before_it_was_saved_is_repaired(make_folder):
    meant = "Hydro-Québec’s grid failed — the mayor said ‘rebuild’ on Friday."
    files = {
        # UTF-8 read as Windows-1252, then saved as UTF-8 ("QuÃ©bec").
        "twice.txt": meant.encode().decode("cp1252").encode(),
        # Windows-1252 read as Latin-1, then saved as UTF-8: control characters where the
        # dash and the quotes were (U+0097 for "—").
        "controls.txt": meant.encode("cp1252").decode("latin-1").encode(),
        "page.html": (
            "<html><head><title>Grid fails</title></head><body><article><p>"
            + meant.encode().decode("cp1252")
            + "</p></article></body></html>"
        ).encode(),
        # Clean text with the letters the repair looks for stays exactly as written.
        "clean.txt": "Château “Margaux” â la carte: it’s Ãlvaro’s wine, Mr Dâmaso said.",
    }
    documents, _ = load_folder(make_folder(files))
    text = {d.path.name: d.paragraphs for d in documents}
    assert text["twice.txt"] == text["controls.txt"] == text["page.html"] == (meant,)
    assert text["clean.txt"] == (files["clean.txt"],)


def test_bad_files_are_skipped_with_a_reason(make_folder):
    folder = make_folder(
        {
            "good.txt": ARTICLE,
            "binary.txt": b"%PDF-1.7\n\x00\x01\x02\x03" * 100,
            "empty.txt": "",
            "blank.md": "   \n\n\t\n",
            "headline-only.txt": "Council approves budget\n",
            # A page of the site's own notices: sentences, and no article.
            "notices.txt": "Sign up for our newsletter to get the latest updates.\n\nThis"
            " video is not available in your country. Please try again later.\n\nShare this"
            " article on Facebook.\n",
            "image.png": b"\x89PNG\r\n",
        }
    )
    os.symlink(folder / "missing.txt", folder / "broken.txt")
    documents, skipped = load_folder(folder)
    assert [d.path.name for d in documents] == ["good.txt"]
    reasons = {s.path.name: s.message for s in skipped if s.skipped}
    assert reasons["binary.txt"] == "binary data, not text"
    assert reasons["empty.txt"] == "empty"
    assert reasons["blank.md"] == "empty"
    assert reasons["headline-only.txt"].startswith("no article text found (only a headline")
    assert reasons["notices.txt"] == reasons["headline-only.txt"]
    assert reasons["broken.txt"] == "broken symbolic link"
    assert "not a supported type" in reasons["image.png"]


def test_inputs_are_not_modified(make_folder):
    folder = make_folder({"a.txt": ARTICLE, "b.html": (FIXTURES / "news_page.html").read_text()})
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}
    load_folder(folder)
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()} == before


def test_missing_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        load_folder(tmp_path / "nope")


def _page(title: str, paragraphs: list[str], head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


SPANISH = [
    "Un fuerte temblor sacudió Viña del Mar y Valparaíso el lunes, según los bomberos.",
    "Un anciano murió de un infarto y varias casas de adobe se derrumbaron en la región.",
]
FRENCH = [
    "La grève des contrôleurs a entraîné l'annulation de très nombreux trains lundi à Paris.",
    "Les syndicats réclament une hausse des salaires et promettent de poursuivre la grève.",
]


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [("Temblor en Viña del Mar", SPANISH), ("Grève à la SNCF", FRENCH)],
    ids=["es", "fr"],
)
def test_html_without_a_charset_is_decoded_as_text_files_are(
    make_folder, encoding, title, paragraphs
):
    # Browsers and brief's text reader read undeclared single-byte pages as Windows-1252;
    # trafilatura's own guess was Central European ("Viña" as "Vińa", "Grève à" as "Grčve ŕ").
    folder = make_folder(
        {
            "page.html": _page(title, paragraphs).encode(encoding),
            "same.txt": (title + "\n\n" + "\n\n".join(paragraphs)).encode(encoding),
        }
    )
    documents, _ = load_folder(folder)
    by_name = {d.path.name: d for d in documents}
    assert by_name["page.html"].title == title == by_name["same.txt"].title
    assert by_name["page.html"].paragraphs == tuple(paragraphs) == by_name["same.txt"].paragraphs


@pytest.mark.parametrize(
    "head",
    [
        '<meta charset="windows-1250">',
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">',
    ],
)
def test_a_declared_charset_wins_over_the_guess(make_folder, head):
    czech = [
        "Vláda v úterý schválila rozpočet, který počítá s vyššími výdaji na školství.",
        "Ministr financí řekl, že schodek se příští rok sníží o třetinu.",
        "Opozice návrh kritizovala a slíbila, že podá stížnost k Ústavnímu soudu.",
    ]
    encoding = "cp1250" if "1250" in head else "iso-8859-2"
    page = _page("Vláda schválila rozpočet", czech, head).encode(encoding)
    (doc,), _ = load_folder(make_folder({"page.html": page}))
    assert doc.title == "Vláda schválila rozpočet"
    assert doc.paragraphs == tuple(czech)


def test_a_page_declared_latin_1_is_read_as_browsers_read_it(make_folder):
    # Browsers read a page labelled ISO-8859-1 as Windows-1252 (the WHATWG Encoding
    # standard): its bytes 0x93/0x94 are curly quotes, not invisible control characters.
    quoted = "\u201cWe will not stop,\u201d said the union\u2019s leader at the station on Monday."
    page = _page("Strike goes on", [quoted, FRENCH[0]], '<meta charset="ISO-8859-1">')
    (doc,), _ = load_folder(make_folder({"page.html": page.encode("cp1252")}))
    assert doc.paragraphs == (quoted, FRENCH[0])


@pytest.mark.parametrize(
    ("title", "head", "publisher"),
    [
        ("Tram drivers strike over pay | Swiss Info Daily", "", "Swiss Info Daily"),
        ("Kyiv hit by drones overnight - live updates - BBC News", "", "BBC News"),
        ("Council approves budget – Springfield Herald – Local News", "", "Springfield Herald"),
        ("Bank keeps rates on hold | Interest rates | The Guardian", "", "The Guardian"),
        # A dash inside a headline names no site.
        ("Film star Tom Holland engaged - report", "", None),
        ("Trump - Kim summit ends without a deal", "", None),
        # The page's own og:site_name wins over its <title>.
        (
            "Tram drivers strike over pay | Swiss Info",
            '<meta property="og:site_name" content="Swiss Info Daily">',
            "Swiss Info Daily",
        ),
        # Without one, trafilatura names the site by its address's host: the <title>'s
        # name is the one the outlet's other pages are cited under.
        (
            "Flats evacuated as fire rips through hardware shop - Borderland Tonight",
            '<link rel="canonical" href="https://www.borderlandtonight.tv/news/shop-fire">',
            "Borderland Tonight",
        ),
        # The host is kept when the <title> names no site.
        (
            "Flats evacuated as fire rips through hardware shop",
            '<link rel="canonical" href="https://www.borderlandtonight.tv/news/shop-fire">',
            "borderlandtonight.tv",
        ),
    ],
)
def test_a_site_name_after_the_headline_in_the_title_is_the_publisher(
    make_folder, title, head, publisher
):
    page = _page(title, SPANISH, head)
    (doc,), _ = load_folder(make_folder({"page.html": page.encode()}))
    assert doc.publisher == publisher


def test_a_page_saved_by_a_browser_links_to_the_address_it_was_saved_from(make_folder):
    # "Save page as" writes the address in a comment above <html>; a page with no
    # canonical link or og:url would otherwise be cited by its file name.
    saved = "https://www.fellsidefm.co.uk/news/local/yellow-ice-warning/"
    comment = f"<!-- saved from url=({len(saved):04d}){saved} -->\n"
    page = _page("Yellow ice warning for Cumbria - Fellside FM", SPANISH)
    canonical = '<link rel="canonical" href="https://www.fellsidefm.co.uk/ice">'
    files = {
        "saved.html": page.replace("<html>", comment + "<html>").encode(),
        # The page's own address wins: it is the one the outlet gives.
        "both.html": _page("Ice", FRENCH, canonical).replace("<html>", comment + "<html>").encode(),
        # A page saved from a file or an intranet address links to nothing.
        "local.html": page.replace("<html>", "<!-- saved from url=(0014)about:internet -->")
        .replace("Un fuerte", "Otro fuerte")
        .encode(),
    }
    found, _ = load_folder(make_folder(files))
    urls = {d.path.name: d.url for d in found}
    assert urls == {
        "saved.html": saved,
        "both.html": "https://www.fellsidefm.co.uk/ice",
        "local.html": None,
    }


def test_an_agencys_copy_is_credited_to_the_agency_beside_the_outlet(make_folder):
    # Two papers printed a wire story word for word under the agency's byline; both were
    # cited as their own reporting (the held-out county's reader).
    wire = '<meta name="author" content="Pennine News Agency">'
    page = _page("Roman coin hoard declared treasure | Cumbria Daily Post", SPANISH, wire)
    own = _page("Roman coin hoard declared treasure | Cumbria Daily Post", FRENCH)
    own = own.replace("<head>", '<head><meta name="author" content="Chris Ostle Chief Reporter">')
    clipped = (
        "---\ntitle: Storm closes the harbour\nsite_name: Kestlow Courier\n"
        "author: [Associated Press]\n---\n\n"
        "A storm closed Kestlow harbour on Monday and the ferries to the islands were cancelled.\n"
    )
    text = (
        "KESTLOW COURIER | Wednesday 25 November 2026\n\nFerry fares to rise in spring\n"
        "By Heartland Regional News Service\n\n"
        "Fares on the island ferries will rise by four per cent in April, the operator said on"
        " Tuesday.\n"
    )
    agency_page = (
        _page("Storm warning | Reuters", SPANISH)
        .replace(
            "<head>",
            '<head><meta property="og:site_name" content="Reuters">'
            '<meta name="author" content="Reuters">',
        )
        .replace("Un fuerte", "Otro fuerte")
    )
    found, _ = load_folder(
        make_folder(
            {
                "wire.html": page.encode(),
                "own.html": own.encode(),
                "clip.md": clipped.encode(),
                "copy.txt": text.encode(),
                "reuters.html": agency_page.encode(),
            }
        )
    )
    credited = {d.path.name: (d.publisher, d.agency) for d in found}
    assert credited == {
        "wire.html": ("Cumbria Daily Post", "Pennine News Agency"),
        "own.html": ("Cumbria Daily Post", None),  # a reporter's byline names no agency
        "clip.md": ("Kestlow Courier", "Associated Press"),
        "copy.txt": ("Kestlow Courier", "Heartland Regional News Service"),
        "reuters.html": ("Reuters", None),  # the agency's own page: it is the publisher
    }
    # The briefing cites the outlet and the agency whose copy it printed.
    briefing = build(make_folder({"wire.html": page.encode()}), BuildOptions())
    for kind in ("md", "html", "text"):
        assert "Cumbria Daily Post (from Pennine News Agency)" in render(briefing, kind)
    assert json.loads(render(briefing, "json"))["sources"][0]["agency"] == "Pennine News Agency"


def test_an_outlet_is_named_one_way_across_the_folder(make_folder):
    obituary = [
        "Eleanor June Pruitt, 92, of Ellery Bend, passed away peacefully Monday at Corliss"
        " Memorial Hospital in Halvard Springs, surrounded by family.",
        "She taught at Tobin's Gap school for thirty years and sang in the church choir.",
    ]
    text = (
        "RIDGELINE RADIO 98.3 NEWS\nWed., Nov. 25, 2026 -- 6:30 a.m.\n\n"
        "A big solar project near North Averill has the green light from Corliss County.\n"
    )
    found, _ = load_folder(
        make_folder(
            {
                # A town after the funeral home's name in the <title> was cited as the
                # obituary's publisher.
                "pruitt.html": _page(
                    "Eleanor June Pruitt Obituary - Lindahl-Marsh Funeral Home - Halvard Springs",
                    obituary,
                ).encode(),
                # One radio station's newscasts cited as two outlets.
                "solar.txt": text,
                "snow.txt": text.replace(
                    text.split("\n\n")[1].strip(),
                    "Snow and freezing fog shut two school districts on Tuesday morning.",
                ),
                "fire.txt": text.replace(" NEWS", " -- LOCAL NEWS").replace("solar", "wind"),
                # An outlet's section and initials after its name.
                "grain.md": "---\npublisher: Corliss County Ledger — Ag & Business\n---\n"
                + ARTICLE,
                "farm.md": "---\npublisher: Corliss County Ledger\n---\n" + ARTICLE,
                # Its newsletter (a reader found "Harrowmoor Gazette Morning Briefing"
                # listed beside "Harrowmoor Gazette" under one story).
                "mail.md": "---\npublisher: Corliss County Ledger Morning Briefing\n---\n"
                + ARTICLE,
            }
        )
    )
    assert {d.path.name: d.publisher for d in found} == {
        "farm.md": "Corliss County Ledger",
        "mail.md": "Corliss County Ledger",
        "fire.txt": "Ridgeline Radio 98.3",
        "grain.md": "Corliss County Ledger",
        "pruitt.html": "Lindahl-Marsh Funeral Home",
        "snow.txt": "Ridgeline Radio 98.3",
        "solar.txt": "Ridgeline Radio 98.3",
    }
    # A name that goes on in words of its own is another outlet's.
    (times, india), _ = load_folder(
        make_folder(
            {
                "a.md": "---\npublisher: The Times\n---\n" + ARTICLE,
                "b.md": "---\npublisher: The Times of India\n---\n" + ARTICLE,
            }
        )
    )
    assert (times.publisher, india.publisher) == ("The Times", "The Times of India")


def test_an_outlet_with_or_without_its_article_or_in_capitals_is_one_outlet(make_folder):
    # A clipping's masthead ("THE Dromcarra Champion", "Dromcarra Champion - Sport") beside
    # the paper's saved pages ("The Dromcarra Champion"): one outlet was listed under three
    # names. It is named as most of the folder's pages name it.
    named = {
        "a.md": "The Oskby Lantern",
        "b.md": "The Oskby Lantern",
        "c.md": "Oskby Lantern",
        "d.md": "THE Oskby Lantern",
        "e.md": "The Oskby Times",
    }
    found, _ = load_folder(
        make_folder({name: f"---\npublisher: {p}\n---\n" + ARTICLE for name, p in named.items()})
    )
    assert {d.path.name: d.publisher for d in found} == {
        **{f"{name}.md": "The Oskby Lantern" for name in "abcd"},
        "e.md": "The Oskby Times",
    }


def test_a_declaration_the_bytes_contradict_falls_back_to_detection(make_folder):
    # Pages often say UTF-8 whatever they hold; bytes that are no UTF-8 are read as an
    # undeclared page is, not with replacement characters.
    page = _page("Temblor en Viña del Mar", SPANISH, '<meta charset="utf-8">')
    (doc,), _ = load_folder(make_folder({"page.html": page.encode("cp1252")}))
    assert doc.title == "Temblor en Viña del Mar"
    assert doc.paragraphs == tuple(SPANISH)


def test_a_folder_of_text_loads_no_parser_of_other_formats(tmp_path, python_output):
    """PDF, Word, mail and feed parsers are imported for their first file, not for every
    run (a fiftieth of a one-story build); such a file still reads as before."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("The river broke its banks and homes were evacuated.\n")
    (folder / "b.eml").write_text(
        "From: desk@example.com\nSubject: Flood\n\n"
        "The river broke its banks on Monday and hundreds of homes were evacuated.\n"
    )
    code = (
        "import sys\nfrom pathlib import Path\nfrom brief.load import load_file\n"
        f"folder = Path({str(folder)!r})\n"
        "text, _ = load_file(folder / 'a.txt', folder)\n"
        "before = sorted(m for m in sys.modules if m.startswith('brief.readers.'))\n"
        "mail, _ = load_file(folder / 'b.eml', folder)\n"
        "print(before, len(text), len(mail), 'brief.readers.mail' in sys.modules)\n"
    )
    # The text reader's own modules only (declared types, walls), no other format's.
    assert python_output(code) == (
        "['brief.readers.declared', 'brief.readers.text', 'brief.readers.walls'] 1 1 True"
    )


def test_a_folder_read_leaves_no_lines_behind(make_folder):
    # Lines are read once per folder (clean.keep_paragraphs keeps them while it reads);
    # a process that goes on, a daily job's, does not hold the folder's text after, even
    # when the reading stops half way (here: the progress callback gives up).
    from brief.clean import _reading

    folder = make_folder({f"{k:02}.txt": f"{ARTICLE}Item {k} was read.\n" for k in range(60)})
    documents, _ = load_folder(folder)
    assert len(documents) == 60 and _reading.cache_info().currsize == 0

    def give_up(stage: str, done: int, total: int) -> None:
        if done == 50:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        load_folder(folder, give_up)
    assert _reading.cache_info().currsize == 0


def _dated_page(head: str, body: str) -> str:
    return (
        f"<html><head><title>Harbour bridge reopens</title>{head}</head><body>{body}</body></html>"
    )


@pytest.mark.parametrize(
    ("name", "head", "body", "iso"),
    [
        # The page's date is the day it was published, never a year its text mentions.
        ("year in the text", "", f"<p>{BODY} The first bridge was built in 1995.</p>", None),
        ("copyright line", "", f"<p>{BODY}</p><footer><p>© 2019 Harbour Post</p></footer>", None),
        ("an event's day", "", f"<p>{BODY} Work began on March 3, 2019.</p>", None),
        # What a page declares, or a stamp above the article's first sentence.
        (
            "published_time",
            '<meta property="article:published_time" content="2022-02-02T08:00:00Z">',
            f"<p>{BODY}</p>",
            "2022-02-02",
        ),
        (
            "time element",
            "",
            f'<time datetime="2021-05-04T10:00">4 May</time><p>{BODY}</p>',
            "2021-05-04",
        ),
        ("stamp line", "", f"<p>Published: 4 May 2021 09:15</p><p>{BODY}</p>", "2021-05-04"),
    ],
)
def test_a_saved_page_is_dated_by_what_it_declares_not_by_numbers_in_its_text(
    make_folder, name, head, body, iso
):
    (doc,), _ = load_folder(make_folder({"page.html": _dated_page(head, body)}))
    assert doc.date == iso, name


def test_a_day_written_day_first_dates_a_text(make_folder):
    (doc,), _ = load_folder(make_folder({"a.txt": "Roads reopen\nTuesday 4 May 2021\n" + BODY}))
    assert doc.date == "2021-05-04"


def test_a_breadcrumb_is_no_headline_and_a_headline_in_capitals_is_recased(make_folder):
    text = (
        "Harbour Post › Sport › Rowing\n\nTALBROOK CREW WINS THE HARBOUR CUP\n\n"
        "By Ann Reyes\n\nThe Talbrook crew won the Harbour Cup on Saturday for the first"
        " time in twelve years, beating the Kessing boat by two lengths on the river.\n"
    )
    (doc,), _ = load_folder(make_folder({"a.txt": text}))
    assert doc.title == "Talbrook crew wins the Harbour Cup"


def test_a_pages_skip_link_copied_with_its_text_is_no_headline(make_folder):
    text = "Skip to main content\n\n" + ARTICLE
    (doc,), _ = load_folder(make_folder({"a.txt": text}))
    assert doc.title == "a"  # no headline: the Also line then tells the article's lead


def test_a_line_that_opens_different_articles_is_their_outlets_masthead(make_folder):
    # Pages copied from one local site all open on its name; two copies of one wire
    # report under one short headline keep it.
    bridge = "The harbour bridge reopened to traffic on Thursday after two years of repairs.\n"
    library = "The central library will stay open until midnight on weekdays from January.\n"
    storm = "A storm closed the coast road on Friday and cut power to 3,000 homes overnight.\n"
    folder = make_folder(
        {
            "a.txt": "Harbour Post\n\n" + bridge,
            "b.txt": "Harbour Post\n\n" + library,
            "c.txt": "Storm shuts coast road\n\n" + storm,
            "d.txt": "Storm shuts coast road\n\n" + storm.replace("Friday", "Friday night"),
        }
    )
    documents, _ = load_folder(folder)
    found = {d.path.name: (d.title, d.publisher) for d in documents}
    assert found == {
        "a.txt": ("a", "Harbour Post"),
        "b.txt": ("b", "Harbour Post"),
        "c.txt": ("Storm shuts coast road", None),
        "d.txt": ("Storm shuts coast road", None),
    }


def test_a_masthead_in_capitals_is_named_as_a_name(make_folder):
    # Read as a headline first, "HARBOUR RADIO 98.3 NEWS" was recased as one, and the
    # outlet was cited as "Harbour radio 98.3 news"; the folder's other page spells it.
    bridge = "The harbour bridge reopened to traffic on Thursday after two years of repairs.\n"
    library = "The central library will stay open until midnight on weekdays from January.\n"
    folder = make_folder(
        {
            "a.txt": "HARBOUR RADIO 98.3 NEWS\n\n" + bridge,
            "b.txt": "HARBOUR RADIO 98.3 NEWS\n\n" + library,
        }
    )
    assert {d.publisher for d in load_folder(folder)[0]} == {"Harbour Radio 98.3 News"}
    (folder / "c.txt").write_text("Harbour Radio 98.3 News -- Evening Report\n\n" + bridge)
    assert {d.publisher for d in load_folder(folder)[0]} == {"Harbour Radio 98.3 News"}


def test_a_line_that_names_another_pages_site_is_the_outlets_masthead(make_folder):
    # One clipping from a site whose saved page is in the folder too: its first line is the
    # site's name (the page's og:site_name), not a headline.
    page = (
        '<html><head><title>Bridge reopens | Harbour Post</title><meta property="og:site_name"'
        ' content="Harbour Post"></head><body><article><h1>Bridge reopens</h1><p>The harbour'
        " bridge reopened to traffic on Thursday after two years of repairs, the council"
        " said.</p></article></body></html>"
    )
    clipping = "Harbour Post\n\nThe central library will stay open until midnight on weekdays.\n"
    documents, _ = load_folder(make_folder({"page.html": page, "clip.txt": clipping}))
    found = {d.path.name: (d.title, d.publisher) for d in documents}
    assert found == {
        "page.html": ("Bridge reopens", "Harbour Post"),
        "clip.txt": ("clip", "Harbour Post"),
    }
    # A newspaper's name is one, whoever declares it; a headline that ends on one is not.
    clippings = {
        "a.txt": "Kessing Advertiser\n\n" + clipping.split("\n\n", 1)[1],
        "b.txt": "Talbrook council backs the Gazette\n\n" + clipping.split("\n\n", 1)[1],
    }
    documents, _ = load_folder(make_folder(clippings))
    found = {d.path.name: (d.title, d.publisher) for d in documents}
    assert found == {
        "a.txt": ("a", "Kessing Advertiser"),
        "b.txt": ("Talbrook council backs the Gazette", None),
    }


def test_the_hour_a_file_gives_for_its_day_is_kept(make_folder):
    # Two reports of one day are told apart by it (brief.developing).
    body = "<p>" + ARTICLE.replace("\n", " ") + "</p>"
    page = (
        '<html><head><meta property="article:published_time" content="2026-11-27T09:00:00Z">'
        f"</head><body><article><h1>Harbour bridge reopens</h1>"
        f'<time datetime="2026-11-27T10:05:00Z">Fri 27 Nov 10.05</time>{body}</article>'
        "</body></html>"
    )
    stamped = page.replace(
        '<meta property="article:published_time" content="2026-11-27T09:00:00Z">', ""
    )
    mail = (
        "From: Desk <d@example.org>\nSubject: Harbour bridge reopens\n"
        f"Date: Fri, 27 Nov 2026 16:20:00 +0000\n\n{ARTICLE}"
    )
    folder = make_folder(
        {
            "meta.html": page,
            "time.html": stamped,
            "note.md": f"---\ntitle: Bridge\npublished: 2026-11-27T15:40:00Z\n---\n\n{ARTICLE}",
            "day.md": f"---\ntitle: Bridge\npublished: 2026-11-27\n---\n\n{ARTICLE}",
            "desk.eml": mail,
            "plain.txt": ARTICLE,
            # No date in its markup, only in the byline an extractor drops with it.
            "byline.html": page.replace(
                '<meta property="article:published_time" content="2026-11-27T09:00:00Z">', ""
            ).replace(
                '<time datetime="2026-11-27T10:05:00Z">Fri 27 Nov 10.05</time>',
                '<div class="meta">By Ann Reyes &bull; Published: Nov. 27, 2026 at 1:18 PM'
                " CST</div>",
            ),
        }
    )
    found = {d.path.name: (d.date, d.time) for d in load_folder(folder)[0]}
    assert found == {
        "meta.html": ("2026-11-27", "09:00"),
        "time.html": ("2026-11-27", "10:05"),
        "note.md": ("2026-11-27", "15:40"),
        "day.md": ("2026-11-27", None),
        "desk.eml": ("2026-11-27", "16:20"),
        "plain.txt": (None, None),
        "byline.html": ("2026-11-27", "13:18"),
    }


def test_a_sites_masthead_in_an_h1_is_not_the_headline(make_folder):
    # The site's name in the page's first <h1>, the headline in an <h2>: trafilatura took
    # the masthead for the title, so the article was titled by its file's name.
    paragraphs = "".join(
        f"<p>{text}</p>"
        for text in (
            "Kestlow library will close on Monday for around four months so that its leaking"
            " roof can be replaced, the county council said.",
            "Water poured through the ceiling of the children's section during heavy rain in"
            " October, damaging more than 600 books.",
            "A pop-up library will run at the community centre on Tuesdays and Thursdays while"
            " the work is carried out.",
        )
    )
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<title>Kestlow library to close for roof repairs | Kestlow Citizen</title>"
        '<meta property="og:site_name" content="Kestlow Citizen"></head><body>'
        '<header><h1 class="site-title"><a href="/">Kestlow Citizen</a></h1></header>'
        "<main><article><h2>Kestlow library to close for roof repairs</h2>"
        f"{paragraphs}</article></main></body></html>"
    )
    (doc,), _ = load_folder(make_folder({"saved.html": page}))
    assert headline(doc) == "Kestlow library to close for roof repairs"
    assert doc.publisher == "Kestlow Citizen"


def test_a_script_in_capitals_takes_its_names_as_the_folder_writes_them(make_folder):
    # A radio script written in capitals is put in sentence case; its town and street,
    # which English knows as words ("gore", "street"), were left in small letters: "a
    # house fire in east gore". The folder's other pages write them.
    script = (
        "FOVEAUX FM 94.8 -- NEWSROOM SCRIPT\nSLUG: GORE FIRE\n\n"
        "A FAMILY OF FOUR HAS ESCAPED A HOUSE FIRE IN EAST GORE OVERNIGHT.\n\n"
        "FIRE CREWS WERE CALLED TO THE HOUSE ON MERSEY STREET AT 10.40 LAST NIGHT.\n\n"
        "THE HOUSE HAS BEEN BADLY DAMAGED AND THE FAMILY ARE STAYING WITH FRIENDS.\n"
    )
    page = (
        "Family of four escapes as fire tears through Gore home\n\n"
        "A family of four escaped a house fire on Mersey Street in East Gore on Monday night"
        " after their smoke alarm woke them, the fire service said.\n\n"
        "Crews from Gore and Mataura fought the fire in East Gore for two hours.\n"
    )
    documents, _ = load_folder(make_folder({"script.txt": script, "page.txt": page}))
    recased = next(d for d in documents if d.path.name == "script.txt")
    assert recased.paragraphs[:2] == (
        "A family of four has escaped a house fire in East Gore overnight.",
        "Fire crews were called to the house on Mersey Street at 10.40 last night.",
    )
    # Alone, the script keeps the sentence case English gives it.
    (alone,), _ = load_folder(make_folder({"script.txt": script}))
    assert (
        alone.paragraphs[0] == "A family of four has escaped a house fire in east gore overnight."
    )
