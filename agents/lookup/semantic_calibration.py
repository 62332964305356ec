"""Calibrating the semantic tier's two thresholds (`python -m dxgym.agents.lookup.semantic_calibration`).

The tier is calibrated as it is used: after the deterministic tiers, only on their misses. For every
calibration request item (the harvested calibration half and the own calibration set) this records
what the deterministic tiers return and, where they return nothing and the request is one the tier
may try, the semantic tier's best name, cosine and margin. A grid of (absolute, margin) is then
scored at record level: records right, records wrong, not-available rows answered with something.
The chosen pair adds the most right records while adding no wrong record and no answer to a
not-available row ("only where it raises recall without raising false hits"); it is copied into
`embedding_tier.THRESHOLDS` and reported with the evaluation figures in docs/lookup.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np

from dxgym.agents import embeddings
from dxgym.agents.lookup.embedding_tier import EmbeddingTier
from dxgym.agents.lookup.evaluate import expected_records, load_rows
from dxgym.agents.lookup.split import split_requests
from dxgym.emr_fixtures.models import CaseRecord

OWN = Path(__file__).resolve().parents[2] / "tests" / "agents" / "data" / "lookup"


Observation = tuple[float, float, int, int, bool]  # cosine, margin, right records, wrong records, not-available row


def observations(rows: Iterable[Mapping], cases: Mapping[str, CaseRecord]) -> list[Observation]:
    """One observation per request item the deterministic tiers left empty and the tier may try."""
    from dxgym.agents.lookup import ExamLookup, tiers
    from dxgym.agents.lookup.query import QueryCache
    from dxgym.agents.lookup.screen import screen

    det = ExamLookup(semantic=False)
    tier = EmbeddingTier()
    queries = QueryCache()
    out = []
    for row in rows:
        case = cases[row["case_id"]]
        if "expected_keys" in row:
            want = expected_records(case, row["expected_keys"])
        else:
            want = {e.source_key for e in case.examinations if e.group in set(row["expected_groups"])}
        for item in split_requests(row["request"]):
            toks = screen(item)
            if toks is None or det.resolve(item, case) or not tiers.semantic_worthy(queries.get(toks, det._lex)):
                continue
            names = tier._names(case)
            if not names.labels:
                continue
            sims = names.matrix @ embeddings.encode([item])[0]
            best = int(np.argmax(sims))
            rivals = [float(s) for s, g in zip(sims, names.groups, strict=True) if not g & names.groups[best]]
            got = {case.examinations[i].source_key for i in names.indices[best]}
            out.append((float(sims[best]), float(sims[best]) - max(rivals, default=-1.0), len(got & want),
                        len(got - want), not want))
    return out


def sweep(obs: list[Observation]) -> list[dict]:
    table = []
    for absolute in np.arange(0.84, 0.975, 0.01):
        for margin in (0.0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08):
            taken = [o for o in obs if o[0] >= absolute and o[1] >= margin]
            table.append({"absolute": round(float(absolute), 2), "margin": margin, "answered": len(taken),
                          "right_records": sum(o[2] for o in taken), "wrong_records": sum(o[3] for o in taken),
                          "not_available_answered": sum(o[4] for o in taken)})
    return table


def calibration_observations() -> list[Observation]:
    from dxgym.agents.lookup import harvest
    from dxgym.emr_fixtures.fixtures import load_fixture_cases

    cases, rows = harvest.load("calibration")
    obs = observations(rows, cases)
    fixtures = {c.case_id: c for c in load_fixture_cases()}
    return obs + observations(load_rows(OWN / "calibration.jsonl"), fixtures)


def choose(table: list[dict]) -> dict:
    clean = [t for t in table if t["wrong_records"] == 0 and t["not_available_answered"] == 0]
    return max(clean, key=lambda t: (t["right_records"], -t["absolute"], -t["margin"]))


def main() -> None:
    obs = calibration_observations()
    print(json.dumps({"model": embeddings.model_name(), "observations": len(obs)}))
    table = sweep(obs)
    for row in table:
        print(json.dumps(row))
    print("chosen:", json.dumps(choose(table)))


if __name__ == "__main__":
    main()
