"""Issue 14, lookup round 7: each rule beside the false hit it must not open (synthetic records, so no row of
any labelled set is restated here)."""

from __future__ import annotations

from dxgym.agents.lookup import ExamLookup
from dxgym.emr_fixtures.fixtures import load_fixture_cases
from dxgym.emr_fixtures.models import CaseRecord, ExamRecord

_BASE = next(iter(load_fixture_cases()))
_LOOKUP = ExamLookup(semantic=False)
PE, LAB, IMG = "physical_examination", "laboratory", "imaging"


def _case(*records: tuple[str, str, str, str]) -> CaseRecord:
    """A case holding these (group, name, category, result) records."""
    exams = [ExamRecord(name=n, group=g, category=c, result=r, source_key=f"X/{g}/{n}").model_dump()
             for g, n, c, r in records]
    return CaseRecord.model_validate({**_BASE.model_dump(), "case_id": "test:round7", "examinations": exams})


def _names(case: CaseRecord, request: str) -> set[str]:
    return {h.source_key.split("/", 1)[-1] for h in _LOOKUP.resolve(request, case, semantic=False)}


_TTE = _case(("Transthoracic_Echocardiogram", "Findings", IMG, "EF 55%, no vegetation seen"),
             ("Abdominal_Ultrasound", "Findings", IMG, "Normal liver"))
_PLAIN_ECHO = _case(("Echocardiogram", "Findings", IMG, "EF 40%"))
_TEE = _case(("经食管超声心动图(TEE)", "所见", IMG, "二尖瓣赘生物"), ("腹部彩超", "所见", IMG, "肝脏未见异常"))


def test_an_echocardiogram_is_answered_by_its_approach() -> None:
    for ask in ("TEE", "transesophageal echocardiogram", "经食道超声心动图", "食道超声"):
        assert _names(_TTE, ask) == set(), ask  # a TEE is not the transthoracic study
        assert _names(_PLAIN_ECHO, ask) == set(), ask  # nor a plain echocardiogram (made transthoracically)
    for ask in ("TTE", "transthoracic echo", "echo", "echocardiogram", "心脏彩超"):
        assert _names(_TTE, ask) == {"Transthoracic_Echocardiogram/Findings"}, ask
        assert _names(_PLAIN_ECHO, ask) == {"Echocardiogram/Findings"}, ask
    for ask in ("TEE", "食道超声", "经食管超声", "echo", "超声心动图"):
        assert _names(_TEE, ask) == {"经食管超声心动图(TEE)/所见"}, ask  # and never the abdominal ultrasound
    assert _names(_TEE, "TTE") == set()
    assert _names(_TEE, "腹部超声") == {"腹部彩超/所见"}


_BULLOUS = _case(
    ("Direct_Immunofluorescence", "Direct_Immunofluorescence", LAB, "linear IgG along the BMZ"),
    ("Indirect_Immunofluorescence", "Indirect_Immunofluorescence", LAB, "IgG on the roof"),
    ("Pemphigoid_Serology", "Anti-BP180_ELISA", LAB, "142 U/mL"),
    ("Pemphigoid_Serology", "Anti-BP230_ELISA", LAB, "38 U/mL"),
)


def test_direct_and_indirect_immunofluorescence_are_different_tests() -> None:
    for ask in ("DIF", "direct immunofluorescence", "直接免疫荧光"):
        assert _names(_BULLOUS, ask) == {"Direct_Immunofluorescence/Direct_Immunofluorescence"}, ask
    for ask in ("IIF", "indirect immunofluorescence", "间接免疫荧光"):
        assert _names(_BULLOUS, ask) == {"Indirect_Immunofluorescence/Indirect_Immunofluorescence"}, ask
    only_iif = _case(("Indirect_Immunofluorescence", "Indirect_Immunofluorescence", LAB, "IgG on the roof"))
    assert _names(only_iif, "DIF") == set()


def test_each_pemphigoid_antigen_is_its_own_elisa() -> None:
    assert _names(_BULLOUS, "BP180") == {"Pemphigoid_Serology/Anti-BP180_ELISA"}
    assert _names(_BULLOUS, "anti-BP230 antibodies") == {"Pemphigoid_Serology/Anti-BP230_ELISA"}
    assert _names(_BULLOUS, "BP230抗体") == {"Pemphigoid_Serology/Anti-BP230_ELISA"}
    both = {"Pemphigoid_Serology/Anti-BP180_ELISA", "Pemphigoid_Serology/Anti-BP230_ELISA"}
    assert _names(_BULLOUS, "pemphigoid antibodies") >= both
    only_230 = _case(("Pemphigoid_Serology", "Anti-BP230_ELISA", LAB, "38 U/mL"))
    assert _names(only_230, "BP180") == set()
