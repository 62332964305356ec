"""`clear_answer_memos` empties every memo keyed on an answer's text and keeps the references' readings.

Why it matters: `dxgym bench`'s `reward_score_p50_us` empties the answer memos before each scored episode to
measure what a new answer costs; a memo left full would make the figure a cache hit. The memos register
themselves (`dxgym.emr_fixtures.answer_memos`), so the list below is a floor a later round cannot drop from.
"""

from __future__ import annotations

import importlib

from dxgym.agents.verifiers import rule
from dxgym.emr_fixtures import answer_memos

# the memos the benchmark emptied by name before they registered themselves (2026-12-06)
NAMED_BEFORE = """
agents.verifiers.answer_forms._parse agents.verifiers.en_joins14._neighbours agents.verifiers.en_joins14.joined_table_name
agents.verifiers.en_names9.qualified_table_name agents.verifiers.en_names9.spelt_with_word_forms
agents.verifiers.en_structure.canonical agents.verifiers.en_structure.genus_spelt_out
agents.verifiers.en_variants.spelling_variants agents.verifiers.glossary_names.spelt_through_glossary
agents.verifiers.normalise.clean agents.verifiers.round10_zh._spelt_out agents.verifiers.round9_vetoes._aims
agents.verifiers.rule._description_keys agents.verifiers.rule._judge agents.verifiers.rule._prediction_readings
agents.verifiers.rule._readings_of agents.verifiers.rule.judge agents.verifiers.zh_reorder.qualifier_moved
agents.verifiers.zh_rewrites.organ_for_parts agents.verifiers.zh_short.short_form emr_fixtures.coding._assign_plain
emr_fixtures.coding._fuzzy_code emr_fixtures.coding.assign_icd10 emr_fixtures.coding.correct_word
emr_fixtures.coding.is_known_name emr_fixtures.names.normalise_name emr_fixtures.vocabulary.translate_zh
emr_fixtures.vocabulary.zh_names
""".split()


def _memo(qualified: str):
    module, _, name = f"dxgym.{qualified}".rpartition(".")
    return getattr(importlib.import_module(module), name)


def test_every_memo_named_before_is_registered() -> None:
    assert {f"dxgym.{q}" for q in NAMED_BEFORE} <= set(answer_memos.registered())


def test_clearing_empties_answer_memos_and_keeps_reference_readings() -> None:
    pairs = [("Pneumonia", "community-acquired pneumonia"), ("Myasthenia gravis", "重症肌无力"),
             ("非霍奇金淋巴瘤", "Non-Hodgkin lymphoma"), ("Acute appendicitis", "appendicitis, acute")]
    for reference, prediction in pairs:
        rule.judge(reference, prediction)
    filled = [q for q in NAMED_BEFORE if _memo(q).cache_info().currsize > 0]
    assert len(filled) >= 10, filled  # the pairs went through the memos (else the test below proves nothing)
    kept = rule._reference_readings.cache_info().currsize
    assert kept > 0

    rule.clear_answer_memos()

    assert [q for q in NAMED_BEFORE if _memo(q).cache_info().currsize] == []
    assert rule._reference_readings.cache_info().currsize == kept  # what a case precomputes stays
    assert rule.judge("Pneumonia", "community-acquired pneumonia")[0]  # and judging works from empty memos
