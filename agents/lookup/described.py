"""A bedside sign asked by how it is elicited, not by name (round 37, the lead).

"tap over the right carpal tunnel" is Tinel's sign, "press over the liver and watch the neck veins" the hepatojugular
reflux, 让他龇牙 the facial nerve's 示齿: the request names the manoeuvre's actions and sites, never the sign. Each row
of `described_signs.tsv` (from Bates' and Talley & O'Connor's descriptions of how each sign is elicited) holds the
word groups such a description has — all must be in the request — and the names to ask instead, in order. Only for a
request no tier found anything for; a side the request names is asked with the name, so the answer is what the
sign asked by its name would be, or nothing."""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import cache, lru_cache

from dxgym.agents.lookup import sides
from dxgym.agents.lookup.vocab import rows
from dxgym.emr_fixtures.lexicon import key

_SIDE_WORDS = {sides.LEFT: "left", sides.RIGHT: "right"}


@cache
def _table() -> tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...]:
    """(names to ask, in order; the word groups, each of alternatives as padded keys)."""
    out = []
    for names, words in rows("described_signs.tsv"):
        groups = tuple(tuple(f" {key(w)} " for w in g.split("|") if w.strip()) for g in words.split(";") if g.strip())
        out.append((tuple(n.strip() for n in names.split("|") if n.strip()), groups))
    return tuple(out)


@cache
def _by_word() -> dict[str, frozenset[int]]:
    """Each word that begins an alternative of a row's first group -> those rows: a request holding none of them
    cannot hold that group, so most requests are read against no row at all."""
    out: dict[str, set[int]] = {}
    for n, (_names, groups) in enumerate(_table()):
        for alt in groups[0]:
            out.setdefault(alt.split()[0], set()).add(n)
    return {w: frozenset(rs) for w, rs in out.items()}


@lru_cache(maxsize=16_384)  # a pure function of the request, asked again for every case it is asked of
def names(request: str) -> tuple[str, ...]:
    """The names of the sign the request describes (every row whose word groups it holds), each with the side it
    names; () where it describes none."""
    toks = tuple(key(request).split())
    index = _by_word()
    candidates = sorted({n for w in set(toks) for n in index.get(w, ())})
    if not candidates:
        return ()
    padded = f" {' '.join(toks)} "
    side = _SIDE_WORDS.get(sides.request_side(toks))  # the lookup's one reader of a request's side
    table = _table()
    out: list[str] = []
    for n in candidates:
        row_names, groups = table[n]
        if all(any(w in padded for w in g) for g in groups):
            out += [f"{side} {name}" if side else name for name in row_names]
    return tuple(dict.fromkeys(out))


def match(request: str, ask: Callable[[str], dict], physical: Collection[int] = ()) -> dict:
    """The records named for the first of the described sign's names that has one (`ask`: one name asked alone; only
    its exact-name hits count — a section the name's words read as is no answer to a description). A description is
    of a bedside act: where the name also names a report's record (Electromyography/Tongue beside the examination's
    Tongue), the physical-examination records (`physical`) are the answer (round 55)."""
    for name in names(request):
        found = {i: t for i, t in ask(name).items() if t == "exact"}
        if found:
            return {i: t for i, t in found.items() if i in physical} or found
    return {}
