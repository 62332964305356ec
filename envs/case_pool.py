"""`CasePool`: the cases a shell serves, and the one rule for which case an episode gets.

Why its own module: the gymnasium `Env`, the OpenEnv server, the verifiers environment and the TRL
rollout all pick cases the same way — by id, as the index-th case of a split, or drawn with the
caller's random generator — so that rule lives here once. A pool shares its cases (frozen
models), never copies them, and indexes them by id once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np

from dxgym.emr_fixtures.errors import CaseNotFound
from dxgym.emr_fixtures.models import CaseRecord


class CasePool:
    """An ordered, immutable set of cases with an id index."""

    __slots__ = ("cases", "_by_id")

    def __init__(self, cases: Iterable[CaseRecord]) -> None:
        self.cases: tuple[CaseRecord, ...] = tuple(cases)
        self._by_id = {c.case_id: c for c in self.cases}

    def __len__(self) -> int:
        return len(self.cases)

    def __contains__(self, case_id: object) -> bool:
        return case_id in self._by_id

    def get(self, case_id: str) -> CaseRecord:
        """The case with this id; `CaseNotFound` (a `KeyError`) when the pool lacks it."""
        try:
            return self._by_id[case_id]
        except KeyError:
            raise CaseNotFound(str(case_id)) from None

    def choose(self, options: Mapping[str, Any] | None, rng: np.random.Generator) -> CaseRecord:
        """`{"case_id": id}` picks that case; `{"split": s, "index": i}` the i-th case of split s (either
        key alone narrows or indexes the whole pool); otherwise a case drawn with `rng`."""
        options = options or {}
        if options.get("case_id") is not None:
            return self.get(str(options["case_id"]))
        pool = self.cases
        if options.get("split") is not None:
            pool = tuple(c for c in pool if c.split == options["split"])
            if not pool:
                raise ValueError(f"no cases in split {options['split']!r}")
        if options.get("index") is not None:
            index = int(options["index"])
            if not 0 <= index < len(pool):
                raise IndexError(f"case index {index} out of range 0..{len(pool) - 1}")
            return pool[index]
        return pool[int(rng.integers(len(pool)))]
