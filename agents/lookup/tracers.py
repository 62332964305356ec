"""A nuclear-medicine study by its radiotracer (round 9, helper lookup11).

A scan is ordered and filed by its tracer as often as by its organ: "sestamibi scan", "MIBI", 99mTc-MIBI显像 for a
parathyroid scan, "Sestamibi SPECT-CT" as the record's name. One tracer serves several studies (sestamibi: myocardial
perfusion and the parathyroids; SNMMI / ASNC guidelines, 《核医学》), so the lexicon's single reading of a tracer term
(sestamibi scan = myocardial perfusion) misses the parathyroid case's record, and an organ's name misses a record named
by the tracer alone. Where no earlier tier found anything (`data/tracers.tsv`):

- a request naming a tracer is the case's studies made with it: records of any of the tracer's studies, or named by
  the tracer — narrowed to a study whose organ the request also names ("parathyroid sestamibi");
- a request for one of a tracer's studies ("parathyroid scan", 甲状旁腺显像) is a record named by that tracer alone
  where the tracer serves only that study or the record's own text names the study's organ — never a sestamibi
  record whose text is the myocardium's.

Laboratory and bedside records are never studies: a tracer's name there (a serum octreotide level) is not taken.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from dxgym.agents.lookup.index import CaseIndex
from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.vocab import NamedIn, holds, names, rows
from dxgym.emr_fixtures.lexicon import tokens

_NOT_STUDIES = frozenset({"laboratory", "physical_examination"})


@dataclass(frozen=True, slots=True)
class Tracer:
    names: tuple[tuple[str, ...], ...]  # English and Chinese names as token sequences
    studies: tuple[str, ...]  # lexicon concept ids of the studies made with it
    organs: dict[str, tuple[tuple[str, ...], ...]]  # study -> words its organ is named by


@cache
def _tracers() -> tuple[Tracer, ...]:
    out = []
    for row in rows("tracers.tsv"):
        _, en, zh, studies, organs = (row + ("",) * 5)[:5]
        by_study = {}
        for part in organs.split(";"):
            study, _, words = part.partition("=")
            if study.strip():
                by_study[study.strip()] = names(words)
        out.append(Tracer(names(en) + names(zh), tuple(s for s in studies.split("|") if s), by_study))
    return tuple(out)


@cache
def _named_in() -> NamedIn:
    return NamedIn((k, t.names) for k, t in enumerate(_tracers()))


@lru_cache(maxsize=16_384)  # requests and record names repeat
def _tracers_named(toks: tuple[str, ...]) -> frozenset[int]:
    return _named_in()(toks)


@cache
def _studied() -> frozenset[str]:
    """Every study some tracer serves."""
    return frozenset(s for t in _tracers() for s in t.studies)


def _organ_named(toks: tuple[str, ...], tracer: Tracer, study: str) -> bool:
    return any(holds(toks, w) for w in tracer.organs.get(study, ()))


def _tagged(idx: CaseIndex, studies: tuple[str, ...]) -> set[int]:
    out: set[int] = set()
    for s in studies:
        out.update(i for _, i in idx.record_concepts.get(s, ()))
        for _, recs in idx.group_concepts.get(s, ()):
            out.update(recs)
    return out


def _tracer_records(idx: CaseIndex, k: int) -> list[int]:
    """Records of studies (not laboratory or bedside) whose name or group names tracer k."""
    return [i for i, rec in enumerate(idx.case.examinations)
            if rec.category not in _NOT_STUDIES
            and (k in _tracers_named(tokens(rec.name)) or k in _tracers_named(tokens(rec.group)))]


def by_tracer(idx: CaseIndex, toks: tuple[str, ...], q: Query) -> dict:
    """The case's records of a study asked by its tracer, or of a tracer's study filed under the tracer's name."""
    asked = {c for c, _ in q.concepts}
    found: set[int] = set()
    named = _tracers_named(toks)
    studied = _studied()
    if not named and not asked & studied:
        return {}
    for k, tracer in enumerate(_tracers()):
        if k in named:  # the tracer asked: its studies, or the one whose organ is named beside it
            studies = tuple(s for s in tracer.studies if _organ_named(toks, tracer, s)) or tracer.studies
            found |= _tagged(idx, studies)
            for i in _tracer_records(idx, k):
                rec = idx.case.examinations[i]
                if len(studies) == len(tracer.studies) or any(
                        _organ_named(tokens(f"{rec.name} {rec.result}"), tracer, s) for s in studies):
                    found.add(i)
        elif asked & set(tracer.studies):  # a study of the tracer asked by its organ
            for study in asked & set(tracer.studies):
                for i in _tracer_records(idx, k):
                    rec = idx.case.examinations[i]
                    if len(tracer.studies) == 1 or _organ_named(tokens(f"{rec.name} {rec.result}"), tracer, study):
                        found.add(i)
    return dict.fromkeys(sorted(found), "lexicon")
