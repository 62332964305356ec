"""A finding asked at a site, found in the findings text of a record named by the finding alone (round 45).

Chinese admission notes file oedema once, under whatever section the writer chose, and say where in the text:
泌尿系查体 / 水肿: "眼睑及双下肢无水肿". A request for 双下肢水肿 ("leg oedema") names a site and a finding any site can
hold (`context_words.tsv`, place "generic"); the lookup keeps such a finding to the site examined, and no record
names the legs — so it answered nothing, though the record answers exactly what was asked. Asked only where nothing
else was found: the records named by the finding alone whose findings text names the site (its own words, or any
name the lexicon gives that site), never a record named for another site or one whose text does not say the site.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dxgym.agents.lookup.context_words import generic_words
from dxgym.emr_fixtures.lexicon import concepts_in, key, load_lexicon
from dxgym.emr_fixtures.models import CaseRecord

_EDGE = " \t?？。.!！,，"
_ASKED = re.compile(r"(?:有无|有没有|是否有|看看|查看|检查)$")  # 双下肢有无水肿: the site, then a question
_SIDE = re.compile(r"^(?:双侧|双|左侧|右侧|左|右|bilateral\s+|both\s+|left\s+|right\s+)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def split(request: str) -> tuple[str, str] | None:
    """(the site, the finding) of a request that is a site and a generic finding ("双下肢水肿", "leg swelling"), or
    the finding first ("swelling of the legs", "oedema in the ankles", "swollen ankles"; round 59)."""
    text = request.strip(_EDGE)
    m = _FINDING_FIRST.match(text) or _SWOLLEN_FIRST.match(text)
    if m and m.group("finding").lower() in generic_words():
        site = m.group("site").strip(_EDGE)
        if _names_a_site(site):
            return site, m.group("finding").lower()
    lowered = text.lower()
    for word in sorted(generic_words(), key=len, reverse=True):
        if not lowered.endswith(word):
            continue
        site = text[: len(text) - len(word)]
        if word.isascii() and site and not site.endswith(" "):
            continue  # a word's end, not a word ("nodema")
        site = _ASKED.sub("", site.strip(_EDGE)).strip(_EDGE)
        if _names_a_site(site):
            return site, word
    return None


def _names_a_site(site: str) -> bool:
    """Does the text name body sites and nothing else the lexicon reads?"""
    concepts = load_lexicon().concepts
    found = concepts_in(site) if site else ()
    return bool(found) and all(c in concepts and concepts[c].kind == "site" for c in found)


@lru_cache(maxsize=4096)
def _site_names(site: str) -> tuple[str, ...]:
    """The site as asked less its side, and every name the lexicon gives it, longest first."""
    concepts = load_lexicon().concepts
    names = {_SIDE.sub("", site).strip()} | {n for c in concepts_in(site) for n in (*concepts[c].zh, *concepts[c].en)}
    return tuple(sorted((n.lower() for n in names if len(n) >= 2), key=len, reverse=True))


def records(request: str, case: CaseRecord) -> list[int]:
    """The indices of the case's examination records named by the finding alone whose text names the site; else
    (round 59) those whose findings text states the finding at the site in one clause."""
    parts = split(request)
    if parts is None:
        return []
    site, finding = parts
    wanted, names = key(finding), _site_names(site)
    named = [i for i, e in enumerate(case.examinations)
             if e.category == "physical_examination" and key(e.name) == wanted
             and any(n in (e.result or "").lower() for n in names)]
    if named:
        return named
    findings = _same_finding(finding)
    # a site's name that is the finding's own word says no place (the limbs' names include "oedema", 水肿)
    places = tuple(n for n in names if not any(f in n for f in findings) and n not in generic_words())
    return [i for i, e in enumerate(case.examinations)
            if e.category == "physical_examination" and e.result and any(
                _states(clause, findings) and _states(clause, places) for clause in _CLAUSE.split(e.result.lower()))]


# Round 59: the finding first ("swelling of the legs"), and a finding stated in a record's text at the site. A
# swelling of a limb is its oedema as notes write it (Talley & O'Connor: "ankle swelling" is the patient's word for
# ankle oedema; 《诊断学》: 肿胀 / 水肿), so each is read as the other; every other finding only as itself.
# (a qualifier before the finding is let go: "pitting oedema of the legs" asks the legs' oedema)
_FINDING_FIRST = re.compile(
    r"^(?:\w+\s+)?(?P<finding>\w+)\s+(?:of|in|on|over|around)\s+(?:the\s+|both\s+|his\s+|her\s+)?(?P<site>.+)$",
    re.IGNORECASE)
_SWOLLEN_FIRST = re.compile(r"^(?P<finding>swollen)\s+(?P<site>.+)$", re.IGNORECASE)
_SWELLING = ("swelling", "swollen", "oedema", "edema", "oedematous", "edematous", "肿胀", "水肿")
_CLAUSE = re.compile(r"[;；。.，,]|\bbut\b|\band\b(?=\s+(?:no|mild|moderate|marked))")


def _same_finding(finding: str) -> tuple[str, ...]:
    return _SWELLING if finding in _SWELLING else (finding,)


def _states(clause: str, words: tuple[str, ...]) -> bool:
    """Does the clause hold one of the words, a Latin word whole ("leg", not "legume")?"""
    pattern = _any_of(words)
    return pattern is not None and pattern.search(clause) is not None


@lru_cache(maxsize=1024)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for the words, compiled once per word list: a Latin word whole, a Chinese one anywhere."""
    parts = [rf"(?<![a-z]){re.escape(w)}(?![a-z])" if w.isascii() else re.escape(w) for w in words]
    return re.compile("|".join(parts)) if parts else None
