"""One progress bar for a whole import: readers name their phase and count their units on it.

Why an object handed to readers rather than a bar each: a folder of FHIR bundles, a MIMIC-IV scan
followed by case assembly, and the writes that follow are one import to the user, so they share one
line on stderr. Readers that cannot count say nothing, and the bar counts the cases written.
"""

from __future__ import annotations

import sys
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from dxgym.emr_fixtures.safe_text import show_controls


class ImportProgress:
    """A quiet progress sink; `bar()` gives the visible one."""

    def phase(self, description: str, total: int | None = None) -> None:
        """Start a new phase of the same import (the bar restarts with this description and total)."""

    def advance(self, n: int = 1) -> None:
        """`n` more units of the current phase are done."""

    def __enter__(self) -> ImportProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class _RichProgress(ImportProgress):
    def __init__(self) -> None:
        self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}", markup=False), BarColumn(), MofNCompleteColumn(),
                                  TimeElapsedColumn(), console=Console(stderr=True), transient=True)
        self._task = self._progress.add_task("importing", total=None)

    def phase(self, description: str, total: int | None = None) -> None:
        # the description names the user's file: printed as text (no markup, no emoji codes, controls escaped)
        self._progress.reset(self._task, description=show_controls(description), total=total)

    def advance(self, n: int = 1) -> None:
        self._progress.advance(self._task, n)

    def __enter__(self) -> ImportProgress:
        self._progress.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._progress.stop()


QUIET = ImportProgress()


def bar(show: bool | None = None) -> ImportProgress:
    """The import's bar on stderr (by default only when stderr is a terminal), else the quiet sink."""
    return _RichProgress() if (sys.stderr.isatty() if show is None else show) else QUIET
