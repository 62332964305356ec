"""The two faces of `dxgym play`: rich panels on a terminal, plain text when piped.

Both show the environment's own text (`envs.render` wrote it) — the rich face only styles it
(record names bold, abnormal flags red, absent results yellow), it never re-renders results, so
what a clinician reads is exactly what a policy reads. The plain face prints that text unchanged,
with no ANSI codes, so piped sessions can be scripted, logged and diffed.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from typing import TextIO

from rich.console import Console, Group
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from dxgym.emr_fixtures.models import CaseRecord
from dxgym.emr_fixtures.safe_text import show_controls
from dxgym.emr_fixtures.safe_text import text as as_text
from dxgym.envs.play import HistoryEntry, PlayResult, lang_key
from dxgym.envs.render import humanise, labels

_HEAD = re.compile(r"^\[[^\n]*?\](?= |$)", re.MULTILINE)  # "[CBC]" at the start of an item block
_RESULT_NAME = re.compile(r"^  - [^:\n]+:", re.MULTILINE)
_FLAG = re.compile(r" \[[^\[\]\n]{1,24}\]$", re.MULTILINE)  # render's trailing abnormal flag
_FLAGGED_LINE = re.compile(r"^  - [^\n]* \[[^\[\]\n]{1,24}\]$", re.MULTILINE)
_REFERENCE = re.compile(r"\((?:reference|参考范围) [^)\n]*\)")
_SECTION = re.compile(r"^#+ [^\n]*$", re.MULTILINE)
_LABEL = re.compile(r"^[^\n:：]{1,40}[:：]", re.MULTILINE)
_CITATION = re.compile(r"^\[\d+\] [^\n]*$", re.MULTILINE)

END_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Case closed", "your_dx": "Your diagnosis", "none": "(none)", "reference": "Reference diagnosis",
        "verdict": "Verdict", "correct": "correct", "incorrect": "incorrect", "not_scored": "not scored",
        "stop": "Ended by", "reward": "Reward", "component": "component", "value": "value", "total": "total",
        "unrequested": "In the record, never requested", "relevant": "* part of the work-up",
        "nothing": "(nothing: every examination was requested)", "written": "Episode record written to",
        "not_written": "Could not write the episode record to", "turns": "Turns", "episode": "episode",
        "history": "Asked so far", "cost": "Cost",
    },
    "zh": {
        "title": "病例结束", "your_dx": "你的诊断", "none": "（无）", "reference": "参考诊断",
        "verdict": "判定", "correct": "正确", "incorrect": "不正确", "not_scored": "未评分",
        "stop": "结束方式", "reward": "奖励", "component": "分项", "value": "数值", "total": "合计",
        "unrequested": "病历中有但未开具的检查", "relevant": "* 属于应做检查",
        "nothing": "（无：所有检查均已开具）", "written": "病例记录已写入",
        "not_written": "无法写入病例记录", "turns": "轮数", "episode": "记录",
        "history": "已开具", "cost": "费用",
    },
}


def style_observation(text: str) -> Text:
    """The environment's observation text, styled for reading; the characters are unchanged (control
    characters, which a record may hold, are shown as escapes)."""
    styled = Text(show_controls(text))
    styled.highlight_regex(_SECTION, "bold underline")
    styled.highlight_regex(_HEAD, "bold cyan")
    styled.highlight_regex(_RESULT_NAME, "bold")
    styled.highlight_regex(_REFERENCE, "dim")
    styled.highlight_regex(_FLAGGED_LINE, "red")
    styled.highlight_regex(_FLAG, "bold white on red")
    styled.highlight_regex(_CITATION, "bold magenta")
    for phrase in (labels("en")["absent"], labels("zh")["absent"]):
        styled.highlight_words([phrase], "bold yellow")
    return styled


def style_summary(text: str) -> tuple[str, Text]:
    """(panel title, body) for an initial consultation summary: the '# title' line becomes the title."""
    first, _, rest = text.partition("\n")
    title = first[2:] if first.startswith("# ") else ""
    body = Text(show_controls(rest if title else text))
    body.highlight_regex(_LABEL, "bold")
    body.highlight_regex(_SECTION, "bold underline")
    return show_controls(title), body


def _verdict_word(result: PlayResult, lab: dict[str, str]) -> str:
    verdict = result.record.verdict
    if verdict is None:
        return lab["not_scored"]
    word = lab["correct"] if verdict.correct else lab["incorrect"]
    return f"{word} (score {verdict.score:g}; {verdict.verifier}: {verdict.reason})"


def _reference(case: CaseRecord) -> str:
    primary = case.primary_diagnosis
    return primary.name + (f" [ICD-10 {primary.icd10}]" if primary.icd10 else "")


def end_lines(result: PlayResult) -> list[str]:
    """The end screen as plain lines (the plain face prints them; tests read them)."""
    lab = END_LABELS[lang_key(result.case.language)]
    record = result.record
    relevant = set(record.outcome.relevant_groups) | set(record.outcome.relevant_sections)
    lines = [
        f"== {lab['title']}: {record.case_id} ==",
        f"{lab['your_dx']}: {record.outcome.diagnosis or lab['none']}",
        f"{lab['reference']}: {_reference(result.case)}",
        f"{lab['verdict']}: {_verdict_word(result, lab)}",
        f"{lab['stop']}: {record.stop_reason}; {lab['turns']}: {record.outcome.turns}",
        f"{lab['cost']}: ${record.cost_usd:,.2f}",
        f"{lab['reward']}: {record.reward if record.reward is not None else 0.0:+.3f}",
    ]
    lines += [f"  {name}: {value:+.3f}" for name, value in record.reward_components.items()]
    lines.append(f"{lab['unrequested']}:")
    if result.unrequested:
        lines += [f"  {'*' if g in relevant else ' '} {humanise(g)}" for g in result.unrequested]
        if relevant & set(result.unrequested):
            lines.append(f"  ({lab['relevant']})")
    else:
        lines.append(f"  {lab['nothing']}")
    if result.write_error:
        lines.append(f"{lab['not_written']} {result.path}: {result.write_error}")
    else:
        lines.append(f"{lab['written']}: {result.path} ({lab['episode']} {record.episode_id})")
    return lines


class PlainTerminal:
    """Piped use: one command per line in, the environment's text out, no ANSI, no panels."""

    def __init__(self, stdin: TextIO | None = None, stdout: TextIO | None = None) -> None:
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout
        self.language = "en"

    def _write(self, text: str) -> None:
        self.stdout.write(show_controls(text) + "\n")  # a record's ANSI codes never reach the terminal
        self.stdout.flush()

    def show_summary(self, text: str, case: CaseRecord) -> None:
        self.language = case.language
        self._write(f"case {case.case_id} ({case.language}, {case.split})")
        self._write(text)

    def show_observation(self, text: str) -> None:
        self._write(text)

    def show_notice(self, text: str) -> None:
        self._write(f"! {text}")

    def show_help(self, text: str) -> None:
        self._write(text)

    def show_history(self, entries: Sequence[HistoryEntry], language: str) -> None:
        if not entries:
            from dxgym.envs.play import MESSAGES

            self._write(MESSAGES[language]["no_history"])
        for e in entries:
            self._write(f"{e.turn}. {e.typed}  ->  {e.action}")

    def read_line(self, turn: int) -> str | None:
        """The next line, or None at end of input; a line that is not UTF-8 raises UnicodeDecodeError
        (the policy says so and reads on: one bad byte never ends, or crashes, a piped session)."""
        stream = getattr(self.stdin, "buffer", None)
        raw = stream.readline() if stream is not None else self.stdin.readline()
        if not raw:
            return None
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                self._write(f"> {raw.decode('utf-8', errors='backslashreplace').rstrip(chr(13) + chr(10))}")
                raise
        else:
            line = raw
        line = line.rstrip("\r\n")
        self._write(f"> {line}")  # echo, so a log reads as a transcript
        return line

    def show_end(self, result: PlayResult) -> None:
        self._write("")
        for line in end_lines(result):
            self._write(line)


class RichTerminal:
    """A clinician at a real terminal: the summary in a panel, styled results, a readline prompt."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(highlight=False)
        self.language = "en"
        try:  # line editing and history at the prompt, where the platform has it
            import readline  # noqa: F401
        except ImportError:
            pass

    def show_summary(self, text: str, case: CaseRecord) -> None:
        self.language = case.language
        title, body = style_summary(text)
        hint = "输入“帮助”查看命令" if case.language == "zh" else "type help for commands"
        self.console.print(Panel(body, title=as_text(f"{title} · {case.case_id}"), subtitle=hint, border_style="cyan"))

    def show_observation(self, text: str) -> None:
        self.console.print(style_observation(text))

    def show_notice(self, text: str) -> None:
        self.console.print(Text(show_controls(text), style="yellow"))

    def show_help(self, text: str) -> None:
        self.console.print(Panel(Text(show_controls(text)), border_style="dim"))

    def show_history(self, entries: Sequence[HistoryEntry], language: str) -> None:
        from dxgym.envs.play import MESSAGES

        if not entries:
            self.console.print(MESSAGES[language]["no_history"])
            return
        table = Table(title=END_LABELS[language]["history"], show_edge=False)
        for col in ("#", "typed", "action"):
            table.add_column(col, overflow="fold")
        for e in entries:
            table.add_row(str(e.turn), as_text(e.typed), as_text(e.action))  # Text: typed brackets are not markup
        self.console.print(table)

    def read_line(self, turn: int) -> str | None:
        try:
            return input(f"[{turn}]> ")  # a plain prompt: readline miscounts ANSI codes in prompts
        except EOFError:
            self.console.print()
            return None
        except KeyboardInterrupt:
            self.console.print()
            raise

    def show_end(self, result: PlayResult) -> None:
        lab = END_LABELS[lang_key(result.case.language)]
        record = result.record
        verdict = record.verdict
        colour = "green" if verdict is not None and verdict.correct else "red"
        head = Table.grid(padding=(0, 2))
        head.add_row(Text(lab["your_dx"], style="bold"), as_text(record.outcome.diagnosis or lab["none"]))
        head.add_row(Text(lab["reference"], style="bold"), as_text(_reference(result.case)))
        head.add_row(Text(lab["verdict"], style="bold"), as_text(_verdict_word(result, lab), style=f"bold {colour}"))
        head.add_row(Text(lab["stop"], style="bold"), Text(f"{record.stop_reason}; {lab['turns']}: {record.outcome.turns}"))
        head.add_row(Text(lab["cost"], style="bold"), Text(f"${record.cost_usd:,.2f}"))
        reward = Table(show_edge=False)
        reward.add_column(lab["component"])
        reward.add_column(lab["value"], justify="right")
        for name, value in record.reward_components.items():
            reward.add_row(name, f"{value:+.3f}", style="dim" if value == 0 else "")
        reward.add_row(Text(lab["total"], style="bold"), Text(f"{record.reward or 0.0:+.3f}", style="bold"))
        relevant = set(record.outcome.relevant_groups) | set(record.outcome.relevant_sections)
        missed = Text()
        for g in result.unrequested:
            missed.append(show_controls(f"{'*' if g in relevant else ' '} {humanise(g)}") + "\n",
                          style="yellow" if g in relevant else "")
        if result.unrequested:
            missed.append(f"({lab['relevant']})", style="dim")
        else:
            missed.append(lab["nothing"])
        if result.write_error:
            where = as_text(f"{lab['not_written']} {result.path}: {result.write_error}", style="bold red")
        else:
            where = as_text(f"{lab['written']}: {result.path}\n({lab['episode']} {record.episode_id})", style="dim")
        self.console.print(Panel(
            Group(head, Rule(style="dim"), reward, Rule(lab["unrequested"], style="dim"), missed, Rule(style="dim"),
                  where),
            title=as_text(f"{lab['title']} · {record.case_id}"), border_style=colour,
        ))
