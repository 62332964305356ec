#!/usr/bin/env bash
# dxgym GRPO on one node: the report's setting (training/config/grpo.yaml) on this machine's GPUs.
#
#   MODEL_PATH=/models/Qwen3-8B DATA_DIR=data training/launch/single_node.sh [HYDRA_OVERRIDES...]
#
# Environment:
#   MODEL_PATH (required)   policy model (local directory or hub id reachable from this node)
#   DATA_DIR                holds train.parquet / val.parquet from `dxgym train export` (default ./data)
#   RUN_DIR                 logs, checkpoints, episodes.jsonl (default ./runs/grpo-<time>)
#   N_GPUS                  GPUs to use (default: all that nvidia-smi lists)
#   DXGYM_DATABASE_URL      case database (default: the embedded SQLite of this machine)
#   DXGYM_VERIFIER, DXGYM_JUDGE   rule (default) or vrm with openai:MODEL@URL
# The config is checked first (`dxgym train check-config`), so a mistyped override fails in
# seconds, naming the key, before Ray or any GPU starts.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/common.sh"

: "${MODEL_PATH:?set MODEL_PATH to the policy model}"
DATA_DIR=$(realpath "${DATA_DIR:-data}")
RUN_DIR=$(realpath -m "${RUN_DIR:-runs/grpo-$(date +%Y%m%d-%H%M%S)}")
N_GPUS=${N_GPUS:-$(nvidia-smi -L | wc -l)}
mkdir -p "$RUN_DIR"
export DXGYM_EPISODES_PATH=${DXGYM_EPISODES_PATH:-$RUN_DIR/episodes.jsonl}

dxgym_overrides "$MODEL_PATH" "$DATA_DIR" "$RUN_DIR/checkpoints"
OVERRIDES+=("trainer.nnodes=1" "trainer.n_gpus_per_node=$N_GPUS" "$@")

"$PYTHON" -m dxgym train check-config "${OVERRIDES[@]}"
echo "run dir: $RUN_DIR (train.log, episodes.jsonl, checkpoints/)"
"$PYTHON" -m verl.trainer.main_ppo --config-path "$CFG_DIR" --config-name grpo "${OVERRIDES[@]}" \
  2>&1 | tee "$RUN_DIR/train.log"
