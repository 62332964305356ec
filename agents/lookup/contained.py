"""Tests done on a sampled tissue, asked by the tissue and the test (round 9b, helper lookup12).

A bone marrow examination holds the aspirate's smear, the trephine's histology and the ancillary studies made on them
(flow cytometry, cytogenetics, FISH, iron stain: ICSH guidelines for bone marrow specimens, Lee et al., Int J Lab
Hematol 2008). The lexicon reads 骨髓FISH as two tests, the marrow and the FISH, so it returned the whole marrow.
`CONTAINERS` names the studies so sampled:

- a request naming a container and another test is that test's records inside the container (骨髓FISH: the FISH
  records), or nothing where the container holds none (骨髓染色体核型分析 on a marrow without a karyotype: not the marrow);
  naming a container and words the lexicon does not read, the records inside whose own name those words make
  ("plasma cells on the marrow aspirate": Aspirate/Plasma_Cells);
- a container's records never answer a request naming another specimen or biopsy site (外周血流式细胞术 is not the
  marrow's flow cytometry; 腹壁脂肪垫活检刚果红染色 not the marrow trephine's Congo red);
- a request naming a specimen (a knee aspirate, synovial fluid) is never answered by physical-examination records;
  where only they answered, the records of that specimen are the answer (at the site asked, where it names one).
"""

from __future__ import annotations

from dxgym.agents.lookup import joined
from dxgym.agents.lookup.index import CaseIndex
from dxgym.agents.lookup.query import FILLER, Query
from dxgym.emr_fixtures.lexicon import Lexicon, tag, tokens

CONTAINERS = frozenset({"bm", "bmtrephine"})
_OTHER_SPECIMEN = ("peripheral", "外周", "末梢")


def _inside(idx: CaseIndex, lex: Lexicon) -> dict[int, frozenset[str]]:
    """Record -> the concepts its path's segments below the source's top read as, for records inside a container."""
    return idx.derived("contained", lambda i: _build(i, lex))


def _build(idx: CaseIndex, lex: Lexicon) -> dict[int, frozenset[str]]:
    out: dict[int, frozenset[str]] = {}
    for i, rec in enumerate(idx.case.examinations):
        read: set[str] = set()
        for part in rec.source_key.split("/")[1:]:
            spans, _ = tag(tokens(part.replace("_", " ")), lex)
            read.update(c for sp in spans for c in sp.concepts)
        if read & CONTAINERS:
            out[i] = frozenset(read)
    return out


def narrow(idx: CaseIndex, toks: tuple[str, ...], q: Query, lex: Lexicon, found: dict) -> dict:
    """`found` narrowed as the module says."""
    if not found:
        return found
    exams = idx.case.examinations
    if q.spec and q.spec != "blood" and not q.manoeuvres:
        kept = {i: t for i, t in found.items() if exams[i].category != "physical_examination"}
        if kept or len(kept) == len(found):
            return kept
        # only an examination answered: the specimen's own records instead, at the site asked
        sample = {i: "lexicon" for i, spec in enumerate(idx.record_spec)
                  if spec == q.spec and exams[i].category != "physical_examination"}
        return joined.at_site(idx, lex, q.exam_sites, sample) if q.exam_sites else sample
    inside = _inside(idx, lex)
    if not inside or inside.keys().isdisjoint(found):
        return found
    asked = {c for c, _ in q.concepts}
    containers = asked & CONTAINERS
    if containers:
        others = asked - CONTAINERS - {m for c in containers for m, _ in lex.concepts[c].member_of}
        if not others:
            if q.content:  # "plasma cells on the marrow aspirate": the part of the marrow its own name names
                words = set(toks)
                named = {i: "lexicon" for i in inside
                         if (own := set(tokens(exams[i].source_key.rsplit("/", 1)[-1].replace("_", " ")))) <= words
                         and own - FILLER}
                return named or found
            return found
        return {i: t for i, t in found.items() if i in inside and others & inside[i]}
    text = "".join(toks)
    if any(w in text for w in _OTHER_SPECIMEN) or (q.imaging and "mod_biopsy" in q.imaging[0] and q.imaging[1]):
        return {i: t for i, t in found.items() if i not in inside}
    return found


def wants(toks: tuple[str, ...], q: Query, lex: Lexicon) -> bool:
    """Could `narrow` change an answer to this request? (read once per request text: `plan`)"""
    if q.spec and q.spec != "blood" and not q.manoeuvres:
        return True
    if any(c in CONTAINERS for c, _ in q.concepts):
        return True
    text = "".join(toks)
    return any(w in text for w in _OTHER_SPECIMEN) or bool(q.imaging and "mod_biopsy" in q.imaging[0] and q.imaging[1])
