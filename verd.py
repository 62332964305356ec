"""Dump every rule verdict on the tuning sets and diff two dumps (helper verifier7, round 7).

    python verd.py dump OUT.json         # {file:line -> verdict bool} plus labels/kinds
    python verd.py diff BASE.json NEW.json   # wrong->right, right->wrong, per-set figures
    python verd.py misses DUMP.json [SET]    # the wrong verdicts, with kind

Only the tuning sets (never heldout, never fresh_en4 / fresh_zh4).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).parent / "tests" / "agents" / "data" / "verifier"
SETS = ["calibration", "dev", "eval", "fresh", "fresh_en", "fresh_zh", "fresh_en2", "fresh_zh2",
        "fresh_en3", "fresh_zh3", "harvested"]


def dump(out: str) -> None:
    from dxgym.agents.types import VerifyRequest
    from dxgym.agents.verifiers import RuleVerifier

    verifier = RuleVerifier()
    result = {}
    for name in SETS:
        for n, line in enumerate((DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            v = verifier.verify_sync(VerifyRequest(reference=row["reference"], prediction=row["prediction"]))
            result[f"{name}:{n}"] = {"v": bool(v.correct), "label": bool(row["label"]),
                                     "kind": row.get("kind") or row.get("note", ""), "lang": row.get("lang"),
                                     "ref": row["reference"], "pred": row["prediction"], "tier": getattr(v, "tier", None),
                                     "reason": v.reason}
    Path(out).write_text(json.dumps(result, ensure_ascii=False, indent=0), encoding="utf-8")
    figures(result)


def figures(d: dict) -> dict:
    table = {}
    for name in SETS:
        rows = [r for k, r in d.items() if k.split(":")[0] == name]
        right = sum(r["v"] == r["label"] for r in rows)
        neg = sum(not r["label"] for r in rows)
        fa = sum(r["v"] and not r["label"] for r in rows)
        table[name] = (len(rows), right / len(rows), fa, neg)
        print(f"{name:12s} n={len(rows):5d} acc={right / len(rows):.4f} right={right} FA={fa}/{neg}")
    return table


def diff(a: str, b: str) -> None:
    da = json.loads(Path(a).read_text(encoding="utf-8"))
    db = json.loads(Path(b).read_text(encoding="utf-8"))
    w2r = r2w = 0
    for k in da:
        ra, rb = da[k], db[k]
        if ra["v"] == rb["v"]:
            continue
        okb = rb["v"] == rb["label"]
        if okb:
            w2r += 1
        else:
            r2w += 1
        print(("W->R " if okb else "R->W ") + f"{k} label={rb['label']} {rb['kind']}: {rb['ref']!r} | {rb['pred']!r}")
    print(f"wrong->right {w2r}, right->wrong {r2w}")
    print("before:")
    figures(da)
    print("after:")
    figures(db)


def misses(a: str, only: str | None = None) -> None:
    d = json.loads(Path(a).read_text(encoding="utf-8"))
    c: Counter[str] = Counter()
    for k, r in d.items():
        if r["v"] != r["label"] and (only is None or k.split(":")[0] == only):
            c[r["kind"]] += 1
            print(f"{'FA' if r['v'] else 'MISS'} {k} {r['kind']} {r['lang']}: {r['ref']!r} | {r['pred']!r} [{r['reason'][:80]}]")
    print(c.most_common())


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "dump":
        dump(sys.argv[2])
    elif cmd == "diff":
        diff(sys.argv[2], sys.argv[3])
    elif cmd == "misses":
        misses(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
