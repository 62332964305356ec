"""Read a casefile (one case as YAML, keys in English or Chinese) into a validated `CaseRecord`.

The reader walks YAML's node tree rather than loaded data, so every error can name the line, and
so a text stays the text its author wrote: `no`, `2021-01-17` or `1.10` in a result is that text,
never a boolean, a date or 1.1 (YAML 1.1's guesses). Numbers are read as numbers only where a
number belongs (a result's value, an age in years). What the file leaves out is derived (`derive`).
Every case goes through `CaseRecord`'s validation, and pydantic's complaint is mapped back to the
line and key it came from.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from dxgym.emr_fixtures.casefile import derive
from dxgym.emr_fixtures.casefile.keys import Keys, load_keys
from dxgym.emr_fixtures.coding import assign_icd10
from dxgym.emr_fixtures.importers.common import ImportRecordError, source_hash
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.emr_fixtures.splits import assign_split

_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_NUMBER = ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
HIDDEN_HISTORY_KEYS = frozenset({"objective"})  # examiner-facing, never shown (as envs.render)
SUMMARY_FIELDS = ("chief_complaint", "present_illness", "past_history", "personal_history",
                  "marital_reproductive_history", "family_history")
VALUE_FIELDS = ("value", "unit", "reference_range", "flag", "analyte")


class _File:
    """Errors of one file, named by line and key."""

    def __init__(self, name: str):
        self.name = name

    def error(self, node: Node | None, field: str, problem: str) -> ImportRecordError:
        where = f"line {node.start_mark.line + 1}" if node is not None else "(file)"
        return ImportRecordError(self.name, where, field, problem)

    def mapping(self, node: Node, field: str) -> list[tuple[ScalarNode, Node]]:
        if not isinstance(node, MappingNode):
            raise self.error(node, field, "expected keys and values (a mapping)")
        seen: set[str] = set()
        pairs: list[tuple[ScalarNode, Node]] = []
        for key, value in node.value:
            if not isinstance(key, ScalarNode):
                raise self.error(key, field, "a key must be plain text")
            if key.value in seen:
                raise self.error(key, key.value, "appears twice")
            seen.add(key.value)
            pairs.append((key, value))
        return pairs

    def sequence(self, node: Node, field: str) -> list[Node]:
        if not isinstance(node, SequenceNode):
            raise self.error(node, field, "expected a list (lines starting with '- ')")
        return list(node.value)

    def scalar(self, node: Node, field: str) -> ScalarNode:
        if not isinstance(node, ScalarNode):
            raise self.error(node, field, "expected a single value, not a list or mapping")
        return node

    def text(self, node: Node, field: str, nullable: bool = False) -> str | None:
        """The text as written (plain `null`, `~` or nothing is None where None is allowed)."""
        s = self.scalar(node, field)
        if s.style is None and s.tag == _NULL:
            if nullable:
                return None
            return ""
        return s.value

    def boolean(self, node: Node, field: str) -> bool:
        s = self.scalar(node, field)
        if s.tag != _BOOL:
            raise self.error(node, field, f"expected true or false, not {s.value!r}")
        return s.value.lower() in ("true", "yes", "on", "y")

    def number_or_text(self, node: Node, field: str) -> tuple[float | str | None, str | None]:
        """(value, the text as written): a plain number is a number, anything else its text."""
        s = self.scalar(node, field)
        if s.style is None and s.tag == _NULL:
            return None, None
        if s.style is None and s.tag in _NUMBER:
            try:
                return float(s.value.replace("_", "")), s.value
            except ValueError:
                pass
        return s.value, s.value

    def texts(self, node: Node, field: str) -> list[str]:
        return [self.text(item, field) or "" for item in self.sequence(node, field)]


def _plain(node: Node) -> Any:
    """The document as data (texts as written): what the source hash is taken over."""
    if isinstance(node, MappingNode):
        return [[_plain(k), _plain(v)] for k, v in node.value]
    if isinstance(node, SequenceNode):
        return [_plain(v) for v in node.value]
    return node.value


class _Case:
    """Builds the `CaseRecord` fields of one file, remembering which node each came from."""

    def __init__(self, f: _File, stem: str):
        self.f, self.stem = f, stem
        self.keys: dict[str, Keys] = load_keys()
        self.origin: dict[tuple[Any, ...], tuple[Node, str]] = {}  # model location -> (node, key as written)

    def note(self, loc: tuple[Any, ...], node: Node, key: str) -> None:
        self.origin[loc] = (node, key)

    def build(self, root: Node) -> tuple[dict[str, Any], list[str], dict[str, tuple[Node, str]]]:
        f, keys = self.f, self.keys["case"]
        fields: dict[str, tuple[ScalarNode, Node]] = {}
        for key, value in f.mapping(root, "(case)"):
            field = keys.field(key.value)
            if field is None:
                raise f.error(key, key.value, f"unknown key (known: {', '.join(k for k in _known(keys))})")
            if field in fields:
                raise f.error(key, key.value, f"says the same as '{fields[field][0].value}'")
            fields[field] = (key, value)
        language = "en"
        if "language" in fields:
            language = f.text(fields["language"][1], "language") or ""
        elif any(k.value != keys.key(field, "en") for field, (k, _) in fields.items()):
            language = "zh"

        def text(field: str, nullable: bool = False) -> str | None:
            if field not in fields:
                return None
            key, node = fields[field]
            self.note(_CASE_LOC.get(field, (field,)), node, key.value)
            return f.text(node, key.value, nullable)

        def flag_of(field: str, default: bool = False) -> bool:
            if field not in fields:
                return default
            key, node = fields[field]
            self.note((field,), node, key.value)
            return f.boolean(node, key.value)

        case_id = text("case_id") or derive.case_id(self.stem)
        source = text("source") or derive.source(case_id)
        project_written = flag_of("project_written")
        data: dict[str, Any] = {
            "case_id": case_id, "source": source, "language": language,
            "licence": text("licence") or derive.LICENCE,
            "translation_of": text("translation_of", nullable=True),
            "patient_id": text("patient_id", nullable=True),
            "project_written": project_written, "follow_up": flag_of("follow_up"),
            "index_time": text("index_time", nullable=True),
        }
        data["source_ref"] = self._source_ref(fields, source)
        age = text("age", nullable=True)
        demographics: dict[str, Any] = {"sex": text("sex", nullable=True), "age": age,
                                        "occupation": text("occupation", nullable=True),
                                        "text": text("patient", nullable=True), "age_years": derive.age_years(age)}
        if "age_years" in fields:
            key, node = fields["age_years"]
            self.note(("demographics", "age_years"), node, key.value)
            value, _ = f.number_or_text(node, key.value)
            demographics["age_years"] = value
        data["demographics"] = demographics
        for field in SUMMARY_FIELDS:
            data[field] = text(field) or ""
        if "history" in fields:
            key, node = fields["history"]
            data["history"] = {k.value: f.text(v, k.value) or "" for k, v in f.mapping(node, key.value)}
            self.note(("history",), node, key.value)
        data["examinations"] = self._examinations(fields, language)
        data["diagnoses"] = self._diagnoses(fields, project_written)
        for record in data["examinations"]:  # not written: what the import matcher says (emr_fixtures.revealing)
            record.setdefault("reveals_diagnosis", derive.reveals_diagnosis(record, data["diagnoses"]))
        primary = next((d for d in data["diagnoses"] if d["primary"]), data["diagnoses"][0] if data["diagnoses"] else {})
        data["specialty"] = text("specialty") or derive.specialty(primary.get("icd10"))
        split_key = data["patient_id"] or data["translation_of"] or case_id
        data["split"] = text("split") or assign_split(split_key)
        avoid = f.texts(fields["avoid"][1], fields["avoid"][0].value) if "avoid" in fields else []
        return data, avoid, {k: v for k, v in ((f2, (n, k.value)) for f2, (k, n) in fields.items())}

    def _source_ref(self, fields: dict[str, tuple[ScalarNode, Node]], source: str) -> dict[str, Any]:
        if "source_ref" not in fields:
            return derive.source_ref(source, self.f.name, self.stem)
        key, node = fields["source_ref"]
        self.note(("source_ref",), node, key.value)
        ref: dict[str, Any] = {}
        for k, v in self.f.mapping(node, key.value):
            if k.value == "row":
                value, _ = self.f.number_or_text(v, "row")
                ref["row"] = int(value) if isinstance(value, float) and value.is_integer() else value
            else:
                ref[k.value] = self.f.text(v, k.value, nullable=True)
        return ref

    def _examinations(self, fields: dict[str, tuple[ScalarNode, Node]], language: str) -> list[dict[str, Any]]:
        f, gkeys = self.f, self.keys["group"]
        records: list[dict[str, Any]] = []
        taken: set[str] = set()
        for section, fixed in derive.SECTION_CATEGORY.items():
            if section not in fields:
                continue
            skey, snode = fields[section]
            section_name = self.keys["case"].key(section, language)
            for gname, gnode in f.mapping(snode, skey.value):
                group = gname.value
                category = fixed or derive.DEFAULT_AUX_CATEGORY
                relevant = True
                items_node: Node = gnode
                if isinstance(gnode, MappingNode):
                    parts: dict[str, tuple[ScalarNode, Node]] = {}
                    for k, v in f.mapping(gnode, group):
                        field = gkeys.field(k.value)
                        if field is None:
                            raise f.error(k, k.value, f"unknown key in group {group!r} (known: "
                                          f"{', '.join(_known(gkeys))})")
                        parts[field] = (k, v)
                    if "results" not in parts:
                        raise f.error(gnode, group, f"a group written as a mapping needs '{gkeys.key('results', language)}'")
                    if "category" in parts:
                        category = self._category(*parts["category"])
                    if "relevant" in parts:
                        relevant = f.boolean(parts["relevant"][1], parts["relevant"][0].value)
                    items_node = parts["results"][1]
                for item in f.sequence(items_node, group):
                    records.append(self._result(item, section_name, group, category, relevant, language, taken,
                                                len(records)))
        return records

    def _category(self, key: ScalarNode, node: Node) -> str:
        text = self.f.text(node, key.value) or ""
        found = self.keys["categories"].field(text)
        if found is None:
            names = sorted({n for names in self.keys["categories"].by_field.values() for n in names.values()})
            raise self.f.error(node, key.value, f"unknown category {text!r} (one of: {', '.join(names)})")
        return found

    def _result(self, item: Node, section: str, group: str, category: str, relevant: bool, language: str,
                taken: set[str], index: int) -> dict[str, Any]:
        f, rkeys = self.f, self.keys["result"]
        pairs = f.mapping(item, group)
        if len(pairs) != 1:
            raise f.error(item, group, "each result is one 'name: result' line (or 'name: {fields}')")
        name_node, body = pairs[0]
        name = name_node.value
        self.note(("examinations", index), name_node, name)
        record: dict[str, Any] = {"name": name, "group": group, "category": category, "relevant": relevant,
                                  "code": None, "code_system": None, "time": None, "value": None}
        if isinstance(body, ScalarNode):
            result = f.text(body, name, nullable=True)
            if result is None:
                raise f.error(body, name, "no result: write the finding or a value")
            record["result"] = result
            record["source_key"] = derive.source_key(section, group, name, taken)
            taken.add(record["source_key"])
            return record
        given: dict[str, tuple[ScalarNode, Node]] = {}
        for k, v in f.mapping(body, name):
            field = rkeys.field(k.value)
            if field is None:
                raise f.error(k, k.value, f"unknown key in result {name!r} (known: {', '.join(_known(rkeys))})")
            given[field] = (k, v)
            loc = ("value", field) if field in VALUE_FIELDS else (field,)
            self.note(("examinations", index, *loc), v, k.value)
        raw: str | None = None
        if any(field in given for field in VALUE_FIELDS):
            value: dict[str, Any] = {"analyte": derive.analyte(name), "value": None, "unit": None,
                                     "reference_range": None, "flag": None}
            if "value" in given:
                value["value"], raw = f.number_or_text(given["value"][1], given["value"][0].value)
            for field in ("unit", "reference_range", "analyte"):
                if field in given:
                    value[field] = f.text(given[field][1], given[field][0].value, nullable=True)
            value["flag"] = (f.text(given["flag"][1], given["flag"][0].value, nullable=True) if "flag" in given
                             else derive.flag(value["value"], value["reference_range"]))
            record["value"] = value
        for field in ("code", "code_system", "time"):
            if field in given:
                record[field] = f.text(given[field][1], given[field][0].value, nullable=True)
        if "category" in given:
            record["category"] = self._category(*given["category"])
        if "reveals_diagnosis" in given:
            record["reveals_diagnosis"] = f.boolean(given["reveals_diagnosis"][1], given["reveals_diagnosis"][0].value)
        if "result" in given:
            record["result"] = f.text(given["result"][1], given["result"][0].value) or ""
        elif raw is not None:
            value = record["value"]
            record["result"] = derive.result(raw, value["unit"], value["flag"], language)
        else:
            raise f.error(body, name, f"no result: write '{rkeys.key('result', language)}' or "
                                      f"'{rkeys.key('value', language)}'")
        if "source_key" in given:
            record["source_key"] = f.text(given["source_key"][1], "source_key") or ""
        else:
            record["source_key"] = derive.source_key(section, group, name, taken)
        taken.add(record["source_key"])
        return record

    def _diagnoses(self, fields: dict[str, tuple[ScalarNode, Node]], project_written: bool) -> list[dict[str, Any]]:
        f, dkeys = self.f, self.keys["diagnosis"]
        if "diagnoses" not in fields:
            raise f.error(None, self.keys["case"].key("diagnoses", "en"), "missing: a case needs its diagnosis")
        key, node = fields["diagnoses"]
        out: list[dict[str, Any]] = []
        explicit_primary = False
        for i, item in enumerate(f.sequence(node, key.value)):
            self.note(("diagnoses", i), item, key.value)
            given: dict[str, tuple[ScalarNode, Node]] = {}
            if isinstance(item, ScalarNode):
                name = f.text(item, key.value) or ""
            else:
                for k, v in f.mapping(item, key.value):
                    field = dkeys.field(k.value)
                    if field is None:
                        raise f.error(k, k.value, f"unknown key in a diagnosis (known: {', '.join(_known(dkeys))})")
                    given[field] = (k, v)
                    self.note(("diagnoses", i, field), v, k.value)
                if "name" not in given:
                    raise f.error(item, key.value, f"a diagnosis needs '{dkeys.key('name', 'zh' if key.value == '诊断' else 'en')}'")
                name = f.text(given["name"][1], given["name"][0].value) or ""
            dx: dict[str, Any] = {"name": name, "primary": False, "source_code": None, "source_system": None}
            if "icd10" in given:
                dx["icd10"] = f.text(given["icd10"][1], given["icd10"][0].value, nullable=True)
                dx["icd_method"] = derive.icd_method(dx["icd10"], project_written)
            else:
                assigned = assign_icd10(name)  # DESIGN: no code given -> by name, the method recorded
                dx["icd10"], dx["icd_method"] = assigned.icd10, assigned.method
            for field in ("icd_method", "source_code", "source_system"):
                if field in given:
                    dx[field] = f.text(given[field][1], given[field][0].value, nullable=field != "icd_method")
            if "primary" in given:
                dx["primary"] = f.boolean(given["primary"][1], given["primary"][0].value)
                explicit_primary = explicit_primary or dx["primary"]
            out.append(dx)
        if out and not explicit_primary:
            out[0]["primary"] = True
        return out

    def locate(self, loc: tuple[Any, ...]) -> tuple[Node | None, str]:
        """The node and key a model location came from (its longest known prefix, the rest named after it)."""
        for n in range(len(loc), 0, -1):
            if loc[:n] in self.origin:
                node, key = self.origin[loc[:n]]
                rest = [str(p) for p in loc[n:]]
                return node, key + (f" ({'.'.join(rest)})" if rest else "")
        return None, ".".join(map(str, loc)) or "(case)"


_CASE_LOC = {"sex": ("demographics", "sex"), "age": ("demographics", "age"), "patient": ("demographics", "text"),
             "occupation": ("demographics", "occupation")}


def _known(keys: Keys) -> list[str]:
    return sorted({name for names in keys.by_field.values() for name in names.values()})


def _leaks(data: dict[str, Any], avoid: list[str]) -> tuple[str, str] | None:
    """(field, term) where the summary names the primary diagnosis or a term the file asks to avoid."""
    primary = next((d["name"] for d in data["diagnoses"] if d["primary"]), None)
    terms = [t for t in (primary, *avoid) if t]
    texts = [(field, data[field]) for field in SUMMARY_FIELDS]
    texts += [("history", v) for k, v in data.get("history", {}).items() if k.lower() not in HIDDEN_HISTORY_KEYS]
    texts.append(("patient", data["demographics"].get("text") or ""))
    for field, text in texts:
        for term in terms:
            if term.lower() in (text or "").lower():
                return field, term
    return None


def parse(text: str, file: str, stem: str) -> CaseRecord:
    """One casefile's text -> a validated case; `ImportRecordError` names the file, line and key."""
    f = _File(file)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "(file)"
        problem = " ".join(str(getattr(exc, "problem", None) or exc).split())
        raise ImportRecordError(file, where, "(yaml)", problem) from None
    if root is None:
        raise ImportRecordError(file, "line 1", "(case)", "empty file")
    builder = _Case(f, stem)
    data, avoid, written = builder.build(root)
    data["source_hash"] = source_hash(_plain(root))
    if not data["follow_up"] and (leak := _leaks(data, avoid)) is not None:
        field, term = leak
        node, key = written.get(field, (None, field))
        raise f.error(node, key, f"names the diagnosis ({term!r}): the history must not state it "
                                 "(mark a follow-up visit `follow_up: true`)")
    try:
        return CaseRecord.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        node, key = builder.locate(tuple(first["loc"]))
        problem = first["msg"].removeprefix("Value error, ")
        if first["type"] == "string_pattern_mismatch" and first["loc"][-1] == "time":
            problem = f"not an ISO 8601 date or time: {first['input']!r} (write it as 2024-05-12 21:30)"
        raise f.error(node, key, problem) from None


def read_file(path: Path) -> CaseRecord:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ImportRecordError(path.name, "(file)", "(file)", f"not UTF-8 text ({exc.reason})") from None
    return parse(text, path.name, path.stem)


def casefiles(path: Path) -> list[Path]:
    """The casefiles of a folder (`*.yaml`, `*.yml`, in name order), or the one file given."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise ImportRecordError(str(path), "(path)", "PATH", "no such file or folder")
    return sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def read(path: Path, progress: Any = None) -> Iterator[CaseRecord]:
    """`--format casefile`: every casefile of a folder (or one file), in name order."""
    from dxgym.emr_fixtures.progress import QUIET

    bar = progress or QUIET
    files = casefiles(Path(path))
    bar.phase(f"reading casefiles in {Path(path).name}", total=len(files))
    for file in files:
        yield read_file(file)
        bar.advance()
