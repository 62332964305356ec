"""Issue 14, lookup round 9 (helper lookup11): each rule beside the false hit it could open (synthetic records, so no
row of any labelled set is restated here)."""

from __future__ import annotations

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case
from dxgym.emr_fixtures.models import CaseRecord

_LOOKUP = ExamLookup(semantic=False)
PE, LAB, IMG = "physical_examination", "laboratory", "imaging"


def _case(*records: tuple[str, ...]) -> CaseRecord:
    return synthetic_case(records, "test:round9")


def _names(case: CaseRecord, request: str) -> set[str]:
    return resolved_names(_LOOKUP, case, request)


# ---- a nuclear study by its tracer (tracers.py) ----------------------------------------------------------------------
_PARATHYROID = _case(
    ("Nuclear_Medicine", "Tc-99m Sestamibi SPECT-CT", IMG, "Focal retained uptake at the left inferior parathyroid"),
    ("Labs", "PTH", LAB, "14.2 pmol/L"),
)
_CARDIAC = _case(
    ("Nuclear_Medicine", "Sestamibi SPECT", IMG, "Reversible perfusion defect of the inferior wall: ischaemia"),
    ("Labs", "Troponin I", LAB, "0.01"),
)


def test_a_tracer_asked_alone_is_the_case_study_made_with_it() -> None:
    for request in ("sestamibi scan", "MIBI", "MIBI显像", "99mTc-MIBI显像"):
        assert _names(_PARATHYROID, request) == {"Nuclear_Medicine/Tc-99m Sestamibi SPECT-CT"}, request
        assert _names(_CARDIAC, request) == {"Nuclear_Medicine/Sestamibi SPECT"}, request


def test_an_organ_study_takes_a_tracer_record_only_where_its_text_names_that_organ() -> None:
    for request in ("parathyroid scan", "甲状旁腺显像"):
        assert _names(_PARATHYROID, request) == {"Nuclear_Medicine/Tc-99m Sestamibi SPECT-CT"}, request
        assert _names(_CARDIAC, request) == set(), request  # the myocardium's sestamibi study is no parathyroid scan
    assert _names(_PARATHYROID, "myocardial perfusion scan") == set()
    assert _names(_PARATHYROID, "parathyroid sestamibi scan") == {"Nuclear_Medicine/Tc-99m Sestamibi SPECT-CT"}
    assert _names(_CARDIAC, "parathyroid sestamibi scan") == set()


def test_a_tracer_name_in_a_laboratory_record_is_no_study() -> None:
    case = _case(("Labs", "Octreotide level", LAB, "n/a"), ("Imaging", "CT Abdomen", IMG, "normal"))
    assert _names(case, "octreotide scan") == set()


# ---- a panel of one virus (catalogue_round9.tsv: hbvserol) -----------------------------------------------------------
_SCREEN = _case(
    ("实验室检查/感染筛查", "乙肝表面抗原(HBsAg)", LAB, "阴性"),
    ("实验室检查/感染筛查", "乙肝核心抗体(抗-HBc)", LAB, "阳性"),
    ("实验室检查/感染筛查", "丙肝抗体(抗-HCV)", LAB, "阴性"),
    ("实验室检查/感染筛查", "HIV抗体", LAB, "阴性"),
)
_HBV = {"实验室检查/感染筛查/乙肝表面抗原(HBsAg)", "实验室检查/感染筛查/乙肝核心抗体(抗-HBc)"}


def test_the_hepatitis_b_markers_never_answer_with_another_virus_test() -> None:
    for request in ("乙肝五项", "乙肝两对半", "HBV serology", "hepatitis B serology"):
        assert _names(_SCREEN, request) == _HBV, request


def test_hepatitis_serology_whole_is_still_every_virus() -> None:
    for request in ("hepatitis serology", "肝炎标志物"):
        assert _names(_SCREEN, request) == _HBV | {"实验室检查/感染筛查/丙肝抗体(抗-HCV)"}, request
    assert _names(_SCREEN, "丙肝抗体") == {"实验室检查/感染筛查/丙肝抗体(抗-HCV)"}

