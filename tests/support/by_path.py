"""Load a test file as a module by its path: `tests/` is not a package (verl installs a top-level
`tests`), so one test file reuses another's probes and helpers this way."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

TESTS = Path(__file__).resolve().parents[1]


def load_test_module(relative: str, name: str) -> ModuleType:
    """`tests/<relative>` as a module called `name` (e.g. `load_test_module("envs/test_leaks.py", ...)`)."""
    spec = importlib.util.spec_from_file_location(name, TESTS / relative)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
