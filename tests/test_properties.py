"""Property-based tests: random and hostile folders never crash brief or break its promises."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brief import BuildOptions, InputError, build, render
from brief.load import decode

NOW = datetime(2026, 11, 20, 6, 55, tzinfo=UTC)
WORDS = st.sampled_from(
    (
        *("the", "council", "bridge", "harbour", "minister", "said", "on", "Monday"),
        *("U.S.", "Sept.", "10", "percent", "not", "never", "212", "million"),
        *("Zürich", "café", "東京", "<script>", "{{", "7*7", "}}", "{%", "raw", "%}"),
        *("&", '"', "'", "--", "…", "reopened", "resigned", "voted", "Kirby", "“quoted”"),
    )
)
SENTENCE = st.lists(WORDS, min_size=1, max_size=25).map(lambda ws: " ".join(ws)) | st.text(
    max_size=80
)
ENDING = st.sampled_from([".", "?", "!", '."', "", ":", " ..."])
PARAGRAPH = st.lists(st.tuples(SENTENCE, ENDING).map("".join), min_size=1, max_size=6).map(" ".join)
TEXT = st.lists(PARAGRAPH, min_size=0, max_size=8).map("\n\n".join)
FILE = st.one_of(
    TEXT.map(lambda t: ("txt", t.encode("utf-8", "surrogatepass"))),
    TEXT.map(
        lambda t: ("md", f"---\ntitle: {t[:20]!r}\n---\n{t}".encode("utf-8", "surrogatepass"))
    ),
    TEXT.map(
        lambda t: ("html", f"<html><body><p>{t}</p></body></html>".encode("utf-8", "surrogatepass"))
    ),
    st.binary(max_size=300).map(lambda b: ("txt", b)),
)
FOLDER = st.lists(FILE, min_size=0, max_size=5)
# A sentence brief can always use (10 to 60 plain words, capitalised, ending with a full
# stop), so that every example reaches the assertions instead of a "nothing usable" error.
PLAIN = st.sampled_from(
    ("council", "bridge", "harbour", "minister", "repairs", "cables", "traffic", "voted")
)
USABLE = st.lists(PLAIN, min_size=10, max_size=30).map(
    lambda ws: "The " + " ".join(ws) + " on Monday."
)
GOOD_FILE = st.lists(USABLE, min_size=1, max_size=4).map(
    lambda ss: ("txt", " ".join(ss).encode("utf-8"))
)


# Characters that show nothing, which brief drops on reading (clean.split_lines, README):
# a sentence is verbatim up to them and to spaces.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"))


def normalize(text: str) -> str:
    return " ".join(text.translate(INVISIBLE).split())


def write_folder(folder: Path, files: list[tuple[str, bytes]]) -> None:
    for n, (suffix, data) in enumerate(files):
        (folder / f"f{n}.{suffix}").write_bytes(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(good=GOOD_FILE, files=FOLDER, words=st.integers(min_value=20, max_value=300))
def test_random_folders_keep_every_promise(good, files, words):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_folder(folder, [*files, good])
        options = BuildOptions(words=words, now=NOW)
        briefing = build(folder, options)  # one usable file: a briefing, never an error
        claims = [c for story in briefing.stories for c in story.claims]
        assert claims, "a briefing is never empty"
        used = sum(len(c.text.split()) for c in claims)
        assert used <= words or len(claims) == 1
        by_id = {d.id: d for d in briefing.sources}
        for claim in claims:
            assert claim.sentence.doc_id in claim.sources
            source = by_id[claim.sentence.doc_id]
            raw = source.path.read_bytes()
            assert normalize(claim.text) in normalize(" ".join(source.paragraphs))
            if source.path.suffix == ".txt":  # plain text: the sentence is in the file as written
                assert normalize(claim.text) in normalize(decode(raw))
        again = build(folder, options)
        for fmt in ("html", "md", "text", "json"):
            first = render(briefing, fmt)
            assert first == render(again, fmt)
            if fmt == "html":
                assert "<script" not in first


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=FOLDER)
def test_a_folder_of_nothing_usable_is_one_clear_error(files):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_folder(folder, files)
        try:
            briefing = build(folder, BuildOptions(now=NOW))
        except InputError as error:  # and no other exception: the promise for bad folders
            # (A lone file that looks like brief's own output, its footer or mail header,
            # is told as such: not an article to brief.)
            assert str(error).startswith(
                ("no usable documents in", "no usable sentences in")
            ) or str(error).endswith(
                "is a briefing brief wrote; give the articles it was made from."
            )
        else:
            assert briefing.stories
