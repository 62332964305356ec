"""Loads the lexicon's data files into an immutable, indexed `Lexicon` (once per process).

The data are plain TSV (reviewable in a diff, editable by clinicians); everything derived from them
(term table, panel closure, code tables) is computed here once, so lookups are dictionary hits.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from dxgym.emr_fixtures.lexicon.normalise import key

# Panels that importers fold into their parent when grouping panel-less labs (MIMIC-IV, Synthea).
SUB_PANELS = frozenset({"diff", "electrolytes", "renal", "transaminases", "bili", "anthro", "cmp", "chem"})

Kind = str  # "analyte" | "panel" | "study" | "mod" | "site" | "spec" | "marker" | "man" (a manoeuvre)


@dataclass(frozen=True, slots=True)
class Concept:
    id: str
    kind: Kind
    label: str  # English display / group name ("Complete_Blood_Count" for panels)
    spec: str | None  # default specimen (analytes) or the specimen of a panel's records; None: not bound
    loinc: tuple[str, ...]
    member_of: tuple[tuple[str, str | None], ...]  # (panel id, specimen qualifier)
    en: tuple[str, ...]
    zh: tuple[str, ...]

    @property
    def primary_panel(self) -> str | None:
        return self.member_of[0][0] if self.member_of else None


@dataclass(frozen=True, slots=True)
class Term:
    concepts: tuple[str, ...]
    weak: bool  # an abbreviation that is also an ordinary word: trusted only in a request made of terms


@dataclass(frozen=True, eq=False)
class Lexicon:
    concepts: dict[str, Concept]
    terms: dict[str, Term]
    max_tokens: int
    loinc: dict[str, str]  # LOINC code -> concept id
    itemids: dict[str, tuple[str, str | None]]  # MIMIC-IV lab itemid -> (concept id, specimen)
    members: dict[str, frozenset[tuple[str, str | None]]] = field(repr=False)  # panel -> (analyte, spec)
    subpanels: dict[str, frozenset[str]] = field(repr=False)  # panel -> panels inside it (transitively)

    def panel_label(self, concept_id: str | None, via: str | None = None) -> str | None:
        """The group name a coded result belongs under: the panel itself or the concept's primary panel,
        walked up past sub-panels (differential -> CBC, electrolytes -> BMP) to a grouping panel."""
        concept = self.concepts.get(concept_id or "")
        if concept is None:
            return None
        panel = concept.id if concept.kind == "panel" else (via or concept.primary_panel)
        seen: set[str] = set()
        while panel in SUB_PANELS and panel not in seen:
            seen.add(panel)
            parent = self.concepts[panel].primary_panel
            if parent is None:
                break
            panel = parent
        return self.concepts[panel].label if panel else None


def _split(cell: str) -> list[str]:
    return [c.strip() for c in cell.split("|") if c.strip()]


def _rows(name: str) -> list[list[str]]:
    text = resources.files("dxgym.emr_fixtures.lexicon").joinpath("data", name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [row for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def _add_term(table: dict[str, tuple[set[str], bool]], raw: str, ids: list[str]) -> None:
    weak = raw.startswith("~")
    k = key(raw.lstrip("~"))
    if not k:
        return
    found = table.get(k)
    if found is None:
        table[k] = (set(ids), weak)
    else:  # a strong spelling wins over a weak one; concepts accumulate
        found[0].update(ids)
        table[k] = (found[0], found[1] and weak)


_SPECIMENS = {"urine": "urine", "urine_24_h": "urine", "csf": "csf"}


def _merge_labunits(concepts: dict[str, Concept], terms: dict[str, tuple[set[str], bool]], loinc: dict[str, str]) -> None:
    """Every labunits analyte becomes known by its LOINC code: attached to the curated concept its name
    already names, else added as its own analyte concept (named as labunits names it)."""
    holdout = {row[0] for row in _rows("harvest_holdout.txt")}
    for row in _rows("labunits_analytes.tsv"):
        code, name, specimens = row[0], row[1], row[2].split("|")
        if code in loinc or code in holdout:  # held-out evaluation concepts never enter the vocabulary
            continue
        spec = next((_SPECIMENS[s] for s in specimens if s in _SPECIMENS), "blood")
        bare = name.split("(")[0].strip()
        abbrev = [a.strip() for a in name[len(bare):].strip(" ()").split(",") if a.strip()]
        found = terms.get(key(bare)) or terms.get(key(name))
        known = [c for c in (found[0] if found else ()) if concepts[c].kind == "analyte"]
        if known and (concepts[known[0]].spec or "blood") == spec:
            loinc[code] = known[0]
            continue
        cid = f"loinc:{code}"
        concepts[cid] = Concept(cid, "analyte", name, spec, (code,), (), (name, bare, *abbrev), ())
        loinc[code] = cid
        if spec == "blood":
            for term in (name, bare, *abbrev):
                if len(key(term)) >= 2 and key(term) not in terms:
                    _add_term(terms, term if len(key(term)) > 3 else f"~{term}", [cid])  # "As": weak


@cache
def load_lexicon() -> Lexicon:
    """The shipped lexicon (cached: built once per process, a few milliseconds)."""
    concepts: dict[str, Concept] = {}
    raw_terms: dict[str, tuple[set[str], bool]] = {}
    for row in _rows("concepts.tsv"):
        cid, kind, label, spec, loinc, member_of, en, zh = (row + [""] * 8)[:8]
        members = tuple(
            (m.split("@")[0], m.split("@")[1] if "@" in m else None) for m in _split(member_of)
        )
        concept = Concept(
            id=cid, kind=kind, label=label, spec=None if spec in ("", "-") else spec,
            loinc=tuple(_split(loinc)), member_of=members, en=tuple(_split(en)), zh=tuple(_split(zh)),
        )
        concepts[cid] = concept
        for term in (*concept.en, *concept.zh):
            _add_term(raw_terms, term, [cid])
    for row in _rows("compounds.tsv"):
        ids, en, zh = (row + [""] * 3)[:3]
        for term in (*_split(en), *_split(zh)):
            _add_term(raw_terms, term, ids.split("+"))
    loinc: dict[str, str] = {}
    for c in concepts.values():
        for code in c.loinc:
            loinc.setdefault(code, c.id)
    _merge_labunits(concepts, raw_terms, loinc)
    for table in (raw_terms,):
        for ids, _ in table.values():
            unknown = [i for i in ids if i not in concepts]
            if unknown:
                raise ValueError(f"lexicon: unknown concept ids {unknown}")
    terms = {k: Term(tuple(sorted(ids)), weak) for k, (ids, weak) in raw_terms.items()}

    fluids = {"blood": "blood", "urine": "urine", "cerebrospinal fluid": "csf", "joint fluid": "synovial", "stool": "stool"}
    itemids = {
        row[0]: (row[1], fluids.get(row[3].strip().lower()) if len(row) > 3 else None)
        for row in _rows("mimic_itemids.tsv") if row[1] in concepts
    }

    children: dict[str, set[str]] = {}
    direct: dict[str, set[tuple[str, str | None]]] = {}
    for c in concepts.values():
        for panel, spec in c.member_of:
            if c.kind == "panel":
                children.setdefault(panel, set()).add(c.id)
            else:
                direct.setdefault(panel, set()).add((c.id, spec or c.spec))

    def closure(panel: str, seen: frozenset[str] = frozenset()) -> set[str]:
        out: set[str] = set()
        for child in children.get(panel, ()):
            if child not in seen:
                out |= {child} | closure(child, seen | {panel})
        return out

    panels = [c.id for c in concepts.values() if c.kind == "panel"]
    subpanels = {p: frozenset(closure(p)) for p in panels}
    members = {
        p: frozenset(set(direct.get(p, ())).union(*(direct.get(s, set()) for s in subpanels[p])))
        for p in panels
    }
    return Lexicon(
        concepts=concepts, terms=terms, max_tokens=max(len(k.split()) for k in terms),
        loinc=loinc, itemids=itemids, members=members, subpanels=subpanels,
    )
