"""`UnicodeText`: a gymnasium text space that accepts real clinical text.

gymnasium's `Text` only contains strings drawn from its charset (alphanumerics by default) and
of length >= 1, so "36.6°C", "≥ 5 × 10⁹/L", Chinese observations and empty model replies all
fall outside it. This subclass (the MiniWoB++ / BrowserGym pattern) contains any `str` within
its length bounds and samples from a printable charset; it stays a `Text` so gymnasium's
`singledispatch` utilities keep working.
"""

from __future__ import annotations

import string
from typing import Any

from gymnasium.spaces import Text


class UnicodeText(Text):
    """Any `str` with `min_length <= len(x) <= max_length`; `sample()` draws from `sample_charset`."""

    def __init__(self, max_length: int, *, min_length: int = 0, sample_charset: str = string.printable,
                 seed: Any = None) -> None:
        super().__init__(max_length, min_length=min_length, charset=sample_charset, seed=seed)

    def contains(self, x: Any) -> bool:
        return isinstance(x, str) and self.min_length <= len(x) <= self.max_length

    def __repr__(self) -> str:
        return f"UnicodeText({self.min_length}, {self.max_length})"

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, UnicodeText) and (self.min_length, self.max_length) == (
            other.min_length, other.max_length)

    def __hash__(self) -> int:
        return hash(("UnicodeText", self.min_length, self.max_length))
