"""A test asked of a named specimen is never a record that states another specimen (round 13, helper lookup16).

Round 9's `specimens` reads a bare analyte as its default specimen's. The other side was left: a request naming its
specimen (脑脊液AQP4抗体, "AQP4 antibody in CSF", "sputum cytology") took a record that states another specimen
(血清…/AQP4-IgG, Pleural_Fluid_Cytology) on a case holding the test only there: a near miss (another specimen, the
same test; LOINC gives each specimen its own code, "Aquaporin 4 Ab [Presence] in Serum" against "… in Cerebral
spinal fluid"; 《诊断学》 第9版: 血清学检查 and 脑脊液检查 are separate examinations). Now, where the query reads a
specimen the request names (`Query.spec`), the request asks one test at most, and no run of its words names another
specimen (each run of up to four words read alone: "serum and CSF oligoclonal bands" names two), a found record goes
when its path states specimens and none of them is the one asked. A request the splitter keeps whole can join two
tests ("ALT加尿糖", "白蛋白+尿酸", "Gram Stain + Blood Pressure": a specimen word inside another test's name), so two
tests asked, or a second specimen anywhere in the words, and nothing goes (a draft that read its specimen from those
runs lost four of 2,881 joined requests' records). Nor does a record whose own name the request holds whole: the
query reads "乙肝核心抗体(抗-HBc)加腹水多核细胞计数" as one test of ascites, but it names the antibody's record. A path states a specimen by a specimen word (Serum_, 血清) or a test of one (Urinalysis, 腰椎穿刺), so a
urinalysis's Blood field and a lumbar puncture's paired serum glucose stay for their panel; the index's specimen of a
record is not used (it falls back on the analyte's default: Toxicology_Screen/Cocaine would read as blood). A record
stating no specimen stays (an imaging report beside it in a joined request, a biopsy), and so does a record whose
path states the specimen asked anywhere (a pleural fluid panel holding its paired serum LDH).
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup.index import name_keys, segment_concepts
from dxgym.agents.lookup.joined import procedures
from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.specimens import _SAMPLED, _specimen
from dxgym.agents.lookup.vocab import holds
from dxgym.emr_fixtures.lexicon import Lexicon

_WINDOW = 4  # the longest specimen name read, in tokens (脑脊液: three)
# Specimens never taken through a sampling procedure (drawn, voided, passed, coughed up): a record filed below a
# bronchoscopy, an endoscopy's biopsies, a tap or an aspirate is never one of these (round 28).
_UNSAMPLED = frozenset({"blood", "urine", "stool", "sputum"})


@lru_cache(maxsize=8192)  # a pure function of the request's words
def _run_concepts(toks: tuple[str, ...], lex: Lexicon) -> frozenset[str]:
    """Every concept a run of up to `_WINDOW` of the request's words names, each run read alone (a specimen inside a
    longer test name counts: "serum and CSF oligoclonal bands" names two)."""
    out = set()
    for i in range(len(toks)):
        for n in range(1, min(_WINDOW, len(toks) - i) + 1):
            term = lex.terms.get(" ".join(toks[i:i + n]))
            if term is not None and not term.weak:
                out.update(term.concepts)
    return frozenset(out)


def _named(toks: tuple[str, ...], lex: Lexicon) -> frozenset[str]:
    """Every specimen a run of the request's words names: a specimen word (serum, 血清, urine) or a test of a fluid
    (CSF, sputum: a panel with a specimen of its own)."""
    return frozenset(lex.concepts[c].spec for c in _run_concepts(toks, lex)
                     if lex.concepts[c].kind != "analyte" and lex.concepts[c].spec)


def _asked(toks: tuple[str, ...], q: Query, lex: Lexicon) -> str | None:
    """The specimen the request names (the query's own reading, `Query.spec`), where it asks one test at most and no
    run of its words names another specimen; else None."""
    spec = q.spec
    if spec is None or len(q.concepts) > 1:
        return None  # no specimen named, or two tests asked together (a joined request: "ALT加尿糖")
    if _named(toks, lex) - {spec}:
        return None  # another specimen named beside it ("serum and CSF oligoclonal bands")
    if any(s not in (None, spec) for _, s in q.concepts):
        return None
    return spec


def _spec_words(toks: tuple[str, ...], lex: Lexicon) -> frozenset[str]:
    """The specimens the request's own specimen words name (serum, 血, urine, 痰), or its panels (FBC: a blood panel;
    尿常规); never a test's default specimen (a study done on blood or on a biopsy)."""
    named = frozenset(lex.concepts[c].spec for c in _run_concepts(toks, lex)
                      if lex.concepts[c].kind in ("spec", "panel") and lex.concepts[c].spec)
    # the specimen's own word names it even where the lexicon reads the bare word as its study ("sputum" is a term of
    # the sputum culture, so "sputum AFB" read no specimen word; round 31)
    return named | frozenset(t for t in toks if t in _UNSAMPLED)


def _unsampled(toks: tuple[str, ...], q: Query, lex: Lexicon) -> str | None:
    """The one specimen the request names by a specimen word or a panel ("serum galactomannan", 血嗜酸性粒细胞计数,
    FBC), where it is one never taken through a sampling procedure, no other specimen is read in the request and no
    test asked is such a procedure ("FBC and bronchoscopy" asks the bronchoscopy's records too); else None (round 29)."""
    if any(c == "mod_biopsy" or c in procedures() for c, _ in q.concepts):
        return None
    words = _spec_words(toks, lex) | ({q.spec} if q.spec else set())
    if len(words) != 1 or not words <= _UNSAMPLED:
        return None
    if _named(toks, lex) - words or any(s not in (None, *words) for _, s in q.concepts):
        return None  # another specimen read beside it
    return next(iter(words))


@lru_cache(maxsize=8192)  # request-only: read once by the plan, then again on every resolve of the request
def _specimen_asked(toks: tuple[str, ...], q: Query, lex: Lexicon) -> str | None:
    """The specimen this step narrows to: the one the query reads (`_asked`), else the one never taken through a
    procedure that the request's own words name (`_unsampled`)."""
    return _asked(toks, q, lex) or _unsampled(toks, q, lex)


def wants(toks: tuple[str, ...], q: Query, lex: Lexicon) -> bool:
    """Could this step change an answer? Only where the request names one specimen (request-only)."""
    return _specimen_asked(toks, q, lex) is not None


@lru_cache(maxsize=16_384)
def _stated(lex: Lexicon, source_key: str) -> frozenset[str]:
    """The specimens a record's path states, segment by segment (the top too: a source may file 腰椎穿刺 there): a
    specimen word (Serum, 血清, Blood) or a test of a specimen (Urinalysis, 腰椎穿刺: a panel's specimen), so a
    urinalysis's Blood field states urine as well as blood, and a lumbar puncture's paired Serum_Glucose CSF as well
    as blood."""
    return frozenset(s for seg in source_key.split("/") for s in _segment_specs(lex, seg))


@lru_cache(maxsize=16_384)  # path segments repeat across requests and cases
def _segment_specs(lex: Lexicon, segment: str) -> frozenset[str]:
    return frozenset(lex.concepts[c].spec for c in segment_concepts(segment.replace("_", " "), lex)
                     if lex.concepts[c].kind != "analyte" and lex.concepts[c].spec)


def _asked_by_name(toks: tuple[str, ...], name: str) -> bool:
    """Does the request hold the record's own name whole? Then it asked that record (a joined request of two tests'
    names, "丙氨酸氨基转移酶(ALT)加尿糖": the splitter keeps it whole and the query reads one test and one specimen)."""
    return any(holds(toks, tuple(k.split())) for k in name_keys(name.replace("_", " ")))


def without_other_specimens(idx, toks: tuple[str, ...], found: dict, spec: str | None, lex: Lexicon, *,
                            by_name: bool = True) -> dict:
    """`found` without the records stating only other specimens than `spec` (and, `by_name`, not asked by their
    own name); `found` itself when no specimen is asked. This step's and `specimen_phrase`'s one rule."""
    if not found or spec is None:
        return found
    exams = idx.case.examinations
    return {i: tier for i, tier in found.items()
            if (not (stated := _stated(lex, exams[i].source_key))
                and not (spec in _UNSAMPLED and _specimen(idx, i, lex) == _SAMPLED))
            or spec in stated or (by_name and _asked_by_name(toks, exams[i].name))}


def narrow(idx, toks: tuple[str, ...], q: Query, found: dict, lex: Lexicon) -> dict:
    """`found` without the records stating only other specimens than the one the request names; and, where it names
    only a specimen never taken through a procedure, without the records filed below a sampling procedure."""
    if not found:
        return found
    return without_other_specimens(idx, toks, found, _specimen_asked(toks, q, lex), lex)
