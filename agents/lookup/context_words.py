"""Words around a test's name that say when, where, how urgently or in what form it is done — never which test
("troponin on admission", "bedside echo", "CBC asap", "electrolyte panel", 床旁超声, 预约胸片, 血常规回报了吗;
`context_words.tsv`, with its sources).

Why a second ask rather than a filler word cut in `split`: such words also begin records' own names (床旁心电图,
Admission_ECG, Baseline_Labs), which the first ask still finds by name. Only a request that found nothing is asked
again without them, and a word saying what form the test takes (panel, levels; exam, assessment) keeps the second
ask's records to that form."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from dxgym.agents.lookup.vocab import rows
from dxgym.emr_fixtures.lexicon import concepts_in, load_lexicon

_EDGE = " \t.,;:!?-。，；：！？'\""


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern for one word at an end of the request, its gate), longest words first within each (lang, place, gate)."""
    out: list[tuple[re.Pattern[str], str]] = []
    for words, lang, place, gate, _gloss in rows("context_words.tsv"):
        if place in ("swap", "generic"):
            continue
        alts = "|".join(map(re.escape, sorted(words.split("|"), key=len, reverse=True)))
        if lang == "en":
            body = rf"^(?:{alts})\b\s*" if place == "lead" else rf"\s+(?:{alts})\s*$"
            out.append((re.compile(body, re.IGNORECASE), gate))
        else:
            out.append((re.compile(rf"^(?:{alts})" if place == "lead" else rf"(?:{alts})$"), gate))
    return tuple(out)


@cache
def zh_words() -> frozenset[str]:
    """Every Chinese context word (lead or tail): a run that holds one is the request's context, never a slip of a
    test's name (门诊 is "outpatient", not a slip of 扪诊, palpation: `plan.make`'s early slip reading, round 22)."""
    return frozenset(w for words, lang, place, _gate, _gloss in rows("context_words.tsv")
                     if lang == "zh" and place in ("lead", "tail") for w in words.split("|") if len(w) > 1)


# an immunoglobulin class alone ("IgM", 血清IgM): with 水平 it asks the serum level, never an antibody of that class
_IG_CLASS = re.compile(r"^(?:血清|serum\s*)?Ig[AGMED]\d?$", re.IGNORECASE)
# what a score word may follow: an instrument's abbreviation or eponym (CDAI, Sokal, HCM Risk-SCD), never a finding
_NAMED = re.compile(r"[A-Z]{2,}|^[A-Z][a-z]")


def _long_enough(text: str) -> bool:
    """A name left to ask: two Chinese characters, a word of two letters, or one character the lexicon names an
    analyte by (钾, 钠, 钙: "钾是多少" asks the potassium; never 心, 血 or 听: a site, a specimen, a manoeuvre)."""
    cjk = sum("\u4e00" <= ch <= "\u9fff" for ch in text)
    if cjk == 1 and len(text) == 1:
        return _analyte_character(text)
    return cjk >= 2 or (cjk == 0 and len(re.sub(r"[^A-Za-z0-9]", "", text)) >= 2)


@lru_cache(maxsize=512)
def _analyte_character(char: str) -> bool:
    concepts = load_lexicon().concepts
    found = concepts_in(char)
    return bool(found) and all(c in concepts and concepts[c].kind == "analyte" for c in found)


@lru_cache(maxsize=8192)
def without(request: str) -> tuple[str, str] | None:
    """(the request less the context words at its ends, the gate they set: "test", "exam" or "-"), or None where
    it has none, where no name would be left, or where its words say both a test's and an examination's form."""
    text, gates = request.strip(_EDGE), set()
    changed = True
    while changed:
        changed = False
        for pattern, gate in _patterns():
            cut = pattern.sub("", text, count=1).strip(_EDGE)
            if cut != text and _long_enough(cut) and (gate != "named" or _NAMED.search(cut)) and not (
                    gate == "level" and _IG_CLASS.match(cut)):
                text, changed = cut, True
                gates.add(gate)
    gates = {"test" if g == "level" else g for g in gates} - {"-", "named"}
    if text == request.strip(_EDGE) or len(gates) > 1:  # none read, or a test's form and an examination's both
        return None
    return text, gates.pop() if gates else "-"


@cache
def _swaps() -> tuple[tuple[str, ...], ...]:
    """Groups of words that end a test's name interchangeably (试验 / 检查 / 测试 …), longest first."""
    return tuple(tuple(sorted(words.split("|"), key=len, reverse=True))
                 for words, _lang, place, _gate, _gloss in rows("context_words.tsv") if place == "swap")


def swapped(request: str) -> tuple[str, tuple[str, ...]]:
    """(the name's stem, the request with its last word exchanged for each other word of its group): 妊娠测试 ->
    (妊娠, (妊娠试验, 妊娠检测 …)); ("", ()) where its last word is of no group."""
    text = request.strip(_EDGE)
    for group in _swaps():
        for word in group:
            if text.endswith(word) and _long_enough(text[: -len(word)]):
                stem = text[: -len(word)]
                return stem, tuple(stem + other for other in group if other != word)
    return "", ()


_PURPOSE = (
    re.compile(r"^(?P<head>.+?)\s+(?:for|looking for)\s+(?:any\s+|a\s+|an\s+|the\s+|signs? of\s+|evidence of\s+)*"
               r"(?P<tail>[^,;]+?)[\s?.!]*$", re.IGNORECASE),
    re.compile(r"^(?P<head>.{2,}?)(?:有没有|有无|是否有|看有没有|看看有没有)(?P<tail>.+?)[\s?？。！]*$"),
)


_WORDS = re.compile(r"^[A-Za-z\u4e00-\u9fff' -]+$")  # a finding is words: never an identifier (CBC for agentclinic:5)


def purpose(request: str) -> tuple[str, str] | None:
    """(what is examined, what it is examined for) of a request naming a finding sought: "palpate the epigastrium for
    a mass", "examine the left retina for lattice", 看看肛周有没有瘘口 — None where it names none. The lookup asks the
    first half alone only where the second names no test (a finding is not a record's name; "blood for culture" is)."""
    text = request.strip(_EDGE)
    for pattern in _PURPOSE:
        m = pattern.match(text)
        if m and _long_enough(m["head"]) and _long_enough(m["tail"]) and _WORDS.match(m["tail"]):
            return m["head"].strip(_EDGE), m["tail"].strip(_EDGE)
    return None


@cache
def generic_words() -> frozenset[str]:
    """Findings any site can hold (tenderness, swelling, 压痛), lower case: the site examined answers, not another's
    record (`sited_findings` also reads a request ending in one)."""
    return frozenset(w.lower() for words, _l, place, _g, _gl in rows("context_words.tsv") if place == "generic"
                     for w in words.split("|"))


def generic_finding(text: str) -> bool:
    """Is this sought finding one any site can hold ("tenderness", "a mass", 压痛)?"""
    return text.strip(_EDGE).lower() in generic_words()
