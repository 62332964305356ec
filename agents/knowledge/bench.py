"""In-process knowledge-base search latency over the shipped knowledge base, for `dxgym bench`.

Loading (index cache, jieba dictionary) happens before timing: the figure is what one
`search(query, k)` costs a warm worker, the DESIGN target being < 10 ms p50 on one core.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import numpy as np

DEFAULT_QUERIES: tuple[tuple[str, str | None], ...] = (
    ("myasthenia gravis ptosis fatigable weakness", None),
    ("crushing chest pain radiating to the left arm with sweating", None),
    ("painless jaundice weight loss palpable gallbladder", "en"),
    ("fever cough purulent sputum pleuritic chest pain consolidation", None),
    ("rash after starting carbamazepine with mucosal erosions", "en"),
    ("child limp hip pain avascular necrosis femoral head", None),
    ("社区获得性肺炎 发热 咳嗽", None),
    ("急性胰腺炎 上腹痛 淀粉酶升高", "zh"),
    ("上睑下垂 复视 活动后加重", "zh"),
    ("新生儿 黄疸 胆红素 溶血", None),
    ("重症肌无力 ptosis acetylcholine receptor antibodies", None),
    ("突发胸痛 ST段抬高 肌钙蛋白", "zh"),
)


def _percentiles(samples_s: Sequence[float], prefix: str) -> dict[str, float]:
    values = np.asarray(samples_s) * 1e3
    return {
        f"{prefix}_p50_ms": round(float(np.percentile(values, 50)), 4),
        f"{prefix}_p99_ms": round(float(np.percentile(values, 99)), 4),
    }


def bench_kb_search(
    queries: Sequence[str | tuple[str, str | None]] | None = None, repeats: int = 50, k: int = 5
) -> dict[str, Any]:
    """p50 / p99 search latency (ms) overall and per query language, plus load and size figures."""
    from dxgym.agents.knowledge.shipped import load_default_kb
    from dxgym.agents.knowledge.tokenise import has_cjk, tokenise

    started = time.perf_counter()
    kb = load_default_kb()
    load_s = time.perf_counter() - started
    items = [(q, None) if isinstance(q, str) else q for q in (queries or DEFAULT_QUERIES)]
    tokenise("预热 warm-up")  # jieba's dictionary loads on first Chinese text; not a search cost
    for query, language in items:
        kb.search(query, k=k, language=language)
    samples: dict[str, list[float]] = {"en": [], "zh": []}
    for _ in range(repeats):
        for query, language in items:
            t0 = time.perf_counter()
            kb.search(query, k=k, language=language)
            samples["zh" if has_cjk(query) else "en"].append(time.perf_counter() - t0)
    result: dict[str, Any] = {"kb_searches": sum(len(s) for s in samples.values())}
    result.update(_percentiles(samples["en"] + samples["zh"], "kb_search"))
    for lang, values in samples.items():
        if values:
            result.update(_percentiles(values, f"kb_search_{lang}"))
    result["kb_load_ms"] = round(load_s * 1e3, 1)
    result["kb_passages"] = len(kb)
    result["kb_documents"] = kb.n_documents
    return result


if __name__ == "__main__":
    import json

    print(json.dumps(bench_kb_search(), indent=1))
