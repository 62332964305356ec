"""Short forms clinicians type for a test's name (rounds 18-19, the lead; `extra_terms_round18.tsv`).

The lead's probes asked every fixture case's own records by ward and charting shorthand (血RT for 血常规, D-D, 心电,
脑电, 肺功; "U/A", "utox", "heme panel"); each found nothing before, and each request below fails on round 17's code.
心电, 脑电 and 肺功 lie inside other tests' names: unmarked (round 18), they took those tests' shortened or misspelt
names (动态心电土 answered with the resting ECG, not the Holter); weak (round 19), they answer only a request made of
terms."""

from __future__ import annotations

from pathlib import Path

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.agents.lookup.evaluate import resolved_names, synthetic_case
from dxgym.agents.lookup.vocab import rows
from dxgym.emr_fixtures import lexicon as lexicon_data
from dxgym.emr_fixtures.fixtures import load_fixture_cases

LOOKUP = ExamLookup(semantic=False)
_CASES = {c.case_id: c for c in load_fixture_cases()}


def _found(case_id: str, request: str) -> set[str]:
    return {h.source_key for h in LOOKUP.resolve(request, _CASES[case_id], semantic=False)}


@pytest.mark.parametrize(("case_id", "short", "full"), [
    ("dxgym:cases_zh:16", "血RT", "血常规"),
    ("dxgym:cases_zh:16", "血Rt", "血常规"),
    ("dxgym:cases_zh:6", "尿RT", "尿常规"),
    ("dxgym:cases_zh:7", "便RT", "便常规"),
    ("dxgym:cases_zh:19", "D-D", "D-二聚体"),
    ("dxgym:cases_zh:3", "肺功", "肺功能"),
    ("dxgym:cases_zh:9", "心电", "心电图"),
    ("dxgym:cases_zh:9", "查个心电", "心电图"),
    ("agentclinic:medqa:45:zh", "脑电", "脑电图"),
    ("agentclinic:medqa:28", "U/A", "urinalysis"),
    ("agentclinic:medqa:100", "utox", "urine toxicology screen"),
    ("agentclinic:medqa:87", "heme panel", "complete blood count"),
])
def test_a_short_form_finds_what_the_full_name_finds(case_id: str, short: str, full: str) -> None:
    want = _found(case_id, full)
    assert want and _found(case_id, short) == want


HOLTER = synthetic_case([
    ("X/动态心电图/结论", "动态心电图", "结论", "other", "窦性心律，偶发室性早搏"),
    ("X/心电图/结论", "心电图", "结论", "other", "窦性心律"),
], "holter-zh")


@pytest.mark.parametrize("request_text", ["动态心电图", "动态心电土", "动态心电途"])
def test_a_holter_misspelt_is_still_the_holter(request_text: str) -> None:
    """Round 18's lesson: with 心电 a strong short form of the ECG, 动态心电土 (土 for 图) was answered with the resting
    ECG — the short form matched before the spelling tier could mend the name."""
    assert resolved_names(LOOKUP, HOLTER, request_text) == {"动态心电图/结论"}


def _zh_terms(name: str, *, weak: bool) -> list[tuple[str, str]]:
    """(concept id, Chinese term) of one lexicon file; the weak ("~") terms too where `weak`."""
    return [(row[0], t) for row in rows(name) for cell in row[1:] for t in cell.split("|")
            if t and not t.isascii() and (weak or not t.startswith("~"))]


def test_a_short_form_lies_inside_no_other_concepts_name() -> None:
    """A strong Chinese short form inside another concept's name (心电 in 动态心电图) takes that name's shortened and
    misspelt forms: none of this file's may; such a form is weak ("~")."""
    data = Path(lexicon_data.__file__).parent / "data"
    mine = _zh_terms("extra_terms_round18.tsv", weak=False)
    others = [ct for p in sorted(data.glob("*.tsv")) if p.name != "extra_terms_round18.tsv"
              for ct in _zh_terms(p.name, weak=False)]
    assert mine and len(mine) < len(_zh_terms("extra_terms_round18.tsv", weak=True))  # the weak ones are left out
    clashes = [(cid, t, oid, o) for cid, t in mine for oid, o in others if oid != cid and t.lower() in o.lower()]
    assert clashes == []
