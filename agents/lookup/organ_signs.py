"""An enlarged organ asked by its sign's name, answered by the organ's examination (round 53, the lead).

"hepatomegaly", "splenomegaly", "goitre", 肝大 ask the size of one organ, which an examination states under the
organ's name (Abdominal_Examination/Liver, Neck_Examination/Thyroid_Gland, 腹部/肝脏) or inside a palpation's text
("liver edge 2 cm below the costal margin", "no hepatosplenomegaly", 肝脾肋下未触及): Bates' Guide and 《诊断学》 examine
hepatomegaly by the liver edge and span, splenomegaly by a palpable spleen, a goitre at the thyroid gland
(`data/organ_signs_round53.tsv`). No record carries the sign's own name there, so nothing answered and the sign was
"not available" while the record states it. Only for a request that is wholly one of the signs (less filler), only
where no tier found anything, and only on physical-examination records: those named by the organ (the record or a
segment of its path), else those whose findings text holds one of the row's phrases — never another record whose
text merely mentions the organ ("asterixis indicating possible liver failure")."""

from __future__ import annotations

from functools import cache

from dxgym.agents.lookup import paths
from dxgym.agents.lookup.index import CaseIndex
from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.vocab import rows
from dxgym.emr_fixtures.lexicon import key

Found = dict[int, str]


@cache
def _signs() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """Key of each sign name -> (the keys of its organ's names, the keys of its text phrases)."""
    out: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}
    for signs, organs, phrases in rows("organ_signs_round53.tsv"):
        entry = (frozenset(key(o) for o in organs.split("|")), tuple(key(p) for p in phrases.split("|")))
        for s in signs.split("|"):
            out[key(s)] = entry
    return out


def _organ_records(idx: CaseIndex, organs: frozenset[str]) -> list[int]:
    """Physical-examination records named by the organ: a segment of their path (`paths.segments`) or their own
    name (`CaseIndex.exact_records`)."""
    segments = paths.segments(idx)
    named = {i for k in organs for i in (*segments.get(k, ()), *idx.exact_records.get(k, ()))}
    return [i for i in idx.physical if i in named]


def match(idx: CaseIndex, q: Query) -> Found:
    """The records that examine the organ whose enlargement the request names; {} for any other request."""
    entry = next((e for k in q.exact_keys if (e := _signs().get(k)) is not None), None)
    if entry is None:
        return {}
    organs, phrases = entry
    found = _organ_records(idx, organs)
    if not found:
        found = [i for i in idx.physical if any(f" {p} " in idx.result_text(i) for p in phrases)]
    return dict.fromkeys(found, "lexicon")
