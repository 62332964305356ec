"""Observation text, in the case's language: the initial summary, results, passages, feedback.

Pure functions over frozen data. The summary is built only from history fields — never from
`diagnoses`, and never from the history key "objective" (AgentClinic's examiner instructions,
which can name the working diagnosis) — so it cannot carry the case's diagnosis unless the
history itself does (a follow-up visit, which episodes skip by default). Absent results are
reported as absent, never as normal.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from dxgym.agents.types import ExamHit, Passage
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.emr_fixtures.timeaxis import format_relative, parse_time

HIDDEN_HISTORY_KEYS = frozenset({"objective"})  # examiner-facing text, not patient history
MAX_ECHO_CHARS = 80  # a request is echoed back only this far
MAX_PASSAGE_CHARS = 1_200
MAX_SERIES = 8  # results of one test shown in a series; beyond it the first 3 and the last 4

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Initial consultation summary",
        "patient": "Patient",
        "admission": "Admission time",
        "chief": "Chief complaint",
        "present": "History of present illness",
        "past": "Past medical history",
        "personal": "Personal history",
        "marital": "Marital and reproductive history",
        "family": "Family history",
        "pe": "Physical examination",
        "results": "Examination results",
        "absent": "not available in this patient's record",
        "reference": "reference",
        "repeat": "(already requested; shown again)",
        "timed": "(times relative to admission)",
        "more": "{n} more",
        "category_order": "names no test: nothing is shown for a whole category. Name the examinations you want "
        "(a panel such as a complete blood count, an analyte, or a study such as a chest x-ray).",
        "dropped": "{n} further item(s) were not processed: at most {cap} items per turn.",
        "invalid": "Your reply could not be read as an action: {reason}.",
        "turns_left": "Turns left: {n}.",
        "search": "Knowledge-base passages for: {query}",
        "no_passages": "No passages matched this query.",
        "no_kb": "No knowledge base is available in this consultation; request examinations or commit to a diagnosis.",
        "search_cap": "The search limit of {cap} has been reached; request examinations or commit to a diagnosis.",
        "sex": "sex",
        "age": "age",
        "occupation": "occupation",
        "refused": "order refused: it would cost ${cost:,.2f} and ${left:,.2f} of the ${budget:,.2f} budget remains. Nothing was done.",
        "cost_notice": "Costs: every turn is a physician visit (${visit:,.2f}) and every examination ordered is charged at its price, including tests this patient's record turns out not to hold. Order what the diagnosis needs.",
        "budget_notice": " The budget for this case is ${budget:,.2f}; an order that would pass it is refused and counts as a wasted request.",
    },
    "zh": {
        "title": "初步问诊摘要",
        "patient": "患者",
        "admission": "入院时间",
        "chief": "主诉",
        "present": "现病史",
        "past": "既往史",
        "personal": "个人史",
        "marital": "婚育史",
        "family": "家族史",
        "pe": "体格检查",
        "results": "检查结果",
        "absent": "该患者病历中无此项检查结果",
        "reference": "参考范围",
        "repeat": "（已申请过，再次显示）",
        "timed": "（时间为相对入院时间）",
        "more": "另 {n} 次",
        "category_order": "未指明具体检查：整类检查不予显示。请写出需要的检查名称（如血常规等检查组合、单项指标，或胸部X线等影像检查）。",
        "dropped": "另有 {n} 项未处理：每轮最多 {cap} 项。",
        "invalid": "无法将你的回复识别为有效动作：{reason}。",
        "turns_left": "剩余轮数：{n}。",
        "search": "知识库检索结果：{query}",
        "no_passages": "没有与该查询匹配的段落。",
        "no_kb": "本次问诊没有可用的知识库；请开具检查或给出诊断。",
        "search_cap": "已达到检索次数上限（{cap} 次）；请开具检查或给出诊断。",
        "sex": "性别",
        "age": "年龄",
        "occupation": "职业",
        "refused": "检查申请被拒绝：费用 ${cost:,.2f}，而 ${budget:,.2f} 的预算仅剩 ${left:,.2f}。未执行任何检查。",
        "cost_notice": "费用：每一轮都是一次医生问诊（${visit:,.2f}），每项开具的检查都按其价格收费，病历中没有的检查同样收费。请只开具诊断所需的检查。",
        "budget_notice": "本病例的预算为 ${budget:,.2f}；超出预算的检查申请将被拒绝，并计为无效申请。",
    },
}


def labels(language: str) -> dict[str, str]:
    return _LABELS["zh" if language == "zh" else "en"]


def humanise(name: str) -> str:
    """Record keys read as words: `Complete_Blood_Count` -> `Complete Blood Count`."""
    return " ".join(name.replace("_", " ").split())


def _echo(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_ECHO_CHARS else text[: MAX_ECHO_CHARS - 1] + "…"


def _patient_line(case: CaseRecord, lab: dict[str, str]) -> str:
    d = case.demographics
    if d.text:
        line = d.text
        if d.occupation and d.occupation not in line:
            line += f"; {lab['occupation']}: {d.occupation}"
        return line
    parts = [f"{lab[k]}: {v}" for k, v in (("sex", d.sex), ("age", d.age), ("occupation", d.occupation)) if v]
    return "; ".join(parts)


def render_summary(case: CaseRecord, reveal_physical_exam: bool = False) -> str:
    """The initial consultation summary: history sections, and the physical examination if revealed."""
    lab = labels(case.language)
    sep = "：" if case.language == "zh" else ": "
    lines = [f"# {lab['title']}"]
    sections: list[tuple[str, str]] = [
        (lab["patient"], _patient_line(case, lab)),
        (lab["admission"], case.index_time or ""),
        (lab["chief"], case.chief_complaint),
        (lab["present"], case.present_illness),
        (lab["past"], case.past_history),
        (lab["personal"], case.personal_history),
        (lab["marital"], case.marital_reproductive_history),
        (lab["family"], case.family_history),
    ]
    sections += [(key, value) for key, value in case.history.items() if key.lower() not in HIDDEN_HISTORY_KEYS]
    lines += [f"{title}{sep}{text.strip()}" for title, text in sections if text and text.strip()]
    if reveal_physical_exam:
        pe = [e for e in case.examinations if e.category == "physical_examination"]
        if pe:
            lines.append(f"\n## {lab['pe']}")
            lines += _group_blocks([(e.group, e.name, e.result, e.value.unit if e.value else None,
                                     e.value.reference_range if e.value else None,
                                     e.value.flag if e.value else None) for e in pe], lab)
    return "\n".join(lines)


def _result_line(name: str, result: str, unit: str | None, ref: str | None, flag: str | None, lab: dict[str, str]) -> str:
    text = result.strip()
    if unit and unit not in text:
        text += f" {unit}"
    if ref and ref not in text:
        text += f" ({lab['reference']} {ref})"
    if flag and flag.lower() != "normal" and f"[{flag}]" not in text:
        text += f" [{flag}]"
    return f"- {humanise(name)}: {text}"


def _group_blocks(rows: Iterable[tuple[str, str, str, str | None, str | None, str | None]], lab: dict[str, str]) -> list[str]:
    lines: list[str] = []
    current: str | None = None
    for group, name, result, unit, ref, flag in rows:
        if group != current:
            lines.append(f"{humanise(group)}:")
            current = group
        lines.append("  " + _result_line(name, result, unit, ref, flag, lab))
    return lines


def render_hits(request: str, hits: Sequence[ExamHit], language: str, repeated: bool = False,
                index_time: str | None = None) -> str:
    """One requested item: its results grouped by group, or the not-available line.

    Timed results (EMR sources) are shown relative to `index_time` (the admission), and repeats of
    one test as a short series in time order.
    """
    lab = labels(language)
    head = f"[{_echo(request)}]" + (f" {lab['repeat']}" if repeated else "")
    if not hits:
        return f"{head} {lab['absent']}"
    if any(h.time for h in hits):
        return _timed_hits(head, hits, language, index_time)
    lines = [head]
    current: str | None = None
    for h in hits:  # as `_group_blocks`, each line from the memo
        group = h.group
        if group != current:
            lines.append(_group_line(group))
            current = group
        lines.append(_hit_line(h.name, h.result, h.unit, h.reference_range, h.flag, language))
    return "\n".join(lines)


def _time_key(hit: ExamHit) -> tuple[int, float]:
    if hit.time is None:
        return (1, 0.0)
    try:
        return (0, parse_time(hit.time)[0].timestamp())
    except ValueError:
        return (1, 0.0)


def _timed_hits(head: str, hits: Sequence[ExamHit], language: str, index_time: str | None) -> str:
    """Hits by group, then by test (first appearance); one line a test, its repeats as a series."""
    lab = labels(language)
    tests: dict[str, dict[str, list[ExamHit]]] = {}
    for h in hits:
        tests.setdefault(h.group, {}).setdefault(h.name, []).append(h)
    lines = [f"{head} {lab['timed']}" if index_time else head]
    for group, by_name in tests.items():
        lines.append(_group_line(group))
        for name, series in by_name.items():
            series = sorted(series, key=_time_key)
            lines.append("  " + _series_line(name, series, language, index_time))
    return "\n".join(lines)


def _value_text(h: ExamHit, lab: dict[str, str]) -> str:
    text = h.result.strip()
    if h.unit and h.unit not in text:
        text += f" {h.unit}"
    if h.flag and h.flag.lower() != "normal" and f"[{h.flag}]" not in text:
        text += f" [{h.flag}]"
    return text


def _series_line(name: str, series: list[ExamHit], language: str, index_time: str | None) -> str:
    lab = labels(language)
    items = [_value_text(h, lab) + (f" ({format_relative(h.time, index_time, language)})" if h.time else "")
             for h in series]
    if len(items) > MAX_SERIES:
        items = [*items[:3], "… " + lab["more"].format(n=len(items) - 7) + " …", *items[-4:]]
    ref = next((h.reference_range for h in reversed(series) if h.reference_range), None)
    tail = f" ({lab['reference']} {ref})" if ref and all(ref not in h.result for h in series) else ""
    return f"- {humanise(name)}: {' → '.join(items)}{tail}"


def render_category_order(request: str, language: str, repeated: bool = False) -> str:
    """A category-wide order ("all labs"): nothing revealed, the policy is asked to name the tests."""
    lab = labels(language)
    head = f"[{_echo(request)}]" + (f" {lab['repeat']}" if repeated else "")
    return f"{head} {lab['category_order']}"


# Why memoised: the same records are shown in every rollout of a case, and a line is a pure function
# of its fields; keys hold the record's own strings (hashed once), so an entry costs about its line.
@lru_cache(maxsize=8192)
def _group_line(group: str) -> str:
    return f"{humanise(group)}:"


@lru_cache(maxsize=8192)
def _hit_line(name: str, result: str, unit: str | None, ref: str | None, flag: str | None, language: str) -> str:
    return "  " + _result_line(name, result, unit, ref, flag, labels(language))


def clear_memo() -> None:
    """Forget memoised lines (the benchmark's cold figures)."""
    _group_line.cache_clear()
    _hit_line.cache_clear()


def render_results(blocks: Sequence[str], language: str, dropped: int = 0, cap: int = 0) -> str:
    return f"## {labels(language)['results']}\n" + "\n\n".join(blocks) + dropped_notice(language, dropped, cap)


def dropped_notice(language: str, dropped: int, cap: int) -> str:
    """What `render_results` appends for items beyond the per-turn cap ("" when none were dropped)."""
    return "\n\n" + labels(language)["dropped"].format(n=dropped, cap=cap) if dropped else ""


_TURNS_LEFT: dict[tuple[str, int], str] = {}  # (language, n) -> notice; n is at most max_turns


def turns_left_notice(language: str, n: int) -> str:
    """`render_notice("turns_left", language, n=n)`, formatted once per (language, n)."""
    text = _TURNS_LEFT.get((language, n))
    if text is None:
        text = render_notice("turns_left", language, n=n)
        if len(_TURNS_LEFT) < 1024:  # bounded: max_turns is configurable
            _TURNS_LEFT[(language, n)] = text
    return text


def render_passages(query: str, numbered: Sequence[tuple[int, Passage]], language: str) -> str:
    lab = labels(language)
    lines = [lab["search"].format(query=_echo(query))]
    if not numbered:
        lines.append(lab["no_passages"])
    for number, p in numbered:
        text = " ".join(p.text.split())
        if len(text) > MAX_PASSAGE_CHARS:
            text = text[: MAX_PASSAGE_CHARS - 1] + "…"
        lines.append(f"[{number}] {p.title} (passage_id: {p.passage_id}; {p.source})\n{text}")
    return "\n\n".join(lines)


def render_invalid(reason: str, language: str, protocol_hint: str, turns_left: int) -> str:
    lab = labels(language)
    return "\n".join([lab["invalid"].format(reason=reason.rstrip(".")), protocol_hint,
                      lab["turns_left"].format(n=turns_left)])


def render_refused(request: str, language: str, cost: float, budget: float, spent: float) -> str:
    """An order refused because it would pass the budget: what it costs and what remains."""
    lab = labels(language)
    return f"[{_echo(request)}] " + lab["refused"].format(cost=cost, budget=budget, left=max(0.0, budget - spent))


def cost_notice(language: str, visit: float, budget: float | None) -> str:
    """The system prompt's statement of prices (and the budget) when the episode is costed."""
    lab = labels(language)
    text = lab["cost_notice"].format(visit=visit)
    return text + (lab["budget_notice"].format(budget=budget) if budget is not None else "")


def render_notice(key: str, language: str, **values: object) -> str:
    return labels(language)[key].format(**values)


def find_passage(observations: Iterable[str], passage_id: str) -> str | None:
    """The block `render_passages` wrote for `passage_id`, found in transcript text.

    Why here: replay shows cited passages exactly as the policy saw them, without the knowledge
    base at hand, and only this module knows the block format (blocks joined by blank lines, each
    headed `[n] title (passage_id: …; source)`).
    """
    marker = f"(passage_id: {passage_id};"
    for text in observations:
        for block in text.split("\n\n"):
            if block.startswith("[") and marker in block.split("\n", 1)[0]:
                return block
    return None
