"""Progress for long evaluations: a rich bar on a terminal, plain periodic lines elsewhere.

Why two modes: a bar redrawn in place is what a person at a terminal wants; in CI logs and
`nohup` files the same redraws become thousands of lines, so off a TTY we print one line every
few seconds (and at the end) with the same figures: done / total, rate, ETA, running accuracy.
"""

from __future__ import annotations

import time
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from dxgym.emr_fixtures.safe_text import esc

PLAIN_EVERY_S = 5.0


class EvalProgress:
    """Counts finished episodes and shows them; `advance(correct)` once per episode."""

    def __init__(self, label: str, total: int, *, done: int = 0, correct: int = 0,
                 console: Console | None = None, plain: bool | None = None) -> None:
        self.label = esc(label)  # printed through rich markup: a policy spec holding "[/]" is text
        self.total = total
        self.done = done
        self.correct = correct
        self._resumed = done
        self._console = console or Console(stderr=True)
        self._plain = (not self._console.is_terminal) if plain is None else plain
        self._progress: Progress | None = None
        self._task: int | None = None
        self._started = time.monotonic()
        self._last_line = 0.0
        self._printed: int | None = None

    def _description(self) -> str:
        acc = f"acc {self.correct / self.done:.3f}" if self.done else "acc –"
        return f"{self.label} · {acc}"

    def __enter__(self) -> EvalProgress:
        self._started = time.monotonic()
        if self._plain:
            self._line(force=True)
        else:
            self._progress = Progress(
                SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TimeRemainingColumn(),
                console=self._console, transient=False,
            )
            self._progress.start()
            self._task = self._progress.add_task(self._description(), total=self.total, completed=self.done, rate="")
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.stop()
        elif self._plain and self._printed != self.done:
            self._line(force=True)

    def _rate(self) -> float:
        elapsed = time.monotonic() - self._started
        return (self.done - self._resumed) / elapsed if elapsed > 0 else 0.0

    def _line(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last_line < PLAIN_EVERY_S and self.done < self.total:
            return
        self._last_line = now
        self._printed = self.done
        rate = self._rate()
        left = self.total - self.done
        eta = f"{left / rate:.0f}s" if rate > 0 else "?"
        pct = 100.0 * self.done / self.total if self.total else 100.0
        self._console.print(
            f"{self.label}: {self.done}/{self.total} ({pct:.0f}%) {self._description().split(' · ')[1]} "
            f"{rate:.2f} ep/s eta {eta}", highlight=False, soft_wrap=True,
        )

    def advance(self, correct: bool) -> None:
        self.done += 1
        self.correct += int(correct)
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, advance=1, description=self._description(),
                                  rate=f"{self._rate():.2f} ep/s")
        elif self._plain:
            self._line()
