"""Sentence splitters that ship their data in the package, for speed and for correctness.

    python benchmarks/splitters.py [DATA_DIR] [--only NAME,NAME] [--show N]

The splitters: syntok (brief used it until issue 14), nupunkt and its Rust port
nupunkt-rs (punkt with a model in the package), sentencex (Wikimedia's rules, in Rust),
blingfire (Microsoft's finite-state machines), pysbd (the Golden Rules), segtok (syntok's
predecessor) and sentence-splitter (the Moses/Europarl rules). Those not installed are
skipped; `pip install nupunkt nupunkt-rs sentencex blingfire pysbd segtok
sentence-splitter` brings them all (brief itself needs only syntok and the one it uses).

Three tables:

1. Hard cases: paragraphs whose right split is not in doubt ("U.S.", "Sept. 10", "Rev.",
   quotes, datelines, initials, "a.m. Monday"): each splitter passes a case when its
   sentences (stripped) are exactly the expected ones.
2. Real articles (every paragraph of DATA_DIR/duc2006 and multinews-dev), two counts that
   need no labels: *missed ends*, a lower-case word of four letters or more, a full stop,
   question or exclamation mark, any closing quotes, a space and a capitalised word, that
   the splitter does not end a sentence at ("... other ills. Its side effects"); and
   *false ends*, a sentence ended right after a title before a name ("Gov. | George
   Bush", "Rev. | Jesse Jackson"), which never ends one. `--show N` prints N examples of
   each per splitter, to read (they are the licensed data: printed, never stored).
3. Speed over the same paragraphs in this process (import excluded), and the import time
   of each in a fresh process.

The data is licensed for research evaluation only: it is read in place, nothing is written.
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "bench" / "data"

# (paragraph, the words that open each sentence a careful reader would cut it into;
# none: the paragraph is one sentence, its dateline included)
HARD_CASES: list[tuple[str, list[str]]] = [
    (
        'On Sept. 10, Russia and the U.S. announced a deal. "This is not a decision that was '
        'taken lightly," Kirby said. The vote in Washington, D.C. was held on Jan. 3.',
        ["On", '"This', "The vote"],
    ),
    ("ELK CREEK, S.D. (AP) -- The governor toured the flooded farms today.", []),
    ("WASHINGTON, May 3 (Xinhua) -- The FBI is taking over the inquiry.", []),
    ("GENEVA (AP) _ The glaciers of the Alps are likely to keep shrinking this year.", []),
    ("Washington: The United States today suspended negotiations with Russia.", []),
    ("(CNN) The new telescope will map distant comets. It launches in May.", ["(CNN)", "It"]),
    ("The Rev. Jesse Jackson spoke at the church. He left at noon.", ["The", "He"]),
    (
        "The Rev. Dr. Martin Luther King Jr. was born in Atlanta, Ga., in 1929. He died in 1968.",
        ["The", "He"],
    ),
    (
        "Dr. Smith and Mr. Jones met Gen. Petraeus in St. Louis on Monday. They talked.",
        ["Dr.", "They"],
    ),
    ("Gov. Jerry Brown, D-Calif., signed it on Monday. Critics objected.", ["Gov.", "Critics"]),
    ("Lt. Col. Oliver North testified before Congress. He was calm.", ["Lt.", "He"]),
    (
        "Sen. Edward M. Kennedy, D-Mass., said the bill would pass. Others disagreed.",
        ["Sen.", "Others"],
    ),
    ("Mrs. Clinton visited Ft. Bragg, N.C., on Friday. She spoke to troops.", ["Mrs.", "She"]),
    ("He was No. 2 in the polls, behind Sen. Kerry. The race tightened.", ["He", "The"]),
    ("Apple Inc. said it sold 10 million phones. Its shares rose.", ["Apple", "Its"]),
    ("President George W. Bush met King Abdullah on Tuesday. It was brief.", ["President", "It"]),
    ("The firm was founded in St. Paul, Minn., by J.P. Morgan. It grew fast.", ["The", "It"]),
    (
        "Prof. Ann Lee of the University of Calif. at Berkeley disagreed. Others did too.",
        ["Prof.", "Others"],
    ),
    ("The meeting starts at 10 a.m. Monday in the capital. It ends at 5 p.m.", ["The", "It"]),
    ("The plane landed at 3 p.m. The passengers were safe.", ["The plane", "The passengers"]),
    ("The troops came home to the U.S. They were greeted by crowds.", ["The", "They"]),
    (
        "Officials said the U.S. Army would withdraw. Critics were skeptical.",
        ["Officials", "Critics"],
    ),
    ("The U.N. Security Council met on Jan. 5. It voted 15-0.", ["The", "It"]),
    (
        "The vote is set for Oct. 3 at the U.N. offices in New York. Delegates are arriving.",
        ["The", "Delegates"],
    ),
    ("The U.S.-led coalition struck at dawn. Casualties were light.", ["The", "Casualties"]),
    ("He earned an M.B.A. from Harvard in 1990. Then he joined the firm.", ["He", "Then"]),
    ("The company earned $1.2 billion, or 3.5 percent more. Shares rose.", ["The", "Shares"]),
    ("The index fell 2.5 percent to 10,234.56. Bonds rose.", ["The", "Bonds"]),
    ('He said, "We will win." Then he left the room.', ["He", "Then"]),
    ('"Is it over?" she asked. Nobody answered her.', ['"Is', "Nobody"]),
    ("``We are ready,'' the minister said. Talks resume on Friday.", ["``We", "Talks"]),
    ("``Are we ready?'' the minister asked. Talks resume on Friday.", ["``Are", "Talks"]),
    ("He said: 'No.' She agreed with him.", ["He", "She"]),
    ("Why did it fail? Nobody knows! The inquiry continues.", ["Why", "Nobody", "The inquiry"]),
    (
        "Thousands take Restiva, which eases back pain and other ills. Its known effects "
        "include dizziness.",
        ["Thousands", "Its"],
    ),
    ("Wheat prices hit a 9-year low. Egypt imports wheat.", ["Wheat", "Egypt"]),
    ("Doctors met in Lisbon last month. Measles is returning.", ["Doctors", "Measles"]),
]


def expected(paragraph: str, openings: list[str]) -> list[str]:
    """The sentences of a case, from the words each opens with (none: one sentence)."""
    starts, at = [0], 0
    for opening in openings[1:]:
        at = paragraph.index(opening, at + 1)
        starts.append(at)
    ends = [*starts[1:], len(paragraph)]
    return [paragraph[s:e].strip() for s, e in zip(starts, ends, strict=True)]


def spans_of(paragraph: str, sentences: list[str]) -> list[tuple[int, int]]:
    """Character spans of split-off strings, found in order (for splitters that give strings)."""
    spans, at = [], 0
    for sentence in sentences:
        text = sentence.strip()
        if not text:
            continue
        start = paragraph.find(text, at)
        if start < 0:  # the splitter changed the text (spacing): align on its first word
            start = paragraph.find(text.split()[0], at)
            if start < 0:
                continue
            end = start + len(text)
        else:
            end = start + len(text)
        spans.append((start, end))
        at = end
    return spans


def splitters() -> dict[str, Callable[[str], list[tuple[int, int]]]]:
    """Every installed splitter, as paragraph -> sentence spans."""
    found: dict[str, Callable[[str], list[tuple[int, int]]]] = {}
    try:
        from syntok.segmenter import segment
        from syntok.tokenizer import Tokenizer

        tokenizer = Tokenizer(replace_not_contraction=False)
        found["syntok"] = lambda p: [
            (s[0].offset, s[-1].offset + len(s[-1].value))
            for s in segment(tokenizer.tokenize(p))
            if s
        ]
    except ImportError:
        pass
    try:
        import nupunkt

        found["nupunkt"] = nupunkt.sent_spans
    except ImportError:
        pass
    try:
        import nupunkt_rs

        found["nupunkt-rs"] = lambda p: spans_of(p, nupunkt_rs.sent_tokenize(p))
    except ImportError:
        pass
    try:
        import sentencex

        found["sentencex"] = lambda p: [
            (b["start_index"], b["end_index"]) for b in sentencex.get_sentence_boundaries("en", p)
        ]
    except ImportError:
        pass
    try:
        import blingfire

        found["blingfire"] = lambda p: blingfire.text_to_sentences_and_offsets(p)[1]
    except ImportError:
        pass
    try:
        import pysbd

        pysbd_segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
        found["pysbd"] = lambda p: [(s.start, s.end) for s in pysbd_segmenter.segment(p)]
    except ImportError:
        pass
    try:
        from segtok.segmenter import split_single

        found["segtok"] = lambda p: spans_of(p, split_single(p))
    except ImportError:
        pass
    try:
        from sentence_splitter import SentenceSplitter

        moses = SentenceSplitter(language="en")
        found["sentence-splitter"] = lambda p: spans_of(p, moses.split(p))
    except ImportError:
        pass
    from brief.segment import sentence_spans

    found["brief (nupunkt + 2 rules)"] = sentence_spans
    return found


IMPORTS = {
    "syntok": "import syntok.segmenter, syntok.tokenizer",
    "nupunkt": "import nupunkt; nupunkt.sent_spans('A b. C d.')",
    "nupunkt-rs": "import nupunkt_rs; nupunkt_rs.sent_tokenize('A b. C d.')",
    "sentencex": "import sentencex",
    "blingfire": "import blingfire",
    "pysbd": "import pysbd; pysbd.Segmenter(language='en')",
    "segtok": "import segtok.segmenter",
    "sentence-splitter": "from sentence_splitter import SentenceSplitter; SentenceSplitter('en')",
    # the two rules are regular expressions; importing brief.segment imports all of brief
    "brief (nupunkt + 2 rules)": "import nupunkt; nupunkt.sent_spans('A b. C d.')",
}

# A lower-case word, a sentence end, closing quotes, a capitalised word: a sentence ends here.
_CLEAR_END = re.compile(r"\b[a-z]{4,}[.!?](?:''|[\"'”’])*\s+(?:``|[\"'“‘])*[A-Z][a-z]")
# A title before a name: never the end of a sentence.
_TITLE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Rev|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Cmdr|Prof|Atty|Supt|St|Ft|Mt)"
    r"\.\s+(?=[A-Z][a-z])"
)


def texts_of(paragraph: str, spans: list[tuple[int, int]]) -> list[str]:
    return [paragraph[s:e].strip() for s, e in spans if paragraph[s:e].strip()]


def hard_cases(found: dict[str, Callable]) -> None:
    print("## Hard cases\n")
    names = list(found)
    print("| case | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    passed = dict.fromkeys(names, 0)
    for paragraph, openings in HARD_CASES:
        want = expected(paragraph, openings)
        marks = []
        for name in names:
            ok = texts_of(paragraph, found[name](paragraph)) == want
            passed[name] += ok
            marks.append("ok" if ok else "**x**")
        label = paragraph if len(paragraph) <= 60 else paragraph[:57] + "..."
        print(f"| {label.replace('|', '/')} | " + " | ".join(marks) + " |")
    total = len(HARD_CASES)
    print("| **passed** | " + " | ".join(f"**{passed[n]}/{total}**" for n in names) + " |\n")


def ends(spans: list[tuple[int, int]]) -> set[int]:
    return {end for _, end in spans[:-1]}


def real_articles(found: dict[str, Callable], paragraphs: list[str], show: int) -> None:
    print(f"## Real articles ({len(paragraphs):,} paragraphs)\n")
    print("| splitter | sentences | missed ends | false ends after a title | seconds | import s |")
    print("|---|---|---|---|---|---|")
    clear = [[m.span() for m in _CLEAR_END.finditer(p)] for p in paragraphs]
    titles = [[m.span() for m in _TITLE.finditer(p)] for p in paragraphs]
    for name, split in found.items():
        start = time.perf_counter()
        spans = [split(p) for p in paragraphs]
        seconds = time.perf_counter() - start
        missed, false, examples = 0, 0, []
        for paragraph, found_spans, clear_at, title_at in zip(
            paragraphs, spans, clear, titles, strict=True
        ):
            starts = {s for s, _ in found_spans[1:]}
            cut = ends(found_spans) | {s for s in starts}
            for a, b in clear_at:
                # The end is found when some sentence boundary falls between the mark and
                # the capital (splitters differ on which side of the quotes they cut).
                if not any(a < c <= b for c in cut):
                    missed += 1
                    examples.append(("missed", paragraph[max(0, a - 40) : b + 30]))
            for a, b in title_at:
                if any(a < c <= b for c in cut):
                    false += 1
                    examples.append(("false", paragraph[max(0, a - 40) : b + 30]))
        count = sum(len(s) for s in spans)
        imported = import_seconds(IMPORTS[name])
        print(f"| {name} | {count:,} | {missed:,} | {false:,} | {seconds:.2f} | {imported:.2f} |")
        for kind, text in random.Random(0).sample(examples, min(show, len(examples))):
            print(f"    {kind}: ...{' '.join(text.split())}...", file=sys.stderr)
    print(f"\n{sum(map(len, clear)):,} clear sentence ends, {sum(map(len, titles)):,} titles.")


def import_seconds(statement: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--only", default="", help="comma-separated splitter names")
    parser.add_argument("--show", type=int, default=0, help="examples of errors, on stderr")
    args = parser.parse_args()
    found = splitters()
    if args.only:
        found = {n: f for n, f in found.items() if n in args.only.split(",")}
    print(f"python {sys.version.split()[0]}; splitters: {', '.join(found)}\n")
    hard_cases(found)
    paragraphs = [
        paragraph
        for name in ("duc2006", "multinews-dev")
        if (args.data / name).is_dir()
        for doc in sorted((args.data / name).glob("*/docs/*.txt"))
        for paragraph in doc.read_text(encoding="utf-8", errors="replace").split("\n\n")
        if paragraph.strip()
    ]
    real_articles(found, paragraphs, args.show)


if __name__ == "__main__":
    main()
