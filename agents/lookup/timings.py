"""A time point asked: the records of that time point, never another's (round 15, helper lookup17).

Dynamic tests, serial scores and timed collections file one record per time point and name it in the path:
Oral_Glucose_Tolerance_Test/Two_Hour_Glucose, OGTT_with_GH/Growth_Hormone/60_Minutes, Apgar_Score/5_Minute,
Blood_Pressure/Standing_3_Minutes, 立位3分钟, 75g OGTT/1小时血糖, 甲状旁腺双时相显像/延迟相(2小时), 服甘油后3小时,
放液后24小时 (WHO 1999 / ADA OGTT at 0, 60, 120 minutes; the GH suppression test at 0-120 minutes, Endocrine Society
2014; Apgar at 1, 5, 10 minutes, AAP; orthostatic BP at 1 and 3 minutes, consensus 2011; 《诊断学》 葡萄糖耐量试验,
甘油试验). The reading takes a number for a value and a time word for filler, so "GH at 60 minutes of the glucose
tolerance test", "2-hour glucose", 抑制试验120分钟的生长激素, "Apgar at 5 minutes" each found every time point of the test.

This step reads the time points a request names (a number, digits or a word — "two", 两, 半 — followed by a unit:
min / minute / hour / hr / h / 分钟 / 小时; "0 and 120 minutes" names both) and, where at least one found record's path
names one of them, keeps those; a found record naming another time point goes, and so does one naming none (the
test's interpretation, a random GH beside the suppression test, a fasting glucose beside the two-hour one), unless
one of its own path segments (below the top section) is named whole by the request — the other test of a joined
request ("2-hour glucose + HbA1c") stays. Where no found record names a time asked, only the records naming another
time point go ("glucose at 90 minutes" on a test sampled at 0 and 120: those are not the value asked).
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.vocab import holds
from dxgym.emr_fixtures.lexicon import tokens

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "sixty": 60, "ninety": 90,
          "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "十": 10, "半": 0.5}
_MINUTE = {("min",), ("mins",), ("minute",), ("minutes",), ("分", "钟")}
_HOUR = {("hour",), ("hours",), ("hr",), ("hrs",), ("小", "时")}
_JOIN = frozenset({"and", "or", "/", ",", "和", "及", "、", "to"})


def _number(t: str) -> float | None:
    if t.isdigit() and len(t) <= 4:
        return float(t)
    return _WORDS.get(t)


@lru_cache(maxsize=16_384)  # a pure function of the words (a request's, or a path's)
def times(toks: tuple[str, ...]) -> frozenset[float]:
    """The time points (in minutes) these tokens name: a number before a minute or hour word, and the numbers
    joined to it before ("0 and 120 minutes")."""
    out: set[float] = set()
    n = len(toks)
    for i in range(1, n):
        for unit, scale in ((_MINUTE, 1), (_HOUR, 60)):
            for w in unit:
                if toks[i:i + len(w)] != w:
                    continue
                j = i - 1
                num = _number(toks[j])
                if num is None:
                    continue
                out.add(num * scale)
                while j >= 2 and toks[j - 1] in _JOIN and _number(toks[j - 2]) is not None:
                    j -= 2
                    out.add(_number(toks[j]) * scale)
    return frozenset(out)


def wants(toks: tuple[str, ...], q: Query) -> bool:
    """Could this step change an answer? A request naming a time point."""
    return bool(times(toks))


def _record_times(idx) -> list[tuple[frozenset[float], tuple[tuple[str, ...], ...]]]:
    """Each record's time points (its path below the top section) and its segments' tokens."""
    out = []
    for rec in idx.case.examinations:
        segs = tuple(tokens(s) for s in rec.source_key.split("/")[1:])
        out.append((times(tuple(t for s in segs for t in s)), segs))
    return out


def narrow(idx, toks: tuple[str, ...], found: dict) -> dict:
    asked = times(toks)
    if not asked or not found:
        return found
    table = idx.derived("timings", _record_times)
    hit = {i for i in found if table[i][0] & asked}
    if hit:
        return {i: t for i, t in found.items()
                if i in hit or (not table[i][0] and any(s and holds(toks, s) for s in table[i][1]))}
    return {i: t for i, t in found.items() if not table[i][0]}


def _samples(idx) -> dict[str, tuple[int, ...]]:
    """A dynamic test's path (a group whose path names no time point) -> the records filed below it under a time-point
    segment (OGTT-GH/0分钟/生长激素, Synacthen/Cortisol/30_Minutes): its samples."""
    out: dict[str, list[int]] = {}
    for i, rec in enumerate(idx.case.examinations):
        segs = rec.source_key.split("/")
        timed = [k for k in range(1, len(segs)) if times(tokens(segs[k]))]
        if not timed:
            continue
        for k in range(2, timed[0] + 1):  # every ancestor below the top section, down to the first timed segment
            out.setdefault("/".join(segs[:k]), []).append(i)
    return {k: tuple(v) for k, v in out.items()}


def samples_below(idx, found: dict) -> dict:
    """`found` with a dynamic test's samples where its group was found whole: the records filed one or two levels
    deeper under a time-point segment (口服葡萄糖生长激素抑制试验/0分钟/生长激素) are the test's, though each names an
    analyte of its own (`paths.group_below` leaves a group whose deeper records name tests: a panel's parts are not
    its results; a time point's samples are). A group found in part (one of a test's time points: "2-hour glucose"
    found Two_Hour_Glucose, not its siblings) never widens; nor does a time point's own group (60分钟)."""
    if not found:
        return found
    table = idx.derived("timing_samples", _samples)
    if not table:
        return found
    parent = idx.derived("parent_keys", _parents)
    groups = {parent[i] for i in found}
    if groups.isdisjoint(table):
        return found
    out = dict(found)
    for group in groups:
        deeper = table.get(group)
        if not deeper:
            continue
        direct = idx.derived("direct_children", _direct).get(group, ())
        if any(i not in found for i in direct):
            continue  # found in part
        tier = next(found[i] for i in direct) if direct else "lexicon"
        out.update({i: tier for i in deeper if i not in out})
    return out


def _direct(idx) -> dict[str, tuple[int, ...]]:
    out: dict[str, list[int]] = {}
    for i, rec in enumerate(idx.case.examinations):
        out.setdefault(rec.source_key.rsplit("/", 1)[0], []).append(i)
    return {k: tuple(v) for k, v in out.items()}


def _parents(idx) -> tuple[str, ...]:
    return tuple(rec.source_key.rsplit("/", 1)[0] for rec in idx.case.examinations)
