"""The EMR's database modules import one way: db <- rows <- writer <- default_db <- store (issue 16).

Checked on the source (every import statement, module level or inside a function), so a lazy
import that would close a cycle is caught as well as a top-level one.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "emr_fixtures"
ORDER = ("db", "rows", "writer", "default_db", "store")


def _imports(module: str) -> set[str]:
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "dxgym.emr_fixtures":
                found.update(alias.name for alias in node.names)
            elif node.module.startswith("dxgym.emr_fixtures."):
                found.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[2] for a in node.names if a.name.startswith("dxgym.emr_fixtures."))
    return found


@pytest.mark.parametrize("module", ORDER)
def test_each_layer_imports_only_the_layers_below_it(module: str) -> None:
    above = set(ORDER[ORDER.index(module) + 1:])
    assert not _imports(module) & above, f"{module} imports {sorted(_imports(module) & above)}"


def test_importing_db_loads_none_of_the_layers_above() -> None:
    code = ("import sys, dxgym.emr_fixtures.db; print(sorted(m for m in sys.modules if m.startswith('dxgym.emr_fixtures.') "
            "and m.split('.')[2] in ('rows', 'writer', 'default_db', 'store')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"
