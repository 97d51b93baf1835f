"""PDF, Word, e-mail (.eml, mbox, Maildir) and feeds (RSS, Atom), made here by real libraries
and read through the real CLI: the briefing cites each with its title, publisher and date."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from real_files import (
    atom_bytes,
    docx_bytes,
    mbox_bytes,
    message,
    pdf_bytes,
    rss_bytes,
    write_maildir,
)

from brief.cli import app
from brief.load import READERS, load_folder
from brief.readers import Unusable

DATE = ["--date", "2026-11-20T06:55+00:00"]
WHEN = datetime(2026, 11, 18, 9, 30, tzinfo=UTC)

BRIDGE = [
    "The harbour bridge reopened to traffic on Thursday after two years of repairs.",
    "Engineers replaced all 212 steel cables and resurfaced the whole deck, the city said.",
    "Ferry traffic on the old crossing fell by half within a day, port officials reported.",
]
SCHOOLS = [
    "The city council approved a budget of 40 million euros for school buildings on Wednesday.",
    "The money will pay for new roofs and heating in twelve schools, the mayor told reporters.",
    "Work on the first four buildings is due to start during the spring holidays next year.",
]
STORM = [
    "A storm closed the city airport for six hours on Tuesday night as winds reached 120 km/h.",
    "More than 80 flights were cancelled and thousands of travellers slept in the terminal.",
    "Airport staff handed out blankets and water until the first planes left on Wednesday.",
]
ORCHESTRA = [
    "The national orchestra announced on Monday that it will tour twelve Asian cities next year.",
    "The tour opens in Seoul in March and closes in Singapore after seven weeks on the road.",
    "Tickets for the opening concert sold out within an hour of going on sale, organisers said.",
]
HOSPITAL = [
    "The regional hospital opened a new cancer ward with forty beds on Friday morning.",
    "The ward cost 18 million euros and was paid for by the region and a private foundation.",
    "Doctors said waiting times for treatment should fall from six weeks to under three.",
]
TRAMS = [
    "The transport authority ordered thirty new low-floor trams from a Spanish maker on Monday.",
    "The first trams will run on the northern line from autumn, replacing cars built in 1985.",
    "Each tram carries 240 passengers and uses a third less power than the old models.",
]
MUSEUM = [
    "The city museum returned three bronze statues to Nigeria in a ceremony on Saturday.",
    "The statues were taken from Benin City in 1897 and bought by the museum in the 1950s.",
    "Nigerian officials thanked the museum and said the bronzes will be shown in Lagos.",
]
LIBRARY = [
    "The central library will stay open until midnight on weekdays from January, the city said.",
    "Students had asked for longer hours in a petition signed by more than nine thousand people.",
    "The longer opening will cost about 300,000 euros a year in extra staff and heating.",
]


def briefing(runner, folder: Path, *args: str) -> dict:
    result = runner.invoke(app, ["build", str(folder), *DATE, "--format", "json", *args])
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout)


def source(data: dict, path_end: str) -> dict:
    matches = [s for s in data["sources"] if s["path"].endswith(path_end)]
    assert len(matches) == 1, [s["path"] for s in data["sources"]]
    return matches[0]


def cited(data: dict) -> set[str]:
    """Ids of every source the briefing cites: in a summarised story or under Also."""
    return {i for story in data["stories"] + data["also"] for i in story["sources"]}


def sentence_sources(data: dict) -> set[str]:
    return {i for story in data["stories"] for s in story["sentences"] for i in s["sources"]}


def assert_cites(data: dict, path_end: str, title: str, publisher: str, date: str) -> str:
    found = source(data, path_end)
    assert (found["title"], found["publisher"], found["date"]) == (title, publisher, date)
    assert found["id"] in cited(data)
    return found["id"]


def test_pdf_is_cited_with_its_title_author_and_date(runner, make_folder):
    pdf = pdf_bytes("Bridge reopens after repairs", "Harbour Authority", WHEN, BRIDGE)
    data = briefing(runner, make_folder({"report.pdf": pdf}))
    doc_id = assert_cites(
        data, "report.pdf", "Bridge reopens after repairs", "Harbour Authority", "2026-11-18"
    )
    texts = [s["text"] for story in data["stories"] for s in story["sentences"]]
    assert texts and all(text in BRIDGE for text in texts)  # paragraphs rebuilt from lines
    assert sentence_sources(data) == {doc_id}


def test_pdf_without_a_title_takes_its_first_heading(runner, make_folder):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "B", size=16)
    pdf.multi_cell(0, 9, "New trams for the northern line", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=11)
    for paragraph in TRAMS:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
    data = briefing(runner, make_folder({"trams.pdf": bytes(pdf.output())}))
    assert source(data, "trams.pdf")["title"] == "New trams for the northern line"


def test_docx_is_cited_with_its_core_properties(runner, make_folder):
    docx = docx_bytes("Council funds school repairs", "City Hall Press Office", WHEN, SCHOOLS)
    data = briefing(runner, make_folder({"memo.docx": docx}))
    doc_id = assert_cites(
        data, "memo.docx", "Council funds school repairs", "City Hall Press Office", "2026-11-18"
    )
    assert sentence_sources(data) == {doc_id}


def test_docx_without_properties_takes_its_first_heading(runner, make_folder):
    import docx

    document = docx.Document()  # python-docx's template: author "python-docx", no title
    document.add_heading("Hospital opens cancer ward", level=1)
    for paragraph in HOSPITAL:
        document.add_paragraph(paragraph)
    path = make_folder({})
    path.mkdir()
    document.save(path / "ward.docx")
    data = briefing(runner, path)
    found = source(data, "ward.docx")
    assert (found["title"], found["publisher"]) == ("Hospital opens cancer ward", None)


@pytest.mark.parametrize("html", [False, True], ids=["plain", "html"])
def test_eml_is_cited_with_subject_sender_and_date(runner, make_folder, html):
    mail = message("Storm closes airport", "City Desk <desk@example.org>", WHEN, STORM, html=html)
    data = briefing(runner, make_folder({"storm.eml": mail.as_bytes()}))
    doc_id = assert_cites(data, "storm.eml", "Storm closes airport", "City Desk", "2026-11-18")
    assert sentence_sources(data) == {doc_id}


def test_every_message_of_an_mbox_is_a_document(runner, make_folder, tmp_path):
    mbox = mbox_bytes(
        [
            message("Orchestra to tour Asia", "Arts Weekly <arts@example.org>", WHEN, ORCHESTRA),
            message("Museum returns bronzes", "Culture Desk <c@example.org>", WHEN, MUSEUM),
        ],
        tmp_path,
    )
    data = briefing(runner, make_folder({"inbox.mbox": mbox}))
    assert_cites(data, "inbox.mbox#1", "Orchestra to tour Asia", "Arts Weekly", "2026-11-18")
    assert_cites(data, "inbox.mbox#2", "Museum returns bronzes", "Culture Desk", "2026-11-18")


def test_maildir_messages_are_documents(runner, make_folder):
    folder = make_folder({})
    folder.mkdir()
    write_maildir(
        folder / "Mail",
        [message("Library opens late", "Campus News <news@example.edu>", WHEN, LIBRARY)],
    )
    data = briefing(runner, folder)
    assert [s["title"] for s in data["sources"]] == ["Library opens late"]
    assert data["sources"][0]["publisher"] == "Campus News"
    assert "/Mail/new/" in data["sources"][0]["path"]
    assert data["warnings"] == []  # cur/, new/, tmp/ are not "unsupported files"


def test_rss_and_atom_items_are_documents_with_the_channel_as_publisher(runner, make_folder):
    rss = rss_bytes(
        "Evening Post",
        [
            ("Bridge reopens", "https://post.example/bridge", WHEN, BRIDGE),
            ("Trams ordered", "https://post.example/trams", WHEN, TRAMS),
        ],
    )
    atom = atom_bytes(
        "Morning Star", [("Hospital ward opens", "https://star.example/ward", WHEN, HOSPITAL)]
    )
    data = briefing(runner, make_folder({"post.rss": rss, "star.atom": atom}))
    assert_cites(data, "post.rss#1", "Bridge reopens", "Evening Post", "2026-11-18")
    assert_cites(data, "post.rss#2", "Trams ordered", "Evening Post", "2026-11-18")
    assert_cites(data, "star.atom#1", "Hospital ward opens", "Morning Star", "2026-11-18")
    assert source(data, "post.rss#2")["url"] == "https://post.example/trams"


def test_a_mixed_folder_cites_every_format(runner, make_folder, tmp_path):
    """The morning folder of the issue: every format at once, each cited correctly."""
    folder = make_folder(
        {
            "report.pdf": pdf_bytes("Bridge reopens", "Harbour Authority", WHEN, BRIDGE),
            "memo.docx": docx_bytes("School repairs funded", "City Hall", WHEN, SCHOOLS),
            "storm.eml": message(
                "Airport closed", "City Desk <d@example.org>", WHEN, STORM
            ).as_bytes(),
            "arts.mbox": mbox_bytes(
                [message("Orchestra tour", "Arts Weekly <a@example.org>", WHEN, ORCHESTRA)],
                tmp_path,
            ),
            "post.rss": rss_bytes("Evening Post", [("Trams", "https://p.example/t", WHEN, TRAMS)]),
            "star.atom": atom_bytes(
                "Morning Star", [("Ward", "https://s.example/w", WHEN, HOSPITAL)]
            ),
            "notes.txt": "\n".join(MUSEUM),
        }
    )
    data = briefing(runner, folder, "--max-stories", "7", "--words", "400")
    assert_cites(data, "report.pdf", "Bridge reopens", "Harbour Authority", "2026-11-18")
    assert_cites(data, "memo.docx", "School repairs funded", "City Hall", "2026-11-18")
    assert_cites(data, "storm.eml", "Airport closed", "City Desk", "2026-11-18")
    assert_cites(data, "arts.mbox#1", "Orchestra tour", "Arts Weekly", "2026-11-18")
    assert_cites(data, "post.rss#1", "Trams", "Evening Post", "2026-11-18")
    assert_cites(data, "star.atom#1", "Ward", "Morning Star", "2026-11-18")
    assert len(data["sources"]) == 7 and data["warnings"] == []


def digest_html(read_more: bool) -> str:
    """A newsletter whose articles link to their story from the heading, or from a
    "Read more" line after the text."""
    sections = (("Bridge reopens", BRIDGE), ("Schools funded", SCHOOLS), ("Storm", STORM))
    body = ""
    for n, (title, paragraphs) in enumerate(sections):
        link = f'<a href="https://digest.example/{n}">'
        body += f"<h2>{title}</h2>" if read_more else f"<h2>{link}{title}</a></h2>"
        body += "".join(f"<p>{p}</p>" for p in paragraphs)
        body += f"<p>{link}Read more</a></p>" if read_more else ""
    return (
        "<html><body><table><tr><td><p>Good morning. Here is the news.</p>"
        f"{body}<p>Unsubscribe</p></td></tr></table></body></html>"
    )


@pytest.mark.parametrize("read_more", [False, True], ids=["heading-links", "read-more-links"])
def test_a_newsletter_digest_gives_one_document_per_article(runner, make_folder, read_more):
    mail = message("Your Thursday digest", "The Daily Digest <d@example.org>", WHEN, ["Hi."])
    mail.add_alternative(digest_html(read_more), subtype="html")
    data = briefing(runner, make_folder({"digest.eml": mail.as_bytes()}))
    for n, title in enumerate(("Bridge reopens", "Schools funded", "Storm"), 1):
        found = assert_cites(data, f"digest.eml#{n}", title, "The Daily Digest", "2026-11-18")
        assert found
    assert source(data, "digest.eml#1")["url"] == "https://digest.example/0"


def test_a_newsletters_label_before_its_subjects_headline_is_no_title(runner, make_folder):
    # "Business Briefing: Fenwick to shut Harwick creamery" headed a story; a tag in
    # brackets ("[PPA Business] …") opened an Also line.
    folder = make_folder(
        {
            "brief.eml": message(
                "Business Briefing: Museum returns bronzes to Nigeria",
                "B <b@example.org>",
                WHEN,
                MUSEUM,
            ).as_bytes(),
            "wire.eml": message(
                "[Arts Desk] Orchestra to tour twelve Asian cities",
                "A <a@example.org>",
                WHEN,
                ORCHESTRA,
            ).as_bytes(),
            "storm.eml": message(
                "Storm update - airport closed for a second day", "C <c@example.org>", WHEN, STORM
            ).as_bytes(),
            # A newsletter's name before a dash.
            "dashed.eml": message(
                "Ostby & District Newsletter - Storm update - airport closed for a second day",
                "D <d@example.org>",
                WHEN,
                STORM,
            ).as_bytes(),
            # A story forwarded, and a press release's label: "FW: …", "PRESS RELEASE: …".
            "forwarded.eml": message(
                "FW: Fwd: Museum returns bronzes to Nigeria", "F <f@example.org>", WHEN, MUSEUM
            ).as_bytes(),
            "release.eml": message(
                "PRESS RELEASE: Orchestra to tour twelve Asian cities",
                "R <r@example.org>",
                WHEN,
                ORCHESTRA,
            ).as_bytes(),
            # The sender's own name before a bar ("Marketline Morning | Brightloom …").
            "own.eml": message(
                "Harbour Morning | Museum returns bronzes to Nigeria",
                "Harbour Morning <m@example.org>",
                WHEN,
                MUSEUM,
            ).as_bytes(),
            # An evening edition's label ("Evening Update: Last fire crews leave …").
            "evening.eml": message(
                "Evening Update: Orchestra to tour twelve Asian cities",
                "E <e@example.org>",
                WHEN,
                ORCHESTRA,
            ).as_bytes(),
        }
    )
    data = briefing(runner, folder)
    assert sorted(s["title"] for s in data["sources"]) == [
        "Museum returns bronzes to Nigeria",
        "Museum returns bronzes to Nigeria",
        "Museum returns bronzes to Nigeria",
        "Orchestra to tour twelve Asian cities",
        "Orchestra to tour twelve Asian cities",
        "Orchestra to tour twelve Asian cities",
        "Storm update - airport closed for a second day",
        "Storm update - airport closed for a second day",  # no newsletter's name before it
    ]


def test_a_plain_text_digest_is_split_at_its_separators(runner, make_folder):
    text = "\n\n-----\n\n".join(
        f"{title}\n\n" + "\n\n".join(paragraphs)
        for title, paragraphs in (("Orchestra tour", ORCHESTRA), ("Bronzes returned", MUSEUM))
    )
    mail = message("Culture this week", "Culture Mail <c@example.org>", WHEN, [text])
    data = briefing(runner, make_folder({"culture.eml": mail.as_bytes()}))
    assert [s["title"] for s in data["sources"]] == ["Orchestra tour", "Bronzes returned"]


def test_a_forwarded_message_is_the_message_it_forwards(runner, make_folder):
    # A reporter's forward of a police release: the note above the line ("can someone
    # swap the headline?") was the article's first paragraph, and the reporter its outlet.
    note = (
        "Police update below - he has been found. Can someone swap the headline and picture"
        " on the live story? The other paper will have it within the hour.\n\nJo\n\n"
        "Jo Roe | Reporter | The Oskby Lantern\n\n"
    )
    # Outlook's, Gmail's and Thunderbird's lines; Thunderbird's saved with Windows line
    # ends (each line ended on "\r", and the note and the reporter were read as before),
    # under a release's label ("NEWS RELEASE: …"). Outlook's desktop forward has no line,
    # only the original's headers (From, Sent, To, Subject) under the note, and Outlook on
    # the web a rule of underscores: the reporter's paper was cited for the police's release.
    for line, label, ends in (
        ("-----Original Message-----\n", "", b"\n"),
        ("---------- Forwarded message ---------\n", "", b"\n"),
        ("-------- Forwarded Message --------\n", "NEWS RELEASE: ", b"\r\n"),
        ("", "MEDIA RELEASE - ", b"\r\n"),
        ("________________________________\n", "", b"\n"),
    ):
        forwarded = (
            f"{note}{line}From: Harbour Police Media Office <media@police.example>\n"
            "Sent: 18 November 2026 09:12\nTo: Media List <media@police.example>\n"
            f"Subject: {label}Museum returns bronzes to Nigeria"
            "\n\n" + "\n\n".join(MUSEUM)
        )
        mail = message("FW: Museum update", "Jo Roe <jo@lantern.example>", WHEN, [forwarded])
        saved = mail.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", ends)
        data = briefing(runner, make_folder({"fw.eml": saved}))
        found = assert_cites(
            data,
            "fw.eml",
            "Museum returns bronzes to Nigeria",
            "Harbour Police Media Office",
            "2026-11-18",
        )
        said = " ".join(c["text"] for story in data["stories"] for c in story["sentences"])
        assert found and "swap the headline" not in said and MUSEUM[0][:40] in said


def test_a_newsletters_signature_is_no_part_of_its_article(make_folder):
    # A village newsletter's footer under the signature line ("--"): "… is put together by
    # volunteers. To stop receiving this newsletter, reply with UNSUBSCRIBE." was its
    # article's last paragraph, in every issue (and tied two issues' unrelated items).
    # A digest's last item loses it too; a "--" inside the text is no signature.
    footer = (
        "--\nThe Oskby Newsletter is put together by volunteers. To stop receiving this"
        " newsletter, reply with UNSUBSCRIBE.\nOskby Newsletter, 4 Quay Street, Oskby."
    )
    aside = "The harbour -- closed since March -- will reopen to small boats in the spring."
    issue = message("Museum update", "Oskby Newsletter <n@oskby.example>", WHEN, [*MUSEUM, aside])
    issue.set_content(issue.get_content() + "\n" + footer + "\n")
    digest = "\n\n-----\n\n".join(
        f"{title}\n\n" + "\n\n".join(paragraphs)
        for title, paragraphs in (("Orchestra tour", ORCHESTRA), ("Bronzes returned", MUSEUM))
    )
    weekly = message("This week", "Oskby Newsletter <n@oskby.example>", WHEN, [digest, footer])
    found, _ = load_folder(
        make_folder({"issue.eml": issue.as_bytes(), "weekly.eml": weekly.as_bytes()})
    )
    assert len(found) == 3
    said = [p for d in found for p in d.paragraphs]
    assert not [p for p in said if "volunteers" in p or "Quay Street" in p]
    assert aside in said and MUSEUM[-1] in said


def test_a_press_release_under_a_cover_note_is_one_article(runner, make_folder):
    # "Hi all, / Please find our release below … / Many thanks," above a rule and the
    # release: the greeting headed an article of its own ("Hi all,").
    text = (
        "Hi all,\n\nPlease find our appeal below. Photos of the volunteers are available on"
        " request, and I am around all day if anyone would like an interview.\n\nMany"
        " thanks,\nJo\n\n----\n\nPRESS RELEASE\n\n" + "\n\n".join(MUSEUM)
    )
    mail = message(
        "PRESS RELEASE: Museum returns bronzes to Nigeria", "Jo <jo@example.org>", WHEN, [text]
    )
    data = briefing(runner, make_folder({"release.eml": mail.as_bytes()}))
    assert [s["title"] for s in data["sources"]] == ["Museum returns bronzes to Nigeria"]


def test_a_press_release_is_cited_to_the_organisation_that_sent_it(runner, make_folder):
    # A charity's release, sent by its press officer, was cited to her ("Lynne Carswell"),
    # not to the charity whose news it was and whose name its address spells.
    release = [
        "Demand for food parcels at the Oskby Food Larder has doubled since the summer, the"
        " charity said on Wednesday as it launched its Christmas appeal.",
        "The Oskby Food Larder handed out 1,240 parcels in October, against 610 in June, and"
        " is asking shoppers to leave tins and dried food at collection points in the town.",
    ]
    subject = "PRESS RELEASE: Oskby Food Larder launches Christmas appeal as demand doubles"
    sent = {
        "Jo Roe <jo.roe@oskbyfoodlarder.org.uk>": "Oskby Food Larder",
        # A personal address names no organisation; a sender that names it is kept.
        "Jo Roe <jo.roe@mailbox.example>": "Jo Roe",
        "Oskby Food Larder Press Office <press@oskbyfoodlarder.org.uk>": (
            "Oskby Food Larder Press Office"
        ),
    }
    for sender, publisher in sent.items():
        mail = message(subject, sender, WHEN, release)
        data = briefing(runner, make_folder({"release.eml": mail.as_bytes()}))
        assert source(data, "release.eml")["publisher"] == publisher
    # A fire service's media office, whose address spells its first word and its initials
    # ("CFRS Media" <firemedia@cumbriafrs.org.uk>, "Cumbria Fire and Rescue Service" on the
    # release's head, above its text).
    fire = [
        "NEWS RELEASE\nOskby Fire and Rescue Service\n25 November 2026 - for immediate use",
        "Firefighters rescued a man from a house fire in Oskby on Wednesday afternoon, and"
        " he was taken to hospital with smoke inhalation.",
        "Crews from Oskby and Tarnside were called at 14:19 to a single-storey house on"
        " Bankfield Close, where they found the kitchen well alight.",
    ]
    mail = message(
        "Man rescued from Oskby house fire", "OFRS Media <media@oskbyfrs.org.uk>", WHEN, fire
    )
    data = briefing(runner, make_folder({"release.eml": mail.as_bytes()}))
    assert source(data, "release.eml")["publisher"] == "Oskby Fire and Rescue Service"


def test_a_plain_text_digests_numbered_headings_ad_and_sign_off(runner, make_folder):
    # As plain-text newsletters are written: items numbered, headings in capitals, an
    # advertiser's blurb between separators, the sign-off after the last item.
    text = (
        "THE CULTURE WAKE-UP\nYour morning round-up\n\n-----\n\n"
        "1. NATIONAL ORCHESTRA TO TOUR TWELVE ASIAN CITIES\n\n"
        + "\n\n".join(ORCHESTRA)
        + "\n\n-----\n\n2. CITY MUSEUM RETURNS BRONZES TO NIGERIA\n\n"
        + "\n\n".join(MUSEUM)
        + "\n\n-----\n\nADVERTISEMENT\nWinter tyres fitted from 59 pounds at the Ring Road"
        " garage this week only. Quote WAKEUP for ten per cent off all tyres and free fitting.\n\n"
        "-----\n\nThat's all for today. Forward this email to a friend, they can sign up on"
        " our site.\n\nYou're receiving this because you signed up to The Culture Wake-Up.\n\n"
        "Got a story? Email newsdesk@culture.example\n"
    )
    mail = message("The Culture Wake-Up", "Culture Mail <c@example.org>", WHEN, [text])
    data = briefing(runner, make_folder({"culture.eml": mail.as_bytes()}))
    # Each item titled as its article writes the words; no item of the advertisement.
    assert [s["title"] for s in data["sources"]] == [
        "National orchestra to tour twelve Asian cities",
        "City museum returns bronzes to Nigeria",
    ]
    said = json.dumps(data)
    assert "tyres" not in said and "Forward this email" not in said and "receiving" not in said


def test_a_plain_text_digest_without_rules_is_split_at_its_numbered_capital_headings(
    runner, make_folder
):
    # A county paper's morning briefing: no rule between its items, each numbered in
    # capitals after a blank line. Read as one article, its flood item and its hit-and-run
    # item went into one story (the flood's).
    text = (
        "THE HARBOUR POST - MORNING BRIEFING\nThursday 26 November 2026\n\n"
        "Good morning. Here are two stories you need to know about today.\n\n"
        "1. NATIONAL ORCHESTRA TO TOUR TWELVE ASIAN CITIES\n\n"
        + "\n\n".join(ORCHESTRA)
        + "\n\n2. CITY MUSEUM RETURNS BRONZES TO NIGERIA\n\n"
        + "\n\n".join(MUSEUM)
        + "\n"
    )
    mail = message("Morning Briefing", "Harbour Post <p@example.org>", WHEN, [text])
    data = briefing(runner, make_folder({"briefing.eml": mail.as_bytes()}))
    assert [s["title"] for s in data["sources"]] == [
        "National orchestra to tour twelve Asian cities",
        "City museum returns bronzes to Nigeria",
    ]


def test_a_newsletter_whose_html_links_no_story_is_split_by_its_text_version(runner, make_folder):
    # A village paper's weekly e-mail: the HTML lays the items out with no link to a story
    # of their own, the plain-text version heads each between rules. Its acronyms keep
    # their capitals when the item spells them out ("CMO" for the City Museum Office).
    text = (
        "THE HARBOUR CRIER\nWeekly email edition\n\n"
        "------------------------------\n1. NATIONAL ORCHESTRA TO TOUR TWELVE ASIAN CITIES\n"
        "------------------------------\n\n" + "\n\n".join(ORCHESTRA) + "\n\n"
        "------------------------------\n2. CMO RETURNS BRONZES TO NIGERIA\n"
        "------------------------------\n\n" + "\n\n".join(MUSEUM) + "\n\n"
        # Its paragraphs wrapped at 72 characters, one's first line short: the article's
        # opening, not a second heading under the boxed one.
        "------------------------------\n3. LIBRARY: LONGER HOURS\n"
        "------------------------------\n\nFrom January, after a petition signed by\n"
        "more than nine thousand students, the central library will stay open\n"
        "until midnight on weekdays, the city said on Friday.\n\n" + "\n\n".join(LIBRARY[2:])
    )
    html = (
        "<html><body><h1>The Harbour Crier</h1>"
        + "".join(
            f"<h2>{title}</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs)
            for title, paragraphs in (("Orchestra tour", ORCHESTRA), ("Bronzes", MUSEUM))
        )
        + "</body></html>"
    )
    mail = message("The Harbour Crier", "Harbour Crier <c@example.org>", WHEN, [text])
    mail.add_alternative(html, subtype="html")
    data = briefing(runner, make_folder({"crier.eml": mail.as_bytes()}))
    assert [s["title"] for s in data["sources"]] == [
        "National orchestra to tour twelve Asian cities",
        "CMO returns bronzes to Nigeria",
        "Library: longer hours",
    ]
    documents, _ = load_folder(make_folder({"crier.eml": mail.as_bytes()}))
    assert documents[2].paragraphs[0].startswith("From January, after a petition signed by more")


def test_attachments_are_documents_of_their_own(runner, make_folder):
    mail = message("Weekly report attached", "Port Office <p@example.org>", WHEN, TRAMS)
    pdf = pdf_bytes("Bridge reopens after repairs", "", WHEN, BRIDGE)
    mail.add_attachment(pdf, maintype="application", subtype="pdf", filename="bridge.pdf")
    data = briefing(runner, make_folder({"weekly.eml": mail.as_bytes()}))
    assert_cites(data, "weekly.eml", "Weekly report attached", "Port Office", "2026-11-18")
    # The PDF has no author: its publisher is the message's sender.
    assert_cites(
        data, "weekly.eml#bridge.pdf", "Bridge reopens after repairs", "Port Office", "2026-11-18"
    )


def test_only_new_knows_feed_items_one_by_one(runner, make_folder, tmp_path):
    state = ["--only-new", "--state", str(tmp_path / "state.json")]
    items = [("Bridge reopens", "https://p.example/b", WHEN, BRIDGE)]
    folder = make_folder({"post.rss": rss_bytes("Evening Post", items)})
    assert len(briefing(runner, folder, *state)["sources"]) == 1
    # The next morning the saved feed holds a new item on top of yesterday's.
    items.insert(0, ("Trams ordered", "https://p.example/t", WHEN, TRAMS))
    (folder / "post.rss").write_bytes(rss_bytes("Evening Post", items))
    data = briefing(runner, folder, *state)
    assert [s["title"] for s in data["sources"]] == ["Trams ordered"]
    result = runner.invoke(app, ["build", str(folder), *DATE, "--format", "json", *state])
    assert result.exit_code == 0 and result.stdout == ""  # nothing new


def test_only_new_knows_mbox_messages_one_by_one(runner, make_folder, tmp_path):
    state = ["--only-new", "--state", str(tmp_path / "state.json")]
    messages = [message("Orchestra tour", "Arts <a@example.org>", WHEN, ORCHESTRA)]
    folder = make_folder({"arts.mbox": mbox_bytes(messages, tmp_path)})
    briefing(runner, folder, *state)
    messages.append(message("Bronzes returned", "Arts <a@example.org>", WHEN, MUSEUM))
    (folder / "arts.mbox").write_bytes(mbox_bytes(messages, tmp_path))
    data = briefing(runner, folder, *state)
    assert [(s["title"], s["path"].rsplit("/", 1)[-1]) for s in data["sources"]] == [
        ("Bronzes returned", "arts.mbox#2")
    ]


@pytest.mark.skipif(not shutil.which("chromium"), reason="Chromium is not installed")
def test_a_pdf_printed_by_chromium(runner, make_folder, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Bridge reopens after repairs</title></head><body>"
        "<h1>Bridge reopens after repairs</h1>"
        + "".join(f"<p>{p}</p>" for p in BRIDGE)
        + "</body></html>"
    )
    folder = make_folder({})
    folder.mkdir()
    subprocess.run(
        [
            shutil.which("chromium"),
            "--headless",
            "--no-sandbox",
            "--no-pdf-header-footer",
            f"--print-to-pdf={folder / 'page.pdf'}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    data = briefing(runner, folder)
    assert source(data, "page.pdf")["title"] == "Bridge reopens after repairs"
    texts = [s["text"] for story in data["stories"] for s in story["sentences"]]
    assert texts and all(text in BRIDGE for text in texts)


# Bad input: a clear warning naming the file, the rest of the folder used, never a hang.

GOOD = {"good.txt": "\n".join(BRIDGE)}


def run_with(runner, make_folder, files: dict[str, bytes]) -> tuple[dict, dict[str, str]]:
    data = briefing(runner, make_folder({**GOOD, **files}))
    warnings = {Path(w["path"]).name: w["message"] for w in data["warnings"] if w["skipped"]}
    assert [s["path"].rsplit("/", 1)[-1] for s in data["sources"]] == ["good.txt"]
    return data, warnings


def test_a_scanned_pdf_gets_a_clear_warning(runner, make_folder):
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF()
    pdf.add_page()
    pdf.image(Image.new("L", (200, 100), 255), x=10, y=10, w=180)  # a page image, no text
    _, warnings = run_with(runner, make_folder, {"scan.pdf": bytes(pdf.output())})
    assert warnings["scan.pdf"].startswith("no text layer (a scanned PDF?)")


def test_a_password_protected_pdf_is_skipped_and_an_owner_lock_is_read(runner, make_folder):
    from fpdf import FPDF

    def locked(user_password: str) -> bytes:
        pdf = FPDF()
        pdf.set_encryption(owner_password="owner", user_password=user_password)
        pdf.set_title("Library opens late")
        pdf.add_page()
        pdf.set_font("helvetica", size=11)
        for paragraph in LIBRARY:
            pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        return bytes(pdf.output())

    data, warnings = run_with(runner, make_folder, {"secret.pdf": locked("secret")})
    assert warnings["secret.pdf"] == "the PDF is encrypted with a password"
    # Only the owner password set: anyone may open it (printing, copying may be limited).
    data = briefing(runner, make_folder({"open.pdf": locked("")}))
    assert source(data, "open.pdf")["title"] == "Library opens late"


def hostile_pdf(content: bytes, kids: bytes = b"[3 0 R]", stream: bytes = b"") -> bytes:
    """A one-page PDF with the given content stream and page tree, written by hand."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids " + kids + b" /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
        b" >> >> >> >>",
        b"<< /Length %d %s >>\nstream\n" % (len(content), stream) + content + b"\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


def test_deeply_nested_pdf_objects_are_refused_not_a_crash(runner, make_folder):
    nested = b"BT /F1 12 Tf " + b"[" * 50_000 + b"]" * 50_000 + b" TJ ET"
    _, warnings = run_with(runner, make_folder, {"nested.pdf": hostile_pdf(nested)})
    assert warnings["nested.pdf"].startswith("not a readable PDF")


def test_a_pdf_page_tree_that_loops_does_not_hang(runner, make_folder):
    text = b"BT /F1 12 Tf 72 720 Td (The page tree of this file points back at itself.) Tj ET"
    loop = hostile_pdf(text, kids=b"[2 0 R 3 0 R]")
    _, warnings = run_with(runner, make_folder, {"loop.pdf": loop})
    assert warnings["loop.pdf"] == "not a readable PDF (Detected cyclic page references.)"


def test_a_pdf_compression_bomb_is_stopped(runner, make_folder):
    import zlib

    bomb = zlib.compress(b"0" * 200_000_000, 9)  # 200 MB of text in about 200 KB
    pdf = hostile_pdf(bomb, stream=b"/Filter /FlateDecode")
    _, warnings = run_with(runner, make_folder, {"bomb.pdf": pdf})
    assert warnings["bomb.pdf"] == "not a readable PDF (a part unpacks to over 20 MB: a bomb?)"


def test_a_docx_zip_bomb_is_refused_before_unpacking(runner, make_folder, tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        # 60 MB of zeros packs into about 60 KB.
        archive.writestr("word/document.xml", b"\0" * 60_000_000)
    _, warnings = run_with(runner, make_folder, {"bomb.docx": path.read_bytes()})
    assert "(a zip bomb?)" in warnings["bomb.docx"]


def test_a_docx_that_is_not_a_zip_archive(runner, make_folder):
    _, warnings = run_with(runner, make_folder, {"fake.docx": b"This is not a Word file at all."})
    assert warnings["fake.docx"] == "not a Word document (not a zip archive)"


def test_entity_expansion_in_a_feed_does_not_hang(runner, make_folder):
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{n} "{f"&a{n - 1};" * 10}">' for n in range(1, 10)
    )
    feed = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel>'
        "<title>&a9;</title><item><title>&a9;</title><description>&a9;</description>"
        "</item></channel></rss>"
    ).encode()
    data = briefing(runner, make_folder({**GOOD, "laughs.rss": feed}))
    assert "good.txt" in {s["path"].rsplit("/", 1)[-1] for s in data["sources"]}
    assert all(len(s["title"]) < 10_000 for s in data["sources"])


def test_a_file_that_is_not_a_feed(runner, make_folder):
    _, warnings = run_with(runner, make_folder, {"data.xml": b"<config><a>1</a></config>"})
    assert warnings["data.xml"] == "not an RSS or Atom feed"


def test_deeply_nested_mail_parts_are_refused_not_a_crash(runner, make_folder):
    depth = 3_000
    raw = b"From: x@example.org\nSubject: nested\n"
    for level in range(depth):
        raw += b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (level, level)
    raw += b"Content-Type: text/plain\n\n" + "\n".join(BRIDGE).encode() + b"\n"
    _, warnings = run_with(runner, make_folder, {"nested.eml": raw})
    assert warnings["nested.eml"] == "not a readable e-mail message (parts nested too deeply)"


def test_an_mbox_without_from_lines(runner, make_folder):
    _, warnings = run_with(runner, make_folder, {"box.mbox": b"Subject: hi\n\nJust text.\n"})
    assert warnings["box.mbox"] == "not an mbox file (no line starts with 'From ')"


def test_a_message_without_headers(runner, make_folder):
    _, warnings = run_with(runner, make_folder, {"empty.eml": b"\n\nno headers at all\n"})
    assert warnings["empty.eml"] == "not an e-mail message (no headers)"


def test_an_article_with_sub_headings_is_not_a_digest(runner, make_folder):
    mail = message("Harbour news", "Port Office <p@example.org>", WHEN, ["Hi."])
    mail.add_alternative(
        "<html><body><h1>Bridge reopens after repairs</h1>"
        + "".join(f"<p>{p}</p>" for p in BRIDGE)
        + "<h2>What comes next</h2>"
        + "".join(f"<p>{p}</p>" for p in TRAMS)
        + "</body></html>",
        subtype="html",
    )
    data = briefing(runner, make_folder({"harbour.eml": mail.as_bytes()}))
    assert [(s["path"].rsplit("/", 1)[-1], s["title"]) for s in data["sources"]] == [
        ("harbour.eml", "Harbour news")
    ]


# Each reader, fed a real file's start followed by random bytes (or a real file with random
# bytes overwritten), uses what it can or refuses it with a reason: never another error.
REAL_STARTS = {
    ".pdf": pdf_bytes("Bridge reopens", "Harbour Authority", WHEN, BRIDGE),
    ".docx": docx_bytes("School repairs", "City Hall", WHEN, SCHOOLS),
    ".eml": message("Storm", "City Desk <d@example.org>", WHEN, STORM, html=True).as_bytes(),
    ".mbox": b"From a@example.org Thu Nov 19 09:30:00 2026\n"
    + message("Storm", "City Desk <d@example.org>", WHEN, STORM).as_bytes(),
    ".rss": rss_bytes("Evening Post", [("Trams", "https://p.example/t", WHEN, TRAMS)]),
    ".atom": atom_bytes("Morning Star", [("Ward", "https://s.example/w", WHEN, HOSPITAL)]),
}


@pytest.mark.parametrize("suffix", sorted(REAL_STARTS))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_damaged_files_are_used_or_refused_never_a_crash(suffix, data):
    real = REAL_STARTS[suffix]
    cut = data.draw(st.integers(0, len(real)), label="cut")
    noise = data.draw(st.binary(max_size=300), label="noise")
    damaged = real[:cut] + noise + real[cut + len(noise) :]
    try:
        parts = READERS[suffix](damaged, [])
    except Unusable as reason:
        assert str(reason)
    else:
        assert all(isinstance(p.cleaned.paragraphs, tuple) for p in parts)


def multi_page_pdf(pages: list[list[str]]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for paragraphs in pages:
        pdf.add_page()
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)  # space between paragraphs, as in any report
    return bytes(pdf.output())


def test_pdf_page_and_time_limits_keep_what_was_read(make_folder, monkeypatch):
    from brief.readers import pdf

    folder = make_folder({"long.pdf": multi_page_pdf([BRIDGE, SCHOOLS, STORM])})
    monkeypatch.setattr(pdf, "MAX_PAGES", 2)
    documents, notices = load_folder(folder)
    assert [n.message for n in notices] == ["only the first 2 of 3 pages are read"]
    text = " ".join(documents[0].paragraphs)
    assert text.endswith(SCHOOLS[-1]) and STORM[0] not in text
    monkeypatch.setattr(pdf, "MAX_PAGES", 300)
    monkeypatch.setattr(pdf, "MAX_SECONDS", 0.0)  # a file so slow that one page is all
    documents, notices = load_folder(folder)
    assert [n.message for n in notices] == ["stopped after page 1: reading took over 0 s"]
    assert " ".join(documents[0].paragraphs).endswith(BRIDGE[-1])


def test_an_mbox_gives_its_last_messages_past_the_limit(make_folder, tmp_path, monkeypatch):
    from brief.load import load_folder
    from brief.readers import mail

    monkeypatch.setattr(mail, "MAX_PARTS", 2)
    mails = [
        message(f"Item {n}", "Arts <a@example.org>", WHEN, text)
        for n, text in enumerate((ORCHESTRA, MUSEUM, LIBRARY), 1)
    ]
    documents, notices = load_folder(make_folder({"a.mbox": mbox_bytes(mails, tmp_path)}))
    assert [d.title for d in documents] == ["Item 2", "Item 3"]
    assert [n.message for n in notices] == ["only the last 2 of 3 messages are read"]


def test_a_message_in_an_unknown_charset_is_still_read(runner, make_folder):
    raw = (
        "From: Night Desk <n@example.org>\nSubject: Library hours\n"
        "Date: Wed, 18 Nov 2026 09:30:00 +0000\n"
        'Content-Type: text/plain; charset="x-no-such-charset"\n\n' + "\n\n".join(LIBRARY)
    ).encode()
    data = briefing(runner, make_folder({"hours.eml": raw}))
    assert_cites(data, "hours.eml", "Library hours", "Night Desk", "2026-11-18")


HEAD = "The weekly report of the City of Harbourside is published for all of its residents."


def test_pdf_running_heads_and_page_numbers_are_not_text(make_folder):
    from fpdf import FPDF

    from brief.load import load_folder

    class Report(FPDF):
        def header(self) -> None:
            self.set_font("helvetica", size=9)
            # A sentence, so that only its place on every page tells it from the text.
            self.cell(0, 8, HEAD, new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("helvetica", size=9)
            self.cell(0, 8, f"Page {self.page_no()}")

    pdf = Report()
    for paragraphs in (BRIDGE, SCHOOLS, STORM):
        pdf.add_page()
        pdf.set_font("helvetica", size=11)
        pdf.multi_cell(0, 6, " ".join(paragraphs), new_x="LMARGIN", new_y="NEXT")
    (document,), _ = load_folder(make_folder({"report.pdf": bytes(pdf.output())}))
    assert document.paragraphs == (" ".join(BRIDGE), " ".join(SCHOOLS), " ".join(STORM))


def test_pdf_paragraphs_repeated_inside_pages_are_kept(make_folder):
    """Scraped articles repeat whole paragraphs: only lines at the top or foot of most
    pages are running heads."""
    from brief.load import load_folder

    pages = [
        [*STORM[:2], *BRIDGE[:2], STORM[2], *SCHOOLS[:2]],
        [*MUSEUM[:2], *BRIDGE[:2], MUSEUM[2], *TRAMS[:2]],
        LIBRARY,
    ]
    (document,), _ = load_folder(make_folder({"scrape.pdf": multi_page_pdf(pages)}))
    assert BRIDGE[0] in " ".join(document.paragraphs)
