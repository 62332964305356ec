"""The action protocol: tagged text and OpenAI tool calls, parsed to the same four actions.

A policy acts either in text —

    <think>optional reasoning</think>
    <request>CBC; chest x-ray</request>          ask for examinations (split into items)
    <search>query</search>                       search the knowledge base
    <diagnosis>\\boxed{Dx}</diagnosis> [1][3]     commit, optionally citing shown passages
    ... \\boxed{Dx}                               a bare final box also commits

— or with the tools of `tool_specs()`. Whatever arrives, `parse_action` returns an `Action` and
never raises: anything it cannot read becomes `InvalidAction(reason)`, which the consultation
turns into a feedback observation. Parsing is hand-written scanning with `str.find` (no
backtracking regexes) over at most `MAX_ACTION_CHARS` characters, so its time is linear and
bounded whatever the input (1 MB of garbage, NUL bytes, unterminated or nested tags).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from dxgym.agents.thinking import after_thinking  # the one reading of <think> (re-exported for shells)
from dxgym.agents.types import ToolCall, ToolSpec

MAX_ACTION_CHARS = 200_000  # ~50k tokens: longer replies are refused unread, never scanned
MAX_ITEM_CHARS = 256  # one examination name; a longer "item" is prose, not a request
MAX_QUERY_CHARS = 1_000  # one knowledge-base query
MAX_DIAGNOSIS_CHARS = 500
MAX_CITATIONS = 50
DEFAULT_MAX_ITEMS = 1_000  # items per request turn; the rest are dropped (and said so)

ACTION_TAGS = ("request", "search", "diagnosis")
_ALL_TAGS = ("think", *ACTION_TAGS)

TOOL_REQUEST = "request_examinations"
TOOL_SEARCH = "search_knowledge"
TOOL_DIAGNOSIS = "submit_diagnosis"


# --- actions -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RequestAction:
    """Examinations asked for, already split into single items.

    `call_index[i]` is the tool call that item i came from (tool-call turns answer each call
    separately); it is empty for tagged text. `dropped` counts items beyond the per-turn cap.
    """

    items: tuple[str, ...]
    call_index: tuple[int, ...] = ()
    dropped: int = 0
    kind: str = field(default="request", init=False)


@dataclass(frozen=True, slots=True)
class SearchAction:
    query: str
    kind: str = field(default="search", init=False)


@dataclass(frozen=True, slots=True)
class DiagnosisAction:
    """A committed diagnosis; `citations` are raw tokens (citation numbers or passage ids)."""

    diagnosis: str
    citations: tuple[str, ...] = ()
    kind: str = field(default="diagnosis", init=False)


@dataclass(frozen=True, slots=True)
class InvalidAction:
    """Anything unreadable. `reason` is fixed wording (never echoes the input at length)."""

    reason: str
    kind: str = field(default="invalid", init=False)


Action = RequestAction | SearchAction | DiagnosisAction | InvalidAction


# --- tagged text -------------------------------------------------------------------------------


def _strip_thinking(text: str) -> str | InvalidAction:
    """The action part of a turn; reasoning opened and never closed is a format error."""
    rest = after_thinking(text)
    if rest is not None:
        return rest
    if "<think>" in text:
        return InvalidAction("<think> is never closed with </think>")
    return text


def _find_boxed(text: str, start: int = 0) -> tuple[str, int, int] | None:
    r"""The last `\boxed{...}` at or after `start` with balanced braces: (inner, begin, end)."""
    found: tuple[str, int, int] | None = None
    pos = text.find("\\boxed{", start)
    while pos >= 0:
        # jump brace to brace with str.find (C) rather than walking characters; each find resumes
        # after the brace it last found, so the scan stays linear whatever the nesting
        depth, i = 0, pos + len("\\boxed")
        end = -1
        opening, closing = text.find("{", i), text.find("}", i)
        while closing >= 0:
            if 0 <= opening < closing:
                depth += 1
                opening = text.find("{", opening + 1)
            else:
                depth -= 1
                if depth == 0:
                    end = closing
                    break
                closing = text.find("}", closing + 1)
        if end < 0:  # unbalanced: nothing after it can close either
            break
        found = (text[pos + len("\\boxed{") : end], pos, end + 1)
        pos = text.find("\\boxed{", end + 1)
    return found


def _parse_citations(text: str) -> tuple[tuple[str, ...], str]:
    """Citation tokens `[1]`, `[1, 3]`, `[kb:doc#2]` in `text`, and the text without them."""
    tokens: list[str] = []
    rest: list[str] = []
    i = 0
    close = -1  # cached position of the next "]" (keeps the scan linear)
    while i < len(text):
        bracket = text.find("[", i)  # text up to the next "[" is kept as it is
        if bracket < 0:
            rest.append(text[i:])
            break
        rest.append(text[i:bracket])
        i = bracket
        if close <= i:
            close = text.find("]", i + 1)
            if close < 0:
                rest.append(text[i:])
                break
        end = close
        if end > i + 1 and end - i <= 200 and "[" not in text[i + 1 : end]:
            for part in text[i + 1 : end].replace("，", ",").split(","):
                part = part.strip()
                if part and len(tokens) < MAX_CITATIONS:
                    tokens.append(part)
            i = end + 1
            continue
        rest.append(text[i])
        i += 1
    return tuple(dict.fromkeys(tokens)), "".join(rest)


_OPEN = {tag: f"<{tag}>" for tag in _ALL_TAGS}
_CLOSE = {tag: f"</{tag}>" for tag in _ALL_TAGS}
# what may not appear inside an action tag's body: any opening tag, or another tag's closing tag
_NESTED = {tag: (*_OPEN.values(), *(_CLOSE[o] for o in _ALL_TAGS if o != tag)) for tag in ACTION_TAGS}


# the earliest opening action tag at or after a position, in one C scan; literal alternatives after a
# literal "<", so constant work per position (no backtracking to speak of) and linear overall
_OPEN_RE = re.compile("<(" + "|".join(ACTION_TAGS) + ")>")


def _tag_spans(text: str) -> list[tuple[str, int, int, int, int]] | InvalidAction:
    """Action tags in order as (name, open_start, inner_start, inner_end, close_end).

    Rejects unterminated, nested or interleaved tags. Linear: each scan moves forward.
    """
    spans: list[tuple[str, int, int, int, int]] = []
    pos = 0
    while len(spans) < 2:  # a second action tag already makes the reply invalid: stop there
        found = _OPEN_RE.search(text, pos)
        if found is None:
            break
        tag, at, inner = found.group(1), found.start(), found.end()
        close = text.find(_CLOSE[tag], inner)
        if close < 0:
            return InvalidAction(f"<{tag}> is never closed with </{tag}>")
        body = text[inner:close]
        if "<" in body and any(marker in body for marker in _NESTED[tag]):
            return InvalidAction(f"tags are nested inside <{tag}>; use one flat action tag")
        pos = close + len(tag) + 3
        spans.append((tag, at, inner, close, pos))
    if len(spans) > 1:
        return spans
    if text.count("</") <= len(spans):  # no closing tag beyond the span's own: nothing can be unmatched
        return spans
    opened = spans[0][0] if spans else None  # at most one span here
    for tag in ACTION_TAGS:  # a closing tag with no opening one
        if text.count(_CLOSE[tag]) > (tag == opened):
            return InvalidAction(f"</{tag}> appears without a matching <{tag}>")
    return spans


def _diagnosis_from(inner: str, after: str) -> DiagnosisAction | InvalidAction:
    boxed = _find_boxed(inner)
    if boxed is not None:
        diagnosis = boxed[0]
        cites_in, _ = _parse_citations(inner[boxed[2] :])
    else:
        cites_in, diagnosis = _parse_citations(inner)
    cites_after, _ = _parse_citations(after[:400])
    return _diagnosis(diagnosis, (*cites_in, *cites_after))


def _diagnosis(diagnosis: str, citations: tuple[str, ...] | list[str]) -> DiagnosisAction | InvalidAction:
    diagnosis = " ".join(diagnosis.split())
    if not diagnosis:
        return InvalidAction("the diagnosis is empty")
    if len(diagnosis) > MAX_DIAGNOSIS_CHARS:
        return InvalidAction(f"the diagnosis is longer than {MAX_DIAGNOSIS_CHARS} characters")
    return DiagnosisAction(diagnosis, tuple(dict.fromkeys(c for c in citations if c))[:MAX_CITATIONS])


def _pieces(text: str, limit: int) -> list[str]:
    """A request list cut at hard separators when it is longer than the splitter reads at once.

    `split_requests` refuses text over its `MAX_TEXT_CHARS` (4,000) as "not a list of tests", so
    without this a tagged request of 1,000 items (~13 KB) would name nothing although the turn's
    cap is 1,000 items. `;`, `；` and line breaks split items anyway, so cutting there first changes
    no item; repeats across pieces are dropped as the splitter drops them within one piece.
    """
    if len(text) <= limit:
        return [text]
    return [p for p in text.replace("；", ";").replace("\n", ";").split(";") if p.strip()]


_splitter: tuple[Any, int] | None = None


def _split_fn() -> tuple[Any, int]:
    """`split_requests` and its text limit, imported on first use (keeps `import envs` light) and kept:
    an import statement inside the per-turn path costs about a microsecond each time."""
    global _splitter
    if _splitter is None:
        from dxgym.agents.lookup import split_requests  # the lookup agent owns how requests divide
        from dxgym.agents.lookup.split import MAX_TEXT_CHARS

        _splitter = (split_requests, MAX_TEXT_CHARS)
    return _splitter


def _cleaned_items(split: list[str]) -> tuple[tuple[str, ...], int]:
    """Items with whitespace collapsed and empty ones skipped (a whole text's at once, comprehensions rather
    than a per-item loop), and the longest one's length."""
    cleaned = tuple([c for c in [" ".join(item.split()) for item in split] if c])
    return cleaned, max(map(len, cleaned), default=0)


def _cleaned(text: str) -> tuple[tuple[str, ...], int]:
    """One requested text's items, cleaned (`_cleaned_items`)."""
    return _cleaned_items(_split_fn()[0](text))


# Why memoised: a text's items are a pure function of the text (the splitter's lexicon is loaded once), and
# the same tool-call names and tagged request lists arrive in every rollout of a case; this spares the
# splitter's own memo lookup and the per-item clean-up, and keeps lists over the splitter's 256-character
# memo (a long tagged list, re-split chunk by chunk) from being split again. Bounded: texts up to 1,024
# characters, 8,192 of them.
CLEANED_MEMO_CHARS = 1_024
_cleaned_memo = lru_cache(maxsize=8192)(_cleaned)


def clear_memo() -> None:
    """Forget memoised request items (the benchmark's cold figures)."""
    _cleaned_memo.cache_clear()


def _split_items(
    texts: list[str], origins: list[int], max_items: int
) -> tuple[tuple[str, ...], tuple[int, ...], int] | InvalidAction:
    """Split each requested text into single items, remembering which text (tool call) each came from:
    (items, origin of each, dropped). The caller builds the `RequestAction` (once: it is not cheap)."""
    split_requests, max_text = _split_fn()
    items: list[str] = []
    item_origin: list[int] = []
    dropped = 0
    for text, origin in zip(texts, origins, strict=True):  # every text is a str (the callers check)
        pieces = _pieces(text, max_text) if len(text) > max_text else ()
        if len(pieces) > 1:
            if len(items) >= max_items:  # over the cap already: count the rest, do not split it
                dropped += len(pieces)
                continue
            seen: set[str] = set()
            split: list[str] = []
            for index, piece in enumerate(pieces):
                if len(items) + len(split) > max_items:  # enough to fill the cap: the rest is dropped unread
                    dropped += len(pieces) - index
                    break
                for item in split_requests(piece):
                    key = " ".join(item.casefold().split())
                    if key not in seen:
                        seen.add(key)
                        split.append(item)
            cleaned, longest = _cleaned_items(split)
        else:
            cleaned, longest = _cleaned_memo(text) if len(text) <= CLEANED_MEMO_CHARS else _cleaned(text)
        if not cleaned:
            continue
        if longest > MAX_ITEM_CHARS:  # an overlong item anywhere refuses the turn, as it did item by item
            return InvalidAction(
                f"a requested item is longer than {MAX_ITEM_CHARS} characters; name examinations briefly"
            )
        room = max_items - len(items)
        if room < len(cleaned):
            dropped += len(cleaned) - room
            cleaned = cleaned[:room]
        items += cleaned
        item_origin += [origin] * len(cleaned)
    if not items:
        return InvalidAction("the request names no examination")
    return tuple(items), tuple(item_origin), dropped


def parse_text(content: str, max_items: int = DEFAULT_MAX_ITEMS) -> Action:
    """Parse a tagged-text reply (see the module docstring)."""
    if not isinstance(content, str):
        return InvalidAction("the reply is not text")
    if len(content) > MAX_ACTION_CHARS:
        return InvalidAction(f"the reply is longer than {MAX_ACTION_CHARS} characters")
    if "\x00" in content:
        return InvalidAction("the reply contains NUL bytes")
    text = _strip_thinking(content)
    if isinstance(text, InvalidAction):
        return text
    if not text.strip():
        return InvalidAction("the reply has no action after the reasoning")
    spans = _tag_spans(text)
    if isinstance(spans, InvalidAction):
        return spans
    if not spans:
        boxed = _find_boxed(text)
        if boxed is not None:  # a bare final \boxed{...} commits
            cites, _ = _parse_citations(text[boxed[2] : boxed[2] + 400])
            return _diagnosis(boxed[0], cites)
        return InvalidAction("no action tag found: use <request>, <search> or <diagnosis>")
    if len(spans) > 1:
        return InvalidAction("more than one action tag; give exactly one action per turn")
    tag, _, inner, close, end = spans[0]
    body = text[inner:close]
    if tag == "diagnosis":
        return _diagnosis_from(body, text[end:])
    if tag == "search":
        query = " ".join(body.split())
        if not query:
            return InvalidAction("the search query is empty")
        if len(query) > MAX_QUERY_CHARS:
            return InvalidAction(f"the search query is longer than {MAX_QUERY_CHARS} characters")
        return SearchAction(query)
    split = _split_items([body], [0], max_items)
    if isinstance(split, InvalidAction):
        return split
    return RequestAction(split[0], (), split[2])


# --- tool calls --------------------------------------------------------------------------------


def _arguments(call: ToolCall) -> dict[str, Any] | InvalidAction:
    raw = call.function.arguments
    if not isinstance(raw, str) or len(raw) > MAX_ACTION_CHARS:
        return InvalidAction(f"{call.function.name}: arguments must be a JSON object under {MAX_ACTION_CHARS} characters")
    if not raw.strip():
        return {}
    try:
        value = json.loads(raw)
    except (ValueError, RecursionError):
        return InvalidAction(f"{call.function.name}: arguments are not valid JSON")
    if not isinstance(value, dict):
        return InvalidAction(f"{call.function.name}: arguments must be a JSON object")
    return value


def _only_keys(name: str, args: dict[str, Any], allowed: set[str], required: set[str]) -> InvalidAction | None:
    keys = args.keys()
    if keys <= allowed and required <= keys:  # the usual case, without building the error lists
        return None
    extra = sorted(k for k in args if k not in allowed)
    if extra:
        return InvalidAction(f"{name}: unexpected argument(s) {', '.join(repr(k[:40]) for k in extra[:5])}")
    missing = sorted(required - set(args))
    if missing:
        return InvalidAction(f"{name}: missing required argument(s) {', '.join(missing)}")
    return None


def parse_tool_calls(calls: tuple[ToolCall, ...] | list[ToolCall], max_items: int = DEFAULT_MAX_ITEMS) -> Action:
    """Parse a turn's tool calls: several `request_examinations` calls merge; any other call stands alone."""
    names = [c.function.name for c in calls]
    unknown = [n for n in names if n not in (TOOL_REQUEST, TOOL_SEARCH, TOOL_DIAGNOSIS)]
    if unknown:
        return InvalidAction(f"unknown tool {unknown[0][:60]!r}; the tools are {TOOL_REQUEST}, {TOOL_SEARCH}, {TOOL_DIAGNOSIS}")
    if len(calls) > 1 and any(n != TOOL_REQUEST for n in names):
        return InvalidAction(
            f"call {TOOL_SEARCH} or {TOOL_DIAGNOSIS} alone; only {TOOL_REQUEST} calls may be combined in one turn"
        )
    if names[0] == TOOL_REQUEST:
        texts: list[str] = []
        origin: list[int] = []
        for index, call in enumerate(calls):
            args = _arguments(call)
            if isinstance(args, InvalidAction):
                return args
            bad = _only_keys(TOOL_REQUEST, args, {"names"}, {"names"})
            if bad:
                return bad
            value = args["names"]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                return InvalidAction(f"{TOOL_REQUEST}: 'names' must be a list of strings")
            texts.extend(value)
            origin.extend([index] * len(value))
        split = _split_items(texts, origin, max_items)
        if isinstance(split, InvalidAction):
            return split
        return RequestAction(*split)
    args = _arguments(calls[0])
    if isinstance(args, InvalidAction):
        return args
    if names[0] == TOOL_SEARCH:
        bad = _only_keys(TOOL_SEARCH, args, {"query"}, {"query"})
        if bad:
            return bad
        query = args["query"]
        if not isinstance(query, str) or not query.strip():
            return InvalidAction(f"{TOOL_SEARCH}: 'query' must be a non-empty string")
        if "\x00" in query or len(query) > MAX_QUERY_CHARS:
            return InvalidAction(f"{TOOL_SEARCH}: 'query' must be text under {MAX_QUERY_CHARS} characters")
        return SearchAction(" ".join(query.split()))
    bad = _only_keys(TOOL_DIAGNOSIS, args, {"diagnosis", "citations"}, {"diagnosis"})
    if bad:
        return bad
    diagnosis, citations = args["diagnosis"], args.get("citations", [])
    if not isinstance(diagnosis, str) or "\x00" in diagnosis:
        return InvalidAction(f"{TOOL_DIAGNOSIS}: 'diagnosis' must be a string")
    if not isinstance(citations, list) or not all(isinstance(c, str | int) and not isinstance(c, bool) for c in citations):
        return InvalidAction(f"{TOOL_DIAGNOSIS}: 'citations' must be a list of passage ids")
    boxed = _find_boxed(diagnosis)
    return _diagnosis(boxed[0] if boxed else diagnosis, [str(c).strip()[:200] for c in citations])


def parse_action(
    content: str | None, tool_calls: tuple[ToolCall, ...] | list[ToolCall] = (), max_items: int = DEFAULT_MAX_ITEMS
) -> Action:
    """Parse one assistant turn. Tool calls, when present, are the action; else the text is.

    Never raises: every failure is an `InvalidAction` whose reason says what to fix.
    """
    try:
        if tool_calls:
            return parse_tool_calls(tool_calls, max_items)
        return parse_text(content if content is not None else "", max_items)
    except Exception as exc:  # a parser bug must cost the policy a turn, not crash the episode
        return InvalidAction(f"the action could not be read ({type(exc).__name__})")


# --- tool schemas and system prompts -----------------------------------------------------------


def tool_specs(knowledge: bool = True) -> list[ToolSpec]:
    """The OpenAI function tools of the protocol; `search_knowledge` only where a knowledge base is offered."""
    specs = [
        ToolSpec(
            function={
                "name": TOOL_REQUEST,
                "description": "Order examinations (laboratory tests, imaging, physical-examination sections) "
                "for this patient; each name is one test, panel or study.",
                "parameters": {
                    "type": "object",
                    "properties": {
                        "names": {
                            "type": "array",
                            "items": {"type": "string"},
                            "description": "Examination names, e.g. [\"CBC\", \"chest x-ray\"].",
                        }
                    },
                    "required": ["names"],
                    "additionalProperties": False,
                },
            }
        ),
        ToolSpec(
            function={
                "name": TOOL_SEARCH,
                "description": "Search the medical knowledge base; results are numbered passages you may cite.",
                "parameters": {
                    "type": "object",
                    "properties": {"query": {"type": "string", "description": "What to look up."}},
                    "required": ["query"],
                    "additionalProperties": False,
                },
            }
        ),
        ToolSpec(
            function={
                "name": TOOL_DIAGNOSIS,
                "description": "Commit to the final diagnosis; this ends the consultation.",
                "parameters": {
                    "type": "object",
                    "properties": {
                        "diagnosis": {"type": "string", "description": "The single most likely diagnosis."},
                        "citations": {
                            "type": "array",
                            "items": {"type": "string"},
                            "description": "passage_id values of shown passages that support it.",
                            "default": [],
                        },
                    },
                    "required": ["diagnosis"],
                    "additionalProperties": False,
                },
            }
        ),
    ]
    return [t for t in specs if knowledge or t.function["name"] != TOOL_SEARCH]


@cache
def _prompt_file(name: str) -> str:
    return resources.files("dxgym.envs").joinpath("prompts", name).read_text(encoding="utf-8")


@cache
def _prompt_parts() -> dict[str, dict[str, str]]:
    return json.loads(_prompt_file("prompt_parts.json"))


@dataclass(frozen=True, slots=True)
class PromptTerms:
    """The reward terms a system prompt states, as signed amounts (what `RewardConfig.prompt_terms()` gives).

    The protocol states them so prompt and reward agree (issue 13): a policy is told the rules it is
    scored by, and only those (a cost term appears only when it is configured).
    """

    correctness: float
    exam: float
    format: float
    format_cap: float
    no_diagnosis: float
    length: float
    length_threshold: int
    cost: float = 0.0  # reward lost per $1,000 of visits and orders (issue 17)
    citation: float = 0.0


def _amount(value: float) -> str:
    text = f"{abs(value):.4g}"
    return ("−" if value < 0 else "") + text


def _rules(lang: str, mode: str, terms: PromptTerms, knowledge: bool) -> str:
    parts = _prompt_parts()[lang]
    values = {k: (_amount(v) if isinstance(v, float) else f"{v:,}") for k, v in (
        ("correctness", terms.correctness), ("exam", terms.exam), ("format", -terms.format),
        ("format_cap", -terms.format_cap), ("no_diagnosis", -terms.no_diagnosis), ("length", -terms.length),
        ("length_threshold", terms.length_threshold), ("cost", -terms.cost), ("citation", terms.citation))}
    lines = [parts["rules_head"]]
    wanted = [("correctness", terms.correctness), ("exam", terms.exam), (f"format_{mode}", terms.format),
              ("no_diagnosis", terms.no_diagnosis), ("length", terms.length), ("cost", terms.cost),
              ("citation", terms.citation if knowledge else 0.0)]
    for key, amount in wanted:
        if amount:
            text = parts[key]
            for name, value in values.items():
                text = text.replace("{" + name + "}", value)
            lines.append(text)
    return "\n".join(lines)


def default_terms() -> PromptTerms:
    """The terms of the default `RewardConfig` (imported here, lazily: `envs.rewards` imports this module)."""
    from dxgym.envs.rewards import RewardConfig

    return RewardConfig().prompt_terms()


@cache
def system_prompt(language: str = "en", tools: bool = False, knowledge: bool = False,
                  terms: PromptTerms | None = None) -> str:
    """The system prompt in the case's language ("en" or "zh"): the actions the shell offers
    (`<search>` / `search_knowledge` only with a knowledge base) and the reward terms that are on."""
    lang = "zh" if language == "zh" else "en"
    mode = "tools" if tools else "text"
    parts = _prompt_parts()[lang]
    terms = terms or default_terms()
    fills = {
        "{search}": parts[f"search_{mode}"] if knowledge else "",
        "{cite}": parts[f"cite_{mode}"] if knowledge else "",
        "{cite_note}": parts[f"cite_note_{mode}"] if knowledge else "",
        "{rules}": _rules(lang, mode, terms, knowledge),
    }
    text = _prompt_file(f"system_{mode}_{lang}.txt")
    for marker, value in fills.items():
        text = text.replace(marker, value)
    return text.strip()


@cache
def feedback_text(language: str = "en", tools: bool = False, knowledge: bool = False) -> str:
    """The protocol reminder appended to an invalid action's feedback (naming search only where offered)."""
    lang = "zh" if language == "zh" else "en"
    return _prompt_file(f"feedback_{'tools' if tools else 'text'}{'' if knowledge else '_nokb'}_{lang}.txt").strip()
