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

import re
from functools import cache, lru_cache

from dxgym.agents.lookup.query import FILLER, Query, parse
from dxgym.agents.lookup.screen import screen
from dxgym.emr_fixtures.lexicon import Lexicon

_WORDS = re.compile(r"[a-z]+")


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
BEDSIDE = frozenset({"gonioscopy", "iop", "passive_stretch", "plr", "crt", "rapd", *"gcs nihss mmse moca apgar".split()})
# Round 8: capillary refill time and RAPD (catalogue_round8.tsv), and the bedside scales a clinician scores while examining
# (Glasgow coma scale, NIH stroke scale, MMSE, MoCA, Apgar: records often state them inside the neurological or
# newborn examination, "GCS 15", "MMSE 24/30").
# Where the pupils are examined (Bates' Guide, "The Eyes": size, shape and reactions to light are read off the pupils;
# 《诊断学》 眼的检查: 瞳孔): a pupillary reflex asked where no record names it nor any findings text states it is
# answered by the records of the pupils, which report it ("Pupils / Left_Eye: 3 mm, reactive").
HOME = {"plr": (frozenset({"pupil", "pupils"}), "瞳孔")}


@cache
def _scales() -> frozenset[str]:
    """The scores and scales of the lexicon: every concept of `catalogue_scores.tsv`, and the scores-and-scales
    block of `concepts.tsv` (from its "---- scores and scales" heading to the first bare "#")."""
    from importlib import resources

    data = resources.files("dxgym.emr_fixtures.lexicon").joinpath("data")
    lines = data.joinpath("catalogue_scores.tsv").read_text("utf-8").splitlines()
    ids = {line.split("\t", 1)[0] for line in lines if line.strip() and not line.startswith("#")}
    inside = False
    for line in data.joinpath("concepts.tsv").read_text("utf-8").splitlines():
        if line.startswith("# ---- scores and scales"):
            inside = True
        elif inside and line.strip() == "#":
            break
        elif inside and line.strip() and not line.startswith("#"):
            ids.add(line.split("\t", 1)[0])
    return frozenset(ids)


def bedside_only(q: Query) -> bool:
    """Is the request a bedside sign or a score / scale, and nothing else? Records often state these inside
    another record's text ("GCS 15" in the neurological examination, "CURB-65 score 2" in an assessment)."""
    return bool(q.concepts) and all(cid in BEDSIDE or cid in _scales() for cid, _ in q.concepts)


@cache
def _names_of(lex: Lexicon, cid: str) -> tuple[str, ...]:
    """A concept's own names as token strings (only those naming it alone, never weak ones)."""
    return tuple(k for k, t in lex.terms.items() if t.concepts == (cid,) and not t.weak)


def bedside_named(idx, q: Query, lex: Lexicon) -> dict:
    """Records whose text states the bedside sign or scale by any of its names ("GCS 15" for "Glasgow coma
    scale"), when the request named it otherwise: physical-examination records, and for a score or scale also
    the case's other (assessment) records."""
    names = [f" {k} " for cid, _ in q.concepts for k in _names_of(lex, cid)]
    exams = idx.case.examinations
    found = {}
    for i in range(len(exams)) if all(cid in _scales() for cid, _ in q.concepts) else idx.physical:
        if exams[i].category not in ("physical_examination", "other"):
            continue  # a score is stated in an examination or an assessment, not in a laboratory value
        text = idx.result_text(i)
        if any(n in text and _as_written(n, exams[i].result) for n in names):
            found[i] = "lexicon"
    return found


def _as_written(name: str, raw: str) -> bool:
    """A Latin abbreviation of three letters or fewer counts only in capitals as the text writes it ("MRS" for
    the modified Rankin scale, never "Mrs. Chen"; "VAS 7/10", not "vas deferens")."""
    word = name.strip()
    if " " in word or not word.isascii() or len(word) > 3:
        return True
    return re.search(rf"(?<![A-Za-z]){re.escape(word.upper())}(?![a-z])", raw) is not None


def bedside_home(idx, q: Query) -> dict:
    """The records of the part a bedside sign is read off (HOME), by a segment of their path below its top."""
    homes = [HOME[cid] for cid, _ in q.concepts if cid in HOME]
    if not homes:
        return {}
    exams = idx.case.examinations
    found = {}
    for i in idx.physical:
        segs = exams[i].source_key.split("/")[1:]
        for words, zh in homes:
            if any(zh in seg or words & set(_WORDS.findall(seg.lower())) for seg in segs):
                found[i] = "lexicon"
    return found


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


# read by round 9's `score_text` (a score written glued to its value, by its components, or in a short form)
scales, names_of, as_written = _scales, _names_of, _as_written


def wants_part_named(toks: tuple[str, ...], q: Query, lex) -> bool:
    """Could `part_named` change an answer to this request? (read once per request text: `plan`)"""
    return bool(q.content and q.concepts)
