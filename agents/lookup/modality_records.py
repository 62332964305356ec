"""A picture asked is never a laboratory or pathology record (round 11, helper lookup14).

A request naming a radiological modality and a study or site the lexicon also reads as a laboratory test (骨髓MRI:
an MRI of the marrow, read as the MRI modality and the bone marrow examination) took the marrow's aspirate and
trephine records on a case holding no MRI: a near miss answered by a neighbour of another kind (the ACR practice
parameters file an MRI, CT, radiograph or nuclear study as an imaging report; 《医学影像学》 第8版). Now, where the request
names MRI, CT, a radiograph or a nuclear study (not ultrasound, which endoscopes and bedside probes carry), and no
sampling under the picture's guidance (a CT-guided biopsy, 穿刺, FNA: a pathology answer), the laboratory and pathology
records found go; imaging records and every other kind stay.

Round 11b (lead, after the held-out diagnosis by aggregates): a request the splitter keeps whole can name a picture
and a laboratory test together ("胸部CT+血常规", "Chest X-Ray/Platelets", "Brain MRI + Genetic Testing": `+`, `/`, `&`,
加 and spaces are no list separators, since they also sit inside test names). There the laboratory records are the
second test's answer, not the picture's neighbour, and the step took them (2,095 lead-written joins of the fixture
cases' own imaging and laboratory names: 334 lost records). So the step reads only a request whose laboratory words
can be the picture's subject: one naming no site for the picture (骨髓MRI: the marrow is what is imaged) and no test
of a body fluid (a concept with a specimen: blood, urine, CSF …, which no picture images). A picture of a named site
beside a named test is two tests, and nothing goes.
"""

from __future__ import annotations

from dxgym.agents.lookup.query import Query

_PICTURES = frozenset({"mod_mri", "mod_ct", "mod_xr", "nuclear", "mod_pet"})
# sampling under a picture's guidance: the answer is the sample's (words as the screen's tokens give them)
_SAMPLED = frozenset({"guided", "guidance", "biopsy", "biopsies", "fna", "aspiration", "aspirate", "cytology",
                      "引", "穿", "活"})  # 引导, 穿刺, 活检 (Chinese one character a token)
_NOT_PICTURES = frozenset({"laboratory", "pathology"})


def wants(toks: tuple[str, ...], q: Query) -> bool:
    """Could this step change an answer? A request naming a radiological modality, sampling nothing, whose laboratory
    words (if any) can only be the picture's subject (request-only)."""
    return (q.imaging is not None and not q.imaging[0].isdisjoint(_PICTURES) and "mod_biopsy" not in q.imaging[0]
            and _SAMPLED.isdisjoint(toks) and all(spec is None for _, spec in q.concepts)
            and not (q.concepts and q.imaging[1]))


def narrow(idx, toks: tuple[str, ...], q: Query, found: dict) -> dict:
    """`found` without its laboratory and pathology records, for a request asking a picture."""
    if not found or not wants(toks, q):
        return found
    exams = idx.case.examinations
    return {i: tier for i, tier in found.items() if exams[i].category not in _NOT_PICTURES}
