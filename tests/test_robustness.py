"""The bad-input matrix (README, "Bad input"): one test per row, through the real CLI."""

from __future__ import annotations

import codecs
import email
import email.policy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from brief.cli import app
from brief.load import MAX_LINE_CHARS

GOOD = (
    "The harbour bridge reopened to traffic on Thursday after two years of repairs.\n"
    "Engineers replaced all 212 steel cables and resurfaced the whole deck.\n"
)
DATE = ["--date", "2026-11-20T06:55+00:00"]


def run(runner, folder: Path, *args: str):
    return runner.invoke(app, ["build", str(folder), *DATE, *args])


def briefing_json(runner, folder: Path, *args: str) -> dict:
    result = run(runner, folder, "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr
    return json.loads(result.stdout)


def sentences(data: dict) -> list[str]:
    return [s["text"] for story in data["stories"] for s in story["sentences"]]


def assert_skipped(result, path: Path, reason: str) -> None:
    assert result.exit_code == 0, result.stderr
    assert f"Warning: skipped {path}: {reason}" in result.stderr
    assert "Traceback" not in result.stderr


def test_binary_data_with_a_text_extension(runner, make_folder):
    folder = make_folder(
        {"good.txt": GOOD, "report.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n\x00\x00obj"}
    )
    assert_skipped(run(runner, folder), folder / "report.txt", "binary data, not text")


def test_empty_and_whitespace_only_files(runner, make_folder):
    folder = make_folder({"good.txt": GOOD, "empty.txt": "", "blank.md": " \n\t\n\n"})
    result = run(runner, folder)
    assert_skipped(result, folder / "empty.txt", "empty")
    assert_skipped(result, folder / "blank.md", "empty")


@pytest.mark.parametrize(
    "encoding", ["latin-1", "cp1252", "utf-16"], ids=["latin-1", "cp1252", "utf-16-bom"]
)
def test_legacy_encodings(runner, make_folder, encoding):
    text = "The café in Zürich reopened on Thursday, the owner Loïc Müller said.\n"
    if encoding == "cp1252":
        text = "\u201cWe are back,\u201d the café owner in Zürich said on Thursday morning.\n"
    encoded = text.encode(encoding)  # Python's utf-16 codec writes a BOM
    assert encoding != "utf-16" or encoded.startswith(codecs.BOM_UTF16_LE)
    data = briefing_json(runner, make_folder({"a.txt": encoded}))
    assert sentences(data) == [text.strip()]


def test_a_50_mb_file_is_skipped_by_the_size_limit(runner, make_folder):
    folder = make_folder({"good.txt": GOOD})
    with open(folder / "huge.txt", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: costs no disk
    result = run(runner, folder)
    assert_skipped(result, folder / "huge.txt", "larger than the 10 MiB limit (52,428,800 bytes)")


def test_a_one_million_character_line_is_cut(runner, make_folder):
    line = "The council met again on Tuesday to discuss the harbour budget. " * 16_000
    folder = make_folder({"good.txt": GOOD, "line.txt": line[:1_000_000]})
    result = run(runner, folder, "--format", "json")
    assert result.exit_code == 0
    assert f"Warning: {folder / 'line.txt'}: lines longer than {MAX_LINE_CHARS:,}" in result.stderr
    assert len(json.loads(result.stdout)["sources"]) == 2


def test_a_file_with_only_a_headline(runner, make_folder):
    folder = make_folder({"good.txt": GOOD, "head.txt": "Harbour bridge reopens\n"})
    assert_skipped(run(runner, folder), folder / "head.txt", "no article text found")


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_unreadable_files(runner, make_folder):
    # Root reads any file whatever its mode; /proc/self/mem refuses a plain read even to
    # root, so a link to it is an unreadable file on every machine.
    folder = make_folder({"good.txt": GOOD})
    os.symlink("/proc/self/mem", folder / "mem.txt")
    result = run(runner, folder)
    assert result.exit_code == 0
    assert f"Warning: skipped {folder / 'mem.txt'}: cannot be read" in result.stderr
    if os.geteuid() != 0:
        (folder / "locked.txt").write_text(GOOD)
        (folder / "locked.txt").chmod(0)
        result = run(runner, folder)
        assert f"Warning: skipped {folder / 'locked.txt'}: cannot be read" in result.stderr


def test_broken_symlinks_and_symlink_loops(runner, make_folder):
    folder = make_folder({"good.txt": GOOD})
    os.symlink(folder / "gone.txt", folder / "broken.txt")
    os.symlink(folder / "b.txt", folder / "a.txt")
    os.symlink(folder / "a.txt", folder / "b.txt")
    (folder / "sub").mkdir()
    os.symlink(folder, folder / "sub" / "loop")  # a folder loop: never followed
    result = run(runner, folder)
    assert_skipped(result, folder / "broken.txt", "broken symbolic link")
    assert_skipped(result, folder / "a.txt", "symbolic link loop")


def test_a_folder_named_like_a_text_file(runner, make_folder):
    folder = make_folder({"x.txt/inside.txt": GOOD})
    data = briefing_json(runner, folder)
    assert [Path(s["path"]).name for s in data["sources"]] == ["inside.txt"]


def test_hidden_files_are_ignored(runner, make_folder):
    folder = make_folder(
        {"good.txt": GOOD, ".draft.txt": "Secret draft text that is not news yet."}
    )
    result = run(runner, folder)
    assert result.exit_code == 0 and result.stderr == ""
    assert "Secret" not in result.stdout


def test_file_names_with_spaces_quotes_and_non_ascii(runner, make_folder):
    name = 'l\'été "quoted" <b>name 東京.txt'
    folder = make_folder({name: GOOD})
    data = briefing_json(runner, folder)
    assert Path(data["sources"][0]["path"]).name == name
    html = run(runner, folder, "--format", "html").stdout
    assert "&lt;b&gt;name" in html and "<b>name" not in html


@pytest.mark.parametrize("suffix", ["md", "html", "txt", "json", "eml"])
def test_file_names_in_no_encoding_are_shown_not_a_traceback(tmp_path, suffix):
    # Names copied from an old disk or unpacked from a zip are Latin-1 bytes, not UTF-8:
    # Python holds them as lone surrogates, which no UTF-8 page or mail can carry.
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.fsencode(folder)
    try:
        with open(os.path.join(raw, b"caf\xe9 report.txt"), "wb") as handle:
            handle.write(GOOD.encode())
        open(os.path.join(raw, b"empty \xff.txt"), "wb").close()
    except OSError:  # a file system that takes UTF-8 names only (macOS)
        pytest.skip("this file system refuses names in no encoding")
    out = tmp_path / f"b.{suffix}"
    result = subprocess.run(
        [sys.executable, "-m", "brief", "build", str(folder), "-o", str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert f"Warning: skipped {folder}/empty \ufffd.txt: empty" in result.stderr
    text = out.read_bytes().decode("utf-8")  # the whole file is UTF-8
    if suffix == "eml":
        text = "".join(
            part.get_content()
            for part in email.message_from_string(text, policy=email.policy.default).walk()
            if not part.is_multipart()
        )
    if suffix == "json":
        data = json.loads(text)
        assert data["sources"][0]["path"] == f"{folder.as_posix()}/caf\ufffd report.txt"
        assert data["warnings"][0]["path"].endswith("empty \ufffd.txt")
    else:
        assert "caf\ufffd report.txt" in text
        assert "The harbour bridge reopened" in text


def test_the_same_article_twice_under_two_names(runner, make_folder):
    data = briefing_json(runner, make_folder({"a.txt": GOOD, "copy of a.txt": GOOD}))
    texts = sentences(data)
    assert len(texts) == len(set(texts)) == 2
    ids = [s["id"] for s in data["sources"]]
    assert all(s["sources"] == ids for story in data["stories"] for s in story["sentences"])


def test_hostile_html(runner, make_folder):
    page = """<html><head><meta http-equiv="refresh" content="0; url=https://evil.example/">
    <title>Bridge reopens</title><script>alert('x')</script></head><body><article>
    <p>The harbour bridge reopened to traffic on Thursday after two years of repairs.</p>
    <p>Officials said <a href="javascript:alert(1)">the new cables</a> passed every test.</p>
    <p><img src="x" onerror="alert(1)">Engineers resurfaced the deck before the reopening.</p>
    </article><script>document.write('injected')</script></body></html>"""
    folder = make_folder({"page.html": page})
    html = run(runner, folder, "--format", "html").stdout
    for bad in ("<script", "javascript:", "onerror", "http-equiv", "evil.example", "injected"):
        assert bad not in html
    assert "The harbour bridge reopened" in html


def test_article_text_with_jinja_syntax(runner, make_folder):
    text = "The sign on the wall read {{ 7*7 }} and {% raw %} in red paint on Sunday.\n"
    folder = make_folder({"a.txt": text})
    for fmt in ("html", "md", "text", "json"):
        # An evaluated template would read "read 49 and": looked for where it would be, as
        # a JSON score (0.1499) or a time ("01:49") may hold "49" by chance.
        out = run(runner, folder, "--format", fmt, "--date", "2026-11-23T06:55").stdout
        assert "{{ 7*7 }}" in out and "read 49" not in out


def test_non_english_articles(runner, make_folder):
    folder = make_folder(
        {
            "de.txt": "Die Brücke wurde am Donnerstag nach zwei Jahren Bauzeit wieder eröffnet. "
            "Die Ingenieure haben alle 212 Stahlseile ersetzt.\n",
            "fr.txt": "Le pont a rouvert jeudi après deux ans de travaux de réparation. "
            "Les ingénieurs ont remplacé les 212 câbles d'acier.\n",
            "ja.md": "橋は木曜日に再開された。技術者はすべてのケーブルを交換した。\n",
        }
    )
    data = briefing_json(runner, folder)
    assert any("Brücke" in s for s in sentences(data))
    assert any("pont" in s for s in sentences(data))


def test_sentences_without_punctuation(runner, make_folder):
    blob = " ".join(["the harbour bridge reopened after repairs"] * 40)
    folder = make_folder({"blob.txt": blob})
    result = run(runner, folder, "-o", str(folder.parent / "out.md"))
    assert result.exit_code == 1
    assert f"Error: no usable sentences in {folder}" in result.stderr
    assert not (folder.parent / "out.md").exists()
    # Beside a good file, the run goes on with what is usable.
    (folder / "good.txt").write_text(GOOD)
    assert len(sentences(briefing_json(runner, folder))) == 2


def test_an_empty_folder(runner, tmp_path):
    (tmp_path / "in").mkdir()
    result = run(runner, tmp_path / "in", "-o", str(tmp_path / "out.html"))
    assert result.exit_code == 1
    assert f"Error: no usable documents in {tmp_path / 'in'}" in result.stderr
    assert not (tmp_path / "out.html").exists()


def test_a_missing_folder(runner, tmp_path):
    result = run(runner, tmp_path / "nowhere")
    assert result.exit_code == 1
    assert f"Error: {tmp_path / 'nowhere'} does not exist" in result.stderr


def test_output_in_a_missing_folder_is_created(runner, make_folder, tmp_path):
    out = tmp_path / "a" / "b" / "briefing.md"
    assert run(runner, make_folder({"good.txt": GOOD}), "-o", str(out)).exit_code == 0
    assert out.read_text().startswith("# News briefing")


def test_output_in_a_read_only_folder(runner, make_folder):
    # /proc refuses new files even to root, which ignores a folder's mode bits.
    result = run(runner, make_folder({"good.txt": GOOD}), "-o", "/proc/brief-test/briefing.md")
    assert result.exit_code == 1
    assert "Error: cannot write /proc/brief-test/briefing.md" in result.stderr
    assert "Traceback" not in result.stderr


def test_strict_turns_warnings_into_a_failure(runner, make_folder, tmp_path):
    folder = make_folder({"good.txt": GOOD, "empty.txt": ""})
    out = tmp_path / "out.md"
    result = run(runner, folder, "--strict", "-o", str(out))
    assert result.exit_code == 1
    assert f"Error: --strict: 1 input problem(s): {folder / 'empty.txt'}: skipped, empty" in (
        result.stderr
    )
    assert not out.exists()


def test_inputs_are_never_modified(runner, make_folder):
    folder = make_folder({"good.txt": GOOD, "bad.txt": b"\x00\x01", "empty.md": ""})
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}
    run(runner, folder, "-o", str(folder.parent / "out.html"))
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()} == before
    assert sorted(p.name for p in folder.iterdir()) == ["bad.txt", "empty.md", "good.txt"]


def test_an_output_path_naming_an_input_file_is_refused(runner, make_folder, tmp_path):
    outside = tmp_path / "kept.txt"
    outside.write_text(GOOD.replace("bridge", "tunnel"))
    folder = make_folder({"a.txt": GOOD, "b.txt": b"\x00\x01binary" * 50})
    (folder / "link.txt").symlink_to(outside)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    # The article, a file skipped as unusable, a link to an article elsewhere, and the
    # one file briefed: none of them becomes a briefing.
    for args in (
        [str(folder), "-o", str(folder / "a.txt")],
        [str(folder), "-o", str(folder / "b.txt")],
        [str(folder), "-o", str(folder / "link.txt")],
        [str(folder / "a.txt"), "-o", str(folder / "a.txt")],
    ):
        result = runner.invoke(app, ["build", *args])
        assert result.exit_code == 1, result.output
        assert f"Error: will not write {args[-1]}: it is " in result.stderr
        assert "Traceback" not in result.stderr
    # The folder itself is no file to write.
    result = runner.invoke(app, ["build", str(folder), "-o", str(folder)])
    assert (
        result.exit_code == 1 and f"Error: cannot write {folder}: Is a directory" in result.stderr
    )
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert (folder / "link.txt").is_symlink() and outside.read_text().startswith("The harbour")
    # A briefing written into the folder is replaced by the next run, as cron's would be.
    for _ in range(2):
        result = runner.invoke(app, ["build", str(folder), "-o", str(folder / "brief.md")])
        assert result.exit_code == 0, result.stderr
    assert (folder / "brief.md").read_text().startswith("# News briefing")


def test_a_story_too_large_for_memory_uses_the_leads_of_every_article(
    runner, make_folder, monkeypatch
):
    from brief import summaries

    monkeypatch.setattr(summaries, "MAX_STORY_SENTENCES", 6)
    body = "".join(
        f"Paragraph {n} of the report on the harbour bridge repairs says something new.\n"
        for n in range(5)
    )
    # Two reports of one story, not copies of one report (those are read once).
    other = body.replace("report", "story").replace("says something new", "adds news of girders")
    folder = make_folder({"a.txt": body, "b.txt": other})
    result = run(runner, folder, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert (
        f"Warning: {folder}: too large for one story: only the first 3 sentences of each"
        " article are used (6 in all;" in result.stderr
    )
    texts = sentences(json.loads(result.stdout))
    assert texts and all(t.split()[1] in {"0", "1", "2"} for t in texts)


def test_a_folder_of_only_bad_files_says_why_each_was_skipped(runner, tmp_path):
    """The warnings of a run that fails are never printed: the error itself names each
    file and its reason, so a cron job's one line of mail says what to fix."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "data.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "notes.odt").write_bytes(b"PK\x03\x04")
    result = run(runner, folder)
    assert result.exit_code == 1
    error = result.stderr
    assert "Skipped: data.txt: binary data" in error
    assert "empty.txt: empty" in error and "notes.odt: not a supported type" in error


def _page(title: str, body: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}<title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


QUAKE = _page(
    "Strong quake shakes the coast",
    "<p>A magnitude 6.4 earthquake struck the northern coast late on Monday, damaging homes "
    "in three fishing towns and cutting power to about 40,000 households, officials said.</p>"
    "<p>The national seismology office said the quake hit at a depth of 20 kilometres, about "
    "30 kilometres off the port of Santa Clara, and was felt in the regional capital.</p>",
)
CONSENT = _page(
    "We value your privacy",
    "<p>We and our 612 partners store and access information on your device, such as cookies, "
    "and process personal data, such as unique identifiers, for personalised advertising and "
    "content, ad and content measurement, and audience research.</p>"
    "<p>You may click to consent to our and our partners' processing as described above, or "
    "change your preferences before consenting. Your choices apply to this website only, and "
    "you can change them at any time through the privacy policy link.</p>"
    "<button>Accept all</button><button>Manage options</button>",
)


def test_the_files_folder_of_a_complete_saved_page_is_ignored_silently(runner, make_folder):
    # "Save Page As… Webpage, Complete" writes the page and a folder of its scripts,
    # styles, frames and ads; only the page is an article.
    assets = "Strong quake shakes the coast_files"
    folder = make_folder(
        {
            "Strong quake shakes the coast.html": QUAKE,
            f"{assets}/app.js": "window.dataLayer = [];\n",
            f"{assets}/main.css": "body { margin: 0 }\n",
            f"{assets}/consent.html": CONSENT,
            f"{assets}/saved_resource.html": _page(
                "",
                "<div class='ad'><p>Refinance your home today at rates as low as 5.9% for "
                "qualified buyers, with approval in as little as 24 hours.</p></div>",
            ),
            # A folder that only ends in _files, with no page beside it, is read as usual.
            "court_files/ruling.txt": GOOD,
        }
    )
    result = run(runner, folder, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert sorted(Path(s["path"]).name for s in data["sources"]) == [
        "Strong quake shakes the coast.html",
        "ruling.txt",
    ]


def test_a_page_that_is_only_a_consent_wall_is_skipped_with_a_warning(runner, make_folder):
    folder = make_folder({"quake.html": QUAKE, "courier.html": CONSENT})
    result = run(runner, folder, "--format", "json")
    assert_skipped(result, folder / "courier.html", "no article text (a cookie or consent wall?)")
    data = json.loads(result.stdout)
    titles = [s["title"] for s in data["sources"]] + [a["title"] for a in data.get("also", [])]
    assert not any("privacy" in title for title in titles)
    # Alone, it is named for what it is, not "no usable sentences".
    alone = run(runner, folder / "courier.html")
    assert alone.exit_code == 1
    assert "a cookie or consent wall?" in alone.stderr


def test_a_paywall_stub_is_skipped_but_a_lead_above_a_paywall_is_kept(runner, make_folder):
    paywall = (
        "<div class='paywall'><h2>This article is for subscribers only</h2>"
        "<p>Subscribe now to continue reading. Get unlimited access to our journalism and "
        "our daily newsletters for just $1 for your first month.</p>"
        "<p>Cancel anytime. Already a subscriber? Sign in to continue reading.</p></div>"
    )
    lead = (
        "<p>Harwick Motors plans to cut about 2,000 jobs at its two plants in the north as "
        "part of a restructuring to be announced next week, three people familiar with the "
        "matter said.</p>"
    )
    folder = make_folder(
        {
            "quake.html": QUAKE,
            "stub.html": _page("Carmaker to cut jobs", paywall),
            "lead.html": _page("Carmaker to cut 2,000 jobs", lead + paywall),
        }
    )
    result = run(runner, folder, "--format", "json", "--words", "400")
    assert_skipped(result, folder / "stub.html", "no article text (a paywall?)")
    data = json.loads(result.stdout)
    assert "lead.html" in [Path(s["path"]).name for s in data["sources"]]
    assert all("subscriber" not in text for text in sentences(data))


def test_a_report_about_cookie_rules_is_news(runner, make_folder):
    # Third person, about others' consent dialogs: not a wall.
    report = _page(
        "Regulator fines retailer over cookie banners",
        "<p>The data protection authority fined the retailer 2 million euros on Tuesday for "
        "banners on its website that made refusing consent to tracking harder than giving it."
        "</p><p>The regulator said the company's advertising partners had collected personal "
        "data before visitors could choose, and gave it three months to change its privacy "
        "settings.</p>",
    )
    folder = make_folder({"fine.html": report})
    data = briefing_json(runner, folder)
    assert any(text.startswith("The data protection authority fined") for text in sentences(data))


RECIPE_PAGE = _page(
    "Easy lemon drizzle cake",
    "<p>I have baked this lemon drizzle cake for every birthday in our house since 2014, and "
    "it has never once lasted until the next morning.</p><ol><li>Heat the oven to 180C and "
    "line a loaf tin with baking paper.</li><li>Beat the butter and sugar together until pale "
    "and creamy, then add the eggs one at a time.</li></ol>",
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Recipe",'
    ' "name": "Easy lemon drizzle cake", "recipeIngredient": ["225g butter"]}</script>',
)
CHAIR_PAGE = _page(
    "Ergonomic office chair",
    "<p>Our ergonomic office chair supports your back through a long working day, with a "
    "breathable mesh seat and arms that adjust in four directions.</p><p>Every chair is "
    "assembled by hand in our workshop and tested for ten years of daily use.</p>",
    '<meta property="og:type" content="product">',
)


def test_pages_that_declare_themselves_not_news_are_left_out_with_a_warning(runner, make_folder):
    folder = make_folder({"quake.html": QUAKE, "cake.html": RECIPE_PAGE, "chair.html": CHAIR_PAGE})
    result = run(runner, folder, "--format", "md")
    assert_skipped(result, folder / "cake.html", "not news: the page declares its type as recipe")
    assert_skipped(
        result, folder / "chair.html", "not news: the page declares its type as og:product"
    )
    # Neither summarised nor listed under "Also" nor among the sources: only named
    # where the page says which files it did not read.
    page, not_read = result.stdout.split("\nLeft out: ")
    assert "lemon" not in page.lower()
    assert "chair" not in page.lower()
    assert "Strong quake shakes the coast" in page
    assert "`chair.html` (not news: the page declares its type as og:product)" in not_read


def test_a_folder_of_only_pages_that_are_not_news_gives_no_briefing(runner, make_folder):
    folder = make_folder({"cake.html": RECIPE_PAGE, "chair.html": CHAIR_PAGE})
    result = run(runner, folder, "-f", "md")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "no usable documents" in result.stderr
    assert "cake.html: not news: the page declares its type as recipe" in result.stderr
    assert "chair.html: not news" in result.stderr


def test_a_web_page_saved_as_txt_is_read_as_html(runner, make_folder):
    folder = make_folder(
        {"quake.txt": "\n<!-- saved from url=(0030)https://news.example/ -->\n" + QUAKE}
    )
    data = briefing_json(runner, folder)
    assert data["sources"][0]["title"] == "Strong quake shakes the coast"
    text = " ".join(sentences(data))
    assert "A magnitude 6.4 earthquake struck the northern coast" in text
    assert "<" not in text and "charset" not in text
