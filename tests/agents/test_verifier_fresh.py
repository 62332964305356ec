"""The rule verifier on the blind sets written for issue 14's round 4, each by an engineer who read
neither the verifier nor its tables (data/verifier/README.md), committed alone before any fix it judges:

- `fresh.jsonl` (755 pairs, 67c49b8), first measured there: accuracy 0.911 (English answers 0.902,
  Chinese 0.922), false accepts 5 of 289 pairs labelled wrong;
- `fresh_zh.jsonl` (856 pairs on Chinese references, 8c7e64b) and `fresh_en.jsonl` (718 pairs on English
  references, f2fc6b9), first measured at 7b2e8d5's verifier: accuracy 0.895 (false accepts 14 of 345)
  and 0.962 (7 of 287).

Round 5's blind sets `fresh_zh2.jsonl` (667 pairs on Chinese references, 3e0fdfd) and `fresh_en2.jsonl` (650
pairs on English references, 7661526) were first measured at round 4's verifier: accuracy 0.898 (false
accepts 9 of 307) and 0.940 (8 of 292); after round 5 (docs/verifier.md) 0.955 (6) and 0.955 (6).

Round 6's blind sets `fresh_en3.jsonl` (301 pairs on 121 English references) and `fresh_zh3.jsonl` (300 pairs
on 121 Chinese references), weighted to synonyms, translations, abbreviations and rewordings, were first
measured at round 5's verifier (d41cb36): accuracy 0.977 (false accepts 3 of 121) and 0.957 (2 of 123);
measured again after round 6's names and structural readings, unread: unchanged. Their misses were then read
(three general readings, docs/verifier.md round 6): 0.980 (2 of 121) and 0.963 (2 of 123).

Round 7's blind sets `fresh_en4.jsonl` (300 pairs on 120 English references) and `fresh_zh4.jsonl` (300 pairs
on 120 Chinese references) were first measured, untuned, at round 6's verifier: accuracy 0.977 (false accepts 2
of 120) and 0.937 (4 of 122). Their misses were then read (round 7b, docs/verifier.md): 0.983 (1 of 120) and
0.970 (0 of 122); floors are those figures less 0.015.

Round 8's blind sets `fresh_en5.jsonl` (300 pairs on English references) and `fresh_zh5.jsonl` (300 pairs on
Chinese references) were first measured, untuned, at round 7's verifier: accuracy 0.963 (false accepts 1 of 120)
and 0.943 (2 of 120). Their misses were then read (round 8b, docs/verifier.md): 0.987 (0 of 120) and 0.967
(0 of 120); floors are those figures less 0.015.

Round 9's blind sets `fresh_en6.jsonl` / `fresh_zh6.jsonl` (300 + 300 pairs, helper blindv9) were measured untuned
at round 8b's verifier: 0.980 (false accepts 0 of 123) and 0.980 (0 of 121); round 9 (verifier11, verifier12, who
never read them) left every verdict on them unchanged. Nobody has read their misses: they are still unseen. Floors
are those figures less 0.015.

Round 60's blind sets `fresh_en8.jsonl` / `fresh_zh8.jsonl` (300 + 300 pairs, helper blindv60, a5c9093) were first
measured, untuned, at the session's start code (060ad74): accuracy 0.957 (false accepts 2 of 120) and 0.893 (3 of 120).
Their misses were then read (round 60, docs/heldout_measures.md): 0.963 (0) and 0.917 (2); floors are those less 0.015.

Round 65's blind sets `fresh_en9.jsonl` / `fresh_zh9.jsonl` (300 + 300 pairs, helper blindv65, 0fff66c) were measured
once, untuned, at the session's start code (42716a8): accuracy 0.920 (false accepts 1 of 120) and 0.857 (4 of 120).
They stay blind: only their aggregates are read. Floors are those figures less 0.015 (false-accept ceilings: the
count found, as a rate, rounded up).

Their misses were then read and general fixes made (round 4, docs/verifier.md), so from then on they are
tuned sets: the floors below guard those fixes; the held-out set stays the measure. Of fresh_zh's 10
false accepts left, five are single hedged answers ("possible X", X可能) that DESIGN's answer-form table
judges as that condition, three are names ICD-10-CM files under one code (thyrotoxicosis [hyperthyroidism],
autoimmune thyroiditis for Hashimoto, HIV disease for AIDS), and one drops a bracketed type ("Aortic
dissection" for 主动脉夹层（Stanford A型）), which the held-out set's labels accept: the labels and the
contract disagree there. One is a real miss (another stage named in English).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from dxgym.agents.types import VerifyRequest
from dxgym.agents.verifiers import RuleVerifier

DATA = Path(__file__).parent / "data" / "verifier"

# set: (accuracy floor, Chinese-answer accuracy floor, false-accept rate ceiling)
FLOORS = {"fresh.jsonl": (0.965, 0.97, 0.01), "fresh_en.jsonl": (0.97, 0.98, 0.015),
          "fresh_zh.jsonl": (0.935, 0.935, 0.03), "fresh_zh2.jsonl": (0.945, 0.945, 0.02),
          "fresh_en2.jsonl": (0.945, 0.95, 0.021),
          "fresh_en3.jsonl": (0.965, 0.965, 0.017), "fresh_zh3.jsonl": (0.95, 0.94, 0.017),
          "fresh_en4.jsonl": (0.968, 0.965, 0.009), "fresh_zh4.jsonl": (0.955, 0.95, 0.001),
          "fresh_en5.jsonl": (0.972, 0.973, 0.001), "fresh_zh5.jsonl": (0.952, 0.951, 0.001),
          "fresh_en6.jsonl": (0.965, 0.963, 0.001), "fresh_zh6.jsonl": (0.965, 0.955, 0.001),
          # round 60's sets, read after their first measure (now tuning): figures after round 60 less 0.015
          "fresh_en8.jsonl": (0.948, 0.964, 0.001), "fresh_zh8.jsonl": (0.902, 0.896, 0.017),
          # round 65's sets, blind: their first measure less 0.015
          "fresh_en9.jsonl": (0.905, 0.952, 0.009), "fresh_zh9.jsonl": (0.842, 0.832, 0.034)}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_set_figures(name: str) -> None:
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    verifier = RuleVerifier()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    false_accepts = 0
    for row in rows:
        verdict = verifier.verify_sync(VerifyRequest(reference=row["reference"], prediction=row["prediction"]))
        for key in ("all", row["lang"], row["kind"]):
            total[key] += 1
            right[key] += verdict.correct == row["label"]
        false_accepts += verdict.correct and not row["label"]
    negatives = sum(not row["label"] for row in rows)
    accuracy = {key: right[key] / total[key] for key in total}
    print(f"\n{name}: n={len(rows)} accuracy={accuracy['all']:.3f} en={accuracy['en']:.3f} zh={accuracy['zh']:.3f} "
          f"false accepts {false_accepts} of {negatives}")
    print("  by kind:", {k: round(v, 2) for k, v in sorted(accuracy.items()) if k not in ("all", "en", "zh")})
    floor, zh_floor, fa_ceiling = FLOORS[name]
    assert accuracy["all"] >= floor
    assert accuracy["zh"] >= zh_floor
    assert false_accepts / negatives <= fa_ceiling
