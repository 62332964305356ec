"""A MedReMCQ-style benchmark (WiNGPT-3.0 report, appendix A) built from EMR cases.

Two tasks, six options A–F, in the case's language:

- `exam_selection` (auxiliary-examination selection): the patient's history and physical
  examination; options are auxiliary examinations (labs, imaging, pathology — not the physical
  examination, which the prompt already shows). Correct options are the record's relevant
  auxiliary groups (at most `max_correct`, so at least 6 − max_correct options are wrong);
  distractors are auxiliary groups that other cases in the same language hold and this case does
  not — drawn in proportion to how many cases hold them, so they are tests clinicians commonly
  order (plausible), never rarities. A candidate that names the same lexicon concepts as one of
  this case's groups ("CBC" against "Complete_Blood_Count") is not a distractor: it would be a
  correct answer under another name.
- `diagnosis` (preliminary diagnosis): the record's primary diagnosis and five distractors,
  diagnoses of other cases in the same language and the same specialty (DESIGN's derivation:
  ICD-10 chapter), then the nearest others by ICD-10 code; never the same name or the same
  ICD-10 category as the answer.

Scoring is micro-F1 over selected options (the report's figure): true positives, false positives
and false negatives summed over questions. Policies answer with letters; `parse_letters` reads
"A, C", "\\boxed{AC}", "答案：B". The scripted policies get an MCQ path here (`mcq_policy`):
`oracle` answers the key, `random` picks a uniformly random non-empty subset (exam selection) or
one letter (diagnosis), seeded per question; model policies get the prompt as one user message.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from dxgym.agents.policies.spec import redact
from dxgym.agents.thinking import strip_thinking
from dxgym.agents.types import AssistantTurn, ChatMessage, Policy, ToolSpec
from dxgym.emr_fixtures.errors import DxgymError
from dxgym.emr_fixtures.models import SPLITS, CaseRecord
from dxgym.envs.render import humanise, render_summary

LETTERS = ("A", "B", "C", "D", "E", "F")
Task = Literal["exam_selection", "diagnosis"]
TASKS: tuple[Task, ...] = ("exam_selection", "diagnosis")
DEFAULT_MAX_CORRECT = 4  # ≥ 2 distractors: with 5 correct of 6, choosing everything already scores F1 0.91

_INSTRUCTIONS: dict[str, dict[str, str]] = {
    "en": {
        "exam_selection": "You are a doctor. Based on the patient's information below, choose the auxiliary "
                          "examinations that should be ordered for this patient. More than one option may be correct.",
        "diagnosis": "You are a doctor. Based on the patient's information below, make a preliminary diagnosis. "
                     "Exactly one option is correct.",
        "options": "Options:",
        "answer_exam": "Answer with the letters of every option you choose, for example \\boxed{AC}.",
        "answer_dx": "Answer with one letter, for example \\boxed{B}.",
    },
    "zh": {
        "exam_selection": "你是一名医生。请根据以下患者信息，为患者选择应当进行的辅助检查（可能有多个正确选项）。",
        "diagnosis": "你是一名医生。请根据以下患者信息，为患者做出初步诊断（只有一个正确选项）。",
        "options": "选项：",
        "answer_exam": "请给出你选择的全部选项字母，例如 \\boxed{AC}。",
        "answer_dx": "请给出一个选项字母，例如 \\boxed{B}。",
    },
}


class MCQError(DxgymError):
    """A question file or selection that cannot be used."""


class Question(BaseModel):
    """One multiple-choice question: one JSONL line of `dxgym mcq build`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    task: Task
    case_id: str
    language: str
    prompt: str
    options: dict[str, str]
    answer: list[str]


# --- building ---------------------------------------------------------------------------------


def _group_categories(case: CaseRecord) -> dict[str, str]:
    cats: dict[str, str] = {}
    for e in case.examinations:
        cats.setdefault(e.group, e.category)
    return cats


def auxiliary_groups(case: CaseRecord) -> list[str]:
    """Groups that are auxiliary examinations (not physical-examination sections), record order."""
    cats = _group_categories(case)
    return [g for g in case.groups if cats[g] != "physical_examination"]


def _name_key(name: str) -> str:
    from dxgym.emr_fixtures.lexicon import key

    return key(humanise(name))


def _concepts(name: str) -> frozenset[str]:
    from dxgym.emr_fixtures.lexicon import concepts_in

    return frozenset(concepts_in(humanise(name)))


def _same_test(candidate: str, held: Iterable[str]) -> bool:
    """Does the case already hold this test under some name? (same folded name, or one concept set
    contains the other: "Renal function" against "肾功能+电解质")."""
    ckey, cc = _name_key(candidate), _concepts(candidate)
    for group in held:
        if _name_key(group) == ckey:
            return True
        hc = _concepts(group)
        if cc and hc and (cc <= hc or hc <= cc):
            return True
    return False


def _weighted_sample(rng: random.Random, items: Sequence[str], weights: Sequence[int], k: int) -> list[str]:
    """k distinct items, each draw proportional to its weight (without replacement)."""
    pool, w = list(items), list(weights)
    chosen: list[str] = []
    while pool and len(chosen) < k:
        i = rng.choices(range(len(pool)), weights=w)[0]
        chosen.append(pool.pop(i))
        w.pop(i)
    return chosen


def _prompt(case: CaseRecord, task: Task, options: Mapping[str, str]) -> str:
    text = _INSTRUCTIONS["zh" if case.language == "zh" else "en"]
    sep = "：" if case.language == "zh" else ". "
    lines = [text[task], "", render_summary(case, reveal_physical_exam=True), "", text["options"]]
    lines += [f"{letter}{sep}{option}" for letter, option in options.items()]
    lines += ["", text["answer_exam" if task == "exam_selection" else "answer_dx"]]
    return "\n".join(lines)


def _question(case: CaseRecord, task: Task, correct: Sequence[str], distractors: Sequence[str],
              rng: random.Random) -> Question:
    entries = [(o, True) for o in correct] + [(o, False) for o in distractors]
    rng.shuffle(entries)
    options = {letter: text for letter, (text, _) in zip(LETTERS, entries, strict=True)}
    answer = [letter for letter, (_, ok) in zip(LETTERS, entries, strict=True) if ok]
    return Question(id=f"{task}:{case.case_id}", task=task, case_id=case.case_id, language=case.language,
                    prompt=_prompt(case, task, options), options=options, answer=answer)


def _group_pool(cases: Sequence[CaseRecord]) -> dict[str, Counter[str]]:
    """Per language: display name -> number of cases holding that auxiliary group (first spelling wins)."""
    pools: dict[str, Counter[str]] = {}
    spelling: dict[tuple[str, str], str] = {}
    for case in cases:
        seen: set[str] = set()
        for group in auxiliary_groups(case):
            k = _name_key(group)
            if not k or k in seen:
                continue
            seen.add(k)
            name = spelling.setdefault((case.language, k), humanise(group))
            pools.setdefault(case.language, Counter())[name] += 1
    return pools


def exam_question(case: CaseRecord, pool: Counter[str], rng: random.Random,
                  max_correct: int = DEFAULT_MAX_CORRECT) -> Question | None:
    relevant = [g for g in auxiliary_groups(case) if g in case.relevant_groups]
    if not relevant:
        return None
    correct_groups = relevant if len(relevant) <= max_correct else rng.sample(relevant, max_correct)
    correct = [humanise(g) for g in correct_groups]
    names = sorted(n for n in pool if not _same_test(n, case.groups))
    need = len(LETTERS) - len(correct)
    distractors = _weighted_sample(rng, names, [pool[n] for n in names], need)
    if len(distractors) < need:
        return None
    return _question(case, "exam_selection", correct, distractors, rng)


def _icd_distance(a: str | None, b: str | None) -> float:
    """How far two ICD-10 codes are: same letter by the two-digit number, else far; unknown last."""
    if not a or not b:
        return 10_000.0
    try:
        na, nb = int(a[1:3]), int(b[1:3])
    except ValueError:
        return 10_000.0
    if a[0] == b[0]:
        return float(abs(na - nb))
    return 100.0 * (1 + abs(ord(a[0]) - ord(b[0]))) + abs(na - nb)


def diagnosis_question(case: CaseRecord, others: Sequence[CaseRecord], rng: random.Random) -> Question | None:
    from dxgym.emr_fixtures.coding import normalise_name

    answer = case.primary_diagnosis
    taken = {normalise_name(answer.name)}
    category = answer.icd10[:3] if answer.icd10 else None
    same: list[tuple[str, str | None]] = []
    rest: list[tuple[str, str | None]] = []
    for other in others:
        dx = other.primary_diagnosis
        if other.case_id == case.case_id or other.language != case.language:
            continue
        if category and dx.icd10 and dx.icd10[:3] == category:
            continue
        bucket = same if other.specialty == case.specialty and case.specialty != "unknown" else rest
        bucket.append((dx.name, dx.icd10))
    rng.shuffle(same)
    ranked_rest = sorted(rest, key=lambda item: (_icd_distance(answer.icd10, item[1]), rng.random()))
    distractors: list[str] = []
    for name, _ in same + ranked_rest:
        key = normalise_name(name)
        if key in taken:
            continue
        taken.add(key)
        distractors.append(name)
        if len(distractors) == len(LETTERS) - 1:
            break
    if len(distractors) < len(LETTERS) - 1:
        return None
    return _question(case, "diagnosis", [answer.name], distractors, rng)


def build_from_cases(selected: Sequence[CaseRecord], pool_cases: Sequence[CaseRecord], *, seed: int = 0,
                     max_correct: int = DEFAULT_MAX_CORRECT) -> list[Question]:
    """Questions for `selected`, distractors drawn from `pool_cases` (every case in the database)."""
    if not 1 <= max_correct <= len(LETTERS) - 1:
        raise MCQError(f"max_correct must be between 1 and {len(LETTERS) - 1}")
    pools = _group_pool(pool_cases)
    questions: list[Question] = []
    for case in selected:
        for task in TASKS:
            rng = random.Random(f"mcq:{seed}:{task}:{case.case_id}")
            if task == "exam_selection":
                q = exam_question(case, pools.get(case.language, Counter()), rng, max_correct)
            else:
                q = diagnosis_question(case, pool_cases, rng)
            if q is not None:
                questions.append(q)
    return questions


def build_questions(db: str | None, *, split: str, seed: int = 0, language: str | None = None,
                    max_correct: int = DEFAULT_MAX_CORRECT) -> list[Question]:
    from dxgym.emr_fixtures.store import load_cases

    if split not in SPLITS:
        raise MCQError(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    everything = load_cases(db)
    selected = [c for c in everything if c.split == split and (language is None or c.language == language)]
    if not selected:
        raise MCQError(f"no cases in split {split!r}" + (f" in language {language!r}" if language else ""))
    questions = build_from_cases(selected, everything, seed=seed, max_correct=max_correct)
    if not questions:
        raise MCQError(f"no question could be built from split {split!r} (too few cases for distractors)")
    return questions


def write_questions(path: Path, questions: Iterable[Question]) -> int:
    """JSONL questions, written atomically (`-`: stdout)."""
    from dxgym.emr_fixtures.safe_write import output_text

    lines = [q.model_dump_json() for q in questions]
    with output_text(path, what="the question file") as handle:
        handle.write("".join(line + "\n" for line in lines))
    return len(lines)


def read_questions(path: Path) -> list[Question]:
    if not path.exists():
        raise MCQError(f"no question file at {path}")
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append(Question.model_validate_json(line))
        except ValueError as exc:
            raise MCQError(f"{path}: line {number} is not a question ({str(exc).splitlines()[0]})") from None
    if not out:
        raise MCQError(f"{path} holds no questions")
    return out


# --- answering ---------------------------------------------------------------------------------

_BOXED = re.compile(r"\\boxed\{([^{}]*)\}")
_MARKER = re.compile(r"(?:answer(?:s)?(?:\s+is|\s+are)?|(?:I\s+)?(?:choose|chose|select)(?:\s+options?)?|答案(?:是|为)?|选择|选)\s*[:：]?\s*((?:[A-Fa-f](?![A-Za-z])[\s,，、;；/&和及与]*|and\s+)+)",
                     re.I)
_LEADING = re.compile(r"^\s*[(（\[]?([A-F])[.:：)）\]]\s")
_ONLY_LETTERS = re.compile(r"^[\s(（\[]*((?:[A-F][\s,，、;；/&和及与.)）\]]*|and\s+)+)$")


def _letters(text: str) -> list[str]:
    return sorted({ch.upper() for ch in re.findall(r"(?<![A-Za-z])[A-Fa-f](?![A-Za-z])", text)} & set(LETTERS))


def parse_letters(text: str) -> list[str] | None:
    """The options a reply selects, or None when it names none readably.

    In order: the last `\\boxed{…}` ("\\boxed{AC}", "\\boxed{A, C}"); the letters after the last
    "Answer:" / "I choose" / "答案：" marker; a reply that is nothing but letters ("A, C"); a reply
    that opens with one option quoted with its letter ("B. Cirrhosis"). Reasoning in
    `<think>` is ignored. Free prose is not mined for capital letters ("A patient…" is no answer).
    """
    text = strip_thinking(text or "")
    boxes = _BOXED.findall(text)
    if boxes:
        inner = boxes[-1].upper().replace("AND", ",")
        found = sorted({ch for ch in inner if ch in LETTERS})
        return found or None
    markers = list(_MARKER.finditer(text))
    if markers:
        found = _letters(markers[-1].group(1))
        return found or None
    match = _ONLY_LETTERS.match(text.strip())
    if match:
        return _letters(match.group(1)) or None
    lead = _LEADING.match(text)  # "B. Cirrhosis": an option quoted with its letter
    return [lead.group(1)] if lead else None


@dataclass
class _KeyPolicy:
    """`oracle` for questions: answers the key (bounds the score at 1)."""

    question: Question
    name: str = "oracle"

    async def act(self, messages: list[ChatMessage], tools: list[ToolSpec] | None) -> AssistantTurn:
        return AssistantTurn(content=f"\\boxed{{{''.join(self.question.answer)}}}")


@dataclass
class _RandomPolicy:
    """`random` for questions: a uniformly random non-empty subset (exam selection: 63 equally likely
    answers) or one uniformly random letter (diagnosis), seeded per question."""

    question: Question
    seed: int = 0
    name: str = "random"

    async def act(self, messages: list[ChatMessage], tools: list[ToolSpec] | None) -> AssistantTurn:
        rng = random.Random(f"mcq-random:{self.seed}:{self.question.id}")
        letters = list(self.question.options)
        if self.question.task == "diagnosis":
            chosen = [rng.choice(letters)]
        else:
            mask = rng.randint(1, 2 ** len(letters) - 1)
            chosen = [letter for i, letter in enumerate(letters) if mask >> i & 1]
        return AssistantTurn(content=f"\\boxed{{{''.join(chosen)}}}")


MCQ_SCRIPTED = ("oracle", "random")


def mcq_policy(spec: str, question: Question, seed: int = 0, shared: Policy | None = None) -> Policy:
    """The policy that answers one question: scripted ones are built with the question in hand
    (as scripted episode policies are built with the case), a model policy is shared."""
    spec = spec.strip()
    if spec == "oracle":
        return _KeyPolicy(question)
    if spec == "random":
        return _RandomPolicy(question, seed)
    if shared is not None:
        return shared
    raise MCQError(f"policy {spec!r} has no multiple-choice path; use oracle, random, openai:MODEL@URL or hf:PATH")


def _model_policy(spec: str) -> Policy | None:
    from dxgym.envs.policy_spec import SCRIPTED, make_policy

    spec = spec.strip()
    if spec in MCQ_SCRIPTED:
        return None
    if spec in SCRIPTED:
        raise MCQError(f"policy {spec!r} has no multiple-choice path; use oracle, random, openai:MODEL@URL or hf:PATH")
    from dxgym.agents.policies.preflight import preflight

    policy = make_policy(spec)
    preflight(policy)  # a dead endpoint fails here, not as a run of unparsed answers
    return policy


async def answer_all(questions: Sequence[Question], spec: str, *, seed: int = 0,
                     concurrency: int = 8) -> list[dict[str, Any]]:
    """Ask every question (bounded concurrency); one answer row per question, in question order."""
    shared = _model_policy(spec)
    semaphore = asyncio.Semaphore(concurrency)

    async def one(q: Question) -> dict[str, Any]:
        policy = mcq_policy(spec, q, seed, shared)
        error = None
        async with semaphore:
            try:
                turn = await policy.act([ChatMessage(role="user", content=q.prompt)], None)
                reply = turn.content
            except Exception as exc:  # an endpoint failure is an unanswered question, not a crash
                reply, error = "", f"{type(exc).__name__}: {str(exc)[:300]}"
        selected = parse_letters(reply)
        return {"id": q.id, "task": q.task, "case_id": q.case_id, "language": q.language,
                "selected": selected or [], "answer": q.answer, "parsed": selected is not None,
                "reply": reply[:2000], "error": error}

    return list(await asyncio.gather(*(one(q) for q in questions)))


def _block(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    tp = fp = fn = exact = unparsed = 0
    for row in rows:
        sel, ans = set(row["selected"]), set(row["answer"])
        tp += len(sel & ans)
        fp += len(sel - ans)
        fn += len(ans - sel)
        exact += int(sel == ans)
        unparsed += int(not row["parsed"])
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    return {"n": len(rows), "micro_f1": round(f1, 6), "precision": round(p, 6), "recall": round(r, 6),
            "exact_match": round(exact / len(rows), 6) if rows else 0.0, "unparsed": unparsed,
            "tp": tp, "fp": fp, "fn": fn}


def score(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Micro-F1 over selected options, overall, per task and per language."""
    by_task = {t: _block([r for r in rows if r["task"] == t]) for t in TASKS if any(r["task"] == t for r in rows)}
    langs = sorted({r["language"] for r in rows})
    return {"overall": _block(rows), "by_task": by_task,
            "by_language": {lang: _block([r for r in rows if r["language"] == lang]) for lang in langs}}


async def evaluate_file(path: Path, spec: str, *, out: Path | None = None, seed: int = 0,
                        concurrency: int = 8) -> dict[str, Any]:
    """Answer a question file with a policy; write answers.jsonl and summary.json under `out`."""
    from dxgym.emr_fixtures import safe_write

    questions = read_questions(path)
    if out is not None:  # before any question is answered
        safe_write.check_output_dir(out, what="the answers folder (--out)")
        for name in ("answers.jsonl", "summary.json"):
            safe_write.check_output_file(out / name, inputs=[(path, "the question file")])
    rows = await answer_all(questions, spec, seed=seed, concurrency=concurrency)
    summary = {"schema": "dxgym.mcq.summary/1", "policy": redact(spec), "file": str(path), "seed": seed, **score(rows)}
    if out is not None:
        safe_write.write_text(out / "answers.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                              inputs=[(path, "the question file")])
        safe_write.write_json(out / "summary.json", summary)
    return summary


def random_expectation(questions: Sequence[Question]) -> float:
    """The micro-F1 the `random` policy tends to as questions grow: 2·E[TP] / (2·E[TP] + E[FP] + E[FN]).

    Exam selection: each of the 6 options is in a uniformly random non-empty subset with probability
    32/63, so with c correct E[TP] = 32c/63, E[FP] = 32(6 − c)/63, E[FN] = 31c/63. Diagnosis: one
    letter of six, E[TP] = 1/6, E[FP] = E[FN] = 5/6.
    """
    tp = fp = fn = 0.0
    n = len(LETTERS)
    p_in = 2 ** (n - 1) / (2**n - 1)
    for q in questions:
        c = len(q.answer)
        if q.task == "diagnosis":
            tp, fp, fn = tp + 1 / n, fp + (n - 1) / n, fn + (n - 1) / n
        else:
            tp, fp, fn = tp + c * p_in, fp + (n - c) * p_in, fn + c * (1 - p_in)
    return 2 * tp / (2 * tp + fp + fn)
