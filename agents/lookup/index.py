"""Per-case indexes over a case's examination records, built lazily once and cached by case id.

Each group and each record name is read with the same lexicon tagger as requests, giving concept
keys (with the specimen they refer to), imaging items (modalities + sites) and examination sections.
Only the given case's records are ever indexed, so nothing can come from another patient.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from threading import Lock

from dxgym.agents.types import ExamHit, Tier
from dxgym.emr_fixtures.lexicon import Lexicon, load_lexicon, tag, tokens
from dxgym.emr_fixtures.models import CaseRecord, ExamRecord

# Record names that say nothing on their own ("Findings" of which study?): never matched by name alone.
GENERIC_NAMES = frozenset(
    {"other findings", "preliminary findings", "special tests", "special test", "range of motion",
     "within normal limits", "microscopic description"}
) | frozenset(
    "findings finding result results level levels comments comment other others general optional "
    "suggestion interpretation scores score observation inspection palpation percussion auscultation "
    "appearance description summary notes note details impression report value values test analysis "
    "examination exam status assessment screening microscopy culture random total".split()
) | frozenset(  # Chinese record names that only make sense under their group (tokens are characters)
    " ".join(w) for w in "所见 结论 结果 其他 外观 听诊 视诊 触诊 叩诊 描述 印象 报告 压力 评估 情况 检查 一般".split()
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
    _hits: dict[tuple[int, str], ExamHit] = field(default_factory=dict)
    _result_concepts: dict[int, frozenset[str]] = field(default_factory=dict)

    def result_concepts(self, i: int) -> frozenset[str]:
        """Concepts named in record i's result text (computed on first use: only panel-named results need it)."""
        found = self._result_concepts.get(i)
        if found is None:
            spans, _ = tag(tokens(self.case.examinations[i].result))
            found = frozenset(c for sp in spans for c in sp.concepts)
            self._result_concepts[i] = found
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
    default = lex.concepts[cid].spec
    if default is None:
        return None
    return explicit or context or default


def build_index(case: CaseRecord, lex: Lexicon | None = None) -> CaseIndex:
    lex = lex or load_lexicon()
    idx = CaseIndex(case=case)
    exams = case.examinations
    idx.record_spec = [None] * len(exams)
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
        exact_groups.setdefault(" ".join(gtoks), []).extend(recs)
        spans, _ = tag(gtoks, lex)
        gids = [c for s in spans for c in s.concepts]
        kinds = {c: lex.concepts[c].kind for c in gids}
        g_explicit = next((lex.concepts[c].spec for c in gids if kinds[c] == "spec"), None)
        g_context = g_explicit or next(
            (lex.concepts[c].spec for c in gids if kinds[c] in ("panel", "study") and lex.concepts[c].spec), None
        )
        g_has_panel = any(kinds[c] == "panel" for c in gids)
        for cid in dict.fromkeys(gids):
            if kinds[cid] in ("analyte", "panel", "study"):
                spec = _resolved_spec(lex, cid, g_explicit, None)
                group_concepts.setdefault(cid, []).append((spec, recs))
        mods = frozenset(c for c in gids if kinds[c] == "mod")
        gsites = frozenset(c for c in gids if kinds[c] == "site")
        if mods:
            idx.imaging.append((mods, gsites, recs))
        elif gsites and (category == "physical_examination" or "exam" in kinds.values()):
            idx.exams.append((gsites, recs))
        if category == "physical_examination":
            physical.extend(recs)
        container_exam = category == "physical_examination" and gsites <= {"site_general"} and not g_has_panel
        index_analytes = category != "physical_examination" or g_has_panel
        for i in recs:
            rec = exams[i]
            rtoks = tokens(rec.name)
            last = rec.name.rsplit("/", 1)[-1]
            lkey = " ".join(tokens(last))
            exact_records.setdefault(" ".join(rtoks), []).append(i)
            if lkey and lkey not in GENERIC_NAMES:
                exact_records.setdefault(lkey, []).append(i)
            exact_records.setdefault(" ".join(gtoks + tokens(last)), []).append(i)
            rspans, _ = tag(rtoks, lex)
            rids = [c for s in rspans for c in s.concepts]
            r_explicit = next((lex.concepts[c].spec for c in rids if lex.concepts[c].kind == "spec"), None)
            if rec.category == "laboratory":
                idx.record_spec[i] = r_explicit or g_context or "blood"
            for cid in dict.fromkeys(rids):
                kind = lex.concepts[cid].kind
                if kind == "analyte" and not index_analytes:
                    continue
                if kind in ("analyte", "panel", "study"):
                    spec = _resolved_spec(lex, cid, r_explicit, g_context)
                    record_concepts.setdefault(cid, []).append((spec, i))
            rman = frozenset(c for c in rids if lex.concepts[c].kind == "man")
            if rman and rec.category == "physical_examination":
                idx.record_man[i] = rman
                for m in rman:
                    man_records.setdefault(m, []).append(i)
            rmods = frozenset(c for c in rids if lex.concepts[c].kind == "mod")
            rsites = frozenset(c for c in rids if lex.concepts[c].kind == "site")
            if rmods:
                idx.imaging.append((rmods, rsites, (i,)))
            elif rsites and container_exam and rec.category == "physical_examination":
                idx.exams.append((rsites, (i,)))
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
