"""The MedReMCQ-style benchmark: question shape, distractors, seeding, answer parsing, and scores
of the oracle (1) and of the random policy (its analytic expectation)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from dxgym.envs.render import humanise
from dxgym.evaluation.mcq import (
    LETTERS,
    answer_all,
    build_questions,
    parse_letters,
    random_expectation,
    read_questions,
    score,
)


def _cli(*args: str):
    import dxgym

    return CliRunner().invoke(dxgym.app, list(args))


@pytest.fixture(scope="module")
def question_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("mcq") / "test.jsonl"
    result = _cli("mcq", "build", "--split", "test", "--out", str(path))
    assert result.exit_code == 0, result.output
    return path


def test_questions_have_six_options_and_a_key(question_file: Path, test_cases) -> None:
    questions = read_questions(question_file)
    assert len({q.id for q in questions}) == len(questions)
    assert {q.task for q in questions} == {"exam_selection", "diagnosis"}
    assert {q.case_id for q in questions if q.task == "diagnosis"} == {c.case_id for c in test_cases}
    for q in questions:
        assert list(q.options) == list(LETTERS) and len(set(q.options.values())) == 6, q.id
        assert q.answer and set(q.answer) <= set(LETTERS) and q.answer == sorted(q.answer)
        assert len(q.answer) <= 5, f"{q.id}: no distractor"
        if q.task == "diagnosis":
            assert len(q.answer) == 1
        opening = "你是一名医生" if q.language == "zh" else "You are a doctor"
        assert q.prompt.startswith(opening), q.id
        assert all(text in q.prompt for text in q.options.values())
    assert {q.language for q in questions} == {"en", "zh"}


def test_keys_and_distractors_come_from_the_record(question_file: Path, test_cases) -> None:
    cases = {c.case_id: c for c in test_cases}
    for q in read_questions(question_file):
        case = cases[q.case_id]
        right = {q.options[a] for a in q.answer}
        wrong = set(q.options.values()) - right
        if q.task == "diagnosis":
            assert right == {case.primary_diagnosis.name}
            assert case.primary_diagnosis.name not in wrong
        else:
            relevant = {humanise(g) for g in case.relevant_groups}
            held = {humanise(g) for g in case.groups}
            assert right <= relevant, q.id
            assert not (wrong & held), f"{q.id}: a distractor the case holds: {wrong & held}"


def test_building_is_seeded(question_file: Path) -> None:
    again = [q.model_dump() for q in build_questions(None, split="test", seed=0)]
    assert again == [q.model_dump() for q in read_questions(question_file)]
    other = [q.model_dump() for q in build_questions(None, split="test", seed=1)]
    assert other != again


def test_the_oracle_scores_micro_f1_one(question_file: Path, tmp_path: Path) -> None:
    result = _cli("mcq", "eval", str(question_file), "--policy", "oracle", "--out", str(tmp_path), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["overall"]["micro_f1"] == 1.0 and summary["overall"]["exact_match"] == 1.0
    assert summary["overall"]["unparsed"] == 0
    assert set(summary["by_task"]) == {"exam_selection", "diagnosis"}
    assert json.loads((tmp_path / "summary.json").read_text()) == summary
    assert len((tmp_path / "answers.jsonl").read_text().splitlines()) == summary["overall"]["n"]


def _simulated_expectation(questions, draws: int = 20_000, seed: int = 11) -> float:
    """E[micro-F1] of uniform random answering, by a seeded simulation written apart from the policy."""
    rng = np.random.default_rng(seed)
    n_exam = [len(q.answer) for q in questions if q.task == "exam_selection"]
    n_dx = sum(q.task == "diagnosis" for q in questions)
    masks = rng.integers(1, 64, size=(draws, len(n_exam)))  # uniform non-empty subsets of six
    # the first c options stand for the correct ones (the key's letters are shuffled anyway)
    correct_bits = np.array([(1 << c) - 1 for c in n_exam])
    tp_exam = np.vectorize(lambda x: bin(x).count("1"))(masks & correct_bits).sum(axis=1)
    size = np.vectorize(lambda x: bin(x).count("1"))(masks).sum(axis=1)
    dx_hits = (rng.integers(0, 6, size=(draws, n_dx)) == 0).sum(axis=1)
    tp = tp_exam + dx_hits
    fp = (size - tp_exam) + (n_dx - dx_hits)
    fn = (sum(n_exam) - tp_exam) + (n_dx - dx_hits)
    return float(np.mean(2 * tp / (2 * tp + fp + fn)))


def test_random_policy_scores_near_its_expectation() -> None:
    questions = build_questions(None, split="train", seed=0)
    assert len(questions) > 150
    expected = random_expectation(questions)
    assert abs(_simulated_expectation(questions) - expected) < 0.005  # the formula, checked apart
    scores = [score(asyncio.run(answer_all(questions, "random", seed=s)))["overall"]["micro_f1"] for s in range(20)]
    mean = sum(scores) / len(scores)
    assert abs(mean - expected) < 0.02, f"random micro-F1 {mean:.3f} over 20 seeds, expected {expected:.3f}"
    assert all(abs(s - expected) < 0.1 for s in scores)
    assert len(set(scores)) > 1  # seeds matter


@pytest.mark.parametrize(
    ("reply", "letters"),
    [
        ("A, C", ["A", "C"]), ("\\boxed{AC}", ["A", "C"]), ("\\boxed{A, C}", ["A", "C"]), ("答案：B", ["B"]),
        ("答案是A、C、E", ["A", "C", "E"]), ("The answer is D.", ["D"]), ("Answer: A and F", ["A", "F"]),
        ("<think>A looks tempting</think>\\boxed{E}", ["E"]), ("B. Cirrhosis", ["B"]), ("(C)", ["C"]),
        ("A patient with fever needs fluids.", None), ("", None), ("\\boxed{}", None), ("I am not sure.", None),
    ],
)
def test_answers_are_parsed(reply: str, letters: list[str] | None) -> None:
    assert parse_letters(reply) == letters


def test_policies_without_an_mcq_path_are_refused(question_file: Path) -> None:
    result = _cli("mcq", "eval", str(question_file), "--policy", "request-all")
    assert result.exit_code != 0 and "no multiple-choice path" in result.output
    missing = _cli("mcq", "eval", str(question_file.parent / "nope.jsonl"), "--policy", "oracle")
    assert missing.exit_code != 0 and "no question file" in missing.output
