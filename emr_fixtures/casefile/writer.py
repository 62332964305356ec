"""Write a `CaseRecord` as a casefile: the case's own language's keys, no comments, and nothing the
reader would derive anyway (`derive`), so export -> import -> export is byte-identical.

Layout: bookkeeping first, then the appendix-A sections in order; physical-examination groups, then
auxiliary ones, each group's results together in record order (a record order with a group split
apart, or physical examination after auxiliary tests, is written in this order instead); a result
is `name: text` when that says everything, else `name: {fields}`.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from dxgym.emr_fixtures.casefile import derive
from dxgym.emr_fixtures.casefile.keys import load_keys
from dxgym.emr_fixtures.models import CaseRecord, ExamRecord
from dxgym.emr_fixtures.splits import assign_split

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_NUMBER_TEXT = re.compile(r"^[-+]?(\d+(\.\d*)?|\.\d+)$")


class RawNumber(str):
    """A number written exactly as the record states it ("2.10", "1250")."""


class Flow(dict):  # type: ignore[type-arg]
    """A mapping written on one line."""


class Block(dict):  # type: ignore[type-arg]
    """A mapping written one key a line."""


class _Dumper(yaml.SafeDumper):
    """YAML 1.1's timestamp guess is off: a time is text in a casefile (and the reader reads it so)."""

    yaml_implicit_resolvers = {k: [r for r in v if r[0] != _TIMESTAMP]
                               for k, v in yaml.SafeDumper.yaml_implicit_resolvers.items()}

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|" if "\n" in text else None)


def _raw(dumper: yaml.SafeDumper, number: RawNumber) -> yaml.ScalarNode:
    tag = dumper.resolve(yaml.ScalarNode, str(number), (True, False))
    return dumper.represent_scalar(tag, str(number))


_Dumper.add_representer(str, _str)
_Dumper.add_representer(RawNumber, _raw)
_Dumper.add_representer(Flow, lambda d, m: d.represent_mapping("tag:yaml.org,2002:map", m.items(), flow_style=True))
_Dumper.add_representer(Block, lambda d, m: d.represent_mapping("tag:yaml.org,2002:map", m.items(), flow_style=False))


def _number_as_written(value: float, result: str) -> RawNumber | float:
    """The value's own text where the result begins with it ("2.10 mmol/L" -> 2.10), else the float."""
    token = result.split(" ", 1)[0]
    if _NUMBER_TEXT.match(token):
        try:
            if float(token) == value:
                return RawNumber(token)
        except ValueError:
            pass
    return value


def _emitted(value: RawNumber | float | str) -> str:
    """The text the reader will see for a value: what the dumper writes for it."""
    if isinstance(value, str):
        return str(value)
    return yaml.dump(value, Dumper=_Dumper).removesuffix("\n...\n").strip()


class _Writer:
    def __init__(self, case: CaseRecord, file: str, stem: str):
        self.case, self.file, self.stem = case, file, stem
        self.lang = case.language
        self.k = load_keys()
        self.taken: set[str] = set()  # source keys so far, as the reader will have them

    def key(self, level: str, field: str) -> str:
        return self.k[level].key(field, self.lang)

    def document(self) -> dict[str, Any]:
        c, d = self.case, self.case.demographics
        out: dict[str, Any] = Block()
        put = self._put(out, "case")
        put("case_id", c.case_id, derive.case_id(self.stem))
        out[self.key("case", "language")] = c.language
        put("source", c.source, derive.source(c.case_id))
        ref = c.source_ref.model_dump()
        put("source_ref", Flow(ref), derive.source_ref(c.source, self.file, self.stem))
        put("licence", c.licence, derive.LICENCE)
        put("translation_of", c.translation_of, None)
        put("split", c.split, assign_split(c.split_key))
        put("specialty", c.specialty, derive.specialty(c.primary_diagnosis.icd10))
        put("patient_id", c.patient_id, None)
        put("project_written", c.project_written, False)
        put("follow_up", c.follow_up, False)
        put("sex", d.sex, None)
        put("age", d.age, None)
        put("age_years", d.age_years, derive.age_years(d.age))
        put("occupation", d.occupation, None)
        put("patient", d.text, None)
        put("index_time", c.index_time, None)
        for field in ("chief_complaint", "present_illness", "past_history", "personal_history",
                      "marital_reproductive_history", "family_history"):
            put(field, getattr(c, field), "")
        put("history", Block(c.history), {})
        for section, fixed in derive.SECTION_CATEGORY.items():
            groups = self._section(section, fixed)
            if groups:
                out[self.key("case", section)] = groups
        out[self.key("case", "diagnoses")] = self._diagnoses()
        return out

    def _put(self, out: dict[str, Any], level: str):  # type: ignore[no-untyped-def]
        def put(field: str, value: Any, default: Any) -> None:
            if value != default:
                out[self.key(level, field)] = value
        return put

    def _section(self, section: str, fixed: str | None) -> dict[str, Any]:
        in_section = [e for e in self.case.examinations if (e.category == "physical_examination") == (fixed is not None)]
        groups: dict[str, list[ExamRecord]] = {}
        for exam in in_section:
            groups.setdefault(exam.group, []).append(exam)
        return Block({name: self._group(section, name, records, fixed) for name, records in groups.items()})

    def _group(self, section: str, name: str, records: list[ExamRecord], fixed: str | None) -> Any:
        category = fixed or records[0].category
        relevant = records[0].relevant
        section_name = self.key("case", section)
        items = [self._result(section_name, name, r, category) for r in records]
        if category == (fixed or derive.DEFAULT_AUX_CATEGORY) and relevant:
            return items
        out: dict[str, Any] = Block()
        if category != (fixed or derive.DEFAULT_AUX_CATEGORY):
            out[self.key("group", "category")] = self.k["categories"].key(category, self.lang)
        if not relevant:
            out[self.key("group", "relevant")] = False
        out[self.key("group", "results")] = items
        return out

    def _result(self, section: str, group: str, r: ExamRecord, category: str) -> dict[str, Any]:
        taken = self.taken
        fields: dict[str, Any] = Flow()
        put = self._put(fields, "result")
        v = r.value
        written_value: RawNumber | float | str | None = None
        if v is not None:
            if v.value is not None:
                written_value = _number_as_written(v.value, r.result) if isinstance(v.value, float) else v.value
                fields[self.key("result", "value")] = written_value
            put("unit", v.unit, None)
            put("reference_range", v.reference_range, None)
            put("flag", v.flag, derive.flag(v.value, v.reference_range))
            put("analyte", v.analyte, derive.analyte(r.name))
            if not fields:
                fields[self.key("result", "value")] = None  # a structured value with nothing in it
        if written_value is None or r.result != derive.result(_emitted(written_value), v.unit if v else None,
                                                               v.flag if v else None, self.lang):
            fields[self.key("result", "result")] = r.result
        put("time", r.time, None)
        put("code", r.code, None)
        put("code_system", r.code_system, None)
        put("category", self.k["categories"].key(r.category, self.lang), self.k["categories"].key(category, self.lang))
        put("source_key", r.source_key, derive.source_key(section, group, r.name, taken))
        put("reveals_diagnosis", r.reveals_diagnosis, derive.reveals_diagnosis(r, self.case.diagnoses))
        taken.add(r.source_key)
        if list(fields) == [self.key("result", "result")]:
            return {r.name: r.result}
        return {r.name: fields}

    def _diagnoses(self) -> list[Any]:
        out: list[Any] = []
        primary_first = self.case.diagnoses[0].primary
        for dx in self.case.diagnoses:
            item: dict[str, Any] = Flow()
            put = self._put(item, "diagnosis")
            item[self.key("diagnosis", "name")] = dx.name
            item[self.key("diagnosis", "icd10")] = dx.icd10
            put("icd_method", dx.icd_method, derive.icd_method(dx.icd10, self.case.project_written))
            put("source_code", dx.source_code, None)
            put("source_system", dx.source_system, None)
            if dx.primary and not primary_first:
                item[self.key("diagnosis", "primary")] = True
            out.append(item)
        return out


def dump(case: CaseRecord, file: str) -> str:
    """The casefile text of `case`, to be written as `file` (its name decides what may be left out)."""
    stem = file.rsplit(".", 1)[0]
    return yaml.dump(_Writer(case, file, stem).document(), Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     width=100, default_flow_style=False)


_UNSAFE = re.compile(r"[^\w.-]+")


def file_name(case_id: str, taken: set[str]) -> str:
    """A file name for a case: its id with ':' and other unsafe characters as '_' (numbered if taken)."""
    base = _UNSAFE.sub("_", case_id).strip("_") or "case"
    name, n = f"{base}.yaml", 1
    while name in taken:
        n += 1
        name = f"{base}-{n}.yaml"
    taken.add(name)
    return name
