"""`dxgym train check-config`: compose the trainer config on a CPU machine and fail on mistakes.

A typo in a Hydra override costs a cluster queue slot and minutes of start-up before verl fails
(or, for a key in our YAML, silently does nothing). This composes exactly what the launch scripts
run — verl 0.9.1's `ppo_trainer.yaml`, dxgym's settings, the launch overrides, the caller's
overrides — and checks, without a GPU:

- unknown keys: Hydra's own struct check for command-line overrides, and a diff against verl's
  defaults for keys written in our YAML (Hydra merges those silently); a key verl's YAML leaves out
  but its config dataclass declares (`rollout.enable_sleep_mode`) is known;
- types: each changed value against the field's annotation in verl's config dataclass (the
  node's `_target_`), else against the type of verl's default;
- verl's own `validate_config` (batch divisibility, micro-batch settings, ...);
- dxgym's wiring: the agent-loop YAML's `_target_`s import and subclass `AgentLoopBase`, the
  default loop and `dxgym_consultation` are registered, the reward function imports and is callable;
- the length penalty: T < B (`reward_kwargs.length_threshold` / `length_budget`), and B, the policy's
  own token budget, leaves at least a quarter of `data.max_response_length` to examination results;
- the data: the train / val parquet, where they exist, hold rows, and the train split fills at least
  one batch (verl's dataloader drops a partial batch, so fewer rows than `data.train_batch_size`
  would train zero steps).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import inspect
import io
import re
import types
import typing
import warnings
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dxgym.training.verl_config import (
    AGENT_LOOP_KEY,
    CONFIGS,
    compose,
    compose_verl_default,
    with_launch_overrides,
)

# dict-valued keys that take arbitrary entries (verl reads them with .get, or passes them on as keyword
# arguments: ray_kwargs.ray_init goes to ray.init)
OPEN_KEYS = ("reward.custom_reward_function.reward_kwargs", "ray_kwargs.ray_init")
BUILTIN_LOOPS = ("single_turn_agent", "tool_agent")
ROLLOUT_BACKENDS = ("vllm", "sglang", "trtllm")
_MISSING = object()


@dataclass
class CheckReport:
    """What `check_config` found; `ok` when there are no errors."""

    config_name: str
    overrides: list[str]
    errors: list[str] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


# --- walking configs ---------------------------------------------------------------------------


def _walk(node: Any, prefix: str = "") -> Iterator[tuple[str, Any, bool]]:
    """(path, raw value, is_dict) for every key, interpolations left unresolved."""
    from omegaconf import DictConfig

    for key in node.keys():
        child = node._get_node(key)
        path = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(child, DictConfig):
            yield path, child, True
            if not child._is_none() and not child._is_missing() and not child._is_interpolation():
                yield from _walk(child, path)
        else:
            yield path, child._value(), False


def _index(cfg: Any) -> dict[str, tuple[Any, bool]]:
    return {path: (value, is_dict) for path, value, is_dict in _walk(cfg)}


def _is_open(path: str, base: dict[str, tuple[Any, bool]]) -> bool:
    """A new key is allowed under an open map: a listed one, or a dict that is empty in verl's defaults."""
    if any(path == k or path.startswith(k + ".") for k in OPEN_KEYS):
        return True
    parts = path.split(".")
    for i in range(len(parts) - 1, 0, -1):
        parent = ".".join(parts[:i])
        if parent in base:
            value, is_dict = base[parent]
            return is_dict and not value._is_none() and len(value) == 0
    return False


def _in_dict_field(cfg: Any, path: str) -> bool:
    """Under a config-dataclass field typed as a dict (`fsdp_config.mixed_precision`): its keys are free."""
    parts = path.split(".")
    for i in range(len(parts) - 1, 0, -1):
        annotation = _field_annotation(cfg, ".".join(parts[:i]))
        if annotation is not _MISSING:
            return _conforms({}, annotation) is True
    return False


def _plain(value: Any) -> Any:
    from omegaconf import DictConfig, ListConfig, OmegaConf

    if isinstance(value, DictConfig | ListConfig):
        return OmegaConf.to_container(value, resolve=False)
    return value


def _is_interpolation(value: Any) -> bool:
    return isinstance(value, str) and "${" in value


# --- types -------------------------------------------------------------------------------------


def _conforms(value: Any, annotation: Any) -> bool | None:
    """True / False, or None when the annotation is beyond this small checker (then not judged)."""
    if annotation is Any:
        return True
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        results = [_conforms(value, arg) for arg in typing.get_args(annotation)]
        if any(r is True for r in results):
            return True
        return None if any(r is None for r in results) else False
    if origin is typing.Literal:
        return value in typing.get_args(annotation)
    if annotation is type(None):
        return value is None
    if annotation is bool:
        return isinstance(value, bool)
    if annotation is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if annotation is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if annotation is str:
        return isinstance(value, str)
    container = origin or annotation
    if container in (list, tuple, Sequence, typing.List, typing.Tuple):  # noqa: UP006
        return isinstance(value, list | tuple)
    if container in (dict, Mapping, typing.Dict):  # noqa: UP006
        return isinstance(value, dict)
    return None


def _type_name(annotation: Any) -> str:
    return getattr(annotation, "__name__", None) or str(annotation).replace("typing.", "")


def _field_annotation(cfg: Any, path: str) -> Any:
    """The annotation of `path`'s field in the dataclass its parent node instantiates, or _MISSING."""
    from hydra.utils import get_class
    from omegaconf import OmegaConf

    parent, _, name = path.rpartition(".")
    target = OmegaConf.select(cfg, f"{parent}._target_", default=None) if parent else None
    if not isinstance(target, str):
        return _MISSING
    try:
        cls = get_class(target)
        hints = typing.get_type_hints(cls) if dataclasses.is_dataclass(cls) else {}
    except Exception:  # an unimportable target is verl's to report at launch; types stay unjudged
        return _MISSING
    return hints.get(name, _MISSING)


def _type_error(path: str, value: Any, cfg: Any, default: Any) -> str | None:
    if value is None or _is_interpolation(value) or value == "???":
        return None
    annotation = _field_annotation(cfg, path)
    if annotation is not _MISSING:
        if _conforms(value, annotation) is False:
            return f"wrong type for {path}: expected {_type_name(annotation)}, got {type(value).__name__} {value!r}"
        return None
    if default is _MISSING or default is None or _is_interpolation(default):
        return None
    expected: tuple[type, ...]
    if isinstance(default, bool):
        expected = (bool,)
    elif isinstance(default, int):
        expected = (int,)
    elif isinstance(default, float):
        expected = (int, float)
    elif isinstance(default, list | dict):
        expected = (type(default),)
    else:
        return None  # a string default: Hydra parses `name=123` as an int, and verl accepts it
    if not isinstance(value, expected) or (bool not in expected and isinstance(value, bool)):
        return f"wrong type for {path}: expected {expected[-1].__name__}, got {type(value).__name__} {value!r}"
    return None


# --- the checks --------------------------------------------------------------------------------


def _hydra_error(exc: Exception) -> str:
    text = str(exc)
    match = re.search(r"Could not override '([^']+)'", text)
    if match:
        hint = " (to add a new key use +KEY=VALUE)" if "+" in text else ""
        return f"unknown key {match.group(1)}{hint}"
    match = re.search(r"Key '([^']+)' is not in struct", text)
    if match:
        return f"unknown key {match.group(1)}"
    return f"config does not compose: {text.splitlines()[0] if text else type(exc).__name__}"


def _key_errors(cfg: Any, base: dict[str, tuple[Any, bool]]) -> list[str]:
    errors: list[str] = []
    unknown: list[str] = []
    for path, value, is_dict in _walk(cfg):
        if any(path.startswith(u + ".") for u in unknown):
            continue
        if path not in base:
            if not _is_open(path, base) and _field_annotation(cfg, path) is _MISSING and not _in_dict_field(cfg, path):
                unknown.append(path)
                errors.append(f"unknown key {path} (not in verl {_verl_version()}'s trainer config)")
                continue
            default = _MISSING
        else:
            default, base_is_dict = base[path]
            if base_is_dict or is_dict or _plain(default) == _plain(value):
                continue
            default = _plain(default)
        if not is_dict:
            problem = _type_error(path, _plain(value), cfg, default)
            if problem:
                errors.append(problem)
    return errors


@functools.cache
def _verl_defaults() -> dict[str, tuple[Any, bool]]:
    return _index(compose_verl_default())


def _verl_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("verl")
    except metadata.PackageNotFoundError:
        return "?"


def _verl_validate(cfg: Any) -> list[str]:
    from verl.trainer.ppo.utils import need_critic, need_reference_policy
    from verl.utils.config import validate_config

    try:
        with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # "Disabled critic ..." is what GRPO wants
            validate_config(cfg, use_reference_policy=need_reference_policy(cfg), use_critic=need_critic(cfg))
    except Exception as exc:  # verl raises AssertionError / ValueError / omegaconf errors
        return [f"verl validate_config: {type(exc).__name__}: {exc}"]
    return []


def _wiring_errors(cfg: Any) -> list[str]:
    from hydra.utils import get_class
    from omegaconf import OmegaConf
    from verl.experimental.agent_loop.agent_loop import AgentLoopBase

    errors: list[str] = []
    rollout = cfg.actor_rollout_ref.rollout
    if rollout.name not in ROLLOUT_BACKENDS:
        errors.append(f"actor_rollout_ref.rollout.name is {rollout.name!r}: agent loops need one of {ROLLOUT_BACKENDS}")
    if not cfg.data.return_raw_chat:
        errors.append("data.return_raw_chat must be true: the agent loop reads the chat messages")
    path = rollout.agent.agent_loop_config_path
    loops: set[str] = set(BUILTIN_LOOPS)
    if not path:
        errors.append(f"{AGENT_LOOP_KEY} is not set: dxgym_consultation would not be registered")
    elif not Path(path).is_file():
        errors.append(f"{AGENT_LOOP_KEY}: no such file {path}")
    else:
        for entry in OmegaConf.load(path):
            name, target = entry.get("name"), entry.get("_target_")
            try:
                cls = get_class(target)
            except Exception as exc:
                errors.append(f"agent loop {name!r}: _target_ {target!r} does not import ({exc})")
                continue
            if not (inspect.isclass(cls) and issubclass(cls, AgentLoopBase)):
                errors.append(f"agent loop {name!r}: {target} is not an AgentLoopBase subclass")
            loops.add(str(name))
    for needed in {"dxgym_consultation", rollout.agent.default_agent_loop}:
        if needed not in loops:
            errors.append(f"agent loop {needed!r} is not registered (loops: {', '.join(sorted(loops))})")
    errors += _reward_errors(cfg)
    return errors


def _reward_errors(cfg: Any) -> list[str]:
    from verl.utils.import_utils import load_extern_object

    spec = cfg.reward.get("custom_reward_function") or {}
    if not spec.get("path"):
        return ["reward.custom_reward_function.path is not set: verl would score with its default (gsm8k-style) rules"]
    try:
        fn = load_extern_object(module_path=spec.path, object_name=spec.name)
    except Exception as exc:
        return [f"reward function {spec.path}:{spec.name} does not load ({type(exc).__name__}: {exc})"]
    if not callable(fn):
        return [f"reward function {spec.path}:{spec.name} is not callable"]
    params = inspect.signature(fn).parameters
    missing = [p for p in ("data_source", "solution_str", "ground_truth", "extra_info") if p not in params]
    if missing:
        return [f"reward function {spec.path}:{spec.name} lacks parameters {missing}"]
    return []


# B may take at most this share of the response: the rest holds the examination results the policy asked
# for. In the shipped setting that is 4,096 of 16,384 tokens; the results of a whole oracle episode of a
# shipped case take at most 1,914 tokens, and those of a 28-test catalogue order 2,387 (measured with the
# tiny local tokenizer, whose small vocabulary spends more tokens on clinical text than Qwen's).
MAX_ASSISTANT_SHARE = 0.75


def _length_errors(cfg: Any) -> list[str]:
    from pydantic import ValidationError

    from dxgym.training.reward import trainer_reward_config

    key = "reward.custom_reward_function.reward_kwargs"
    try:
        config = trainer_reward_config(cfg)
    except ValidationError as exc:
        return [f"{key}: {exc.errors()[0]['msg'].removeprefix('Value error, ')}"]
    except TypeError as exc:
        return [f"{key}: {exc}"]
    response = int(cfg.data.max_response_length)
    limit = int(response * MAX_ASSISTANT_SHARE)
    if config.length_budget > limit:
        return [f"{key}.length_budget B={config.length_budget} leaves {max(response - config.length_budget, 0)} of "
                f"data.max_response_length={response} tokens for examination results; keep B <= {limit} "
                f"(three quarters) or raise data.max_response_length"]
    return []


def _rows(path: str) -> int | None:
    """Rows of a parquet file, from its footer; None when it does not exist (yet)."""
    import pyarrow.parquet as pq

    file = Path(path).expanduser()
    if not file.is_file():
        return None
    return int(pq.ParquetFile(file).metadata.num_rows)


def _files(value: Any) -> list[str]:
    plain = _plain(value)
    return [str(v) for v in plain] if isinstance(plain, list | tuple) else [str(plain)] if plain else []


def _data_errors(cfg: Any, summary: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    counts: dict[str, int | None] = {}
    for key in ("train_files", "val_files"):
        sizes = [_rows(f) for f in _files(cfg.data.get(key))]
        counts[key] = None if not sizes or any(n is None for n in sizes) else sum(n for n in sizes if n is not None)
        summary[f"data.{key}.rows"] = counts[key]
    batch = int(cfg.data.train_batch_size)
    train = counts["train_files"]
    if train is not None and train < batch:
        errors.append(f"data.train_files has {train} rows, fewer than data.train_batch_size={batch}: verl drops "
                      f"the partial batch, so no training step would run (export more cases, or set "
                      f"data.train_batch_size<={train})")
    if counts["val_files"] == 0:
        errors.append("data.val_files has 0 rows")
    return errors


def _summary(cfg: Any) -> dict[str, Any]:
    from omegaconf import OmegaConf

    keys = (
        "algorithm.adv_estimator", "data.train_batch_size", "actor_rollout_ref.rollout.n",
        "actor_rollout_ref.actor.use_kl_loss", "actor_rollout_ref.actor.kl_loss_type",
        "actor_rollout_ref.actor.kl_loss_coef", "data.max_prompt_length", "data.max_response_length",
        "actor_rollout_ref.rollout.name", "actor_rollout_ref.rollout.agent.default_agent_loop",
        "reward.custom_reward_function.path", "trainer.nnodes", "trainer.n_gpus_per_node",
    )
    return {k: _plain(OmegaConf.select(cfg, k, default=None)) for k in keys}


def check_config(
    overrides: Sequence[str] = (),
    *,
    setting: str = "single",
    config_name: str | None = None,
    config_dir: Path | None = None,
) -> CheckReport:
    """Compose `setting`'s config (single / multi / smoke) with `overrides` and check it.

    Args:
        overrides: Hydra overrides, as on the launch command line.
        setting: which shipped config: `single` (grpo), `multi` (grpo_multi_node), `smoke` (grpo_smoke).
        config_name: another config in training/config (overrides `setting`).
        config_dir: look for `config_name` there instead (a config of your own over verl's).
    """
    name = config_name or CONFIGS[setting]
    full = with_launch_overrides(overrides)
    report = CheckReport(config_name=name, overrides=full)
    try:
        cfg = compose(name, full, config_dir=config_dir)
    except Exception as exc:  # Hydra's composition and override errors
        report.errors.append(_hydra_error(exc))
        return report
    base = _verl_defaults()
    report.errors += _key_errors(cfg, base)
    if report.errors:  # verl's own checks would trip over the same mistakes
        return report
    report.errors += _verl_validate(cfg)
    report.errors += _wiring_errors(cfg)
    report.errors += _length_errors(cfg)
    report.summary = _summary(cfg)
    report.errors += _data_errors(cfg, report.summary)
    return report
