"""What a cron run needs to be safe: the record of documents already briefed, and a lock."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .deliver import write_atomic
from .errors import InputError, OutputError


def default_state_path() -> Path:
    """$XDG_STATE_HOME/brief/state.json, i.e. ~/.local/state/brief/state.json by default."""
    base = os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state"
    return Path(base) / "brief" / "state.json"


def read_seen(path: Path) -> frozenset[str]:
    """Content digests of every document earlier runs used (none if the file is new).

    Each document is recorded by the SHA-256 of its bytes (all that older state files
    hold, and still recognised) and by "text:" + the SHA-256 of its text (load.text_digest);
    each file skipped with a warning by "notice:" + a digest of it and the warning
    (load.notice_digest), so that it is reported once.
    """
    if not path.exists():
        return frozenset()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return frozenset(data["seen"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise InputError(
            f"the state file {path} cannot be read ({error}); move it away to start afresh."
        ) from None


def write_seen(path: Path, seen: frozenset[str]) -> None:
    """Record `seen` atomically: a crash leaves the old record, never half of a new one."""
    write_atomic(path, json.dumps({"version": 1, "seen": sorted(seen)}, indent=0) + "\n")


def output_lock(output: Path) -> Path:
    """The lock of an output file: in the temporary folder, so none litters the output's."""
    key = hashlib.sha1(str(output.resolve()).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"brief-{key}.lock"


@contextmanager
def locked(
    path: Path,
    wait_seconds: float,
    on_wait: Callable[[str], None] = lambda _: None,
    guards: Path | str | None = None,
) -> Iterator[None]:
    """Hold an exclusive lock on `path` (created if needed), waiting up to `wait_seconds`.

    Two cron runs on the same output or state would otherwise interleave: the second one
    waits for the first (and says so through `on_wait`), and gives up with an error.
    Messages name `guards`, the file the lock protects (the lock file is an internal
    name in the temporary folder that tells the user nothing), else the lock itself.

    The lock file is removed when the lock is released, so that dated outputs do not
    leave one file a day behind. A run that was waiting on the removed file then holds
    a lock nobody else can see: it checks that `path` is still the file it locked, and
    otherwise locks the new one.
    """
    held = guards if guards is not None else path
    deadline = time.monotonic() + wait_seconds
    told = False

    def acquire(handle: IO[str]) -> None:
        nonlocal told
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise OutputError(
                        f"another brief run holds {held}; gave up after {wait_seconds:g} s."
                    ) from None
                if not told:
                    on_wait(f"another brief run holds {held}; waiting up to {wait_seconds:g} s")
                    told = True
                time.sleep(0.2)

    handle = _open_lock(path)
    try:
        acquire(handle)
        while not _same_file(handle, path):
            # The holder before removed it: lock the file that is there now.
            handle.close()
            handle = _open_lock(path)
            acquire(handle)
    except BaseException:
        handle.close()  # not held: the file is another run's, and stays
        raise
    try:
        yield
    finally:
        path.unlink(missing_ok=True)  # while still held: no one else locks it meanwhile
        handle.close()  # closing releases the lock


def _open_lock(path: Path) -> IO[str]:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return open(path, "a")  # held for the whole block: closed by the caller
    except OSError as error:
        raise OutputError(f"cannot create the lock file {path}: {error.strerror}.") from None


def _same_file(handle: IO[str], path: Path) -> bool:
    """Whether the open `handle` is still the file at `path` (not removed or replaced)."""
    try:
        return os.path.samestat(os.fstat(handle.fileno()), os.stat(path))
    except FileNotFoundError:
        return False
