"""The library API: what `import brief` offers a Python caller, and what it costs to import."""

from __future__ import annotations

import email
import json
from datetime import UTC, datetime
from email import policy
from pathlib import Path

import pytest
from conftest import SEEDS

import brief
from brief import (
    Briefing,
    BuildOptions,
    Claim,
    CronOptions,
    Document,
    MailOptions,
    NothingNew,
    OutputOptions,
    RunOptions,
    Story,
    UsageError,
)

A = "The harbour bridge reopened to traffic on Thursday after two years of repairs.\n"
B = "Shares in the mining company fell sharply on Friday on weak copper prices in Asia.\n"
NOW = BuildOptions(now=datetime(2016, 10, 4, 7, 0, tzinfo=UTC))


def test_model_types_are_exported_and_typed():
    briefing = brief.build(SEEDS, NOW)
    assert isinstance(briefing, Briefing)
    assert all(isinstance(d, Document) for d in briefing.sources)
    assert all(isinstance(s, Story) for s in briefing.stories)
    assert all(isinstance(c, Claim) for s in briefing.stories for c in s.claims)
    assert (Path(brief.__file__).parent / "py.typed").exists()  # PEP 561: type checkers read us
    assert set(brief.__all__) <= set(dir(brief))


def test_render_is_the_function_and_its_module_is_reachable():
    import brief.rendering

    assert callable(brief.render) and brief.render is brief.rendering.render


def test_render_writes_every_format_eml_included():
    briefing = brief.build(SEEDS, NOW)
    for fmt in ("html", "md", "text", "json"):
        assert "taken lightly" in brief.render(briefing, fmt)
    raw = brief.render(briefing, "eml", mail=MailOptions(recipients=("desk@example.org",)))
    message = email.message_from_string(raw, policy=policy.default)
    assert message["To"] == "desk@example.org"
    assert "taken lightly" in message.get_body(("plain",)).get_content()
    with pytest.raises(UsageError, match="unknown format 'pdf'"):
        brief.render(briefing, "pdf")


def test_options_are_checked_when_made():
    with pytest.raises(UsageError, match="--words must be at least 20"):
        BuildOptions(words=5)
    with pytest.raises(UsageError, match="must be a list of addresses"):
        MailOptions(recipients="a@b.c")  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="unknown SMTP security"):
        MailOptions(security="tls")
    with pytest.raises(UsageError, match="cannot tell the format"):
        OutputOptions("b.docx")
    assert OutputOptions("briefing").format == "md"
    assert OutputOptions("b.eml").format == "eml"


def test_the_algorithm_names_match_the_rankers():
    from brief.models import ALGORITHMS
    from brief.pipeline import ALGORITHMS as RUNNABLE

    assert ALGORITHMS == RUNNABLE


def test_the_cron_run_with_only_new_and_mail_is_a_library_call(make_folder, tmp_path, smtp_server):
    folder = make_folder({"a.txt": A})
    options = RunOptions(
        build=NOW,
        output=OutputOptions(str(tmp_path / "{date}.json")),
        mail=MailOptions(
            recipients=("r@example.org",), smtp_host="127.0.0.1", smtp_port=smtp_server.port
        ),
        cron=CronOptions(only_new=True, state=tmp_path / "state.json", lock_wait=5),
    )
    briefing = brief.run(folder, options)
    assert [d.path.name for d in briefing.sources] == ["a.txt"]
    assert json.loads((tmp_path / "2016-10-04.json").read_text())["sources"]
    assert len(smtp_server.inbox.messages) == 1
    with pytest.raises(NothingNew):
        brief.run(folder, options)
    assert len(smtp_server.inbox.messages) == 1
    (folder / "b.txt").write_text(B)
    assert [d.path.name for d in brief.run(folder, options).sources] == ["b.txt"]
    assert len(smtp_server.inbox.messages) == 2


def test_start_up_imports_nothing_heavy(python_output):
    """`brief --version` and `--help` load the CLI only: numpy, scipy, jinja2 stay out."""
    code = (
        "import sys, brief, brief.cli\n"
        "heavy = {'numpy', 'scipy', 'jinja2', 'sumy', 'textstat', 'rich', 'css_inline'}\n"
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))\n"
    )
    assert python_output(code) == "[]"
