"""Loads the lexicon's data files into an immutable, indexed `Lexicon` (once per process).

The data are plain TSV (reviewable in a diff, editable by clinicians); everything derived from them
(term table, panel closure, code tables) is computed here once, so lookups are dictionary hits.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

from dxgym.emr_fixtures.lexicon.data_rows import rows as _rows
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
    forms: dict[str, str] = field(default_factory=dict, repr=False)  # form term key -> form id (`forms.tsv`)
    form_parent: dict[str, str] = field(default_factory=dict, repr=False)  # form -> the form it is a class of
    concept_forms: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)  # concept -> forms its terms state
    form_max_tokens: int = 1
    narrower: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)  # analyte / study -> those inside it
    sites_of: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)  # study -> body sites it examines
    site_parents: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)  # site -> regions it lies in

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


def _catalogue(prefix: str) -> list[str]:
    """Data files named `<prefix>*.tsv`, sorted: the systematic examination catalogue (issue 14) ships as
    extra files beside the core ones, read the same way, so either can be edited without touching the other."""
    data = resources.files("dxgym.emr_fixtures.lexicon").joinpath("data")
    return sorted(f.name for f in data.iterdir() if f.name.startswith(prefix) and f.name.endswith(".tsv"))


# Hand-written files: concept rows (concepts.tsv's columns), compound rows (compounds.tsv's columns) and
# term extensions (`id<TAB>en_terms<TAB>zh_terms`: more names for a concept defined elsewhere).
def concept_files() -> list[str]:
    return ["concepts.tsv", *_catalogue("catalogue_")]


def compound_files() -> list[str]:
    return ["compounds.tsv", *_catalogue("compounds_")]


def extra_term_files() -> list[str]:
    return _catalogue("extra_terms")


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


def _extend(concepts: dict[str, Concept], terms: dict[str, tuple[set[str], bool]]) -> None:
    """More names for concepts defined elsewhere, after the labunits merge so that its analytes
    (`loinc:<code>`) can take Chinese names and abbreviations too (a held-out code never exists to extend)."""
    for row in (r for name in extra_term_files() for r in _rows(name)):
        cid, en, zh = (row + [""] * 3)[:3]
        concept = concepts.get(cid)
        if concept is None:
            raise ValueError(f"lexicon: extra terms for unknown concept {cid!r}")
        concepts[cid] = replace(concept, en=(*concept.en, *_split(en)), zh=(*concept.zh, *_split(zh)))
        for term in (*_split(en), *_split(zh)):
            _add_term(terms, term, [cid])


@cache
def load_lexicon() -> Lexicon:
    """The shipped lexicon (cached: built once per process, a few milliseconds)."""
    concepts: dict[str, Concept] = {}
    raw_terms: dict[str, tuple[set[str], bool]] = {}
    for row in (r for name in concept_files() for r in _rows(name)):
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
    for row in (r for name in compound_files() for r in _rows(name)):
        ids, en, zh = (row + [""] * 3)[:3]
        for term in (*_split(en), *_split(zh)):
            _add_term(raw_terms, term, ids.split("+"))
    loinc: dict[str, str] = {}
    for c in concepts.values():
        for code in c.loinc:
            loinc.setdefault(code, c.id)
    _merge_labunits(concepts, raw_terms, loinc)
    _extend(concepts, raw_terms)
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

    forms, form_parent = _load_forms()
    form_max = max((len(k.split()) for k in forms), default=1)
    concept_forms = {
        cid: frozenset(f for t in (*c.en, *c.zh) for f in forms_in(key(t.lstrip("~")).split(), forms, form_max))
        for cid, c in concepts.items()
    }

    narrower: dict[str, set[str]] = {}
    sites_of: dict[str, frozenset[str]] = {}
    for c in concepts.values():
        implied = frozenset(p for p, _ in c.member_of if concepts[p].kind == "site")
        if implied and c.kind != "site":
            sites_of[c.id] = implied  # colonoscopy -> abdomen: its biopsy is an abdominal biopsy
        for parent, _ in c.member_of:
            if c.kind in ("analyte", "study") and concepts[parent].kind == c.kind:
                narrower.setdefault(parent, set()).add(c.id)  # troponin I inside troponin, MoCA inside cognition

    def regions(site: str, seen: frozenset[str] = frozenset()) -> frozenset[str]:
        up = {p for p, _ in concepts[site].member_of if concepts[p].kind == "site" and p not in seen}
        return frozenset(up.union(*(regions(p, seen | {site}) for p in up)))

    site_parents = {c.id: regions(c.id) for c in concepts.values() if c.kind == "site" and c.member_of}

    panels = [c.id for c in concepts.values() if c.kind == "panel"]
    subpanels = {p: frozenset(closure(p)) for p in panels}
    members = {
        p: frozenset(set(direct.get(p, ())).union(*(direct.get(s, set()) for s in subpanels[p])))
        for p in panels
    }
    return Lexicon(
        concepts=concepts, terms=terms, max_tokens=max(len(k.split()) for k in terms),
        loinc=loinc, itemids=itemids, members=members, subpanels=subpanels,
        forms=forms, form_parent=form_parent, concept_forms=concept_forms, form_max_tokens=form_max,
        narrower={k: frozenset(v) for k, v in narrower.items()}, sites_of=sites_of, site_parents=site_parents,
    )


def _load_forms() -> tuple[dict[str, str], dict[str, str]]:
    forms: dict[str, str] = {}
    parent: dict[str, str] = {}
    for row in _rows("forms.tsv"):
        fid, up, en, zh = (row + [""] * 4)[:4]
        if up not in ("", "-"):
            parent[fid] = up
        for term in (*_split(en), *_split(zh)):
            forms[key(term)] = fid
    return forms, parent


def forms_in(
    toks: list[str] | tuple[str, ...], forms: dict[str, str], max_tokens: int, ends: frozenset[int] | None = None,
) -> set[str]:
    """Form ids stated in a token sequence (inside longer terms too: "hepatitis c antibody").

    A Chinese form word counts only where a word ends (`ends`; by default the sequence's end): Chinese
    puts the head last (痰培养, 乙肝表面抗原), and a form's characters inside another word are not that
    form (染色 in 染色体, chromosomes)."""
    found: set[str] = set()
    n = len(toks)
    ends = frozenset({n}) if ends is None else ends
    for i in range(n):
        for length in range(min(max_tokens, n - i), 0, -1):
            fid = forms.get(" ".join(toks[i : i + length]))
            if fid is not None and (toks[i].isascii() or i + length in ends):
                found.add(fid)
                break
    return found


def _bilingual_rows(prefix: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Each row's (English keys, Chinese keys) from `data/<prefix>*.tsv`."""
    return tuple(
        tuple(tuple(key(t) for t in _split(cell)) for cell in (row + [""] * 2)[:2])
        for name in _catalogue(prefix) for row in _rows(name)
    )


def _other_language(rows: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]) -> dict[str, tuple[str, ...]]:
    """The key of each English or Chinese name -> the keys of its row's names in the other language."""
    out: dict[str, tuple[str, ...]] = {}
    for en, zh in rows:
        for names, others in ((en, zh), (zh, en)):
            for k in names:
                out[k] = tuple(dict.fromkeys((*out.get(k, ()), *others)))
    return out


@cache
def load_sign_rows() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Each named sign's (English keys, Chinese keys), from `data/signs_bilingual*.tsv` (round 8b's rows in a file
    of their own)."""
    return _bilingual_rows("signs_bilingual")


@cache
def load_finding_names() -> dict[str, tuple[str, ...]]:
    """Bedside findings and measurements across the two languages (`data/findings_bilingual*.tsv`): the key of each
    English or Chinese name -> the keys of its names in the other language. Not signs: nothing narrows by them."""
    return _other_language(_bilingual_rows("findings_bilingual"))


@cache
def load_finding_synonyms() -> dict[str, tuple[str, ...]]:
    """Bedside findings by another name of the same language (`data/findings_bilingual*.tsv`, one cell's names):
    the key of each name -> the keys of its cell's other names ("jaundice" -> "icterus", "scleral icterus"). A
    name that holds another of its cell's names whole is that finding qualified ("central cyanosis", "scleral
    icterus"): it has none, since the bare name's record ("cyanotic tips") need not be the qualified finding."""
    out: dict[str, tuple[str, ...]] = {}
    for row in _bilingual_rows("findings_bilingual"):
        for names in row:
            for k in names:
                if any(n != k and (f" {n} " in f" {k} " if k.isascii() else n in k) for n in names):
                    continue
                out[k] = tuple(dict.fromkeys((*out.get(k, ()), *(n for n in names if n != k))))
    return out


@cache
def load_sign_names() -> dict[str, tuple[str, ...]]:
    """Named physical signs across the two languages (`data/signs_bilingual.tsv`): the key of each English or
    Chinese name -> the keys of the sign's names in the other language."""
    return _other_language(load_sign_rows())
