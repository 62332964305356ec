"""One import namespace: the built wheel installs `dxgym` and nothing else at the top level.

The checkout's own folders (`envs/`, `agents/` …) would shadow an installed package on `sys.path`, so
every installed-package check below runs from a folder outside the checkout.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE_FOLDERS = ("envs", "agents", "emr_fixtures", "training", "evaluation", "dxgym")
pytestmark = pytest.mark.timeout(1800)  # a hang guard for pip, not a timing assertion


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, f"{cmd} failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc


def _tracked_files() -> list[str]:
    out = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=REPO, capture_output=True,
                         text=True, check=True).stdout
    return [line for line in out.splitlines() if line and (REPO / line).is_file()]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel from a copy of the checkout's files (the build writes no file into the checkout)."""
    src = tmp_path_factory.mktemp("src")
    for rel in _tracked_files():
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / rel, src / rel)
    out = tmp_path_factory.mktemp("wheel")
    _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(out),
          str(src)], cwd=src)
    (built,) = out.glob("dxgym-*.whl")
    return built


def test_wheel_holds_no_top_level_name_but_dxgym(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/", 1)[0] for name in names}
    dist_info = {t for t in top if t.endswith(".dist-info")}
    assert top - dist_info == {"dxgym"}, sorted(top)
    assert len(dist_info) == 1 and next(iter(dist_info)).startswith("dxgym-")
    for sub in ("envs", "agents", "emr_fixtures", "training", "evaluation"):
        assert f"dxgym/{sub}/__init__.py" in names
    assert "dxgym/__main__.py" in names


def test_wheel_ships_every_package_file(wheel: Path) -> None:
    """Package data (fixtures, lexicon, prompts, templates, configs, KB data) ships inside `dxgym/`."""
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = []
    for rel in _tracked_files():
        parts = Path(rel).parts
        if len(parts) < 2 or parts[0] not in PACKAGE_FOLDERS or "__pycache__" in parts:
            continue
        installed = rel if parts[0] == "dxgym" else f"dxgym/{rel}"
        if installed not in names:
            missing.append(rel)
    assert not missing, f"files of the packages missing from the wheel: {missing[:20]}"


def _outside_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "DXGYM_DATABASE"))}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg-data")
    env["XDG_CACHE_HOME"] = str(tmp_path / "xdg-cache")
    env.update(extra)
    return env


def test_wheel_beside_openai_agents_and_envs(wheel: Path, tmp_path: Path) -> None:
    """`import agents` is the OpenAI Agents SDK and `import envs` the PyPI `envs`, with dxgym installed too."""
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], cwd=tmp_path)
    py = venv / "bin" / "python"
    _run([str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel),
          "openai-agents", "envs"], cwd=tmp_path)
    probe = (
        "import json, agents, envs, dxgym, dxgym.agents, dxgym.envs\n"
        "print(json.dumps({'agents': agents.__file__, 'agents_sdk': hasattr(agents, 'Runner') and hasattr(agents, 'Agent'),"
        " 'envs': envs.__file__, 'envs_pypi': hasattr(envs, 'env'),"
        " 'dxgym_agents': dxgym.agents.__file__, 'dxgym_envs': dxgym.envs.__file__}))\n"
    )
    env = _outside_env(tmp_path)
    seen = json.loads(_run([str(py), "-c", probe], cwd=tmp_path, env=env).stdout)
    site = str(venv)
    assert seen["agents_sdk"], seen
    assert seen["envs_pypi"], seen
    assert seen["agents"].startswith(site) and "/dxgym/" not in seen["agents"]
    assert seen["dxgym_agents"].startswith(site) and seen["dxgym_agents"].endswith("dxgym/agents/__init__.py")
    assert seen["dxgym_envs"].endswith("dxgym/envs/__init__.py")
    demo = _run([str(venv / "bin" / "dxgym"), "demo", "--out", str(tmp_path / "demo")], cwd=tmp_path, env=env)
    summary = json.loads((tmp_path / "demo" / "oracle" / "summary.json").read_text())
    assert summary["n_episodes"] > 0, demo.stdout
    assert (tmp_path / "demo" / "oracle" / "report.html").is_file()


def test_wheel_trains_non_editable(wheel: Path, tmp_path: Path) -> None:
    """`dxgym train check-config` and the verl agent-loop tests pass from the wheel (not the editable install).

    The wheel is unpacked into a folder put first on PYTHONPATH of the test environment's interpreter
    (which holds verl and torch); the probe proves every `dxgym` module then comes from that folder.
    """
    site = tmp_path / "site"
    _run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-compile", "--target", str(site),
          str(wheel)], cwd=tmp_path)
    env = _outside_env(tmp_path, PYTHONPATH=str(site))
    env["DXGYM_VLLM_PYTHON"] = os.environ.get("DXGYM_VLLM_PYTHON", "")
    where = _run([sys.executable, "-c", "import dxgym.training.agent_loop as m, dxgym; print(m.__file__); print(dxgym.__file__)"],
                 cwd=tmp_path, env=env).stdout.split()
    assert all(path.startswith(str(site)) for path in where), where
    check = _run([sys.executable, "-m", "dxgym", "train", "check-config"], cwd=tmp_path, env=env)
    assert "ok" in (check.stdout + check.stderr).lower(), check.stdout + check.stderr
    tests = _run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(REPO),
                  "-c", str(REPO / "pyproject.toml"), str(REPO / "tests" / "training" / "test_agent_loop.py")],
                 cwd=tmp_path, env=env)
    assert " passed" in tests.stdout and " failed" not in tests.stdout, tests.stdout[-2000:]
