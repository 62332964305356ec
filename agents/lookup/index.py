"""Per-case indexes over a case's examination records, built lazily once and cached by case id.

Each group and each record name is read with the same lexicon tagger as requests, giving concept
keys (with the specimen they refer to), imaging items (modalities + sites) and examination sections.
Only the given case's records are ever indexed, so nothing can come from another patient.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from threading import Lock
from typing import TypeVar

from dxgym.agents.lookup import specimen_twins
from dxgym.agents.lookup.query import PULSE, widen
from dxgym.agents.lookup.reading import cjk, read_name
from dxgym.agents.types import ExamHit, Tier
from dxgym.emr_fixtures.lexicon import Lexicon, load_lexicon, tag, tokens
from dxgym.emr_fixtures.models import CaseRecord, ExamRecord
from dxgym.emr_fixtures.zh_sound import slip_index

_CHEST, _HEART = frozenset({"site_chest"}), frozenset({"site_heart"})
T = TypeVar("T")
_MISSING = object()

# Record names that say nothing on their own ("Findings" of which study?): never matched by name alone.
GENERIC_NAMES = frozenset(
    {"other findings", "preliminary findings", "special tests", "special test", "range of motion",
     "within normal limits", "microscopic description"}
) | frozenset(
    "findings finding result results level levels comments comment other others general optional "
    "suggestion interpretation scores score observation inspection palpation percussion auscultation "
    "appearance description summary notes note details impression report value values test analysis "
    "examination exam status assessment screening microscopy culture random total biopsy biopsies histopathology "
    "histology cytology pathology".split()
) | frozenset(  # Chinese record names that only make sense under their group (tokens are characters)
    " ".join(w) for w in "所见 结论 结果 其他 外观 听诊 视诊 触诊 叩诊 描述 印象 报告 压力 评估 情况 检查 一般".split()
)
# Generic names that name a kind of test ("Biopsy"): a record so named is not even its own exact key, since
# the request means every biopsy of the case. Other generic names ("Other", "Findings") stay their record's
# exact key: under a category group ("Laboratory_Tests / Other") the name is the only way to order it.
# A Chinese test name ending in 试验 ("test") is also asked without it (药敏试验 as 药敏, 潘氏试验 as 潘氏)
_ZH_TEST = "试 验"
BROAD_NAMES = frozenset("biopsy biopsies histopathology histology cytology pathology".split())
_TISSUE = frozenset({"mod_biopsy"})


@lru_cache(maxsize=4096)
def _member_by_form(lex: Lexicon, panels: tuple[str, ...], forms: frozenset[str]) -> tuple[str, ...]:
    """The members of these panels that a record named only by a form states (round 37): under 免疫球蛋白 or
    Immunoglobulins a record named "IgA" is the IgA level, the member one of whose names is that form's "<form>
    level" — never the IgA antibody class a bare "IgA" reads as elsewhere (anti-gliadin IgA)."""
    return tuple(
        c.id for c in lex.concepts.values()
        if {m for m, _spec in c.member_of} & set(panels) and any(f"{f} level" in c.en for f in forms)
    )


@dataclass(slots=True)
class CaseIndex:
    """Everything resolution needs about one case, precomputed."""

    case: CaseRecord
    exact_groups: dict[str, tuple[int, ...]] = field(default_factory=dict)
    exact_records: dict[str, tuple[int, ...]] = field(default_factory=dict)
    group_concepts: dict[str, list[tuple[str | None, tuple[int, ...]]]] = field(default_factory=dict)
    record_concepts: dict[str, list[tuple[str | None, int]]] = field(default_factory=dict)
    imaging: list[tuple[frozenset[str], frozenset[str], tuple[int, ...]]] = field(default_factory=list)
    exams: list[tuple[frozenset[str], tuple[int, ...]]] = field(default_factory=list)
    physical: tuple[int, ...] = ()
    record_man: dict[int, frozenset[str]] = field(default_factory=dict)  # examination record -> manoeuvres it names
    man_records: dict[str, tuple[int, ...]] = field(default_factory=dict)  # manoeuvre -> records naming it
    record_spec: list[str | None] = field(default_factory=list)
    record_forms: list[frozenset[str]] = field(default_factory=list)  # forms its name and group name state
    record_tagged: list[bool] = field(default_factory=list)  # does its own name name anything the lexicon knows?
    record_sites: dict[int, frozenset[str]] = field(default_factory=dict)  # examination record -> sites it adds to its section
    record_key: dict[int, str] = field(default_factory=dict)  # examination record -> its own (non-generic) name as tokens
    site_named: set[int] = field(default_factory=set)  # examination records named by a site alone (Thyroid_Gland)
    own_site_exams: list[tuple[frozenset[str], tuple[int, ...]]] = field(default_factory=list)  # 胸部 / 心脏 (round 60)
    man_named: set[int] = field(default_factory=set)  # examination records named by a manoeuvre alone (听诊)
    names: list[tuple[str, str]] = field(default_factory=list)  # record -> (" group tokens ", " name tokens ")
    _hits: dict[tuple[int, str], ExamHit] = field(default_factory=dict)
    _result_concepts: dict[int, frozenset[str]] = field(default_factory=dict)
    _result_tokens: dict[int, tuple[str, ...]] = field(default_factory=dict)
    _result_text: dict[int, str] = field(default_factory=dict)
    _zh_slips: dict[str, frozenset[str]] | None = None
    _initials: dict[str, tuple[int, ...]] | None = None
    _derived: dict[str, object] = field(default_factory=dict)

    def derived(self, name: str, build: Callable[[CaseIndex], T]) -> T:
        """What `build` reads from this case, built on first use and kept with the index (the narrowing steps'
        per-case tables: a case's path segments, its blood-gas records ...), so it lives and dies with it."""
        found = self._derived.get(name, _MISSING)
        if found is _MISSING:
            found = self._derived[name] = build(self)
        return found  # type: ignore[return-value]

    def zh_slips(self) -> dict[str, frozenset[str]]:
        """The one-character-slip index (`zh_sound.slip_index`) over this case's Chinese group and record
        names (built on first use: only a request no tier could read needs it)."""
        if self._zh_slips is None:
            keys = [*self.exact_groups, *self.exact_records]
            self._zh_slips = slip_index({k.replace(" ", "") for k in keys if k and all(cjk(c) for c in k.split())})
        return self._zh_slips

    def initials(self) -> dict[str, tuple[int, ...]]:
        """The initials of each segment of a record's own name and of its group's, word by word
        (Jugular_Venous_Pressure -> "jvp"), -> the records (built on first use: only a request no earlier tier
        answered reads it)."""
        if self._initials is None:
            found: dict[str, list[int]] = {}
            for i, rec in enumerate(self.case.examinations):
                spelt = set()
                # every segment of its name (Integrated_Relaxation_Pressure / Value) and its group's last
                for part in (*rec.name.split("/"), rec.group.rsplit("/", 1)[-1]):
                    words = [w for w in tokens(part) if w.isalpha()]
                    spelt.add("".join(w[0] for w in words))
                for key in spelt:
                    found.setdefault(key, []).append(i)
            self._initials = {k: tuple(v) for k, v in found.items()}
        return self._initials

    def result_concepts(self, i: int) -> frozenset[str]:
        """Concepts named in record i's result text (computed on first use: only panel-named results need it)."""
        found = self._result_concepts.get(i)
        if found is None:
            spans, _ = tag(tokens(self.case.examinations[i].result))
            found = frozenset(c for sp in spans for c in sp.concepts)
            self._result_concepts[i] = found
        return found

    def result_tokens(self, i: int) -> tuple[str, ...]:
        """Record i's result text as tokens (computed on first use: the sign-by-name and case-spelling tiers
        read every physical-examination record's text for each request no earlier tier answered)."""
        found = self._result_tokens.get(i)
        if found is None:
            found = self._result_tokens[i] = tokens(self.case.examinations[i].result)
        return found

    def result_text(self, i: int) -> str:
        """Record i's result tokens joined and padded with spaces (" liver edge 2 cm "), for a whole-word phrase
        test (`f" {phrase} " in text`); built from `result_tokens` once per record, not once per phrase asked."""
        found = self._result_text.get(i)
        if found is None:
            found = self._result_text[i] = f" {' '.join(self.result_tokens(i))} "
        return found

    def hit(self, i: int, tier: Tier) -> ExamHit:
        """The `ExamHit` for record i (cached; built without re-validation from a validated record)."""
        found = self._hits.get((i, tier))
        if found is None:
            found = _to_hit(self.case.examinations[i], tier)
            self._hits[(i, tier)] = found
        return found


def _to_hit(rec: ExamRecord, tier: Tier) -> ExamHit:
    v = rec.value
    return ExamHit.model_construct(
        name=rec.name, group=rec.group, category=rec.category, result=rec.result,
        unit=v.unit if v else None, reference_range=v.reference_range if v else None,
        flag=v.flag if v else None, tier=tier, source_key=rec.source_key, time=rec.time,
    )


def _resolved_spec(lex: Lexicon, cid: str, explicit: str | None, context: str | None) -> str | None:
    """The specimen a name's concept refers to. A concept not bound to one (hCG, a toxicology screen) takes
    the specimen its name states, or none: serum hCG and urine hCG are different tests (LOINC 2106-3 /
    2118-8), so a record that names its specimen does not answer a request naming another."""
    default = lex.concepts[cid].spec
    if default is None:  # a body fluid's routine states it for its unbound tests (李凡他试验 in 腹水常规: ascitic)
        return explicit or (context if context not in (None, "blood") else None)
    return explicit or context or default


def _stated_spec(lex: Lexicon, name: str) -> str | None:
    """The specimen a record's own name states, or None."""
    return next((lex.concepts[c].spec for s in read_name(name, lex).spans for c in s.concepts
                 if lex.concepts[c].kind == "spec"), None)


_PAREN = re.compile(r"^(?P<head>[^()（）]*)[(（](?P<inner>[^()（）]+)[)）](?P<tail>.*)$")


def own_name_keys(name: str) -> tuple[str, ...]:
    """`name_keys` less the parenthesis alone: the keys a path segment of this very name has (头颅MRI(平扫+增强) is not
    every segment whose parenthesis reads 平扫+增强; round 65)."""
    keys = name_keys(name)
    m = _PAREN.match(name)
    inner = " ".join(tokens(m["inner"])) if m else None
    return tuple(k for k in keys if k != inner or k == keys[0])


def name_keys(name: str) -> tuple[str, ...]:
    """Exact-match keys of a name: the name, and for "白细胞计数(WBC)" / "动态心电图(Holter)" the name
    without its parenthesis and the parenthesis alone (the record's own abbreviation: on a case that
    writes 尿酸(UA), "UA" is that record) unless it is one character."""
    keys = [" ".join(tokens(name))]
    m = _PAREN.match(name)
    if m:
        keys.append(" ".join(tokens(m["head"] + " " + m["tail"])))
        inner = " ".join(tokens(m["inner"]))
        if len(inner.replace(" ", "")) > 1:
            keys.append(inner)
    return tuple(k for k in dict.fromkeys(keys) if k)


def _subgroups(source_key: str, group: str) -> list[str]:
    """The named parts of a record's path between its group and its own name: a sub-group the source files
    it under ("辅助检查/腰椎穿刺/脑脊液常规/外观" under 腰椎穿刺: 脑脊液常规). A request that is a sub-group's
    name is those records (the exact tier), not the whole group its lexicon reading would give (the tap's
    biochemistry, cultures and pressure beside its routine)."""
    parts = source_key.split("/")
    last = group.rsplit("/", 1)[-1]
    if last not in parts[:-1]:
        return []
    at = len(parts) - 2 - parts[:-1][::-1].index(last)
    return parts[at + 1:-1]


def _named_part(lex: Lexicon, cid: str, gids: list[str], kinds: dict[str, str], recs: tuple[int, ...], exams) -> tuple[int, ...]:
    """The records a group name's analyte stands for, where some of them read as it. A group named by two tests or
    more (血脂及白蛋白, 补体及免疫球蛋白, "Lipids_and_Albumin") holds each under its own name: the analyte is the records
    that read as it (the albumin, not the cholesterol beside it), a panel those that read as it or its members. A group named by one analyte over records of other
    tests too (血糖: 随机血糖, 糖化血红蛋白) is its own records and those naming no test. Where no record reads as it
    (Glucose / Value, Reference_Range), every record of the group is it."""
    tests = {c for c in gids if kinds[c] in ("analyte", "panel", "study")}
    if kinds[cid] == "panel" and len(tests) >= 2:  # 血糖血脂 asked as 血脂: the lipids, not the glucose
        own = {cid, *(a for a, _ in lex.members.get(cid, ())), *lex.subpanels.get(cid, ())}
        for sub in lex.subpanels.get(cid, ()):
            own |= {a for a, _ in lex.members.get(sub, ())}
    elif kinds[cid] == "analyte":
        own = {cid} | lex.narrower.get(cid, frozenset())
    else:
        return recs
    read = {i: {c for sp in read_name(exams[i].name, lex).spans for c in sp.concepts
                if lex.concepts[c].kind in ("analyte", "panel", "study")} for i in recs}
    if not any(r & own for r in read.values()):
        return recs
    if len(tests) >= 2:
        return tuple(i for i in recs if read[i] & own)
    # a group named by one analyte (血糖) over records of others too (糖化血红蛋白): its own and the unnamed ones
    return tuple(i for i in recs if read[i] & own or not read[i])


def _parent_panels(source_key: str, group: str, lex: Lexicon) -> list[str]:
    """The segments of a laboratory record's path above its group (its top segment aside) that name a panel: a
    routine filed in parts ("检查结果/尿常规/干化学/尿pH", "…/尿常规/尿沉渣/红细胞形态") is one test, and a request that
    is its name (尿常规) is every part of it, as a group of that name would be (the exact tier); its parts' own
    names (pH, 红细胞形态) need not read as the panel's members."""
    parts = source_key.split("/")
    last = group.rsplit("/", 1)[-1]
    if last not in parts[:-1]:
        return []
    at = len(parts) - 2 - parts[:-1][::-1].index(last)
    return [seg for seg in parts[1:at] if seg not in GENERIC_NAMES and _names_panel(seg, lex)]


def _parent_spec(source_key: str, group: str, lex: Lexicon) -> str | None:
    """The specimen the nearest segment of a record's path above its group states, by a specimen's name or a panel's
    or study's bound to one (round 22): a lavage's cell count filed as "支气管肺泡灌洗(右上叶尖段)/细胞分类/嗜酸性粒细胞"
    is the lavage fluid's, not the blood's its bare name would default to."""
    parts = source_key.split("/")
    last = group.rsplit("/", 1)[-1]
    if last not in parts[:-1]:
        return None
    at = len(parts) - 2 - parts[:-1][::-1].index(last)
    for seg in reversed(parts[1:at]):
        spec = _segment_specimen(seg, lex)
        if spec is not None:
            return spec
    return None


@lru_cache(maxsize=4096)
@cache
def body_measures(lex: Lexicon) -> frozenset[str]:
    """The members of the body-measurement panel (`anthro`) that are measured, not the panel itself: a section
    named by these alone holds them as a panel does (round 58), and `measure_text` reads them in findings text."""
    return frozenset(cid for cid, c in lex.concepts.items()
                     if c.kind == "analyte" and any(panel == "anthro" for panel, _ in c.member_of))


def segment_concepts(seg: str, lex: Lexicon) -> tuple[str, ...]:
    """The concept ids a path segment's name reads as (segments repeat across records, requests and cases)."""
    return tuple(c for sp in read_name(seg, lex).spans for c in sp.concepts)


def _segment_specimen(seg: str, lex: Lexicon) -> str | None:
    """The specimen a segment names, or the one a panel or study it names is bound to."""
    ids = segment_concepts(seg, lex)
    return next((lex.concepts[c].spec for c in ids if lex.concepts[c].kind == "spec"), None) or next(
        (lex.concepts[c].spec for c in ids if lex.concepts[c].kind in ("panel", "study") and lex.concepts[c].spec), None)


def _names_panel(seg: str, lex: Lexicon) -> bool:
    return any(lex.concepts[c].kind == "panel" for c in segment_concepts(seg, lex))


@cache
def _cultures(lex: Lexicon) -> dict[str, str]:
    """Specimen -> the lexicon's culture of it (blood -> blood cultures), for records named "Culture"."""
    return {c.spec: c.id for c in lex.concepts.values()
            if c.kind == "study" and c.spec and "culture" in c.label.lower()}


def build_index(case: CaseRecord, lex: Lexicon | None = None) -> CaseIndex:
    lex = lex or load_lexicon()
    idx = CaseIndex(case=case)
    exams = case.examinations
    idx.record_spec = [None] * len(exams)
    idx.record_forms = [frozenset()] * len(exams)
    idx.record_tagged = [False] * len(exams)
    by_group: dict[str, list[int]] = {}
    for i, rec in enumerate(exams):
        by_group.setdefault(rec.group, []).append(i)
    exact_groups: dict[str, list[int]] = {}
    exact_records: dict[str, list[int]] = {}
    group_concepts: dict[str, list[tuple[str | None, tuple[int, ...]]]] = {}
    record_concepts: dict[str, list[tuple[str | None, int]]] = {}
    physical: list[int] = []
    man_records: dict[str, list[int]] = {}
    for group, members in by_group.items():
        recs = tuple(members)
        category = exams[recs[0]].category
        gtoks = tokens(group)
        for k in name_keys(group):
            exact_groups.setdefault(k, []).extend(recs)
        if category == "laboratory":
            for i in recs:
                for seg in _parent_panels(exams[i].source_key, group, lex):
                    for k in name_keys(seg):
                        exact_groups.setdefault(k, []).append(i)
        greading = read_name(group, lex)
        gids = [c for s in greading.spans for c in s.concepts]
        kinds = {c: lex.concepts[c].kind for c in gids}
        g_explicit = next((lex.concepts[c].spec for c in gids if kinds[c] == "spec"), None)
        g_context = g_explicit or next(
            (lex.concepts[c].spec for c in gids if kinds[c] in ("panel", "study") and lex.concepts[c].spec), None
        )
        g_has_panel = any(kinds[c] == "panel" for c in gids)
        # a group that names no specimen takes the one its records state, where those that state one agree
        # (毒物筛查 over 血液…筛查 records is a blood screen)
        stated = {_stated_spec(lex, exams[i].name) for i in recs} - {None}
        g_unbound = g_explicit or (stated.pop() if len(stated) == 1 else None)
        for cid in dict.fromkeys(gids):
            if kinds[cid] in ("analyte", "panel", "study"):
                # an analyte a group names beside its panel is that panel's specimen's (隐血 of 便常规+隐血: stool)
                context = g_context if kinds[cid] == "analyte" else None
                spec = _resolved_spec(lex, cid, g_explicit if lex.concepts[cid].spec else g_unbound, context)
                group_concepts.setdefault(cid, []).append((spec, _named_part(lex, cid, gids, kinds, recs, exams)))
        mods = frozenset(c for c in gids if kinds[c] == "mod")
        gsites = frozenset(c for c in gids if kinds[c] == "site")
        g_studied = gsites.union(*(lex.sites_of.get(c, ()) for c in gids))  # a colonoscopy's biopsy is colonic
        if mods:
            idx.imaging.append((mods, g_studied, recs))
        elif gsites and category in ("laboratory", "pathology") and not any(
            kinds[c] in ("analyte", "panel", "study", "spec") for c in gids
        ):  # a laboratory result named by a body site only ("Cervical_Lymph_Node / Findings") is its tissue
            idx.imaging.append((_TISSUE, g_studied, recs))
        elif gsites and (category == "physical_examination" or "exam" in kinds.values()):
            idx.exams.append((gsites, recs))
        if category == "physical_examination":
            physical.extend(recs)
        # a general or specialty section ("General_Examination", 专科检查) is searched record by record
        container_exam = category == "physical_examination" and gsites <= {"site_general", "site_local"} and not g_has_panel
        # a section named by body measurements alone (身高体重) holds measurements, as a panel does (round 58)
        index_analytes = category != "physical_examination" or g_has_panel or bool(
            gids and set(gids) <= body_measures(lex))
        limb_section = "site_extremities" in widen(gsites)
        for i in recs:
            rec = exams[i]
            rtoks = tokens(rec.name)
            last = rec.name.rsplit("/", 1)[-1]
            lkey = " ".join(tokens(last))
            if " ".join(rtoks) != lkey or lkey not in BROAD_NAMES:
                exact_records.setdefault(" ".join(rtoks), []).append(i)
            if lkey and lkey not in GENERIC_NAMES:
                for k in name_keys(last):
                    exact_records.setdefault(k, []).append(i)
                    if k.endswith(_ZH_TEST) and len(k) - len(_ZH_TEST) >= 3:  # 药敏试验: 药敏 (two characters or more)
                        exact_records.setdefault(k[: -len(_ZH_TEST) - 1], []).append(i)
            exact_records.setdefault(" ".join(gtoks + tokens(last)), []).append(i)
            for sub in _subgroups(rec.source_key, group):
                for k in name_keys(sub):  # 腰椎穿刺 / 脑脊液常规 / 外观: the request 脑脊液常规 is that part
                    if k not in GENERIC_NAMES:
                        exact_records.setdefault(k, []).append(i)
            rreading = read_name(rec.name, lex)
            rids = [c for s in rreading.spans for c in s.concepts]
            idx.record_forms[i] = rreading.forms | greading.forms
            idx.record_tagged[i] = bool(rids)
            r_explicit = next((lex.concepts[c].spec for c in rids if lex.concepts[c].kind == "spec"), None)
            # a group that states no specimen takes its parent's (a lavage's 细胞分类: the lavage fluid's)
            context = g_context or (_parent_spec(rec.source_key, group, lex) if rec.category == "laboratory" else None)
            if rec.category == "laboratory":
                idx.record_spec[i] = r_explicit or context or "blood"
                named_spec = r_explicit or context  # a culture of a specimen the names state, never by default
                culture = _cultures(lex).get(named_spec) if named_spec and "cx" in rreading.forms else None
                if culture and culture not in rids:  # "Stool_Test / Culture" is the stool culture
                    rids.append(culture)
            if not rids and rreading.forms and g_has_panel:  # 免疫球蛋白及补体 / IgA: the panel's IgA level
                rids.extend(_member_by_form(lex, tuple(c for c in gids if kinds[c] == "panel"), rreading.forms))
            for cid in dict.fromkeys(rids):
                kind = lex.concepts[cid].kind
                if kind == "analyte" and not index_analytes:
                    continue
                if kind in ("analyte", "panel", "study"):
                    spec = _resolved_spec(lex, cid, r_explicit, context)
                    # an analyte under another specimen's panel is that specimen's test of it (便常规's 隐血: FOBT)
                    record_concepts.setdefault(specimen_twins.twin(lex, cid, spec), []).append((spec, i))
            rman = frozenset(c for c in rids if lex.concepts[c].kind == "man")
            if rman and rec.category == "physical_examination":
                idx.record_man[i] = rman
                for m in rman:
                    man_records.setdefault(m, []).append(i)
            rmods = frozenset(c for c in rids if lex.concepts[c].kind == "mod")
            rsites = frozenset(c for c in rids if lex.concepts[c].kind == "site")
            if rec.category == "physical_examination" and limb_section and rids == [PULSE]:
                rsites = rsites | {"site_vascular"}  # "Leg_Examination / Pulse": the limb's pulses, not the rate
                idx.exams.append((frozenset({"site_vascular"}), (i,)))
            if rec.category == "physical_examination":
                idx.record_sites[i] = rsites - gsites  # a narrower part than its section (颈部查体 / 甲状腺)
                if rids and not rreading.content and not rreading.forms:
                    if rsites == set(rids) and not greading.content and all(kinds[c] in ("site", "marker") for c in gids):
                        # the site's own record in a section of sites: what any manoeuvre of it found (round 28);
                        # never a measure's record at a site (握力 / 右手)
                        idx.site_named.add(i)
                        if gsites == _CHEST and rsites == _HEART:
                            # round 60: the heart's own record in the chest's section (胸部 / 心脏, Chest / Heart: 入院记录
                            # files 胸部 as 胸廓, 肺, 心脏), which the lexicon reads as the lungs' region only
                            idx.own_site_exams.append((rsites, (i,)))
                    elif rman == set(rids):
                        idx.man_named.add(i)  # the manoeuvre's own record (听诊, Palpation)
                if lkey and lkey not in GENERIC_NAMES:
                    idx.record_key[i] = lkey
            if rmods:
                idx.imaging.append((rmods, rsites or g_studied, (i,)))
            elif rsites and container_exam and rec.category == "physical_examination":
                idx.exams.append((rsites, (i,)))
    idx.names = [(f" {' '.join(tokens(r.group))} ", f" {' '.join(tokens(r.name))} ") for r in exams]
    idx.exact_groups = {k: tuple(v) for k, v in exact_groups.items()}
    idx.exact_records = {k: tuple(dict.fromkeys(v)) for k, v in exact_records.items()}
    idx.group_concepts = group_concepts
    idx.record_concepts = record_concepts
    idx.physical = tuple(physical)
    idx.man_records = {m: tuple(v) for m, v in man_records.items()}
    return idx


class IndexCache:
    """LRU of case indexes keyed by case id, checked against the case object it was built from."""

    def __init__(self, size: int = 2048) -> None:
        self._size = size
        self._data: OrderedDict[str, CaseIndex] = OrderedDict()
        self._lock = Lock()

    def get(self, case: CaseRecord, lex: Lexicon) -> CaseIndex:
        found = self._data.get(case.case_id)
        if found is not None and (found.case is case or found.case.examinations == case.examinations):
            return found
        idx = build_index(case, lex)
        with self._lock:
            self._data[case.case_id] = idx
            self._data.move_to_end(case.case_id)
            if len(self._data) > self._size:
                self._data.popitem(last=False)
        return idx
