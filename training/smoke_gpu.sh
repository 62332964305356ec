#!/usr/bin/env bash
# Two GRPO steps with a tiny model on one GPU, end to end through verl 0.9 with vLLM rollouts and
# dxgym's agent loop and reward function; prints the mean reward and the time of each step.
#
#   training/smoke_gpu.sh [HYDRA_OVERRIDES...]
#
# Needs: one CUDA GPU, dxgym installed with the `train` extra and vllm (e.g. verl[vllm]), no network.
# The model is dxgym's tiny random Qwen2 (agents/serving/tiny_model.py, built locally) unless
# SMOKE_MODEL names another local model; its diagnoses are noise, so the reward is low: the point
# is the plumbing (Ray, vLLM server, multi-turn agent loop, reward loop, FSDP update, KL loss).
# CI has no GPU: CI checks this script's config with `dxgym train check-config --smoke`.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/launch/common.sh"

WORK=$(realpath -m "${WORK:-$(mktemp -d -t dxgym-smoke-XXXX)}")
mkdir -p "$WORK/data"
MODEL=${SMOKE_MODEL:-$("$PYTHON" -c 'from dxgym.agents.serving.tiny_model import build_tiny_model; print(build_tiny_model())')}
export DXGYM_DATABASE_URL=${DXGYM_DATABASE_URL:-sqlite:///$WORK/emr.sqlite}
export DXGYM_EPISODES_PATH=$WORK/episodes.jsonl

"$PYTHON" -m dxgym db init >/dev/null  # the fixture cases, in a SQLite file of its own
"$PYTHON" -m dxgym train export --split train --out "$WORK/data/train.parquet"
"$PYTHON" -m dxgym train export --split val --out "$WORK/data/val.parquet"

dxgym_overrides "$MODEL" "$WORK/data" "$WORK/checkpoints"
OVERRIDES+=("$@")
"$PYTHON" -m dxgym train check-config --smoke "${OVERRIDES[@]}"

start=$(date +%s)
"$PYTHON" -m verl.trainer.main_ppo --config-path "$CFG_DIR" --config-name grpo_smoke "${OVERRIDES[@]}" \
  2>&1 | tee "$WORK/train.log"
echo "---- dxgym GPU smoke: $(( $(date +%s) - start )) s wall, logs in $WORK"
# verl's console logger prints one "step:N - key:value - ..." line per training step
"$PYTHON" - "$WORK/train.log" <<'PY'
import sys

steps = 0
with open(sys.argv[1], encoding="utf-8", errors="replace") as log:
    for line in log:
        if not line.startswith("step:"):
            continue
        fields = dict(kv.split(":", 1) for kv in line.strip().split(" - ") if ":" in kv)
        steps += 1
        reward, step_s, gen_s = (fields.get(k, "?") for k in ("critic/score/mean", "timing_s/step", "timing_s/gen"))
        print(f"step {fields.get('step')}: reward mean {reward}, step time {step_s} s, generation {gen_s} s")
if steps < 2:
    sys.exit(f"expected 2 training steps in the log, found {steps}")
PY
echo "episodes written: $(wc -l < "$DXGYM_EPISODES_PATH") ($DXGYM_EPISODES_PATH)"
