"""Shared parts for the envs tests: the real lookup agent, the real rule verifier, the fixture cases."""

from __future__ import annotations

import pytest

from dxgym.emr_fixtures.fixtures import load_fixture_cases


@pytest.fixture(scope="session")
def cases():
    return load_fixture_cases()


@pytest.fixture(scope="session")
def lookup():
    from dxgym.agents.lookup import ExamLookup

    return ExamLookup()


@pytest.fixture(scope="session")
def verifier():
    from dxgym.agents.verifiers import RuleVerifier

    return RuleVerifier()


@pytest.fixture(scope="session")
def en_case(cases):
    return next(c for c in cases if c.case_id == "agentclinic:medqa:0")


@pytest.fixture(scope="session")
def zh_case(cases):
    zh = [c for c in cases if c.language == "zh"]
    assert zh, "the shipped fixtures include Chinese cases"
    return zh[0]
