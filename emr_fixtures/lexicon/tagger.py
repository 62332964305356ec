"""Greedy longest-match tagging of a token sequence with lexicon terms.

Used for requests (by the lookup agent) and for record and group names (by the lookup agent and the
importers' `panel_for_name`), so both sides of a match are read the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from dxgym.emr_fixtures.lexicon.loader import Lexicon, load_lexicon


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    concepts: tuple[str, ...]
    weak: bool


def tag(tokens: tuple[str, ...], lexicon: Lexicon | None = None) -> tuple[tuple[Span, ...], tuple[int, ...]]:
    """(matched spans, indices of tokens no term covers), scanning left to right, longest term first."""
    lex = lexicon or load_lexicon()
    terms = lex.terms
    spans: list[Span] = []
    uncovered: list[int] = []
    i, n = 0, len(tokens)
    while i < n:
        for length in range(min(lex.max_tokens, n - i), 0, -1):
            found = terms.get(" ".join(tokens[i : i + length]))
            if found is not None:
                spans.append(Span(i, i + length, found.concepts, found.weak))
                i += length
                break
        else:
            uncovered.append(i)
            i += 1
    return tuple(spans), tuple(uncovered)
