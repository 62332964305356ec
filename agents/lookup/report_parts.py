"""A section of a study's report, asked with the study (round 10, helper lookup13).

Reports are filed as their sections (影像/头颅MRI平扫/所见 and …/印象; Imaging/MRI_Brain/Findings and …/Impression: the
ACR practice parameter's findings and impression, 《医学影像学》's 影像所见 and 影像诊断). A request naming the study
and one section (头颅MRI印象, "MRI impression") read the section's word as text the lexicon does not know, so nothing
answered, or both sections did. Now (`data/report_sections_round10.tsv`), for a request that begins or ends with a
section's name (the possessive 的 and fillers set aside): what the tiers found, or else what the study asked alone
finds, narrowed to the records whose own name is that section, where some but not all are; a study filed whole
(no record named for a section) answers as the study. The lookup's screen refuses a request holding 印象 or 诊断 (a
diagnosis is never asked of the lookup), so those names serve only to read a record's own name.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from dxgym.agents.lookup.joined import text
from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.vocab import names, rows
from dxgym.emr_fixtures.lexicon import tokens

_JOINERS = frozenset({"的", "of", "the", "on", "from", "and"})


@lru_cache(maxsize=1)
def _sections() -> tuple[frozenset[tuple[str, ...]], dict[tuple[str, ...], str]]:
    """(every section name, name -> its section)."""
    whole: dict[tuple[str, ...], str] = {}
    for row in rows("report_sections_round10.tsv"):
        for cell in row[1:3]:
            for name in names(cell):
                whole[name] = row[0]
    return frozenset(whole), whole


@lru_cache(maxsize=8192)  # a pure function of the request's words
def _asked(toks: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
    """(section, the rest of the request) where the request begins or ends with one section's name."""
    all_names, section_of = _sections()
    for name in sorted(all_names, key=len, reverse=True):
        n = len(name)
        if len(toks) > n and toks[-n:] == name:
            rest = toks[:-n]
            while rest and rest[-1] in _JOINERS:
                rest = rest[:-1]
        elif len(toks) > n and toks[:n] == name:
            rest = toks[n:]
            while rest and rest[0] in _JOINERS:
                rest = rest[1:]
        else:
            continue
        if rest:
            return section_of[name], rest
    return None


def wants(toks: tuple[str, ...], q: Query) -> bool:
    """Request-only: the request begins or ends with a report section's name, and names something more."""
    return _asked(toks) is not None



@lru_cache(maxsize=16_384)  # record keys repeat across requests
def _section_of(source_key: str) -> str | None:
    own = tokens(source_key.rsplit("/", 1)[-1])
    return _sections()[1].get(own)


def narrow(idx, toks: tuple[str, ...], q: Query, found: dict, study: Callable[[str], dict]) -> dict:
    """`found` (or, where empty, `study` of the request without the section's name) narrowed to the section asked."""
    if not wants(toks, q):
        return found
    section, rest = _asked(toks)
    pool = found or study(text(rest))
    if not pool:
        return found
    exams = idx.case.examinations
    filed = {i: _section_of(exams[i].source_key) for i in pool}
    sectioned = {exams[i].source_key.rsplit("/", 1)[0] for i, s in filed.items() if s is not None}
    # the section asked of each study filed by sections; a study filed whole stays whole
    keep = {i: t for i, t in pool.items() if filed[i] == section
            or (filed[i] is None and exams[i].source_key.rsplit("/", 1)[0] not in sectioned)}
    if keep and len(keep) < len(pool):
        return keep
    return pool if not found else found
