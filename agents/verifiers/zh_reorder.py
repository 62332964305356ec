"""Round 8 (issue 14): a Chinese name with its kind qualifier written in another place.

Chinese diagnoses put a kind qualifier (a run closed by 型 or 性) either before the whole name or before its
head word: 伸直型桡骨远端骨折 and 桡骨远端伸直型骨折 are one fracture (Colles), as 化脓性急性阑尾炎 is 急性化脓性阑尾炎.
A name that no table row holds as written is read as the table name it becomes when one such qualifier run
moves to another place, the rest of the characters in order, and a leading side kept where it was. The
rewritten pair is then judged in full again, so every other rule (side, stage, denial, broader) still holds.
The moved run must be a qualifier (two to five characters, closed by 型 or 性, holding no denial) and the
result exactly one table row's name, never a kind read from qualifiers.
"""

from __future__ import annotations

import re

from dxgym.emr_fixtures.answer_memos import answer_memo
from dxgym.emr_fixtures.diagnosis_terms import has_chinese, terms_for_chinese, zh_key

_SIDE = re.compile(r"^(?:左侧|右侧|双侧|左|右|双)")
_DENIAL = re.compile(r"[非无未没否不]")


@answer_memo()
def qualifier_moved(text: str) -> str | None:
    """The table name `text` becomes with one 型 / 性 qualifier run moved (its side kept in front), if exactly
    one such name is one row's; None when `text` is itself a table name or none is."""
    key = zh_key(text)
    if not has_chinese(key) or not all("\u4e00" <= c <= "\u9fff" for c in key) or terms_for_chinese(key):
        return None
    side = _SIDE.match(key)
    lead = side.group(0) if side else ""
    body = key[len(lead):]
    if len(body) < 5 or terms_for_chinese(body):
        return None
    found: set[str] = set()
    n = len(body)
    for i in range(n):
        for j in range(i + 2, min(i + 5, n) + 1):
            run = body[i:j]
            if run[-1] not in "型性" or _DENIAL.search(run):
                continue
            rest = body[:i] + body[j:]
            for k in range(len(rest) + 1):
                if k == i:
                    continue
                moved = rest[:k] + run + rest[k:]
                if len(terms_for_chinese(moved)) == 1 and zh_key(moved) == moved:
                    found.add(moved)
    return lead + found.pop() if len(found) == 1 else None
