"""Speed and memory of `brief build`, beside the alternatives, in one run.

    python benchmarks/speed.py [DATA_DIR] [--sizes 1000,2000,5000,10000] [--skip-sumy]
                               [--repeat 3]

Every figure is a separate process, timed on the wall clock, with its own peak memory
(maximum resident set size from wait4), so imports and start-up count as a user sees them.
Rows 1 and 2 are the median of --repeat runs each (sumy's too), the scaling rows one run.

1. Mixed folder: every article of DATA_DIR/duc2006 (1,250, 50 events) linked into one
   folder under opaque names. `brief build DIR --format json` against the *floor*: one
   Python process that only reads every file and splits it into sentences and words with
   syntok, the splitter brief uses. Target: within 4x of the floor, below 1 GiB.
2. One story of about 2,000 sentences (the first three DUC 2006 clusters in one folder):
   `brief build DIR --single-story --format json` against sumy's LexRank over the
   concatenated text (the same syntok sentences, 250 words' worth of sentences asked for).
   Target: at least 15x faster.
3. Scaling: the DUC 2006 and Multi-News dev articles replicated with perturbations (each
   copy drops about a fifth of its paragraphs and 3 % of its words, under a new name) to
   1k, 2k, 5k and 10k articles. Target: 10k under 60 s and 4 GiB.

The data is licensed for research evaluation only: it is read in place, or linked or
perturbed into a temporary folder that is deleted at the end; nothing enters the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "bench" / "data"

FLOOR = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from syntok.segmenter import segment
    from syntok.tokenizer import Tokenizer
    tokenizer = Tokenizer(replace_not_contraction=False)
    sentences = words = 0
    for path in sorted(Path(sys.argv[1]).iterdir()):
        text = path.read_text(encoding="utf-8", errors="replace")
        for paragraph in text.split("\\n\\n"):
            for sentence in segment(tokenizer.tokenize(paragraph)):
                sentences += 1
                words += sum(1 for t in sentence if any(c.isalnum() for c in t.value))
    print(sentences, words)
    """
)

SUMY_LEXRANK = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words
    from syntok.segmenter import segment
    from syntok.tokenizer import Tokenizer

    class Words:  # sumy's tokenizer interface, fed the words syntok already found
        language = "english"
        def __init__(self, words):
            self.words = words
        def to_words(self, text):
            return self.words

    tokenizer = Tokenizer(replace_not_contraction=False)
    paragraphs = []
    for path in sorted(Path(sys.argv[1]).iterdir()):
        text = path.read_text(encoding="utf-8", errors="replace")
        for block in text.split("\\n\\n"):
            sentences = []
            for tokens in segment(tokenizer.tokenize(block)):
                words = [t.value for t in tokens if any(c.isalnum() for c in t.value)]
                if words:
                    sentences.append(Sentence(" ".join(words), Words(words)))
            if sentences:
                paragraphs.append(Paragraph(sentences))
    document = ObjectDocumentModel(paragraphs)
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    print(len(document.sentences), len(summarizer(document, 12)))
    """
)


def run_once(command: list[str]) -> tuple[float, float, str]:
    """Seconds on the wall clock, peak memory in MiB, and stdout of one process."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed with exit code {process.returncode}")
    return seconds, usage.ru_maxrss / 1024, text


def run(command: list[str], repeat: int = 1) -> tuple[float, float, str]:
    """The median time of `repeat` runs (the machine is shared: one run can be unlucky)."""
    runs = sorted((run_once(command) for _ in range(repeat)), key=lambda r: r[0])
    return runs[len(runs) // 2]


def brief(folder: Path, *flags: str) -> list[str]:
    return [sys.executable, "-m", "brief", "build", str(folder), "--format", "json", "-q", *flags]


def link_mixed(clusters: list[Path], into: Path) -> int:
    count = 0
    for cluster in clusters:
        for doc in sorted((cluster / "docs").glob("*.txt")):
            name = hashlib.sha1(f"{cluster.name}/{doc.name}".encode()).hexdigest()[:16]
            os.symlink(doc.resolve(), into / f"{name}.txt")
            count += 1
    return count


def perturbed_folder(articles: list[Path], size: int, into: Path, seed: int = 0) -> None:
    """`size` articles: the originals, then copies that each lose some paragraphs and words."""
    rng = random.Random(seed)
    texts = [a.read_text(encoding="utf-8", errors="replace") for a in articles]
    for n in range(size):
        text = texts[n % len(texts)]
        if n >= len(texts):
            paragraphs = [p for p in text.split("\n\n") if p.strip()]
            kept = [p for p in paragraphs if rng.random() > 0.2] or paragraphs[:1]
            text = "\n\n".join(
                " ".join(w for w in p.split(" ") if rng.random() > 0.03) for p in kept
            )
        name = hashlib.sha1(f"{seed}/{n}".encode()).hexdigest()[:16]
        (into / f"{name}.txt").write_text(text, encoding="utf-8")


def row(label: str, seconds: float, mib: float, note: str = "") -> None:
    print(f"| {label} | {seconds:.1f} | {mib:,.0f} | {note} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sizes", default="1000,2000,5000,10000")
    parser.add_argument("--skip-sumy", action="store_true", help="skip sumy LexRank (~40 s a run)")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of rows 1-2 (median reported; default 3)"
    )
    args = parser.parse_args()
    duc = sorted(p for p in (args.data / "duc2006").iterdir() if p.is_dir())
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores\n")
    print("| run | seconds | peak MiB | note |")
    print("|---|---|---|---|")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        count = link_mixed(duc, folder)
        floor_s, floor_mib, out = run([sys.executable, "-c", FLOOR, str(folder)], args.repeat)
        row(f"floor: read + syntok, {count} mixed DUC articles", floor_s, floor_mib, out.strip())
        seconds, mib, _ = run(brief(folder), args.repeat)
        row("brief build (stories, json)", seconds, mib, f"{seconds / floor_s:.2f}x the floor")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        link_mixed(duc[:3], folder)
        seconds, mib, _ = run(brief(folder, "--single-story"), args.repeat)
        row("brief build --single-story, 3 DUC clusters", seconds, mib)
        if not args.skip_sumy:
            sumy_s, sumy_mib, out = run(
                [sys.executable, "-c", SUMY_LEXRANK, str(folder)], args.repeat
            )
            sentences = out.split()[0]
            row(
                f"sumy LexRank, same folder concatenated ({sentences} sentences)",
                sumy_s,
                sumy_mib,
                f"brief is {sumy_s / seconds:.1f}x faster",
            )

    originals = [doc for c in duc for doc in sorted((c / "docs").glob("*.txt"))]
    multinews = args.data / "multinews-dev"
    if multinews.is_dir():
        originals += [
            doc
            for c in sorted(p for p in multinews.iterdir() if p.is_dir())
            for doc in sorted((c / "docs").glob("*.txt"))
        ]
    previous = None
    for size in [int(s) for s in args.sizes.split(",") if s]:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            perturbed_folder(originals, size, folder)
            seconds, mib, _ = run(brief(folder))
            growth = (
                f"x{seconds / previous[1]:.2f} time for x{size / previous[0]:.1f} articles"
                if previous
                else ""
            )
            row(f"brief build, {size:,} perturbed articles", seconds, mib, growth)
            previous = (size, seconds)


if __name__ == "__main__":
    main()
