"""Near-miss requests by construction: for every record of every shipped fixture case, requests that change ONE
axis (side, site, modality, contrast, specimen, an analyte of a panel the case holds, a timing, a manoeuvre) to a
value the case holds nowhere, in English and in Chinese — labelled "not available" by construction — and each one's
positive twin (the value the case does hold, labelled with the record it came from).

Independent of the lookup: it reads only the records and `axes.tsv` (axis values in both languages, the words that
show a value in a record's path, name or text, and each value's source); it imports nothing from `dxgym.agents`.
A generated request is dropped wherever any record of the case — its path, name or result text — mentions the asked
value with the rest of the request (a bilateral record answers both sides; "CT chest/abdomen" answers both sites; a
panel whose text mentions GGT holds GGT; an examination's text that reports tenderness holds palpation).

    python -m dxgym.evaluation.near_misses.generate [--check] [OUT.jsonl]

writes tests/agents/data/lookup/generated_near/near.jsonl (or OUT); --check compares instead of writing.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

AXES = Path(__file__).with_name("axes.tsv")
OUT = Path(__file__).resolve().parents[2] / "tests/agents/data/lookup/generated_near/near.jsonl"


@dataclass(frozen=True)
class Value:
    axis: str
    value: str
    en: str
    zh: str
    terms: tuple[re.Pattern, ...]
    extra: dict = field(hash=False, compare=False)


def _pattern(term: str) -> re.Pattern:
    if term.isascii():
        flags = 0 if any(ch.isupper() for ch in term) else re.IGNORECASE
        return re.compile(r"(?<![A-Za-z0-9])" + re.escape(term) + (r"(?![A-Za-z0-9])" if len(term) < 5 else ""), flags)
    return re.compile(re.escape(term), re.IGNORECASE)


def load_axes(path: Path = AXES) -> dict[str, list[Value]]:
    axes: dict[str, list[Value]] = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            extra = dict(kv.split("=", 1) for kv in row["extra"].split(";") if kv)
            terms = tuple(_pattern(t) for t in row["match"].split("|") if t)
            axes.setdefault(row["axis"], []).append(Value(row["axis"], row["value"], row["en"], row["zh"], terms, extra))
    return axes


def _norm(text: str) -> str:
    return re.sub(r"[_/~]+", " ", text)


def said(v: Value, text: str) -> bool:
    return any(p.search(text) for p in v.terms)


@dataclass
class Rec:
    key: str
    label: str  # path and name
    name: str  # the record's own name (last part of its path)
    full: str  # path, name, group and result text
    category: str


def records(case) -> list[Rec]:
    out = []
    for e in case.examinations:
        label = _norm(f"{e.source_key} {e.name}")
        full = _norm(f"{e.source_key} {e.group} {e.name} {e.result or ''} {e.value or ''}")
        out.append(Rec(e.source_key, label, _norm(e.name), full, e.category))
    return out


def _without(text: str, words: str) -> str:
    """The text less the words (comma separated) that contain a value's term but name something else."""
    for w in filter(None, words.split(",")):
        text = re.sub(re.escape(w), " ", text, flags=re.IGNORECASE)
    return text


def comention(recs: Iterable[Rec], *vals: Value) -> bool:
    return any(all(said(v, r.full) for v in vals) for r in recs)


def _first(vals: list[Value], text: str, skip_detect_only: bool = False) -> list[Value]:
    return [v for v in vals if said(v, text) and not (skip_detect_only and v.extra.get("detect_only"))]


class Generator:
    def __init__(self, axes: dict[str, list[Value]]) -> None:
        self.ax = axes
        self.by = {(v.axis, v.value): v for vs in axes.values() for v in vs}

    # wording -------------------------------------------------------------------------------------------
    @staticmethod
    def imaging_words(side: Value | None, site: Value, mod: Value, con: Value | None) -> tuple[str, str]:
        en = " ".join(x for x in (con.en if con else "", side.en if side else "", site.en, mod.en) if x)
        zh = (side.zh if side else "") + site.zh + (con.zh if con and con.value == "contrast" else "") + mod.zh
        zh += con.zh if con and con.value == "plain" else ""
        return en, zh

    @staticmethod
    def imaging_phrase(side: Value | None, site: Value, mod: Value, con: Value | None) -> tuple[str, str]:
        """A clinician's sentence: "MRI of the left knee with contrast", 做个左膝关节彩超."""
        noun = site.extra.get("noun", site.en)
        en = f"{mod.en} of the {side.en + ' ' if side else ''}{noun}"
        en += {"contrast": " with contrast", "plain": " without contrast"}.get(con.value if con else "", "")
        zh_mod = mod.extra.get("zh2", mod.zh)
        zh = "做个" + (side.zh if side else "") + site.zh + (con.zh if con and con.value == "contrast" else "") + zh_mod
        zh += con.zh if con and con.value == "plain" else ""
        return en, zh

    @staticmethod
    def specimen_phrase(spec: Value, an: Value) -> tuple[str, str]:
        en_spec = spec.extra.get("noun", spec.en)
        link = "of the" if an.value in ("culture", "gram") else "in the"
        return f"{an.en} {link} {en_spec}", "查一下" + Generator.specimen_words(spec, an)[1]

    @staticmethod
    def analyte_phrase(an: Value) -> tuple[str, str]:
        zh = an.en if an.en.isascii() and an.en.replace("-", "").isupper() else an.zh
        return f"can we check the {an.en}", f"查一下{zh}"

    @staticmethod
    def specimen_words(spec: Value, an: Value) -> tuple[str, str]:
        en_spec = "blood" if spec.value == "blood" and an.value in ("culture", "gram", "wbc") else spec.en
        zh = {("blood", "glucose"): "血糖", ("urine", "glucose"): "尿糖", ("blood", "protein"): "血清总蛋白"}.get(
            (spec.value, an.value), spec.zh + an.zh)
        return f"{en_spec} {an.en}", zh

    # one case --------------------------------------------------------------------------------------------
    def case_rows(self, case) -> list[dict]:
        recs = records(case)
        rows: list[dict] = []

        def emit(kind, axis, asked, held, rec, en, zh, keys=(), alt=None):
            forms = [("name", en, zh)] + ([("phrase", *alt)] if alt else [])
            for form, en_text, zh_text in forms:
                for lang, text in (("en", en_text), ("zh", zh_text)):
                    rows.append({"case_id": case.case_id, "request": text, "expected_keys": list(keys)
                                 if kind == "twin" else [], "lang": lang, "kind": kind, "axis": axis, "form": form,
                                 "asked": asked, "held": held, "from": rec.key})

        for rec in recs:
            self._imaging(recs, rec, emit)
            self._exam_side(recs, rec, emit)
            self._specimen(recs, rec, emit)
            self._analytes(recs, rec, emit)
            self._phase(recs, rec, emit)
            self._manoeuvre(recs, rec, emit)
        return rows

    def _imaging(self, recs, rec, emit) -> None:
        mods = _first(self.ax["modality"], rec.label)
        sites = [s for s in _first(self.ax["site"], rec.label) if s.extra.get("mod")]
        if len(mods) != 1 or len(sites) != 1:
            return
        mod, site = mods[0], sites[0]
        if mod.value not in site.extra["mod"].split(","):
            return
        sides = _first(self.ax["side"], rec.label)
        side = sides[0] if len(sides) == 1 and sides[0].value != "bilateral" and site.extra.get("side") else None
        cons = _first(self.ax["contrast"], rec.label)
        con = cons[0] if len(cons) == 1 else None
        twin = self.imaging_words(side, site, mod, con)
        twin2 = self.imaging_phrase(side, site, mod, con)
        # modality
        for m2 in self.ax["modality"]:
            if m2 is mod or m2.value not in site.extra["mod"].split(",") or comention(recs, m2, site):
                continue
            emit("near_miss", "modality", m2.value, mod.value, rec, *self.imaging_words(side, site, m2, None),
                 alt=self.imaging_phrase(side, site, m2, None))
            emit("twin", "modality", mod.value, mod.value, rec, *twin, keys=[rec.key], alt=twin2)
        # site (same group: trunk, limb)
        for s2 in self.ax["site"]:
            if (s2 is site or s2.extra.get("group") != site.extra.get("group")
                    or mod.value not in s2.extra.get("mod", "").split(",") or comention(recs, mod, s2)):
                continue
            s2_side = side if s2.extra.get("side") else None
            emit("near_miss", "site", s2.value, site.value, rec, *self.imaging_words(s2_side, s2, mod, None),
                 alt=self.imaging_phrase(s2_side, s2, mod, None))
            emit("twin", "site", site.value, site.value, rec, *twin, keys=[rec.key], alt=twin2)
        # side
        if side is not None:
            other = self.by[("side", "right" if side.value == "left" else "left")]
            both = self.by[("side", "bilateral")]
            sideless = any(said(site, r.label) and said(mod, r.label) and not _first(self.ax["side"], r.label)
                           for r in recs)
            if not (comention(recs, other, site) or comention(recs, both, site) or sideless):
                emit("near_miss", "side", other.value, side.value, rec, *self.imaging_words(other, site, mod, con),
                     alt=self.imaging_phrase(other, site, mod, con))
                emit("twin", "side", side.value, side.value, rec, *twin, keys=[rec.key], alt=twin2)
        # contrast (where the record says which)
        if con is not None:
            c2 = self.by[("contrast", "plain" if con.value == "contrast" else "contrast")]
            if not comention(recs, c2, site):
                emit("near_miss", "contrast", c2.value, con.value, rec, *self.imaging_words(side, site, mod, c2),
                     alt=self.imaging_phrase(side, site, mod, c2))
                emit("twin", "contrast", con.value, con.value, rec, *twin, keys=[rec.key], alt=twin2)

    def _exam_side(self, recs, rec, emit) -> None:
        if rec.category != "physical_examination" or _first(self.ax["modality"], rec.label):
            return
        sides = [s for s in _first(self.ax["side"], rec.label)]
        sites = [s for s in _first(self.ax["site"], rec.label) if s.extra.get("side")]
        if len(sides) != 1 or sides[0].value == "bilateral" or len(sites) != 1:
            return
        side, site = sides[0], sites[0]
        other = self.by[("side", "right" if side.value == "left" else "left")]
        both = self.by[("side", "bilateral")]
        sideless = any(said(site, r.label) and not _first(self.ax["side"], r.label) for r in recs)
        if comention(recs, other, site) or comention(recs, both, site) or sideless:
            return
        emit("near_miss", "side", other.value, side.value, rec, f"{other.en} {site.en} examination",
             f"{other.zh}{site.zh}查体", alt=(f"examine the {other.en} {site.en}", f"查一下{other.zh}{site.zh}"))
        emit("twin", "side", side.value, side.value, rec, f"{side.en} {site.en} examination",
             f"{side.zh}{site.zh}查体", keys=[rec.key],
             alt=(f"examine the {side.en} {site.en}", f"查一下{side.zh}{site.zh}"))

    def _specimen(self, recs, rec, emit) -> None:
        if rec.category not in ("laboratory", "pathology", "other"):
            return
        ans = [a for a in self.ax["spec_analyte"] if said(a, _without(rec.name, a.extra.get("not", "")))]
        if len(ans) != 1:
            return
        an = ans[0]
        specs = [s for s in _first(self.ax["specimen"], rec.label) if s.value != "blood"]
        if len(specs) > 1:
            return
        spec = specs[0] if specs else (self.by[("specimen", "blood")] if rec.category == "laboratory" else None)
        if spec is None:
            return
        blood = self.by[("specimen", "blood")]
        nonblood = [s for s in self.ax["specimen"] if s is not blood]
        for s2 in self.ax["specimen"]:
            if s2 is spec or s2.value not in an.extra["spec"].split(","):
                continue
            if s2 is blood:
                # blood is named nearly everywhere: held where any record of the analyte names no other specimen
                if comention(recs, blood, an) or any(said(an, r.name) and not any(said(s, r.label) for s in nonblood)
                                                     for r in recs):
                    continue
            elif any(said(s2, r.full) for r in recs):
                continue  # the case holds something of that specimen: not a clean near miss
            emit("near_miss", "specimen", s2.value, spec.value, rec, *self.specimen_words(s2, an),
                 alt=self.specimen_phrase(s2, an))
            emit("twin", "specimen", spec.value, spec.value, rec, *self.specimen_words(spec, an), keys=[rec.key],
                 alt=self.specimen_phrase(spec, an))

    def _analytes(self, recs, rec, emit) -> None:
        if rec.category not in ("laboratory", "other", "pathology"):
            return
        held = [a for a in self.ax["analyte"] if said(a, _without(rec.name, a.extra.get("not", "")))]
        if len(held) != 1:
            return
        x = held[0]
        urine = self.by[("specimen", "urine")]
        if x.extra.get("specimen") == "urine" and not said(urine, rec.label):
            return  # a urinalysis field is read only on a urine record (a blood count's "Blood" is no urine blood)
        if x.extra.get("specimen") == "blood" and any(said(s, rec.label) for s in self.ax["specimen"]
                                                      if s.value != "blood"):
            return  # a blood gas field is never a urinalysis's pH
        for y in self.ax["analyte"]:
            if y is x or y.extra["family"] != x.extra["family"] or any(said(y, r.full) for r in recs):
                continue
            emit("near_miss", "analyte", y.value, x.value, rec, y.en, y.zh, alt=self.analyte_phrase(y))
            emit("twin", "analyte", x.value, x.value, rec, x.en, x.zh, keys=[rec.key], alt=self.analyte_phrase(x))

    def _phase(self, recs, rec, emit) -> None:
        glucose = self.by[("spec_analyte", "glucose")]
        if not said(glucose, rec.name):
            return
        phases = _first(self.ax["phase"], rec.name)
        if len(phases) != 1:
            return
        p = phases[0]
        for p2 in self.ax["phase"]:
            if p2 is p or p2.extra.get("detect_only") or any(said(p2, r.full) for r in recs):
                continue
            emit("near_miss", "phase", p2.value, p.value, rec, p2.en, p2.zh, alt=(p2.extra["en2"], p2.extra["zh2"]))
            if not p.extra.get("detect_only"):
                emit("twin", "phase", p.value, p.value, rec, p.en, p.zh, keys=[rec.key],
                     alt=(p.extra["en2"], p.extra["zh2"]))

    def _manoeuvre(self, recs, rec, emit) -> None:
        if rec.category != "physical_examination":
            return
        sites = _first(self.ax["mansite"], rec.label)
        mans = _first(self.ax["manoeuvre"], rec.name)
        if len(sites) != 1 or len(mans) != 1:
            return
        site, m = sites[0], mans[0]
        for m2 in self.ax["manoeuvre"]:
            if m2 is m or comention(recs, m2, site):
                continue
            emit("near_miss", "manoeuvre", m2.value, m.value, rec, f"{m2.en} of the {site.en}", site.zh + m2.zh,
                 alt=(f"{m2.extra['verb']} the {site.en}", f"{site.zh}{m2.zh}情况"))
            emit("twin", "manoeuvre", m.value, m.value, rec, f"{m.en} of the {site.en}", site.zh + m.zh,
                 keys=[rec.key], alt=(f"{m.extra['verb']} the {site.en}", f"{site.zh}{m.zh}情况"))


def generate(cases) -> list[dict]:
    gen = Generator(load_axes())
    out: list[dict] = []
    for case in cases:
        seen: dict[tuple, dict] = {}
        for row in gen.case_rows(case):
            k = (row["request"], row["kind"])
            if k in seen:
                for key in row["expected_keys"]:
                    if key not in seen[k]["expected_keys"]:
                        seen[k]["expected_keys"].append(key)
                continue
            seen[k] = row
        held = {r["request"] for r in seen.values() if r["kind"] == "twin"}
        # a request both asked and held (two records disagree) is no near miss
        out.extend(r for r in seen.values() if r["kind"] == "twin" or r["request"] not in held)
    return out


def fixture_cases():
    from dxgym.emr_fixtures.fixtures import load_fixture_cases

    return sorted(load_fixture_cases(), key=lambda c: c.case_id)


def dumps(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    path = Path(args[0]) if args else OUT
    text = dumps(generate(fixture_cases()))
    if check:
        same = path.exists() and path.read_text(encoding="utf-8") == text
        print("same" if same else f"{path} differs from what the generator produces")
        return 0 if same else 1
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"{path}: {text.count(chr(10))} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
