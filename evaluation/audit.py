"""`dxgym audit reward`: run a battery of exploit policies over a split and show what each earns.

Why: GRPO maximises every reward term, including the cheap ways to score it. Each exploit here is a
scripted policy (built with the case in hand, like the oracle) that tries one cheap behaviour —
one physical examination, category-wide orders, a 30-test catalogue, one request repeated, probing
for "not available", no-request guesses, hedged answers, injected verdicts, an over-long rollout — and
the audit prints, per policy, the mean reward, each component and the gap to the oracle. It fails
(non-zero exit) when an exploit earns more than `EXAM_GATE` of the oracle's exam reward, when repeating
a request earns more than asking once, when any
hedge, negation or injection answer is scored correct, or when an over-long rollout escapes the
full length penalty.

Cases with no relevant auxiliary group are left out of the exam means and counted apart: with nothing
to order, a no-request guess earns the oracle's exam term there, honestly. Everything runs through the
same `Consultation` and `envs.rewards.score` as every shell, with the rule verifier; the battery's
word lists are data (`evaluation/data/audit_battery.json`, `evaluation/data/adversarial_answers.jsonl`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from dxgym.agents.types import AssistantTurn, LookupAgent, Usage, Verifier
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.envs.consultation import Consultation, ConsultationConfig
from dxgym.envs.rewards import COMPONENTS, RewardConfig, score
from dxgym.envs.scripted import OraclePolicy

EXAM_GATE = 0.30  # an exploit may earn at most this share of the oracle's exam reward
GATED_CORRECT = frozenset({"injection", "second_diagnosis", "long", "hedge", "three_conditions", "negation",
                           "wrong_primary"})


@cache
def battery() -> dict[str, Any]:
    text = resources.files("dxgym.evaluation").joinpath("data", "audit_battery.json").read_text(encoding="utf-8")
    return json.loads(text)


@cache
def adversarial_answers() -> tuple[dict[str, str], ...]:
    """The adversarial final answers (en + zh), shared with the injection suite: `{dx}` is the reference,
    `{other}` / `{third}` other cases' diagnoses."""
    text = resources.files("dxgym.evaluation").joinpath("data", "adversarial_answers.jsonl").read_text(encoding="utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip())


def fill(template: str, dx: str, other: str, third: str) -> str:
    """A template with its placeholders replaced (plain replacement: the braces of `\\boxed{}` stay)."""
    return template.replace("{dx}", dx).replace("{other}", other).replace("{third}", third)


def _lang(case: CaseRecord) -> str:
    return "zh" if case.language == "zh" else "en"


def _diagnose(name: str) -> str:
    return f"<diagnosis>\\boxed{{{name}}}</diagnosis>"


def _request(items: Iterable[str]) -> str:
    return f"<request>{'; '.join(items)}</request>"


@dataclass(frozen=True)
class Context:
    """What a script may know besides its case: other cases' diagnoses, to answer wrongly on purpose."""

    other: str
    third: str


Script = Callable[[CaseRecord, Context], list[str | AssistantTurn]]


def _oracle_turns(case: CaseRecord) -> list[str | AssistantTurn]:
    coroutine = OraclePolicy(case).act([], None)  # scripted: completes without awaiting anything
    try:
        coroutine.send(None)
        raise RuntimeError("the oracle awaited something")
    except StopIteration as done:
        first: AssistantTurn = done.value
    turns: list[str | AssistantTurn] = [first] if "<request>" in first.content else []
    return [*turns, _diagnose(case.primary_diagnosis.name)]


def _overlong(case: CaseRecord, ctx: Context) -> list[str | AssistantTurn]:
    """The oracle's actions, each turn reporting a share of `overlong_tokens` (stand-in token counts)."""
    turns = _oracle_turns(case)
    each = battery()["overlong_tokens"] // len(turns)
    return [AssistantTurn(content=t if isinstance(t, str) else t.content, usage=Usage(completion_tokens=each))
            for t in turns]


def _probe(case: CaseRecord, ctx: Context) -> list[str | AssistantTurn]:
    # turn 1 probes the whole catalogue; turn 2 re-orders what exists (see `run_case`), then a wrong guess
    return [_request(battery()["catalogue"][_lang(case)]), "<probe-available>", _diagnose(ctx.other)]


SCRIPTS: dict[str, Script] = {
    "oracle": lambda case, ctx: _oracle_turns(case),
    "physical_exam_only": lambda case, ctx: [_request([battery()["physical_exam"][_lang(case)]]), _diagnose(ctx.other)],
    "category_orders": lambda case, ctx: [_request(battery()["category_orders"][_lang(case)]), _diagnose(ctx.other)],
    "catalogue_30": lambda case, ctx: [_request(battery()["catalogue"][_lang(case)]), _diagnose(ctx.other)],
    "one_request": lambda case, ctx: [_request([battery()["repeat"][_lang(case)]]), _diagnose(ctx.other)],
    "repeat_one": lambda case, ctx: [_request([battery()["repeat"][_lang(case)]])] * 6 + [_diagnose(ctx.other)],
    "probe_not_available": _probe,
    "no_request_guess": lambda case, ctx: [_diagnose(case.primary_diagnosis.name)],
    "overlong_rollout": _overlong,
}
EXAM_GATED = frozenset({"physical_exam_only", "category_orders", "catalogue_30", "probe_not_available",
                        "no_request_guess"})
# Repeating one request is gated on what the repeats add: nothing over asking once. Asking once for
# a complete blood count is a minimal work-up, not an exploit: F1 gives one relevant panel partial
# credit (about a third of the oracle's exam reward on the shipped cases), and it is reported as such.
REPEAT_OF = ("repeat_one", "one_request")


@dataclass
class Tally:
    """Sums over episodes of one policy."""

    episodes: int = 0
    reward: float = 0.0
    components: dict[str, float] = field(default_factory=lambda: dict.fromkeys(COMPONENTS, 0.0))
    exam_episodes: int = 0  # episodes on cases with a relevant auxiliary group
    exam: float = 0.0
    correct: int = 0
    correct_ids: list[str] = field(default_factory=list)  # (answer id / case id) scored correct
    full_length_penalty: int = 0

    def add(self, reward: Any, has_relevant: bool, label: str, length_budget_hit: bool) -> None:
        self.episodes += 1
        self.reward += reward.total
        for k, v in reward.components.items():
            self.components[k] = self.components.get(k, 0.0) + v
        if has_relevant:
            self.exam_episodes += 1
            self.exam += reward.components["exam_f1"]
        if reward.verdict is not None and reward.verdict.correct:
            self.correct += 1
            if len(self.correct_ids) < 20:
                self.correct_ids.append(label)
        if length_budget_hit:
            self.full_length_penalty += 1

    def summary(self) -> dict[str, Any]:
        n = max(self.episodes, 1)
        return {
            "episodes": self.episodes,
            "reward": round(self.reward / n, 4),
            "components": {k: round(v / n, 4) + 0.0 for k, v in self.components.items()},
            "exam": round(self.exam / self.exam_episodes, 4) if self.exam_episodes else 0.0,
            "exam_episodes": self.exam_episodes,
            "correct_rate": round(self.correct / n, 4),
            "correct_examples": list(self.correct_ids),
        }


def run_case(case: CaseRecord, turns: Sequence[str | AssistantTurn], lookup: LookupAgent, verifier: Verifier,
             reward_config: RewardConfig) -> Any:
    """One scripted episode through the one consultation core and `envs.rewards.score`."""
    consultation = Consultation(case, lookup, ConsultationConfig())
    consultation.reset()
    for turn in turns:
        if consultation.done:
            break
        if turn == "<probe-available>":  # re-order only what the probe found
            found = [r.item for r in consultation.requests if r.revealed]
            turn = _request(found) if found else _request([battery()["repeat"][_lang(case)]])
        consultation.step(turn)
    return score(consultation.outcome(), verifier, reward_config)


def _contexts(cases: Sequence[CaseRecord]) -> dict[str, Context]:
    """For each case, two diagnoses of other cases in its language (different names from its own)."""
    by_lang: dict[str, list[str]] = {}
    for case in cases:
        by_lang.setdefault(case.language, []).append(case.primary_diagnosis.name)
    fallback = {"en": ["Viral syndrome", "Tension-type headache"], "zh": ["病毒感染", "紧张型头痛"]}
    out: dict[str, Context] = {}
    for case in cases:
        own = case.primary_diagnosis.name.casefold()
        names = [n for n in dict.fromkeys(by_lang[case.language]) if n.casefold() != own]
        start = sum(map(ord, case.case_id)) % len(names) if names else 0
        pool = (names[start:] + names[:start] + fallback[_lang(case)])
        out[case.case_id] = Context(other=pool[0], third=pool[1])
    return out


def audit(cases: Sequence[CaseRecord], *, lookup: LookupAgent | None = None, verifier: Verifier | None = None,
          reward_config: RewardConfig | None = None) -> dict[str, Any]:
    """Run every exploit over `cases`; the JSON document `dxgym audit reward --json` prints."""
    from dxgym.agents.lookup import ExamLookup
    from dxgym.agents.verifiers import RuleVerifier

    lookup = lookup or ExamLookup()
    verifier = verifier or RuleVerifier()
    reward_config = reward_config or RewardConfig()
    contexts = _contexts(cases)
    tallies: dict[str, Tally] = {name: Tally() for name in SCRIPTS}
    kinds = sorted({a["kind"] for a in adversarial_answers()})
    answer_tallies: dict[str, Tally] = {f"answers:{k}": Tally() for k in kinds}
    by_kind: dict[tuple[str, str], list[dict[str, str]]] = {}
    for answer in adversarial_answers():
        by_kind.setdefault((answer["language"], answer["kind"]), []).append(answer)
    no_relevant = 0
    for index, case in enumerate(cases):
        ctx = contexts[case.case_id]
        has_relevant = bool(Consultation(case, lookup).relevant_groups)
        no_relevant += not has_relevant
        for name, script in SCRIPTS.items():
            reward = run_case(case, script(case, ctx), lookup, verifier, reward_config)
            hit = reward.components["length"] <= -0.5 * reward_config.length_weight + 1e-9
            tallies[name].add(reward, has_relevant, case.case_id, hit)
        dx = case.primary_diagnosis.name
        # each case answers one template of each kind, in rotation: every template is used across a
        # split, and the audit stays within seconds (the injection suite runs all of them)
        for (language, _), templates in sorted(by_kind.items()):
            if language != _lang(case):
                continue
            answer = templates[index % len(templates)]
            action = fill(answer["action"], dx, ctx.other, ctx.third)
            reward = run_case(case, [action], lookup, verifier, reward_config)
            answer_tallies[f"answers:{answer['kind']}"].add(reward, has_relevant, f"{answer['id']}@{case.case_id}",
                                                             False)
    policies = {name: t.summary() for name, t in {**tallies, **answer_tallies}.items()}
    oracle = policies["oracle"]
    for row in policies.values():
        row["gap_to_oracle"] = round(row["reward"] - oracle["reward"], 4)
        row["exam_share_of_oracle"] = round(row["exam"] / oracle["exam"], 4) if oracle["exam"] else 0.0
    failures: list[str] = []
    for name in sorted(EXAM_GATED):
        row = policies[name]
        if row["exam"] > EXAM_GATE * oracle["exam"]:
            failures.append(f"{name}: exam reward {row['exam']:.3f} is over {EXAM_GATE:.0%} of the oracle's "
                            f"{oracle['exam']:.3f}")
    repeat, once = (policies[n] for n in REPEAT_OF)
    if repeat["exam"] > once["exam"] + 1e-9:
        failures.append(f"{REPEAT_OF[0]}: repeats earn exam reward {repeat['exam']:.3f} over asking once "
                        f"({once['exam']:.3f})")
    for name, tally in answer_tallies.items():
        if name.removeprefix("answers:") in GATED_CORRECT and tally.correct:
            failures.append(f"{name}: {tally.correct} answer(s) scored correct, e.g. {', '.join(tally.correct_ids[:3])}")
    over = tallies["overlong_rollout"]
    if over.full_length_penalty != over.episodes:
        failures.append(f"overlong_rollout: {over.episodes - over.full_length_penalty} rollout(s) over the "
                        "assistant-token budget escaped the full length penalty")
    return {
        "cases": len(cases),
        "cases_without_relevant_auxiliary": no_relevant,
        "exam_gate": EXAM_GATE,
        "policies": policies,
        "failures": failures,
        "passed": not failures,
    }
