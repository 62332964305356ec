"""A part of one study asked by its own words: "baseline fetal heart rate on the CTG", "blast percentage in the
marrow", "supine FVC", "spleen size on ultrasound" (round 20, withdrawn; round 21, the lead).

The tiers found the study by its name or concept and answered every record filed under it: the CTG's accelerations
and decelerations beside its baseline rate, every cell of the marrow aspirate beside its blasts. Where every record
found lies under one study (a common path below the top section), the request's other words — less filler, sides,
the words that ask for a value and the study's own name — name the part: the records whose segments below the study
hold the most of them, where some hold more than others. A panel asked by name (its analytes share no words with
it), a site's examination or manoeuvre ("listen to the heart"), a ratio, and a request that joins or relates two
things ("Weber and Rinne", "lying and standing", "aldosterone to renin ratio") or names two tests keep every
record; so does one whose words no record's own segments hold, or all of them do. Only Latin requests: a Chinese
request's tokens are characters."""

from __future__ import annotations

import re
from functools import lru_cache

from dxgym.agents.lookup.covered import _VALUE, _stem
from dxgym.agents.lookup.index import CaseIndex
from dxgym.agents.lookup.query import FILLER, Query
from dxgym.emr_fixtures.lexicon import Lexicon, tag, tokens

_JOINED = re.compile(r"\b(?:with|including|incl|inc|plus|and|or|vs|versus|to)\b|[+&/]", re.IGNORECASE)
# a ratio is read from its panel's parts: asking it asks the panel (aldosterone to renin ratio)
_WHOLE = frozenset({"ratio", "ratios", "panel", "profile", "screen", "study", "studies"})


def _norm(word: str) -> str:
    """A word's singular, lightly: biopsies -> biopsy, cords -> cord."""
    return word[:-3] + "y" if len(word) > 4 and word.endswith("ies") else _stem(word)


@lru_cache(maxsize=16_384)  # segments repeat across requests and cases
def _segment_words(segment: str) -> frozenset[str]:
    return frozenset(_norm(t) for t in tokens(segment))


@lru_cache(maxsize=8192)  # a pure function of the request
def _asked_words(request: str, lex: Lexicon) -> frozenset[str]:
    """The request's words that could name a part; none where the lexicon reads it whole as a study's, panel's or
    modality's name ("growth hormone suppression test": the study, every record of it) or it joins or relates two
    things."""
    if _JOINED.search(request):
        return frozenset()
    toks = tokens(request)
    spans, _ = tag(toks, lex)
    named = {k for sp in spans for k in range(sp.start, sp.end)
             if all(c.startswith("mod_") or (c in lex.concepts and lex.concepts[c].kind in ("study", "panel"))
                    for c in sp.concepts)}
    kept = [k for k, t in enumerate(toks) if t.isalpha() and len(t) >= 3 and t not in FILLER and t not in _VALUE]
    if all(k in named for k in kept):  # the request is a study's name, whole: every record of it
        return frozenset()
    words = {toks[k] for k in kept}
    return frozenset() if _WHOLE & words else frozenset(_norm(t) for t in words)


def _one_test(q: Query, lex: Lexicon) -> bool:
    """Does the request name no panel, no site's examination or manoeuvre, and at most one test?"""
    if q.manoeuvres or q.exam_sites:
        return False  # a site's examination (listen to the heart) is every record of it
    if any(lex.concepts[c].kind == "panel" for c, _ in q.concepts):
        return False  # a panel by name
    return len({c for c, _ in q.concepts}) <= 1  # two tests named, joined by no word (a hormone pair): both


def wants(toks: tuple[str, ...], q: Query, lex: Lexicon) -> bool:
    """Could `narrow` change an answer to this request? (read once per request text: `plan`)"""
    return bool(toks) and all(t.isascii() for t in toks) and _one_test(q, lex)


def narrow(idx: CaseIndex, request: str, q: Query, lex: Lexicon, found: dict) -> dict:
    """`found` kept to the records of one study whose own segments name the part the request's words ask for."""
    if len(found) < 2 or not request.isascii() or "exact" in found.values() or not _one_test(q, lex):
        return found
    words = _asked_words(request, lex)
    if not words:
        return found
    exams = idx.case.examinations
    paths = {i: exams[i].source_key.split("/")[1:] for i in found}
    depth = 0
    first = next(iter(paths.values()))
    while all(len(p) > depth + 1 and p[depth] == first[depth] for p in paths.values()):
        depth += 1
    if depth == 0:
        return found
    words = words - frozenset().union(*(_segment_words(s) for s in first[:depth]))
    below = {i: frozenset().union(*(_segment_words(s) for s in p[depth:])) for i, p in paths.items()}
    words -= frozenset.intersection(*below.values())
    if not words:
        return found
    score = {i: len(words & below[i]) for i in found}
    best = max(score.values())
    if best == 0 or min(score.values()) == best:
        return found
    return {i: t for i, t in found.items() if score[i] == best}
