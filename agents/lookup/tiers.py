"""The deterministic tiers: exact names, lexicon (synonyms, imaging, examination sections), panels,
and fuzzy spelling correction. Each returns record indices with the tier that found them."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

from rapidfuzz import fuzz, process

from dxgym.agents.lookup.index import _CHEST, _HEART, CaseIndex
from dxgym.agents.lookup.query import FILLER, Query, parse, related, widen
from dxgym.agents.lookup.reading import STATE_WORDS, cjk, forms_agree, is_filler_run, read_name
from dxgym.agents.lookup.vocab import rows
from dxgym.agents.types import Tier
from dxgym.emr_fixtures.lexicon import Lexicon, key, load_lexicon, load_sign_names, tag, tokens
from dxgym.emr_fixtures.lexicon.loader import load_finding_names, load_finding_synonyms
from dxgym.emr_fixtures.zh_sound import MAX_LEN, MIN_LEN, slip_fix, slip_index, sound_fills

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
            want = q.spec or next((spec for _, spec in q.concepts if spec), None) or "blood"  # 腹水常规: ascitic
            for i in recs:
                # a request that is a record's whole own name asks for that record, whatever specimen its words
                # read as alone (尿酸(UA) is serum uric acid; 尿 and UA alone read as urine)
                if _spec_ok(want, idx.record_spec[i]) or (
                        q.spec and k == q.exact_keys[0] and idx.names[i][1].strip() == k):
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


# Imaging: an angiogram is made by a carrier (CT, MR, catheter / DSA); a record's angiogram that names no
# carrier (冠状动脉造影, "Angiography") is a catheter angiogram. "mod_imaging" is any modality.
_ANGIO, _ANY, _CATHETER, _VESSELS = "mod_angio", "mod_imaging", "dsa", "site_vascular"
_TISSUE_MODS = frozenset({"mod_biopsy"})
# The scanners: a request for one of them with words the lexicon cannot read names a technique or a
# target (perfusion, 灌注); a biopsy's unread words name its target ("biopsy of the blister").
_SCANNERS = frozenset({"mod_xr", "mod_ct", "mod_mri", "mod_us", "mod_mammo", "nuclear", "pet"})
# Approaches: qualifiers of a modality that make another study (a transoesophageal echocardiogram is not the
# transthoracic one, catalogue_round7.tsv). One asked is answered only by a record made that way.
_APPROACHES = frozenset({"approach_tee", "approach_tte"})
# A study that names no approach is made the standard way: an "Echocardiogram" is transthoracic (ASE 2019).
_DEFAULT_APPROACH = frozenset({"approach_tte"})
# Both approaches are echocardiography's: a record named only by its approach (Echocardiography/Transthoracic) is an
# ultrasound, never an answer to a cardiac MRI or a PET (round 51; drafted in round 46)
_APPROACH_CARRIER = frozenset({"mod_us"})


def _carriers(mods: frozenset[str]) -> frozenset[str]:
    """The modalities less their approach; an approach alone is its carrier's (an echo part is an ultrasound)."""
    return mods - _APPROACHES or (_APPROACH_CARRIER if mods & _APPROACHES else frozenset())


def modalities_agree(asked: frozenset[str], held: frozenset[str]) -> bool:
    """Does a record made by modalities `held` answer a request for `asked`? CT is not MRI; CTA is neither
    MRA nor a plain CT, and a plain CT request is not answered by a CTA; an approach asked (TEE) must be held."""
    if asked & _APPROACHES - (held & _APPROACHES or _DEFAULT_APPROACH):
        return False  # TEE is not answered by a TTE, nor by an echocardiogram that names no approach (a TTE)
    asked, held = _carriers(asked), _carriers(held)
    if _ANY in asked or _ANY in held:
        # "any modality" is any image: a biopsy (tissue) is not one, so a section named "Imaging" / 影像 never
        # answers a biopsy or 病理 request, nor an imaging request a biopsy record
        other = held if _ANY in asked else asked
        return not (other and other <= _TISSUE_MODS)
    carriers_a = asked - {_ANGIO}
    carriers_h = (held - {_ANGIO}) or ({_CATHETER} if _ANGIO in held else frozenset())
    if carriers_a and carriers_h and not carriers_a & carriers_h:
        return False
    angio_a, angio_h = bool(asked & {_ANGIO, _CATHETER}), bool(held & {_ANGIO, _CATHETER})
    return angio_a == angio_h  # an angiogram answers only a request for one, and only an angiogram does


def lexicon_and_panels(idx: CaseIndex, q: Query, lex: Lexicon) -> Found:
    """Synonyms and abbreviations of analytes and studies ("lexicon"), panel expansion ("panel"),
    imaging by modality and site and examination sections by site ("lexicon")."""
    found: Found = {}
    forms_ok = idx.record_forms
    for cid, spec in q.concepts:
        concept = lex.concepts[cid]
        if concept.kind == "panel":
            recs = _concept(idx, cid, spec)
            held = bool(recs)
            for sub in lex.subpanels.get(cid, ()):
                recs += _concept(idx, sub, lex.concepts[sub].spec)
            for analyte, aspec in lex.members.get(cid, ()):
                if held and all(p != cid for p, _ in lex.concepts[analyte].member_of):
                    continue  # round 65: U&E where the case files its U&E: not the uric acid filed beside it
                if spec is None or aspec is None or aspec == spec:
                    recs += _concept(idx, analyte, aspec)
            if q.imaging is not None and q.imaging[0] & _TISSUE_MODS:
                # round 65: "CSF cytology", 脑脊液细胞学: that fluid's cytology, never its whole panel
                tissue = {i for imods, _, irecs in idx.imaging if imods & _TISSUE_MODS for i in irecs}
                recs = [i for i in recs if i in tissue]
            for i in recs:
                if forms_agree(q.forms, forms_ok[i], lex):
                    found.setdefault(i, "panel")
            continue
        recs = _concept(idx, cid, spec)
        for sub in lex.narrower.get(cid, ()):  # "troponin" finds a troponin I result; never the reverse
            recs += _concept(idx, sub, spec)
        recs = [i for i in recs if forms_agree(q.forms, forms_ok[i], lex)]
        if recs:
            for i in recs:
                found.setdefault(i, "lexicon")
            # round 65: a kind of a study reported inside the study's own record too (EBUS in the bronchoscopy's text)
            for parent, _ in concept.member_of:
                if lex.concepts[parent].kind == concept.kind == "study":
                    for i in _concept(idx, parent, None, groups=False):
                        if cid in idx.result_concepts(i):
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
        wider_only = _imaging_wider_only(idx, mods, sites)
        for imods, isites, recs in idx.imaging:
            if isites in wider_only:
                continue  # "knee x-ray" where a knee film is held: never a film named only by a region around it
            if not modalities_agree(mods, imods):
                continue
            if not sites and q.content and mods <= _SCANNERS and not _names_hold(idx, recs, q.content):
                continue  # "CT灌注成像", "CT perfusion": a technique the lexicon cannot read is not any CT
            if sites and not related(sites, isites):
                continue
            if _VESSELS in sites & isites and not _regions_agree(sites - {_VESSELS}, isites - {_VESSELS}):
                continue  # the vessels of one region (颈动脉彩超) are not another's (下肢动脉彩超)
            if sites and _ANGIO not in mods | imods and (_VESSELS in sites) != (_VESSELS in isites):
                continue  # a vessel study (颈部血管彩超) is not the region's other imaging (甲状腺彩超), nor the reverse
            for i in _parts_named(idx, _site_parts(idx, recs, sites, isites, lex), q.content):
                found.setdefault(i, "lexicon")
    if q.exam_sites:
        matched = [(isites, recs) for isites, recs in idx.exams if related(q.exam_sites, isites)]
        if not matched and not q.content and q.manoeuvres <= _BASIC_MANOEUVRES:
            # round 60: the site alone, examined or by one of the four manoeuvres: its own record in another region
            matched = [(isites, recs) for isites, recs in idx.own_site_exams if isites == q.exam_sites]
        # an asked site with a section of its own (Jugular_Venous_Pressure for JVP) is that section, not also
        # the sections of the regions it lies in (the cardiovascular examination); one without is found in them;
        # a section of a part inside the asked site stays (a cardiovascular request still finds the JVP)
        owned = {site for isites, _ in matched for site in isites & q.exam_sites}
        matched = [(isites, recs) for isites, recs in matched
                   if widen(isites) & q.exam_sites or any(related(frozenset({s}), isites) for s in q.exam_sites - owned)]
        if not matched and not q.content and q.exam_sites == _HEART and q.manoeuvres <= _BASIC_MANOEUVRES:
            # round 65: the heart where the case writes it inside the chest's one record (入院记录's 胸部 holds 胸廓, 肺
            # and 心脏: "双肺呼吸音清…心率104次/分，律齐，各瓣膜听诊区未闻及杂音"), when its text reports the heart
            matched = [(isites, hold) for isites, recs in idx.exams if isites == _CHEST
                       if (hold := tuple(i for i in recs if _HEART_TEXT.search(idx.case.examinations[i].result)))]
        for i in _findings(idx, matched, q):
            found.setdefault(i, "lexicon")
    elif q.manoeuvres and not q.content:
        for m in q.manoeuvres:  # "auscultation" alone: every record of that manoeuvre
            for i in idx.man_records.get(m, ()):
                found.setdefault(i, "lexicon")
    if q.physical_all:
        for i in idx.physical:
            found.setdefault(i, "lexicon")
    if not found and q.spec and q.content and not q.concepts:
        for i in _named_in_specimen(idx, q):  # "synovial fluid crystals", 关节液结晶: that fluid's crystal record
            found.setdefault(i, "lexicon")
    return found


def _imaging_wider_only(idx: CaseIndex, mods: frozenset[str], sites: frozenset[str]) -> frozenset[frozenset[str]]:
    """The site sets of held studies of the asked modality related to the asked sites only as a region around them
    (a frog-leg hip film's "leg", a bone-age film's "musculoskeletal" for a knee), where some held study names an
    asked site itself: a film of the asked site answers, not every film of the limb it lies on. Empty where none
    names it."""
    held = [isites for imods, isites, _r in idx.imaging if modalities_agree(mods, imods)]
    if not sites or not any(sites & isites for isites in held):
        return frozenset()
    return frozenset(isites for isites in held
                     if not sites & isites and not sites & widen(isites) and widen(sites) & isites)


def _site_parts(idx: CaseIndex, recs: tuple[int, ...], sites: frozenset[str], isites: frozenset[str],
                lex: Lexicon) -> tuple[int, ...]:
    """A study itemised by site (关节超声 / 右膝, 左膝, 右腕: each record named by a site alone) asked for a site
    inside its region: the records of that site, and none where it holds no record of it (round 30; "left wrist
    ultrasound" is never the left knee's). A request for the study's own region, or a study not itemised so, is whole."""
    if not sites or len(recs) < 2 or sites & isites:
        return recs
    own = idx.derived("imaging_site_parts", lambda ix: _imaging_site_parts(ix, lex))
    if not all(i in own for i in recs):
        return recs
    return tuple(i for i in recs if related(sites, own[i]))


def _imaging_site_parts(idx: CaseIndex, lex: Lexicon) -> dict[int, frozenset[str]]:
    """The imaging records of this case named by a site alone, with that site (a side word beside it is no concept)."""
    out = {}
    for i, rec in enumerate(idx.case.examinations):
        if rec.category != "imaging":
            continue
        ids = [c for sp in read_name(rec.name, lex).spans for c in sp.concepts]
        named = frozenset(c for c in ids if lex.concepts[c].kind == "site")
        if named and all(lex.concepts[c].kind in ("site", "marker") for c in ids):
            out[i] = named
    return out


def _parts_named(idx: CaseIndex, recs: tuple[int, ...], words: tuple[str, ...]) -> tuple[int, ...]:
    """A study's records whose own names hold every word of the request the lexicon could not read, where
    some do ("electron microscopy of the biopsy": the biopsy's Electron_Microscopy part, not its light
    microscopy and immunofluorescence); else all of them."""
    if not words or len(recs) < 2:
        return recs
    named = tuple(i for i in recs if all(f" {w} " in idx.names[i][1] for w in words))
    return named or recs


def _regions_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two vessel studies' regions agree (either naming none, or the regions related)?"""
    return not a or not b or related(a, b)


def _names_hold(idx: CaseIndex, recs: tuple[int, ...], words: tuple[str, ...]) -> bool:
    """Do these records' group and own names hold every one of `words` (tokens)?"""
    return all(any(f" {w} " in g or f" {w} " in n for g, n in (idx.names[i] for i in recs)) for w in words)


def _named_in_specimen(idx: CaseIndex, q: Query) -> list[int]:
    """Records of the named specimen whose own name holds every word the lexicon could not read."""
    words = " ".join(q.content)
    if len(words.replace(" ", "")) < 2 or not words.replace(" ", "").isalpha():
        return []  # one character names nothing (尿蛋白肌酐比's 比 is not 尿比重)
    out = []
    for i, rec in enumerate(idx.case.examinations):
        if idx.record_spec[i] == q.spec:
            name = " ".join(tokens(rec.name.rsplit("/", 1)[-1]))
            if f" {words} " in f" {name} ":
                out.append(i)
    return out


def partial(idx: CaseIndex, q: Query) -> Found:
    """Records whose group or own name holds the whole request, when the lexicon could not read all of it.

    "stress test" is the record's own words in "Exercise_Stress_Test", "CFTR mutation" in
    "CFTR_Mutation_Analysis", 支气管舒张试验 in 肺功能+支气管舒张试验. Never for a request the lexicon read
    completely (a known test the record lacks is not available), nor for a single word, nor for Chinese
    characters that run on into other characters of the name (甲状腺球蛋白 inside 甲状腺球蛋白抗体 is
    another test; filler such as 检查 or 电子 may stand around them)."""
    if not q.content:
        return {}
    whole = q.exact_keys[0].split()
    while whole and whole[0] in FILLER:  # "a stress test": the core without its leading filler, test words kept
        whole = whole[1:]
    probes = [tuple(k.split()) for k in dict.fromkeys((q.exact_keys[-1], " ".join(whole)))
              if len(k.split()) >= 2 and not all(w in _NO_TEST or w in FILLER for w in k.split())]
    if not probes:
        return {}
    padded = [(f" {' '.join(p)} ", p) for p in probes]  # a substring test first: most names hold no probe
    found: Found = {}
    for i, (group, name) in enumerate(idx.names):
        if any(_holds(g.split(), p) for pad, p in padded for g in (group, name) if pad in g):
            found[i] = "exact"
    return found


# Words that say a named thing is a sign or a manoeuvre ("Grey Turner sign", "McMurray test", Homans征): the
# record reports the sign by its name, with or without them.
_SIGN_WORDS = frozenset("sign signs test tests testing maneuver maneuvers manoeuvre manoeuvres phenomenon 征 试验".split())


@cache
def _generic_runs() -> frozenset[str]:
    """Runs never read alone in a record's text (`data/generic_findings.tsv`), as padded token runs."""
    return frozenset(f" {' '.join(tokens(row[0]))} " for row in rows("generic_findings.tsv"))


def named_in_findings(idx: CaseIndex, q: Query) -> Found:
    """Examination records whose result text reports the sign the request names, when nothing else answered.

    A named sign or manoeuvre ("McMurray test", "asterixis", 振水音, 腰大肌试验, Homans征) is recorded inside
    a section's findings ("Special_Tests: McMurray test negative", 叩诊: "振水音阳性"): that record holds it,
    and no other — a sign the text does not name is "not available", never the section. Only for a request
    with words the lexicon could not read (a known test the record lacks stays not available), only on
    physical-examination records, and only on the whole request less its filler and sign words, as words of
    the text (Chinese: at least two characters; Latin: at least one word of four letters or more)."""
    if not q.content or all(w in _NO_TEST or w in FILLER for w in q.content):
        return {}
    probe = _sign_probe(q)
    chinese = sum(cjk(w) for w in probe)
    if not probe or (chinese < 2 and not any(len(w) >= 4 and w.isalpha() for w in probe if not cjk(w))):
        return {}
    want = f" {' '.join(probe)} "
    found: Found = {i: "lexicon" for i in idx.physical if want in idx.result_text(i)}
    words = [w for w in q.content if w not in FILLER and w not in STATE_WORDS and w not in _SIGN_WORDS]
    run = f" {' '.join(words)} "
    if (not found and words != probe and q.imaging is None and not q.concepts and not q.spec and run not in _generic_runs()
            and (sum(map(cjk, words)) >= 2 or any(len(w) >= 7 and w.isalpha() for w in words))):
        # round 65: the sign's own words where the request wraps them in a site or an action the lexicon reads
        # ("look at the tongue for macroglossia"; 巩膜黄染 where the text reads 皮肤巩膜黄染): the unread words, as one
        # run; never for a test or study the request names, nor a run that names no sign (全身, 评分)
        found = {i: "lexicon" for i in idx.physical if run in idx.result_text(i)}
    return _by_manoeuvre(idx, found, q.manoeuvres) if found and q.manoeuvres else found


def sign_in_other_language(q: Query) -> tuple[str, ...]:
    """The names, in the other language, of the named sign the request is (奇脉 -> "pulsus paradoxus",
    "asterixis" -> 扑翼样震颤; `data/signs_bilingual.tsv`): a record written in English states the sign by its
    English name, a Chinese one by its Chinese name. The whole request (or its core without filler) must be
    the sign's name; the agent asks these only when every deterministic tier found nothing for the request
    as asked, and answers with what the exact, lexicon, name and findings tiers find for them."""
    return _alternatives(q.exact_keys, load_sign_names())


def _alternatives(keys: Sequence[str], *tables: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The names each table gives the keys, table by table, each once."""
    return tuple(dict.fromkeys(alt for names in tables for k in keys for alt in names.get(k, ())))


# A finding asked as a question about the patient ("is he jaundiced?", "is she cyanosed"): the subject pronoun
# before it names no test. Not filler everywhere: "HE" is the haematoxylin-eosin stain (HE染色, "HE stain").
_SUBJECTS = ("he ", "she ", "they ")


def finding_by_other_name(q: Query) -> tuple[str, ...]:
    """The other names of the bedside finding or measurement the request is: its names in the same language first
    ("jaundice" -> "icterus", "scleral icterus"; round 53), then in the other (羊水指数 -> "amniotic fluid index",
    "sternal tenderness" -> 胸骨压痛; `data/findings_bilingual*.tsv`). A record states a finding by one of its
    names, which need not be the one asked. Asked, like a sign's, only when nothing answered the request as asked
    — and, unlike a sign's, never making the request a sign read in part."""
    keys = [k for e in q.exact_keys for k in (e, *(e[len(s):] for s in _SUBJECTS if e.startswith(s)))]
    return _alternatives(keys, load_finding_synonyms(), load_finding_names())


def named_in_other_language(text: str) -> bool:
    """Is the text, whole, the name of a sign or bedside finding the bilingual tables hold?"""
    k = key(text)
    return k in load_sign_names() or k in load_finding_names()


def sign_read_in_part(q: Query) -> bool:
    """Is the request a named sign (`sign_in_other_language`) of which the lexicon read only some words? Its
    words then mean something else ("collapsing pulse" is not the pulse rate, 扑翼样震颤 not a cardiac thrill
    (震颤), "hepatojugular reflex" not the reflexes): the agent answers it by its names alone."""
    return (any(w not in _SIGN_WORDS and w not in FILLER for w in q.content)
            and bool(q.concepts or q.imaging or q.exam_sites or q.manoeuvres) and bool(sign_in_other_language(q)))


def initials(idx: CaseIndex, q: Query) -> Found:
    """A request that is one unread Latin word of 3-5 letters spelling the initials of a record's own name, or
    of its group's, word by word ("JVP" for Jugular_Venous_Pressure): the abbreviation clinicians form that
    way. Only when every tier before it found nothing; a name whose initials two records share is each's."""
    if len(q.content) != 1 or len(q.exact_keys[-1].split()) != 1:
        return {}
    word = q.content[0]
    if not (3 <= len(word) <= 5 and word.isascii() and word.isalpha()):
        return {}
    return dict.fromkeys(idx.initials().get(word, ()), "lexicon")


def _by_manoeuvre(idx: CaseIndex, found: Found, manoeuvres: frozenset[str]) -> Found:
    """A finding asked with a manoeuvre ("palpate the plaque"): the records of that manoeuvre in the sections
    whose text names the finding, where those sections have one; else the records that name it."""
    exams = idx.case.examinations
    groups = {exams[i].group for i in found}
    narrowed = {i: found.get(i, "lexicon") for i in idx.physical
                if exams[i].group in groups and idx.record_man.get(i, frozenset()) & manoeuvres}
    return narrowed or found


def _sign_probe(q: Query) -> list[str]:
    """The request less its leading filler and its trailing filler and sign words ("McMurray test" ->
    mcmurray): what a record's name or findings text would call the thing asked for."""
    probe = q.exact_keys[-1].split()
    while probe and (probe[-1] in _SIGN_WORDS or probe[-1] in FILLER):
        probe = probe[:-1]
    while probe and probe[0] in FILLER:
        probe = probe[1:]
    return probe


def _slip_of(typed: str, known: str) -> bool:
    """Is the Latin word `typed` a misspelling of `known`? Both of `FUZZY_MIN_LEN + 1`+ letters, the same
    first letter, a length within two, `fuzz.ratio` at least `FUZZY_CUTOFF`, and neither shaped like a disease
    name (the lexicon tier's rules)."""
    if typed.endswith(_DISEASE_SUFFIXES) or known.endswith(_DISEASE_SUFFIXES):
        return False  # a disease name is never bent into a test's name ("tuberculosis" is not "tuberculin")
    return (typed[0] == known[0] and len(known) > FUZZY_MIN_LEN and abs(len(typed) - len(known)) <= 2
            and fuzz.ratio(typed, known) >= FUZZY_CUTOFF)


def _holds_misspelt(seq: tuple[str, ...] | list[str], probe: list[str], slips: list[bool]) -> bool:
    """Is `probe` a run of `seq`, word by word, where each word marked in `slips` may be misspelt?"""
    m = len(probe)
    for a in range(len(seq) - m + 1):
        if all(seq[a + k] == w or (slips[k] and _slip_of(w, seq[a + k])) for k, w in enumerate(probe)):
            return True
    return False


def misspelt_in_case(idx: CaseIndex, q: Query) -> Found:
    """Records whose own name, or whose physical-examination findings, hold the request but for slips of
    spelling — on either side ("fasiculations" for a record named Fasciculations; "Nikolski sign" where the
    findings say "Nikolsky sign"; "cremasteric reflex" where they say "Cremastric reflex").

    The lexicon's spelling tier corrects a word only to a lexicon word; a named sign or a record's own name
    is not one, so this reads the case's own words instead, when every tier before it found nothing. Only
    words no lexicon term covers may be misspelt, each of 5+ letters (`_slip_of`); the rest of the probe
    must match as written. Chinese: a request one character from a group or record name, the character
    sounding like the one typed (`zh_sound.slip_fix`, the rule of the lexicon's Chinese slips)."""
    if not q.content:
        return {}
    probe = _sign_probe(q)
    if not probe:
        return {}
    found: Found = {}
    if all(cjk(w) for w in probe):
        fixed = slip_fix("".join(probe), idx.zh_slips()) if MIN_LEN < len(probe) <= MAX_LEN else None
        if fixed is not None:
            key = " ".join(fixed)
            for i in idx.exact_groups.get(key, ()) or idx.exact_records.get(key, ()):
                found[i] = "fuzzy"
        return found
    content = set(q.content)
    slips = [w in content and len(w) > FUZZY_MIN_LEN and w.isascii() and w.isalpha() for w in probe]
    if not any(slips):
        return {}
    for i, (group, name) in enumerate(idx.names):
        if any(_holds_misspelt(n.split(), probe, slips) for n in (group, name)):
            found[i] = "fuzzy"
    if found:
        return found
    for i in idx.physical:
        if _holds_misspelt(idx.result_tokens(i), probe, slips):
            found[i] = "fuzzy"
    return found


def _holds(name: list[str], probe: tuple[str, ...]) -> bool:
    """Is `probe` a whole word sequence of `name` (Chinese: not glued to other characters but filler)?"""
    n, m = len(name), len(probe)
    for a in range(n - m + 1):
        if tuple(name[a : a + m]) != probe:
            continue
        if cjk(probe[0]) and not is_filler_run(_run(name, a - 1, -1)):
            continue
        if cjk(probe[-1]) and not is_filler_run(_run(name, a + m, 1)):
            continue
        return True
    return False


def _run(toks: list[str], start: int, step: int) -> str:
    """The Chinese characters from `start` going `step`-wise until a non-Chinese token or an edge."""
    out = []
    while 0 <= start < len(toks) and cjk(toks[start]):
        out.append(toks[start])
        start += step
    return "".join(out if step == 1 else reversed(out))


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


# The four manoeuvres every section is examined by; the other "manoeuvres" (reflexes, gait, meningeal
# signs, sensation ...) are components a section either records or does not.
_BASIC_MANOEUVRES = frozenset({"man_insp", "man_palp", "man_perc", "man_ausc"})
_HEART_TEXT = re.compile(r"心(?:脏|率|音|界|尖|前区|包)|杂音|(?i:\b(?:heart|cardiac|murmurs?|apex beat|s1|s2)\b)")
_SOUND_MANOEUVRES = frozenset({"man_perc", "man_ausc"})
_FELT_OR_SEEN = frozenset({"man_insp", "man_palp"})


def _findings(idx: CaseIndex, matched: list[tuple[frozenset[str], tuple[int, ...]]], q: Query) -> list[int]:
    """The records of the matched examination sections that the request names, or the sections whole.

    A section that splits its findings into records answers a request for one finding with that record:
    the record of the asked manoeuvre or component ("listen to the heart" -> cardiac auscultation, 肌力 ->
    运动, "knee reflex" -> reflexes), the record whose own name the request contains or is part of
    (甲状腺触诊 -> 甲状腺, 附件压痛 -> 附件, 言语 -> 意识与言语), the record of a narrower site the request
    names ("heart exam" -> Cardiopulmonary_Examination / Heart). Best score over all matched sections
    wins, so a section that holds none of it adds nothing; when no record scores, the sections are whole
    (less the records of other manoeuvres: "gait" on a section of cranial nerves, reflexes and sensation
    is not available) — unless the request is narrower than the section and the section is itemised
    (`_itemised_miss`)."""
    sections = [recs for _, recs in matched]
    recs = list(dict.fromkeys(i for sec in sections for i in sec))
    if q.manoeuvres:  # a record of another manoeuvre or component is known not to hold the asked one
        recs = [i for i in recs if not idx.record_man.get(i) or idx.record_man[i] & q.manoeuvres]
    if not recs:
        return []
    whole, core = f" {q.exact_keys[0]} ", f" {q.exact_keys[-1]} "
    # the asked site's own record counts as the manoeuvre's where the manoeuvre is held only as a finding of another
    # structure: "feel the thyroid" is Thyroid_Gland, never Laryngeal_Tenderness; a record of the manoeuvre alone
    # (听诊 for 甲状腺血管杂音) keeps it (round 28)
    by_man = {i for i in recs if idx.record_man.get(i, frozenset()) & q.manoeuvres}
    site_own = bool(by_man) and by_man.isdisjoint(idx.man_named)
    if site_own and q.manoeuvres <= _FELT_OR_SEEN:
        by_man |= _felt_beside(idx, q, by_man, recs)
    scores: dict[int, int] = {}
    for i in recs:
        score = 3 * bool(i in by_man
                         or (site_own and i in idx.site_named and idx.record_sites.get(i, frozenset()) & q.exam_sites))
        key = idx.record_key.get(i)
        if key and (f" {key} " in whole or (len(core) > 4 and core in f" {key} ")):
            score += 1
        if idx.record_sites.get(i, frozenset()) & q.exam_sites:
            score += 1
        scores[i] = score
    best = max(scores.values())
    if best == 0:
        return _itemised_miss(idx, matched, q, recs)
    if all(v == best for v in scores.values()):
        return recs
    return [i for i in recs if scores[i] == best]


def _felt_beside(idx: CaseIndex, q: Query, by_man: set[int], recs: list[int]) -> set[int]:
    """The records filed under the asked site's own segment beside a finding named for palpation or inspection
    (Spleen / Tenderness) whose names are only attributes of the site (Spleen / Size, Spleen / Notch: a name the
    lexicon reads nothing in): what was felt or seen is filed by what it was, so where no record is named by the
    manoeuvre alone (触诊, Palpation) the manoeuvre's findings are all of them — "palpate the spleen" is the
    spleen's size and notch as well as its tenderness (round 36). A record naming another thing (Peripheral_Oedema
    under Cardiovascular) is that thing's, and a section named for an examination is no site's own segment."""
    exams = idx.case.examinations
    parents = {p for i in by_man if _site_segment(p := exams[i].source_key.rsplit("/", 1)[0], q.exam_sites)}
    return {i for i in recs if not idx.record_man.get(i) and exams[i].source_key.rsplit("/", 1)[0] in parents
            and _names_nothing(exams[i].source_key.rsplit("/", 1)[-1])}


@lru_cache(maxsize=8192)
def _names_nothing(segment: str) -> bool:
    """Does the lexicon read no term in this path segment (Size, Notch, Edge: an attribute of what it is filed under)?"""
    return not tag(tokens(segment.replace("_", " ")), load_lexicon())[0]


@lru_cache(maxsize=8192)
def _site_segment(path: str, asked: frozenset[str]) -> bool:
    """Is the path's last segment the asked site's name and nothing else (Spleen, 甲状腺) — never a section named for
    an examination (Cardiovascular_Examination, 专科检查, 触诊), whose records are findings of several things?"""
    toks = tokens(path.rsplit("/", 1)[-1].replace("_", " "))
    spans, _unread = tag(toks, load_lexicon())
    sites = {c for sp in spans for c in sp.concepts if c.startswith("site_")}
    return (bool(toks) and sum(sp.end - sp.start for sp in spans) == len(toks) and bool(sites & asked)
            and all(c.startswith("site_") for sp in spans for c in sp.concepts))


def _itemised_miss(idx: CaseIndex, matched: list[tuple[frozenset[str], tuple[int, ...]]], q: Query,
                   recs: list[int]) -> list[int]:
    """No record of the matched sections is the finding asked for: the sections whole, unless itemised.

    A section whose records are named by site (右膝, 左踝, 左跟腱) or by component (reflexes, cranial
    nerves) lists what was examined: a narrower site it does not list (腰椎 on that section) or a
    component it does not record (Kernig's sign beside "General" and "Mental status") was not examined,
    so the answer is the records whose result text names it (手部: "…双腕关节压痛" for 手腕), else
    nothing ("not available", never the section's other findings). A request for the section's own
    region, or for inspection or palpation, still gets the section whole; so does a narrower site on a section
    itemised only by manoeuvre (an abdominal palpation covers the liver). Percussion or auscultation asked of a
    section itemised by the other manoeuvres is a component it did not record (round 30)."""
    # itemised: a section of several records named by site or by component (a record that is a section
    # of its own, "Knee examination" in a container group, itemises nothing)
    parts = [i for _, sec in matched if len(sec) > 1 for i in sec]
    by_site = any(idx.record_sites.get(i) for i in parts)
    by_component = any(idx.record_man.get(i, frozenset()) - _BASIC_MANOEUVRES for i in parts)
    region = frozenset().union(*(sites for sites, _ in matched))
    narrower_site = by_site and bool(q.exam_sites) and not (q.exam_sites & widen(region))
    component = by_component and bool(q.manoeuvres - _BASIC_MANOEUVRES)
    # round 30: a section that files its findings by manoeuvre (Heart_Auscultation, 触诊) and holds none of the asked
    # percussion or auscultation did not record it; its other records (Pulses, 脐部) answer only where their text
    # names the manoeuvre's findings (dullness, 鼓音, bowel sounds). Inspection and palpation findings are often filed
    # by what was seen or felt alone, so those two keep the section whole.
    by_sound = (bool(q.manoeuvres) and q.manoeuvres <= _SOUND_MANOEUVRES
                and any(idx.record_man.get(i, frozenset()) & _BASIC_MANOEUVRES - q.manoeuvres for i in parts))
    if not (narrower_site or component or by_sound):
        return recs
    asked_sites = q.exam_sites if narrower_site else frozenset()
    asked_components = q.manoeuvres - _BASIC_MANOEUVRES if not by_sound else q.manoeuvres
    out = []
    for i in recs:
        named = idx.result_concepts(i)
        text_sites = frozenset(c for c in named if c.startswith("site_"))
        if (asked_components & named) or (asked_sites and text_sites and related(asked_sites, text_sites - region)):
            out.append(i)
    return out


@cache
def _vocabulary(lex: Lexicon) -> tuple[str, ...]:
    words = {w for k in lex.terms for w in k.split() if len(w) >= FUZZY_MIN_LEN and w.isascii() and w.isalpha()}
    return tuple(sorted(words - FILLER))


@cache
def _short_words(lex: Lexicon) -> frozenset[str]:
    """The lexicon's three-letter Latin words (mra, mri, ray, ekg): too short for a ratio, so only a swap of
    two adjacent letters is read as a slip of one."""
    return frozenset(w for k in lex.terms for w in k.split() if len(w) == 3 and w.isascii() and w.isalpha())


def _swapped(tok: str, lex: Lexicon) -> str | None:
    """The one lexicon word that `tok` (three letters) becomes when two adjacent letters are swapped
    ("rya" -> ray, "mar" -> mra), or None when none or two do."""
    words = _short_words(lex)
    fixes = {tok[:i] + tok[i + 1] + tok[i] + tok[i + 2:] for i in range(2)} & words
    return fixes.pop() if len(fixes) == 1 else None


@cache
def _zh_masks(lex: Lexicon) -> dict[str, frozenset[str]]:
    """The one-character-slip index (`zh_sound.slip_index`) over the lexicon's Chinese terms."""
    names = ("".join(chars) for chars in (t.split() for t in lex.terms) if all(len(c) == 1 and cjk(c) for c in chars))
    return slip_index(names)


def _zh_corrected(toks: tuple[str, ...], content: set[str], lex: Lexicon) -> list[str] | None:
    """Chinese one-character slips, typed by sound (血红蛋百, 尿常归, 脑脊夜): a run of 2-12 characters
    equal to one lexicon term but for one character the lexicon could not read, where only one character
    that sounds like the typed one fills that place (`zh_sound.sound_fills`), and after which the lexicon
    reads the whole request. One slip a request, the longest term first; a character the lexicon reads
    is never replaced (间接胆红素 is not a slip of 直接胆红素), and a fix that leaves text unread is no fix
    (超声内竟 is not 超声波)."""
    found = _zh_slip(toks, content, lex)
    return None if found is None else list(found[0])


def _zh_slip(toks: tuple[str, ...], content: set[str], lex: Lexicon) -> tuple[tuple[str, ...], str] | None:
    """`_zh_corrected`'s fix and the run as typed that it fixed (the lexicon term with its slip)."""
    masks = _zh_masks(lex)
    for start, window in cjk_runs(toks):
        text = "".join(window)
        for i, ch in enumerate(window):
            if ch not in content and ch not in FILLER:  # a filler character (侧 of 纯音侧听) may be the slip too
                continue
            fills = sound_fills(text, i, masks)
            if len(fills) == 1 and (out := read_whole(toks, start + i, fills[0], lex)) is not None:
                return out, text
    return None


def zh_slip_fixed(toks: tuple[str, ...], q: Query, lex: Lexicon) -> tuple[tuple[str, ...], str] | None:
    """The request with its one Chinese sound slip fixed (`_zh_corrected`), where the lexicon then reads all of
    it, and the run as typed that the fix replaced; else None. Round 22: the lookup reads such a request as fixed
    before any tier that reads part of it (心肺运动实验 had taken the heart-rate record by its 心 before the
    spelling tier could read 心肺运动试验), unless the case's own words hold that run as typed (鼓膜 is a record's
    name, not a slip of 角膜)."""
    if not q.content or all(t.isascii() for t in q.content):
        return None
    return _zh_slip(toks, set(q.content), lex)


def cjk_runs(toks: tuple[str, ...]) -> Iterator[tuple[int, tuple[str, ...]]]:
    """Each run of `MIN_LEN`–`MAX_LEN` single Chinese characters (start, run): the longest first, left to right —
    where a one-character slip is looked for (`_zh_corrected`, `near_slips`)."""
    n = len(toks)
    for size in range(min(MAX_LEN, n), MIN_LEN - 1, -1):
        for start in range(0, n - size + 1):
            window = toks[start:start + size]
            if all(len(t) == 1 and cjk(t) for t in window):
                yield start, window


def read_whole(toks: tuple[str, ...], at: int, fill: str, lex: Lexicon) -> tuple[str, ...] | None:
    """The request with `fill` at `at`, where the lexicon then reads all of it (a fix that leaves text unread is
    no fix), else None."""
    out = list(toks)
    out[at] = fill
    return None if parse(tuple(out), lex).content else tuple(out)


def corrected(toks: tuple[str, ...], q: Query, lex: Lexicon, cutoff: float = FUZZY_CUTOFF) -> tuple[str, ...] | None:
    """The request with misspelt words replaced by the closest lexicon word, or None if nothing changed.

    Only words no term covers, of 4+ letters, are corrected, only to a lexicon word with the same first
    letter scoring at least `cutoff`: free text cannot be bent into an examination name; a three-letter word
    only by swapping two adjacent letters (`_swapped`). Chinese: one
    unread character of a run that is otherwise a lexicon term (`_zh_corrected`)."""
    if not q.content:
        return None
    vocab = _vocabulary(lex)
    content = set(q.content)
    zh = _zh_corrected(toks, content, lex)
    out = zh if zh is not None else list(toks)
    changed = zh is not None
    for n, tok in enumerate(toks):
        if tok in content and len(tok) == 3 and tok.isascii() and tok.isalpha():
            swap = _swapped(tok, lex)
            if swap is not None:
                out[n] = swap
                changed = True
            continue
        if tok not in content or len(tok) < FUZZY_MIN_LEN or not tok.isascii() or not tok.isalpha():
            continue
        if tok.endswith(_DISEASE_SUFFIXES):
            continue
        best = process.extractOne(tok, vocab, scorer=fuzz.ratio, score_cutoff=cutoff)
        if best is not None and best[0][0] == tok[0]:
            out[n] = best[0]
            changed = True
    return tuple(out) if changed else None
