"""The CLI under careless and hostile input (issue 20): nothing lost, nothing misreported.

Every problem the issue lists is a test here, run through the real console entry point
(`python -m dxgym`, a subprocess, so the one error boundary in `dxgym.main` is what answers). A
"one line" failure is: the expected exit code, exactly one line on stderr starting `error:`, and no
traceback. Data that must survive is compared byte for byte. Waits are bounded by subprocess
timeouts (hang guards), never asserted as timings.

Environment-dependent parts are taken the strongest way the machine allows and never skipped:
an immutable directory is `chattr +i` as root (else `chmod 0555` as a non-root user); a full disk
is a small tmpfs where the tests can mount one, else ENOSPC injected into the writer.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import socket
import sqlite3
import stat
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from dxgym.emr_fixtures import db
from dxgym.emr_fixtures.default_db import ensure_default_database

pytestmark = pytest.mark.timeout(600)

HOSTILE = "Rash [see photo] on arm [/] [bold]loud[/bold] \x1b[31mred\x1b[0m \x07bell \x01soh \u202eevil"
HOSTILE_ID = "agentclinic:hostile:0"
ROOT = Path(__file__).resolve().parents[2]


# --- running the CLI --------------------------------------------------------------------------------


def cli(*args: str, env: dict[str, str] | None = None, stdin: bytes | None = None, cwd: Path | None = None,
        close_stdin: bool = False, timeout: float = 180, prelude: str = "") -> subprocess.CompletedProcess[str]:
    """`python -m dxgym ARGS` (or, with `prelude`, the same entry point after some Python ran first)."""
    environment = {**os.environ, "COLUMNS": "400", **(env or {})}
    command = [sys.executable, "-m", "dxgym", *args] if not prelude else [
        sys.executable, "-c", f"{prelude}\nimport sys\nfrom dxgym import main\nsys.argv = ['dxgym', *sys.argv[1:]]\nmain()",
        *args]
    result = subprocess.run(
        command, input=stdin if not close_stdin else None, capture_output=True, env=environment,
        cwd=cwd, timeout=timeout, preexec_fn=(lambda: os.close(0)) if close_stdin else None,
        stdin=None if (stdin is not None or close_stdin) else subprocess.DEVNULL,
    )
    return subprocess.CompletedProcess(result.args, result.returncode, result.stdout.decode("utf-8", "replace"),
                                       result.stderr.decode("utf-8", "replace"))


def one_line(result: subprocess.CompletedProcess[str], *needles: str, code: int = 2) -> str:
    """Assert the failure is one readable line with the exit code; returns the line."""
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == code, (result.returncode, result.stderr, result.stdout[-2000:])
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, (result.returncode, result.stderr[-3000:])
    assert "Traceback" not in result.stderr
    return result.stdout


def snapshot(folder: Path) -> dict[str, tuple[int, bytes | str]]:
    """Every entry of a folder: its type and its bytes (or a link's target)."""
    out: dict[str, tuple[int, bytes | str]] = {}
    for entry in sorted(folder.iterdir()):
        mode = os.lstat(entry).st_mode
        if stat.S_ISREG(mode):
            out[entry.name] = (stat.S_IFMT(mode), entry.read_bytes())
        elif stat.S_ISLNK(mode):
            out[entry.name] = (stat.S_IFMT(mode), os.readlink(entry))
        else:
            out[entry.name] = (stat.S_IFMT(mode), b"")
    return out


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


# --- shared data ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def default_db() -> Path:
    """The embedded default (built in the session's isolated XDG_DATA_HOME)."""
    ensure_default_database()  # lives in default_db since issue 16 (db no longer imports store)
    return db.default_database_path()


@pytest.fixture
def copy_db(default_db: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy" / "emr.sqlite"
    target.parent.mkdir()
    shutil.copyfile(default_db, target)
    return target


def hostile_case_line() -> str:
    """A valid case whose text holds markup, ANSI escapes, controls and a bidi override."""
    from dxgym.emr_fixtures.fixtures import load_fixture_cases
    from dxgym.emr_fixtures.models import CaseRecord

    base = next(c for c in load_fixture_cases() if c.case_id == "agentclinic:medqa:0")
    data = base.model_dump(mode="json")
    data["case_id"] = HOSTILE_ID
    data["source_ref"]["file"] = "hostile.jsonl"
    data["chief_complaint"] = HOSTILE
    data["present_illness"] = "Started [/] after a [bold] camping \x1b]0;pwned\x07 trip."
    data["examinations"][0]["result"] = "38.1 C [/] \x1b[2J"
    return CaseRecord.model_validate(data).model_dump_json()


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory, default_db: Path) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "emr.sqlite"
    shutil.copyfile(default_db, path)
    source = folder / "hostile.jsonl"
    source.write_text(hostile_case_line() + "\n", encoding="utf-8")
    ok(cli("db", "import", str(source), "--db", sqlite_url(path)))  # imported through the CLI itself
    return path


def assert_shown_as_text(output: str) -> None:
    """Markup printed literally, no raw control character or bidi override reached the output."""
    assert "[/]" in output and "[bold]" in output, output[-3000:]
    for raw in ("\x1b", "\x07", "\x01", "\u202e"):
        assert raw not in output, repr(raw)
    assert "\\x1b" in output


# =====================================================================================================
# Data loss and misleading success
# =====================================================================================================


@pytest.fixture
def good_parquet(tmp_path: Path) -> Path:
    out = tmp_path / "good.parquet"
    ok(cli("train", "export", "--split", "test", "--out", str(out)))
    assert out.stat().st_size > 0
    return out


@pytest.mark.parametrize("failure", ["--lang fr", "empty --case-ids"])
def test_failed_train_export_leaves_the_existing_parquet_byte_identical(good_parquet: Path, tmp_path: Path,
                                                                         failure: str) -> None:
    before = snapshot(good_parquet.parent)
    if failure == "--lang fr":
        result = cli("train", "export", "--split", "train", "--lang", "fr", "--out", str(good_parquet))
    else:
        ids = tmp_path / "ids.txt"
        ids.write_text("# nothing kept\n", encoding="utf-8")
        before = snapshot(good_parquet.parent)
        result = cli("train", "export", "--case-ids", str(ids), "--out", str(good_parquet))
    one_line(result, "good.parquet")
    assert snapshot(good_parquet.parent) == before  # byte-identical, and no temporary file left


def test_db_export_onto_its_own_database_refuses(copy_db: Path) -> None:
    before = copy_db.read_bytes()
    one_line(cli("db", "export", str(copy_db), "--db", sqlite_url(copy_db)), "the database this command reads")
    assert copy_db.read_bytes() == before
    ok(cli("db", "stats", "--db", sqlite_url(copy_db)))


def _special_files(folder: Path) -> dict[str, Path]:
    fifo = folder / "fifo"
    os.mkfifo(fifo)
    link_target = folder / "kept.jsonl"
    link_target.write_text("keep me\n", encoding="utf-8")
    link = folder / "link.jsonl"
    link.symlink_to(link_target)
    device = folder / "null"
    try:  # a device node of our own when allowed (root); else the system's
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        device = Path("/dev/null")
    return {"FIFO": fifo, "symlink": link, "device": device}


@pytest.mark.parametrize("kind", ["FIFO", "symlink", "device"])
def test_db_export_onto_a_special_file_refuses_and_leaves_it(tmp_path: Path, kind: str) -> None:
    target = _special_files(tmp_path)[kind]
    mode_before = os.lstat(target).st_mode
    before = snapshot(tmp_path)
    one_line(cli("db", "export", str(target)), "refusing to replace it")
    assert os.lstat(target).st_mode == mode_before
    assert snapshot(tmp_path) == before


def test_db_export_dash_writes_stdout_not_a_file(tmp_path: Path) -> None:
    result = cli("db", "export", "-", cwd=tmp_path)
    lines = ok(result).splitlines()
    assert len(lines) > 100 and all(json.loads(line)["case_id"] for line in lines)
    assert not (tmp_path / "-").exists() and list(tmp_path.iterdir()) == []
    assert "exported" in result.stderr


def test_failed_db_export_leaves_the_existing_file_byte_identical(tmp_path: Path) -> None:
    out = tmp_path / "cases.jsonl"
    ok(cli("db", "export", str(out)))
    before = snapshot(tmp_path)
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(os.urandom(4096))
    before = snapshot(tmp_path)
    one_line(cli("db", "export", str(out), "--db", sqlite_url(garbage)), "not an SQLite database")
    assert snapshot(tmp_path) == before


# --- a failed policy is a failed run ----------------------------------------------------------------


def _dead_specs() -> dict[str, str]:
    from dxgym.agents.serving.vllm_server import free_port

    return {
        "connection refused": f"openai:m@http://127.0.0.1:{free_port()}/v1",
        "DNS failure": "openai:m@http://no-such-host.invalid/v1",
        "bad scheme": "openai:m@ftp://127.0.0.1:21/v1",
        "missing model path": "hf:/nonexistent/model",
    }


@pytest.mark.parametrize("what", list(_dead_specs()))
def test_a_dead_policy_fails_before_any_episode(tmp_path: Path, what: str) -> None:
    out = tmp_path / "run"
    result = cli("eval", "--policy", _dead_specs()[what], "-n", "2", "--out", str(out), timeout=120)  # hang guard
    one_line(result)
    assert not (out / "summary.json").exists() and not (out / "episodes.jsonl").exists()
    assert not (out / "report.html").exists()


@pytest.fixture
def silent_listener() -> Iterator[int]:
    """A socket that accepts connections (the kernel does) and never answers one."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    try:
        yield server.getsockname()[1]
    finally:
        server.close()


def test_a_silent_listener_is_bounded_with_a_visible_message(tmp_path: Path, silent_listener: int) -> None:
    out = tmp_path / "run"
    # the default timeouts, not shortened ones: the hang guard (120 s) is far above the bound (10 s)
    result = cli("eval", "--policy", f"openai:m@http://127.0.0.1:{silent_listener}/v1", "-n", "1",
                 "--out", str(out), timeout=120)
    assert "waiting for the policy endpoint" in result.stderr, result.stderr
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("error: ") and "no answer" in result.stderr
    assert not (out / "summary.json").exists()


@pytest.fixture
def flaky_server(default_db: Path) -> Iterator[object]:
    sys.path.insert(0, str(ROOT / "tests" / "evaluation"))
    from oracle_server import OracleServer

    from dxgym.emr_fixtures.store import load_cases

    with OracleServer(load_cases(None), delay_s=0.0) as server:
        yield server


def test_endpoint_errors_are_not_scored_fail_the_run_and_resume_retries_them(tmp_path: Path,
                                                                                  flaky_server: object) -> None:
    out = tmp_path / "run"
    spec = f"openai:oracle@{flaky_server.url}#max_retries=0"  # type: ignore[attr-defined]
    flaky_server.status = 500  # type: ignore[attr-defined]
    failed = cli("eval", "--policy", spec, "-n", "3", "--out", str(out), "--json", timeout=180)
    assert failed.returncode == 1 and "Traceback" not in failed.stderr, failed.stderr
    assert "more than --max-error-rate 0.1" in failed.stderr
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["n_episodes"] == 3 and summary["n_errors"] == 3 and summary["n_scored"] == 0
    assert summary["stop_reasons"] == {"error": 3} and summary["rates"]["error"] == 1.0
    # a threshold the user raises lets the same run pass
    tolerated = cli("eval", "--policy", spec, "-n", "3", "--out", str(out), "--resume", "--max-error-rate", "1",
                    timeout=180)
    assert tolerated.returncode == 0, tolerated.stderr
    flaky_server.status = 200  # type: ignore[attr-defined]
    resumed = cli("eval", "--policy", spec, "-n", "3", "--out", str(out), "--resume", "--json", timeout=180)
    assert resumed.returncode == 0, resumed.stderr
    assert "retrying 3 episodes that ended in a policy error" in resumed.stderr
    summary = json.loads(resumed.stdout)
    assert summary["n_errors"] == 0 and summary["n_scored"] == 3 and summary["accuracy"]["mean"] == 1.0
    log = [json.loads(line)["stop_reason"] for line in (out / "episodes.jsonl").read_text().splitlines()]
    assert log.count("error") == 6 and log.count("diagnosis") == 3  # nothing lost: the failures stay logged


# --- play -----------------------------------------------------------------------------------------------


def test_play_with_a_non_utf8_byte_on_stdin_goes_on_and_writes_a_valid_record(tmp_path: Path) -> None:
    out = tmp_path / "play.jsonl"
    result = cli("play", "agentclinic:medqa:0", "--out", str(out), stdin=b"Temperature\n\xff\xfe oops\ndx myasthenia gravis\n")
    text = ok(result)
    assert "not UTF-8 text" in text and "\\xff" in text
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 1 and records[0]["stop_reason"] == "diagnosis"


def test_play_with_stdin_closed_is_one_line_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "play.jsonl"
    one_line(cli("play", "agentclinic:medqa:0", "--out", str(out), close_stdin=True), "stdin is closed")
    assert not out.exists()


def test_play_never_glues_a_record_onto_a_cut_off_line(tmp_path: Path) -> None:
    torn = tmp_path / "torn.jsonl"
    torn.write_bytes(b'{"case_id": "x"}\n{"case_id": "cut off')
    before = torn.read_bytes()
    one_line(cli("play", "agentclinic:medqa:0", "--out", str(torn), stdin=b"dx x\n"), "cut off")
    assert torn.read_bytes() == before
    # a last line that is whole JSON, only missing its newline, is repaired and appended after
    whole = tmp_path / "whole.jsonl"
    whole.write_bytes(b'{"case_id": "earlier"}')
    ok(cli("play", "agentclinic:medqa:0", "--out", str(whole), stdin=b"dx x\n"))
    lines = whole.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0]) == {"case_id": "earlier"} and json.loads(lines[1])["case_id"] == "agentclinic:medqa:0"


# --- numbers ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["nan", "-inf", "inf"])
@pytest.mark.parametrize("option", ["--cost-weight", "--budget"])  # --cost-weight replaced the issue's --test-cost
def test_eval_refuses_a_non_finite_number_at_parse_time(tmp_path: Path, option: str, value: str) -> None:
    out = tmp_path / "run"
    result = cli("eval", "--policy", "oracle", "--out", str(out), f"{option}={value}")
    # refused by the parser: "not a finite number", or (for -inf / nan against min=0) its range check
    assert result.returncode == 2 and f"Invalid value for '{option}'" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


@pytest.mark.parametrize("args", [
    ("db", "import", "cases.jsonl", "--batch-size", "0"),
    ("db", "import", "cases.jsonl", "--limit", "-1"),
    ("eval", "--policy", "oracle", "--out", "run", "--max-error-rate", "1.5"),
    ("eval", "--policy", "oracle", "--out", "run", "--rollouts", "0"),
])
def test_numbers_out_of_range_are_refused_at_parse_time(tmp_path: Path, args: tuple[str, ...]) -> None:
    (tmp_path / "cases.jsonl").write_text(hostile_case_line() + "\n", encoding="utf-8")
    result = cli(*args, cwd=tmp_path)
    assert result.returncode == 2 and "Invalid value" in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.jsonl"]


def test_every_float_option_of_every_command_refuses_nan() -> None:
    """Not only the options the issue named: whoever adds a float option gets the check."""
    import typer.main

    from dxgym import app, boundary

    root = boundary.finite_floats(typer.main.get_command(app))
    bad_parameter = boundary._bad_parameter()
    checked = 0
    for command in boundary._commands(root):
        ctx = command.make_context(command.name or "dxgym", [], resilient_parsing=True)
        for param in command.params:
            try:
                is_float = isinstance(param.process_value(ctx, "0.5"), float)
            except Exception:  # noqa: BLE001 - not a number-taking parameter
                continue
            if not is_float:
                continue
            for value in ("nan", "inf", "-inf"):
                with pytest.raises(bad_parameter):
                    param.process_value(ctx, value)
            assert param.process_value(ctx, "0.25") == 0.25
            checked += 1
    assert checked >= 2, "expected several float options (costs, rates)"


# --- say what was not done ------------------------------------------------------------------------------


def test_a_fhir_bundle_without_a_patient_is_refused_naming_why(copy_db: Path, tmp_path: Path) -> None:
    bundle = tmp_path / "bundle.json"
    bundle.write_text(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": [
        {"resource": {"resourceType": "Organization", "id": "o1", "name": "General Hospital"}}]}), encoding="utf-8")
    before = copy_db.read_bytes()
    one_line(cli("db", "import", str(bundle), "--format", "fhir", "--db", sqlite_url(copy_db)),
             "bundle has no Patient", "nothing was written")
    assert copy_db.read_bytes() == before


def test_an_import_into_an_in_memory_database_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "cases.jsonl"
    source.write_text(hostile_case_line() + "\n", encoding="utf-8")
    for url in ("sqlite://", "sqlite:///:memory:"):
        one_line(cli("db", "import", str(source), "--db", url), "in-memory")


def test_a_report_of_a_run_without_episodes_says_so(tmp_path: Path) -> None:
    run = tmp_path / "run"
    ok(cli("eval", "--policy", "oracle", "-n", "1", "--out", str(run)))
    for name in ("episodes.jsonl", "summary.json", "report.html"):
        (run / name).unlink()
    one_line(cli("report", str(run)), "no episodes")
    assert sorted(p.name for p in run.iterdir()) == ["config.json"]


def test_kb_index_skips_binary_files_and_names_them(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.md").write_text("# Myasthenia gravis\nFatigable weakness and ptosis.\n", encoding="utf-8")
    (docs / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(256))
    (docs / "latin1.txt").write_bytes("caf\xe9 fi\xe8vre".encode("latin-1"))
    (docs / "dump.jsonl").write_bytes(os.urandom(64) + b"\x00\n")
    result = cli("kb", "index", str(docs), "--out", str(tmp_path / "index"), "--json")
    data = json.loads(ok(result))
    assert data["documents"] == 1
    assert sorted(Path(p).name for p in data["skipped_binary"]) == ["dump.jsonl", "image.md", "latin1.txt"]
    assert "skipped 3 binary files" in result.stderr and "image.md" in result.stderr
    only_binary = tmp_path / "binary"
    only_binary.mkdir()
    shutil.copy(docs / "dump.jsonl", only_binary)
    one_line(cli("kb", "index", str(only_binary), "--out", str(tmp_path / "index2")), "dump.jsonl")


def test_a_batch_whose_lines_all_fail_exits_non_zero(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"nope": 1}\nnot json\n', encoding="utf-8")
    for command in (("verify", "--batch"), ("lookup", "--batch")):
        result = cli(*command, str(bad))
        assert result.returncode == 2 and "every line" in result.stderr and "Traceback" not in result.stderr
        assert len(result.stdout.strip().splitlines()) == 2 and "line 2" in result.stdout  # each line said
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text('not json\n{"reference": "Asthma", "prediction": "asthma"}\n', encoding="utf-8")
    result = cli("verify", "--batch", str(mixed))
    assert "line 2: correct" in ok(result)
    assert "[red]" not in result.stdout and "line 1: error" in result.stdout  # markup is rendered, not printed


# =====================================================================================================
# Markup injection
# =====================================================================================================


@pytest.mark.parametrize("args", [
    ("lookup", "[/]", "CBC"),
    ("eval", "--policy", "[/]", "--out", "unused-run"),
    ("replay", "/x/[/].jsonl"),
    ("cases", "show", "[bold]x[/]"),
])
def test_markup_in_arguments_is_text(tmp_path: Path, args: tuple[str, ...]) -> None:
    line = one_line(cli(*args, cwd=tmp_path), "[/]")
    assert "MarkupError" not in line


def test_a_hostile_case_can_be_imported_listed_shown_looked_up_played_and_replayed(hostile_db: Path,
                                                                                     tmp_path: Path) -> None:
    url = sqlite_url(hostile_db)
    listing = ok(cli("cases", "list", "--db", url, "--split", "test"))
    assert HOSTILE_ID in listing and "Rash [see photo] on arm" in listing
    assert_shown_as_text(listing)
    shown = ok(cli("cases", "show", HOSTILE_ID, "--db", url))
    assert "Rash [see photo] on arm [/] [bold]loud[/bold]" in shown and "\\u202eevil" in shown
    assert_shown_as_text(shown)
    looked = ok(cli("lookup", HOSTILE_ID, "Temperature; \x1b[31m [bold]", "--db", url))
    assert "38.1 C [/]" in looked
    assert_shown_as_text(looked)
    record = tmp_path / "play.jsonl"
    played = ok(cli("play", HOSTILE_ID, "--db", url, "--out", str(record),
                    stdin=b"Temperature\n[bold]x\x1b[2J\ndx myasthenia gravis\n"))
    assert "Rash [see photo] on arm" in played and "> [bold]x\\x1b[2J" in played
    assert_shown_as_text(played)
    replayed = ok(cli("replay", str(record), "--plain"))
    assert "Rash [see photo] on arm" in replayed
    assert_shown_as_text(replayed)
    run = tmp_path / "run"
    ok(cli("eval", "--policy", "oracle", "--db", url, "--split", "test", "--out", str(run)))
    episodes = [json.loads(line) for line in (run / "episodes.jsonl").read_text(encoding="utf-8").splitlines()]
    position = next(i for i, e in enumerate(episodes, 1) if e["case_id"] == HOSTILE_ID)
    replayed = ok(cli("replay", str(run / "episodes.jsonl"), "--episode", str(position), "--plain"))
    assert_shown_as_text(replayed)
    as_json = json.loads(ok(cli("cases", "show", HOSTILE_ID, "--db", url, "--json")))
    assert as_json["chief_complaint"] == HOSTILE  # the data itself is untouched: only its display is escaped


def test_json_output_escapes_controls_as_json(hostile_db: Path) -> None:
    """--json keeps the data exact, and the terminal safe: controls travel as JSON escapes."""
    out = ok(cli("cases", "list", "--db", sqlite_url(hostile_db), "--json", "--split", "test"))
    assert any(r["case_id"] == HOSTILE_ID for r in json.loads(out))
    shown = ok(cli("cases", "show", HOSTILE_ID, "--db", sqlite_url(hostile_db), "--json"))
    assert "\x1b" not in shown and "\x07" not in shown and "\\u001b" in shown
    assert json.loads(shown)["chief_complaint"] == HOSTILE


# =====================================================================================================
# Read-only deployments
# =====================================================================================================


def test_db_init_and_imports_leave_sqlite_in_rollback_journal_mode(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite"
    ok(cli("db", "init", "--db", sqlite_url(path)))
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    source = tmp_path / "cases.jsonl"
    source.write_text(hostile_case_line() + "\n", encoding="utf-8")
    ok(cli("db", "import", str(source), "--db", sqlite_url(path)))
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases.jsonl", "fresh.sqlite"]


def test_a_database_left_in_wal_mode_is_switched_back_by_the_next_write(tmp_path: Path, default_db: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(default_db, path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    conn.close()
    source = tmp_path / "cases.jsonl"
    source.write_text(hostile_case_line() + "\n", encoding="utf-8")
    ok(cli("db", "import", str(source), "--db", sqlite_url(path)))
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


@contextlib.contextmanager
def immutable_directory(folder: Path) -> Iterator[str]:
    """`folder` made unwritable the strongest way available; yields how. Never a silent skip: as root
    `chattr +i` must work (a filesystem that refuses it fails the test, naming why)."""
    if os.geteuid() == 0:
        done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, text=True)
        assert done.returncode == 0, f"cannot make an immutable directory here (chattr +i: {done.stderr.strip()})"
        try:
            yield "chattr +i (root)"
        finally:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        try:
            yield "chmod 0555 (non-root)"
        finally:
            folder.chmod(0o755)


@pytest.fixture
def read_only_copy(copy_db: Path, reliability_counts: Counter[str]) -> Iterator[Path]:
    with immutable_directory(copy_db.parent) as how:
        probe = copy_db.parent / "probe"
        with pytest.raises(OSError):
            probe.write_text("x")  # the directory really is closed to us
        reliability_counts[f"read-only database directories, made by {how}"] += 1
        yield copy_db


def test_a_database_in_an_immutable_directory_serves_reads_and_an_evaluation(read_only_copy: Path,
                                                                               tmp_path: Path) -> None:
    url = sqlite_url(read_only_copy)
    before = snapshot(read_only_copy.parent)
    stats = json.loads(ok(cli("db", "stats", "--db", url, "--json")))
    assert stats["cases"] > 100
    assert "agentclinic:medqa:0" in ok(cli("cases", "list", "--db", url, "--split", "test"))
    assert json.loads(ok(cli("lookup", "agentclinic:medqa:0", "Temperature", "--db", url, "--json")))["hits"]
    summary = json.loads(ok(cli("eval", "--policy", "oracle", "-n", "3", "--db", url, "--out", str(tmp_path / "run"),
                                "--json")))
    assert summary["n_episodes"] == 3 and summary["accuracy"]["mean"] == 1.0
    source = tmp_path / "cases.jsonl"
    source.write_text(hostile_case_line() + "\n", encoding="utf-8")
    one_line(cli("db", "import", str(source), "--db", url))  # a write there is one line, not a traceback
    assert snapshot(read_only_copy.parent) == before  # no -journal, -wal or -shm side file, nothing changed


def test_a_read_only_url_is_honoured(copy_db: Path, tmp_path: Path) -> None:
    before = snapshot(copy_db.parent)
    url = f"sqlite:///file:{copy_db}?mode=ro&uri=true"
    assert "agentclinic:medqa:0" in ok(cli("cases", "list", "--db", url, "--split", "test"))
    source = tmp_path / "cases.jsonl"
    source.write_text(hostile_case_line() + "\n", encoding="utf-8")
    for write in (("db", "import", str(source)), ("db", "init")):
        one_line(cli(*write, "--db", url), "read-only")
    one_line(cli("db", "import", str(source), "--db", f"sqlite:///{copy_db}?mode=ro"), "read-only")
    assert snapshot(copy_db.parent) == before


# =====================================================================================================
# Tracebacks that must be one line
# =====================================================================================================


def test_random_bytes_as_the_database(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(os.urandom(8192))
    source = tmp_path / "cases.jsonl"
    source.write_text(hostile_case_line() + "\n", encoding="utf-8")
    before = garbage.read_bytes()
    for args in (("db", "stats"), ("cases", "list"), ("db", "import", str(source)), ("db", "init")):
        one_line(cli(*args, "--db", sqlite_url(garbage)), "not an SQLite database")
    assert garbage.read_bytes() == before


def test_random_bytes_as_the_embedded_default(tmp_path: Path) -> None:
    home = tmp_path / "xdg"
    (home / "dxgym").mkdir(parents=True)
    default = home / "dxgym" / "emr.sqlite"
    default.write_bytes(os.urandom(8192))
    before = default.read_bytes()
    one_line(cli("db", "stats", env={"XDG_DATA_HOME": str(home)}), "not an SQLite database", "move it aside")
    assert default.read_bytes() == before  # never rebuilt over: it might hold a user's imports


def test_an_unknown_alembic_revision(copy_db: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(copy_db)
    conn.execute("UPDATE alembic_version SET version_num = 'f00dbeef'")
    conn.commit()
    conn.close()
    source = tmp_path / "cases.jsonl"
    source.write_text(hostile_case_line() + "\n", encoding="utf-8")
    for args in (("db", "import", str(source)), ("db", "init")):
        one_line(cli(*args, "--db", sqlite_url(copy_db)), "schema revision", "f00dbeef")


@pytest.mark.parametrize("url", ["postgresql://u:s3cret@127.0.0.1:abc/x", "[::1", "postgresql://u@[::1/x"])
def test_a_malformed_database_url(url: str) -> None:
    line = one_line(cli("db", "stats", env={"DXGYM_DATABASE_URL": url}), "bad database URL")
    assert "s3cret" not in line


def test_verify_batch_on_binary_input_and_on_a_closed_stdin(tmp_path: Path) -> None:
    binary = tmp_path / "batch.jsonl"
    binary.write_bytes(os.urandom(512) + b"\x00" + os.urandom(512))
    one_line(cli("verify", "--batch", str(binary)), "binary")
    one_line(cli("verify", "--batch", "-", close_stdin=True), "stdin is closed")
    not_utf8 = tmp_path / "latin1.jsonl"
    not_utf8.write_bytes('{"reference": "fi\xe8vre", "prediction": "x"}\n'.encode("latin-1"))
    result = cli("verify", "--batch", str(not_utf8), "--json")
    assert result.returncode == 2 and json.loads(result.stdout) == {"error": "line 1: not UTF-8 text"}


def test_an_import_that_is_not_utf8_names_the_line(copy_db: Path, tmp_path: Path) -> None:
    source = tmp_path / "cases.jsonl"
    source.write_bytes(hostile_case_line().encode() + b"\n" + "fi\xe8vre\n".encode("latin-1"))
    before = copy_db.read_bytes()
    one_line(cli("db", "import", str(source), "--db", sqlite_url(copy_db)), "line 2", "not UTF-8", "nothing was written")
    assert copy_db.read_bytes() == before


@pytest.mark.parametrize("command", ["train export", "play", "mcq build"])
def test_out_naming_a_directory_where_a_file_is_expected(tmp_path: Path, command: str) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    (folder / "inside.txt").write_text("keep", encoding="utf-8")
    before = snapshot(folder)
    one_line(cli(*command.split(), "--out", str(folder), stdin=b"dx x\n"), "is a directory")
    assert snapshot(folder) == before


def test_eval_out_naming_a_file_where_a_directory_is_expected(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("keep", encoding="utf-8")
    one_line(cli("eval", "--policy", "oracle", "-n", "1", "--out", str(target)), "must be a folder")
    assert target.read_text(encoding="utf-8") == "keep"


def test_xdg_data_home_pointing_at_a_file(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "xdg-file"
    not_a_folder.write_text("x", encoding="utf-8")
    one_line(cli("db", "stats", env={"XDG_DATA_HOME": str(not_a_folder)}), "XDG_DATA_HOME")
    one_line(cli("play", env={"XDG_DATA_HOME": str(not_a_folder)}, stdin=b"dx x\n"))


# --- a full disk --------------------------------------------------------------------------------------

ENOSPC_PRELUDE = """
import errno, os
def _full(fd):  # the disk is full: what the kernel answers when written data cannot be kept
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
os.fsync = _full
"""


@contextlib.contextmanager
def full_disk(where: Path) -> Iterator[tuple[Path, str]]:
    """(a folder on a full disk, the prelude to run the CLI with). A small tmpfs filled to the brim
    where this machine lets the tests mount one; else ENOSPC injected into the writer's fsync."""
    where.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(where)],
                             capture_output=True, text=True).returncode == 0 if shutil.which("mount") else False
    try:
        yield where, ("" if mounted else ENOSPC_PRELUDE)
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(folder: Path) -> None:
    with (folder / "filler").open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    with contextlib.suppress(OSError), (folder / "filler2").open("wb") as handle:
        while True:
            handle.write(b"\0" * 512)
            handle.flush()


def test_train_export_and_eval_on_a_full_disk(tmp_path: Path, reliability_counts: Counter[str]) -> None:
    with full_disk(tmp_path / "small") as (disk, prelude):
        reliability_counts["full disks, made by " + ("injected ENOSPC" if prelude else "a filled 4 MB tmpfs")] += 1
        good = disk / "good.parquet"
        ok(cli("train", "export", "--split", "test", "--out", str(good)))
        if not prelude:
            _fill(disk)
        before = snapshot(disk)
        one_line(cli("train", "export", "--split", "test", "--out", str(good), prelude=prelude),
                 "no space left on the device")
        assert snapshot(disk) == before  # the parquet byte-identical, no temporary file left behind
        result = cli("eval", "--policy", "oracle", "-n", "2", "--out", str(disk / "run"), prelude=prelude)
        one_line(result, "no space left on the device")


def test_enospc_in_every_atomic_writer_leaves_targets_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process, each writer meets ENOSPC at its last step and leaves the earlier file as it was."""
    from dxgym.emr_fixtures import safe_write
    from dxgym.emr_fixtures.store import export_cases
    from dxgym.evaluation.mcq import write_questions
    from dxgym.evaluation.rundir import write_json_atomic, write_text_atomic
    from dxgym.training.data import write_parquet

    targets = {name: tmp_path / name for name in ("cases.jsonl", "q.jsonl", "s.json", "r.html", "t.parquet")}
    for path in targets.values():
        path.write_bytes(b"precious")
    before = snapshot(tmp_path)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(safe_write.os, "fsync", full)
    writers = [
        lambda: export_cases(None, targets["cases.jsonl"]),
        lambda: write_questions(targets["q.jsonl"], []),
        lambda: write_json_atomic(targets["s.json"], {"a": 1}),
        lambda: write_text_atomic(targets["r.html"], "<html>"),
        lambda: write_parquet([{"a": 1}], targets["t.parquet"]),
    ]
    for write in writers:
        with pytest.raises(OSError) as caught:
            write()
        assert caught.value.errno == errno.ENOSPC
    assert snapshot(tmp_path) == before


# --- the boundary itself --------------------------------------------------------------------------------

BUG_PRELUDE = """
import dxgym
@dxgym.app.command("boom")
def boom() -> None:
    raise ZeroDivisionError("a genuine bug")
"""


def test_a_genuine_bug_is_one_line_and_shows_its_traceback_with_debug() -> None:
    plain = cli("boom", prelude=BUG_PRELUDE)
    one_line(plain, "internal error", "ZeroDivisionError", "--debug", code=1)
    for debug in (cli("boom", "--debug", prelude=BUG_PRELUDE), cli("boom", prelude=BUG_PRELUDE, env={"DXGYM_DEBUG": "1"})):
        assert debug.returncode != 0 and "Traceback" in debug.stderr and "ZeroDivisionError: a genuine bug" in debug.stderr
