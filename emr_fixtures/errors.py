"""User-facing errors: the CLI prints their message as one line and exits non-zero (no traceback)."""

from __future__ import annotations


class DxgymError(Exception):
    """Base of every error caused by what a user asked for (bad input, unknown id, bad URL)."""


class CaseNotFound(DxgymError, KeyError):
    def __init__(self, case_id: str, suggestion: str | None = None):
        self.case_id = case_id
        hint = f" (did you mean {suggestion!r}?)" if suggestion else ""
        super().__init__(f"no case with id {case_id!r}{hint}")

    def __str__(self) -> str:  # KeyError would quote the message
        return self.args[0]


class ImportRejected(DxgymError):
    """An import that wrote nothing because a record was bad."""
