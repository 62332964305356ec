"""`dxgym train export`: cases -> verl's RLHF parquet, one row per case, the case itself left out.

A row holds what verl's `RLHFDataset` and reward loop need and nothing more: the chat prompt
(system prompt + initial consultation summary, rendered by the same `Consultation` the agent loop
runs, so the prompt verl filters by length is the one the policy sees), the reference diagnosis as
`reward_model.ground_truth`, and `extra_info` with the case id the worker looks the case up by.
The examination records stay in the database: each worker loads them once (`training.cases`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from dxgym.emr_fixtures.models import CaseRecord
from dxgym.envs.consultation import Consultation, ConsultationConfig
from dxgym.training import cases as worker_cases

DATA_SOURCE = "dxgym"
ABILITY = "clinical_diagnosis"
AGENT_NAME = "dxgym_consultation"


def prompt_messages(case: CaseRecord, *, reveal_physical_exam: bool = False,
                    knowledge: bool = True) -> list[dict[str, Any]]:
    """The chat messages a consultation of `case` starts with (system prompt, summary), as the agent loop
    builds them (`knowledge`: the loop offers the knowledge base, as the shipped agent-loop YAML does)."""
    kb = None
    if knowledge:
        from dxgym.agents.knowledge import load_default_kb

        kb = load_default_kb()
    config = ConsultationConfig(reveal_physical_exam=reveal_physical_exam)
    consultation = Consultation(case, worker_cases.shared_lookup(), config, kb)
    consultation.reset()
    return [{"role": m["role"], "content": m["content"]} for m in consultation.openai_messages()]


def case_row(case: CaseRecord, index: int, *, reveal_physical_exam: bool = False,
             knowledge: bool = True) -> dict[str, Any]:
    """One parquet row in verl's RLHF shape."""
    primary = case.primary_diagnosis
    return {
        "data_source": DATA_SOURCE,
        "prompt": prompt_messages(case, reveal_physical_exam=reveal_physical_exam, knowledge=knowledge),
        "ability": ABILITY,
        "reward_model": {"style": "rule", "ground_truth": primary.name},
        "extra_info": {
            "case_id": case.case_id,
            "split": case.split,
            "index": index,
            "agent_name": AGENT_NAME,
            "language": case.language,
            "reveal_physical_exam": reveal_physical_exam,
            "reference_icd10": primary.icd10 or "",
        },
        "agent_name": AGENT_NAME,
    }


def ordered_cases(all_cases: Sequence[CaseRecord], case_ids: Sequence[str] | None) -> list[CaseRecord]:
    """`all_cases`, or exactly `case_ids` in their order (a selection's hardest-first order is kept)."""
    if case_ids is None:
        return list(all_cases)
    by_id = {c.case_id: c for c in all_cases}
    missing = [i for i in case_ids if i not in by_id]
    if missing:
        from dxgym.emr_fixtures.errors import CaseNotFound

        raise CaseNotFound(missing[0], None)
    return [by_id[i] for i in dict.fromkeys(case_ids)]


def write_parquet(rows: Iterable[dict[str, Any]], out: str | Path) -> int:
    """Write rows atomically (a temporary file beside `out`, then a rename; `safe_write`): a failure
    — a full disk, an interrupted run — leaves an existing file exactly as it was. Returns the count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from dxgym.emr_fixtures.safe_write import atomic_path

    rows = list(rows)
    with atomic_path(out, what="the parquet file") as tmp:
        pq.write_table(pa.Table.from_pylist(rows), tmp)
    return len(rows)


def export_parquet(
    out: str | Path,
    *,
    split: str | None = "train",
    db: str | None = None,
    case_ids: Sequence[str] | None = None,
    reveal_physical_exam: bool = False,
    language: str | None = None,
    include_follow_up: bool = False,
    cases: Sequence[CaseRecord] | None = None,
    include_revealing: bool = False,
    left_out: list[str] | None = None,
    knowledge: bool = True,
) -> int:
    """Export a split (or the listed case ids, in order) to verl's parquet; returns the row count.

    Cases holding a result that names their diagnosis (`reveals_diagnosis`, flagged at import) are
    left out unless `include_revealing`: GRPO would learn to read the answer off the report. Their
    ids are appended to `left_out` when a list is given.
    """
    if cases is None:
        from dxgym.emr_fixtures.store import load_cases

        cases = load_cases(db, split=split, language=language, include_follow_up=include_follow_up or case_ids is not None)
    chosen = ordered_cases(cases, case_ids)
    excluded: set[str] = set()
    if not include_revealing:
        revealing = [c.case_id for c in chosen if any(e.reveals_diagnosis for e in c.examinations)]
        if left_out is not None:
            left_out.extend(revealing)
        excluded = set(revealing)
        chosen = [c for c in chosen if c.case_id not in excluded]
    if not chosen:  # refused before writing: a 0-row file must never replace a good one
        from dxgym.emr_fixtures.errors import DxgymError

        what = "the listed case ids" if case_ids is not None else f"split {split!r}" + (f", language {language!r}" if language else "")
        note = f"; {len(excluded)} revealing case(s) left out" if excluded else ""
        raise DxgymError(f"no cases to export ({what}{note}); {out} was not written")
    return write_parquet(
        (case_row(c, i, reveal_physical_exam=reveal_physical_exam, knowledge=knowledge) for i, c in enumerate(chosen)),
        out
    )
