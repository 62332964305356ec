"""dxgym's verl configs: where they live, how they compose, how verl would build our loop.

The shipped configs are Hydra primary configs over verl's own `ppo_trainer.yaml`
(`defaults: [ppo_trainer, _self_]`, verl's config directory on the search path), so the launch
command is verl's own: `python -m verl.trainer.main_ppo --config-path <dir> --config-name grpo`.
Launch-time values (the agent-loop YAML's absolute path, data files, model path) are overrides the
scripts pass; `launch_overrides()` is the part every launch shares, so `check-config` composes
exactly what the scripts run. verl and Hydra are imported inside the functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

CONFIG_DIR = Path(__file__).parent / "config"
AGENT_LOOP_YAML = CONFIG_DIR / "agent_loop.yaml"
CONFIGS = {"single": "grpo", "multi": "grpo_multi_node", "smoke": "grpo_smoke", "smoke_cpu": "grpo_smoke_cpu",
           "learn_cpu": "grpo_learn_cpu"}
AGENT_LOOP_KEY = "actor_rollout_ref.rollout.agent.agent_loop_config_path"


def launch_overrides() -> list[str]:
    """Overrides every launch adds: the agent-loop YAML by absolute path (Ray workers on any node read it)."""
    return [f"{AGENT_LOOP_KEY}={AGENT_LOOP_YAML}"]


def with_launch_overrides(overrides: Sequence[str]) -> list[str]:
    """`launch_overrides()` unless the caller sets the same key, then `overrides`."""
    keys = {o.lstrip("+~").split("=", 1)[0] for o in overrides}
    return [o for o in launch_overrides() if o.split("=", 1)[0] not in keys] + list(overrides)


def compose(config_name: str = "grpo", overrides: Sequence[str] = (), *, config_dir: Path | None = None) -> Any:
    """Compose a trainer config the way `verl.trainer.main_ppo` would (Hydra; struct mode)."""
    from hydra import compose as hydra_compose
    from hydra import initialize_config_dir
    from hydra.core.global_hydra import GlobalHydra

    GlobalHydra.instance().clear()
    with initialize_config_dir(config_dir=str(config_dir or CONFIG_DIR), version_base=None):
        return hydra_compose(config_name=config_name, overrides=list(overrides))


def compose_verl_default(overrides: Sequence[str] = ()) -> Any:
    """verl's own `ppo_trainer` config, unchanged: the reference for unknown keys and default types."""
    import verl

    return compose("ppo_trainer", overrides, config_dir=Path(verl.__file__).parent / "trainer" / "config")


_loaded: set[str] = set()


def load_agent_loops(path: str | Path = AGENT_LOOP_YAML, *, reload: bool = False) -> dict[str, Any]:
    """Register the loops of an agent-loop YAML exactly as `AgentLoopWorker.__init__` does (once per worker)."""
    from omegaconf import OmegaConf
    from verl.experimental.agent_loop.agent_loop import _agent_loop_registry

    key = str(Path(path).resolve())
    if reload or key not in _loaded:
        for entry in OmegaConf.load(key):
            _agent_loop_registry[entry.name] = entry
        _loaded.add(key)
    return _agent_loop_registry


def instantiate_agent_loop(config: Any, server_manager: Any, tokenizer: Any, name: str = "dxgym_consultation",
                           hf_model_type: str | None = "qwen2", **loop_kwargs: Any) -> Any:
    """Build one agent loop the way `AgentLoopWorker._run_agent_loop` does (call inside a running loop).

    `loop_kwargs` override the YAML entry's keyword arguments (tests, benchmarks)."""
    import hydra
    from verl.experimental.agent_loop.agent_loop import DictConfigWrap, ToolListWrap
    from verl.utils.dataset.rl_dataset import RLHFDataset

    registry = load_agent_loops(config.actor_rollout_ref.rollout.agent.agent_loop_config_path or AGENT_LOOP_YAML)
    return hydra.utils.instantiate(
        config=registry[name],
        trainer_config=DictConfigWrap(config=config),
        server_manager=server_manager,
        tokenizer=tokenizer,
        processor=None,
        hf_model_type=hf_model_type,
        dataset_cls=RLHFDataset,
        data_config=DictConfigWrap(config.data),
        tools=ToolListWrap([]),
        **loop_kwargs,
    )
