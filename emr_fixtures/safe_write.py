"""Writing output files so that nothing is lost: atomic replacement, refusals, mended JSONL appends.

Why one helper for every writer (exports, parquet, reports, indexes, play records, run files):
a command that fails — no cases selected, a full disk, Ctrl-C — must leave the file it was going to
replace exactly as it was; a command must never overwrite what it reads (`db export` onto its own
database); and a path that is not a regular file (a FIFO, a device, a symlink, a directory) must
never be silently turned into one. So a file is written beside its target under a temporary name,
flushed and fsynced, and renamed over the target only once complete; the checks run before any
work. `-` means stdout where the format allows it.

JSONL appends (play records, the training reward's episode log, evaluation runs) first look at the
file's last line: a line cut short by a crash would otherwise be glued to the new record, making
both unreadable. A torn line is refused, or (for the logs a crash may legitimately tear) moved
aside to `FILE.torn` before appending, under the file's lock.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, Literal

from dxgym.emr_fixtures.errors import DxgymError

STDOUT = "-"
TornPolicy = Literal["refuse", "repair"]


class OutputRefused(DxgymError):
    """An output path the command will not write: a directory, a special file, its own input."""


def is_stdout(path: str | os.PathLike[str] | None) -> bool:
    return path is not None and os.fspath(path) == STDOUT


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISLNK, "a symbolic link")):
        if test(mode):
            return name
    return "not a regular file"


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.absolute() == b.absolute()


def check_output_file(path: str | os.PathLike[str], *, inputs: Iterable[tuple[Path, str]] = (),
                      what: str = "the output", allow_stdout: bool = False) -> Path | None:
    """The path to write, or None for stdout (`-`, where allowed); `OutputRefused` otherwise.

    `inputs` are (path, description) pairs the command reads: writing onto any of them is refused."""
    if is_stdout(path):
        if allow_stdout:
            return None
        raise OutputRefused(f"{what} cannot go to stdout ('-'); name a file")
    target = Path(path)
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        st = None
    except NotADirectoryError:
        raise OutputRefused(f"cannot write {target}: a folder on its path is a file") from None
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise OutputRefused(f"{target} is a directory; {what} is a file, so name a file")
        if not stat.S_ISREG(st.st_mode):
            raise OutputRefused(f"{target} is {_kind(st.st_mode)}; refusing to replace it with {what}")
    parent = target.absolute().parent
    if parent.exists() and not parent.is_dir():
        raise OutputRefused(f"cannot write {target}: {parent} is a file, not a folder")
    for source, description in inputs:
        for candidate in (source, *(source.with_name(source.name + s) for s in ("-journal", "-wal", "-shm"))):
            if st is not None and candidate.exists() and _same(target, candidate):
                raise OutputRefused(f"{target} is {description} this command reads; refusing to overwrite it")
    return target


def check_output_dir(path: str | os.PathLike[str], *, what: str = "the output folder") -> Path:
    """A folder to write into: refused when it is a file (or a special file)."""
    if is_stdout(path):
        raise OutputRefused(f"{what} cannot be stdout ('-'); name a folder")
    target = Path(path)
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return target
    except NotADirectoryError:
        raise OutputRefused(f"cannot use {target}: a folder on its path is a file") from None
    if not stat.S_ISDIR(st.st_mode):
        kind = "a file" if stat.S_ISREG(st.st_mode) else _kind(st.st_mode)
        raise OutputRefused(f"{target} is {kind}; {what} must be a folder")
    return target


def _make_parent(target: Path) -> Path:
    parent = target.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise OutputRefused(f"cannot write {target}: a folder on its path is a file") from None
    return parent


def _new_file_mode() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every filesystem lets a directory be opened
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], *, inputs: Iterable[tuple[Path, str]] = (),
                what: str = "the output") -> Iterator[Path]:
    """A temporary path beside `path` for a library that writes files itself (pyarrow); on success it
    is fsynced and renamed over `path`, on any failure removed — the target is untouched."""
    target = check_output_file(path, inputs=inputs, what=what)
    assert target is not None
    parent = _make_parent(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        try:
            mode = stat.S_IMODE(os.stat(target).st_mode)
        except FileNotFoundError:
            mode = _new_file_mode()
        os.chmod(tmp, mode)
        os.replace(tmp, target)
        _fsync_dir(parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def atomic_file(path: str | os.PathLike[str], *, binary: bool = False, inputs: Iterable[tuple[Path, str]] = (),
                what: str = "the output") -> Iterator[IO[Any]]:
    """A handle on a temporary file beside `path`, renamed over it only when the block completes."""
    with atomic_path(path, inputs=inputs, what=what) as tmp:
        handle: IO[Any] = open(tmp, "wb") if binary else open(tmp, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        with handle:
            yield handle
            handle.flush()


@contextlib.contextmanager
def output_text(path: str | os.PathLike[str], *, inputs: Iterable[tuple[Path, str]] = (),
                what: str = "the output") -> Iterator[IO[str]]:
    """Text output to a file (atomically) or, for `-`, to stdout."""
    if check_output_file(path, inputs=inputs, what=what, allow_stdout=True) is None:
        if sys.stdout is None:  # started with stdout closed (`>&-`)
            raise OutputRefused(f"stdout is closed: {what} has nowhere to go")
        yield sys.stdout
        sys.stdout.flush()
        return
    with atomic_file(path, inputs=inputs, what=what) as handle:
        yield handle


def write_text(path: str | os.PathLike[str], text: str, **kwargs: Any) -> None:
    with atomic_file(path, **kwargs) as handle:
        handle.write(text)


def write_json(path: str | os.PathLike[str], data: Any, **kwargs: Any) -> None:
    write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n", **kwargs)


# --- JSONL appends ---------------------------------------------------------------------------------


def torn_tail(path: Path) -> bytes:
    """The bytes after the last newline of a file (empty when it ends cleanly or does not exist)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return b""
    if size == 0:
        return b""
    with path.open("rb") as handle:
        block = 1 << 16
        tail = b""
        position = size
        while position > 0:
            step = min(block, position)
            position -= step
            handle.seek(position)
            tail = handle.read(step) + tail
            cut = tail.rfind(b"\n")
            if cut >= 0:
                return tail[cut + 1:]
        return tail


def _complete_json(fragment: bytes) -> bool:
    try:
        json.loads(fragment)
    except ValueError:
        return False
    return True


def mend_tail(path: Path, torn: TornPolicy) -> str | None:
    """Make `path` end at a line boundary before an append; returns what was done, if anything.

    A last line that is whole JSON lacking only its newline gets the newline. A cut-off line is
    refused (`OutputRefused`), or with `repair` copied to `PATH.torn` and cut from the file."""
    fragment = torn_tail(path)
    if not fragment:
        return None
    if _complete_json(fragment):
        with path.open("ab") as handle:
            handle.write(b"\n")
            handle.flush()
            os.fsync(handle.fileno())
        return f"{path}: added the newline its last line lacked"
    if torn == "refuse":
        raise OutputRefused(
            f"{path}: its last line is cut off ({len(fragment)} bytes with no newline); "
            "not appending to it — repair or move the file"
        )
    aside = path.with_name(path.name + ".torn")
    with aside.open("ab") as handle:
        handle.write(fragment + b"\n")
        handle.flush()
        os.fsync(handle.fileno())
    with path.open("rb+") as handle:
        handle.truncate(path.stat().st_size - len(fragment))
        handle.flush()
        os.fsync(handle.fileno())
    return f"{path}: moved a cut-off last line ({len(fragment)} bytes) to {aside}"


def check_append_target(path: str | os.PathLike[str], *, what: str = "the record file") -> Path:
    """Refuse, before any work, a JSONL file an append would damage or could not write."""
    target = check_output_file(path, what=what)
    assert target is not None
    fragment = torn_tail(target)
    if fragment and not _complete_json(fragment):
        mend_tail(target, "refuse")  # raises, naming the file
    return target


def append_lines(path: str | os.PathLike[str], lines: Iterable[str], *, torn: TornPolicy = "refuse",
                 what: str = "the record file") -> int:
    """Append whole lines (newline added) under `PATH.lock`, after mending the file's tail; fsynced."""
    from filelock import FileLock

    target = check_output_file(path, what=what)
    assert target is not None
    _make_parent(target)
    payload = "".join(line + "\n" for line in lines)
    with FileLock(str(target) + ".lock"):
        mend_tail(target, torn)
        with target.open("a", encoding="utf-8", newline="\n") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
    return payload.count("\n")


def describe_os_error(error: OSError, *, with_name: bool = True) -> str:
    """`PATH: reason` (or the reason alone) for an OSError, the reasons a user can act on spelled out."""
    reasons = {errno.ENOSPC: "no space left on the device", errno.EDQUOT: "disk quota exceeded",
               errno.EISDIR: "is a directory", errno.ENOTDIR: "a folder on the path is a file",
               errno.EROFS: "read-only filesystem", errno.EACCES: "permission denied",
               errno.EPERM: "operation not permitted"}
    code = error.errno
    if code is None:  # pyarrow and other C libraries put the errno only in the text
        found = re.search(r"errno (\d+)", str(error), re.IGNORECASE)
        code = int(found.group(1)) if found else None
    reason = reasons.get(code or -1) or error.strerror or str(error).strip().splitlines()[0]
    name = error.filename if with_name and error.filename is not None else None
    return f"{name}: {reason}" if name else reason
