"""dxgym: envs."""
