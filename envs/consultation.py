"""`Consultation`: the pure, deterministic core of one episode over one frozen case.

Every shell (gymnasium `Env`, verl agent loop, CLI play, evaluation runner) drives this class;
nothing about a case's logic is written twice. It does no I/O of its own: the lookup agent and
the optional knowledge base are passed in, and `astep` exists only so an async lookup tier can
be awaited. It shares the case (never copies it) and keeps per-episode state in slotted objects
so thousands can live at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from dxgym.agents.lookup.agent import SemanticAllowance
from dxgym.agents.thinking import strip_thinking
from dxgym.agents.types import (
    AssistantTurn,
    ChatMessage,
    ExamHit,
    KnowledgeSearch,
    LookupAgent,
    Passage,
    Usage,
)
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.envs import render
from dxgym.envs.metrics import RequestResolution, normalise_request
from dxgym.envs.orders import is_category_order
from dxgym.envs.pricing import Charge, PriceTable, load_price_table
from dxgym.envs.protocol import (
    Action,
    DiagnosisAction,
    InvalidAction,
    PromptTerms,
    RequestAction,
    SearchAction,
    feedback_text,
    parse_action,
    system_prompt,
)

StopReason = str  # "diagnosis" | "max_turns" | "length_budget" | "error" | "aborted"


class ConsultationConfig(BaseModel):
    """How one consultation runs. Defaults live here and nowhere else."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_turns: int = Field(8, ge=1)  # assistant turns before truncation (also gymnasium's max_episode_steps)
    reveal_physical_exam: bool = False  # MedR-Bench setting: physical examination in the summary
    tools: bool = False  # the system prompt and feedback describe tool calls instead of tags
    max_searches: int = Field(3, ge=0)  # knowledge-base searches per episode; more are refused
    search_k: int = Field(5, ge=1, le=20)  # passages per search
    max_requests_per_turn: int = Field(1_000, ge=1)  # items beyond this are dropped, with a notice
    # a turn's new items that may reach the lookup's semantic tier once the deterministic tiers missed them;
    # later ones get "not available", so 1,000 requests cannot stall a worker. A request's first sight costs
    # 12-30 ms on one core (more on a loaded one): 4 keeps a turn's worst case near 0.1 s (it was 16, which a
    # loaded 2-core CI machine took 1.8 s over on a 1,000-request turn)
    semantic_per_turn: int = Field(4, ge=0)
    include_thinking: bool = True  # keep <think> text in the transcript (False: strip it from history)
    max_response_tokens: int | None = Field(None, ge=1)  # completion-token budget -> "length_budget"
    budget_usd: float | None = Field(None, ge=0)  # orders that would spend past it are refused (wasted requests)
    price_table: str | None = None  # a TSV replacing the shipped price table (envs/data/prices.tsv)
    cost_notice: bool = False  # tell the policy that orders and visits are priced (set when the reward counts cost)


# --- events ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RequestResolved:
    item: str
    hits: tuple[ExamHit, ...]
    repeated: bool  # asked before in this episode: shown again, counted once
    category_order: bool = False  # named no test ("all labs"): nothing looked up, the policy is asked to name tests
    charges: tuple[Charge, ...] = ()  # what this order newly cost (nothing for a repeat)
    refused: str | None = None  # "budget": it would have spent past the budget; nothing was shown


@dataclass(frozen=True, slots=True)
class SearchDone:
    query: str
    passages: tuple[tuple[int, Passage], ...]  # (citation number, passage)
    refused: str | None = None  # "no_knowledge_base" | "search_limit"


@dataclass(frozen=True, slots=True)
class DiagnosisCommitted:
    diagnosis: str
    citations: tuple[str, ...]  # resolved to passage ids where they name shown passages


@dataclass(frozen=True, slots=True)
class ActionRejected:
    reason: str


@dataclass(frozen=True, slots=True)
class EpisodeEnded:
    stop_reason: StopReason


Event = RequestResolved | SearchDone | DiagnosisCommitted | ActionRejected | EpisodeEnded


@dataclass(frozen=True, slots=True)
class StepResult:
    observation: str
    terminated: bool
    truncated: bool
    events: tuple[Event, ...]
    action: Action


@dataclass(frozen=True, slots=True)
class TurnLog:
    """What one turn did; the episode record's `turns` are built from these."""

    index: int
    action: Action
    events: tuple[Event, ...]
    usage: Usage
    cost_usd: float = 0.0  # the turn's visit and the orders it charged


@dataclass(frozen=True, slots=True)
class Outcome:
    """Everything the reward and the metrics need, detached from the live consultation."""

    case_id: str
    language: str
    reference: str
    reference_icd10: str | None
    diagnosis: str | None
    citations: tuple[str, ...]
    requests: tuple[RequestResolution, ...]
    relevant_groups: frozenset[str]  # relevant auxiliary groups: what the exam term scores
    obtained_groups: frozenset[str]  # auxiliary groups revealed
    invalid_actions: int
    stop_reason: StopReason | None
    turns: int
    usage: Usage
    passages_shown: tuple[Passage, ...]
    searches: tuple[str, ...]
    transcript: tuple[ChatMessage, ...] = ()  # the consultation as OpenAI messages (reasoning included)
    relevant_sections: frozenset[str] = frozenset()  # physical-examination sections to reveal (own metric)
    obtained_sections: frozenset[str] = frozenset()
    judge_history: tuple[ChatMessage, ...] = ()  # what a judge may see: actions and results, no reasoning
    cost_usd: float = 0.0  # visits and orders, in US dollars (`envs.pricing`)


class ConsultationOver(RuntimeError):
    """`step` after the episode ended (a shell bug, not a policy error)."""


def estimate_tokens(text: str) -> int:
    """About 4 ASCII characters or 1 CJK character a token; O(n) in C, for budgets without a tokenizer."""
    if not text:
        return 0
    n = len(text)
    if text.isascii():  # the common case: no UTF-8 encoding needed
        return (n + 3) // 4
    non_ascii = min(n, (len(text.encode("utf-8", "replace")) - n) // 2)
    return (n - non_ascii + 3) // 4 + non_ascii


def _resolution(item: str, hits: tuple[ExamHit, ...], category_order: bool) -> RequestResolution:
    """What one distinct item revealed: auxiliary groups and physical-examination sections apart."""
    groups = frozenset(h.group for h in hits if h.category != "physical_examination")
    sections = frozenset(h.group for h in hits if h.category == "physical_examination")
    return RequestResolution(item, groups, sections, category_order)


def _remember(memo: dict, size: int, key: Any, entry: Any) -> None:
    """Store `entry` in a bounded insertion-ordered memo, the oldest entry going first when it is full (a plain
    dict: lighter on the step's hot path than an LRU class)."""
    if len(memo) >= size:
        try:
            del memo[next(iter(memo))]
        except (KeyError, RuntimeError, StopIteration):  # another thread got there first
            pass
    memo[key] = entry


# Why memoised: what a newly revealed item shows (its result block) and records (its `RequestResolution`)
# is a pure function of the item's text, its hits and the case's language and admission time, and a GRPO
# group's rollouts reveal the same records for the same requests. The key holds the hits' identities, not
# their six-odd fields: the lookup hands out its index's shared `ExamHit` objects, and an entry keeps its
# hits alive, so an id in a live key names that very object (never another one reusing a freed id).
# Bounded; the oldest entries go first.
_SHOWN_SIZE = 8192
_shown_memo: dict[tuple, list] = {}


def _shown(item: str, hits: tuple[ExamHit, ...], language: str, index_time: str | None,
           repeated: bool) -> list:
    """[hits, resolution, block, block shown again] for a looked-up item (the repeat's block built on first need)."""
    key = (item, language, index_time, *map(id, hits))
    entry = _shown_memo.get(key)
    if entry is None:
        entry = [hits, _resolution(item, hits, False), render.render_hits(item, hits, language, False, index_time), None]
        _remember(_shown_memo, _SHOWN_SIZE, key, entry)
    if repeated and entry[3] is None:
        entry[3] = render.render_hits(item, hits, language, True, index_time)
    return entry


# Why memoised: a case's relevant groups and sections, and its summary, are pure functions of the (frozen)
# case, and a GRPO group starts 12 consultations on one case. Keyed on the case object's identity; an entry
# holds the case, so the id cannot name another object while the entry lives. Bounded, as the case store is.
_CASE_FACTS_SIZE = 2048
_case_facts_memo: dict[int, tuple[CaseRecord, frozenset[str], frozenset[str], dict[bool, str]]] = {}


def _case_facts(case: CaseRecord) -> tuple[CaseRecord, frozenset[str], frozenset[str], dict[bool, str]]:
    """(case, relevant auxiliary groups, relevant physical-examination sections, summary by reveal_physical_exam)."""
    entry = _case_facts_memo.get(id(case))
    if entry is None or entry[0] is not case:
        physical = {e.group for e in case.examinations if e.category == "physical_examination"}
        relevant = case.relevant_groups
        entry = (case, relevant - physical, relevant & physical, {})
        _remember(_case_facts_memo, _CASE_FACTS_SIZE, id(case), entry)
    return entry


# an item's normalised key (`normalise_request`), memoised as the items themselves repeat; bounded
_normalised = lru_cache(maxsize=8192)(normalise_request)


def clear_memo() -> None:
    """Forget memoised result blocks, resolutions, item keys and case facts (the benchmark's cold figures)."""
    _shown_memo.clear()
    _normalised.cache_clear()
    _case_facts_memo.clear()


def said_for_judge(kind: str, items: Sequence[str] = (), query: str | None = None) -> str | None:
    """An action in canonical words for the judge's history; None for turns a judge never sees
    (the diagnosis is shown on its own; an unreadable turn is the policy's free text, not an action)."""
    if kind == "request":
        return "request: " + "; ".join(items)
    if kind == "search" and query is not None:
        return "search: " + query
    return None


def judge_dialogue(messages: Sequence[ChatMessage], said: Sequence[str | None]) -> tuple[ChatMessage, ...]:
    """The consultation as a judge may see it (DESIGN, "Verifier"): the summary, then each turn's
    action in canonical form and the observation it got — never reasoning, never free text around an
    action. `messages` is the transcript (system prompt first); `said[i]` is turn i's `said_for_judge`.
    The live consultation and the verl reward function (from the episode record) both build it here.
    """
    out: list[ChatMessage] = []
    if len(messages) > 1 and messages[1].role == "user":
        out.append(ChatMessage(role="user", content=messages[1].content))
    for text, observation in zip(said, _observations(messages), strict=False):
        if text is None:
            continue
        out.append(ChatMessage(role="assistant", content=text))
        if observation:
            out.append(ChatMessage(role="user", content=observation))
    return tuple(out)


def _observations(messages: Sequence[ChatMessage]) -> list[str]:
    """The environment's answer to each assistant turn, in order (tool messages of one turn joined)."""
    out: list[str] = []
    pending: list[str] | None = None
    for message in messages[2:]:  # system prompt and summary first
        if message.role == "assistant":
            if pending is not None:
                out.append("\n\n".join(pending))
            pending = []
        elif pending is not None:
            pending.append(message.content or "")
    if pending is not None:
        out.append("\n\n".join(pending))
    return out


def _strip_think(content: str) -> str:
    return strip_thinking(content).lstrip()


# Why plain tuples: a pydantic `ChatMessage` costs ~1.2 µs to validate and a step adds two or more, yet
# a training loop never reads them mid-episode (it keeps its own token ids). The transcript holds
# (role, content, tool_calls | tool_call_id) until read, then the very same models as before,
# built once in place. Likewise a turn's log and its estimated `Usage`.
_Pending = tuple  # an entry not yet built: see `_message` and `_turn_log`


def _message(entry: ChatMessage | _Pending) -> ChatMessage:
    if not isinstance(entry, tuple):
        return entry
    role, content, extra = entry
    if role == "assistant":
        return ChatMessage(role=role, content=content, tool_calls=extra)
    if role == "tool":
        return ChatMessage(role=role, tool_call_id=extra, content=content)
    return ChatMessage(role=role, content=content)


def _turn_log(entry: TurnLog | _Pending) -> TurnLog:
    if not isinstance(entry, tuple):
        return entry
    index, action, events, usage, cost = entry
    if isinstance(usage, tuple):  # an estimate: (prompt tokens, completion tokens)
        usage = Usage(prompt_tokens=usage[0], completion_tokens=usage[1], estimated=True)
    return TurnLog(index, action, events, usage, cost)


def _built(entries: list, start: int, build: Callable[[Any], Any]) -> int:
    """Build the pending entries from `start` on, in place; returns how many are built (all of them)."""
    for i in range(start, len(entries)):
        entries[i] = build(entries[i])
    return len(entries)


@dataclass(slots=True)
class _State:
    """Per-episode mutable state; replaced wholesale by `reset()`."""

    messages: list[ChatMessage | _Pending] = field(default_factory=list)  # built up to `messages_built`
    messages_built: int = 0
    turn: int = 0
    started: bool = False
    stop_reason: StopReason | None = None
    hits_by_item: dict[str, tuple[ExamHit, ...]] = field(default_factory=dict)  # normalised item -> hits
    requests: list[RequestResolution] = field(default_factory=list)  # distinct items in order
    shown: dict[str, tuple[int, Passage]] = field(default_factory=dict)  # passage_id -> (number, passage)
    searches: list[str] = field(default_factory=list)
    diagnosis: str | None = None
    citations: tuple[str, ...] = ()
    invalid: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    estimated: bool = False
    context_estimate: int = 0  # running token estimate of the transcript, for prompt-token estimates
    turns: list[TurnLog | _Pending] = field(default_factory=list)  # built up to `turns_built`
    turns_built: int = 0
    cost_usd: float = 0.0  # spent so far: visits and orders
    charged: set[str] = field(default_factory=set)  # billed units (a priced group, or a record)
    refused: set[str] = field(default_factory=set)  # normalised items refused for the budget


class Consultation:
    """One patient, one policy, one episode: `reset()`, then `step()` until terminated or truncated."""

    __slots__ = ("case", "lookup", "config", "knowledge", "terms", "_s", "_relevant", "_sections", "prices")

    def __init__(
        self,
        case: CaseRecord,
        lookup: LookupAgent,
        config: ConsultationConfig | None = None,
        knowledge: KnowledgeSearch | None = None,
        terms: PromptTerms | None = None,
    ) -> None:
        """`knowledge`: offered to the policy (`<search>`) only when given. `terms`: the reward terms the
        system prompt states — the shell passes `its_reward_config.prompt_terms()` (default: the default
        reward's), so the policy is told the rules it is scored by."""
        self.case = case
        self.lookup = lookup
        self.config = config or ConsultationConfig()
        self.knowledge = knowledge
        self.terms = terms
        self.prices: PriceTable = load_price_table(self.config.price_table)
        self._s = _State()
        facts = _case_facts(case)
        self._relevant = facts[1]
        # in the MedR-Bench setting the summary shows the physical examination: nothing left to reveal
        self._sections = frozenset() if self.config.reveal_physical_exam else facts[2]

    # --- read-only views -------------------------------------------------------------------

    @property
    def messages(self) -> list[ChatMessage]:
        """The transcript in OpenAI shapes, system prompt first."""
        return list(self._transcript())

    def openai_messages(self) -> list[dict]:
        return [m.to_openai() for m in self._transcript()]

    def _transcript(self) -> list[ChatMessage]:
        s = self._s
        if s.messages_built < len(s.messages):
            s.messages_built = _built(s.messages, s.messages_built, _message)
        return s.messages  # type: ignore[return-value]  # every entry is built now

    @property
    def turn(self) -> int:
        return self._s.turn

    @property
    def done(self) -> bool:
        return self._s.stop_reason is not None

    @property
    def stop_reason(self) -> StopReason | None:
        return self._s.stop_reason

    @property
    def turns(self) -> tuple[TurnLog, ...]:
        s = self._s
        if s.turns_built < len(s.turns):
            s.turns_built = _built(s.turns, s.turns_built, _turn_log)
        return tuple(s.turns)  # type: ignore[arg-type]  # every entry is built now

    @property
    def relevant_groups(self) -> frozenset[str]:
        """Relevant auxiliary groups (laboratory, imaging, pathology, other): what the exam term scores."""
        return self._relevant

    @property
    def relevant_sections(self) -> frozenset[str]:
        """Relevant physical-examination sections still to reveal by request (their own metric)."""
        return self._sections

    @property
    def requests(self) -> tuple[RequestResolution, ...]:
        return tuple(self._s.requests)

    @property
    def obtained_groups(self) -> frozenset[str]:
        """Auxiliary groups revealed so far."""
        return frozenset().union(*(r.groups for r in self._s.requests)) if self._s.requests else frozenset()

    @property
    def obtained_sections(self) -> frozenset[str]:
        """Physical-examination sections revealed so far."""
        return frozenset().union(*(r.sections for r in self._s.requests)) if self._s.requests else frozenset()

    @property
    def usage(self) -> Usage:
        s = self._s
        return Usage(prompt_tokens=s.prompt_tokens, completion_tokens=s.completion_tokens, estimated=s.estimated)

    @property
    def cost_usd(self) -> float:
        """Spent so far, in US dollars: a visit per turn and every order charged."""
        return self._s.cost_usd

    @property
    def turns_left(self) -> int:
        return max(0, self.config.max_turns - self._s.turn)

    # --- episode ---------------------------------------------------------------------------

    def reset(self) -> str:
        """Start (or restart) the episode; returns the initial consultation summary."""
        reveal = self.config.reveal_physical_exam
        summaries = _case_facts(self.case)[3]
        summary = summaries.get(reveal)
        if summary is None:
            summary = summaries[reveal] = render.render_summary(self.case, reveal)
        prompt = system_prompt(self.case.language, self.config.tools, self.knowledge is not None, self.terms)
        costed = self.config.cost_notice or (self.terms is not None and self.terms.cost > 0)
        if costed or self.config.budget_usd is not None:  # the prices (and the budget) the policy is held to
            prompt += "\n\n" + render.cost_notice(self.case.language, self.prices.visit_usd, self.config.budget_usd)
        self._s = _State(
            messages=[("system", prompt, None), ("user", summary, None)],
            started=True,
            context_estimate=estimate_tokens(prompt) + estimate_tokens(summary),
        )
        return summary

    def step(self, turn: AssistantTurn | str) -> StepResult:
        """Apply one assistant turn with the lookup's synchronous tiers."""
        turn, action = self._begin(turn)
        keys, pending = self._pending(action)
        # a lookup that memoises (ExamLookup) answers repeats across rollouts from its memo
        if pending:
            resolve = getattr(self.lookup, "resolve_cached", None) or self.lookup.resolve
            case, options = self.case, self._tier_options()
            resolved = {key: tuple(resolve(item, case, **options)) for key, item in pending}
        else:
            resolved = {}
        return self._finish(turn, action, keys, resolved)

    async def astep(self, turn: AssistantTurn | str) -> StepResult:
        """Apply one assistant turn, awaiting `lookup.aresolve` where the lookup has it."""
        turn, action = self._begin(turn)
        aresolve = getattr(self.lookup, "aresolve", None)
        resolved: dict[str, tuple[ExamHit, ...]] = {}
        keys, pending = self._pending(action)
        options = self._tier_options()
        for key, item in pending:
            hits = await aresolve(item, self.case, **options) if aresolve is not None else self.lookup.resolve(item, self.case, **options)
            resolved[key] = tuple(hits)
        return self._finish(turn, action, keys, resolved)

    def outcome(self) -> Outcome:
        s = self._s
        primary = self.case.primary_diagnosis
        return Outcome(
            case_id=self.case.case_id,
            language=self.case.language,
            reference=primary.name,
            reference_icd10=primary.icd10,
            diagnosis=s.diagnosis,
            citations=s.citations,
            requests=tuple(s.requests),
            relevant_groups=self._relevant,
            obtained_groups=self.obtained_groups,
            invalid_actions=s.invalid,
            stop_reason=s.stop_reason,
            turns=s.turn,
            usage=self.usage,
            passages_shown=tuple(p for _, p in sorted(s.shown.values(), key=lambda np: np[0])),
            searches=tuple(s.searches),
            transcript=tuple(self.messages),
            relevant_sections=self._sections,
            obtained_sections=self.obtained_sections,
            judge_history=self.judge_history(),
            cost_usd=round(s.cost_usd, 2),
        )

    def judge_history(self) -> tuple[ChatMessage, ...]:
        """The consultation as a judge may see it (`judge_dialogue`)."""
        said = [
            said_for_judge(a.kind, getattr(a, "items", ()), getattr(a, "query", None))
            for a in (log.action for log in self.turns)
        ]
        return judge_dialogue(self._transcript(), said)

    def end(self, stop_reason: StopReason, cut: AssistantTurn | None = None) -> None:
        """End the episode from outside (a policy error, an abort, a spent token budget); a no-op once ended.

        `cut` is an assistant turn the shell cut off mid-way because its token budget ran out: its text
        joins the transcript and its tokens the usage (the length penalty counts every assistant token),
        but it is not parsed as an action the policy finished.
        """
        s = self._s
        if s.stop_reason is None:
            if cut is not None and s.started:
                self._account(cut)
                self._append("assistant", cut.content)
            s.stop_reason = stop_reason

    # --- internals -------------------------------------------------------------------------

    def _begin(self, turn: AssistantTurn | str) -> tuple[AssistantTurn, Action]:
        s = self._s
        if not s.started:
            raise RuntimeError("call reset() before step()")
        if s.stop_reason is not None:
            raise ConsultationOver(f"the consultation has ended ({s.stop_reason}); call reset()")
        if not isinstance(turn, AssistantTurn):
            turn = AssistantTurn(content=turn if isinstance(turn, str) else "")
        s.turn += 1
        action = parse_action(turn.content, turn.tool_calls, self.config.max_requests_per_turn)
        return turn, action

    def _tier_options(self) -> dict[str, SemanticAllowance]:
        """Keyword options for resolving a turn's new items: one semantic allowance for the turn
        (`semantic_per_turn` requests the deterministic tiers missed); a lookup without that tier takes none."""
        if not getattr(self.lookup, "takes_semantic_option", False):
            return {}
        return {"semantic": SemanticAllowance(self.config.semantic_per_turn)}

    def _pending(self, action: Action) -> tuple[list[str], list[tuple[str, str]]]:
        """Each item's normalised key, and the items not resolved before (resolution is deterministic,
        so repeats reuse hits)."""
        if not isinstance(action, RequestAction):
            return [], []
        keys = list(map(_normalised, action.items))
        done = self._s.hits_by_item
        todo: dict[str, str] = {}
        for key, item in zip(keys, action.items, strict=True):
            if key not in done and key not in todo and not is_category_order(item):
                todo[key] = item
        return keys, list(todo.items())

    def _account(self, turn: AssistantTurn) -> Usage | tuple[int, int]:
        """Add the turn's tokens; its usage as reported, or (prompt, completion) estimated (built lazily)."""
        s = self._s
        calls = turn.tool_calls
        text = turn.content + "".join(c.function.name + c.function.arguments for c in calls) if calls else turn.content
        estimate = estimate_tokens(text)
        usage = turn.usage
        if usage is not None:
            s.prompt_tokens += usage.prompt_tokens
            s.completion_tokens += usage.completion_tokens
            s.estimated = s.estimated or usage.estimated
        else:
            s.prompt_tokens += s.context_estimate
            s.completion_tokens += estimate
            s.estimated = True
            usage = (s.context_estimate, estimate)
        s.context_estimate += estimate
        return usage

    def _append(self, role: str, content: str, extra: str | None = None) -> None:
        self._s.messages.append((role, content, extra))
        self._s.context_estimate += estimate_tokens(content)

    def _finish(self, turn: AssistantTurn, action: Action, keys: list[str],
                resolved: dict[str, tuple[ExamHit, ...]]) -> StepResult:
        s, lang = self._s, self.case.language
        usage = self._account(turn)
        spent_before = s.cost_usd
        s.cost_usd += self.prices.visit_usd  # every turn is a visit, the diagnosis turn included
        content = turn.content if self.config.include_thinking else _strip_think(turn.content)
        s.messages.append(("assistant", content or None, tuple(turn.tool_calls) or None))
        events: list[Event] = []
        terminated = False
        per_call: dict[int, list[str]] = {}

        if isinstance(action, RequestAction):
            blocks: list[str] = []
            hits_by_item, index_time = s.hits_by_item, self.case.index_time
            for item, key in zip(action.items, keys, strict=True):
                hits = hits_by_item.get(key)
                repeated = hits is not None
                category = key not in resolved and not repeated  # only category orders skip the lookup
                charges: tuple[Charge, ...] = ()
                shown: list | None = None  # a newly looked-up item's memo entry (`_shown`)
                if not repeated:
                    if category:  # a category order names no test: nothing is done, nothing charged
                        hits = hits_by_item[key] = ()
                        s.requests.append(_resolution(item, hits, True))
                    else:
                        hits = resolved[key]
                        charges, refusal = self._charge(item, key, hits)
                        if refusal is not None:
                            events.append(RequestResolved(item, (), key in s.refused, False, charges, refusal))
                            if key not in s.refused:
                                s.refused.add(key)
                                s.requests.append(RequestResolution(item, frozenset(), refused=refusal))
                            blocks.append(render.render_refused(item, lang, sum(c.usd for c in charges),
                                                                self.config.budget_usd or 0.0, s.cost_usd))
                            continue
                        hits_by_item[key] = hits
                        shown = _shown(item, hits, lang, index_time, False)
                        s.requests.append(shown[1])
                else:
                    category = is_category_order(item) if not hits else False
                events.append(RequestResolved(item, hits, repeated, category, charges))
                if category:
                    blocks.append(render.render_category_order(item, lang, repeated))
                elif shown is not None:
                    blocks.append(shown[2])
                else:
                    blocks.append(_shown(item, hits, lang, index_time, True)[3])
            results = render.render_results(blocks, lang)
            observation = results + render.dropped_notice(lang, action.dropped, self.config.max_requests_per_turn)
            if action.call_index:  # each tool call is answered with its own items' results
                calls = action.call_index
                if len(set(calls)) == 1:  # one call: its text is `results`
                    per_call = {calls[0]: [results]}
                else:
                    for index, block in zip(calls, blocks, strict=True):
                        per_call.setdefault(index, []).append(block)
                    per_call = {k: [render.render_results(v, lang)] for k, v in per_call.items()}
        elif isinstance(action, SearchAction):
            observation, event = self._search(action.query)
            events.append(event)
        elif isinstance(action, DiagnosisAction):
            s.diagnosis = action.diagnosis
            s.citations = self._resolve_citations(action.citations)
            events.append(DiagnosisCommitted(s.diagnosis, s.citations))
            terminated = True
            s.stop_reason = "diagnosis"
            observation = s.diagnosis
        else:
            assert isinstance(action, InvalidAction)
            s.invalid += 1
            events.append(ActionRejected(action.reason))
            observation = render.render_invalid(
                action.reason, lang, feedback_text(lang, self.config.tools, self.knowledge is not None), self.turns_left
            )

        truncated = False
        if not terminated:
            budget = self.config.max_response_tokens
            if budget is not None and s.completion_tokens >= budget:
                s.stop_reason, truncated = "length_budget", True
            elif s.turn >= self.config.max_turns:
                s.stop_reason, truncated = "max_turns", True
            elif not isinstance(action, InvalidAction):
                observation += "\n\n" + render.turns_left_notice(lang, self.turns_left)
            self._observe(turn, observation, per_call)
        if s.stop_reason is not None:
            events.append(EpisodeEnded(s.stop_reason))
        logged = tuple(events)
        cost = round(s.cost_usd - spent_before, 2)
        s.turns.append((s.turn, action, logged, usage, cost))  # a `TurnLog` when `turns` is read
        return StepResult(observation, terminated, truncated, logged, action)

    def _charge(self, item: str, key: str, hits: tuple[ExamHit, ...]) -> tuple[tuple[Charge, ...], str | None]:
        """What a new order costs, charged unless it would pass the budget (then refused, nothing charged)."""
        s = self._s
        budget = self.config.budget_usd
        if hits:
            charged = set(s.charged) if budget is not None else s.charged  # a refusal must charge nothing
            charges = self.prices.charges(self.case, key, hits, charged)
        else:
            charged, charges = s.charged, [self.prices.order_charge(item)]
        total = 0.0
        for charge in charges:
            total += charge.usd
        if budget is not None and (key in s.refused or (total > 0 and s.cost_usd + total > budget + 1e-9)):
            return tuple(charges), "budget"
        s.charged = charged
        s.cost_usd += total
        return tuple(charges), None

    def _observe(self, turn: AssistantTurn, observation: str, per_call: dict[int, list[str]]) -> None:
        """Answer the turn: one tool message per tool call (OpenAI requires it), else a user message."""
        if not turn.tool_calls:
            self._append("user", observation)
            return
        for index, call in enumerate(turn.tool_calls):
            text = "\n\n".join(per_call[index]) if index in per_call else observation
            self._append("tool", text, call.id)

    def _search(self, query: str) -> tuple[str, SearchDone]:
        s, lang = self._s, self.case.language
        if self.knowledge is None:
            return render.render_notice("no_kb", lang), SearchDone(query, (), "no_knowledge_base")
        if len(s.searches) >= self.config.max_searches:
            cap = self.config.max_searches
            return render.render_notice("search_cap", lang, cap=cap), SearchDone(query, (), "search_limit")
        s.searches.append(query)
        numbered: list[tuple[int, Passage]] = []
        # the case's language where the KB has passages in it; else every language (the shipped KB is English)
        held = getattr(self.knowledge, "languages", None)
        language = lang if held is None or lang in held else None
        for passage in self.knowledge.search(query, k=self.config.search_k, language=language):
            if passage.passage_id not in s.shown:
                s.shown[passage.passage_id] = (len(s.shown) + 1, passage)
            numbered.append(s.shown[passage.passage_id])
        return render.render_passages(query, numbered, lang), SearchDone(query, tuple(numbered))

    def _resolve_citations(self, tokens: Sequence[str]) -> tuple[str, ...]:
        """Citation numbers and passage ids -> passage ids; tokens naming nothing shown stay as given."""
        by_number = {n: pid for pid, (n, _) in self._s.shown.items()}
        out: list[str] = []
        for token in tokens:
            token = token.strip().lstrip("#")
            if token.isascii() and token.isdigit() and int(token) in by_number:
                out.append(by_number[int(token)])
            else:
                out.append(token)
        return tuple(dict.fromkeys(out))
