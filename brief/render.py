"""Turn a Briefing into HTML, Markdown or text (Jinja templates) or JSON (the public contract)."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import css_inline
import jinja2

from .errors import UsageError
from .models import Briefing

FORMATS = ("html", "md", "text", "json", "eml")
TEMPLATE_OF = {"html": "briefing.html.j2", "md": "briefing.md.j2", "text": "briefing.txt.j2"}
SUFFIX_FORMATS = {
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".markdown": "md",
    ".txt": "text",
    ".text": "text",
    ".json": "json",
    ".eml": "eml",
}
# Mail clients drop <style> blocks (Gmail, Outlook): every rule goes into style
# attributes; media queries (dark mode, print) stay in a <style> for clients that read it.
_INLINER = css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False)


def builtin_templates() -> Path:
    """Where the built-in templates are: inside the wheel, or the source checkout's templates/."""
    packaged = Path(__file__).parent / "templates"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "templates"


@dataclass(frozen=True, slots=True)
class SourceView:
    number: int
    id: str
    title: str
    publisher: str | None
    url: str | None
    date: str | None
    file: str
    label: str


@dataclass(frozen=True, slots=True)
class ClaimView:
    text: str
    numbers: tuple[int, ...]
    reported_by: int
    of: int
    score: float


@dataclass(frozen=True, slots=True)
class StoryView:
    title: str
    claims: tuple[ClaimView, ...]
    source_numbers: tuple[int, ...]


def environment(templates: Path | None = None) -> jinja2.Environment:
    """Templates from `templates` first, then the built-ins (also reachable as default/…)."""
    builtin = jinja2.FileSystemLoader(builtin_templates())
    loaders: list[jinja2.BaseLoader] = []
    if templates is not None:
        if not templates.is_dir():
            raise UsageError(f"--templates {templates} is not a folder of templates.")
        loaders.append(jinja2.FileSystemLoader(templates))
    loaders += [jinja2.PrefixLoader({"default": builtin}), builtin]
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        # Every sentence is untrusted text from the web: escape it in HTML, always.
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2", "htm")),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def context(briefing: Briefing) -> dict[str, object]:
    """What templates see: numbered sources, claims with their citation numbers, figures."""
    number = {d.id: n for n, d in enumerate(briefing.sources, 1)}
    sources = tuple(
        SourceView(
            number=number[d.id],
            id=d.id,
            title=d.title,
            publisher=d.publisher,
            url=d.url,
            date=d.date,
            file=d.path.name,
            label=d.label,
        )
        for d in briefing.sources
    )
    stories = tuple(
        StoryView(
            title=story.title,
            claims=tuple(
                ClaimView(
                    text=c.text,
                    numbers=tuple(number[i] for i in c.sources),
                    reported_by=len(c.sources),
                    of=len(story.sources),
                    score=c.score,
                )
                for c in story.claims
            ),
            source_numbers=tuple(number[i] for i in story.sources),
        )
        for story in briefing.stories
    )
    return {
        "title": briefing.title,
        "generated": briefing.generated,
        "date": briefing.generated.strftime("%A, %d %B %Y"),
        "sources": sources,
        "stories": stories,
        "stats": briefing.stats,
        "reading_minutes": max(1, math.ceil(briefing.stats.reading_time_seconds / 60)),
        "algorithm": briefing.algorithm,
    }


def render(briefing: Briefing, fmt: str, templates: Path | None = None) -> str:
    """The briefing as text in the given format."""
    if fmt == "json":
        return to_json(briefing)
    if fmt not in TEMPLATE_OF:
        raise UsageError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}.")
    env = environment(templates)
    try:
        template = env.get_template(TEMPLATE_OF[fmt])
        text = template.render(context(briefing))
    except jinja2.TemplateError as error:
        where = (
            f" ({error.filename}, line {error.lineno})" if getattr(error, "lineno", None) else ""
        )
        raise UsageError(f"template error in {TEMPLATE_OF[fmt]}{where}: {error.message}") from None
    return _INLINER.inline(text) if fmt == "html" else text


def to_json(briefing: Briefing) -> str:
    """The JSON contract (see README): sources, stories with cited sentences, stats."""
    data = {
        "generated": briefing.generated.isoformat(timespec="seconds"),
        "title": briefing.title,
        "algorithm": briefing.algorithm,
        "sources": [
            {
                "id": d.id,
                "path": d.path.as_posix(),
                "title": d.title,
                "publisher": d.publisher,
                "url": d.url,
                "date": d.date,
            }
            for d in briefing.sources
        ],
        "stories": [
            {
                "title": story.title,
                "sources": list(story.sources),
                "sentences": [
                    {"text": c.text, "sources": list(c.sources), "score": c.score}
                    for c in story.claims
                ],
            }
            for story in briefing.stories
        ],
        "stats": {
            "words": briefing.stats.words,
            "sentences": briefing.stats.sentences,
            "sources": len(briefing.sources),
            "flesch_reading_ease": briefing.stats.flesch_reading_ease,
            "flesch_kincaid_grade": briefing.stats.flesch_kincaid_grade,
            "reading_time_seconds": briefing.stats.reading_time_seconds,
        },
        "warnings": [
            {"path": n.path.as_posix(), "message": n.message, "skipped": n.skipped}
            for n in briefing.notices
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def infer_format(output: str | None, fmt: str | None) -> str:
    """The format asked for, else the one OUT's extension names, else Markdown."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise UsageError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}.")
        return fmt
    if output in (None, "-"):
        return "md"
    suffix = Path(output).suffix.lower()
    if suffix not in SUFFIX_FORMATS:
        raise UsageError(
            f"cannot tell the format from {output!r}; add --format ({', '.join(FORMATS)})."
        )
    return SUFFIX_FORMATS[suffix]
