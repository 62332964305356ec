"""DESIGN's dependency direction: `emr_fixtures` <- `agents` <- `envs` <- {`training`, `evaluation`}.

Why a test: a lower package reaching up (the lookup importing `envs.orders` at call time, round 11's mend) works until
someone imports the lower package alone, and hides a cycle; every import statement of a package is read, lazy ones
inside functions included, so none can slip past.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# package -> the dxgym packages it must never import
NEVER = {
    "emr_fixtures": ("agents", "envs", "training", "evaluation"),
    "agents": ("envs", "training", "evaluation"),
    "envs": ("training", "evaluation"),
}


def _imports(path: Path) -> set[str]:
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


@pytest.mark.parametrize("package", sorted(NEVER))
def test_a_package_never_imports_one_above_it(package: str) -> None:
    bad = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for module in _imports(path):
            if any(module == f"dxgym.{up}" or module.startswith(f"dxgym.{up}.") for up in NEVER[package]):
                bad.append(f"{path.relative_to(ROOT)}: {module}")
    assert not bad, bad
