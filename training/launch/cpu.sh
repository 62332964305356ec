# Shared by the CPU scripts (training/smoke_cpu.sh, training/learn_cpu.sh); sourced after common.sh.
#
# verl on CPU: verl imports dxgym's CPU platform in every process it starts (VERL_USE_EXTERNAL_MODULES)
# and VERL_PLATFORM=cpu selects it (training/cpu_platform.py); vLLM's CPU backend and torch get one
# thread each so a run leaves the machine usable. The local Ray cluster inherits this environment.
export VERL_PLATFORM=cpu
export VERL_USE_EXTERNAL_MODULES=dxgym.training.cpu_platform
export VLLM_TARGET_DEVICE=cpu VLLM_CPU_KVCACHE_SPACE=${VLLM_CPU_KVCACHE_SPACE:-1} VLLM_CPU_OMP_THREADS_BIND=nobind
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1} MKL_NUM_THREADS=${MKL_NUM_THREADS:-1}
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 WANDB_MODE=disabled VLLM_NO_USAGE_STATS=1 DO_NOT_TRACK=1
export TOKENIZERS_PARALLELISM=false RAY_DEDUP_LOGS=0 RAY_USAGE_STATS_ENABLED=0 RAY_DISABLE_DOCKER_CPU_WARNING=1
# Ray's own temporary files per run (several runs on one machine must not share a session directory)
export RAY_TMPDIR=${RAY_TMPDIR:-$(mktemp -d -t dxgym-ray-XXXX)}

# run_verl CONFIG TIMEOUT_S LOG OVERRIDES...: verl's trainer under `timeout` (a wrong fix can hang it for
# many minutes instead of failing), its output in LOG; on failure, the log's tail and a non-zero exit.
run_verl() {
  local config=$1 limit=$2 log=$3 rc=0
  shift 3
  # Hydra's own output directory beside the log, not ./outputs in the caller's directory
  timeout --kill-after=30 "$limit" "$PYTHON" -m verl.trainer.main_ppo --config-path "$CFG_DIR" \
    --config-name "$config" "$@" "hydra.run.dir=$(dirname "$log")/hydra" >"$log" 2>&1 || rc=$?
  if [[ $rc -ne 0 ]]; then
    echo "---- verl failed (exit $rc$([[ $rc -eq 124 ]] && echo ", timed out after ${limit} s")); the log's tail ($log):" >&2
    tail -n 60 "$log" >&2
    return "$rc"
  fi
}

# start_judge_server DIR: a vLLM OpenAI-compatible server on loopback serving the tiny model, from
# .venv-vllm (DXGYM_VLLM_PYTHON); sets DXGYM_JUDGE, JUDGE_DIR and JUDGE_PID (stop it with kill).
start_judge_server() {
  local dir=$1
  mkdir -p "$dir"
  "$PYTHON" -m dxgym.training.judge_server --dir "$dir" &
  JUDGE_PID=$!
  for _ in $(seq 1 600); do
    [[ -s "$dir/judge.spec" ]] && break
    kill -0 "$JUDGE_PID" 2>/dev/null || { echo "the judge server did not start; its log:" >&2; tail -n 40 "$dir/server.log" >&2; return 1; }
    sleep 0.5
  done
  [[ -s "$dir/judge.spec" ]] || { echo "the judge server did not come up in time" >&2; return 1; }
  DXGYM_JUDGE=$(cat "$dir/judge.spec")
  JUDGE_DIR=$dir
  export DXGYM_JUDGE JUDGE_DIR
}

# judge_requests DIR: "RECEIVED ANSWERED", the chat completions the judge server in DIR received and
# answered with 200, from its own access log.
judge_requests() {
  "$PYTHON" -m dxgym.training.judge_server --count "$1"
}
