"""One registry of the memos keyed on text an answer can carry (a prediction, a word of it, a name read off it).

Why a registry: the benchmark's reward figure (`reward_score_p50_us`) empties every such memo before each
episode, to measure what a new answer costs; listing them by hand in one place meant reaching into a dozen
modules' private functions and missing any memo a later round adds. A memo registers itself where it is
defined instead, and `clear()` empties them all. Memos keyed on a reference alone (precomputed once per case)
stay plain `lru_cache`s and are kept.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_MEMOS: list[Any] = []


def answer_memo(maxsize: int = 65_536) -> Callable[[F], F]:
    """`functools.lru_cache(maxsize)`, registered so that `clear()` empties it."""

    def wrap(fn: F) -> F:
        memo = lru_cache(maxsize=maxsize)(fn)
        _MEMOS.append(memo)
        return memo  # type: ignore[return-value]

    return wrap


def clear() -> None:
    """Empty every registered memo (of the modules imported so far: the others hold nothing yet)."""
    for memo in _MEMOS:
        memo.cache_clear()


def registered() -> tuple[str, ...]:
    """The registered memos' qualified names (module.function), for tests and the benchmark's notes."""
    return tuple(f"{m.__module__}.{m.__qualname__}" for m in _MEMOS)
