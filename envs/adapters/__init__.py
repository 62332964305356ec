"""Shells for other trainers and harnesses over the one consultation core.

Each shell drives `envs.consultation.Consultation` and scores through `envs.rewards` via the shared
parts in `envs.adapters.parts`; none holds case or reward logic of its own:

| module | shell | extra |
| --- | --- | --- |
| `verifiers_env` | a `verifiers` multi-turn environment (`dxgym.load_environment`, `vf-eval dxgym`) | `verifiers` |
| `serve` | an OpenEnv server (`dxgym serve`) and its client | `openenv` |
| `trl_rollout` | a rollout function and per-component rewards for TRL's `GRPOTrainer` | `trl` |

The third-party packages are imported only inside these modules, so `import dxgym` never needs them.
"""
