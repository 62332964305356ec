"""Reading a recorded episode turn by turn (`dxgym replay`).

Works from the `EpisodeRecord` alone — play, evaluation and training write the same shape — so a
record can be read years later without the case database or the knowledge base. Observations are
printed from the record's messages unchanged (the plain form is byte-exact, for logs and diffs);
the parsed action is re-derived with the protocol's own parser, and matched tiers, unavailable
items and citations come from the record's `turns`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

from dxgym.agents.thinking import split_thinking
from dxgym.agents.types import ToolCall
from dxgym.emr_fixtures.errors import DxgymError
from dxgym.emr_fixtures.safe_text import show_controls, text
from dxgym.envs.protocol import (
    Action,
    DiagnosisAction,
    InvalidAction,
    RequestAction,
    SearchAction,
    parse_action,
)
from dxgym.envs.records import EpisodeRecord, TurnRecord
from dxgym.envs.render import find_passage


class ReplayError(DxgymError):
    """A file, line or selection replay cannot use; the CLI prints it as one line."""


# --- loading and choosing ----------------------------------------------------------------------


def load_records(path: Path) -> list[EpisodeRecord]:
    """Every record of a JSONL file; the first unreadable line is an error naming its line number."""
    if not path.exists():
        raise ReplayError(f"{path}: no such file")
    if path.is_dir():
        raise ReplayError(f"{path}: is a directory, not an episodes JSONL file")
    records: list[EpisodeRecord] = []
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    records.append(EpisodeRecord.model_validate_json(line))
                except ValidationError as exc:
                    first = exc.errors()[0]
                    where = ".".join(str(p) for p in first.get("loc", ())) or "line"
                    raise ReplayError(f"{path}: line {number} is not an episode record ({where}: {first['msg']})") from None
    except UnicodeDecodeError as exc:
        raise ReplayError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise ReplayError(f"{path}: {exc.strerror or exc}") from None
    if not records:
        raise ReplayError(f"{path}: holds no episodes")
    return records


def select_episode(path: Path, *, episode: str | None = None, case_id: str | None = None) -> tuple[EpisodeRecord, str | None]:
    """(the record asked for, a note for stderr when the choice was ambiguous)."""
    records = load_records(path)
    if episode is not None:
        key = episode.strip()
        if key.isdigit() and len(key) < 10:
            n = int(key)
            if not 1 <= n <= len(records):
                raise ReplayError(f"{path}: no episode {n} (the file holds {len(records)}; --episode counts from 1)")
            return records[n - 1], None
        found = [r for r in records if r.episode_id == key] or [r for r in records if r.episode_id.startswith(key)]
        if len(found) != 1:
            raise ReplayError(f"{path}: {'no' if not found else 'more than one'} episode with id {key!r}")
        return found[0], None
    if case_id is not None:
        found = [r for r in records if r.case_id == case_id]
        if not found:
            raise ReplayError(f"{path}: no episode of case {case_id!r}")
        note = f"{len(found)} episodes of {case_id}; showing the first (choose with --episode)" if len(found) > 1 else None
        return found[0], note
    note = f"{len(records)} episodes in {path}; showing the first (choose with --episode N or --case ID)"
    return records[0], note if len(records) > 1 else None


# --- turns -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReplayTurn:
    """One assistant turn and what the environment answered, paired with the record's turn entry."""

    number: int
    message: dict[str, Any]
    observations: tuple[str, ...]  # the user / tool messages that answered it, verbatim
    record: TurnRecord | None
    action: Action


def _parsed(message: dict[str, Any]) -> Action:
    calls = [ToolCall.model_validate(c) for c in message.get("tool_calls") or ()]
    return parse_action(message.get("content"), calls)


def split_turns(record: EpisodeRecord) -> tuple[list[dict[str, Any]], list[ReplayTurn]]:
    """(messages before the first assistant turn, the turns). A turn is an assistant message and the
    observation messages after it; a turn that ended the episode has none."""
    messages = record.messages
    first = next((i for i, m in enumerate(messages) if m.get("role") == "assistant"), len(messages))
    turns: list[ReplayTurn] = []
    i = first
    while i < len(messages):
        message = messages[i]
        j = i + 1
        while j < len(messages) and messages[j].get("role") != "assistant":
            j += 1
        observations = tuple(m.get("content") or "" for m in messages[i + 1 : j])
        n = len(turns)
        turns.append(ReplayTurn(n + 1, message, observations, record.turns[n] if n < len(record.turns) else None,
                                _parsed(message)))
        i = j
    return messages[:first], turns


def fold_thinking(content: str, show: bool) -> str:
    """Reasoning folded to one line unless asked for (read by `agents.thinking`, as every shell reads it)."""
    parts = split_thinking(content)
    if show or parts.reasoning is None:
        return content
    folded = f"<think>[{len(parts.reasoning)} characters of reasoning folded; --show-thinking shows them]"
    return parts.before + folded + ("</think>" + parts.after if parts.closed else "")


def policy_text(message: dict[str, Any], show_thinking: bool) -> str:
    text = fold_thinking(message.get("content") or "", show_thinking)
    for call in message.get("tool_calls") or ():
        fn = call.get("function", {})
        text += ("\n" if text else "") + f"tool call {fn.get('name')}({fn.get('arguments')})"
    return text


def describe_action(turn: ReplayTurn) -> str:
    """The parsed action in one line."""
    action = turn.action
    if isinstance(action, RequestAction):
        return "request: " + " | ".join(action.items) + (f" (+{action.dropped} dropped)" if action.dropped else "")
    if isinstance(action, SearchAction):
        return f"search: {action.query}"
    if isinstance(action, DiagnosisAction):
        cites = turn.record.citations if turn.record else list(action.citations)
        return f"diagnosis: {action.diagnosis}" + (f" (cites {', '.join(cites)})" if cites else "")
    assert isinstance(action, InvalidAction)
    reason = turn.record.invalid_reason if turn.record and turn.record.invalid_reason else action.reason
    return f"invalid: {reason}"


def tier_lines(turn: ReplayTurn) -> list[str]:
    """Per requested item: the tiers that matched and the groups they found, or not available."""
    if turn.record is None or turn.record.action_type != "request":
        return []
    by_request: dict[str, list[tuple[str, str, str]]] = {}
    for hit in turn.record.hits:
        by_request.setdefault(hit.request, []).append((hit.tier, hit.group, hit.name))
    lines: list[str] = []
    for item in turn.record.requests:
        hits = by_request.get(item)
        if not hits:
            lines.append(f"{item} -> not available" if item in turn.record.not_available else f"{item} -> (no hits)")
            continue
        tiers = ", ".join(dict.fromkeys(t for t, _, _ in hits))
        groups = ", ".join(f"{g} ({sum(1 for _, gg, _ in hits if gg == g)})" for g in dict.fromkeys(g for _, g, _ in hits))
        lines.append(f"{item} -> {tiers}: {groups}")
    return lines


def cited_passages(record: EpisodeRecord, turn: ReplayTurn, earlier: Sequence[str]) -> list[tuple[str, str | None]]:
    """(passage id, the passage block as the policy saw it, or None if never shown) per citation."""
    cites = turn.record.citations if turn.record else []
    return [(pid, find_passage(earlier, pid)) for pid in cites]


def reward_lines(record: EpisodeRecord) -> list[str]:
    out = record.outcome
    verdict = record.verdict
    lines = [f"diagnosis: {out.diagnosis if out.diagnosis is not None else '(none)'}",
             f"stop_reason: {record.stop_reason}" + (f" ({record.error})" if record.error else "")]
    if verdict is not None:
        word = "correct" if verdict.correct else "incorrect"
        lines.append(f"verdict: {word} (score {verdict.score:g}; {verdict.verifier}: {verdict.reason})"
                     + (f" [fallback: {verdict.fallback}]" if verdict.fallback else ""))
    else:
        lines.append("verdict: (not scored)")
    lines.append(f"reward: {record.reward:+.3f}" if record.reward is not None else "reward: (not scored)")
    lines += [f"  {name}: {value:+.3f}" for name, value in record.reward_components.items()]
    obtained, relevant = set(out.obtained_groups), out.relevant_groups
    lines.append(f"examinations: {len(obtained & set(relevant))}/{len(relevant)} relevant auxiliary groups revealed, "
                 f"{out.distinct_requests} distinct requests")
    missed = [g for g in relevant if g not in obtained]
    if missed:
        lines.append("  relevant, never obtained: " + ", ".join(missed))
    if out.relevant_sections:
        seen = set(out.obtained_sections)
        lines.append(f"physical examination: {len(seen & set(out.relevant_sections))}/{len(out.relevant_sections)} "
                     "sections revealed (not scored in the exam term)")
    usage = record.usage
    lines.append(f"tokens: {usage.prompt_tokens} prompt, {usage.completion_tokens} completion"
                 + (" (estimated)" if usage.estimated else ""))
    return lines


def header_line(record: EpisodeRecord) -> str:
    return (f"episode {record.episode_id} · case {record.case_id} · policy {record.policy} · seed {record.seed}"
            f" · rollout {record.rollout_index} · {len(record.turns)} turns · {record.stop_reason}")


# --- plain -------------------------------------------------------------------------------------


def print_plain(record: EpisodeRecord, out: TextIO, *, show_thinking: bool = False) -> None:
    """The whole episode as plain text. Every observation (and the summary) is written exactly as
    the record holds it, between `observation:` and the next `---`/`===` line — except control
    characters other than tab and newline, which are shown as escapes (`\\x1b`): a record must
    not drive the terminal."""

    def w(chunk: str) -> None:
        out.write(show_controls(chunk))

    preamble, turns = split_turns(record)
    w(f"=== {header_line(record)}\n")
    for message in preamble:
        content = message.get("content") or ""
        if message.get("role") == "system":
            w(f"--- system prompt: {len(content)} characters (not shown)\n")
        else:
            w(f"--- {message.get('role')}\n{content}\n")
    seen: list[str] = []
    for turn in turns:
        w(f"--- turn {turn.number}\n")
        w(f"policy:\n{policy_text(turn.message, show_thinking)}\n")
        w(f"action: {describe_action(turn)}\n")
        for line in tier_lines(turn):
            w(f"  tier: {line}\n")
        for pid, block in cited_passages(record, turn, seen):
            w(f"  cited {pid}:\n" + (block if block is not None else "(never shown in this episode)") + "\n")
        for observation in turn.observations:
            w(f"observation:\n{observation}\n")
        if not turn.observations:
            w("observation: (none: the episode ended on this turn)\n")
        seen.extend(turn.observations)
    w("=== reward\n")
    for line in reward_lines(record):
        w(line + "\n")
    out.flush()


# --- rich --------------------------------------------------------------------------------------


def print_rich(record: EpisodeRecord, *, show_thinking: bool = False, console: Any = None,
               ask: Callable[[str], str] = input) -> None:
    """Turn by turn on a terminal, Enter for the next turn, q to skip to the reward."""
    from rich.console import Console, Group
    from rich.panel import Panel

    from dxgym.envs.play_ui import style_observation, style_summary

    console = console or Console(highlight=False, emoji=False)
    preamble, turns = split_turns(record)
    console.rule(text(header_line(record)))
    for message in preamble:
        if message.get("role") != "system":
            title, body = style_summary(message.get("content") or "")
            console.print(Panel(body, title=text(title or str(message.get("role"))), border_style="cyan"))
    seen: list[str] = []
    paging = True
    for turn in turns:
        if paging:
            try:
                answer = ask(f"[turn {turn.number}/{len(turns)}: Enter, q to skip to the reward] ")
            except (EOFError, KeyboardInterrupt):
                console.print()
                return
            if answer.strip().lower() in ("q", "quit"):
                paging = False
        if not paging:
            break
        parts: list[Any] = [text(policy_text(turn.message, show_thinking), style="italic"),
                            text(describe_action(turn), style="bold")]
        parts += [text(f"  {line}", style="cyan") for line in tier_lines(turn)]
        for pid, block in cited_passages(record, turn, seen):
            parts.append(text(f"cited {pid}: " + (block or "(never shown in this episode)"), style="magenta"))
        parts += [style_observation(observation) for observation in turn.observations]
        console.print(Panel(Group(*parts), title=f"turn {turn.number} · {turn.action.kind}"))
        seen.extend(turn.observations)
    console.print(Panel(text("\n".join(reward_lines(record))), title="reward", border_style="green"))

