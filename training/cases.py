"""Cases for training workers: loaded once per process, looked up by id, never per row.

verl runs many trajectories as coroutines inside each `AgentLoopWorker` Ray actor, and DESIGN
says the step loop never touches the database. So each process builds one frozen `CaseStore`
per case source on first use (off the event loop, under a lock, so concurrent first trajectories
wait for one load instead of starting several) and every trajectory after that is a dict lookup.
The parquet rows carry only `extra_info.case_id`.

A case source is a database URL (Postgres, or a read-only SQLite copy on each node), the special
value `fixtures` (the shipped fixture cases, no database: tests and the GPU smoke run), or None:
`DXGYM_DATABASE_URL`, else the embedded default SQLite.
"""

from __future__ import annotations

import asyncio
import os
import threading

from dxgym.agents.lookup import ExamLookup
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.emr_fixtures.store import CaseStore

FIXTURES = "fixtures"
ENV_VAR = "DXGYM_DATABASE_URL"

_stores: dict[str, CaseStore] = {}
_lock = threading.Lock()
_lookup: ExamLookup | None = None


def source_key(source: str | None) -> str:
    """The cache key of a case source: the argument, else `DXGYM_DATABASE_URL`, else `default`."""
    return source or os.environ.get(ENV_VAR) or "default"


def _build(key: str) -> CaseStore:
    if key == FIXTURES:
        from dxgym.emr_fixtures.fixtures import load_fixture_cases

        return CaseStore.from_cases(load_fixture_cases())
    url = None if key == "default" else key
    # every split and follow-up visits too: the parquet, not the store, decides what is trained on
    return CaseStore(url, include_follow_up=True, read_only=True)


def case_store(source: str | None = None) -> CaseStore:
    """This process's store for `source`, built on first use (blocking; see `acase_store`)."""
    key = source_key(source)
    store = _stores.get(key)
    if store is None:
        with _lock:
            store = _stores.get(key)
            if store is None:
                store = _stores[key] = _build(key)
    return store


async def acase_store(source: str | None = None) -> CaseStore:
    """`case_store` without blocking the worker's event loop on the first load."""
    store = _stores.get(source_key(source))
    if store is not None:
        return store
    return await asyncio.to_thread(case_store, source)


async def aget_case(case_id: str, source: str | None = None) -> CaseRecord:
    """One case by id from this process's store (`CaseNotFound` names the closest id)."""
    return (await acase_store(source)).get(case_id)


def shared_lookup() -> ExamLookup:
    """One deterministic lookup agent per process: it caches per-case indexes, so sharing it is cheaper."""
    global _lookup
    if _lookup is None:
        _lookup = ExamLookup()
    return _lookup


def clear() -> None:
    """Forget the loaded stores (tests)."""
    with _lock:
        _stores.clear()
