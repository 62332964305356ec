"""A request whose every word a record's path holds: that record, before one the lexicon reached by a single word
(round 15, helper lookup17).

Records nest a test's name under its procedure, panel and section (Power_MRC/Lower_Limbs/Hip_Extension/Right,
Knee_Joint_Aspiration/Synovial_Fluid_Analysis/White_Cells), and clinicians ask it by the words of those segments in
their own order, mixed ("power of right hip extension", "synovial fluid white cells"): the lexicon reads one of the
words as a concept (power: the grip strength's motor concept) and the tiers found a record that shares that one word,
or nothing. Bates' Guide (chapter 17, the motor examination: each movement graded by the MRC scale) and 《诊断学》 name a
finding by its section, site and movement, which is what the path spells.

This step reads the request's Latin content words (less filler, sides, and the words that ask for a value: count,
level, result), each lightly stemmed (a plural's s), and where at least two remain and the records whose path tokens
hold every one of them exist, while no found record's path holds them all (nor did the exact tier find one by its
own name): those of them one of whose path segments
the request names whole (Hip_Extension, White_Cells, Right_Ear) instead. The segment named whole keeps words scattered
over a long path from covering by chance ("blood group and antibody screen" is not Blood_Tests/Viral_Hepatitis_Screen/
Hepatitis_C_Antibody, a near miss the first draft answered). A joined request
("hip extension power + CK") names words no single path holds, so nothing changes; a near miss naming a word no path
holds (upper limb venous duplex on a case with the legs' duplex) is never covered, so nothing changes either. Only
Latin requests: a Chinese request's tokens are characters, which any long path covers by chance.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from dxgym.agents.lookup.query import FILLER, Query
from dxgym.emr_fixtures.lexicon import tokens

# words asking for a record's value, never a record's own name (count of a cell count is its value)
_VALUE = frozenset("count counts level levels result results value values finding findings reading readings "
                   "measurement measurements score examination exam assessment test tests please".split())


def _stem(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


@lru_cache(maxsize=8192)  # a pure function of the request's words
def _words(toks: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_stem(t) for t in toks if t not in FILLER and t not in _VALUE)


@lru_cache(maxsize=8192)
def _latin(toks: tuple[str, ...]) -> bool:
    return all(t.isascii() for t in toks)


def wants(toks: tuple[str, ...], q: Query) -> bool:
    """Could this step change an answer? A Latin request of two or more content words that names a site, a manoeuvre
    or a specimen (an analyte in a fluid's panel: "synovial fluid white cell count"), or holds words the lexicon leaves
    unread (a request read whole as known tests of the default specimen — "liver function tests",
    "FBC and U&E" — was answered by their concepts, and the step would only cost time there)."""
    return (_latin(toks) and len(_words(toks)) >= 2
            and (q is None or bool(q.exam_sites or q.manoeuvres or q.content or q.spec)))


def _postings(idx) -> tuple[dict[str, frozenset[int]], list[frozenset[str]], list[tuple[frozenset[str], ...]]]:
    """Stemmed path word -> the records whose path (below the top section) holds it; each record's path words; each
    record's segments as stemmed word sets (those naming more than filler)."""
    post: dict[str, set[int]] = defaultdict(set)
    paths, segs = [], []
    for i, rec in enumerate(idx.case.examinations):
        parts = [frozenset(_stem(t) for t in tokens(seg)) for seg in rec.source_key.split("/")[1:]]
        words = frozenset().union(*parts) if parts else frozenset()
        paths.append(words)
        segs.append(tuple(p for p in parts if p - FILLER))
        for w in words:
            post[w].add(i)
    return {k: frozenset(v) for k, v in post.items()}, paths, segs


def narrow(idx, toks: tuple[str, ...], q: Query, found: dict) -> dict:
    if not wants(toks, q):  # each step checks its own conditions: the plan only skips (test_lookup_plan)
        return found
    words = _words(toks)
    if "exact" in found.values():  # a record's own name asked: the exact tier's answer stands
        return found
    post, paths, segs = idx.derived("covered", _postings)
    for i in found:
        if words <= paths[i]:
            return found
    covering: frozenset[int] | None = None
    for w in words:
        hold = post.get(w)
        if not hold:
            return found
        covering = hold if covering is None else covering & hold
        if not covering:
            return found
    if not covering:
        return found
    asked = frozenset(_stem(t) for t in toks)
    named = sorted(i for i in covering if any(seg <= asked for seg in segs[i]))  # a segment named whole
    return dict.fromkeys(named, "lexicon") if named else found
