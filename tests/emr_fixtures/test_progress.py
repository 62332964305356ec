"""The import's progress bar prints the user's file name as text (issue 20's rule for every output)."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from rich.text import Text

from dxgym.emr_fixtures import progress as progress_module


def test_a_file_name_holding_markup_is_shown_as_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    sink = io.StringIO()
    monkeypatch.setattr(progress_module, "Console",
                        lambda **kw: Console(file=sink, force_terminal=True, width=200))
    with progress_module.bar(True) as progress:
        progress.phase("importing [/]odd[red] :x:\x1b[2J.jsonl", total=2)  # rich would raise MarkupError on "[/]"
        progress.advance(1)
        progress._progress.refresh()  # type: ignore[attr-defined]
    shown = Text.from_ansi(sink.getvalue()).plain
    assert "importing [/]odd[red] :x:\\x1b[2J.jsonl" in shown  # the escape shown, not obeyed
