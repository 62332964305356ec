"""A score, scale, questionnaire or test asked by its abbreviation, or spelt out where the record keeps the abbreviation
(round 15, helper lookup17).

Clinicians form an instrument's abbreviation from the initials of its name's content words, leaving the function
words out and keeping a short capitalised word whole: ICBD for International Criteria for Behçet's Disease, CFQ-R for
the CF Questionnaire-Revised, MEOWS for the Modified Early Obstetric Warning Score, CDASI for the Cutaneous
Dermatomyositis Disease Area and Severity Index, GCS, mRS, PHQ-9 (NEWS2 / MEOWS: RCOG and RCP; ICBD 2014; CFQ-R: Quittner
2005; CDASI: Albrecht 2005; Bates' Guide chapter 17 and 《诊断学》 on scales as their abbreviations). They ask it bare, or
with a head word after it ("ICBD score", "MMT-8评分", "ECochG of the right ear"), and a record may hold either form:
the name spelt out (the abbreviation's initials) or the abbreviation (in brackets after a Chinese name:
徒手肌力测定(MMT-8); or as the name: MEOWS_Score). `tiers.initials` read only one bare 3-5 letter word against
initials taken over every word ("icfbd"); this tier reads, only where every tier before it found nothing:

- a request whose core (less its trailing head words, function words and a side) is one to three short Latin tokens
  joined (cfq + r, mmt + 8): the records below a path segment whose abbreviation in capitals (MMT-8, ECochG, MEOWS)
  or whose content-word initials (a short capitalised word kept whole: CF_Questionnaire-Revised -> cfqr) spell it;
- a request of three or more Latin content words whose initials spell a path segment's abbreviation in capitals
  ("modified early obstetric warning score" -> MEOWS_Score).

An abbreviation of fewer than three characters is never read (two letters name too many things), nor an initials
spelling or a spelt-out request of fewer than four ("basal metabolic index" is not the BMI a record abbreviates; three
initials coincide too often), nor a spelling two segments of different names share (ambiguous: neither is given).
"""

from __future__ import annotations

import re
from collections import defaultdict

from dxgym.agents.lookup.query import Query
from dxgym.emr_fixtures.lexicon import tokens

# words an instrument's abbreviation leaves out (Bates' / RCP naming usage)
FUNCTION = frozenset("for of the and in on with to at by a an".split())
# head words asked after an instrument's name or abbreviation
HEAD = frozenset("score scores scoring scale scales index questionnaire criteria grade grading stage staging test "
                 "testing points point total assessment result results tool".split())
_HEAD_ZH = ("评分", "量表", "评估", "分级", "指数", "问卷", "积分", "检查", "测定", "结果", "分期")
_SIDES = frozenset("left right both bilateral lt rt".split())
_SITES = frozenset("ear ears eye eyes hand hands side".split())  # stripped only after a side ("of the right ear")
_CAPS = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")
_WORDS = re.compile(r"[A-Za-z]+|[0-9]+")


def _segment_keys(seg: str) -> tuple[set[str], set[str]]:
    """A path segment's abbreviations in capitals (MMT-8 -> mmt8) and its content-word initials spellings."""
    caps = set()
    for w in _CAPS.findall(seg):
        if sum(ch.isupper() for ch in w) >= 2 and len(w) <= 10:
            key = w.replace("-", "").lower()
            if len(key) >= 3:
                caps.add(key)
    words = _WORDS.findall(seg)
    spelt = set()
    if len(words) >= 2 and all(w.isascii() for w in words):
        for drop in (False, True):
            for whole in (False, True):
                parts = []
                for w in words:
                    if drop and w.lower() in FUNCTION:
                        continue
                    if w.isdigit() or (whole and w.isupper() and len(w) <= 3):
                        parts.append(w.lower())
                    else:
                        parts.append(w[0].lower())
                key = "".join(parts)
                if len(key) >= 3:
                    spelt.add(key)
    return caps, spelt


def _tables(idx) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """abbreviation in capitals -> records below; initials spelling -> records below (an initials spelling two
    segments of different names share is dropped)."""
    caps: dict[str, list[int]] = defaultdict(list)
    spelt: dict[str, list[int]] = defaultdict(list)
    owners: dict[str, set[str]] = defaultdict(set)
    for i, rec in enumerate(idx.case.examinations):
        for seg in rec.source_key.split("/")[1:]:
            c, s = _segment_keys(seg)
            for k in c:
                caps[k].append(i)
            for k in s:
                spelt[k].append(i)
                owners[k].add(seg)
    return ({k: tuple(dict.fromkeys(v)) for k, v in caps.items()},
            {k: tuple(dict.fromkeys(v)) for k, v in spelt.items() if len(owners[k]) == 1})


def _core(toks: tuple[str, ...]) -> tuple[str, ...]:
    """The request less its trailing head words (in either language), function words, a side and a small site word,
    and its leading function words."""
    core = list(toks)
    while core:
        tail = "".join(core[-2:])
        if len(core) >= 2 and tail in _HEAD_ZH:
            del core[-2:]
        elif core[-1] in HEAD or core[-1] in FUNCTION or core[-1] in _SIDES:
            core.pop()
        elif len(core) >= 2 and core[-1] in _SITES and core[-2] in _SIDES:  # "of the right ear": the side's site
            del core[-2:]
        else:
            break
    while core and core[0] in FUNCTION:
        core.pop(0)
    return tuple(core)


def match(idx, toks: tuple[str, ...], q: Query) -> dict:
    """The records of the instrument the request abbreviates, or spells out where the record abbreviates it; nothing
    for a request the lexicon reads as a known test or study (LDH, MRI): the tiers before judged it, and an
    abbreviation they know is never read again as another record's (serum LDH is not the ascitic fluid's)."""
    if q.concepts or q.imaging is not None or q.exam_sites:
        return {}
    core = _core(toks)
    if not core or not all(t.isascii() and t.isalnum() for t in core):
        return {}
    caps, spelt = idx.derived("acronyms", _tables)
    if len(core) <= 3 and all(len(t) <= 6 for t in core) and any(t.isalpha() for t in core):
        key = "".join(core)
        if 3 <= len(key) <= 10:
            found = caps.get(key) or (spelt.get(key) if len(key) >= 4 else None)
            if found:
                return dict.fromkeys(found, "lexicon")
    return spelt_out(idx, toks)


def spelt_out(idx, toks: tuple[str, ...]) -> dict:
    """The records whose abbreviation in capitals a request of 3+ Latin content words spells with its initials (the
    function words left out; with or without its trailing head words): an exact reading, so it runs for a request the
    screen keeps to exact names too (a "Disease" in "... Disease Activity Index")."""
    core = _core(toks)
    caps, _ = idx.derived("acronyms", _tables)
    content = [t for t in toks if t not in FUNCTION]
    if len(content) >= 3 and all(t.isascii() and t.isalpha() for t in content):
        words = [t for t in core if t not in FUNCTION]
        for spelling in ("".join(t[0] for t in content), "".join(t[0] for t in words)):
            found = caps.get(spelling) if len(spelling) >= 4 else None
            if found:
                return dict.fromkeys(found, "lexicon")
    return {}


def _path_words(idx) -> tuple[frozenset[str], dict[str, str]]:
    """The case's path words, and each Latin one of 4+ letters spelt with two neighbouring letters swapped -> it."""
    words = frozenset(t for rec in idx.case.examinations for seg in rec.source_key.split("/")[1:] for t in tokens(seg))
    swaps: dict[str, str] = {}
    for w in words:
        if len(w) >= 4 and w.isascii() and w.isalpha():
            for k in range(len(w) - 1):
                v = w[:k] + w[k + 1] + w[k] + w[k + 2:]
                if v != w and v not in words:
                    swaps.setdefault(v, w)
    return words, swaps


def _bare(t: str, words: frozenset[str], swaps: dict[str, str]) -> str:
    """A word read as the path's: the possessive's bare eponym, or the word whose neighbouring letters it swapped."""
    if len(t) < 4 or t in words or not t.isascii() or not t.isalpha():
        return t
    if len(t) > 4 and t.endswith("s") and t[:-1] in words:
        return t[:-1]
    return swaps.get(t, t)


def respelt(idx, toks: tuple[str, ...], exact: bool = False) -> tuple[tuple[str, ...], ...]:
    """An eponym asked in the possessive (Phalen's / Phalens test, Behcet's disease, Gottron's papules) where the case's
    records name it bare (Phalen_Test, Behcet_Disease), or a word typed with two neighbouring letters swapped (tets,
    sgin: the commonest typing slip, Damerau 1964) where the case's paths hold the word: the request with each such
    word read as the path's, then also less its trailing head words ("... points score"); () when it names none. Only
    where the whole lookup found nothing; a word is read so only where the case's paths hold the word read and not the
    word asked, so a plural a record spells (Scores, Reflexes) is never cut. Head words are read off a request none of
    whose words was respelt only where it is matched by exact names (`exact`): "Romberg's test" read as "rombergs"
    alone reached the cerebellar section, "ACTH stimulation test" the plain ACTH (both near misses)."""
    if not any(t.isascii() and t.isalpha() and len(t) >= 4 for t in toks):
        return ()
    words, swaps = idx.derived("path_words", _path_words)
    bare = tuple(_bare(t, words, swaps) for t in toks)
    if bare == toks and not exact:
        return ()
    core = list(bare)
    while len(core) > 1 and core[-1] in HEAD:
        core.pop()
    return tuple(dict.fromkeys(alt for alt in (bare, tuple(core)) if alt != toks))
