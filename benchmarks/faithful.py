"""Is every citation true, and does every sentence stand on its own? (dev data only)

    python benchmarks/faithful.py DATA_DIR [DATA_DIR ...] [--limit N]
        [--words 250] [--algorithm NAME]
        [--sample N --seed S --sample-out FILE] [--dump FILE | --claims FILE]

For every cluster (<cluster>/docs/*.txt) brief builds the briefing a user gets with the
defaults (stories grouped, 250 words), and for every (sentence, cited source) pair the
benchmark asks whether the source carries the sentence: verbatim, or by brief's carry
relation (`brief.dedupe.carrying_window`: one sentence or two adjacent ones hold every
content word, number and name, and the same negation and modality cues). It also counts
the sentences that cannot stand alone: they open with a pronoun or a connective, refer
back ("Under that protocol"), are a quotation without a speaker, or quote "he".
Corroboration: the sources cited per sentence, the sentences cited to two sources or
more, and the pairs of shown sentences that say the same fact twice (one carries the
other, by this checkout's relation).

--sample N writes N random non-verbatim cited pairs, each with the source's sentences
that carry it, to --sample-out (outside the repository: it holds the data's text), for a
reader to judge; benchmarks/RESULTS.md records the verdicts by cluster and file only.

--dump FILE writes the briefings' sentences and cited files as JSON without judging them,
with whatever `brief` is importable (e.g. an older checkout on PYTHONPATH); --claims FILE
judges such a dump with this checkout's relation: the "before" figures of a change.
The data is licensed for research evaluation only: it is read in place, never copied.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from brief import BuildOptions, build

NOW = datetime(2026, 1, 1, tzinfo=UTC)  # reproducible output; the date plays no part


def briefing_claims(
    docs: Path, words: int = 250, algorithm: str = "concepts"
) -> list[tuple[str, list[str]]]:
    """Each shown sentence of the default briefing of `docs`, with its cited file names."""
    briefing = build(docs, BuildOptions(words=words, algorithm=algorithm, now=NOW))
    name = {d.id: d.path.name for d in briefing.sources}
    return [
        (claim.text, [name[s] for s in claim.sources])
        for story in briefing.stories
        for claim in story.claims
    ]


def clusters_of(datasets: list[Path], limit: int | None) -> list[tuple[str, Path]]:
    found = []
    for data in datasets:
        folders = sorted(p for p in data.iterdir() if (p / "docs").is_dir())
        found += [(f"{data.name}/{f.name}", f / "docs") for f in folders[:limit]]
    return found


def judge(key: str, docs: Path, claims: list[tuple[str, list[str]]]) -> list[dict]:
    """One record per (sentence, cited source) pair, plus per-sentence readability."""
    from brief.dedupe import carrying_window, profile
    from brief.load import load_folder
    from brief.models import Sentence
    from brief.segment import segment_document, words_of
    from brief.select import stands_alone

    documents, _ = load_folder(docs)
    by_name = {d.path.name: (i, d) for i, d in enumerate(documents)}
    records = []
    for number, (text, cited) in enumerate(claims):
        claim = Sentence("claim", -1, 0, 0.0, text, words_of(text))
        wanted = profile(text, claim.words)
        for name in cited:
            index, document = by_name.get(name) or (len(by_name), raw_document(docs / name))
            sentences = segment_document(document, index)
            verbatim = any(text in p for p in document.paragraphs) or any(
                s.text == text for s in sentences
            )
            window = carrying_window(claim, sentences)
            carried = verbatim or window is not None
            # Carried only because one plain word is said in another (dedupe.paraphrased).
            otherwise = (
                not verbatim
                and window is not None
                and not carries(wanted, [profile(s.text, s.words) for s in window], sentences)
            )
            # What a reader checks: the carrying sentences, else the two closest ones.
            shared = (
                window
                or sorted(
                    sentences,
                    key=lambda s: -len(wanted.core & profile(s.text, s.words).terms),
                )[:2]
            )
            records.append(
                {
                    "cluster": key,
                    "sentence": number,
                    "text": text,
                    "source": name,
                    "verbatim": verbatim,
                    "carried": carried,
                    "otherwise": otherwise,
                    "alone": stands_alone(text),
                    "evidence": [s.text for s in sorted(shared, key=lambda s: s.position)],
                }
            )
    return records


def carries(wanted, window, sentences) -> bool:
    """Whether a window carries a claim word for word (no word said otherwise)."""
    from brief.dedupe import carried, profile

    everything = frozenset().union(*(profile(s.text, s.words).terms for s in sentences))
    return carried(wanted, window, everything)


def same_fact_twice(claims: list[tuple[str, list[str]]]) -> list[tuple[int, int]]:
    """Pairs of shown sentences of which one carries the other: one fact shown twice."""
    from brief.dedupe import overlap
    from brief.models import Sentence
    from brief.segment import words_of

    shown = [
        Sentence(str(n), n, 0, 0.0, text, words_of(text)) for n, (text, _) in enumerate(claims)
    ]
    supports = overlap(shown).supports
    return [
        (a, b)
        for a in range(len(shown))
        for b in range(a + 1, len(shown))
        if supports[a, b] or supports[b, a]
    ]


def paraphrase_pairs(key: str, docs: Path) -> list[dict]:
    """Every (eligible sentence, other file) pair of a cluster that the carry relation
    joins only through a word said in another word (`brief.dedupe.paraphrased`): what
    the relation adds, whether or not a briefing shows the sentence."""
    from brief.dedupe import carried, overlap, profile
    from brief.load import load_folder
    from brief.segment import segment_all
    from brief.select import is_eligible

    documents, _ = load_folder(docs)
    sentences = segment_all(documents)
    relation = overlap(sentences)
    profiles = [profile(s.text, s.words) for s in sentences]
    in_doc: dict[int, list[int]] = {}
    for k, s in enumerate(sentences):
        in_doc.setdefault(s.doc_index, []).append(k)
    everything = {
        d: frozenset().union(*(profiles[k].terms for k in ks)) for d, ks in in_doc.items()
    }
    found = []
    for i, claim in enumerate(sentences):
        if not is_eligible(claim):
            continue
        by_doc: dict[int, list[int]] = {}
        for j in np.flatnonzero(relation.supports[i]).tolist():
            by_doc.setdefault(sentences[j].doc_index, []).append(j)
        for d, carriers in by_doc.items():
            if d == claim.doc_index:
                continue
            ks = in_doc[d]
            windows = [[k] for k in ks] + [[a, b] for a, b in itertools.pairwise(ks)]
            if any(carried(profiles[i], [profiles[k] for k in w], everything[d]) for w in windows):
                continue
            found.append(
                {
                    "cluster": key,
                    "source": documents[d].path.name,
                    "sentence": claim.position,
                    "claim_file": documents[claim.doc_index].path.name,
                    "text": claim.text,
                    "evidence": [sentences[j].text for j in carriers],
                }
            )
    return found


def sample_lines(picked: list[dict], heading) -> list[str]:
    """Each picked pair for a reader: a numbered heading, the claim, the source's words."""
    lines = []
    for n, r in enumerate(picked, 1):
        lines += [
            f"## {n}. {heading(r)}",
            f"CLAIM:  {r['text']}",
            *(f"SOURCE: {e}" for e in r["evidence"]),
            "",
        ]
    return lines


def raw_document(path: Path):
    """A file this checkout's loader skips (an older one cited it): its paragraphs as is."""
    from brief.models import Document

    text = path.read_text(errors="replace")
    paragraphs = tuple(" ".join(p.split()) for p in text.split("\n\n") if p.strip())
    return Document(path.name, path, path.name, paragraphs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="+", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="first N clusters of each")
    parser.add_argument("--words", type=int, default=250, help="the briefings' word budget")
    parser.add_argument("--algorithm", default="concepts", help="the briefings' --algorithm")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--sample-out", type=Path, default=None)
    parser.add_argument("--dump", type=Path, default=None)
    parser.add_argument("--claims", type=Path, default=None)
    parser.add_argument(
        "--paraphrases",
        type=int,
        default=0,
        help="write N random pairs carried only through a word said otherwise",
    )
    args = parser.parse_args(argv)
    for data in args.data:
        if not data.is_dir():
            print(f"no dataset at {data}", file=sys.stderr)
            return 2
    clusters = clusters_of(args.data, args.limit)
    if not clusters:
        # The data folder itself, not its parent: DATA/duc2006, not DATA.
        print(
            f"no clusters (folders with docs/) in {', '.join(map(str, args.data))}", file=sys.stderr
        )
        return 2
    if args.dump:
        dumped = {key: briefing_claims(docs, args.words, args.algorithm) for key, docs in clusters}
        args.dump.write_text(json.dumps(dumped), encoding="utf-8")
        return 0
    if args.paraphrases:
        pool = [r for key, docs in clusters for r in paraphrase_pairs(key, docs)]
        picked = random.Random(args.seed).sample(pool, min(args.paraphrases, len(pool)))
        lines = [f"# {len(pool)} pairs carried only through a word said otherwise", ""]
        lines += sample_lines(
            picked,
            lambda r: (
                f"{r['cluster']} · {r['claim_file']} sentence {r['sentence']}"
                f" · cited: {r['source']}"
            ),
        )
        if args.sample_out:
            args.sample_out.write_text("\n".join(lines), encoding="utf-8")
        print(
            f"{len(pool)} pairs carried only through a word said otherwise;"
            f" {len(picked)} written to {args.sample_out}"
        )
        return 0
    given = json.loads(args.claims.read_text(encoding="utf-8")) if args.claims else {}
    records: list[dict] = []
    sentences = unreadable = corroborated = 0
    twice: list[tuple[str, str, str]] = []
    for key, docs in clusters:
        claims = given[key] if args.claims else briefing_claims(docs, args.words, args.algorithm)
        found = judge(key, docs, claims)
        records += found
        alone = {r["sentence"]: r["alone"] for r in found}
        sentences += len(claims)
        corroborated += sum(1 for _, cited in claims if len(cited) >= 2)
        twice += [(key, claims[a][0], claims[b][0]) for a, b in same_fact_twice(claims)]
        unreadable += sum(1 for n in range(len(claims)) if not alone.get(n, True))
    pairs = len(records)
    carried = sum(r["carried"] for r in records)
    verbatim = sum(r["verbatim"] for r in records)
    print(f"# {', '.join(str(d.name) for d in args.data)}: {len(clusters)} clusters")
    print()
    print("| measure | value |")
    print("|---|---|")
    print(f"| sentences shown | {sentences} |")
    print(f"| (sentence, cited source) pairs | {pairs} |")
    print(f"| verbatim in the cited source | {verbatim} ({100 * verbatim / pairs:.1f} %) |")
    print(f"| carried (automatic) | {carried} ({100 * carried / pairs:.2f} %) |")
    otherwise = sum(r.get("otherwise", False) for r in records)
    print(f"| carried only through a word said otherwise | {otherwise} |")
    print(f"| sources cited per sentence | {pairs / sentences:.3f} |")
    print(
        f"| sentences cited to ≥ 2 sources | {corroborated}"
        f" ({100 * corroborated / sentences:.1f} %) |"
    )
    print(f"| pairs of shown sentences saying one fact twice | {len(twice)} |")
    print(f"| cannot stand alone | {unreadable} ({100 * unreadable / sentences:.1f} %) |")
    if args.sample and args.sample_out:
        pool = [r for r in records if not r["verbatim"]]
        picked = random.Random(args.seed).sample(pool, min(args.sample, len(pool)))
        lines = sample_lines(
            picked,
            lambda r: (
                f"{r['cluster']} · sentence {r['sentence']} · {r['source']}"
                f" · automatic: {'carried' if r['carried'] else 'NOT carried'}"
            ),
        )
        lines += ["# One fact twice", ""]
        for key, first, second in twice:
            lines += [f"## {key}", f"SHOWN:  {first}", f"SHOWN:  {second}", ""]
        args.sample_out.write_text("\n".join(lines), encoding="utf-8")
        print(f"\n{len(picked)} of {len(pool)} non-verbatim pairs written to {args.sample_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
