"""Dump the rule verifier's verdicts on every set in tests/agents/data/verifier/, and diff two dumps.

    python verd.py dump OUT.json          # {file:line -> verdict} plus per-set figures
    python verd.py diff BEFORE.json AFTER.json

Baseline (round 7b's start, f629d67): `verd_baseline_f629d67.json`. `diff` scores both dumps against the labels
of the AFTER dump, so a set's rows must not have moved between the two.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DATA = Path(__file__).parent / "tests" / "agents" / "data" / "verifier"


def dump(out: str) -> None:
    from dxgym.agents.verifiers.rule import judge

    verdicts: dict[str, bool] = {}
    labels: dict[str, bool] = {}
    for path in sorted(DATA.glob("*.jsonl")):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            key = f"{path.name}:{i}"
            verdicts[key] = judge(row["reference"], row["prediction"])[0]
            labels[key] = bool(row["label"])
    Path(out).write_text(json.dumps({"verdicts": verdicts, "labels": labels}, ensure_ascii=False, indent=0))
    figures(verdicts, labels)


def figures(verdicts: dict[str, bool], labels: dict[str, bool]) -> None:
    sets: dict[str, list[str]] = {}
    for key in verdicts:
        sets.setdefault(key.rsplit(":", 1)[0], []).append(key)
    for name, keys in sets.items():
        right = sum(verdicts[k] == labels[k] for k in keys)
        fa = sum(verdicts[k] and not labels[k] for k in keys)
        neg = sum(not labels[k] for k in keys)
        print(f"{name:22s} n={len(keys):5d} acc={right / len(keys):.3f} FA={fa}/{neg}")


def diff(before: str, after: str) -> None:
    a, b = json.loads(Path(before).read_text()), json.loads(Path(after).read_text())
    labels = b["labels"]
    w2r = [k for k in labels if a["verdicts"].get(k) != labels[k] and b["verdicts"][k] == labels[k]]
    r2w = [k for k in labels if a["verdicts"].get(k) == labels[k] and b["verdicts"][k] != labels[k]]
    rows: dict[str, list[str]] = {}
    for k in w2r + r2w:
        name, i = k.rsplit(":", 1)
        lines = rows.setdefault(name, (DATA / name).read_text(encoding="utf-8").splitlines())
        print("W->R" if k in w2r else "R->W", k, lines[int(i) - 1][:200])
    print(f"wrong->right {len(w2r)}  right->wrong {len(r2w)}")
    figures(b["verdicts"], labels)


if __name__ == "__main__":
    {"dump": dump, "diff": diff}[sys.argv[1]](*sys.argv[2:])
