"""Write the golden briefings of seeds/ (run from anywhere: python tests/regenerate_golden.py)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from brief import BuildOptions, build, render

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FIXED_DATE = "2016-10-04T07:00:00+00:00"
GOLDEN = {"seeds.json": HERE / "golden" / "seeds.json", "seeds.md": HERE / "golden" / "seeds.md"}


def golden_outputs() -> dict[str, str]:
    """The seeds briefing as JSON and Markdown, built from the relative path 'seeds'."""
    cwd = Path.cwd()
    os.chdir(ROOT)  # source paths in the output are relative to the repository
    try:
        briefing = build(Path("seeds"), BuildOptions(now=datetime.fromisoformat(FIXED_DATE)))
    finally:
        os.chdir(cwd)
    return {"seeds.json": render(briefing, "json"), "seeds.md": render(briefing, "md")}


if __name__ == "__main__":
    for name, text in golden_outputs().items():
        GOLDEN[name].parent.mkdir(exist_ok=True)
        GOLDEN[name].write_text(text, encoding="utf-8")
        print(f"wrote {GOLDEN[name].relative_to(ROOT)}")
