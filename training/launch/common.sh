# Shared by the dxgym launch scripts (sourced, not run).
#
# Resolves dxgym's config directory inside the *installed* package (the same path on every node
# when every node has the same environment), and turns the DXGYM_* settings of this shell into
# Hydra overrides for verl's Ray runtime environment, so every agent-loop and reward worker, on
# every node, sees them (env vars of the launching shell do not reach Ray workers on other nodes).

PYTHON=${PYTHON:-python3}
CFG_DIR=$("$PYTHON" -c 'from dxgym.training.verl_config import CONFIG_DIR; print(CONFIG_DIR)')
AGENT_LOOP_YAML="$CFG_DIR/agent_loop.yaml"

# dxgym_overrides MODEL DATA_DIR CHECKPOINT_DIR: sets the array OVERRIDES to what every launch adds
# (agent-loop YAML, model, checkpoints, the train/val parquet written by `dxgym train export`, and one
# Hydra override per set DXGYM_* variable, quoted, for verl's Ray runtime environment). Called
# directly, not in a subshell, so a missing parquet stops a `set -e` script here.
dxgym_overrides() {
  local model=$1 dir=$2 checkpoints=$3 name
  [[ -f "$dir/train.parquet" ]] || { echo "no $dir/train.parquet (run: dxgym train export --split train --out $dir/train.parquet)" >&2; return 1; }
  [[ -f "$dir/val.parquet" ]] || { echo "no $dir/val.parquet (run: dxgym train export --split val --out $dir/val.parquet)" >&2; return 1; }
  OVERRIDES=(
    "actor_rollout_ref.rollout.agent.agent_loop_config_path=$AGENT_LOOP_YAML"
    "actor_rollout_ref.model.path=$model"
    "trainer.default_local_dir=$checkpoints"
    "data.train_files=$dir/train.parquet"
    "data.val_files=$dir/val.parquet"
  )
  for name in DXGYM_DATABASE_URL DXGYM_EPISODES_PATH DXGYM_VERIFIER DXGYM_JUDGE; do
    if [[ -n "${!name:-}" ]]; then
      OVERRIDES+=("+ray_kwargs.ray_init.runtime_env.env_vars.${name}='${!name}'")
    fi
  done
}
