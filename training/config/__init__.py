"""dxgym's verl configs (Hydra YAML). A package only so the YAML files ship in the wheel and every
node of a cluster finds them at `training/config/` inside the installed dxgym."""
