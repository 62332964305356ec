"""The deterministic tiers: exact names, lexicon (synonyms, imaging, examination sections), panels,
and fuzzy spelling correction. Each returns record indices with the tier that found them."""

from __future__ import annotations

from functools import cache

from rapidfuzz import fuzz, process

from dxgym.agents.lookup.index import CaseIndex
from dxgym.agents.lookup.query import FILLER, Query, related
from dxgym.agents.types import Tier
from dxgym.emr_fixtures.lexicon import Lexicon

FUZZY_CUTOFF = 80.0  # chosen by `python -m dxgym.agents.lookup.calibrate` on the calibration set (see its README)
FUZZY_MIN_LEN = 4
# Words shaped like disease names are never bent into test names ("tuberculosis" is not "tuberculin").
_DISEASE_SUFFIXES = ("osis", "oses", "itis", "oma", "omas", "emia", "aemia", "pathy", "plasia", "trophy", "algia",
                     "ism", "iasis", "syndrome", "cancer", "tumor", "tumour")

Found = dict[int, Tier]  # record index -> the tier that found it (first tier wins)


def _spec_ok(want: str | None, have: str | None) -> bool:
    return want is None or have is None or want == have


def exact(idx: CaseIndex, q: Query) -> Found:
    """A request that is a group's or a record's own name (normalised)."""
    found: Found = {}
    for k in q.exact_keys:
        recs = idx.exact_groups.get(k)
        if recs:
            for i in recs:
                found.setdefault(i, "exact")
            continue
        recs = idx.exact_records.get(k)
        if recs:
            want = q.spec or "blood"
            for i in recs:
                if _spec_ok(want, idx.record_spec[i]):
                    found.setdefault(i, "exact")
        if found:
            break
    return found


def _concept(idx: CaseIndex, cid: str, spec: str | None, *, groups: bool = True) -> list[int]:
    out: list[int] = []
    if groups:
        for have, recs in idx.group_concepts.get(cid, ()):
            if _spec_ok(spec, have):
                out.extend(recs)
    for have, i in idx.record_concepts.get(cid, ()):
        if _spec_ok(spec, have):
            out.append(i)
    return out


def lexicon_and_panels(idx: CaseIndex, q: Query, lex: Lexicon) -> Found:
    """Synonyms and abbreviations of analytes and studies ("lexicon"), panel expansion ("panel"),
    imaging by modality and site and examination sections by site ("lexicon")."""
    found: Found = {}
    for cid, spec in q.concepts:
        concept = lex.concepts[cid]
        if concept.kind == "panel":
            recs = _concept(idx, cid, spec)
            for sub in lex.subpanels.get(cid, ()):
                recs += _concept(idx, sub, lex.concepts[sub].spec)
            for analyte, aspec in lex.members.get(cid, ()):
                if spec is None or aspec is None or aspec == spec:
                    recs += _concept(idx, analyte, aspec)
            for i in recs:
                found.setdefault(i, "panel")
            continue
        recs = _concept(idx, cid, spec)
        if recs:
            for i in recs:
                found.setdefault(i, "lexicon")
            continue
        # an analyte the record only holds inside a panel-named result ("Complete_Blood_Count: Hb 9.1 ..."),
        # and only where that result's text names it: a panel never stands in for an analyte it lacks
        pending = [p for p, _ in concept.member_of]
        seen: set[str] = set()
        while pending and not recs:
            panel = pending.pop(0)
            if panel in seen:
                continue
            seen.add(panel)
            recs = [i for i in _concept(idx, panel, None, groups=False) if cid in idx.result_concepts(i)]
            pending.extend(p for p, _ in lex.concepts[panel].member_of)
        for i in recs:
            found.setdefault(i, "panel")
    if q.imaging is not None:
        mods, sites = q.imaging
        for imods, isites, recs in idx.imaging:
            if not (mods & imods or "mod_imaging" in imods or "mod_imaging" in mods):
                continue
            if sites and not related(sites, isites):
                continue
            for i in recs:
                found.setdefault(i, "lexicon")
    if q.exam_sites:
        for isites, recs in idx.exams:
            if related(q.exam_sites, isites):
                for i in _narrowed(idx, recs, q.manoeuvres):
                    found.setdefault(i, "lexicon")
    elif q.manoeuvres and not q.content:
        for m in q.manoeuvres:  # "auscultation" alone: every record of that manoeuvre
            for i in idx.man_records.get(m, ()):
                found.setdefault(i, "lexicon")
    if q.physical_all:
        for i in idx.physical:
            found.setdefault(i, "lexicon")
    return found


# Words that name no test: a request made only of these (and lexicon terms) is an order for a category
# ("full workup", "everything else"), never something for the semantic tier to guess at.
_NO_TEST = frozenset(
    "full complete whole entire all every everything else other more another additional further workup work up "
    "tests test studies study investigations investigation results result exams exam examination examinations "
    "screen screening panel basic routine initial standard usual relevant appropriate necessary".split()
)


def semantic_worthy(q: Query) -> bool:
    """May the semantic tier try this request? Only when the lexicon did not read all of it.

    A request the lexicon understood completely (a known test, a known category) that the deterministic
    tiers could not find is a test the record lacks: "not available", never its nearest neighbour."""
    return bool(q.content) and not all(w in _NO_TEST for w in q.content)


def _narrowed(idx: CaseIndex, recs: tuple[int, ...], manoeuvres: frozenset[str]) -> tuple[int, ...]:
    """A section's records of the asked manoeuvre ("listen to the heart" -> the cardiac auscultation
    record), or the whole section when it does not split its findings by manoeuvre."""
    if not manoeuvres:
        return recs
    narrowed = tuple(i for i in recs if idx.record_man.get(i, frozenset()) & manoeuvres)
    return narrowed or recs


@cache
def _vocabulary(lex: Lexicon) -> tuple[str, ...]:
    words = {w for k in lex.terms for w in k.split() if len(w) >= FUZZY_MIN_LEN and w.isascii() and w.isalpha()}
    return tuple(sorted(words - FILLER))


def corrected(toks: tuple[str, ...], q: Query, lex: Lexicon, cutoff: float = FUZZY_CUTOFF) -> tuple[str, ...] | None:
    """The request with misspelt words replaced by the closest lexicon word, or None if nothing changed.

    Only words no term covers, of 4+ letters, are corrected, only to a lexicon word with the same first
    letter scoring at least `cutoff`: free text cannot be bent into an examination name."""
    if not q.content:
        return None
    vocab = _vocabulary(lex)
    content = set(q.content)
    out = list(toks)
    changed = False
    for n, tok in enumerate(toks):
        if tok not in content or len(tok) < FUZZY_MIN_LEN or not tok.isascii() or not tok.isalpha():
            continue
        if tok.endswith(_DISEASE_SUFFIXES):
            continue
        best = process.extractOne(tok, vocab, scorer=fuzz.ratio, score_cutoff=cutoff)
        if best is not None and best[0][0] == tok[0]:
            out[n] = best[0]
            changed = True
    return tuple(out) if changed else None
