"""Calibrating the fuzzy tier's cutoff on the calibration set (never on the evaluation set).

`python -m dxgym.agents.lookup.calibrate` perturbs each calibration request with deterministic one-edit
typos (deletion, transposition, doubling, substitution in its longest word) and scores each
candidate cutoff: recall on the perturbed requests, and precision / not-available answered empty
on the perturbed not-available requests. The chosen cutoff is written into `tiers.FUZZY_CUTOFF`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from dxgym.agents.lookup.agent import ExamLookup
from dxgym.agents.lookup.evaluate import load_rows, score

DATA = Path(__file__).resolve().parents[2] / "tests" / "agents" / "data" / "lookup" / "calibration.jsonl"


def typos(word: str) -> list[str]:
    if len(word) < 5:
        return []
    m = len(word) // 2
    return [
        word[:m] + word[m + 1 :],  # deletion
        word[: m - 1] + word[m] + word[m - 1] + word[m + 1 :],  # transposition
        word[:m] + word[m] + word[m:],  # doubling
        word[:m] + ("e" if word[m] != "e" else "a") + word[m + 1 :],  # substitution
    ]


def perturbed(rows: list[dict]) -> list[dict]:
    out = []
    for row in rows:
        if re.search(r"[\u4e00-\u9fff]", row["request"]):
            continue
        words = re.findall(r"[A-Za-z]+", row["request"])
        if not words:
            continue
        longest = max(words, key=len)
        for variant in typos(longest):
            out.append({**row, "request": row["request"].replace(longest, variant, 1)})
    return out


def main() -> None:
    from dxgym.emr_fixtures.fixtures import load_fixture_cases

    cases = {c.case_id: c for c in load_fixture_cases()}
    rows = perturbed(load_rows(DATA))
    for cutoff in (70, 75, 80, 82, 85, 88, 90, 93, 95):
        s = score(rows, cases, ExamLookup(fuzzy_cutoff=cutoff)).summary()
        print(json.dumps({"cutoff": cutoff, **{k: s[k] for k in ("requests", "precision", "recall", "not_available_empty_rate")}}))


if __name__ == "__main__":
    main()
