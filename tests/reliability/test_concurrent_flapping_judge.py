"""One RL step's worth of consultations at once over a real PostgreSQL, with the judge endpoint flapping.

128 cases × 12 rollouts = 1,536 episodes run concurrently in one event loop, cases loaded from a real
PostgreSQL into a `CaseStore` (the training path), scored by `VRMVerifier` whose judge is a real HTTP
server answering well or badly in turn (a good verdict, HTTP 500, a body cut short, JSON cut in half,
an answer slower than the client's deadline). Every episode must complete and its record must say
what happened: the judge's verdict, or the rule verifier's with the fallback named.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
from collections import Counter

import pytest
from misbehaving_http import MisbehavingServer, _Handler

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.policies import OpenAIPolicy
from dxgym.agents.verifiers.vrm import VRMVerifier
from dxgym.emr_fixtures.store import CaseStore, import_cases
from dxgym.envs.episode import run_episode
from dxgym.envs.policy_spec import make_policy

pytestmark = pytest.mark.timeout(240)

PROMPTS, ROLLOUTS = 128, 12
POLICIES = ("oracle", "oracle-paraphrase", "request-all", "random")
# runs of two bad answers, so a retried call still fails sometimes (max_retries=1) and falls back
FLAP = ("ok-box", "500", "500", "ok-box", "cut-body", "truncated-json", "ok-box", "truncated-json", "500",
        "ok-box", "slow", "cut-body")
FALLBACK_REASONS = {"http_500", "timeout", "bad_response", "connection_error", "parse_error"}


class _FlapHandler(_Handler):
    def do_POST(self) -> None:  # noqa: N802
        if self.path.startswith("/flap/"):
            with self.server.lock:  # type: ignore[attr-defined]
                mode = next(self.server.cycle)  # type: ignore[attr-defined]
            self.path = f"/{mode}/" + self.path[len("/flap/"):]
        super().do_POST()


class FlappingServer(MisbehavingServer):
    """The misbehaving server with one more path, `/flap/`, cycling through `FLAP` request by request."""

    def __init__(self) -> None:
        super().__init__()
        self.RequestHandlerClass = _FlapHandler
        self.cycle = itertools.cycle(FLAP)
        self.lock = threading.Lock()


async def test_1536_consultations_over_postgres_with_a_flapping_judge(pg_url, fixture_cases, reliability_counts):
    import_cases(pg_url, fixture_cases)
    store = CaseStore(pg_url)  # what a training worker does: load once, read-only, then never touch the DB
    cases = list(store)[:PROMPTS]
    assert len(cases) == PROMPTS
    lookup = ExamLookup()
    with FlappingServer() as server:
        judge = OpenAIPolicy(model="judge", base_url=server.url("flap"), timeout=0.5, max_retries=1,
                             backoff_s=0.01, concurrency=64, max_tokens=16)
        verifier = VRMVerifier(judge, cache=False)
        jobs = [
            run_episode(case, make_policy(POLICIES[(i + r) % len(POLICIES)], case, seed=r), lookup=lookup,
                        verifier=verifier, seed=r, rollout_index=r, tools=bool(r % 2))
            for i, case in enumerate(cases) for r in range(ROLLOUTS)
        ]
        records = await asyncio.gather(*jobs)
        judge_calls = Counter({mode: n for mode, n in server.counts.items() if n})

    assert len(records) == PROMPTS * ROLLOUTS
    assert len({r.episode_id for r in records}) == len(records)
    outcomes: Counter[str] = Counter()
    for record in records:
        assert record.stop_reason in ("diagnosis", "max_turns"), (record.case_id, record.stop_reason, record.error)
        assert record.reward is not None
        line = json.loads(record.to_json_line())  # what lands in episodes.jsonl says what happened
        if record.outcome.diagnosis is None:
            assert record.verdict is None
            outcomes["no diagnosis (scored without a judge)"] += 1
            continue
        verdict = record.verdict
        assert verdict is not None and verdict.verifier == "vrm"
        assert line["verdict"]["fallback"] == verdict.fallback
        if verdict.fallback is None:
            outcomes["judged by the flapping judge"] += 1
        else:
            assert verdict.fallback in FALLBACK_REASONS, verdict.fallback
            assert "rule verifier" in verdict.reason
            outcomes[f"fell back to the rule verifier ({verdict.fallback})"] += 1
    assert outcomes["judged by the flapping judge"] > 0
    assert sum(n for k, n in outcomes.items() if k.startswith("fell back")) > 0
    reliability_counts["concurrent episodes over PostgreSQL with a flapping judge"] += len(records)
    for what, n in outcomes.items():
        reliability_counts[f"  episodes {what}"] += n
    for mode, n in judge_calls.items():
        reliability_counts[f"  judge HTTP answers: {mode}"] += n
