"""A part of an endoscopy or a lavage, asked with the procedure's name (round 10, helper lookup13).

An endoscopy's record holds what was seen, the biopsies taken and the tests made on them (ASGE, "Quality indicators
for GI endoscopic procedures", Gastrointest Endosc 2015: findings, specimens, pathology; 《诊断学》 第9版 内镜检查:
镜下所见, 活检病理); a bronchoscopy holds its lavage, and the lavage its cell counts and lymphocyte subsets (ATS
clinical practice guideline on BAL cellular analysis, Am J Respir Crit Care Med 2012). The lexicon reads 胃镜活检 /
"colonoscopy biopsy" as the endoscopy and a biopsy, so the endoscopy's every record answered, the findings included;
"BALF CD4/CD8" took the lavage's cell differential beside its CD4/CD8 ratio. Now, for a request naming one of these
procedures (`_PROCEDURES`, the lexicon's concept ids):

- with a biopsy or pathology word (the lexicon's biopsy modality), the records found whose own path below the
  source's top names a biopsy, pathology or histology are the answer, where some but not all do (an endoscopy filed
  as one report keeps it: the report may hold the biopsy), unless the request joins the two ("gastroscopy with
  biopsy", 胃镜及活检: both asked);
- asked as an endoscopic ultrasound (EBUS, 超声支气管镜, "endobronchial ultrasound": the bronchoscopy and the
  ultrasound modality), only records whose path or text names the ultrasound (EBUS, 超声): a plain bronchoscopy is a
  near miss (ACCP lung cancer staging guideline 2013: EBUS-TBNA is its own procedure);
- with words the lexicon does not read (CD8 of CD4/CD8), the records found whose own name holds all of them, where
  some but not all do (the lavage also where it is asked as a specimen: "BAL CD4/CD8").
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup.index import CaseIndex
from dxgym.agents.lookup.query import FILLER, Query
from dxgym.emr_fixtures.lexicon import tokens

# the lexicon's endoscopies that take tissue or fluid (concepts.tsv / catalogue_procedures.tsv), and the lavage
_PROCEDURES = frozenset({
    "endoscopy", "egd", "colonoscopy", "bronch", "ercp", "eus", "capsule", "enteroscopy", "anoscopy", "cystoscopy",
    "cysto", "ureteroscopy", "cholangioscopy", "laryngoscopy", "nasalendo", "thoracoscopy", "mediastinoscopy",
    "laparoscopy", "hysteroscopy", "colposcopy", "arthroscopy", "bal",
})
# a record's own name for the tissue taken (ASGE; 《诊断学》: 活检, 病理, 组织学, 病检; the transbronchial lung biopsy)
_BIOPSY_WORDS = (("biopsy",), ("biopsies",), ("pathology",), ("histology",), ("histopathology",), ("tblb",),
                 ("transbronchial",), ("活", "检"), ("病", "理"), ("组", "织", "学"), ("病", "检"))


# the procedure and its biopsy both asked ("gastroscopy with biopsy", 胃镜及活检): nothing to narrow
_BOTH = frozenset({"with", "and", "plus", "和", "及", "并", "加", "同", "带"})


def wants(toks: tuple[str, ...], q: Query) -> bool:
    """Request-only: a procedure named, with a biopsy word or words the lexicon does not read."""
    if q.spec != "bal" and _PROCEDURES.isdisjoint(c for c, _ in q.concepts):  # the lavage also as a specimen
        return False
    return bool((q.imaging and not {"mod_biopsy", "mod_us"}.isdisjoint(q.imaging[0])) or set(q.content) - FILLER)



@lru_cache(maxsize=16_384)  # record keys repeat across requests
def _biopsy_named(source_key: str) -> bool:
    toks = tokens(source_key.split("/", 1)[-1])
    return any(toks[i:i + len(w)] == w for w in _BIOPSY_WORDS for i, t in enumerate(toks) if t == w[0])


_SONO = ("ebus", "endobronchial ultrasound", "endosonograph", "ultrasound", "超声")


def _sonographic(source_key: str, result: str) -> bool:
    """Does the record's path or text say the endoscopy was an ultrasound one (EBUS, 超声支气管镜)?"""
    text = f"{source_key} {result}".lower().replace("_", " ")
    return any(w in text for w in _SONO)


@lru_cache(maxsize=16_384)
def _own(source_key: str) -> frozenset[str]:
    return frozenset(tokens(source_key.rsplit("/", 1)[-1]))


def narrow(idx: CaseIndex, toks: tuple[str, ...], q: Query, found: dict) -> dict:
    """`found` narrowed to the part of the procedure asked, as the module says."""
    if not found or not wants(toks, q):
        return found
    exams = idx.case.examinations
    if q.imaging and "mod_us" in q.imaging[0]:  # an endobronchial ultrasound: never a plain bronchoscopy's record
        return {i: t for i, t in found.items() if _sonographic(exams[i].source_key, exams[i].result)}
    if len(found) < 2:
        return found
    if q.imaging and "mod_biopsy" in q.imaging[0] and _BOTH.isdisjoint(toks):
        taken = {i: t for i, t in found.items() if _biopsy_named(exams[i].source_key)}
        if taken and len(taken) < len(found):
            return taken
    words = set(q.content) - FILLER
    if words:
        named = {i: t for i, t in found.items() if words <= _own(exams[i].source_key)}
        if named and len(named) < len(found):
            return named
    return found
