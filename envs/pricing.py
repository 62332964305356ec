"""Prices in US dollars: what each order costs, and the physician visit every turn is.

Why in `envs`: the consultation charges as it goes (a budget refuses an order before anything is
shown), so every shell records the same `cost_usd`. The table (`data/prices.tsv`, each row naming
its source) is keyed by the lexicon's concepts — a panel, a study, an analyte, an imaging modality
with its body site — and by LOINC codes, so a record from any importer can be priced by its group
name, its own name or its code; what nothing prices gets its category's default and is counted as
unpriced (`coverage`). A group with a price (a CBC, a chest CT) is charged once, whichever of its
records is revealed first; a group without one (a source's "Blood_Tests") is charged per record.
An order the record does not hold is still an order: it is charged by what it names.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from dxgym.agents.types import ExamHit
from dxgym.emr_fixtures.errors import DxgymError
from dxgym.emr_fixtures.lexicon import concepts_in, load_lexicon
from dxgym.emr_fixtures.models import CATEGORIES, CaseRecord

SOURCES = ("cms-clfs", "cms-pfs", "estimate")
REQUIRED_KEYS = ("visit", "unrecognised", *(f"category:{c}" for c in CATEGORIES))
PLAN_MEMO_SIZE = 65_536  # (case, request) billing plans kept; cleared whole when full (~200 B each)
_FREE_CATEGORY = "physical_examination"  # examined at the visit already charged for the turn


class PriceTableError(DxgymError):
    """A price table that cannot be used (a missing row, a bad number): one line, exit 2."""


@dataclass(frozen=True, slots=True)
class PriceRow:
    key: str
    usd: float
    code: str
    source: str
    note: str


@dataclass(frozen=True, slots=True)
class Charge:
    """One billed thing: what was charged, the table row that priced it, and the amount."""

    item: str  # the group, record or order charged
    key: str  # "concept:cbc", "loinc:718-7", "category:laboratory", "unrecognised"
    usd: float

    @property
    def priced(self) -> bool:
        """False when only a default priced it (a category default or an unrecognised order)."""
        return not (self.key == "unrecognised" or (self.key.startswith("category:") and self.key != f"category:{_FREE_CATEGORY}"))


class PriceTable:
    """The rows of one price table, with memoised lookups (a step never parses a name twice)."""

    def __init__(self, rows: Iterable[PriceRow], origin: str = "shipped") -> None:
        self.rows = {r.key: r for r in rows}
        self.origin = origin
        missing = [k for k in REQUIRED_KEYS if k not in self.rows]
        if missing:
            raise PriceTableError(f"price table {origin} lacks the rows {', '.join(missing)}")
        self.visit_usd = self.rows["visit"].usd
        self._usd = {k: r.usd for k, r in self.rows.items()}
        self._groups: dict[tuple[str, str], Charge | None] = {}
        self._names: dict[tuple[str, str, str | None], Charge] = {}
        self._plans: dict[tuple[str, str], tuple[CaseRecord, tuple[tuple[str, Charge], ...]]] = {}
        self._orders: dict[str, Charge] = {}

    # --- lookups ---------------------------------------------------------------------------

    def _concept_key(self, name: str) -> str | None:
        """The table row a name's concepts price: modality+site, then a panel / study / analyte (or its
        LOINC code), then the modality alone."""
        ids = concepts_in(name)
        if not ids:
            return None
        lex = load_lexicon()
        kinds = {i: lex.concepts[i].kind for i in ids}
        mods = [i for i in ids if kinds[i] == "mod"]
        for mod in mods:
            for site in (i for i in ids if kinds[i] == "site"):
                if (key := f"concept:{mod}+{site}") in self._usd:
                    return key
        for cid in ids:
            if kinds[cid] in ("panel", "study", "analyte"):
                if (key := f"concept:{cid}") in self._usd:
                    return key
                for code in lex.concepts[cid].loinc:
                    if (key := f"loinc:{code}") in self._usd:
                        return key
        for mod in mods:
            if (key := f"concept:{mod}") in self._usd:
                return key
        return None

    def _code_key(self, code: str | None) -> str | None:
        if not code:
            return None
        if (key := f"loinc:{code}") in self._usd:
            return key
        concept = load_lexicon().loinc.get(code)
        return f"concept:{concept}" if concept and f"concept:{concept}" in self._usd else None

    def group_charge(self, group: str, category: str) -> Charge | None:
        """The price of a whole group when its name names a priced thing, else None (priced per record)."""
        memo = (group, category)
        if memo in self._groups:
            return self._groups[memo]
        if category == _FREE_CATEGORY:
            key: str | None = f"category:{_FREE_CATEGORY}"
        else:
            key = self._concept_key(group)
        charge = Charge(group, key, self._usd[key]) if key else None
        self._groups[memo] = charge
        return charge

    def record_charge(self, name: str, category: str, code: str | None = None) -> Charge:
        """One record's price: by its name's concept, else its code, else the category's default."""
        memo = (name, category, code)
        found = self._names.get(memo)
        if found is None:
            key = self._concept_key(name) or self._code_key(code) or f"category:{category}"
            found = self._names[memo] = Charge(name, key, self._usd[key])
        return found

    def order_charge(self, item: str) -> Charge:
        """An order the record does not hold, priced by what it names (else as an unrecognised order)."""
        found = self._orders.get(item)
        if found is None:
            if len(self._orders) >= PLAN_MEMO_SIZE:
                self._orders.clear()
            key = self._concept_key(item) or "unrecognised"
            found = self._orders[item] = Charge(item, key, self._usd[key])
        return found

    def charges(self, case: CaseRecord, key: str, hits: Sequence[ExamHit], charged: set[str]) -> list[Charge]:
        """What revealing `hits` (the answer to request `key` on `case`) newly costs; `charged`, the episode's
        billed units (a priced group, or a record), is updated.

        Why a plan memo: resolution is a pure function of (case, request), and a GRPO group asks the same
        things in every rollout, so each request's billing units are worked out once; a step then pays a
        dictionary hit and a set test per unit (a CBC of ten records is one unit)."""
        memo = (case.case_id, key)
        found = self._plans.get(memo)
        if found is None or found[0] is not case:  # the same case object, not only the same id
            if len(self._plans) >= PLAN_MEMO_SIZE:
                self._plans.clear()
            found = self._plans[memo] = (case, self._plan(case, hits))
        out: list[Charge] = []
        for unit, charge in found[1]:
            if unit not in charged:
                charged.add(unit)
                out.append(charge)
        return out

    def _plan(self, case: CaseRecord, hits: Sequence[ExamHit]) -> tuple[tuple[str, Charge], ...]:
        plan: dict[str, Charge] = {}
        codes: dict[str, str | None] | None = None
        for hit in hits:
            group = self.group_charge(hit.group, hit.category)
            if group is not None:
                plan.setdefault("g:" + hit.group, group)
                continue
            if codes is None:
                codes = {e.source_key: e.code for e in case.examinations if e.code}
            plan.setdefault("r:" + hit.source_key, self.record_charge(hit.name, hit.category, codes.get(hit.source_key)))
        return tuple(plan.items())


def _read(text: str, origin: str) -> list[PriceRow]:
    rows: list[PriceRow] = []
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    for number, cells in enumerate(csv.reader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE), 1):
        cells = [c.strip() for c in cells] + [""] * 5
        key, usd, code, source, note = cells[:5]
        try:
            value = float(usd)
        except ValueError:
            raise PriceTableError(f"{origin}: row {number} ({key or 'no key'}): price {usd!r} is not a number") from None
        if not key or value < 0 or value != value:
            raise PriceTableError(f"{origin}: row {number}: needs a key and a price of at least 0")
        if source not in SOURCES:
            raise PriceTableError(f"{origin}: row {number} ({key}): source {source!r} is not one of {', '.join(SOURCES)}")
        rows.append(PriceRow(key, value, code, source, note))
    return rows


@cache
def load_price_table(path: str | None = None) -> PriceTable:
    """The shipped table, or the TSV at `path` (same columns; it replaces the shipped one whole)."""
    if path is None:
        text = resources.files("dxgym.envs").joinpath("data", "prices.tsv").read_text(encoding="utf-8")
        return PriceTable(_read(text, "prices.tsv"), "shipped")
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PriceTableError(f"cannot read price table {path}: {getattr(exc, 'strerror', None) or exc}") from None
    return PriceTable(_read(text, path), path)


def coverage(cases: Iterable[CaseRecord], table: PriceTable | None = None) -> dict[str, object]:
    """How the table prices every examination record of `cases`: by group, by the record's own name or
    code, or by a category default (unpriced); and which rows' sources those prices came from."""
    table = table or load_price_table()
    counts: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    unpriced: Counter[str] = Counter()
    for case in cases:
        for record in case.examinations:
            counts["records"] += 1
            charge = table.group_charge(record.group, record.category)
            how = "group"
            if charge is None:
                charge = table.record_charge(record.name, record.category, record.code)
                how = "record"
            if not charge.priced:
                how = "default"
                unpriced[f"{record.category}:{record.group}"] += 1
            counts[how] += 1
            sources[table.rows[charge.key].source] += 1
    n = counts["records"] or 1
    return {
        "records": counts["records"],
        "priced_by_group": counts["group"],
        "priced_by_record": counts["record"],
        "category_default": counts["default"],
        "priced_fraction": round((counts["group"] + counts["record"]) / n, 4),
        "by_source": dict(sorted(sources.items())),
        "unpriced_groups": dict(unpriced.most_common(20)),
    }
