"""Sections whose findings nest in subsections.

Chinese records (and some English ones) nest an examination section's findings more than one level deep:
体格检查/腹部/视诊 beside 体格检查/腹部/触诊/压痛, 入院查体/专科检查/动脉搏动/股动脉/左. A record's group is its
immediate parent (触诊, 股动脉), so a request for the section (腹部查体, 专科检查, "右膝专科查体") matched by
group alone finds only the findings one level below it, or those whose own names happen to name the site.
This module reads each segment of a physical-examination record's path: a request that asks for a section
only (examination sites, no test, manoeuvre or unread word) gets every record below a segment that names
those sites (and nothing else), at any depth.
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup.query import FILLER, Query, parse
from dxgym.agents.lookup.screen import screen
from dxgym.emr_fixtures.lexicon import Lexicon


@lru_cache(maxsize=16384)
def _segment_sites(seg: str, lex: Lexicon) -> frozenset[str]:
    """The examination sites a path segment names when it is a section's name and nothing else."""
    toks = screen(seg.replace("_", " "))
    if toks is None:
        return frozenset()
    q = parse(toks, lex)
    if q.concepts or q.imaging is not None or q.content or q.manoeuvres or q.spec:
        return frozenset()
    return q.exam_sites


@lru_cache(maxsize=16384)
def _segment_words(seg: str) -> tuple[str, ...]:
    """A path segment's screened words (every physical record's path is read on each section request)."""
    return screen(seg.replace("_", " ")) or ()


def section_only(q: Query) -> bool:
    return bool(q.exam_sites) and not (q.manoeuvres or q.content or q.concepts or q.imaging or q.spec)


@lru_cache(maxsize=1)
def _markers(lex: Lexicon) -> tuple[tuple[str, ...], ...]:
    """The lexicon's words for "examination" (its marker terms), longest first."""
    keys = {k for k, t in lex.terms.items() if any(lex.concepts[c].kind == "marker" for c in t.concepts)}
    return tuple(sorted((tuple(k.split()) for k in keys), key=len, reverse=True))


@lru_cache(maxsize=8192)
def _named(toks: tuple[str, ...], lex: Lexicon) -> frozenset[str]:
    """The request's words less filler and words for "examination": what names the section."""
    out, i = [], 0
    marks = _markers(lex)
    while i < len(toks):
        m = next((m for m in marks if toks[i:i + len(m)] == m), None)
        if m:
            i += len(m)
            continue
        if toks[i] not in FILLER:
            out.append(toks[i])
        i += 1
    return frozenset(out)


# Sections that hold other sections (the general and the specialty examination, 专科查体): a site's section below one
# of them is that site's (round 8b).
_CONTAINERS = frozenset({"site_general", "site_local"})


def nested(idx, toks: tuple[str, ...], q: Query, lex: Lexicon) -> list[int]:
    """Physical-examination records below a path segment (above their own name) that names the asked sites
    and holds every word the request names the section by (腹部查体 -> 腹部; "cornea" is not "Ophthalmic
    examination" though both read as the eye)."""
    words = _named(toks, lex)
    if not words:
        return []
    out = []
    exams = idx.case.examinations
    for i in idx.physical:
        segs = exams[i].source_key.split("/")[:-1]
        sites: frozenset[str] = frozenset()
        held: set[str] = set()
        for seg in segs:  # the path down to each segment: 专科情况/右膝关节 is the right knee's 专科 section
            sites |= _segment_sites(seg, lex)
            held.update(_segment_words(seg))
            named = sites - _CONTAINERS or sites  # 专科查体/骶髂关节: the joint's section of the specialty examination
            if named and named <= q.exam_sites and words <= held:
                out.append(i)
                break
    return out


# Bedside signs and measurements that the lexicon names (catalogue_round7b.tsv) but that records often report
# only inside a section's findings text ("IOP 28 mmHg" in an eye examination, "pain on passive stretch" in a
# limb's): read as a known test, a request for one would otherwise be "not available" there.
BEDSIDE = frozenset({"gonioscopy", "iop", "passive_stretch", "plr"})


def bedside_only(q: Query) -> bool:
    return bool(q.concepts) and all(cid in BEDSIDE for cid, _ in q.concepts)


def as_unread(q: Query, toks: tuple[str, ...]) -> Query:
    """The query with its words treated as unread, for the findings-text tier (`tiers.named_in_findings`)."""
    from dataclasses import replace

    return replace(q, content=tuple(t for t in toks if t not in FILLER))


def part_named(idx, q: Query, found: dict) -> dict:
    """A test found whole (one group's records) for a request whose unread words are exactly one of its parts'
    own names ("anterior compartment pressure": the Anterior record of a compartment pressure measurement; "deep
    posterior"): that part. Only an exact own name narrows, never a name that merely holds the words."""
    if len(found) < 2 or not q.content or not q.concepts:
        return found
    exams = idx.case.examinations
    if len({exams[i].group for i in found}) != 1:
        return found
    words = tuple(q.content)
    named = [i for i in found if tuple(screen(exams[i].source_key.rsplit("/", 1)[-1].replace("_", " ")) or ()) == words]
    return {i: found[i] for i in named} if named else found
