"""Named signs asked without their qualifier, or with the site their record is filed under.

A sign examined in more than one direction or way is recorded once per way (前抽屉试验 / 后抽屉试验, "Anterior_Drawer"
/ "Posterior_Drawer"; Bates' Guide, "The Musculoskeletal System": anterior and posterior drawer signs; 《诊断学》
/ 《外科学》 膝关节检查: 前、后抽屉试验), and a request may name the sign alone ("drawer test", 抽屉试验): it asks for
each way recorded. A request may also name the site a sign is examined at (右膝Lachman试验) where the record
names the sign alone under that site's section (专科情况/右膝关节/特殊检查/Lachman试验).

`qualified` answers both, on physical-examination records only, and only for a request the lexicon could not
read completely (the tiers before it found nothing): the record's own name, less sign words (sign / test / 征 /
试验), must be the request's, less filler and sign words, with at most a qualifier of direction or way before it
on the record's side (anterior / posterior / medial / lateral / direct / consensual, 前 / 后 / 内 / 外 / 直接 /
间接) and at most a site on the request's side that the record's path names (膝 in 右膝关节). A name that merely
holds the words with anything else around them (甲状腺球蛋白 in 甲状腺球蛋白抗体) is never taken.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dxgym.agents.lookup.index import CaseIndex
from dxgym.agents.lookup.query import Query
from dxgym.agents.lookup.reading import FILLER, cjk
from dxgym.agents.lookup.screen import screen

_SIGN_WORDS = frozenset("sign signs test tests testing maneuver maneuvers manoeuvre manoeuvres phenomenon 征".split())
_EN_QUALIFIERS = frozenset("anterior posterior medial lateral direct indirect consensual".split())
_ZH_QUALIFIERS = frozenset("前 后 内 外 内侧 外侧 直接 间接".split())
# side words stand before either side's name ("left", 左侧): the side itself is narrowed by `sides`
_EN_SIDES = frozenset("left right lt rt bilateral both".split())
_ZH_SIDES = re.compile(r"[左右双]侧?")
_WORD = re.compile(r"[a-z0-9]+")
Found = dict[int, str]


def _bare(toks: list[str]) -> list[str]:
    """Tokens less leading filler and trailing filler and sign words (试验 is two tokens)."""
    while toks:
        if toks[-1] in _SIGN_WORDS or toks[-1] in FILLER:
            toks = toks[:-1]
        elif toks[-2:] == ["试", "验"]:
            toks = toks[:-2]
        else:
            break
    while toks and toks[0] in FILLER:
        toks = toks[1:]
    return toks


@lru_cache(maxsize=65536)
def _bare_name(name: str) -> tuple[str, ...]:
    """A record's own name as tokens, less filler and sign words (read once a name: every request that reaches
    this tier reads every physical-examination record's name)."""
    return tuple(_bare(list(screen(name.replace("_", " ")) or ())))


def _informative(toks: list[str]) -> bool:
    """Enough to name a sign: two Chinese characters, or a Latin word of four letters or more."""
    return sum(cjk(t) for t in toks) >= 2 or any(len(t) >= 4 and t.isalpha() and not cjk(t) for t in toks)


def _qualifier(prefix: list[str]) -> bool:
    latin = [t for t in prefix if not cjk(t)]
    chinese = "".join(t for t in prefix if cjk(t))
    return all(t in _EN_QUALIFIERS or t in _EN_SIDES for t in latin) and (
        not chinese or _ZH_SIDES.sub("", chinese) in _ZH_QUALIFIERS or not _ZH_SIDES.sub("", chinese))


def site_in_path(prefix: list[str], path: str) -> bool:
    """Do the request's extra words name the site the record is filed under (its path above its own name)?"""
    latin = [t for t in prefix if not cjk(t) and t not in _EN_SIDES]
    chinese = _ZH_SIDES.sub("", "".join(t for t in prefix if cjk(t)))
    words = set(_WORD.findall(path.lower()))
    if not latin and not chinese:
        return True
    return all(t in words for t in latin) and (not chinese or (len(chinese) >= 1 and chinese in path))


def qualified(idx: CaseIndex, q: Query) -> Found:
    if not q.content:
        return {}
    want = tuple(_bare(q.exact_keys[0].split()))
    if not want:
        return {}
    exams = idx.case.examinations
    found: Found = {}
    for i in idx.physical:
        name = _bare_name(exams[i].name)
        if not name:
            continue
        n, m = len(name), len(want)
        if n > m and name[n - m :] == want and _informative(list(want)) and _qualifier(list(name[: n - m])):
            found[i] = "exact"
        elif m > n and want[m - n :] == name and _informative(list(name)):
            path = exams[i].source_key.rsplit("/", 1)[0]
            if site_in_path(list(want[: m - n]), path):
                found[i] = "exact"
    return found
