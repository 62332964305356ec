"""One reading per request text of what the lookup will do with it, so a lookup does no request-only work twice.

Why: after round 9 a request passed through some twenty narrowing steps, each of which first asked of the request
alone whether it could apply (a specimen named? a side? a posture?) and most of which answered no; those questions
cost the median request ~15 µs and took the deterministic p50 over its 50 µs target. A `Plan` asks them once per
request text — the screen, the parsed `Query`, the tier switches, and each step's `wants` predicate (pure on the
request, True whenever the step could change an answer) — and the lookup keeps plans in a bounded LRU, as it keeps
parsed queries. Each step still checks its own conditions; the plan only skips steps that would return `found`
unchanged, so answers are identical.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from threading import Lock

from dxgym.agents.lookup import (
    battery_parts,
    bedside,
    bedside_records,
    contained,
    context_words,
    contrast,
    covered,
    finding_words,
    gases,
    groups,
    limbs,
    manoeuvre_text,
    members,
    methods,
    modality_records,
    nesting,
    part_words,
    parts,
    plain_scan,
    postures,
    procedure_parts,
    pulses,
    puncture_fluid,
    qualifiers,
    reflexes,
    report_parts,
    scale_variants,
    sections,
    segment_named,
    sibling_signs,
    sides,
    sign_text,
    site_manoeuvres,
    specimen_named,
    specimen_phrase,
    specimens,
    tiers,
    timings,
    top_sections,
    variant_axes,
    vessel_beds,
)
from dxgym.agents.lookup.query import Query, QueryCache
from dxgym.agents.lookup.screen import exact_only, screen
from dxgym.agents.orders import is_category_order
from dxgym.emr_fixtures.lexicon import Lexicon

# step name -> its request-only predicate (toks, query, lexicon) -> could the step change an answer?
STEPS: dict[str, Callable[[tuple[str, ...], Query, Lexicon], bool]] = {
    "part_named": nesting.wants_part_named,
    "bedside": bedside.wants,
    "parts": parts.wants,
    "groups": groups.wants,
    "postures": postures.wants,
    "contained": contained.wants,
    "members": members.wants,
    "manoeuvre_below": sections.wants_manoeuvre_below,
    "specimens": specimens.wants,
    "sibling_signs": sibling_signs.wants,
    "gases": gases.wants,
    "vessel_studies": gases.wants_vessel_studies,
    "contrast": contrast.wants,
    "pulses": pulses.wants,
    "sides": sides.wants,
    "qualifiers": qualifiers.wants,
    "methods": methods.wants,
    # round 10's steps (helper lookup13) take no lexicon
    "report_parts": lambda toks, q, lex: report_parts.wants(toks, q),
    "scale_variants": lambda toks, q, lex: scale_variants.wants(toks, q),
    "procedure_parts": lambda toks, q, lex: procedure_parts.wants(toks, q),
    "vessel_beds": lambda toks, q, lex: vessel_beds.wants(toks, q),
    # round 11's steps (helper lookup14)
    "variant_axes": lambda toks, q, lex: variant_axes.wants(toks, q),
    "modality_records": lambda toks, q, lex: modality_records.wants(toks, q),
    "site_manoeuvres": site_manoeuvres.wants,
    "reflexes": lambda toks, q, lex: reflexes.wants(toks, q),
    "segment_named": lambda toks, q, lex: segment_named.wants(toks, q),
    # round 13's steps (helper lookup16)
    "battery_parts": lambda toks, q, lex: battery_parts.wants(toks, q),
    "specimen_named": specimen_named.wants,
    # round 15 part B's steps (helper lookupna)
    "plain_scan": lambda toks, q, lex: plain_scan.wants(toks, q),
    "manoeuvre_text": manoeuvre_text.wants,
    "specimen_phrase": specimen_phrase.wants,
    "puncture_fluid": puncture_fluid.wants,
    # round 15's steps (helper lookup17)
    "timings": lambda toks, q, lex: timings.wants(toks, q),
    "covered": lambda toks, q, lex: covered.wants(toks, q),
    "top_sections": lambda toks, q, lex: top_sections.wants(toks, q),
    # round 21's step (the lead)
    "part_words": part_words.wants,
    # round 51's step (the lead)
    "bedside_records": lambda toks, q, lex: bedside_records.wants(toks, q),
    # round 65's step (the lead)
    "sign_text": sign_text.wants,
    "limbs": limbs.wants,
    "oximetry": gases.wants_oximetry,
    # round 67's step (the lead)
    "finding_words": finding_words.wants,
}


@dataclass(frozen=True, slots=True)
class Plan:
    """A screened request's tokens, its parsed query, which tiers it takes and which narrowing steps can apply."""

    toks: tuple[str, ...]
    q: Query
    exact_only: bool  # matched by exact record / group name only (`screen.exact_only`)
    sign_in_part: bool  # a named sign the lexicon reads only in part (`tiers.sign_read_in_part`)
    section_only: bool  # a section's findings at any depth below it (`nesting.section_only`)
    steps: frozenset[str]  # the names (`STEPS`) of the narrowing steps whose `wants` said yes
    zh_slip: tuple[tuple[str, ...], str] | None = None  # a Chinese sound slip fixed, and the run typed (`tiers.zh_slip_fixed`)


def make(toks: tuple[str, ...], q: Query, lex: Lexicon) -> Plan:
    slip = tiers.zh_slip_fixed(toks, q, lex)
    if slip is not None and any(w in slip[1] for w in context_words.zh_words()):
        slip = None  # a run holding a context word is the request's context, never a slip (门诊 is not 扪诊)
    return Plan(toks, q, exact_only(toks), tiers.sign_read_in_part(q), nesting.section_only(q),
                frozenset(name for name, wants in STEPS.items() if wants(toks, q, lex)), slip)


class PlanCache:
    """A bounded LRU of plans by request text (None: the screen refused the request)."""

    def __init__(self, queries: QueryCache, size: int = 8192) -> None:
        self._queries = queries
        self._size = size
        self._data: OrderedDict[str, Plan | None] = OrderedDict()
        self._lock = Lock()

    def get(self, request: str, lex: Lexicon) -> Plan | None:
        try:
            return self._data[request]
        except KeyError:
            pass
        except TypeError:  # not a string (unhashable): the screen refuses it
            return None
        # a category-wide order names no test: nothing, in every shell, as the consultation answers it (DESIGN)
        toks = screen(request)
        toks = None if toks is None or is_category_order(request) else toks
        plan = None if toks is None else make(toks, self._queries.get(toks, lex), lex)
        with self._lock:
            self._data[request] = plan
            if len(self._data) > self._size:
                self._data.popitem(last=False)
        return plan
