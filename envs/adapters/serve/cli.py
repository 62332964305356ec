"""`dxgym serve`: the OpenEnv server on loopback, or elsewhere only behind a token.

Why the refusal: the records behind a server can be credentialed patient data (MIMIC-IV's licence
forbids sharing it), so an address other than loopback needs a bearer token of at least 16
characters (`--token` or `DXGYM_SERVE_TOKEN`). Heavy imports (FastAPI, OpenEnv, uvicorn) happen
inside the command so `dxgym --help` stays fast.
"""

from __future__ import annotations

import ipaddress
import socket
import sys
from pathlib import Path
from typing import Annotated

import typer

from dxgym.emr_fixtures.cli_common import DbOption, fail

MIN_TOKEN_CHARS = 16


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(
    port: Annotated[int, typer.Option("--port", "-p", min=0, max=65535, help="Port to listen on.")] = 8000,
    host: Annotated[str, typer.Option("--host", help="Address to bind; anything but loopback needs --token.")] = "127.0.0.1",
    token: Annotated[str | None, typer.Option("--token", envvar="DXGYM_SERVE_TOKEN", show_default=False,
                                              help="Bearer token every request must carry (Authorization: Bearer ...).")] = None,
    split: Annotated[str | None, typer.Option("--split", "-s", help="Serve this split only: train, val or test.",
                                              show_default=False)] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Only cases in this language: en or zh.", show_default=False)] = None,
    tools: Annotated[bool, typer.Option("--tools", help="Tool calls instead of tags (prompts and schemas).")] = False,
    knowledge: Annotated[bool, typer.Option("--knowledge", help="The shipped knowledge base behind search.")] = False,
    max_turns: Annotated[int | None, typer.Option("--max-turns", min=1, help="Assistant turns before truncation.",
                                                  show_default=False)] = None,
    max_response_tokens: Annotated[int | None, typer.Option("--max-response-tokens", min=1, show_default=False,
                                                            help="Assistant-token budget an episode (estimated).")] = None,
    budget: Annotated[float | None, typer.Option("--budget", min=0, show_default=False,
                                                  help="US dollars a case; an order past it is refused.")] = None,
    price_table: Annotated[Path | None, typer.Option("--price-table", show_default=False,
                                                     help="A price TSV replacing the shipped table.")] = None,
    cost_weight: Annotated[float, typer.Option("--cost-weight", min=0, help="Reward lost per $1,000 spent.")] = 0.0,
    reveal_physical_exam: Annotated[bool, typer.Option("--reveal-physical-exam",
                                                       help="Physical examination in the summary.")] = False,
    verifier: Annotated[str, typer.Option("--verifier", help="rule or vrm.")] = "rule",
    judge: Annotated[str | None, typer.Option("--judge", help="The VRM judge: openai:MODEL@URL.", show_default=False)] = None,
    max_sessions: Annotated[int, typer.Option("--max-sessions", min=1, help="Open sessions at most (429 beyond).")] = 1024,
    idle_timeout: Annotated[float, typer.Option("--idle-timeout", min=0.01, help="Seconds before an idle session closes.")] = 600.0,
    max_body_bytes: Annotated[int, typer.Option("--max-body-bytes", min=1024, help="Largest request body or message.")] = 1 << 20,
    log_level: Annotated[str, typer.Option("--log-level", help="uvicorn's log level.")] = "warning",
    db: DbOption = None,
) -> None:
    """Serve consultations over HTTP and WebSocket with OpenEnv's reset / step / state (one per session)."""
    if not is_loopback(host):
        if not token:
            raise fail(f"refusing to bind {host}: only loopback is served without a token "
                       "(pass --token or set DXGYM_SERVE_TOKEN)", 2)
        if len(token) < MIN_TOKEN_CHARS:
            raise fail(f"the token is shorter than {MIN_TOKEN_CHARS} characters; use a long random one, e.g. "
                       "python -c 'import secrets; print(secrets.token_urlsafe(32))'", 2)
    try:
        import uvicorn

        from dxgym.envs.adapters.serve.app import ServeLimits, create_app
    except ImportError as exc:
        raise fail(f"dxgym serve needs the openenv extra ({exc.name} is missing): pip install 'dxgym[openenv]'", 2) from None
    from pydantic import ValidationError

    from dxgym.envs.adapters.parts import ShellSettings, build_parts, warm_up
    from dxgym.envs.rewards import RewardConfig

    try:
        settings = ShellSettings(db=db, split=split, language=lang, tools=tools, knowledge=knowledge,
                                 max_response_tokens=max_response_tokens, reveal_physical_exam=reveal_physical_exam,
                                 budget_usd=budget, price_table=str(price_table.resolve()) if price_table else None,
                                 reward=RewardConfig(cost_weight=cost_weight),
                                 verifier=verifier, judge=judge, **({"max_turns": max_turns} if max_turns else {}))
    except ValidationError as exc:
        first = exc.errors()[0]
        raise fail(f"--{str(first['loc'][0]).replace('language', 'lang').replace('_', '-')}: {first['msg']}", 2) from None
    parts = build_parts(settings)  # DxgymError (bad split, empty selection) -> one line, exit 2
    warm_up(parts)
    limits = ServeLimits(max_sessions=max_sessions, idle_timeout_s=idle_timeout, max_body_bytes=max_body_bytes)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        raise fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}", 2) from None
    bound = sock.getsockname()[1]
    sys.stderr.write(
        f"dxgym serve: http://{host}:{bound} ({len(parts.pool)} cases; {'tools' if tools else 'tagged text'}; "
        f"at most {max_sessions} sessions, idle {idle_timeout:g} s; token {'required' if token else 'off'})\n"
    )
    sys.stderr.flush()
    config = uvicorn.Config(create_app(parts, limits, token=token), log_level=log_level, ws_max_size=2 * max_body_bytes,
                            timeout_keep_alive=30, backlog=4096, lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])


def register(app: typer.Typer) -> None:
    """Add `serve` to the root `dxgym` app."""
    app.command("serve")(serve)
