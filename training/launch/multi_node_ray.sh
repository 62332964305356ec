#!/usr/bin/env bash
# dxgym GRPO across nodes on a Ray cluster (training/config/grpo_multi_node.yaml).
#
#   on the head node:     training/launch/multi_node_ray.sh head
#   on every other node:  HEAD_ADDR=<head ip> training/launch/multi_node_ray.sh worker
#   then, on the head:    NNODES=4 MODEL_PATH=... DATA_DIR=... training/launch/multi_node_ray.sh train [OVERRIDES...]
#
# Every node needs the same Python environment with dxgym installed (`pip install "dxgym[train]"`
# plus vllm; dxgym's configs and reward function are found inside the installed package), the
# model at MODEL_PATH, and the cases: DXGYM_DATABASE_URL=postgresql+psycopg://... reachable from
# every node, or a copy of the SQLite file at the same path on every node (opened read-only).
# DXGYM_* variables set on the head when `train` runs are passed to every worker through Ray's
# runtime environment. DATA_DIR and RUN_DIR must be on a filesystem the head can read and write
# (the trainer driver reads the parquet); episodes.jsonl is written by the reward workers, so put
# DXGYM_EPISODES_PATH on a shared filesystem to collect every node's episodes in one file.
#
# Environment: NNODES (train), N_GPUS (GPUs per node, default all), RAY_PORT (6379), HEAD_ADDR (worker),
# RAY_BLOCK=1 (head/worker stay in the foreground, as Slurm steps need),
# MODEL_PATH, DATA_DIR, RUN_DIR, DXGYM_DATABASE_URL, DXGYM_EPISODES_PATH, DXGYM_VERIFIER, DXGYM_JUDGE.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$HERE/common.sh"

ROLE=${1:?usage: multi_node_ray.sh head|worker|train [OVERRIDES...]}
shift
RAY_PORT=${RAY_PORT:-6379}
N_GPUS=${N_GPUS:-$(nvidia-smi -L | wc -l)}
BLOCK=()
[[ "${RAY_BLOCK:-0}" == 1 ]] && BLOCK=(--block)  # keep `ray start` in the foreground (Slurm steps)

case "$ROLE" in
  head)
    ray start --head --port="$RAY_PORT" --num-gpus="$N_GPUS" --dashboard-host=0.0.0.0 "${BLOCK[@]}"
    echo "head up; on each worker: HEAD_ADDR=$(hostname -I | awk '{print $1}') $0 worker"
    ;;
  worker)
    : "${HEAD_ADDR:?set HEAD_ADDR to the address of the head node}"
    ray start --address="$HEAD_ADDR:$RAY_PORT" --num-gpus="$N_GPUS" "${BLOCK[@]}"
    ;;
  train)
    : "${NNODES:?set NNODES to the number of nodes (head included)}"
    : "${MODEL_PATH:?set MODEL_PATH to the policy model}"
    DATA_DIR=$(realpath "${DATA_DIR:-data}")
    RUN_DIR=$(realpath -m "${RUN_DIR:-runs/grpo-$(date +%Y%m%d-%H%M%S)}")
    mkdir -p "$RUN_DIR"
    export DXGYM_EPISODES_PATH=${DXGYM_EPISODES_PATH:-$RUN_DIR/episodes.jsonl}
    dxgym_overrides "$MODEL_PATH" "$DATA_DIR" "$RUN_DIR/checkpoints"
    OVERRIDES+=("trainer.nnodes=$NNODES" "trainer.n_gpus_per_node=$N_GPUS" "$@")
    "$PYTHON" -m dxgym train check-config --multi-node "${OVERRIDES[@]}"
    want=$((NNODES * N_GPUS))
    for _ in $(seq 1 60); do  # wait for every worker to join
      have=$("$PYTHON" -c 'import ray; ray.init(address="auto", logging_level="ERROR"); print(int(ray.cluster_resources().get("GPU", 0)))')
      [[ "$have" -ge "$want" ]] && break
      echo "waiting for the cluster: $have of $want GPUs"; sleep 10
    done
    [[ "$have" -ge "$want" ]] || { echo "the cluster has $have GPUs, need $want" >&2; exit 1; }
    echo "run dir: $RUN_DIR (train.log, episodes.jsonl, checkpoints/); Ray dashboard on the head, port 8265"
    RAY_ADDRESS=auto "$PYTHON" -m verl.trainer.main_ppo --config-path "$CFG_DIR" --config-name grpo_multi_node \
      "${OVERRIDES[@]}" 2>&1 | tee "$RUN_DIR/train.log"
    ;;
  *)
    echo "unknown role $ROLE: expected head, worker or train" >&2; exit 2 ;;
esac
