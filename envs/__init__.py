"""dxgym's consultation environment: the pure `Consultation` core, its action protocol, rewards,
episode records, scripted policies and the gymnasium shell.

Importing this package registers the gymnasium ids `dxgym/Diagnosis-v0` and
`dxgym/DiagnosisMedRBench-v0` (the physical examination revealed in the summary). The
registration uses string entry points, so importing `envs` stays cheap.
"""

from __future__ import annotations

import gymnasium

DEFAULT_MAX_TURNS = 8  # ConsultationConfig.max_turns; also gymnasium's max_episode_steps

ENV_IDS = ("dxgym/Diagnosis-v0", "dxgym/DiagnosisMedRBench-v0")


def _register() -> None:
    registry = gymnasium.registry
    if "dxgym/Diagnosis-v0" not in registry:
        gymnasium.register(
            id="dxgym/Diagnosis-v0",
            entry_point="dxgym.envs.gym_env:DiagnosisEnv",
            max_episode_steps=DEFAULT_MAX_TURNS,
        )
    if "dxgym/DiagnosisMedRBench-v0" not in registry:
        gymnasium.register(
            id="dxgym/DiagnosisMedRBench-v0",
            entry_point="dxgym.envs.gym_env:DiagnosisEnv",
            max_episode_steps=DEFAULT_MAX_TURNS,
            kwargs={"reveal_physical_exam": True},
        )


_register()
