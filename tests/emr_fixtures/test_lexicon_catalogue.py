"""The systematic examination catalogue (issue 14): extra lexicon files the loader reads beside the core ones.

Checks the files themselves (every row parses, ids unique, panels exist, LOINC codes well formed with a valid
check digit, no term filed under two concepts, no held-out evaluation concept) and, on a synthetic case of the
test's own, that a few catalogue entries resolve to the one record they name and never to a neighbour.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from dxgym.agents.lookup import ExamLookup
from dxgym.emr_fixtures.lexicon import key, load_lexicon
from dxgym.emr_fixtures.lexicon.loader import _rows, _split, compound_files, concept_files, extra_term_files
from dxgym.emr_fixtures.models import CaseRecord, Diagnosis, ExamRecord, SourceRef

KINDS = {"analyte", "panel", "study", "mod", "site", "spec", "marker", "man"}
SPECS = {"-", "blood", "urine", "csf", "stool", "synovial", "pleural", "ascites", "sputum", "pericardial",
         "bal"}  # bal: bronchoalveolar lavage fluid (round 8b; its specimen row `spec_bal` is in concepts.tsv)
# Terms the lexicon reads as two tests on purpose, each to exactly these concepts: one instrument examines the nose,
# the pharynx and the larynx (电子鼻咽喉镜); CBG is a capillary blood gas and a capillary blood glucose; BAL is a
# bronchoalveolar lavage, its fluid, and a blood alcohol level. A case holds one of them, so the request finds it.
DELIBERATELY_AMBIGUOUS = {
    "电子鼻咽喉镜": {"laryngoscopy", "nasalendo"},
    "cbg": {"abg", "glu"},
    "bal": {"bal", "spec_bal", "etoh"},
    # round 13: the karyotype is genetic testing at large (concepts.tsv) and the cytogenetic study itself (karyo, a
    # member of genetic), so 染色体核型分析 finds a record named Karyotype (extra_terms_round13.tsv)
    "karyotype": {"genetic", "karyo"},
}
# What a member_of may name: an analyte, study or panel belongs to a panel; a study to the battery it is part of
# (tympanometry of immittance, immittance of audiometry); a panel of the fluid a study collects to that study (BAL of
# bronchoscopy); a site to the broader region it lies in.
_PARENT_KINDS = {"analyte": {"panel"}, "panel": {"panel", "study"}, "study": {"panel", "study"}, "site": {"site"}}
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_LOINC = re.compile(r"^\d{1,7}-\d$")

CATALOGUE = [f for f in concept_files() if f != "concepts.tsv"]
COMPOUNDS = [f for f in compound_files() if f != "compounds.tsv"]
EXTRAS = extra_term_files()


def _loinc_ok(code: str) -> bool:
    """LOINC's mod-10 check digit (the Luhn scheme over the digits before the hyphen)."""
    if not _LOINC.match(code):
        return False
    body, check = code.split("-")
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10 == int(check)


def _catalogue_rows() -> list[tuple[str, list[str]]]:
    return [(name, row) for name in CATALOGUE for row in _rows(name)]


def _term_rows() -> list[tuple[str, frozenset[str], list[str]]]:
    """(file, concept ids, terms) of every row the catalogue adds a term with."""
    out = []
    for name, row in _catalogue_rows():
        out.append((name, frozenset({row[0]}), [*_split(row[6]), *_split(row[7])]))
    for name in COMPOUNDS:
        for row in _rows(name):
            out.append((name, frozenset(row[0].split("+")), [*_split(row[1]), *_split((row + [""])[2])]))
    for name in EXTRAS:
        for row in _rows(name):
            out.append((name, frozenset({row[0]}), [*_split(row[1]), *_split((row + [""])[2])]))
    return out


def test_catalogue_files_exist_and_load() -> None:
    assert CATALOGUE and COMPOUNDS and EXTRAS
    lex = load_lexicon()
    for _, row in _catalogue_rows():
        assert row[0] in lex.concepts


def test_every_concept_row_parses() -> None:
    for name, row in _catalogue_rows():
        where = f"{name}: {row[0]}"
        assert len(row) == 8, f"{where}: {len(row)} columns, want 8"
        cid, kind, label, spec, loinc, _member_of, en, zh = row
        assert _ID.match(cid), where
        assert kind in KINDS, where
        assert label.strip(), where
        assert spec in SPECS, where
        for term in (*_split(en), *_split(zh)):
            assert key(term.lstrip("~")), f"{where}: term {term!r} has no tokens"


def test_ids_are_unique_and_new() -> None:
    core = [row[0] for row in _rows("concepts.tsv")]
    ours = [row[0] for _, row in _catalogue_rows()]
    dupes = [i for i, n in Counter(ours).items() if n > 1]
    assert not dupes, f"ids defined twice in the catalogue: {dupes}"
    clash = sorted(set(ours) & set(core))
    assert not clash, f"catalogue ids that clash with concepts.tsv: {clash}"


def test_member_of_names_existing_panels() -> None:
    lex = load_lexicon()
    for name, row in _catalogue_rows():
        for member in _split(row[5]):
            panel, _, spec = member.partition("@")
            assert panel in lex.concepts, f"{name}: {row[0]} -> {member}"
            assert lex.concepts[panel].kind in _PARENT_KINDS.get(row[1], {"panel"}), f"{name}: {row[0]} -> {member}"
            assert not spec or spec in SPECS, f"{name}: {row[0]} -> {member}"


def test_compound_and_extension_ids_exist() -> None:
    lex = load_lexicon()
    for name, ids, terms in _term_rows():
        missing = sorted(i for i in ids if i not in lex.concepts)
        assert not missing, f"{name}: unknown ids {missing}"
        if name in EXTRAS or name in COMPOUNDS:
            assert terms, f"{name}: a row for {sorted(ids)} adds no term"


def test_loinc_codes_are_well_formed() -> None:
    codes = [c for _, row in _catalogue_rows() for c in _split(row[4])]
    bad = sorted(c for c in codes if not _loinc_ok(c))
    assert not bad, f"malformed LOINC codes (pattern or check digit): {bad}"
    assert _loinc_ok("2345-7") and _loinc_ok("718-7") and not _loinc_ok("2345-6")  # the check itself


def test_no_catalogue_code_is_held_out_or_already_used() -> None:
    """Harvested evaluation concepts stay out of every vocabulary build; a code names one concept."""
    holdout = {row[0] for row in _rows("harvest_holdout.txt")}
    core = {c for row in _rows("concepts.tsv") for c in _split((row + [""] * 8)[4])}
    ours = [c for _, row in _catalogue_rows() for c in _split(row[4])]
    assert not set(ours) & holdout
    assert not set(ours) & core
    assert len(ours) == len(set(ours))


def test_catalogue_codes_orphan_no_mimic_item() -> None:
    """A catalogue concept may take over a labunits analyte (its LOINC code), but never one the MIMIC-IV item
    table maps to (`loinc:<code>`): the loader would drop those item ids."""
    mapped = {row[1] for row in _rows("mimic_itemids.tsv")}
    ours = {f"loinc:{c}" for _, row in _catalogue_rows() for c in _split(row[4])}
    assert not ours & mapped


def test_no_term_under_two_concepts() -> None:
    """Every term the catalogue adds names exactly the concepts of its own row, across the whole lexicon
    (the loader unions concepts that share a term, so a second filing would silently widen it)."""
    lex = load_lexicon()
    seen: dict[str, frozenset[str]] = {}
    problems = []
    ambiguous = {key(t): ids for t, ids in DELIBERATELY_AMBIGUOUS.items()}
    for name, ids, terms in _term_rows():
        for term in terms:
            k = key(term.lstrip("~"))
            found = set(lex.terms[k].concepts)
            if k in ambiguous:
                if found != ambiguous[k] or not ids <= found:
                    problems.append(f"{name}: {term!r} -> {sorted(found)}, meant {sorted(ambiguous[k])}")
                continue
            if seen.get(k, ids) != ids:
                problems.append(f"{name}: {term!r} filed under {sorted(ids)} and {sorted(seen[k])}")
            seen[k] = ids
            # a panel's name may also name its own specimen (cerebrospinal fluid: csf and spec_csf)
            own_spec = {c for c in found - ids if lex.concepts[c].kind == "spec"
                        and any(lex.concepts[c].spec == lex.concepts[i].spec != "-" for i in ids)}
            if found - own_spec != ids:
                problems.append(f"{name}: {term!r} -> {sorted(found)}, row says {sorted(ids)}")
    assert not problems, "\n".join(problems[:40])


def test_weak_marks_are_consistent() -> None:
    """A term marked weak ("~", an abbreviation that is also a word) is not also given unmarked elsewhere."""
    lex = load_lexicon()
    for name, _, terms in _term_rows():
        for term in terms:
            if term.startswith("~"):
                assert lex.terms[key(term[1:])].weak, f"{name}: {term!r} is strong elsewhere"


def test_catalogue_size() -> None:
    concepts = len(_catalogue_rows())
    extensions = sum(1 for name in (*COMPOUNDS, *EXTRAS) for _ in _rows(name))
    by_file = {name: len(_rows(name)) for name in (*CATALOGUE, *COMPOUNDS, *EXTRAS)}
    print(f"\ncatalogue: {concepts} concepts, {extensions} compound / extension rows: {by_file}")
    # 551 rows as written; 28 whose concept the core lexicon already held became extension rows for it
    # (extra_terms_catalogue.tsv) or, having no name of their own left, were dropped
    assert concepts >= 500 and concepts + extensions >= 540


# ---- behaviour on a synthetic case (the test's own records, not a fixture) ---------------------------------

def _case(records: list[tuple[str, str, str]]) -> CaseRecord:
    exams = tuple(
        ExamRecord(name=name, group=group, category=cat, relevant=True, result="reported", source_key=f"{group}/{name}")
        for group, name, cat in records
    )
    return CaseRecord(
        case_id="test:catalogue", source="test", source_ref=SourceRef(source="test", file="-", id="catalogue"),
        licence="test", language="en", split="test", chief_complaint="-", present_illness="-",
        examinations=exams, diagnoses=(Diagnosis(name="(not used)", primary=True),),
    )


CASE = _case([
    ("Autoantibodies", "ANA", "laboratory"),
    ("Autoantibodies", "Anti-Ro/SSA", "laboratory"),
    ("Autoantibodies", "Anti-Scl-70", "laboratory"),
    ("Thyroid_Function_Tests", "TSH", "laboratory"),
    ("Thyroid_Antibodies", "TPO antibodies", "laboratory"),
    ("Bone_Scan", "Whole-body bone scintigraphy", "imaging"),
    ("Thyroid_Scan", "Thyroid uptake and scan", "imaging"),
    ("Abdominal_Examination", "Inspection", "physical_examination"),
    ("Abdominal_Examination", "Murphy's sign", "physical_examination"),
    ("Neurological_Examination", "Babinski sign", "physical_examination"),
    ("Neurological_Examination", "Cranial nerves", "physical_examination"),
    ("Scores", "CHA2DS2-VASc", "other"),
    ("Scores", "Braden scale", "other"),
])


_LOOKUP = ExamLookup(semantic=False)


def _names(request: str) -> set[str]:
    return {h.name for h in _LOOKUP.resolve(request, CASE)}


@pytest.mark.parametrize(("request_text", "expected"), [
    ("anti-SSA", {"Anti-Ro/SSA"}),
    ("抗SSA抗体", {"Anti-Ro/SSA"}),
    ("Scl-70", {"Anti-Scl-70"}),
    ("ENA panel", {"Anti-Ro/SSA", "Anti-Scl-70"}),  # a panel request returns its members, not ANA
    ("TPO antibodies", {"TPO antibodies"}),
    ("甲状腺过氧化物酶抗体", {"TPO antibodies"}),
    ("bone scan", {"Whole-body bone scintigraphy"}),  # never the thyroid scan
    ("骨扫描", {"Whole-body bone scintigraphy"}),
    ("radioactive iodine uptake", {"Thyroid uptake and scan"}),
    ("Murphy sign", {"Murphy's sign"}),  # the sign's record, not the whole abdominal section
    ("墨菲征", {"Murphy's sign"}),
    ("巴氏征", {"Babinski sign"}),
    ("Braden", {"Braden scale"}),
    ("压疮评分", {"Braden scale"}),
])
def test_catalogue_entries_resolve_to_their_record(request_text: str, expected: set[str]) -> None:
    assert _names(request_text) == expected


@pytest.mark.parametrize("request_text", ["anti-Jo-1", "MIBG scan", "Lachman test", "HIDA", "PESI", "抗Sm抗体", "Chvostek sign"])
def test_catalogue_entry_the_record_lacks_is_not_available(request_text: str) -> None:
    """A catalogued test this case does not hold answers nothing: never a related record."""
    assert _names(request_text) == set()
