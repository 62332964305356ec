"""The real vLLM server fixture: a tiny locally built model, served once per test session.

One server (the CPU build of vLLM from `.venv-vllm`, or `DXGYM_VLLM_PYTHON`) serves as both
policy and judge. Its threads and KV cache are capped so the tests keep a core. If it cannot
start, every test that asked for it FAILS with the server's log tail — never a skip: the episode
tests exist to exercise the real serving path.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator

import pytest

from dxgym.agents.policies import OpenAIPolicy
from dxgym.agents.serving import VLLMServer, VLLMServerConfig, VLLMStartError, build_tiny_model
from dxgym.agents.types import AssistantTurn, ChatMessage, ToolSpec

STARTUP_TIMEOUT_S = float(os.environ.get("DXGYM_VLLM_STARTUP_TIMEOUT", "300"))


@pytest.fixture(scope="session")
def tiny_model_path() -> str:
    """The tiny Qwen2-architecture model directory (built once, cached by content hash)."""
    return str(build_tiny_model())


@pytest.fixture(scope="session")
def vllm_server(tiny_model_path: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[VLLMServer]:
    """A running vLLM OpenAI-compatible server on loopback serving the tiny model."""
    log = tmp_path_factory.mktemp("vllm") / "server.log"
    config = VLLMServerConfig(
        model=tiny_model_path,
        served_model_name="dxgym-tiny",
        max_model_len=8192,
        max_num_seqs=4,
        kv_cache_gib=1,
        omp_threads=1,
        startup_timeout_s=STARTUP_TIMEOUT_S,
        log_path=str(log),
    )
    server = VLLMServer(config)
    started = time.monotonic()
    try:
        server.start()
    except VLLMStartError as exc:
        pytest.fail(f"the vLLM test server could not start (no skip: these tests need it):\n{exc}", pytrace=False)
    print(f"\n[dxgym_vllm] vLLM server up at {server.base_url} in {time.monotonic() - started:.1f} s (log: {log})")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def tiny_policy(vllm_server: VLLMServer) -> OpenAIPolicy:
    """The real client against the session's server: short replies, bounded time, a fixed seed."""
    return OpenAIPolicy(
        model=vllm_server.model,
        base_url=vllm_server.base_url,
        temperature=0.0,
        max_tokens=64,
        timeout=60.0,
        max_retries=1,
        concurrency=4,
        seed=0,
    )


@pytest.fixture(scope="session")
def whitespace_bias(tiny_model_path: str) -> dict[str, int]:
    """`logit_bias` pushing the tiny model's whitespace-only tokens down (see ConstrainedTinyPolicy)."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(os.path.join(tiny_model_path, "tokenizer.json"))
    bias: dict[str, int] = {}
    for token_id in range(tokenizer.get_vocab_size()):
        text = tokenizer.decode([token_id], skip_special_tokens=True)
        if text and not text.strip():
            bias[str(token_id)] = -100
    return bias


# --- constraining the tiny model -----------------------------------------------------------------
# A random model never writes a valid action by chance. These helpers build vLLM structured-output
# constraints so that its turns are well formed; the tests then check the protocol, not medicine.

_SAFE_NAME = re.compile(r"^[A-Za-z0-9_ ]{1,40}$")


def regex_safe_names(names: list[str], limit: int = 6) -> list[str]:
    """Examination names usable verbatim inside a regex alternation (no metacharacters)."""
    out: list[str] = []
    for name in names:
        if _SAFE_NAME.match(name) and name not in out:
            out.append(name)
    return out[:limit]


def request_regex(names: list[str]) -> str:
    return "<request>(" + "|".join(names) + ")</request>"


DIAGNOSIS_REGEX = r"<diagnosis>\\boxed\{[a-z]{3,12}( [a-z]{3,12})?\}</diagnosis>"


class ConstrainedTinyPolicy:
    """Test instrument: the real `OpenAIPolicy` against the real server, with a structured-output
    constraint chosen per turn — request one of `names` for `request_turns` turns, then diagnose.

    Text mode constrains the reply with a regex; tool mode names the tool (`tool_choice`) and
    tightens its argument schema (an `enum` of names, a lowercase diagnosis) with `strict` so vLLM
    enforces it. The tool *names* and the protocol are the shell's, untouched.
    """

    def __init__(
        self,
        base: OpenAIPolicy,
        names: list[str],
        request_turns: int = 1,
        logit_bias: dict[str, int] | None = None,
    ) -> None:
        self.base = base
        self.logit_bias = logit_bias or {}
        self.names = names
        self.request_turns = request_turns
        self.name = base.name
        self.calls = 0

    async def act(self, messages: list[ChatMessage], tools: list[ToolSpec] | None) -> AssistantTurn:
        requesting = self.calls < self.request_turns
        self.calls += 1
        if self.base.mode == "text":
            regex = request_regex(self.names) if requesting else DIAGNOSIS_REGEX
            policy = self.base.with_options(extra_body={"structured_outputs": {"regex": regex}})
            return await policy.act(messages, tools)
        assert tools, "tool mode needs the protocol's tool schemas"
        wanted = "request_examinations" if requesting else "submit_diagnosis"
        tight = [self._tighten(t) for t in tools if t.function["name"] == wanted]
        # JSON inside a tool call may hold any amount of whitespace, and a random model loves it:
        # biasing whitespace-only tokens down keeps the arguments short (where the grammar needs
        # whitespace the biased tokens are the only ones left, so they are still chosen).
        body = {"logit_bias": self.logit_bias, "parallel_tool_calls": False}
        policy = self.base.with_options(tool_choice=wanted, strict_tools=True, extra_body=body)
        return await policy.act(messages, tight)

    def _tighten(self, tool: ToolSpec) -> ToolSpec:
        function = dict(tool.function)
        if function["name"] == "request_examinations":
            items = {"type": "string", "enum": self.names}
            properties = {"names": {"type": "array", "items": items, "minItems": 1, "maxItems": 2}}
            function["parameters"] = {**function["parameters"], "properties": properties}
        elif function["name"] == "submit_diagnosis":
            properties = {"diagnosis": {"type": "string", "pattern": "^[a-z ]{1,30}$", "maxLength": 30}}
            function["parameters"] = {
                "type": "object",
                "properties": properties,
                "required": ["diagnosis"],
                "additionalProperties": False,
            }
        return ToolSpec(function=function)
