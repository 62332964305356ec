"""A test named by a segment of its records' paths, above their group or inside their name.

A record's group is its immediate parent, so a test whose source files its results one or two levels deeper
("听力学检查/纯音测听/右耳/气导阈值", "Test_Results/Audiology/Pure_Tone_Audiometry/Right_Ear") is not a group
of that name: the exact tier found only the records filed directly under the name (纯音测听/结论), or none
(声导抗 holds 鼓室图 and 镫骨肌反射, and no record of its own). A request that is exactly the name of a path
segment gets every record below that segment (round 8b, helper lookup10), of the specimen the request names (blood
when it names none: a corporal aspirate's Blood_Gas is not "blood gas"; a record read as blood only by default
stays). The source's top segment (Test_Results,
辅助检查) and generic segment names (Findings, 所见) never count.
"""

from __future__ import annotations

from dxgym.agents.lookup.index import GENERIC_NAMES, CaseIndex, name_keys, own_name_keys
from dxgym.agents.lookup.query import Query


def segments(idx: CaseIndex) -> dict[str, tuple[int, ...]]:
    """Key of each path segment's name (its `name_keys`) -> the records below it (built once per case index)."""
    return idx.derived("path_segments", _segments)


def _segments(idx: CaseIndex) -> dict[str, tuple[int, ...]]:
    out: dict[str, list[int]] = {}
    for i, rec in enumerate(idx.case.examinations):
        for seg in rec.source_key.split("/")[1:-1]:
            for k in name_keys(seg.replace("_", " ")):
                if k not in GENERIC_NAMES:
                    out.setdefault(k, []).append(i)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def below(idx: CaseIndex, q: Query, found: dict) -> dict:
    """`found` (the exact tier's answer) with every record below a path segment the request names exactly: the
    first of the request's exact keys (the whole request, its core) that names a segment."""
    if q.exam_sites and not q.concepts and not q.imaging:
        return found  # a body site alone (肾脏, "kidney") names no test: the examination tiers read it
    segs = segments(idx)
    want = (
        q.spec or next((spec for _, spec in q.concepts if spec), None) or "blood"
    )  # as the exact tier reads it
    for k in q.exact_keys:
        recs = [
            i for i in segs.get(k, ()) if idx.record_spec[i] in (None, want, "blood")
        ]  # blood: the default
        if recs:
            return {**found, **{i: found.get(i, "exact") for i in recs}}
    return found


def _deeper(idx: CaseIndex) -> dict[str, tuple[int, ...]]:
    """Group name -> the records filed deeper below a path segment of that name, where none of them names a test of
    its own (`CaseIndex.record_tagged`) or is an examination record (built once per case index)."""
    return idx.derived("path_deeper", _build_deeper)


def _build_deeper(idx: CaseIndex) -> dict[str, tuple[int, ...]]:
    exams = idx.case.examinations
    segs = segments(idx)
    out: dict[str, tuple[int, ...]] = {}
    for group in dict.fromkeys(r.group for r in exams):
        deeper = [i for k in own_name_keys(group) for i in segs.get(k, ()) if exams[i].group != group]
        # only a layout of parts that name no test (右耳 / 气导阈值); a sub-panel of named tests (关节液常规 /
        # 白细胞) is a test of its own, asked by its own name
        if deeper and not any(
            idx.record_tagged[i] or exams[i].category == "physical_examination" for i in deeper
        ):
            out[group] = tuple(dict.fromkeys(deeper))
    return out


def group_below(idx: CaseIndex, found: dict) -> dict:
    """`found` with the records filed deeper under a path segment named like a group found whole (纯音测听 holds
    纯音测听/结论 and, one level down, 纯音测听/右耳/气导阈值): where no record below it names a test of its own
    (`CaseIndex.record_tagged`), they are that test's too. A group found in part (Audiology, of which a pure-tone
    request found two records) never widens; nor does an examination section (`nesting` reads those)."""
    deeper = _deeper(idx) if found else None
    if not deeper:
        return found
    exams = idx.case.examinations
    out = dict(found)
    for group in {exams[i].group for i in found} & deeper.keys():
        members = [i for i in found if exams[i].group == group]
        if len(members) != len(idx.exact_groups.get(name_keys(group)[0], ())):
            continue  # found in part
        out.update({i: found[members[0]] for i in deeper[group] if i not in found})
    return out
