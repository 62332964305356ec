"""Playing a case at the terminal: the clinician is a `Policy`.

Why a policy: a clinician's play-through must be the same `EpisodeRecord` a model produces, so it
can be replayed, evaluated and exported like any other episode. `play_case` therefore drives the
one episode loop (`envs.episode.run_episode`) with a `ClinicianPolicy`, whose `act` reads plain
commands from a `Terminal` and answers with protocol text (`CBC, chest x-ray` ->
`<request>CBC; chest x-ray</request>`, `dx X` -> `<diagnosis>\\boxed{X}</diagnosis>`): the
transcript is a valid protocol transcript, and case logic, rendering and reward stay in the core.
How the screen looks is the `Terminal`'s business (`envs.play_ui`: rich on a TTY, plain text when
piped).
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Literal, Protocol

from dxgym.agents.types import AssistantTurn, ChatMessage, LookupAgent, Passage, ToolSpec, Verifier
from dxgym.emr_fixtures.errors import DxgymError
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.emr_fixtures.safe_write import append_lines, describe_os_error
from dxgym.envs.consultation import ConsultationConfig
from dxgym.envs.episode import EpisodeAborted, run_episode
from dxgym.envs.protocol import InvalidAction, parse_action
from dxgym.envs.records import EpisodeRecord

POLICY_NAME = "clinician"

CommandKind = Literal["request", "diagnosis", "search", "help", "history", "quit", "empty"]

_WORDS: dict[str, CommandKind] = {
    "help": "help", "?": "help", "h": "help", "帮助": "help",
    "history": "history", "历史": "history",
    "quit": "quit", "exit": "quit", "q": "quit", ":q": "quit", "退出": "quit", "结束": "quit",
}
_TRAILING_CITATIONS = re.compile(r"^(.*?\S)((?:\s*\[[^\[\]]{1,200}\])+)\s*$")  # "dx X [1][3]": cite passages
_DX_PREFIXES = ("dx", "diagnosis", "diagnose", "诊断")
_SEARCH_PREFIXES = ("search", "kb", "检索", "搜索")

HELP: dict[str, str] = {
    "en": """Type examination requests in plain words, several per line:
  CBC, chest x-ray, troponin        (each result shows the matched record, unit, reference range, flag)
  dx <diagnosis>                    commit to a diagnosis (ends the case; also: 诊断 <…>)
  search <query>                    search the knowledge base, when one is available
  history                           what you have asked so far
  help                              this text
  quit                              end without a diagnosis (Ctrl-C and Ctrl-D do the same)
Every line you send uses one turn. The episode record is written whichever way the case ends.""",
    "zh": """用日常用语开具检查，一行可写多项：
  血常规，胸部CT，肌钙蛋白           （每项结果显示匹配的病历项目、单位、参考范围与异常标记）
  诊断 <诊断名称>                    给出诊断并结束本病例（也可用 dx <…>）
  检索 <问题>                        在知识库中检索（如可用；也可用 search <…>）
  历史                               查看已开具的检查（history）
  帮助                               显示本说明（help）
  退出                               不下诊断直接结束（quit；Ctrl-C、Ctrl-D 同效）
每发送一行占用一轮。无论以何种方式结束，都会写入病例记录。""",
}

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "empty_dx": "Name the diagnosis after dx, e.g. `dx community-acquired pneumonia`.",
        "braces": "A diagnosis cannot contain { or }; no turn was used.",
        "empty_search": "Give a query after search, e.g. `search causes of diplopia`.",
        "no_kb": "No knowledge base is available here; request examinations or commit with dx.",
        "unreadable": "That line could not be sent ({reason}); no turn was used. Type help for the commands.",
        "no_history": "Nothing asked yet.",
        "aborted": "Ended without a diagnosis.",
    },
    "zh": {
        "empty_dx": "请在“诊断”后写出诊断名称，例如：诊断 社区获得性肺炎。",
        "braces": "诊断中不能包含 { 或 }，未占用轮次。",
        "empty_search": "请在“检索”后写出检索内容，例如：检索 复视的病因。",
        "no_kb": "此处没有可用的知识库；请开具检查或给出诊断。",
        "unreadable": "该行无法发送（{reason}），未占用轮次。输入“帮助”查看命令。",
        "no_history": "尚未开具任何检查。",
        "aborted": "未下诊断即结束。",
    },
}


def lang_key(language: str) -> str:
    return "zh" if language == "zh" else "en"


# --- commands ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Command:
    """One line the clinician typed, classified; `argument` is what follows a keyword (or the line)."""

    kind: CommandKind
    argument: str = ""


def _after_prefix(line: str, prefixes: Sequence[str]) -> str | None:
    """The text after a keyword and a separator (`dx X`, `dx: X`, `诊断：X`), else None.

    The separator is required in every language: `诊断性穿刺` is an examination, not a diagnosis,
    and committing by accident would end the case."""
    lowered = line.casefold()
    for prefix in prefixes:
        if not lowered.startswith(prefix):
            continue
        rest = line[len(prefix) :]
        if rest and not (rest[0].isspace() or rest[0] in ":：="):
            continue  # "dxa..." / "searching" are not the keyword
        return rest.lstrip(" \t:：=").strip()
    return None


def parse_command(line: str) -> Command:
    """Classify a typed line. Anything that is not a keyword command is an examination request."""
    text = " ".join(line.replace("\x00", " ").split())
    if not text:
        return Command("empty")
    word = _WORDS.get(text.casefold())
    if word is not None:
        return Command(word)
    dx = _after_prefix(text, _DX_PREFIXES)
    if dx is not None:
        return Command("diagnosis", dx)
    query = _after_prefix(text, _SEARCH_PREFIXES)
    if query is not None:
        return Command("search", query)
    return Command("request", text)


def action_text(command: Command) -> str:
    """The protocol text a command becomes: the clinician speaks the same protocol as a model."""
    if command.kind == "diagnosis":
        found = _TRAILING_CITATIONS.match(command.argument)
        diagnosis, cites = (found.group(1), " " + found.group(2).strip()) if found else (command.argument, "")
        return f"<diagnosis>\\boxed{{{diagnosis}}}{cites}</diagnosis>"
    if command.kind == "search":
        return f"<search>{command.argument}</search>"
    if command.kind == "request":
        from dxgym.agents.lookup import split_requests  # the lookup agent owns how requests divide

        items = [" ".join(i.split()) for i in split_requests(command.argument)]
        return f"<request>{'; '.join(i for i in items if i)}</request>"
    raise ValueError(f"{command.kind!r} is handled at the terminal, not sent to the consultation")


# --- the terminal ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    turn: int
    typed: str
    action: str


@dataclass(frozen=True, slots=True)
class PlayResult:
    """What the end screen shows; everything but `path` and `write_error` comes from the record and case."""

    record: EpisodeRecord
    case: CaseRecord
    unrequested: tuple[str, ...]  # groups the record holds that were never obtained, record order
    path: Path
    write_error: str | None = None


class Terminal(Protocol):
    """Where the clinician reads and types. `read_line` returns None at end of input and raises
    `KeyboardInterrupt` on Ctrl-C."""

    def show_summary(self, text: str, case: CaseRecord) -> None: ...
    def show_observation(self, text: str) -> None: ...
    def show_notice(self, text: str) -> None: ...
    def show_help(self, text: str) -> None: ...
    def show_history(self, entries: Sequence[HistoryEntry], language: str) -> None: ...
    def read_line(self, turn: int) -> str | None: ...
    def show_end(self, result: PlayResult) -> None: ...


# --- the knowledge base, loaded only when the clinician searches -------------------------------


class LazyKnowledge:
    """The shipped knowledge base, imported and loaded on first `search` (seconds, and optional:
    `agents.knowledge` may be missing or fail to load — then search is simply unavailable)."""

    def __init__(self, loader: Callable[[], object] | None = None) -> None:
        self._loader = loader
        self._kb: object | None = None
        self._tried = False

    def available(self) -> bool:
        if not self._tried:
            self._tried = True
            try:
                if self._loader is None:
                    from dxgym.agents.knowledge import load_default_kb

                    self._loader = load_default_kb
                self._kb = self._loader()
            except Exception:  # an optional feature: any failure means "not available"
                self._kb = None
        return self._kb is not None and hasattr(self._kb, "search")

    @property
    def languages(self) -> frozenset[str] | None:
        """The loaded knowledge base's languages (None until loaded: the consultation filters by language)."""
        return getattr(self._kb, "languages", None) if self.available() else frozenset()

    def search(self, query: str, k: int = 5, language: str | None = None) -> list[Passage]:
        if not self.available():
            return []
        return self._kb.search(query, k=k, language=language)  # type: ignore[union-attr]


# --- Ctrl-C ------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Interrupts:
    """SIGINT raises only while waiting for the clinician; elsewhere (a lookup, scoring) it is
    remembered and ends the episode at the next prompt, so the record is always written."""

    reading: bool = False
    pending: bool = False

    def handler(self, signum: int, frame: FrameType | None) -> None:
        if self.reading:
            raise KeyboardInterrupt
        self.pending = True


@contextmanager
def _sigint(interrupts: _Interrupts) -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, interrupts.handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


# --- the policy --------------------------------------------------------------------------------


@dataclass
class ClinicianPolicy:
    """A human at the terminal, as a `Policy`: shows what the consultation said, reads commands until
    one is an action, and returns it as protocol text. Help, history and unreadable lines cost no turn."""

    terminal: Terminal
    case: CaseRecord
    knowledge: LazyKnowledge | None = None
    name: str = POLICY_NAME
    history: list[HistoryEntry] = field(default_factory=list)
    _seen: int = 0
    _interrupts: _Interrupts = field(default_factory=_Interrupts)

    async def act(self, messages: list[ChatMessage], tools: list[ToolSpec] | None) -> AssistantTurn:
        self._show_new(messages)
        lang = lang_key(self.case.language)
        text = MESSAGES[lang]
        turn = 1 + sum(1 for m in messages if m.role == "assistant")
        while True:
            if self._interrupts.pending:
                raise EpisodeAborted("interrupted")
            typed = self._read(turn)
            if typed is None:  # bytes that are not UTF-8: say so, cost no turn, read on
                self.terminal.show_notice(text["unreadable"].format(reason="not UTF-8 text"))
                continue
            command = parse_command(typed)
            if command.kind == "empty":
                continue
            if command.kind == "quit":
                raise EpisodeAborted("quit")
            if command.kind == "help":
                self.terminal.show_help(HELP[lang])
                continue
            if command.kind == "history":
                self.terminal.show_history(self.history, lang)
                continue
            if command.kind == "diagnosis" and not command.argument:
                self.terminal.show_notice(text["empty_dx"])
                continue
            if command.kind == "diagnosis" and ("{" in command.argument or "}" in command.argument):
                self.terminal.show_notice(text["braces"])
                continue
            if command.kind == "search":
                if not command.argument:
                    self.terminal.show_notice(text["empty_search"])
                    continue
                if self.knowledge is None or not self.knowledge.available():
                    self.terminal.show_notice(text["no_kb"])
                    continue
            content = action_text(command)
            action = parse_action(content)  # the consultation's own parser: refuse here, not a turn later
            if isinstance(action, InvalidAction):
                self.terminal.show_notice(text["unreadable"].format(reason=action.reason))
                continue
            self.history.append(HistoryEntry(turn, " ".join(typed.split()), content))
            return AssistantTurn(content=content)

    def _read(self, turn: int) -> str | None:
        """The next typed line; None for one that is not UTF-8 text."""
        self._interrupts.reading = True
        try:
            line = self.terminal.read_line(turn)
        except UnicodeDecodeError:
            return None
        except (KeyboardInterrupt, EOFError):
            raise EpisodeAborted("interrupted") from None
        finally:
            self._interrupts.reading = False
        if line is None:
            raise EpisodeAborted("end of input")
        return line

    def _show_new(self, messages: list[ChatMessage]) -> None:
        """Show what the consultation said since the last turn: the summary first, then observations."""
        for index in range(self._seen, len(messages)):
            message = messages[index]
            if message.role not in ("user", "tool") or message.content is None:
                continue
            if index == 1 and self._seen == 0:
                self.terminal.show_summary(message.content, self.case)
            else:
                self.terminal.show_observation(message.content)
        self._seen = len(messages)


# --- the session -------------------------------------------------------------------------------


def default_out_path() -> Path:
    """`$XDG_DATA_HOME/dxgym/play/episodes.jsonl`, next to the embedded EMR (one place for a user's data)."""
    from dxgym.emr_fixtures.db import data_dir

    return data_dir() / "play" / "episodes.jsonl"


def next_rollout_index(path: Path, case_id: str, seed: int, policy: str = POLICY_NAME) -> int:
    """How many plays of this case with this seed the file already holds: replays of one case get
    distinct `episode_id`s (ids are derived from case, seed, policy and rollout index)."""
    if not path.exists():
        return 0
    count = 0
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            try:
                data = json.loads(line)
            except ValueError:
                continue
            if isinstance(data, dict) and (data.get("case_id"), data.get("seed"), data.get("policy")) == (
                case_id, seed, policy
            ):
                count += 1
    return count


def unrequested_groups(case: CaseRecord, record: EpisodeRecord, config: ConsultationConfig) -> tuple[str, ...]:
    """Groups the record holds that the clinician never obtained (the revealed physical examination aside)."""
    obtained = set(record.outcome.obtained_groups) | set(record.outcome.obtained_sections)
    revealed = (
        {e.group for e in case.examinations if e.category == "physical_examination"}
        if config.reveal_physical_exam
        else set()
    )
    return tuple(g for g in case.groups if g not in obtained and g not in revealed)


def play_case(
    case: CaseRecord,
    terminal: Terminal,
    *,
    lookup: LookupAgent,
    verifier: Verifier,
    config: ConsultationConfig | None = None,
    seed: int = 0,
    out: Path | None = None,
    knowledge: LazyKnowledge | None = None,
) -> PlayResult:
    """Play one case to its end through `run_episode`, append the record to `out`, show the end screen."""
    config = config or ConsultationConfig()
    path = out or default_out_path()
    policy = ClinicianPolicy(terminal, case, knowledge)
    rollout = next_rollout_index(path, case.case_id, seed)
    loop = asyncio.new_event_loop()  # not asyncio.run: its SIGINT handler would swallow Ctrl-C at the prompt
    try:
        with _sigint(policy._interrupts):
            record = loop.run_until_complete(
                run_episode(case, policy, lookup=lookup, verifier=verifier, config=config, seed=seed,
                            rollout_index=rollout, knowledge=knowledge)
            )
    finally:
        loop.close()
    error = None
    try:  # under the file's lock, never glued onto a cut-off last line (`safe_write`)
        append_lines(path, [record.to_json_line()], torn="refuse")
    except (OSError, DxgymError) as exc:
        error = describe_os_error(exc) if isinstance(exc, OSError) else str(exc)
    result = PlayResult(record, case, unrequested_groups(case, record, config), path, error)
    terminal.show_end(result)
    return result


def pick_case(cases: Sequence[CaseRecord], seed: int) -> CaseRecord:
    """A case chosen by seed: the same seed over the same cases gives the same case."""
    import random

    return random.Random(seed).choice(list(cases))


def random_seed() -> int:
    return int.from_bytes(os.urandom(4), "big") & 0x7FFFFFFF
