"""`dxgym serve` over loopback: the real command, uvicorn, OpenEnv's client and types.

What is checked: 256 concurrent sessions through the client class complete with no error, each
seeing only its own case; HTTP sessions are isolated; every kind of bad input (no or wrong token,
malformed JSON, unknown sessions, oversized actions, wrong types, steps out of order) is a 4xx with a
message and the server keeps serving; a full server answers 429 and idle sessions expire; the
reliability suite's answer-leak probes pass over HTTP; nothing is bound off loopback without a token.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time

import httpx
import pytest
import websockets
from by_path import load_test_module
from dxgym_serve import ServeProcess, serve_processes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.types import AssistantTurn
from dxgym.emr_fixtures.fixtures import load_fixture_cases
from dxgym.envs.adapters.serve.cli import is_loopback
from dxgym.envs.adapters.serve.client import DxgymEnvClient
from dxgym.envs.adapters.serve.models import DxgymAction
from dxgym.envs.consultation import Consultation, ConsultationConfig, RequestResolved

pytestmark = pytest.mark.timeout(900)  # a hang guard, not a timing assertion

TOKEN = "test-token-" + "x" * 24
CONCURRENT = 256
MAX_TURNS = 100
BODY_LIMIT = 256 * 1024
LOOKUP = ExamLookup()
CASES = [c for c in load_fixture_cases() if not c.follow_up]


@pytest.fixture(scope="module")
def servers() -> list[ServeProcess]:
    """The main server (token, room for 256 sessions and more) and a small one (4 sessions, 1 s idle
    timeout, no token), started together."""
    main = ("--max-sessions", str(CONCURRENT + 64), "--idle-timeout", "120", "--max-turns", str(MAX_TURNS),
            "--max-body-bytes", str(BODY_LIMIT))
    with serve_processes((main, TOKEN), (("--max-sessions", "4", "--idle-timeout", "1"), None)) as started:
        yield started


@pytest.fixture(scope="module")
def server(servers: list[ServeProcess]) -> ServeProcess:
    return servers[0]


@pytest.fixture(scope="module")
def small_server(servers: list[ServeProcess]) -> ServeProcess:
    return servers[1]


def _local(case, max_turns: int = MAX_TURNS) -> Consultation:
    """The same consultation run in-process (step it with `astep`, as the server does): what the server
    must have shown."""
    consultation = Consultation(case, LOOKUP, ConsultationConfig(max_turns=max_turns))
    consultation.reset()
    return consultation


def _request_for(case) -> str:
    names = [e.name for e in case.examinations][:2]
    return "<request>" + "; ".join([*names, "CBC"]) + "</request>"


# --- many sessions at once ---------------------------------------------------------------------


def test_256_concurrent_sessions_complete_with_no_errors(server: ServeProcess) -> None:
    async def one(index: int) -> float:
        case = CASES[index % len(CASES)]
        local = _local(case)
        async with DxgymEnvClient(server.url, token=TOKEN, message_timeout_s=300, connect_timeout_s=120) as env:
            reset = await env.reset(case_id=case.case_id)
            assert reset.observation.case_id == case.case_id and reset.observation.text == local.reset()
            step = await env.step(DxgymAction(message=_request_for(case)))
            assert step.observation.text == (await local.astep(_request_for(case))).observation  # this case's records only
            answer = f"<diagnosis>\\boxed{{{case.primary_diagnosis.name}}}</diagnosis>"
            final = await env.step(DxgymAction(message=answer))
            state = await env.state()
        assert final.done and final.observation.terminated and final.observation.stop_reason == "diagnosis"
        assert final.reward == pytest.approx(sum(final.observation.reward_components.values()))
        assert state.case_id == case.case_id and state.done and state.step_count == 2
        return time.perf_counter()

    async def run() -> tuple[list, float]:
        started = time.perf_counter()
        results = await asyncio.gather(*(one(i) for i in range(CONCURRENT)), return_exceptions=True)
        return results, time.perf_counter() - started

    results, elapsed = asyncio.run(run())
    errors = [r for r in results if isinstance(r, BaseException)]
    print(f"\n[serve] {CONCURRENT} concurrent sessions (reset + 2 steps + state each) in {elapsed:.2f} s: "
          f"{CONCURRENT / elapsed:.1f} sessions/s, {len(errors)} errors")
    assert not errors, [repr(e) for e in errors[:5]]
    health = httpx.get(server.url + "/health", headers=server.headers).json()
    assert health["sessions_open"] == 0 and health["sessions_opened"] >= CONCURRENT  # closed sockets free their slots


def test_http_sessions_are_isolated(server: ServeProcess) -> None:
    picked = CASES[:24]

    async def run() -> None:
        async with httpx.AsyncClient(base_url=server.url, headers=server.headers, timeout=120) as client:
            ids = [(await client.post("/sessions")).json()["session_id"] for _ in picked]
            assert len(set(ids)) == len(ids) and all(len(i) >= 20 for i in ids)  # unguessable ids
            resets = await asyncio.gather(*(client.post(f"/sessions/{sid}/reset", json={"case_id": c.case_id})
                                            for sid, c in zip(ids, picked, strict=True)))
            steps = await asyncio.gather(*(client.post(f"/sessions/{sid}/step", json={"action": {"message": _request_for(c)}})
                                           for sid, c in zip(ids, picked, strict=True)))
            for sid, case, reset, step in zip(ids, picked, resets, steps, strict=True):
                local = _local(case)
                assert reset.json()["observation"]["text"] == local.reset()
                assert step.json()["observation"]["text"] == (await local.astep(_request_for(case))).observation
                state = (await client.get(f"/sessions/{sid}/state")).json()
                assert state["case_id"] == case.case_id and state["turn"] == 1
                assert (await client.delete(f"/sessions/{sid}")).status_code == 204
                assert (await client.get(f"/sessions/{sid}/state")).status_code == 404

    asyncio.run(run())


# --- bad input -----------------------------------------------------------------------------------


def _session(server: ServeProcess, case_id: str | None = None) -> str:
    sid = httpx.post(server.url + "/sessions", headers=server.headers, timeout=60).json()["session_id"]
    if case_id:
        assert httpx.post(f"{server.url}/sessions/{sid}/reset", headers=server.headers, timeout=60,
                          json={"case_id": case_id}).status_code == 200
    return sid


def test_bad_http_input_is_a_4xx_with_a_message(server: ServeProcess) -> None:
    case = CASES[0]
    live = _session(server, case.case_id)
    fresh = _session(server)
    ended = _session(server, case.case_id)
    httpx.post(f"{server.url}/sessions/{ended}/step", headers=server.headers, timeout=60,
               json={"action": {"message": "<diagnosis>\\boxed{flu}</diagnosis>"}})
    auth = server.headers
    json_type = {**auth, "content-type": "application/json"}
    step = f"/sessions/{live}/step"
    cases: list[tuple[str, str, dict, dict, int]] = [
        # (method, path, headers, request kwargs, expected status)
        ("POST", "/sessions", {}, {}, 401),
        ("GET", "/health", {"Authorization": "Bearer wrong"}, {}, 401),
        ("POST", step, {"Authorization": "Basic " + TOKEN}, {"json": {"action": {"message": "x"}}}, 401),
        ("POST", step, json_type, {"content": b'{"action": {"message": '}, 400),
        ("POST", step, json_type, {"content": b"\xff\xfe\x00garbage"}, 400),
        ("POST", step, json_type, {"content": b"[1, 2, 3]"}, 422),
        ("POST", step, auth, {"json": {"action": {"message": 5}}}, 422),
        ("POST", step, auth, {"json": {"action": {"message": "x", "extra": 1}}}, 422),
        ("POST", step, auth, {"json": {"action": {"tool_calls": [{"id": "c", "function": "nope"}]}}}, 422),
        ("POST", step, auth, {"json": {"action": {"tool_calls": [{"id": "c", "function": {"name": "f"}}] * 65}}}, 422),
        ("POST", step, auth, {"json": {"action": {"message": "x" * 200_001}}}, 422),
        ("POST", step, auth, {"json": {"action": {"message": "x" * (BODY_LIMIT + 10)}}}, 413),
        ("POST", step, auth, {"json": {}}, 422),
        ("POST", "/sessions/not-a-session/step", auth, {"json": {"action": {"message": "x"}}}, 404),
        ("POST", "/sessions/not-a-session/reset", auth, {"json": {}}, 404),
        ("GET", "/sessions/not-a-session/state", auth, {}, 404),
        ("DELETE", "/sessions/not-a-session", auth, {}, 404),
        ("POST", f"/sessions/{fresh}/step", auth, {"json": {"action": {"message": "<request>CBC</request>"}}}, 409),
        ("POST", f"/sessions/{ended}/step", auth, {"json": {"action": {"message": "<request>CBC</request>"}}}, 409),
        ("POST", f"/sessions/{fresh}/reset", auth, {"json": {"case_id": "no:such:case"}}, 404),
        ("POST", f"/sessions/{fresh}/reset", auth, {"json": {"split": "nope"}}, 422),
        ("POST", f"/sessions/{fresh}/reset", auth, {"json": {"split": "test", "index": 10_000}}, 422),
        ("POST", f"/sessions/{fresh}/reset", auth, {"json": {"index": -1}}, 422),
        ("POST", f"/sessions/{fresh}/reset", auth, {"json": {"seed": "x"}}, 422),
        ("POST", f"/sessions/{fresh}/reset", auth, {"json": {"case": "typo"}}, 422),
        ("GET", step, auth, {}, 405),
        ("GET", "/no/such/route", auth, {}, 404),
    ]
    with httpx.Client(base_url=server.url, timeout=60) as client:
        for method, path, headers, kwargs, expected in cases:
            response = client.request(method, path, headers=headers, **kwargs)
            assert response.status_code == expected, (method, path, kwargs.keys(), response.status_code, response.text[:300])
            detail = response.json()["detail"]
            assert detail and isinstance(detail, str | list), response.text[:300]
        # the session that took every bad step is intact: its next good step is its turn 1
        good = client.post(step, headers=auth, json={"action": {"message": _request_for(case)}})
        assert good.status_code == 200 and good.json()["observation"]["turn"] == 1
        assert client.get("/health", headers=auth).status_code == 200
    assert server.alive()


@pytest.fixture(scope="module")
def http(server: ServeProcess) -> httpx.Client:
    with httpx.Client(base_url=server.url, headers=server.headers, timeout=60) as client:
        yield client


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(payload=st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
                            | st.text(max_size=40),
                            lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
                            max_leaves=12))
def test_any_json_body_is_answered_never_a_5xx(http: httpx.Client, payload: object) -> None:
    sid = http.post("/sessions").json()["session_id"]
    http.post(f"/sessions/{sid}/reset", json={"case_id": CASES[1].case_id})
    for path, body in ((f"/sessions/{sid}/step", {"action": payload}), (f"/sessions/{sid}/step", payload),
                       (f"/sessions/{sid}/reset", payload)):
        response = http.post(path, json=body)
        assert response.status_code < 500, (body, response.text[:300])
    http.delete(f"/sessions/{sid}")


def test_bad_websocket_input_is_an_error_message_and_the_session_survives(server: ServeProcess) -> None:
    ws_url = server.url.replace("http://", "ws://") + "/ws"

    async def run() -> None:
        with pytest.raises(websockets.exceptions.InvalidStatus) as refused:
            async with websockets.connect(ws_url):
                pass
        assert refused.value.response.status_code == 401
        async with websockets.connect(ws_url, additional_headers=server.headers, max_size=4 * BODY_LIMIT) as ws:
            async def ask(raw: str) -> dict:
                await ws.send(raw)
                return json.loads(await ws.recv())

            for raw, status in [("{nope", 400), ('{"type": "dance"}', 400), ("[1]", 400),
                                ('{"type": "step", "data": {"message": "<request>CBC</request>"}}', 409),
                                ('{"type": "reset", "data": {"case_id": "no:such:case"}}', 404),
                                ('{"type": "reset", "data": {"index": "x"}}', 422),
                                (json.dumps({"type": "step", "data": {"message": "x" * (BODY_LIMIT + 1)}}), 413)]:
                reply = await ask(raw)
                assert reply["type"] == "error" and reply["data"]["status"] == status, (raw[:60], reply)
                assert reply["data"]["message"]
            reply = await ask(json.dumps({"type": "reset", "data": {"case_id": CASES[2].case_id}}))
            assert reply["type"] == "observation" and reply["data"]["observation"]["case_id"] == CASES[2].case_id
            reply = await ask(json.dumps({"type": "step", "data": {"message": 7}}))
            assert reply["type"] == "error" and reply["data"]["status"] == 422
            reply = await ask(json.dumps({"type": "step", "data": {"message": _request_for(CASES[2])}}))
            assert reply["type"] == "observation" and reply["data"]["observation"]["turn"] == 1

    asyncio.run(run())
    assert server.alive()


# --- limits and expiry ---------------------------------------------------------------------------


def test_a_full_server_answers_429_and_idle_sessions_expire(small_server: ServeProcess) -> None:
    url = small_server.url
    ids = [httpx.post(url + "/sessions").json()["session_id"] for _ in range(4)]
    full = httpx.post(url + "/sessions")
    assert full.status_code == 429 and "session limit" in full.json()["detail"] and full.headers["retry-after"]

    async def connect() -> None:
        async with DxgymEnvClient(url) as env:
            await env.reset()

    with pytest.raises(ConnectionError, match="429"):
        asyncio.run(connect())
    time.sleep(1.6)  # past the 1 s idle timeout: the reaper closes the idle sessions
    assert httpx.get(f"{url}/sessions/{ids[0]}/state").status_code == 404
    again = httpx.post(url + "/sessions")
    assert again.status_code == 201
    health = httpx.get(url + "/health").json()
    assert health["sessions_expired"] >= 4 and health["sessions_refused"] >= 2

    async def idle_socket() -> None:
        async with websockets.connect(url.replace("http://", "ws://") + "/ws") as ws:
            await ws.send(json.dumps({"type": "reset", "data": {}}))
            assert json.loads(await ws.recv())["type"] == "observation"
            with pytest.raises(websockets.exceptions.ConnectionClosed):
                await asyncio.wait_for(ws.recv(), timeout=30)  # the server closes an idle socket

    asyncio.run(idle_socket())
    assert small_server.alive()


# --- leaks ---------------------------------------------------------------------------------------


def _wire(turn: AssistantTurn | str) -> dict:
    if isinstance(turn, str):
        return {"message": turn}
    return {"message": turn.content, "tool_calls": [c.model_dump(mode="json") for c in turn.tool_calls]}


def test_leak_probes_pass_over_http(server: ServeProcess) -> None:
    """The reliability suite's probes, sent to the server: every observation equals the in-process
    consultation's (so the suite's guarantees hold over HTTP), and no response body — observation,
    end-of-episode fields or state — carries a diagnosis outside an obtained result or another case's data.
    Every case gets all its probes as one tool call; every 8th case also gets each probe as its own text turn."""
    leak = load_test_module("reliability/test_leak_probes.py", "dxgym_reliability_leak_probes")
    prints = {c.case_id: leak.fingerprints(c) for c in CASES}
    problems: list[tuple] = []
    sent = 0

    async def probe(client: httpx.AsyncClient, index: int) -> None:
        nonlocal sent
        case = CASES[index]
        probes = leak.probes_for(index, CASES)
        others = [p for p in probes if p.count(":") >= 2 and " " not in p]
        turns = leak._turns(probes)
        turns = turns if index % 8 == 0 else turns[-1:]
        sid = (await client.post("/sessions")).json()["session_id"]
        await client.post(f"/sessions/{sid}/reset", json={"case_id": case.case_id})
        local = _local(case)
        own = " ".join(f"{e.group} {e.name} {e.result}" for e in case.examinations).casefold()
        bodies: list[str] = []
        for turn in turns:
            response = await client.post(f"/sessions/{sid}/step", json={"action": _wire(turn)})
            sent += 1
            expected = await local.astep(turn)  # the server's path: astep (async lookup tiers included)
            if response.json()["observation"]["text"] != expected.observation:
                problems.append((case.case_id, "differs from the in-process consultation", str(turn)[:60]))
            resolved = [e for e in expected.events if isinstance(e, RequestResolved)]
            obtained = " ".join(h.result.casefold() for e in resolved for h in e.hits)
            body = response.text.casefold()
            bodies.append(body)
            for event in resolved:
                if event.hits and leak._must_not_hit(event.item, others):
                    problems.append((case.case_id, event.item, "returned records"))
            for dx in case.diagnoses:
                name = json.dumps(dx.name.casefold(), ensure_ascii=False)[1:-1]
                if name in body and name not in json.dumps(obtained, ensure_ascii=False):
                    problems.append((case.case_id, "diagnosis outside an obtained result", dx.name))
        state = (await client.get(f"/sessions/{sid}/state")).text.casefold()
        for dx in case.diagnoses:
            if json.dumps(dx.name.casefold(), ensure_ascii=False)[1:-1] in state:
                problems.append((case.case_id, "diagnosis in the state"))
        text = "\n".join(bodies)
        for other_id, marks in prints.items():
            if other_id != case.case_id:
                problems.extend((case.case_id, "another case's data", other_id, m[:50]) for m in marks
                                if json.dumps(m, ensure_ascii=False)[1:-1] in text and m not in own)
        await client.delete(f"/sessions/{sid}")

    async def run() -> None:
        limit = asyncio.Semaphore(16)
        async with httpx.AsyncClient(base_url=server.url, headers=server.headers, timeout=300) as client:
            async def bounded(i: int) -> None:
                async with limit:
                    await probe(client, i)

            await asyncio.gather(*(bounded(i) for i in range(len(CASES))))

    asyncio.run(run())
    assert not problems, problems[:20]
    assert sent >= len(CASES) + (len(CASES) // 8) * leak.PROBES_PER_CASE
    print(f"\n[serve] leak probes over HTTP: {sent} probe turns over {len(CASES)} cases, no leak")


def test_the_server_logged_no_internal_error(server: ServeProcess) -> None:
    assert server.alive()
    output = server.output()
    assert "Traceback" not in output and "internal error" not in output, output[-3000:]


# --- binding ---------------------------------------------------------------------------------------


def test_only_loopback_is_served_without_a_token() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("[::1]") and is_loopback("localhost")
    assert not any(is_loopback(h) for h in ("0.0.0.0", "::", "10.1.2.3", "example.org", ""))
    env = {k: v for k, v in __import__("os").environ.items() if k != "DXGYM_SERVE_TOKEN"}
    for args, message in ((["--host", "0.0.0.0"], "refusing to bind 0.0.0.0"),
                          (["--host", "10.0.0.1", "--token", "short"], "shorter than 16")):
        proc = subprocess.run([sys.executable, "-m", "dxgym", "serve", *args], env=env, capture_output=True, text=True,
                              timeout=120)
        assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr, proc.stderr


def test_the_default_address_is_loopback(small_server: ServeProcess) -> None:
    assert small_server.url.startswith("http://127.0.0.1:")
    banner = small_server.output().splitlines()[0]
    assert banner.startswith("dxgym serve: http://127.0.0.1:") and "token off" in banner
