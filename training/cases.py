"""Cases for training workers: loaded lazily by id into a bounded cache, a batch's ids fetched together.

verl runs many trajectories as coroutines inside each `AgentLoopWorker` Ray actor (and reward
workers replay them), and DESIGN says the step loop never touches the database. Loading every case
of the database into every worker does not scale (MIMIC-scale data: hundreds of thousands of
admissions with hundreds of records each, across 32 workers), so each process keeps one
`LazyCaseStore` per case source: frozen `CaseRecord`s in an LRU of bounded size
(`DXGYM_CASE_CACHE` cases, default 2,048), filled on demand.

A step's trajectories start together; the ids asked for while the event loop is busy starting them
are fetched in one query (`aget_case` waits one loop turn, then one fetch serves every waiter), off
the event loop, so the first trajectories of a batch cost one round trip, not one each. `prefetch`
does the same for callers that know a batch's ids. After that, every trajectory of a case is a dict
lookup. The parquet rows carry only `extra_info.case_id`.

A case source is a database URL (Postgres, or a read-only SQLite copy on each node), the special
value `fixtures` (the shipped fixture cases, no database: tests and smoke runs), or None:
`DXGYM_DATABASE_URL`, else the embedded default SQLite.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Iterable
from typing import Any

from cachetools import LRUCache

from dxgym.agents.lookup import ExamLookup
from dxgym.emr_fixtures.errors import CaseNotFound
from dxgym.emr_fixtures.models import CaseRecord

FIXTURES = "fixtures"
ENV_VAR = "DXGYM_DATABASE_URL"
CAPACITY_ENV = "DXGYM_CASE_CACHE"
DEFAULT_CAPACITY = 2_048  # cases; > the distinct cases one worker sees in a step of 128 prompts

_stores: dict[str, LazyCaseStore] = {}
_lock = threading.Lock()
_lookup: ExamLookup | None = None


def source_key(source: str | None) -> str:
    """The cache key of a case source: the argument, else `DXGYM_DATABASE_URL`, else `default`."""
    return source or os.environ.get(ENV_VAR) or "default"


def _capacity() -> int:
    raw = os.environ.get(CAPACITY_ENV, "")
    try:
        value = int(raw) if raw else DEFAULT_CAPACITY
    except ValueError:
        raise ValueError(f"{CAPACITY_ENV} must be a whole number of cases, not {raw!r}") from None
    if value < 1:
        raise ValueError(f"{CAPACITY_ENV} must be at least 1, not {value}")
    return value


class LazyCaseStore:
    """Frozen cases by id from one source, fetched on demand, at most `capacity` kept (least recently used out).

    Thread-safe for the blocking calls (`get`, `prefetch`); `aget` batches concurrent misses of one event
    loop into one fetch run in a thread.
    """

    def __init__(self, source: str = "default", capacity: int | None = None) -> None:
        self.source = source
        self.capacity = capacity or _capacity()
        self._cache: LRUCache[str, CaseRecord] = LRUCache(maxsize=self.capacity)
        self._lock = threading.Lock()
        self._fixtures: dict[str, CaseRecord] | None = None
        self._waiting: dict[str, list[asyncio.Future[CaseRecord]]] = {}
        self._flush: asyncio.Task[None] | None = None
        self.fetches = 0  # round trips to the source (figures for tests and the benchmark)
        self.fetched = 0  # cases they returned

    @property
    def url(self) -> str | None:
        return None if self.source in ("default", FIXTURES) else self.source

    def __len__(self) -> int:
        return len(self._cache)

    def __contains__(self, case_id: object) -> bool:
        with self._lock:
            return case_id in self._cache

    def cached(self, case_id: str) -> CaseRecord | None:
        with self._lock:
            return self._cache.get(case_id)

    def _load(self, ids: list[str]) -> dict[str, CaseRecord]:
        if self.source == FIXTURES:
            if self._fixtures is None:
                from dxgym.emr_fixtures.fixtures import load_fixture_cases

                self._fixtures = {c.case_id: c for c in load_fixture_cases()}
            return {i: self._fixtures[i] for i in ids if i in self._fixtures}
        from dxgym.emr_fixtures.store import load_cases

        # every split and follow-up visits too: the parquet, not the store, decides what is trained on
        found = load_cases(self.url, case_ids=ids, include_follow_up=True, read_only=True)
        return {c.case_id: c for c in found}

    def _fetch(self, ids: Iterable[str]) -> dict[str, CaseRecord]:
        """The cases of `ids` that exist, from the cache or one fetch of the missing ones (blocking)."""
        wanted = list(dict.fromkeys(ids))
        with self._lock:
            out = {i: c for i in wanted if (c := self._cache.get(i)) is not None}
        missing = [i for i in wanted if i not in out]
        if missing:
            loaded = self._load(missing)
            with self._lock:
                self.fetches += 1
                self.fetched += len(loaded)
                for case_id, case in loaded.items():
                    self._cache[case_id] = case
            out.update(loaded)
        return out

    def _not_found(self, case_id: str) -> CaseNotFound:
        if self.source == FIXTURES:
            import difflib

            close = difflib.get_close_matches(case_id, list(self._fixtures or ()), n=1, cutoff=0.6)
            return CaseNotFound(case_id, close[0] if close else None)
        from dxgym.emr_fixtures.store import get_case

        try:
            get_case(self.url, case_id)  # raises CaseNotFound naming the closest id
        except CaseNotFound as error:
            return error
        return CaseNotFound(case_id, None)  # appeared since: a concurrent import

    def get(self, case_id: str) -> CaseRecord:
        """One case (blocking on a miss); `CaseNotFound` names the closest id."""
        case = self._fetch([case_id]).get(case_id)
        if case is None:
            raise self._not_found(case_id)
        return case

    def prefetch(self, case_ids: Iterable[str]) -> int:
        """Fetch the ids not cached yet in one round trip (chunked by the store); returns how many exist."""
        return len(self._fetch(case_ids))

    async def aget(self, case_id: str) -> CaseRecord:
        """One case without blocking the event loop; misses of one loop turn share one fetch."""
        case = self.cached(case_id)
        if case is not None:
            return case
        loop = asyncio.get_running_loop()
        if self._flush is not None and self._flush.get_loop() is not loop:
            self._flush, self._waiting = None, {}  # left over from an event loop that has gone (tests)
        future: asyncio.Future[CaseRecord] = loop.create_future()
        self._waiting.setdefault(case_id, []).append(future)
        if self._flush is None or self._flush.done():
            self._flush = loop.create_task(self._flush_waiting())
        return await future

    async def _flush_waiting(self) -> None:
        await asyncio.sleep(0)  # let the other trajectories of this batch ask first
        while self._waiting:
            waiting, self._waiting = self._waiting, {}
            try:
                found = await asyncio.to_thread(self._fetch, list(waiting))
            except BaseException as error:  # a database error reaches every waiter, not a log
                for futures in waiting.values():
                    for future in futures:
                        if not future.done():
                            future.set_exception(error)
                if not isinstance(error, Exception):
                    raise
                continue
            for case_id, futures in waiting.items():
                case = found.get(case_id)
                error = None if case is not None else await asyncio.to_thread(self._not_found, case_id)
                for future in futures:
                    if future.done():
                        continue
                    if error is None:
                        future.set_result(case)  # type: ignore[arg-type]
                    else:
                        future.set_exception(error)


def case_store(source: str | None = None) -> LazyCaseStore:
    """This process's store for `source` (cheap: nothing is loaded until a case is asked for)."""
    key = source_key(source)
    store = _stores.get(key)
    if store is None:
        with _lock:
            store = _stores.get(key)
            if store is None:
                store = _stores[key] = LazyCaseStore(key)
    return store


async def aget_case(case_id: str, source: str | None = None) -> CaseRecord:
    """One case by id from this process's store (`CaseNotFound` names the closest id)."""
    return await case_store(source).aget(case_id)


def get_case(case_id: str, source: str | None = None) -> CaseRecord:
    """`aget_case` for blocking callers."""
    return case_store(source).get(case_id)


def shared_lookup() -> ExamLookup:
    """One deterministic lookup agent per process: it caches per-case indexes, so sharing it is cheaper."""
    global _lookup
    if _lookup is None:
        _lookup = ExamLookup()
    return _lookup


def clear() -> None:
    """Forget the stores (tests)."""
    with _lock:
        _stores.clear()


def stats(source: str | None = None) -> dict[str, Any]:
    """What this process's store for `source` holds and has fetched."""
    store = case_store(source)
    return {"cached": len(store), "capacity": store.capacity, "fetches": store.fetches, "fetched": store.fetched}
