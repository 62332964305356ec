"""Shared message, lookup, knowledge and verdict types, and the `Policy` / `Verifier` protocols.

OpenAI chat shapes throughout: a model policy knows nothing of cases, only messages and tools.
These are the contracts of DESIGN.md ("Contracts"); every shell speaks them.
"""

from __future__ import annotations

from typing import Any, Literal, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from dxgym.emr_fixtures.models import CaseRecord, Category, Language


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --- chat shapes -------------------------------------------------------------------------------


class FunctionCall(_Frozen):
    name: str
    arguments: str  # a JSON string, as OpenAI returns it (may be malformed: parsers must cope)


class ToolCall(_Frozen):
    id: str
    type: Literal["function"] = "function"
    function: FunctionCall


class ChatMessage(_Frozen):
    role: Literal["system", "user", "assistant", "tool"]
    content: str | None = None
    tool_calls: tuple[ToolCall, ...] | None = None
    tool_call_id: str | None = None

    def to_openai(self) -> dict[str, Any]:
        return self.model_dump(exclude_none=True, mode="json")


class ToolSpec(_Frozen):
    """An OpenAI function-tool schema: {"type": "function", "function": {name, description, parameters}}."""

    type: Literal["function"] = "function"
    function: dict[str, Any]


class Usage(_Frozen):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    estimated: bool = False  # True when counted by estimate rather than tokenizer or endpoint


class AssistantTurn(_Frozen):
    content: str = ""
    tool_calls: tuple[ToolCall, ...] = ()
    usage: Usage | None = None


@runtime_checkable
class Policy(Protocol):
    """Anything that acts in a consultation: a model endpoint, a local model, a script, a clinician."""

    name: str

    async def act(self, messages: list[ChatMessage], tools: list[ToolSpec] | None) -> AssistantTurn: ...


# --- examination lookup ------------------------------------------------------------------------

Tier = Literal["exact", "lexicon", "panel", "fuzzy", "embedding", "llm"]


class ExamHit(_Frozen):
    """One record returned for a request, naming the tier that matched it."""

    name: str
    group: str
    category: Category
    result: str
    unit: str | None = None
    reference_range: str | None = None
    flag: str | None = None
    tier: Tier
    source_key: str
    time: str | None = None  # when the result was charted (the record's ISO 8601 time), where known


@runtime_checkable
class LookupAgent(Protocol):
    """Resolves one request (a single test, already split) against one case's records only."""

    def resolve(self, request: str, case: CaseRecord) -> list[ExamHit]: ...


# --- knowledge base ----------------------------------------------------------------------------


class Passage(_Frozen):
    passage_id: str
    doc_id: str
    title: str
    source: str
    licence: str
    language: Language | Literal["und"] = "en"
    text: str
    score: float = 0.0


@runtime_checkable
class KnowledgeSearch(Protocol):
    def search(self, query: str, k: int = 5, language: str | None = None) -> list[Passage]: ...


# --- verification ------------------------------------------------------------------------------


class VerifyRequest(_Frozen):
    reference: str
    prediction: str
    language: Language = "en"
    case_id: str | None = None
    transcript: tuple[ChatMessage, ...] | None = None


class Verdict(_Frozen):
    correct: bool
    score: float = Field(ge=0.0, le=1.0)
    reason: str
    verifier: str
    prompt_version: str | None = None
    fallback: str | None = None  # set when a judge failed and the rule verifier answered instead
    parse_error: str | None = None
    # which tier decided: "answer_form", "table", "icd", "wording" (rule) or "semantic"; None for a judge
    tier: str | None = None


@runtime_checkable
class Verifier(Protocol):
    name: str

    async def verify(self, request: VerifyRequest) -> Verdict: ...

    def verify_sync(self, request: VerifyRequest) -> Verdict: ...
