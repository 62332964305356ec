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

from dxgym.agents.lookup.split import kinds_of
from dxgym.agents.lookup.vocab import rows

_EDGE = " \t.,;:!?-。，；：！？'\""


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern for one word at an end of the request, its gate), longest words first within each (lang, place, gate)."""
    out: list[tuple[re.Pattern[str], str]] = []
    for words, lang, place, gate, _gloss in rows("context_words.tsv"):
        if place in ("swap", "join"):
            continue
        alts = "|".join(map(re.escape, sorted(words.split("|"), key=len, reverse=True)))
        if lang == "en":
            body = rf"^(?:{alts})\b\s*" if place == "lead" else rf"\s+(?:{alts})\s*$"
            out.append((re.compile(body, re.IGNORECASE), gate))
        else:
            out.append((re.compile(rf"^(?:{alts})" if place == "lead" else rf"(?:{alts})$"), gate))
    return tuple(out)


def _long_enough(text: str) -> bool:
    """A name left to ask: two Chinese characters, or a word of two letters."""
    cjk = sum("\u4e00" <= ch <= "\u9fff" for ch in text)
    return cjk >= 2 or (cjk == 0 and len(re.sub(r"[^A-Za-z0-9]", "", text)) >= 2)


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
            if cut != text and _long_enough(cut):
                text, changed = cut, True
                gates.add(gate)
    gates.discard("-")
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


@cache
def _joiner() -> re.Pattern[str]:
    """The words that join two tests (`join` rows): English ones between spaces, Chinese ones anywhere."""
    en, zh = [], []
    for words, lang, place, _gate, _gloss in rows("context_words.tsv"):
        if place == "join":
            (en if lang == "en" else zh).extend(w for w in words.split("|"))
    en_alts = "|".join(re.escape(w) for w in sorted(en, key=len, reverse=True) if w.strip())
    zh_alts = "|".join(re.escape(w) for w in sorted(zh, key=len, reverse=True) if w.strip())
    return re.compile(rf"\s+(?:{en_alts})\s+|\s*[/+]\s*|\s*(?:{zh_alts})\s*|(?<=[\u4e00-\u9fff）)])\s+(?=[\u4e00-\u9fffA-Za-z])",
                      re.IGNORECASE)


_QUALIFYING = frozenset({"mod", "spec"})
_RATIO = re.compile(r"ratio|比值|比率|/[^/]*比", re.IGNORECASE)


def parts(request: str) -> tuple[str, ...]:
    """The tests a joined request names, each long enough to ask (血常规和肝功能 -> 血常规, 肝功能); () where it joins none,
    or where a part is only a modality or specimen that qualifies the other ("CT or MRI of the head": a CT of the
    head, never every CT), or a site alone beside a study or examination of a site (the splitter's own rule: "CT of
    the chest and abdomen"); a site alone is otherwise a request of its own (its section: "heart rate / nose")."""
    if _RATIO.search(request):  # 尿蛋白/肌酐比值, "albumin/creatinine ratio": one test
        return ()
    found = tuple(p.strip(_EDGE) for p in _joiner().split(request.strip(_EDGE)))
    found = tuple(p for p in found if p)
    if len(found) < 2 or not all(_long_enough(p) for p in found):
        return ()
    kinds = [kinds_of(p) for p in found]
    if any(k and k <= _QUALIFYING for k in kinds):
        return ()
    if any(k == {"site"} for k in kinds) and any("site" in k and k & {"mod", "marker", "man"} for k in kinds):
        return ()  # "CT of the chest and abdomen", "neuro and skin exam": the site belongs to the other part
    return found


_WORD = re.compile(r"[a-z0-9]+")
_GLUE = frozenset({"of", "the", "a", "an", "in", "on", "at", "for", "to", "with", "her", "his"})


def named_in(piece: str, paths: str) -> bool:
    """Do records' paths (lower case, spaces for underscores) name this part: its Chinese text, or each of its English
    words, whole or as the start of a word (tib in tibia)?"""
    piece = piece.lower()
    if not piece.isascii():
        return piece in paths
    words = [w for w in _WORD.findall(piece) if w not in _GLUE]
    held = _WORD.findall(paths)
    return bool(words) and all(any(h.startswith(w) for h in held) for w in words)
