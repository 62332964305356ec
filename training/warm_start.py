"""Warm-start the tiny local model by supervised fine-tuning on oracle transcripts (for CPU GRPO runs).

A randomly initialised model never writes a well-formed action, so every GRPO group would score the
same and learn nothing; a model trained to the oracle's answers would start at the ceiling. This
fine-tunes dxgym's tiny Qwen2 (`agents/serving/tiny_model.py`) briefly on whole consultations played
by the scripted `oracle` and `oracle-paraphrase` policies — the same `Consultation`, prompts and chat
template the agent loop uses, loss on the assistant tokens only (as verl's multi-turn SFT masks them)
— over cases **other than** the GRPO cases (`training/config/learn_cases.txt` and their translations),
so GRPO starts mid-range: the format half right, the case-specific work-up and diagnosis not.

Why a short torch loop and not verl's SFT trainer on the CPU platform: for a model of a few hundred
thousand parameters, verl's trainer would spend far longer starting Ray, torchrun and FSDP than
training; the loop here is a few dozen lines, deterministic (seeded, one thread), and its output is
cached like the tiny model itself (a directory named by the hash of everything that determines it).

    python -m dxgym.training.warm_start [--epochs N] [--print-path]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock

from dxgym.emr_fixtures.models import CaseRecord

BUILDER_VERSION = "1"
LEARN_CASES = Path(__file__).parent / "config" / "learn_cases.txt"
POLICIES = ("oracle", "oracle-paraphrase")


@dataclass(frozen=True)
class WarmStartSpec:
    """Everything that determines the fine-tuned model besides the base model and the cases."""

    epochs: int = 4
    lr: float = 2e-3
    seeds: int = 1  # episodes per case and policy (the paraphrase oracle varies its words by seed)
    max_turns: int = 8
    seed: int = 0


def learn_case_ids(path: Path = LEARN_CASES) -> list[str]:
    """The GRPO cases of the CPU learning curve (kept out of the warm start)."""
    from dxgym.training.selection import read_ids

    return read_ids(path)


def sft_cases(exclude: set[str]) -> list[CaseRecord]:
    """Train-split fixture cases, without `exclude` and without translations of (or into) those."""
    from dxgym.emr_fixtures.fixtures import load_fixture_cases

    cases = load_fixture_cases()
    related = set(exclude) | {c.translation_of for c in cases if c.case_id in exclude and c.translation_of}
    related |= {c.case_id for c in cases if c.translation_of in related}
    return [c for c in cases if c.split == "train" and c.case_id not in related]


async def _transcripts(cases: list[CaseRecord], spec: WarmStartSpec) -> list[list[dict[str, Any]]]:
    from dxgym.agents.verifiers import RuleVerifier
    from dxgym.envs.consultation import ConsultationConfig
    from dxgym.envs.episode import run_episode
    from dxgym.envs.policy_spec import make_policy
    from dxgym.training.cases import shared_lookup

    config = ConsultationConfig(max_turns=spec.max_turns)
    out = []
    for case in cases:
        for policy in POLICIES:
            for seed in range(spec.seeds):
                record = await run_episode(case, make_policy(policy, case, seed=seed), lookup=shared_lookup(),
                                           verifier=RuleVerifier(), config=config, seed=seed)
                out.append(record.messages)
    return out


def _ids(tokenizer: Any, messages: list[dict[str, Any]], generation: bool = False) -> list[int]:
    out = tokenizer.apply_chat_template(messages, tokenize=True, add_generation_prompt=generation)
    return list(out["input_ids"] if hasattr(out, "keys") else out)


def tokenise(tokenizer: Any, messages: list[dict[str, Any]], eot: int) -> tuple[list[int], list[int]]:
    """Token ids of a whole consultation and a mask that is 1 on the assistant's own tokens (and the
    end-of-turn token that stops each reply), exactly as the agent loop lays them out."""
    ids = _ids(tokenizer, messages)
    mask = [0] * len(ids)
    for i, message in enumerate(messages):
        if message["role"] != "assistant":
            continue
        start = len(_ids(tokenizer, messages[:i], generation=True))
        reply = [*tokenizer.encode(message["content"] or "", add_special_tokens=False), eot]
        if ids[start:start + len(reply)] != reply:
            raise ValueError("the chat template does not lay the reply out as the agent loop does")
        mask[start:start + len(reply)] = [1] * len(reply)
    return ids, mask


def fine_tune(base: Path, examples: list[tuple[list[int], list[int]]], spec: WarmStartSpec, out: Path) -> dict[str, Any]:
    """Next-token loss on the masked positions, one consultation a step (no padding: on a CPU a padded
    batch costs more than it saves), AdamW; saves model and tokenizer."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    torch.manual_seed(spec.seed)
    torch.set_num_threads(1)
    model = AutoModelForCausalLM.from_pretrained(base, dtype=torch.float32)
    model.train()
    optimizer = torch.optim.AdamW(model.parameters(), lr=spec.lr, weight_decay=0.0)
    rng = random.Random(spec.seed)
    losses: list[float] = []
    started = time.perf_counter()
    for _ in range(spec.epochs):
        order = list(range(len(examples)))
        rng.shuffle(order)
        for i in order:
            ids, mask = examples[i]
            tokens = torch.tensor([ids])
            labels = torch.tensor([[t if m else -100 for t, m in zip(ids, mask, strict=True)]])
            loss = model(input_ids=tokens, labels=labels).loss
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            losses.append(float(loss.detach()))
    model.eval()
    model.save_pretrained(out, safe_serialization=True)
    AutoTokenizer.from_pretrained(base).save_pretrained(out)
    for name in ("generation_config.json",):
        if (base / name).exists() and not (out / name).exists():
            shutil.copy(base / name, out / name)
    tail = losses[-len(examples):] or losses
    return {"steps": len(losses), "seconds": round(time.perf_counter() - started, 1),
            "first_loss": round(sum(losses[:20]) / max(len(losses[:20]), 1), 4),
            "last_epoch_loss": round(sum(tail) / max(len(tail), 1), 4)}


def build_warm_model(spec: WarmStartSpec | None = None, exclude: list[str] | None = None,
                     cache_dir: Path | None = None) -> Path:
    """The fine-tuned model's directory, built on first use and cached by content hash (under a file lock)."""
    from transformers import AutoTokenizer

    from dxgym.agents.serving.tiny_model import build_tiny_model, default_cache_dir
    from dxgym.training.standin import end_of_turn_id

    spec = spec or WarmStartSpec()
    exclude = learn_case_ids() if exclude is None else exclude
    base = build_tiny_model()
    cases = sft_cases(set(exclude))
    digest = hashlib.sha256(json.dumps({"v": BUILDER_VERSION, "base": base.name, "spec": asdict(spec),
                                        "cases": [c.case_id for c in cases], "policies": POLICIES},
                                       sort_keys=True).encode()).hexdigest()[:16]
    root = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    root.mkdir(parents=True, exist_ok=True)
    target = root / f"qwen2-tiny-warm-{digest}"
    if (target / "config.json").exists():
        return target
    with FileLock(str(target) + ".lock"):
        if (target / "config.json").exists():
            return target
        tokenizer = AutoTokenizer.from_pretrained(base)
        eot = end_of_turn_id(tokenizer)
        transcripts = asyncio.run(_transcripts(cases, spec))
        examples = [tokenise(tokenizer, messages, eot) for messages in transcripts]
        tmp = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=root))
        try:
            stats = fine_tune(base, examples, spec, tmp)
            stats.update({"base": str(base), "spec": asdict(spec), "cases": len(cases), "transcripts": len(examples),
                          "excluded": sorted(exclude), "assistant_tokens": sum(sum(m) for _, m in examples)})
            (tmp / "dxgym_warm_start.json").write_text(json.dumps(stats, indent=1) + "\n", encoding="utf-8")
            os.replace(tmp, target)
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=WarmStartSpec.epochs)
    parser.add_argument("--lr", type=float, default=WarmStartSpec.lr)
    parser.add_argument("--seeds", type=int, default=WarmStartSpec.seeds)
    parser.add_argument("--print-path", action="store_true", help="print only the model directory")
    args = parser.parse_args(argv)
    path = build_warm_model(WarmStartSpec(epochs=args.epochs, lr=args.lr, seeds=args.seeds))
    if args.print_path:
        print(path)
    else:
        print(f"{path}\n{(path / 'dxgym_warm_start.json').read_text(encoding='utf-8')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
