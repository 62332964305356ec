"""Root test configuration. `tests/` is not a package (verl installs a top-level `tests`);
shared fixtures live in `tests/support/` as pytest plugins."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "support"))

pytest_plugins = ["dxgym_db", "dxgym_vllm"]
