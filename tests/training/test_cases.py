"""The training workers' lazy case store: by id, bounded, a batch's misses fetched together.

Against SQLite and a real PostgreSQL (the `db_url` fixture), over generated cases.
"""

from __future__ import annotations

import asyncio

import pytest

from dxgym.emr_fixtures.errors import CaseNotFound
from dxgym.training.cases import FIXTURES, LazyCaseStore


@pytest.fixture
def generated_db(db_url):
    from dxgym.emr_fixtures.bench import generate_cases
    from dxgym.emr_fixtures.store import import_cases

    cases = generate_cases(60, seed=3)
    import_cases(db_url, cases)
    return db_url, cases


async def test_a_batch_of_concurrent_misses_is_one_fetch(generated_db):
    url, cases = generated_db
    store = LazyCaseStore(url, capacity=100)
    ids = [c.case_id for c in cases[:40]]

    got = await asyncio.gather(*(store.aget(i) for i in ids * 3))  # 3 rollouts of each case

    assert [c.case_id for c in got] == ids * 3
    assert got[0] == cases[0] and got[0] is got[40]  # the same frozen record, not a copy per rollout
    assert store.fetches == 1 and store.fetched == 40 and len(store) == 40
    await store.aget(ids[5])
    assert store.fetches == 1  # a hit touches nothing


async def test_the_cache_is_bounded_least_recently_used_out(generated_db):
    url, cases = generated_db
    store = LazyCaseStore(url, capacity=10)
    ids = [c.case_id for c in cases]
    for i in ids[:10]:
        await store.aget(i)
    await store.aget(ids[0])  # most recent now
    for i in ids[10:15]:
        await store.aget(i)
    assert len(store) == 10
    assert ids[0] in store and ids[1] not in store
    assert store.prefetch(ids[20:30]) == 10 and len(store) == 10 and ids[0] not in store


async def test_an_unknown_id_fails_naming_the_closest_and_others_still_load(generated_db):
    url, cases = generated_db
    store = LazyCaseStore(url)
    known = cases[0].case_id
    results = await asyncio.gather(store.aget(known), store.aget(known + "9x"), return_exceptions=True)
    assert results[0] == cases[0]
    assert isinstance(results[1], CaseNotFound) and known in str(results[1])
    with pytest.raises(CaseNotFound):
        store.get("synthetic:bench:nope")


def test_fixtures_source_and_capacity_setting(monkeypatch):
    monkeypatch.setenv("DXGYM_CASE_CACHE", "3")
    store = LazyCaseStore(FIXTURES)
    assert store.capacity == 3
    assert store.get("agentclinic:medqa:0").primary_diagnosis.name == "Myasthenia gravis"
    monkeypatch.setenv("DXGYM_CASE_CACHE", "none")
    with pytest.raises(ValueError, match="DXGYM_CASE_CACHE"):
        LazyCaseStore(FIXTURES)
