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
    """
    held = guards if guards is not None else path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a")  # noqa: SIM115 (held for the whole block)
    except OSError as error:
        raise OutputError(f"cannot create the lock file {path}: {error.strerror}.") from None
    try:
        deadline = time.monotonic() + wait_seconds
        told = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise OutputError(
                        f"another brief run holds {held}; gave up after {wait_seconds:g} s."
                    ) from None
                if not told:
                    on_wait(f"another brief run holds {held}; waiting up to {wait_seconds:g} s")
                    told = True
                time.sleep(0.2)
        yield
    finally:
        handle.close()  # closing releases the lock
