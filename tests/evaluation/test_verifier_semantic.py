"""The semantic-tier calibration tool measures real embeddings on a labelled file (docs/verifier.md)."""

from __future__ import annotations

import json
from pathlib import Path

from dxgym.evaluation import verifier_semantic


def test_undecided_pairs_are_judged_against_block_siblings(tmp_path: Path, capsys) -> None:
    path = tmp_path / "pairs.jsonl"
    rows = [
        {"reference": "Myasthenia gravis", "prediction": "Autoimmune neuromuscular junction disorder", "label": False},
        {"reference": "Myasthenia gravis", "prediction": "MG", "label": True},  # decided by the table: left out
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    judged = verifier_semantic.undecided(path)
    assert len(judged) == 1
    judgement, label = judged[0]
    assert label is False and -1.0 <= judgement.similarity <= 1.0
    assert judgement.margin < judgement.similarity  # a sibling of G70.0 (e.g. G70.1) is nearer than nothing
    verifier_semantic.main([str(path)])
    assert "1 undecided pairs" in capsys.readouterr().out
