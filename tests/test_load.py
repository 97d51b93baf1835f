import codecs
import os
from pathlib import Path

import pytest

from brief.errors import InputError
from brief.load import load_folder

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


def test_markdown_without_front_matter_takes_its_first_heading_as_title(make_folder):
    (doc,), _ = load_folder(make_folder({"a.md": "# Budget passes\n\n" + ARTICLE}))
    assert doc.title == "Budget passes"


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
    assert reasons["headline-only.txt"] == "no article text found"
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
    assert python_output(code) == "['brief.readers.declared', 'brief.readers.text'] 1 1 True"
