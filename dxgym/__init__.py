"""dxgym — a clinical diagnostic agent environment and RL gym.

The façade: `import dxgym` re-exports the public API, and `dxgym` (or `python -m dxgym`) is the CLI,
mounting each package's commands. It is the only module that imports from every package.
"""

from __future__ import annotations

import sys

import typer

from dxgym.agents import cli as _agents_cli
from dxgym.emr_fixtures import cli as _emr_cli
from dxgym.emr_fixtures.errors import DxgymError  # noqa: F401  (re-exported: the base of every user error)
from dxgym.envs import cli as _envs_cli
from dxgym.evaluation import cli as _evaluation_cli
from dxgym.training import cli as _training_cli

__version__ = "0.1.0"

app = typer.Typer(
    name="dxgym",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    help="dxgym: EMR consultation cases, examination lookup, verifier rewards and RL training. "
    "A research tool, not for unsupervised clinical use. Errors are one line; --debug (or DXGYM_DEBUG=1) "
    "shows an internal error's traceback.",
)
for _module in (_emr_cli, _agents_cli, _envs_cli, _training_cli, _evaluation_cli):
    _module.register(app)


def main() -> None:
    """Console entry point: user errors and known library failures become one line on stderr and exit 2
    (`dxgym.boundary`); float options refuse NaN and infinities; `--debug` shows a bug's traceback."""
    import typer.main

    from dxgym import boundary

    boundary.run(boundary.finite_floats(typer.main.get_command(app)), sys.argv[1:])


if __name__ == "__main__":
    main()
