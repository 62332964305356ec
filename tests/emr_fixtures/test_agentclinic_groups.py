"""DESIGN "Examination records" grouping for AgentClinic documents: containers split into their
tests, a test keeps its nested children, and a generic child is named with its parent."""

from __future__ import annotations

from dxgym.emr_fixtures.importers.agentclinic import _records


def _groups(test_results: dict) -> list[tuple[str, str, str]]:
    return [(r.group, r.name, r.source_key) for r in _records({"Test_Results": test_results})]


def test_a_procedure_keeps_its_nested_analysis() -> None:
    got = _groups({"Joint_Aspiration_Left_Wrist": {"Analysis": {"WBC": ">50,000", "Gram_Stain": "GN diplococci"}}})
    assert got == [
        ("Joint_Aspiration_Left_Wrist", "WBC", "Test_Results/Joint_Aspiration_Left_Wrist/Analysis/WBC"),
        ("Joint_Aspiration_Left_Wrist", "Gram_Stain", "Test_Results/Joint_Aspiration_Left_Wrist/Analysis/Gram_Stain"),
    ]


def test_containers_split_and_generic_children_take_the_parent_name() -> None:
    got = _groups({
        "Imaging": {"Chest_CT": {"Findings": "mass"}, "MRI_Brain": {"Findings": "normal"}},
        "Biopsy": {"Results": {"Findings": "granulomas"}},
        "STI_Screen": {"Results": {"Gonorrhea": "Positive"}},
    })
    assert [g for g, _, _ in got] == ["Chest_CT", "MRI_Brain", "Biopsy", "STI_Screen"]
    assert got[3][1] == "Gonorrhea" and got[3][2] == "Test_Results/STI_Screen/Results/Gonorrhea"


def test_a_test_with_nested_sub_results_is_one_group() -> None:
    got = _groups({"Lumbar_Puncture": {"CSF_Analysis": {"WBC": "200"}, "Opening_Pressure": {"Value": "30 cm"}}})
    assert {g for g, _, _ in got} == {"Lumbar_Puncture"}
    assert [n for _, n, _ in got] == ["CSF_Analysis / WBC", "Opening_Pressure / Value"]
