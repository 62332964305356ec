"""`dxgym train check-config` on verl 0.9.1's real trainer config (Hydra compose, no GPU)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from dxgym.training.check_config import check_config


@pytest.mark.parametrize("setting", ["single", "multi", "smoke", "smoke_cpu", "learn_cpu"])
def test_shipped_configs_pass(setting):
    report = check_config(setting=setting)
    assert report.ok, report.errors
    assert report.summary["algorithm.adv_estimator"] == "grpo"
    assert report.summary["actor_rollout_ref.actor.kl_loss_type"] == "low_var_kl"
    if setting in ("single", "multi"):
        assert report.summary["data.train_batch_size"] == 128 and report.summary["actor_rollout_ref.rollout.n"] == 12
    if setting == "multi":
        assert report.summary["trainer.nnodes"] > 1


def test_launch_overrides_pass():
    """What the launch scripts add: model, data, node counts, env vars for Ray workers (quoted URLs)."""
    report = check_config(
        [
            "actor_rollout_ref.model.path=/models/x",
            "data.train_files=/data/train.parquet",
            "trainer.nnodes=2",
            "trainer.n_gpus_per_node=8",
            "+ray_kwargs.ray_init.runtime_env.env_vars.DXGYM_DATABASE_URL='postgresql+psycopg://u:p@db:5432/dxgym'",
        ],
        setting="multi",
    )
    assert report.ok, report.errors


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ("actor_rollout_ref.rollout.nn=12", "unknown key actor_rollout_ref.rollout.nn"),
        ("trainer.nodes=2", "unknown key trainer.nodes"),
        ("actor_rollout_ref.rollout.n=twelve", "wrong type for actor_rollout_ref.rollout.n: expected int"),
        ("data.train_batch_size=1.5", "wrong type for data.train_batch_size: expected int"),
        ("actor_rollout_ref.actor.use_kl_loss=maybe", "wrong type for actor_rollout_ref.actor.use_kl_loss: expected bool"),
        ("actor_rollout_ref.rollout.name=hf", "actor_rollout_ref.rollout.name is 'hf'"),
        ("reward.custom_reward_function.path=pkg://dxgym.training.no_such_module", "does not load"),
        ("actor_rollout_ref.rollout.agent.default_agent_loop=dx_missing", "'dx_missing' is not registered"),
    ],
)
def test_mistakes_are_named(override, message):
    report = check_config([override])
    assert not report.ok
    assert any(message in e for e in report.errors), report.errors


def test_mistyped_key_in_a_yaml_config(tmp_path):
    (tmp_path / "mine.yaml").write_text(
        "hydra:\n  searchpath:\n    - pkg://verl.trainer.config\n"
        "defaults:\n  - ppo_trainer\n  - grpo_settings\n  - _self_\n"
        "actor_rollout_ref:\n  actor:\n    kl_los_coef: 0.01\n"
    )
    (tmp_path / "grpo_settings.yaml").write_text((_config_dir() / "grpo_settings.yaml").read_text())
    report = check_config(config_name="mine", config_dir=tmp_path)
    assert report.errors == ["unknown key actor_rollout_ref.actor.kl_los_coef (not in verl 0.9.1's trainer config)"]


def test_bad_agent_loop_target(tmp_path):
    path = tmp_path / "loops.yaml"
    path.write_text("- name: dxgym_consultation\n  _target_: dxgym.training.agent_loop.NoSuchLoop\n")
    report = check_config([f"actor_rollout_ref.rollout.agent.agent_loop_config_path={path}"])
    assert any("NoSuchLoop" in e and "does not import" in e for e in report.errors), report.errors


def test_cli_exit_codes():
    import dxgym

    runner = CliRunner()
    bad = runner.invoke(dxgym.app, ["train", "check-config", "actor_rollout_ref.rollout.nn=12"])
    assert bad.exit_code == 1
    assert "unknown key actor_rollout_ref.rollout.nn" in bad.output
    good = runner.invoke(dxgym.app, ["train", "check-config", "--multi-node", "--json"])
    assert good.exit_code == 0, good.output


def _config_dir():
    from dxgym.training.verl_config import CONFIG_DIR

    return CONFIG_DIR


def _parquet(path, rows: int):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist([{"case_id": f"c{i}"} for i in range(rows)]), path)
    return str(path)


def test_a_train_split_smaller_than_the_batch_is_named_with_both_numbers(tmp_path):
    """verl drops a partial batch: 101 rows at 128 prompts a step would train zero steps."""
    train, val = _parquet(tmp_path / "train.parquet", 101), _parquet(tmp_path / "val.parquet", 22)
    report = check_config([f"data.train_files={train}", f"data.val_files={val}"])
    assert report.errors == ["data.train_files has 101 rows, fewer than data.train_batch_size=128: verl drops the "
                             "partial batch, so no training step would run (export more cases, or set "
                             "data.train_batch_size<=101)"]
    fits = check_config([f"data.train_files={train}", f"data.val_files={val}", "data.train_batch_size=32",
                         "actor_rollout_ref.actor.ppo_mini_batch_size=8"])
    assert fits.ok, fits.errors
    assert fits.summary["data.train_files.rows"] == 101 and fits.summary["data.val_files.rows"] == 22


def test_cli_names_both_numbers(tmp_path):
    import dxgym

    train = _parquet(tmp_path / "train.parquet", 3)
    result = CliRunner().invoke(dxgym.app, ["train", "check-config", f"data.train_files={train}"])
    assert result.exit_code == 1
    assert "has 3 rows, fewer than data.train_batch_size=128" in " ".join(result.output.split())


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"length_budget": 8192}, "length_budget (B=8192) must exceed length_threshold (T=8192)"),
        ({"length_threshold": 12288}, "must exceed length_threshold (T=12288)"),
        ({"length_budget": 16000}, "B=16000 leaves 384 of data.max_response_length=16384 tokens for examination results"),
    ],
)
def test_length_budget_must_exceed_t_and_leave_room_for_results(kwargs, message):
    report = check_config([f"reward.custom_reward_function.reward_kwargs.{k}={v}" for k, v in kwargs.items()])
    assert any(message in e for e in report.errors), report.errors


def test_shipped_length_settings_keep_the_reports_t():
    from dxgym.training.reward import trainer_reward_config
    from dxgym.training.verl_config import compose

    for name in ("grpo", "grpo_multi_node"):
        cfg = compose(name)
        reward = trainer_reward_config(cfg)
        assert reward.length_threshold == 8192 < reward.length_budget <= 0.75 * cfg.data.max_response_length


def test_cpu_settings_need_no_plus_keys():
    """cpu_settings.yaml sets keys verl's YAML lacks but its dataclasses declare (rollout.enable_sleep_mode)
    and ray.init's own keyword arguments; a real typo there is still caught."""
    from dxgym.training.verl_config import compose

    cfg = compose("grpo_smoke_cpu")
    assert cfg.actor_rollout_ref.rollout.enable_sleep_mode is False and cfg.trainer.device == "cpu"
    report = check_config(["+actor_rollout_ref.rollout.enable_sleep_modes=false"], setting="smoke_cpu")
    assert any("enable_sleep_modes" in e for e in report.errors), report.errors
