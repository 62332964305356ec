"""An analyte filed under another specimen's panel is that specimen's test of it (round 22, the lead).

隐血 (occult blood) is the lexicon's urine-blood term, so a stool routine's 隐血 record was read as urine blood in
the stool, and 大便隐血 (the faecal occult blood test) never found it. The lexicon itself says which test an analyte
is in another specimen: where a specimen's name joined to one of the analyte's terms is a term of another analyte
bound to that specimen (大便 + 隐血 = 大便隐血, a term of faecal occult blood), that analyte is its twin there. Only
between two specimens other than blood: a blood analyte in urine is read by its specimen, as before (a urinalysis's
protein is not the 24-hour collection the lexicon files "urine protein" under).
"""

from __future__ import annotations

from functools import cache

from dxgym.emr_fixtures.lexicon import Lexicon, tokens


@cache
def _twins(lex: Lexicon) -> dict[tuple[str, str], str]:
    """(analyte, specimen) -> the analyte bound to that specimen that the lexicon names by the specimen's word joined
    to one of the first analyte's terms."""
    spec_words: dict[str, list[str]] = {}  # specimen -> its words' term keys
    for c in lex.concepts.values():
        if c.kind == "spec" and c.spec:
            spec_words.setdefault(c.spec, []).extend(" ".join(tokens(w)) + " " for w in (*c.zh, *c.en))
    found: dict[tuple[str, str], set[str]] = {}
    for key, term in lex.terms.items():
        for b in term.concepts:
            spec = lex.concepts[b].spec
            if lex.concepts[b].kind != "analyte" or spec not in spec_words:
                continue
            for word in spec_words[spec]:
                rest = lex.terms.get(key[len(word):]) if key.startswith(word) else None
                for a in rest.concepts if rest else ():
                    if lex.concepts[a].kind == "analyte" and lex.concepts[a].spec not in (spec, None, "blood"):
                        found.setdefault((a, spec), set()).add(b)
    return {k: v.pop() for k, v in found.items() if len(v) == 1}


def twin(lex: Lexicon, cid: str, spec: str | None) -> str:
    """`cid`'s twin in `spec` where the lexicon names one, else `cid`."""
    return cid if spec is None else _twins(lex).get((cid, spec), cid)
