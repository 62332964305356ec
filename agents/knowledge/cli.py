"""`dxgym kb`: index a user's own documents, search a knowledge base, show what one holds.

`kb index` turns a folder of Markdown / JSONL / text files into a saved index with one command;
`kb search` answers from that index (`--kb DIR`) or the shipped knowledge base. Heavy imports
(bm25s, jieba) happen inside the commands so `dxgym --help` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from dxgym.emr_fixtures.cli_common import JsonOption, console, err_console, esc, fail, print_json, text

if TYPE_CHECKING:
    from dxgym.agents.knowledge.index import KnowledgeBase

kb_app = typer.Typer(
    name="kb",
    help="Knowledge base: build an index from your documents, search it (or the shipped one) with citations.",
    no_args_is_help=True,
)

KbOption = Annotated[
    Path | None,
    typer.Option(
        "--kb",
        help="An index folder built by `dxgym kb index` (default: the shipped knowledge base).",
        show_default=False,
    ),
]


def _open(kb_dir: Path | None, rerank: bool = False) -> KnowledgeBase:
    from dxgym.agents.knowledge.index import KnowledgeBase
    from dxgym.agents.knowledge.shipped import load_default_kb

    kb = load_default_kb() if kb_dir is None else KnowledgeBase.load(kb_dir)
    if rerank:
        from dxgym.agents.knowledge.rerank import DenseReranker

        kb = kb.with_reranker(DenseReranker())
    return kb


@kb_app.command("index")
def index(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or folders: .md (split by headings), .jsonl, .txt.")
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder to write the index to (replaced if it holds one).")
    ],
    as_json: JsonOption = False,
) -> None:
    """Build a searchable index from your own documents (guidelines, notes, abstracts)."""
    from dxgym.agents.knowledge.index import build_kb

    skipped: list[Path] = []
    kb = build_kb(paths, skipped)
    kb.save(out)
    stats = kb.stats()
    if skipped:  # said, never silently indexed as text nor silently dropped
        err_console.print(f"skipped {len(skipped)} binary file{'s' if len(skipped) != 1 else ''}: "
                          + ", ".join(esc(p) for p in skipped), highlight=False, soft_wrap=True)
    if as_json:
        print_json({"out": str(out), **stats, "skipped_binary": [str(p) for p in skipped]})
        return
    console.print(
        f"indexed {stats['documents']} documents as {stats['passages']} passages into {esc(out)}", highlight=False
    )


@kb_app.command("search")
def search(
    query: Annotated[str, typer.Argument(help="What to look up, in English, Chinese or both.")],
    kb_dir: KbOption = None,
    k: Annotated[int, typer.Option("--k", "-k", min=1, max=100, help="How many passages to return.")] = 5,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Only passages in this language: en or zh.")
    ] = None,
    rerank: Annotated[
        bool, typer.Option("--rerank", help="Re-rank English passages densely (extra 'embed').")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Ranked passages for QUERY, each with its citation (passage id, title, source, licence)."""
    if lang is not None and lang not in ("en", "zh"):
        raise fail(f"--lang must be en or zh, not {lang!r}")
    if not query.strip():
        raise fail("the query is empty")
    passages = _open(kb_dir, rerank).search(query, k=k, language=lang)
    if as_json:
        print_json(
            [
                p.model_dump(include={"passage_id", "doc_id", "title", "source", "licence", "text", "score"})
                for p in passages
            ]
        )
        return
    if not passages:
        console.print("no passage matches this query", highlight=False)
        return
    for rank, p in enumerate(passages, start=1):
        console.print(
            f"[bold]\\[{rank}] {esc(p.title)}[/bold]  [dim]{esc(p.passage_id)} · score {p.score:g}[/dim]", highlight=False
        )
        console.print(text(p.text), highlight=False)
        console.print(f"[dim]source: {esc(p.source)} — {esc(p.licence)}[/dim]\n", highlight=False)


@kb_app.command("stats")
def stats(kb_dir: KbOption = None, as_json: JsonOption = False) -> None:
    """Documents and passages per source and language."""
    data = _open(kb_dir).stats()
    if as_json:
        print_json(data)
        return
    console.print(
        f"{data['documents']} documents, {data['passages']} passages, {data['vocabulary']} terms",
        highlight=False,
    )
    for row in data["by_source"]:
        console.print(
            f"  {esc(row['source']):<18} {esc(row['language']):<4} {row['documents']:>6} docs {row['passages']:>6} passages",
            highlight=False,
        )


def register(app: typer.Typer) -> None:
    """Add the `kb` command group to the root app."""
    app.add_typer(kb_app, name="kb")
