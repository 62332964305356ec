"""A request, read once into what it asks for: concepts, imaging (modality + sites), examination sites.

Parsing is independent of the case, so it is cached per request string; matching a parsed query
against a case's index is then a handful of dictionary look-ups.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from functools import cache
from threading import Lock

from dxgym.agents.lookup.reading import FILLER, STATE_WORDS, read
from dxgym.emr_fixtures.lexicon import Lexicon, load_lexicon

__all__ = ["FILLER", "Query", "QueryCache", "parse", "related", "widen"]

MARKERS = frozenset({"exam", "pe"})
# Concepts that name a category of tests rather than a test ("labs", 化验): alone they find container
# groups ("Laboratory_Tests"); beside a named test they are only the verb of the order.
CATEGORIES = frozenset({"labs"})
# Components of the neurological examination that are examined limb by limb (Bates' Guide, "The Nervous
# System": motor strength, sensation, reflexes and coordination of the arms and legs; 《诊断学》 神经系统检查:
# 肌力、感觉、反射、共济运动): asked with a limb, they are also that limb's part of the neurological section.
NEURO_COMPONENTS = frozenset({"man_motor", "man_sensory", "man_reflex", "man_coord"})
# Verbs of the bedside examination (Bates' Guide: inspect, palpate, percuss, auscultate): "feel the fontanelle"
# asks for what the record names "Fontanelle", when the lexicon cannot read the object.
EXAM_VERBS = frozenset("feel palpate inspect percuss auscultate listen examine assess evaluate".split())
# The pulse is the heart rate (a vital sign), but a pulse felt on a limb is the peripheral vascular examination
# (Bates' Guide, "The Peripheral Vascular System"; 《诊断学》 周围血管检查; see extra_terms_pulses.tsv).
PULSE = "hr"


def widen(sites: frozenset[str]) -> frozenset[str]:
    """The sites and every broader region they lie in (lexicon data: a site's member_of), so a knee
    examination is found by "lower limb exam" and a lower-limb section by "knee exam" — but a sibling
    (cervical vs lumbar spine, wrist vs hand) never stands in for another."""
    parents = load_lexicon().site_parents
    out = set(sites)
    for s in sites:
        out |= parents.get(s, frozenset())
    return frozenset(out)


def related(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two site sets name overlapping body regions (directly or one inside the other)?"""
    return bool(a & b) or bool(widen(a) & b) or bool(a & widen(b))


@dataclass(frozen=True, slots=True)
class Query:
    """What one request asks for, independent of any case."""

    exact_keys: tuple[str, ...]  # whole request and its filler-stripped core, as token strings
    concepts: tuple[tuple[str, str | None], ...]  # (analyte/panel/study id, specimen)
    imaging: tuple[frozenset[str], frozenset[str]] | None  # (modalities, sites)
    exam_sites: frozenset[str]  # examination sections asked for
    manoeuvres: frozenset[str]  # inspection / palpation / percussion / auscultation asked for (narrows a section)
    physical_all: bool  # "physical examination" with no section named
    spec: str | None  # specimen the request names explicitly
    content: tuple[str, ...]  # tokens that are neither lexicon terms nor filler (for the fuzzy tier)
    forms: frozenset[str] = frozenset()  # antibody / antigen / nucleic acid / culture / smear the request states

    @property
    def empty(self) -> bool:
        return not (self.concepts or self.imaging or self.exam_sites or self.manoeuvres or self.physical_all
                    or (self.spec and self.content))


def _core(toks: tuple[str, ...]) -> tuple[str, ...]:
    i, j = 0, len(toks)
    while i < j:
        if toks[i] in FILLER:
            i += 1
        elif toks[i + 1:i + 3] == ("一", "下") and "\u3400" <= toks[i] <= "\u9fff":
            i += 3  # round 65: a verb and 一下 in front (量一下, 测一下, 摸一下): asking, not the test's name
        else:
            break
    while j > i and toks[j - 1] in FILLER:
        j -= 1
    return toks[i:j]


@cache
def _form_spellings(lex: Lexicon) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each form (`forms.tsv`) -> its spellings as token tuples (antibody, antibodies, titer, titers, anti ...)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for k, fid in lex.forms.items():
        out.setdefault(fid, []).append(tuple(k.split()))
    return {fid: tuple(v) for fid, v in out.items()}


def _respelt(toks: tuple[str, ...], lex: Lexicon):
    """The request read with one of its form words spelt another way of the same form, where that reading
    leaves no word unread ("lyme titers": the lexicon's Lyme term is spelt with "titer" and "antibody"), else
    None. A form's spellings name one thing (`forms.tsv`); a test term may hold only some of them."""
    spellings = _form_spellings(lex)
    for i in range(len(toks)):
        for length in range(min(lex.form_max_tokens, len(toks) - i), 0, -1):
            here = toks[i:i + length]
            fid = lex.forms.get(" ".join(here))
            if fid is None:
                continue
            for alt in spellings[fid]:
                if alt != here:
                    respelt = read(toks[:i] + alt + toks[i + length:], lex)
                    if not respelt.content and respelt.spans:
                        return respelt
            break
    return None


def parse(toks: tuple[str, ...], lex: Lexicon | None = None) -> Query:
    """Read a (screened) token sequence into a `Query`."""
    lex = lex or load_lexicon()
    reading = read(toks, lex)
    if reading.content and reading.forms:
        reading = _respelt(toks, lex) or reading
    content = reading.content
    ids = [c for span in reading.spans for c in span.concepts]
    kinds = {cid: lex.concepts[cid].kind for cid in ids}
    spec = next((lex.concepts[c].spec for c in ids if kinds[c] == "spec"), None)
    mods = frozenset(c for c in ids if kinds[c] == "mod")
    sites = frozenset(c for c in ids if kinds[c] == "site")
    markers = {c for c in ids if kinds[c] == "marker"}
    manoeuvres = frozenset(c for c in ids if kinds[c] == "man")
    tests = [c for c in dict.fromkeys(ids) if kinds[c] in ("analyte", "panel", "study")]
    if len(tests) > 1:  # "化验一下尿常规", "labs: CBC": a category word beside a test only orders that test
        tests = [c for c in tests if c not in CATEGORIES] or tests
    if tests == [PULSE] and sites and not mods and "site_extremities" in widen(sites):
        tests, sites = [], sites | {"site_vascular"}  # "pulses in his feet": the limb's pulses, not the rate
    fluids = [c for c in tests if kinds[c] == "panel" and lex.concepts[c].spec not in (None, "blood")]
    named = [c for c in tests if kinds[c] != "panel"]
    if fluids and (named or reading.free_forms):  # "CSF glucose", "synovial fluid culture": the fluid is the specimen
        spec = spec or lex.concepts[fluids[0]].spec
        tests = [c for c in tests if c not in fluids]
    concepts: list[tuple[str, str | None]] = []
    for cid in tests:
        c = lex.concepts[cid]
        concepts.append((cid, (spec or c.spec) if c.spec else spec))
    imaging = None
    exam_sites: frozenset[str] = frozenset()
    physical_all = False
    if mods:
        sites = sites.union(*(lex.sites_of.get(c, ()) for c in tests))  # "colonoscopy with biopsy": a colonic biopsy
        if sites or mods != {"mod_imaging"}:
            imaging = (mods, sites)
    elif reading.forms:
        pass  # an antibody, antigen, culture or smear is a laboratory test, never an examination section
    elif sites and (markers or manoeuvres or not (concepts or [w for w in content if w not in STATE_WORDS])):
        exam_sites = sites
        if manoeuvres & NEURO_COMPONENTS and "site_extremities" in widen(sites):
            exam_sites |= {"site_neuro"}  # "strength in the legs": the limbs' part of the neurological examination
    elif "pe" in markers and not concepts and not spec and not content and not manoeuvres:
        physical_all = True  # "physical exam" alone; "局部查体" (a qualifier the lexicon lacks) is not every section
    core = _core(toks)
    obj = _core(core[1:]) if core and core[0] in EXAM_VERBS else ()
    if obj and not all(w in reading.content for w in obj if w not in FILLER):
        obj = ()  # "palpate the abdomen": a part the lexicon reads is found by site and manoeuvre, not by name
    keys = tuple(dict.fromkeys(k for k in (" ".join(toks), " ".join(core), " ".join(obj)) if k))
    if imaging is not None or concepts:
        manoeuvres = frozenset()
    return Query(keys, tuple(concepts), imaging, exam_sites, manoeuvres, physical_all, spec, content, reading.forms)


class QueryCache:
    """A bounded LRU of parsed requests (requests repeat across turns, episodes and rollouts)."""

    def __init__(self, size: int = 8192) -> None:
        self._size = size
        self._data: OrderedDict[tuple[str, ...], Query] = OrderedDict()
        self._lock = Lock()

    def get(self, toks: tuple[str, ...], lex: Lexicon) -> Query:
        found = self._data.get(toks)
        if found is not None:
            return found
        query = parse(toks, lex)
        with self._lock:
            self._data[toks] = query
            if len(self._data) > self._size:
                self._data.popitem(last=False)
        return query
