"""A named sign or bedside test asked by another of its names, answered by the record of that name.

Records name a sign or manoeuvre by one name, in one language (Weber_Test, 韦伯试验(WT), 巴宾斯基征, Heel_Shin_Test),
and requests use another: the other language (韦伯试验 on an English case, "Weber test" on a Chinese one), a
synonym of the same language (巴氏征 for 巴宾斯基征, 踏步试验 for 原地踏步试验), or the name mixed across languages
("Rinne试验", "Patrick test" for Patrick试验). The lexicon reads some of these names whole as a section
(巴氏征 and "clonus" as the reflexes, 跟膝胫试验 as coordination), so it found the section, or the wrong test
of it. Round 8b (helper lookup10): where the case holds a record (a group, a record, or a path segment) whose
name is exactly one of the sign's names (`data/signs_bilingual*.tsv`, each from Bates' Guide / 《诊断学》 and
the specialty textbooks named there), in either language, with "test" / "sign" / "reflex" read as
试验 / 征 / 反射 and back, that record is the answer — before the lexicon's reading. A case without such a record
is answered as before (the section, or "not available"): the rule only narrows to a record named for the sign.
"""

from __future__ import annotations

from functools import cache, lru_cache

from dxgym.agents.lookup.index import CaseIndex
from dxgym.agents.lookup.query import FILLER, Query
from dxgym.agents.lookup.signs import site_in_path
from dxgym.emr_fixtures.lexicon.loader import load_sign_rows

# a sign word in one language and the other's (Bates' "... test", "... sign", "... reflex"; 《诊断学》 试验, 征, 反射)
_WORDS = (
    ("test", "试 验"),
    ("sign", "征"),
    ("reflex", "反 射"),
    ("manoeuvre", "试 验"),
    ("maneuver", "试 验"),
    ("manoeuvre", "test"),
    ("maneuver", "test"),
)


@cache
def _names() -> dict[str, tuple[str, ...]]:
    """Key of each name of a named sign -> the keys of all its names, both languages."""
    out: dict[str, tuple[str, ...]] = {}
    for en, zh in load_sign_rows():
        names = (*en, *zh)
        for k in names:
            out[k] = tuple(dict.fromkeys((*out.get(k, ()), *names)))
    return out


def _spellings(k: str) -> list[str]:
    """A name with its sign word in the other language ("rinne 试 验" -> "rinne test"), and a possessive
    undone ("rombergs test" -> "romberg test")."""
    out = [k]
    words = k.split()
    if len(words) >= 2 and words[0].endswith("s") and words[0].isascii() and len(words[0]) > 4:
        out.append(" ".join([words[0][:-1], *words[1:]]))
    for name in list(out):
        for a, b in _WORDS:
            for x, y in ((a, b), (b, a)):
                if name.endswith(" " + x) and not name.startswith(x):
                    out.append(name[: -len(x)] + y)
    return list(dict.fromkeys(out))


def _core(words: list[str]) -> str:
    while words and words[0] in FILLER:
        words = words[1:]
    while words and words[-1] in FILLER:
        words = words[:-1]
    return " ".join(words)


def candidates(q: Query) -> tuple[str, ...]:
    """Every name the request's sign goes by (its own spellings first), or () when it names no sign and holds no
    sign word."""
    return tuple(c for c, _ in _candidates(q.exact_keys))


@lru_cache(maxsize=8192)
def _candidates(exact_keys: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each name with the request's words set aside to reach it (where or which side: they must then name the
    record's own site, as `signs.site_in_path` reads them)."""
    asked = {k: () for k in dict.fromkeys((*exact_keys, *(_core(k.split()) for k in exact_keys))) if k}
    table = _names()
    for k in list(asked):  # a sign's name after or before words that say where or which side (右耳Rinne试验,
        words = k.split()  # 量一下胸廓活动度, "finger-nose test on the right")
        parts = [(" ".join(words[j:]), words[:j]) for j in range(1, len(words) - 1)]
        parts += [(" ".join(words[:j]), words[j:]) for j in range(len(words) - 1, 1, -1)]
        for part, aside in parts:
            if any(spelt in table for spelt in _spellings(part)):
                asked.setdefault(part, tuple(w for w in aside if w not in FILLER))
                break
    out: dict[str, tuple[str, ...]] = {}
    for k, aside in asked.items():
        for spelt in _spellings(k):
            out.setdefault(spelt, aside)
            for name in table.get(spelt, ()):
                for other in _spellings(name):
                    out.setdefault(other, aside)
    return tuple((c, aside) for c, aside in out.items() if c not in exact_keys)


# plural sign words shared by coordinated eponyms ("the Weber and Rinne tests", "Kernig and Brudzinski signs")
_PLURALS = {
    "tests": "test",
    "signs": "sign",
    "reflexes": "reflex",
    "manoeuvres": "manoeuvre",
    "maneuvers": "maneuver",
}


@lru_cache(maxsize=8192)
def _coordinated(key: str) -> tuple[tuple[str, str], ...]:
    """("weber test", "rinne test") for a request "... Weber and Rinne tests ...": each eponym with the sign word
    they share (one word each, Latin script), or () where the request coordinates no such pair."""
    words = key.split()
    for at in range(1, len(words) - 2):
        if words[at] == "and" and words[at + 2] in _PLURALS:
            a, b, sign = words[at - 1], words[at + 1], _PLURALS[words[at + 2]]
            if a.isalpha() and b.isalpha() and a.isascii() and b.isascii():
                return ((a + " " + sign, b + " " + sign),)
    return ()


def _held(idx: CaseIndex, c: str, segments: dict[str, tuple[int, ...]]) -> tuple[int, ...]:
    return idx.exact_groups.get(c) or idx.exact_records.get(c) or segments.get(c) or ()


def named(idx: CaseIndex, q: Query, segments: dict[str, tuple[int, ...]]) -> dict:
    """The records named exactly by one of the request's sign's names (first name that a record holds); for two
    coordinated signs ("the Weber and Rinne tests"), each one's records where the case holds both."""
    if not q.exact_keys:
        return {}
    exams = idx.case.examinations
    for c, aside in _candidates(q.exact_keys):
        recs = _held(idx, c, segments)
        if aside:  # 肩Lachman试验: the words set aside must name where the record is filed
            recs = tuple(i for i in recs if site_in_path(list(aside), exams[i].source_key))
        if recs:
            return dict.fromkeys(recs, "lexicon")
    for pair in _coordinated(q.exact_keys[0]):
        found = [_held(idx, c, segments) for c in pair]
        if all(found):
            return dict.fromkeys((i for recs in found for i in recs), "lexicon")
    return {}
