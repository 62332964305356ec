"""The run directory: `config.json`, `episodes.jsonl`, `summary.json`, `report.html`.

Why fsync per episode: an evaluation against a slow endpoint can run for hours, and `--resume`
promises that a crash (OOM kill, power loss, SIGKILL) loses nothing that finished. Each record is
one `write` of a whole line, then flush and fsync, from the single asyncio thread — so lines never
interleave — and a kill can only tear the line being written, which `read_episodes` drops (and
`safe_write.mend_tail` moves to `episodes.jsonl.torn` before appending again).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from dxgym.emr_fixtures import safe_write
from dxgym.emr_fixtures.errors import DxgymError
from dxgym.envs.records import EpisodeRecord

CONFIG = "config.json"
EPISODES = "episodes.jsonl"
SUMMARY = "summary.json"
REPORT = "report.html"
RUN_FILES = (CONFIG, EPISODES, SUMMARY, REPORT)


class RunDirError(DxgymError):
    """A run directory that cannot be used as asked (another run, a corrupt log)."""


def write_json_atomic(path: Path, data: Any) -> None:
    """Write JSON through a temporary file and a rename: readers never see half a file (`safe_write`)."""
    safe_write.write_json(path, data)


def write_text_atomic(path: Path, text: str) -> None:
    safe_write.write_text(path, text)


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RunDirError(f"{path.parent} is not a run directory: no {path.name}") from None
    except json.JSONDecodeError as exc:
        raise RunDirError(f"{path} is not valid JSON ({exc.msg}, line {exc.lineno})") from None


def read_episodes(path: Path) -> Iterator[EpisodeRecord]:
    """Records of `episodes.jsonl` in file order; a torn last line (no newline) is ignored, while a
    complete line that does not parse is corruption and an error naming the line."""
    if not path.exists():
        return
    data = path.read_bytes()
    lines = data.split(b"\n")
    complete = lines[:-1]  # the last piece is "" after a final newline, else a torn line
    for number, raw in enumerate(complete, start=1):
        if not raw.strip():
            continue
        try:
            yield EpisodeRecord.model_validate_json(raw)
        except ValueError as exc:
            first = str(exc).splitlines()[0]
            raise RunDirError(f"{path}: line {number} is not an episode record ({first})") from None


class EpisodeWriter:
    """Appends one record per line, flushed and fsynced before `write` returns. It holds an exclusive
    lock on the log for the whole run (`flock` on the file itself, so no lock file is left in the run
    directory): a second process resuming the same run is refused instead of interleaving its lines."""

    def __init__(self, path: Path) -> None:
        safe_write.check_output_file(path, what="the episode log")
        self._handle: IO[str] = path.open("a", encoding="utf-8")
        try:
            _lock(self._handle, path)
            safe_write.mend_tail(path, "repair")  # a crash tears at most the line being written
        except BaseException:
            self._handle.close()
            raise

    def write(self, record: EpisodeRecord) -> None:
        self._handle.write(record.to_json_line() + "\n")
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def close(self) -> None:
        self._handle.close()  # closing releases the lock

    def __enter__(self) -> EpisodeWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _lock(handle: IO[str], path: Path) -> None:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: no cross-process guard
        return
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise RunDirError(f"{path.parent} is being written by another dxgym process") from None
