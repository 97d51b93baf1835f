"""Speed and memory of `brief build`, beside the alternatives, in one run.

    python benchmarks/speed.py [DATA_DIR] [--sizes 10000] [--skip-sumy] [--repeat 3]
                               [--max-gib 8] [--timeout 1800]
    python benchmarks/speed.py --sizes 10000,100000    # the 100,000 row too (~10 min more)

Every figure is a separate process, timed on the wall clock, with its own peak memory
(maximum resident set size from wait4), so imports and start-up count as a user sees them.
Each row also gives the process's CPU seconds (user + system, from wait4): on a shared
machine they move much less with the load than the wall clock does, so compare those
between runs made at different times. The load average is printed before and after.

0. Start-up: `brief --version`, median of --repeat runs. Target: under 0.2 s.
1. Mixed folder: every article of DATA_DIR/duc2006 (1,250, 50 events) linked into one
   folder under opaque names. `brief build DIR --format json` (on every core, and again
   with --jobs 1 in one process) against the *floor*: one Python process that only reads
   every file and splits it into sentences (and counts their words) with sentencex, the
   fastest of the offline splitters that `benchmarks/splitters.py` measures. Target:
   within 2x of the floor, below 500 MiB.
2. One story of about 2,000 sentences (the first three DUC 2006 clusters in one folder):
   `brief build DIR --single-story --format json` against sumy's LexRank over the
   concatenated text (syntok's sentences, 250 words' worth of sentences asked for).
   Target: at least 30x faster.
3. Scaling: the DUC 2006 and Multi-News dev articles replicated with perturbations (each
   copy drops about a fifth of its paragraphs and 3 % of its words, under a new name) to
   each of --sizes articles, one run each, with the growth in time and memory from one
   size to the next. Targets: 10,000 articles under 20 s and 1.5 GiB; 100,000 under
   5 minutes and 4 GiB. The 100,000 row is opt-in (`--sizes 10000,100000`): writing the
   folder (about 0.7 GB, outside the timing) and the run take 15 minutes or more on two
   shared cores. A run that passes --max-gib of resident memory or --timeout seconds is
   stopped and its row says so, so a grouping that grows quadratically cannot take the
   machine down.

Rows 0-2 are the median of --repeat runs each (sumy's too), the scaling rows one run.

brief's modules are compiled to bytecode first, as installing a package does (pip writes
every module's .pyc), so that each run reads them as sumy's installed modules are read:
a checkout that has not run yet, or a shell with PYTHONDONTWRITEBYTECODE set, compiles
brief's source again in every process (about 0.05 s). --source skips that step.

The data is licensed for research evaluation only: it is read in place, or linked or
perturbed into a temporary folder that is deleted at the end; nothing enters the repository.
"""

from __future__ import annotations

import argparse
import compileall
import hashlib
import importlib.util
import os
import random
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "bench" / "data"

FLOOR = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    import sentencex
    sentences = words = 0
    for path in sorted(Path(sys.argv[1]).iterdir()):
        text = path.read_text(encoding="utf-8", errors="replace")
        for paragraph in text.split("\\n\\n"):
            for sentence in sentencex.segment("en", paragraph):
                sentences += 1
                words += len(sentence.split())
    print(f"{sentences:,} sentences, {words:,} words")
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


@dataclass(frozen=True)
class Run:
    seconds: float  # on the wall clock
    mib: float  # peak resident memory
    cpu: float  # user + system seconds
    out: str  # what the process printed
    stopped: str = ""  # why the watchdog stopped it, if it did


def resident_mib(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:  # already gone
        return 0.0
    line = next((x for x in status.splitlines() if x.startswith("VmRSS:")), "VmRSS: 0 kB")
    return int(line.split()[1]) / 1024


def run_once(command: list[str], max_mib: float = 0, timeout: float = 0) -> Run:
    """One process, timed; past `max_mib` resident or `timeout` seconds it is stopped."""
    start = time.perf_counter()
    stopped: list[str] = []
    done = threading.Event()
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)

        def watch() -> None:
            # A thread, so the timed wait below returns the moment the process ends.
            while not done.wait(0.2):
                mib = resident_mib(process.pid)
                if max_mib and mib > max_mib:
                    stopped.append(f"stopped above {max_mib:,.0f} MiB")
                elif timeout and time.perf_counter() - start > timeout:
                    stopped.append(f"stopped after {timeout:,.0f} s")
                if stopped:
                    process.kill()
                    return

        watchdog = threading.Thread(target=watch, daemon=True)
        if max_mib or timeout:
            watchdog.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        done.set()
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode()
    cpu = usage.ru_utime + usage.ru_stime
    if stopped:
        return Run(seconds, usage.ru_maxrss / 1024, cpu, text, stopped[0])
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed with exit code {process.returncode}")
    return Run(seconds, usage.ru_maxrss / 1024, cpu, text)


def run(command: list[str], repeat: int = 1) -> Run:
    """The median time of `repeat` runs (the machine is shared: one run can be unlucky)."""
    runs = sorted((run_once(command) for _ in range(repeat)), key=lambda r: r.seconds)
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


def perturbed_folder(articles: list[Path], size: int, into: Path, seed: int = 0) -> list[Path]:
    """`size` articles: the originals, then copies that each lose some paragraphs and words.

    Returns the files written, in that order (article n copies `articles[n % len]`)."""
    rng = random.Random(seed)
    texts = [a.read_text(encoding="utf-8", errors="replace") for a in articles]
    written = []
    for n in range(size):
        text = texts[n % len(texts)]
        if n >= len(texts):
            paragraphs = [p for p in text.split("\n\n") if p.strip()]
            kept = [p for p in paragraphs if rng.random() > 0.2] or paragraphs[:1]
            text = "\n\n".join(
                " ".join(w for w in p.split(" ") if rng.random() > 0.03) for p in kept
            )
        name = hashlib.sha1(f"{seed}/{n}".encode()).hexdigest()[:16]
        written.append(into / f"{name}.txt")
        written[-1].write_text(text, encoding="utf-8")
    return written


def row(label: str, result: Run, note: str = "") -> None:
    note = f"**{result.stopped}** {note}".strip() if result.stopped else note
    print(
        f"| {label} | {result.seconds:.1f} | {result.cpu:.1f} | {result.mib:,.0f} | {note} |",
        flush=True,
    )


def originals_of(data: Path) -> list[Path]:
    """Every article of the DUC 2006 and Multi-News dev sets (1,541), in a fixed order."""
    return [
        doc
        for name in ("duc2006", "multinews-dev")
        if (data / name).is_dir()
        for cluster in sorted(p for p in (data / name).iterdir() if p.is_dir())
        for doc in sorted((cluster / "docs").glob("*.txt"))
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--sizes", default="10000", help="scaling rows (default 10000; add 100000 for that row)"
    )
    parser.add_argument("--skip-sumy", action="store_true", help="skip sumy LexRank (~40 s a run)")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of rows 0-2 (median reported; default 3)"
    )
    parser.add_argument(
        "--max-gib", type=float, default=8, help="stop a scaling run above this (default 8)"
    )
    parser.add_argument(
        "--timeout", type=float, default=1800, help="stop a scaling run after this (seconds)"
    )
    parser.add_argument("--source", action="store_true", help="do not write brief's bytecode first")
    args = parser.parse_args()
    if not args.source:
        compile_brief()
    duc = sorted(p for p in (args.data / "duc2006").iterdir() if p.is_dir())
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {load_average()}\n")
    print("| run | seconds | CPU s | peak MiB | note |")
    print("|---|---|---|---|---|")

    startup = run([sys.executable, "-m", "brief", "--version"], args.repeat)
    row("brief --version (start-up)", startup, "target < 0.2 s")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        count = link_mixed(duc, folder)
        floor = run([sys.executable, "-c", FLOOR, str(folder)], args.repeat)
        row(f"floor: read + sentencex, {count} mixed DUC articles", floor, floor.out.strip())
        result = run(brief(folder), args.repeat)
        ratio = result.seconds / floor.seconds
        cpu_ratio = result.cpu / floor.cpu
        row(
            "brief build (stories, json)",
            result,
            f"{ratio:.2f}x the floor (target ≤ 2x); CPU {cpu_ratio:.2f}x",
        )
        alone = run(brief(folder, "--jobs", "1"), args.repeat)
        row(
            "brief build --jobs 1 (one process)",
            alone,
            f"{alone.seconds / floor.seconds:.2f}x the floor;"
            f" on every core (the row above) {alone.seconds / result.seconds:.2f}x faster",
        )

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        link_mixed(duc[:3], folder)
        single = run(brief(folder, "--single-story"), args.repeat)
        row("brief build --single-story, 3 DUC clusters", single)
        if not args.skip_sumy:
            sumy = run([sys.executable, "-c", SUMY_LEXRANK, str(folder)], args.repeat)
            sentences = sumy.out.split()[0]
            faster = sumy.seconds / single.seconds
            row(
                f"sumy LexRank, same folder concatenated ({sentences} sentences)",
                sumy,
                f"brief is {faster:.1f}x faster (target ≥ 30x); CPU {sumy.cpu / single.cpu:.1f}x",
            )

    originals = originals_of(args.data)
    previous: tuple[int, Run] | None = None
    for size in [int(s) for s in args.sizes.split(",") if s]:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            perturbed_folder(originals, size, folder)
            result = run_once(brief(folder), args.max_gib * 1024, args.timeout)
            growth = ""
            if previous and not (result.stopped or previous[1].stopped):
                growth = (
                    f"x{result.seconds / previous[1].seconds:.2f} time,"
                    f" x{result.mib / previous[1].mib:.2f} memory"
                    f" for x{size / previous[0]:g} articles"
                )
            row(f"brief build, {size:,} perturbed articles", result, growth)
            previous = (size, result)
    print(f"\nafter: {load_average()}")


def compile_brief() -> None:
    """brief's .pyc files, as `pip install` writes them (see the module's docstring)."""
    spec = importlib.util.find_spec("brief")
    if spec is not None and spec.origin is not None:
        compileall.compile_dir(Path(spec.origin).parent, quiet=1)


def load_average() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min)"


if __name__ == "__main__":
    main()
