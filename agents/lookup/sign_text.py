"""A named sign that the case states in another record's findings text: that record (round 65).

The lexicon files several named bedside tests under a section's manoeuvre (Romberg's test under coordination,
clonus under the reflexes), so a request naming one found the records of that manoeuvre. A case may report the sign
elsewhere: "Gait: tandem walking normal; Romberg's test negative", "Lower_Limbs/Tone: normal, no clonus". Where none
of the records found names the sign (in its name or its text) and some physical-examination record's text does, the
record that states the sign is the answer, present or absent (a record states what was examined, and a text that
names the sign reports it); where a found record names it, or no record's text does, the answer is unchanged, and
so is "not available" (a test of the sign's tissue, 焦痂PCR, is not the sign).
The sign's names are `data/signs_bilingual*.tsv`'s (`sibling_signs`), read as words without their sign word
("romberg" for "Romberg's test"), in the possessive too ("rombergs").
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup import sibling_signs
from dxgym.agents.lookup.index import CaseIndex
from dxgym.agents.lookup.query import FILLER, Query
from dxgym.agents.lookup.reading import cjk

_SIGN_WORDS = ("test", "sign", "试 验", "征")  # not "reflex": "ankle reflex" less it is a site


def _stem(name: str) -> str | None:
    """A sign's name as the words a text states it by, or None where too short to be read safely."""
    for w in _SIGN_WORDS:
        if name.endswith(" " + w):
            name = name[: -len(w) - 1]
            break
    words = name.split()
    if sum(map(cjk, words)) >= 2 or any(len(w) >= 5 and w.isalpha() and w.isascii() for w in words):
        return name
    return None


@lru_cache(maxsize=8192)  # a pure function of the request's words
def stems(exact_keys: tuple[str, ...]) -> tuple[str, ...]:
    """The words each name of the sign the request names is stated by; () when it names no sign. A bare name
    ("Romberg") is read as its test or sign."""
    names = sibling_signs._asked(exact_keys)
    if not names:
        for k in exact_keys:
            core = " ".join(w for w in k.split() if w not in FILLER)
            if core and " " not in core and core.isascii():
                names = sibling_signs._asked((core + " test",)) | sibling_signs._asked((core + " sign",))
                if names:
                    break
    found = {s for s in map(_stem, names) if s}
    return tuple(sorted(found | {s.replace(" ", "s ", 1) if " " in s else s + "s" for s in found if s.isascii()}))


def _states(idx: CaseIndex, i: int, want: tuple[str, ...], *, names: bool = False) -> bool:
    """Does record i's text (with `names`, also its path's names) state the sign?"""
    hays = (idx.result_text(i), *idx.names[i]) if names else (idx.result_text(i),)
    return any(f" {s} " in hay for s in want for hay in hays)


def narrow(idx: CaseIndex, q: Query, found: dict) -> dict:
    """`found`, or the physical-examination records whose text states the sign asked where none found does."""
    want = stems(q.exact_keys)
    if not found or not want or any(_states(idx, i, want, names=True) for i in found):
        return found
    stated = [i for i in idx.physical if _states(idx, i, want)]
    return dict.fromkeys(stated, "lexicon") if stated else found


def wants(toks: tuple[str, ...], q: Query, lex) -> bool:
    """Could `narrow` change an answer to this request? (read once per request text: `plan`)"""
    return bool(stems(q.exact_keys))
