"""Round 58 (issue 14): a body measurement stated with its value inside an examination's text.

Chinese admission notes write the measurements into the general examination's text ("体型偏瘦（BMI 20.3 kg/m²）",
"身高178cm，体重92kg"), English notes likewise ("Weight 78 kg, BMI 29"). A request for the measurement found no
record of that name and answered nothing. This tier runs where no other found anything, for a request naming only
measurements of the body (`anthro`'s members: weight, height, BMI, head circumference): the examination or assessment
records whose text writes one of the measurement's names followed by its value — the record that states it, never its
section whole, never a laboratory value. A name of three letters or fewer counts only as the text writes it in
capitals ("BMI", "HC"; never "wt" inside a word).
"""

from __future__ import annotations

import re
from functools import cache

from dxgym.agents.lookup import nesting
from dxgym.agents.lookup.index import body_measures
from dxgym.agents.lookup.query import Query
from dxgym.emr_fixtures.lexicon import Lexicon

_STATED_IN = ("physical_examination", "other")
# the name, then at most a colon, "of", "为" / "是" and spaces, then a number ("BMI 27.1", "体重：92kg", "weight of 78")
_VALUE_AFTER = r"\s*(?:[:：=]|of|为|是|约)?\s*\d"


@cache
def _pattern(lex: Lexicon, cid: str) -> re.Pattern[str]:
    names = []
    for key in nesting.names_of(lex, cid):
        if key.isascii():
            word = re.escape(key)
            # a short Latin name only in capitals as written (`nesting.as_written`'s rule)
            names.append(rf"(?<![A-Za-z]){word.upper()}(?![A-Za-z])" if len(key) <= 3 and " " not in key
                         else rf"(?i:(?<![a-z]){word}(?![a-z]))")
        else:
            names.append(re.escape(key.replace(" ", "")))
    return re.compile(rf"(?:{'|'.join(names)}){_VALUE_AFTER}")


def stated(idx, q: Query, lex: Lexicon) -> dict:
    """Records whose text states the asked body measurement with its value."""
    if not q.concepts or q.content or not all(cid in body_measures(lex) for cid, _ in q.concepts):
        return {}
    patterns = [_pattern(lex, cid) for cid, _ in q.concepts]
    exams = idx.case.examinations
    return {i: "lexicon" for i, rec in enumerate(exams)
            if rec.category in _STATED_IN and rec.result and any(p.search(rec.result) for p in patterns)}
