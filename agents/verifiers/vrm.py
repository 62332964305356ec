"""The verifier reward model (VRM): an LLM judge prompted as in WiNGPT-3.0 appendix B.

Why it is shaped like this:
- The judge is any `Policy`-like client (`act(messages, tools)`), normally an `OpenAIPolicy`
  over `vllm serve`; a spec string builds one. Judge options may ride on the spec's fragment:
  `openai:M@URL#k=3&box=1&temperature=0.7` (`k`: self-consistency samples, `box`: constrain the
  judge to answer exactly `\\boxed{0}` or `\\boxed{1}` with vLLM structured outputs — for tiny or
  weak judges; it removes the judge's analysis; `history=0`: show the judge only the reference and the
  answer, not the requests and results — verdicts then cache across rollouts with the same answer).
- A judge that times out, errors, cannot be reached or cannot be parsed never scores 0 silently:
  the rule verifier answers and the verdict names why in `fallback` ("timeout", "http_500",
  "connection_error", "parse_error", ...), with the parse error text in `parse_error`.
- What the judge sees (DESIGN, "Verifier"): the reference, the final diagnosis with all reasoning
  removed and, unless `history=False`, the consultation's requests and the results shown — all policy
  text delimited and escaped as data (`vrm_prompt.as_data`). The score is parsed only from the judge's
  own output.
- Many GRPO rollouts of a case commit the same diagnosis: verdicts are cached under a key that covers
  everything the judge sees (a hash of the filled prompt, with the judge model, k and box), so one
  rollout's history never decides another's verdict; fallback verdicts are never cached (they are
  transient). Identical requests in flight at once are coalesced into one judge call.
- Self-consistency: k judge samples, majority of those that parsed; a tie falls back.
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
from collections.abc import Callable
from typing import Any, Literal

from dxgym.agents.policies.errors import reason_for
from dxgym.agents.types import ChatMessage, Policy, Verdict, Verifier, VerifyRequest
from dxgym.agents.verifiers.vrm_prompt import fill_prompt, load_prompt, parse_score
from dxgym.emr_fixtures.models import Language

BOX_CHOICES = ["\\boxed{0}", "\\boxed{1}"]
VRM_OPTIONS: dict[str, type] = {"k": int, "box": bool, "language": str, "history": bool}


class VerdictCache:
    """A bounded, thread-safe LRU of judge verdicts (cachetools; a judge call costs milliseconds, so the
    library's sub-microsecond overhead is free here)."""

    def __init__(self, maxsize: int = 50_000) -> None:
        from cachetools import LRUCache

        self.maxsize = maxsize
        self._data: LRUCache[tuple[str, ...], Verdict] = LRUCache(maxsize=maxsize)
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: tuple[str, ...]) -> Verdict | None:
        with self._lock:
            verdict = self._data.get(key)
            if verdict is None:
                self.misses += 1
                return None
            self.hits += 1
            return verdict

    def put(self, key: tuple[str, ...], verdict: Verdict) -> None:
        with self._lock:
            self._data[key] = verdict

    def __len__(self) -> int:
        return len(self._data)


def _default_fallback() -> Verifier:
    from dxgym.agents.verifiers.rule import RuleVerifier

    return RuleVerifier()


class VRMVerifier:
    """`Verifier` named "vrm": an appendix-B LLM judge with a recorded rule-verifier fallback."""

    name = "vrm"

    def __init__(
        self,
        judge: Policy | str,
        *,
        k: int = 1,
        language: Literal["auto", "en", "zh"] = "auto",
        cache: VerdictCache | bool = True,
        fallback: Verifier | Callable[[], Verifier] | None = None,
        box: bool = False,
        max_history_chars: int = 16000,
        judge_options: dict[str, Any] | None = None,
        history: bool = True,
    ) -> None:
        if k < 1:
            raise ValueError("k must be >= 1")
        if isinstance(judge, str):
            judge, spec_options = _judge_from_spec(judge, judge_options or {})
            k = int(spec_options.get("k", k))
            box = bool(spec_options.get("box", box))
            language = spec_options.get("language", language)
            history = bool(spec_options.get("history", history))
        self.judge = judge
        self.history = history  # show the judge the requests and results (False: reference and answer only)
        self._inflight: dict[tuple[int, tuple[str, ...]], asyncio.Task[Verdict]] = {}
        self.judge_calls = 0  # judge requests sent (k per uncached, uncoalesced verification)
        self.coalesced = 0  # verifications that waited on an identical one already in flight
        self.k = k
        self.language = language
        self.box = box
        self.max_history_chars = max_history_chars
        self.cache: VerdictCache | None = (
            cache if isinstance(cache, VerdictCache) else (VerdictCache() if cache else None)
        )
        self._fallback_source = fallback
        self._fallback: Verifier | None = (
            fallback if fallback is not None and not isinstance(fallback, type) and isinstance(fallback, Verifier) else None
        )
        self.model = str(getattr(judge, "model", getattr(judge, "name", "judge")))
        if box and hasattr(judge, "with_options"):
            body = dict(getattr(judge, "extra_body", None) or {})
            body["structured_outputs"] = {"choice": BOX_CHOICES}
            self.judge = judge.with_options(extra_body=body)

    # --- plumbing ------------------------------------------------------------------------------

    @property
    def fallback(self) -> Verifier:
        if self._fallback is None:
            source = self._fallback_source
            self._fallback = source() if callable(source) else _default_fallback()
        return self._fallback

    def _language(self, request: VerifyRequest) -> Language:
        return request.language if self.language == "auto" else self.language

    def prompt_for(self, request: VerifyRequest) -> tuple[str, str]:
        """(prompt version, the judge's full user message) for a request."""
        template = load_prompt(self._language(request))
        prompt = fill_prompt(
            template,
            reference=request.reference,
            prediction=request.prediction,
            transcript=request.transcript if self.history else None,
            max_history_chars=self.max_history_chars,
        )
        return template.version, prompt

    def cache_key(self, prompt_version: str, prompt: str) -> tuple[str, ...]:
        """Everything the judge sees (the prompt, which holds reference, answer and history) and who judges."""
        digest = hashlib.sha256(prompt.encode("utf-8")).hexdigest()
        return (digest, self.model, prompt_version, str(self.k), str(self.box))

    async def _fallback_verdict(
        self, request: VerifyRequest, reason: str, prompt_version: str, parse_error: str | None, detail: str
    ) -> Verdict:
        ruled = await self.fallback.verify(request)
        note = f"judge failed ({reason}{': ' + detail if detail else ''}); rule verifier: {ruled.reason}"
        return Verdict(
            correct=ruled.correct,
            score=ruled.score,
            reason=note[:1000],
            verifier=self.name,
            prompt_version=prompt_version,
            fallback=reason,
            parse_error=parse_error,
        )

    async def _one_sample(self, prompt: str) -> tuple[int | None, str | None, str | None, str]:
        """(score, failure reason, parse error, detail) for one judge call; never raises."""
        self.judge_calls += 1
        try:
            turn = await self.judge.act([ChatMessage(role="user", content=prompt)], None)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # recorded as the fallback reason
            return None, reason_for(exc), None, str(exc)[:200]
        score, error = parse_score(turn.content)
        if error is not None:
            return None, "parse_error", error, ""
        return score, None, None, ""

    # --- the Verifier protocol -----------------------------------------------------------------

    async def verify(self, request: VerifyRequest) -> Verdict:
        version, prompt = self.prompt_for(request)
        key = self.cache_key(version, prompt)
        if self.cache is not None and (cached := self.cache.get(key)) is not None:
            return cached
        loop = asyncio.get_running_loop()
        slot = (id(loop), key)
        task = self._inflight.get(slot)
        if task is None:
            task = loop.create_task(self._judge(request, version, prompt, key))
            self._inflight[slot] = task
            task.add_done_callback(lambda _: self._inflight.pop(slot, None))
        else:
            self.coalesced += 1
        return await asyncio.shield(task)

    async def _judge(self, request: VerifyRequest, version: str, prompt: str, key: tuple[str, ...]) -> Verdict:
        """One verification by the judge (k samples), cached unless it fell back."""
        samples = await asyncio.gather(*(self._one_sample(prompt) for _ in range(self.k)))
        votes = [s for s, *_ in samples if s is not None]
        if not votes:
            _, reason, parse_error, detail = samples[0]
            return await self._fallback_verdict(request, reason or "error", version, parse_error, detail)
        ones = sum(votes)
        if ones * 2 == len(votes):
            return await self._fallback_verdict(
                request, "judge_tie", version, None, f"{ones} of {len(votes)} votes for 1"
            )
        correct = ones * 2 > len(votes)
        failed = [s for s in samples if s[0] is None]
        reason = f"judge {self.model}: {ones}/{len(votes)} votes for 1" + (
            f" ({len(failed)} sample(s) failed: {failed[0][1]})" if failed else ""
        )
        verdict = Verdict(
            correct=correct,
            score=1.0 if correct else 0.0,
            reason=reason,
            verifier=self.name,
            prompt_version=version,
            parse_error=next((s[2] for s in failed if s[2]), None),
        )
        if self.cache is not None:
            self.cache.put(key, verdict)
        return verdict

    def verify_sync(self, request: VerifyRequest) -> Verdict:
        """Blocking wrapper (one background loop per process, so the judge's client stays warm)."""
        from dxgym.agents.policies.sync import run_sync

        return run_sync(self.verify(request))


def _judge_from_spec(spec: str, overrides: dict[str, Any]) -> tuple[Policy, dict[str, Any]]:
    """Split VRM options (k, box, language) off the spec fragment; the rest configure the client."""
    from dxgym.agents.policies import from_spec, parse_policy_spec
    from dxgym.agents.policies.spec import OPENAI_OPTIONS, coerce_options

    parsed = parse_policy_spec(spec)
    vrm_raw = {k: v for k, v in parsed.options.items() if k in VRM_OPTIONS}
    client_raw = {k: v for k, v in parsed.options.items() if k not in VRM_OPTIONS}
    vrm_options = coerce_options(vrm_raw, VRM_OPTIONS)
    if parsed.kind == "openai":
        from dxgym.agents.policies import openai_from_spec
        from dxgym.agents.policies.spec import PolicySpec

        settings: dict[str, Any] = {"max_tokens": 1024, "timeout": 60.0}
        settings.update(coerce_options(client_raw, OPENAI_OPTIONS))
        settings.update(overrides)
        stripped = PolicySpec(kind="openai", model=parsed.model, base_url=parsed.base_url)
        judge: Policy = openai_from_spec(stripped, **settings)
    else:
        judge = from_spec(spec.partition("#")[0], **overrides)
    return judge, vrm_options


def make_vrm_verifier(judge: str | None) -> VRMVerifier:
    """What `make_verifier("vrm", judge=SPEC)` calls: a VRM over the judge spec (a user error if none)."""
    from dxgym.emr_fixtures.errors import DxgymError

    if not judge:
        raise DxgymError("the vrm verifier needs a judge: --judge openai:MODEL@URL (options after '#', e.g. #box=1)")
    return VRMVerifier(judge)
