"""Independent work (a file read, a page's shape and places, a block of candidate pairs,
a story's title) on all the machine's cores, with results taken in the order asked: the
output is byte for byte what one process writes.

Workers are forked from the running process, so they start at once with everything it
has imported and holds (the stories to title are not sent to them; only their numbers,
and the results, cross between processes). Where fork is not the platform's way (macOS,
Windows) or the work is small, the same calls run in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

Shared = TypeVar("Shared")
Result = TypeVar("Result")

# Below this many items one process does it all: forking, and sending the results back,
# cost more than a second core saves (benchmarks/RESULTS.md: a file is read in about a
# millisecond, a story titled in about ten).
MIN_FILES = 400
MIN_STORIES = 40
# Items a task (by default): each task is one round trip between processes.
CHUNK = 64


def cores() -> int:
    """The cores this process may run on (a container's or taskset's limit included)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    # macOS offers fork, but its system libraries are not safe in a forked child.
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


# What a forked worker works on: set by _install in the worker, before its first task.
_work: tuple[Callable[[Any, int], Any], Any] | None = None


def _install(function: Callable[[Any, int], Any], shared: Any) -> None:
    global _work
    _work = (function, shared)


def _run(indices: range) -> list[Any]:
    assert _work is not None  # _install runs first in every worker
    function, shared = _work
    return [function(shared, k) for k in indices]


class Batch(Generic[Result]):
    """The results of function(shared, k) for k in range(count), read in order: worked
    out in the background by worker processes (`tasks`, each of `per_task` items), or in
    this process as they are read."""

    def __init__(
        self,
        tasks: Sequence[Future[list[Result]]] | None,
        function: Callable[[Shared, int], Result],
        shared: Shared,
        count: int,
        per_task: int = CHUNK,
    ) -> None:
        self._tasks = tasks
        self._job = (function, shared, count, per_task)

    def where(self, keep: Callable[[int], bool]) -> Iterator[Result]:
        """The results of the items `keep` takes, in order (in this process, only theirs
        are worked out)."""
        function, shared, count, per_task = self._job
        if self._tasks is None:
            yield from (function(shared, k) for k in range(count) if keep(k))
            return
        for start, task in zip(range(0, count, per_task), self._tasks, strict=True):
            try:
                results = task.result()
            except BrokenProcessPool:
                # A worker was killed (out of memory, a signal): the rest is done here.
                results = [function(shared, k) for k in range(start, min(start + per_task, count))]
            yield from (result for k, result in enumerate(results, start) if keep(k))

    def __iter__(self) -> Iterator[Result]:
        return self.where(_every)


def _every(_: int) -> bool:
    return True


@contextmanager
def batch(
    function: Callable[[Shared, int], Result],
    shared: Shared,
    count: int,
    jobs: int,
    least: int,
    per_task: int = CHUNK,
) -> Iterator[Batch[Result]]:
    """function(shared, k) for every k < count, on `jobs` worker processes (0: one a
    core) while the caller goes on; in this process, as the results are read, when `jobs`
    is 1, the platform cannot fork, or there are fewer than `least` items. `function`
    must be a module's own function (it is named to the workers); `shared` reaches them
    by fork, unpickled. An exception raised in a worker is raised where its result is read.
    Items go to the workers `per_task` at a time.
    """
    jobs = min(jobs or cores(), -(-count // per_task))
    started = None
    if jobs > 1 and count >= least and can_fork():
        started = _started(function, shared, count, jobs, per_task)
    if started is None:
        yield Batch(None, function, shared, count)
        return
    pool, tasks = started
    try:
        yield Batch(tasks, function, shared, count, per_task)
    finally:
        # Work not yet started is dropped when the caller stops early (an error, Ctrl-C).
        pool.shutdown(wait=True, cancel_futures=True)


def _started(
    function: Callable[[Shared, int], Result],
    shared: Shared,
    count: int,
    jobs: int,
    per_task: int,
) -> tuple[ProcessPoolExecutor, list[Future[list[Result]]]] | None:
    """The pool and its tasks, or None when no worker can start here (a container
    without /dev/shm has no semaphores; a process limit refuses the fork)."""
    try:
        pool = ProcessPoolExecutor(
            jobs,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_install,
            initargs=(function, shared),
        )
    except (OSError, NotImplementedError):
        return None
    try:
        tasks = [
            pool.submit(_run, range(start, min(start + per_task, count)))
            for start in range(0, count, per_task)
        ]
    except (OSError, BrokenProcessPool):
        pool.shutdown(wait=True, cancel_futures=True)
        return None
    return pool, tasks
