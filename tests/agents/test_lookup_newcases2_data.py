"""Integrity of the blind lookup sets on new cases: round 5's tests/agents/data/lookup/newcases2/{en1,en2,zh},
round 6's newcases3/{en,zh}, round 7's newcases4/{en,zh}, round 8's newcases5/{en,zh}, round 9's newcases6/{en,zh}, round 10's newcases7/{en,zh}, round 12's newcases8/{en,zh}, round 13's newcases9/{en,zh}, round 15's newcases10/{en,zh}, round 16's newcases11/{en,zh}, round 20's newcases12/{en,zh}, round 53's newcases13/{en,zh}, round 60's newcases14/{en,zh} and round 65's newcases15/{en,zh}.

Each part written by an engineer who never read the lookup's code, lexicon or any other set (each
part's README says how). Data integrity only: the cases load through the project's readers under their
ids, every labelled path exists in its case, rows are unique and well formed, and the files are the ones
committed before any fix they judge. The lookup is scored on them in test_lookup_newcases2.py and
test_lookup_newcases3.py.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from dxgym.agents.lookup.evaluate import load_rows, read_case_folder
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.evaluation import lookup_sets

DATA = Path(__file__).parent / "data" / "lookup"
# set -> part -> (least cases, least requests)
SIZES = {"newcases2": {"en1": (5, 150), "en2": (5, 150), "zh": (5, 150)},
         "newcases3": {"en": (6, 150), "zh": (4, 110)},
         "newcases4": {"en": (6, 150), "zh": (4, 120)},
         "newcases5": {"en": (6, 150), "zh": (4, 120)},
         "newcases6": {"en": (6, 150), "zh": (4, 120)},
         "newcases7": {"en": (6, 150), "zh": (4, 120)},
         "newcases8": {"en": (6, 150), "zh": (4, 120)},
         "newcases9": {"en": (6, 150), "zh": (4, 120)},
         "newcases10": {"en": (6, 150), "zh": (4, 120)},
         "newcases11": {"en": (6, 150), "zh": (4, 120)},
         "newcases12": {"en": (6, 150), "zh": (4, 120)},
         "newcases13": {"en": (5, 150), "zh": (4, 120)},
         "newcases14": {"en": (5, 150), "zh": (4, 120)},
         "newcases15": {"en": (5, 150), "zh": (4, 120)}}
# Frozen at their commit, before any fix they judge; restore a file rather than update its digest.
FROZEN_SHA256 = {
    "en1/cases_en.jsonl": "ce81fe3ab5731aacb22dc69d0059082eeee82cfa3f0f569300d736df3be796e5",
    "en1/lookup.jsonl": "a3f8a325ecb320401ade462a3b52145a1a18d5daa2d5f750979f04e65f289e16",
    "en2/cases_en.jsonl": "21eaea1158045c5d55eb07383a360e2ef73eabc9f896a299d42bda27dd51eafe",
    "en2/lookup.jsonl": "e92542833b1b2bc00804b53419bb44224dd057379295420037a02d79063ae96b",
    "zh/cases_zh.jsonl": "b0b6c92f27f66f62898121b5e4ed54ad1185e1081d8032be4a80ae1deb4cc47b",
    "zh/lookup.jsonl": "5aed41bc0585a64d0a8d04f4cdc09161cc4a05bc453215f6a93b4193325b1784",
}
FROZEN_SHA256_3 = {
    "en/cases_en.jsonl": "433decc464f101332f8df8de48fc99a204b60ec13d7c5daf45b6a84f06873bf7",
    "en/lookup.jsonl": "2a16f9dd3426ab5e767c6d24591ec9e85dd6af23b402240b9263c39f60171e84",
    "zh/cases_zh.jsonl": "e530326926e33cad9aeebdd16d2efbf9fc5f5553c15d9ba66836bb1a7332478d",
    "zh/lookup.jsonl": "8f5d28e1dd6e017d46f35aa4f1afbd2bfdbdd464ac418b0a479f2a426e297ce8",
}
FROZEN_SHA256_4 = {
    "en/cases_en.jsonl": "0d5d38beb900e2ab3a915ecf6865e5932ee6f93169bc66782316a7078691fefd",
    "en/lookup.jsonl": "254c11fa0578f5e607196f3942b3b56993a72312c036dbe337ba7748061eeb33",
    "zh/cases_zh.jsonl": "a51715f306385c94783ed0572bc32b01e29bc8b7ca76f90dfe98ea51754c8e6c",
    "zh/lookup.jsonl": "003df7bf46be3227e9a6ad8bf67beb5b4362247a22ca22cfee694ddba43d314d",
}
FROZEN_SHA256_5 = {
    "en/cases_en.jsonl": "f015e2f13dd1040b51f42b481d9f67c66cbae63dcdd9f9a858f5ad5a820f23a3",
    "en/lookup.jsonl": "122909fce50e0b6925ea9ec17d20f2563cd66e2d3e4ce16e5b60c5561f75b59b",
    "zh/cases_zh.jsonl": "f7c9b3cf7dd7b0d733fdee70ecb2d4ff77f99a2fc959093429f42a107e075344",
    "zh/lookup.jsonl": "0d0b6fc0fff68ab12065d5ffaffbf3b25737a02ad03f0349eef4173fc335e057",
}
FROZEN_SHA256_6 = {
    "en/cases_en.jsonl": "fbd21691277ceb2604b0756bceab654f61853174fb47033ffbe2a6b69c5d5a92",
    "en/lookup.jsonl": "b9a75487a51e88432dd26960bd686c76aa0f7a7be6ffa9f09fb02f254254c2b6",
    "zh/cases_zh.jsonl": "559f339abfe55152778e54d920e9b0435898cbf98940a23f872d54f2d71ca612",
    "zh/lookup.jsonl": "72cca7310de104eefece6bc3ea96847191fd5414ce9666134d31b3ce47362dd8",
}
FROZEN_SHA256_7 = {
    "en/cases_en.jsonl": "c73361d9347b9289c2dc83475db94159232bf4da4b9f3963abdf1d81327ee104",
    "en/lookup.jsonl": "943673f09574f1259fbc8bd2431e47120eddd17c6c1b8df0f2b964ffb5580fec",
    "zh/cases_zh.jsonl": "2a0660d755c72741e486c0eed1602c41e2f4e57eae96b120d289dfd427724291",
    "zh/lookup.jsonl": "5b8cc175ea8124711fc58be920915882be647aafa8eaa008c32060c8bab6cd1a",
}
FROZEN_SHA256_8 = {
    "en/cases_en.jsonl": "04d54ce3d404dd9f5c25a80655fa120178640eb6311656f96ba3289798913051",
    "en/lookup.jsonl": "63e1e8f8dab5e09345cd41ad977d7820dcc975226d2e32de660ce265dcdfee1f",
    "zh/cases_zh.jsonl": "26910295ba8fd62eb747531df0fcc22bf6a6f5199dc6fe59db71dd2405572019",
    "zh/lookup.jsonl": "5a55d7e9ae2c885580f9989ca0491f7c38b0a621236cb4e697345c083ecbef4d",
}
FROZEN_SHA256_9 = {
    "en/cases_en.jsonl": "9f42590cb1950e58d1dd1dea12eb2cf958225cf06a4c5be0e59266cda9bb0c8f",
    "en/lookup.jsonl": "4d1c70502c1d8791e0a070646b9e108fafda9a29432679ffbe2158fafec51c4d",
    "zh/cases_zh.jsonl": "e9b08bad409201090d9bdc2bf354ed68bad6d4a57b9c3951819d1282f8fd59a3",
    "zh/lookup.jsonl": "4ae325e88560fbb269d518f0cd89e38ba0c35da056bbcb0467817347dedba5d5",
}
FROZEN_SHA256_10 = {
    "en/cases_en.jsonl": "c34e3ef44fd4ab88ea9751baafcc5d0fba62247b4f31f444d99039da9747f777",
    "en/lookup.jsonl": "b6d8ab4e51572f2d56f70abe96ba1cc3020a706aa9143407abc823e937c29f1c",
    "zh/cases_zh.jsonl": "deacd5f02a7a8fba2afa0872e26bd898fa4eeed403b410b5299be4937a40ddc1",
    "zh/lookup.jsonl": "b94f6e192f79221fa84c0fe2ec688386eb2ec222c0dd4b65079138d0eb2c03d0",
}
FROZEN_SHA256_11 = {
    "zh/cases_zh.jsonl": "361bd32fadc07e271d24aec45625e5764bbf4735fdbb13ea4326f8d62169fd4f",
    "zh/lookup.jsonl": "191a61efaa5329184b74d3cbcca4133e7ac01e6a6c2bc0028fbcf01620de2f71",
    "en/cases_en.jsonl": "45acdd3c00fde68de75273925d603bc7b1a799ac27b67d0221dc1927a7575da7",
    "en/lookup.jsonl": "5882653931fa20862ece4523f2194ec6c5144d33634ff63c2273dfa469334bbf",
}
FROZEN_SHA256_12 = {
    "en/cases_en.jsonl": "ae35b93272d93a8be65680924f2aa7d6081f40565c896c337a8edf1b610225fb",
    "en/lookup.jsonl": "f36b028d4a40a6893b480d7d81c083aa8204b23a64d13a3f7c2f819575f3ec0a",
    "zh/cases_zh.jsonl": "bf5411f3a4d38ace9694fcd9dff570fb21f326a68fda88b9f57b37d5b4df2009",
    "zh/lookup.jsonl": "8d541a196d54078ff257cf3955642b90b0474d79f79e899e5723e748293a5aab",
}
FROZEN_SHA256_13 = {
    "en/cases_en.jsonl": "339e7876ef050b28c5348c9b22ac880b7bbda17f0996b1259392749bc4368724",
    "en/lookup.jsonl": "794bdbd6db96d31247c5f0f373f1b1653de577dfaf1dfe36563e5103728b489b",
    "zh/cases_zh.jsonl": "01243ba9abbe11cd20ad068547d0cacca32e9656f2f79c5d6a4837b37460e09b",
    "zh/lookup.jsonl": "43de0a44986ddc39b4242ae77fda30a6d5b519edf839510ce3dbb05ff92a2ba8",
}
FROZEN_SHA256_14 = {
    "en/cases_en.jsonl": "9736f2fe615b72c0b7dbe112a71a9d68f123f0508998a173ccd5b59a39b366be",
    "en/lookup.jsonl": "54b269c6ee0d5409eed607020b9f51467dea7c3f8d5d449b33f26d1d38ff6f30",
    "zh/cases_zh.jsonl": "75f1f98db3489d9a012a7475852477bb3a721f39167663ad0a9a8e9175717c7e",
    "zh/lookup.jsonl": "c216b85b5453f4794278bc740c1bfacbafe10c60680e7560caf94bbf83af9292",
}
FROZEN_SHA256_15 = {  # round 65's blind set (helpers blind15en / blind15zh)
    "en/cases_en.jsonl": "4556cdf009385fbf7543d0c2fbb2271c5b88ad323e0d64b92cdec222636fdaa0",
    "en/lookup.jsonl": "f533a458109bc122ef06f5415fd1030adc3275c45bd352687d3691fd9eb1e1c5",
    "zh/cases_zh.jsonl": "0d2e9301b20fe03d45f93df932380121a0c5447f414072bad85820cb08289ee5",
    "zh/lookup.jsonl": "10fd50633e3ca1b920df75c50247d0ce0679b572d9a8fe208df849e1a8ae2844",
}
FROZEN = {**{f"newcases2/{k}": v for k, v in FROZEN_SHA256.items()},
          **{f"newcases3/{k}": v for k, v in FROZEN_SHA256_3.items()},
          **{f"newcases4/{k}": v for k, v in FROZEN_SHA256_4.items()},
          **{f"newcases5/{k}": v for k, v in FROZEN_SHA256_5.items()},
          **{f"newcases6/{k}": v for k, v in FROZEN_SHA256_6.items()},
          **{f"newcases7/{k}": v for k, v in FROZEN_SHA256_7.items()},
          **{f"newcases8/{k}": v for k, v in FROZEN_SHA256_8.items()},
          **{f"newcases9/{k}": v for k, v in FROZEN_SHA256_9.items()},
          **{f"newcases10/{k}": v for k, v in FROZEN_SHA256_10.items()},
          **{f"newcases11/{k}": v for k, v in FROZEN_SHA256_11.items()},
          **{f"newcases12/{k}": v for k, v in FROZEN_SHA256_12.items()},
          **{f"newcases13/{k}": v for k, v in FROZEN_SHA256_13.items()},
          **{f"newcases14/{k}": v for k, v in FROZEN_SHA256_14.items()},
          **{f"newcases15/{k}": v for k, v in FROZEN_SHA256_15.items()}}


def part_cases(part: str, name: str = "newcases2") -> dict[str, CaseRecord]:
    """A part's cases under `<set>:<part>:<row>` (the importer names English rows `agentclinic:...`)."""
    return read_case_folder(DATA / name / part, f"{name}:{part}")


def part_rows(part: str, name: str = "newcases2") -> list[dict]:
    return load_rows(DATA / name / part / "lookup.jsonl")



def check_part_figures(name: str, part: str, floors: tuple[float, float, float], lookup=None) -> dict:
    """Score one part with the lookup, print its figures (overall, by kind and language) and assert its floors
    (precision, recall, not-available rate). Every newcases set's figure test is this, with its own floors."""
    from dxgym.agents.lookup import ExamLookup
    from dxgym.agents.lookup.evaluate import score_keys

    summary = score_keys(part_rows(part, name), part_cases(part, name), lookup or ExamLookup()).summary()
    overall = summary["overall"]
    p, r, na = overall["precision"], overall["recall"], overall["not_available_rate"]
    print(f"\n{name}:{part} requests={overall['requests']} precision={p} recall={r} not_available_rate={na}")
    for kind, figures in sorted(summary.items()):
        if kind.startswith(("kind:", "lang:")):
            print(f"  {kind:<26} precision={figures['precision']} recall={figures['recall']}")
    assert p >= floors[0] and r >= floors[1] and na >= floors[2], (name, part, p, r, na)
    return summary

@pytest.mark.parametrize("name", sorted(FROZEN))
def test_files_are_the_frozen_set(name: str) -> None:
    assert hashlib.sha256((DATA / name).read_bytes()).hexdigest() == FROZEN[name], (
        f"{name} changed after its commit; this set is never edited"
    )


@pytest.mark.parametrize(("name", "part"), [(n, p) for n, parts in SIZES.items() for p in parts])
def test_rows_point_at_records_their_case_holds(name: str, part: str) -> None:
    cases, rows = part_cases(part, name), part_rows(part, name)
    least_cases, least_rows = SIZES[name][part]
    assert len(cases) >= least_cases and len(rows) >= least_rows
    assert lookup_sets.check_rows(f"{name}:{part}", cases, rows) == []
    assert 0.30 <= sum(not r["expected_keys"] for r in rows) / len(rows) <= 0.45


def test_check_rows_names_each_breach(tmp_path: Path) -> None:
    """The checks every part passes do fail: a copy of a part with one breach of each kind names each one."""
    cases, rows = part_cases("en", "newcases7"), part_rows("en", "newcases7")
    held = next(r for r in rows if r["expected_keys"])
    bad = [dict(held, expected_keys=["No_Such_Test"]),
           dict(held, request=held["request"].upper() + "  "),
           dict(held, kind="near_miss"),
           dict(held, lang="zh"),
           dict(held, kind="guess"),
           dict(held, expected_keys=[held["expected_keys"][0], held["expected_keys"][0]]),
           dict(held, case_id="newcases7:en:99"),
           {k: v for k, v in held.items() if k != "lang"}]
    errors = lookup_sets.check_rows("newcases7:en", cases, [held, *bad])
    for part in ("not in the case", "the same request twice", "expected [] exactly", "lang 'zh'",
                 "not one of the fixed kinds", "an expected key twice", "unknown case", "fields"):
        assert any(part in e for e in errors), (part, errors)
    renamed = {f"newcases7:en:{i + 1}": c for i, c in enumerate(cases.values())}
    assert any("case ids" in e for e in lookup_sets.check_rows("newcases7:en", renamed, []))


def _make_cases(name: str, part: str):
    """A part's make_cases.py loaded as a module (its cases built, nothing written: the writer runs under __main__)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"make_cases_{name}_{part}", DATA / name / part / "make_cases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", [n for n in sorted(SIZES) if (DATA / n / "zh" / "make_cases.py").exists()])
def test_chinese_parts_rebuild_byte_for_byte(name: str, tmp_path: Path) -> None:
    """Each Chinese part's make_cases.py, built with the shared builder, writes the frozen file again exactly."""
    import re

    module = _make_cases(name, "zh")
    builders = sorted((f for f in dir(module) if re.fullmatch(r"case\d+", f)), key=lambda f: int(f[4:]))
    lookup_sets.write_zh_cases(tmp_path, [getattr(module, f)() for f in builders])
    assert (tmp_path / "cases_zh.jsonl").read_bytes() == (DATA / name / "zh" / "cases_zh.jsonl").read_bytes()


@pytest.mark.parametrize("name", [n for n in sorted(SIZES) if (DATA / n / "en" / "make_cases.py").exists()])
def test_english_parts_rebuild_byte_for_byte(name: str) -> None:
    """Each English part's make_cases.py (its cases inline, the shared AgentClinic blocks) is the frozen file again."""
    import json

    text = "".join(json.dumps({"OSCE_Examination": c}, ensure_ascii=False) + "\n" for c in _make_cases(name, "en").CASES)
    assert text == (DATA / name / "en" / "cases_en.jsonl").read_text(encoding="utf-8")
