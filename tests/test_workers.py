"""Several processes give the briefing one process gives, byte for byte (workers.py)."""

from __future__ import annotations

import os
import shutil
import signal
from datetime import UTC, datetime

import pytest
from conftest import FIXTURES, SEEDS

from brief import load, stories, summaries, workers
from brief.cli import app
from brief.models import BuildOptions
from brief.pipeline import build
from brief.rendering import render

forking = pytest.mark.skipif(not workers.can_fork(), reason="workers fork on Linux only")


def _square_and_process(offset: int, k: int) -> tuple[int, int]:
    return offset + k * k, os.getpid()


def _fails_at_seven(_: None, k: int) -> int:
    if k == 7:
        raise ValueError("item 7 is bad")
    return k


@forking
def test_a_batch_runs_in_other_processes_and_gives_results_in_order():
    with workers.batch(_square_and_process, 10, 300, jobs=2, least=1) as results:
        found = list(results)
    assert [value for value, _ in found] == [10 + k * k for k in range(300)]
    # Worked out elsewhere: by both workers, or by one that took every task first.
    processes = {pid for _, pid in found}
    assert os.getpid() not in processes and 1 <= len(processes) <= 2


def test_a_small_batch_or_one_job_stays_in_this_process():
    for jobs, least in ((0, 1000), (1, 1)):
        with workers.batch(_square_and_process, 0, 300, jobs=jobs, least=least) as results:
            assert {pid for _, pid in results} == {os.getpid()}


def _killed_at_five(parent: int, k: int) -> tuple[int, int]:
    if k == 5 and os.getpid() != parent:
        os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer would
    return k, os.getpid()


@forking
def test_the_work_of_a_killed_worker_is_done_in_this_process():
    with workers.batch(_killed_at_five, os.getpid(), 300, jobs=2, least=1) as results:
        found = list(results)
    assert [k for k, _ in found] == list(range(300))
    assert found[5][1] == os.getpid()  # done here after its worker died


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_error_in_the_work_is_raised_where_its_result_is_read(jobs):
    with (
        pytest.raises(ValueError, match="item 7 is bad"),
        workers.batch(_fails_at_seven, None, 300, jobs=jobs, least=1) as results,
    ):
        list(results)


ONE_OFFS = {
    "bridge.txt": "The harbour bridge reopened to traffic on Thursday after two years of"
    " repairs that cost the city 40 million dollars, the transport department said.\n",
    "orchestra.txt": "The national orchestra named a new conductor on Monday, ending a"
    " search that lasted three seasons and drew candidates from eleven countries.\n",
    "wheat.txt": "Wheat farmers in the northern plains expect their largest harvest in a"
    " decade after a wet spring, the agriculture ministry said in its July report.\n",
}


@forking
def test_a_folder_worked_on_by_several_processes_gives_the_same_briefing(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    shutil.copy(FIXTURES / "news_page.html", folder / "page.html")
    for name, text in ONE_OFFS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "photo.txt").write_bytes(bytes(range(256)) * 8)
    # The real thresholds keep a folder this small in one process: lowered, the same
    # folder goes through the worker processes.
    monkeypatch.setattr(load, "MIN_FILES", 2)
    monkeypatch.setattr(stories, "MIN_FILES", 2)
    monkeypatch.setattr(stories, "PAIR_ROWS", 2)  # candidates found 2 documents a block
    monkeypatch.setattr(summaries, "MIN_STORIES", 2)
    now = datetime(2016, 10, 4, 7, tzinfo=UTC)
    one, several = (build(folder, BuildOptions(jobs=jobs, now=now)) for jobs in (1, 2))
    assert len(one.also) >= 2 and one.notices  # titled stories and skipped files to compare
    assert several.notices == one.notices
    for fmt in ("json", "md", "html"):
        assert render(several, fmt) == render(one, fmt)


def test_jobs_below_zero_is_a_usage_error(runner, make_folder):
    folder = make_folder({"a.txt": ONE_OFFS["bridge.txt"]})
    result = runner.invoke(app, ["build", str(folder), "--jobs", "-1"])
    assert result.exit_code == 2
    assert "Error: --jobs must be 0 (one a core) or more (got -1)." in result.stderr
