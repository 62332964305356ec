"""One part of an itemised study asked by its part's name (round 38, the lead).

The lexicon reads an ECG interval as a name of the ECG itself ("QTc interval" is the ECG's term: an ECG reported as one
record states it), so a case that files its ECG by part (Rate, QTc, Other) answered "QTc interval" with every part.
Where every record found is a part of one study and some of those parts' own names are words of the request, the
request asks those parts: "QTc interval" is the QTc record, "ECG rate and rhythm" the Rate and Rhythm records. A
request naming no part (ECG), or naming the study by its own name (Renin_and_Aldosterone for "renin and aldosterone",
电子鼻咽喉镜 over its 鼻咽 record), keeps the study whole."""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup.index import GENERIC_NAMES, CaseIndex
from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.reading import cjk
from dxgym.emr_fixtures.lexicon import key


@lru_cache(maxsize=16_384)
def _own_key(source_key: str) -> str:
    """The record's own name (its path's last segment) as a padded key, or "" where it says nothing on its own."""
    k = key(source_key.rsplit("/", 1)[-1].replace("_", " "))
    long_enough = sum(2 if cjk(t) else len(t) for t in k.split()) >= 3
    return f" {k} " if k and k not in GENERIC_NAMES and long_enough else ""


def narrow(idx: CaseIndex, toks: tuple[str, ...], q: Query, found: dict) -> dict:
    """Every record found a part of one study (never a top-level category such as Test_Results): those whose own
    names the request holds, where every word the lexicon could not read is in those names ("FVC lying and sitting"
    names the Sitting part and a posture no part is named by: the parts stay whole)."""
    if len(found) < 2:
        return found
    exams = idx.case.examinations
    parents = {exams[i].source_key.rsplit("/", 1)[0] for i in found}
    if len(parents) != 1 or "/" not in next(iter(parents)):
        return found
    padded = f" {' '.join(toks)} "
    for segment in parents.pop().split("/"):  # the study's own name is no part's (电子鼻咽喉镜 holds 鼻咽)
        if (k := key(segment.replace("_", " "))) and f" {k} " in padded:
            padded = padded.replace(f" {k} ", " ")
    named = {i: t for i, t in found.items() if (k := _own_key(exams[i].source_key)) and k in padded}
    if not named or len(named) == len(found):
        return found
    names = "".join(_own_key(exams[i].source_key) for i in named)
    return named if all(f" {w} " in names for w in q.content) else found
