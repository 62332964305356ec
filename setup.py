"""Lists dxgym's packages: the repository's top-level folders, installed under one name (dxgym.*).

pyproject.toml maps each folder into the namespace (`package-dir`); this file only enumerates the
folders below them, data folders included, so a new subpackage needs no edit here.
"""

from pathlib import Path

from setuptools import setup

ROOTS = ("envs", "agents", "emr_fixtures", "training", "evaluation")


def _packages() -> list[str]:
    here = Path(__file__).parent
    names = ["dxgym"]
    for root in ROOTS:
        for folder in sorted([here / root, *(here / root).rglob("*")]):
            rel = folder.relative_to(here)
            if folder.is_dir() and not any(p == "__pycache__" or p.startswith(".") for p in rel.parts):
                names.append("dxgym." + ".".join(rel.parts))
    return names


setup(packages=_packages())
