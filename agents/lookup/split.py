"""Splitting a multi-test request into single requests ("CBC, CMP and a chest x-ray" -> three).

Separators are punctuation, sentence ends and conjunctions (and / 和 / 及 / 以及 ...), except where a
lexicon term spans the conjunction ("urea and electrolytes", "ova and parasites") or where one side
is only a body site that belongs to the other ("CT of the chest and abdomen", "neuro and skin exam").
Filler ("please order", "I'd like", "我想查一下") is stripped from each item.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from dxgym.agents.lookup.reading import cjk
from dxgym.agents.lookup.vocab import rows
from dxgym.emr_fixtures.lexicon import load_lexicon, tag, tokens

MAX_TEXT_CHARS = 4000  # a whole action's request list; anything longer is not a list of tests
MEMO_CHARS = 256  # texts and chunks up to this long are memoised (they repeat across turns and rollouts)

# ";", ",", "、", line breaks, "。！？" anywhere; "." "!" "?" before a space or the end, except after a
# single letter ("C. diff") so initials stay inside their test; a comma between digits is a chemical name's locants
# ("1,25-dihydroxyvitamin D", "2,3-DPG"; IUPAC nomenclature), never a list (round 8b)
_HARD = re.compile(r"\s*(?:[;；，、\n\r\t。！？]|(?<!\d),|,(?!\d)|(?<=\w\w)[.!?](?:\s+|$)|[!?](?:\s+|$))\s*")
_CONJ = re.compile(
    r"\s+(?:and|&|plus|as well as|along with|together with|also|then|followed by|with a|with an)\s+"
    r"|\s*(?:以及|还有|并且|同时|和|及|与|跟|并|加上)\s*",
    re.IGNORECASE,
)
# "us" is the pronoun only in lower case: "US abdomen" is an ultrasound (the standard abbreviation)
_LEAD = re.compile(
    r"^(?:(?:please|kindly|pls|ok(?:ay)?|so|now|next|then|also|and|additionally|plus|finally|lastly|"
    r"first(?:ly)?|second(?:ly)?|can|could|would|will|may|shall|i'd|i'll|we'd|we'll|let's|we|you|i|lets|let|(?-i:us)|"
    r"like|love|want|need|needs|to|like to|go ahead and|order(?:ing)?|get(?:ting)?|obtain|check(?:ing)?|"
    r"request(?:ing)?|send(?:ing)?(?: off)?|run|do|perform|see|review|look at|show(?: me)?|what(?:'s| is| was| are| were)?|"
    r"how about|repeat|draw|have|has|had|there|any|some|a|an|the|her|his|their|its|patient'?s?|this|that|"
    r"请|麻烦|帮我|帮忙|我想|我要|想要|需要|我们需要|再|还要|另外|然后|给患者|给病人|为患者|患者的|病人的|"
    r"查一下|查一查|查查|做一下|看一下|看看|开一个|开个|急查|复查|安排)\b[\s,:]*)+",
    re.IGNORECASE,
)
_LEAD_ZH = re.compile(r"^(?:请|麻烦|帮我|帮忙|我想|我要|想要|需要|我们需要|再|还要|另外|然后|给患者|给病人|为患者|"
                      r"患者的|病人的|查一下|查一查|查查|做一下|看一下|看看|开一个|开个|急查|复查|安排|也)+")
_TRAIL = re.compile(
    r"(?:(?:^|\s+)(?:please|thanks|thank you|as well|too|also|now|stat|today|if possible|if available|"
    r"results?|findings|for (?:her|him|them|the patient|this patient)|on (?:her|him|the patient|this patient))"
    r"[\s.!?]*|(?:结果|一下|吧|吗|呢|谢谢|了)[\s.!?。！？]*)+$",
    re.IGNORECASE,
)


@cache
def _order_words_zh() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The Chinese words that order or ask for a test around its name (`order_words_zh.tsv`): before it (完善, 予,
    建议行, 拟行 …) and after it (水平, 结果如何, 也查一下 …)."""
    def words(place: str) -> str:
        found = sorted((row[0] for row in rows("order_words_zh.tsv") if row[1] == place), key=len, reverse=True)
        return "|".join(map(re.escape, found))

    return re.compile(f"^(?:{words('lead')})+"), re.compile(f"(?:{words('tail')})+$")


_OPEN, _CLOSE = "([（【", ")]）】"
_EDGE = " \t.,;:!?。，；：！？'\""  # punctuation around an item, never part of a name


def _unwrapped(item: str) -> str:
    """The item without punctuation around it, and without a bracket at an end that has no partner: 尿酸(UA) keeps its
    bracket (the record's own name), "(CBC)" and "CBC)" lose theirs."""
    item = item.strip(_EDGE)
    if item and item[0] in _OPEN and item[-1] in _CLOSE and not any(ch in item[1:-1] for ch in _OPEN + _CLOSE):
        item = item[1:-1]
    while item and item[-1] in _CLOSE and not any(ch in item for ch in _OPEN):
        item = item[:-1].rstrip(_EDGE)
    while item and item[0] in _OPEN and not any(ch in item for ch in _CLOSE):
        item = item[1:].lstrip(_EDGE)
    return item.strip()


def _clean(item: str) -> str:
    item = _unwrapped(item)
    prev = None
    while prev != item:
        prev = item
        item = _LEAD.sub("", item).strip()
        item = _LEAD_ZH.sub("", item).strip()
        for words in _order_words_zh():
            item = words.sub("", item).strip() or item  # a word alone stays as written
        item = _TRAIL.sub("", item).strip(_EDGE)
    return item


def _kinds(text: str) -> set[str]:
    lex = load_lexicon()
    spans, _ = tag(tokens(text), lex)
    return {lex.concepts[c].kind for s in spans for c in s.concepts}


def _joins(left: str, conj: str, right: str) -> bool:
    """Should `left conj right` stay one request?"""
    lex = load_lexicon()
    if not _kinds(left) - {"marker", "spec", "man"} or not _kinds(right) - {"marker", "spec", "man"}:
        return True  # one side names no examination: a conjunction inside a name ("炎症及溶血指标")
    lt, ct = tokens(left), tokens(conj)
    spans, _ = tag(lt + ct + tokens(right), lex)
    lo, hi = len(lt), len(lt) + len(ct)
    if any(s.start < hi and s.end > lo for s in spans if ct):
        return True  # a term spans the conjunction
    lk, rk = _kinds(left), _kinds(right)
    context = {"mod", "marker", "man"}
    if rk == {"site"} and lk & context and "site" in lk:
        return True  # "CT of the chest and abdomen"
    if lk == {"site"} and rk & context and "site" in rk:
        return True  # "neuro and skin exam"
    return False


def _split_conj(chunk: str) -> list[str]:
    parts: list[str] = []
    pos = 0
    pieces: list[tuple[str, str]] = []  # (text, conjunction that follows it)
    for m in _CONJ.finditer(chunk):
        pieces.append((chunk[pos : m.start()], m.group(0)))
        pos = m.end()
    pieces.append((chunk[pos:], ""))
    current, conj = pieces[0]
    for text, next_conj in pieces[1:]:
        if text.strip() and current.strip() and not _joins(current, conj, text):
            parts.append(current)
            current = text
        else:
            current = f"{current}{conj}{text}"
        conj = next_conj
    parts.append(current)
    return parts


# A purpose clause after a test ("a urinalysis to look for blood and protein"): what is sought *in* that test,
# not further tests (the protein is the urine's, never the serum's)
_PURPOSE = re.compile(
    r"\s+(?:to (?:look|check|screen|test|assess|evaluate) for|to rule out|to exclude|looking for|"
    r"to see (?:if|whether)|in order to)\b.*$",
    re.IGNORECASE,
)


def _purpose_cut(chunk: str) -> str:
    """The chunk less a purpose clause, where what precedes it is, read alone, a whole test (a panel, study,
    analyte, imaging or examination: "the urine to look for protein" keeps its clause — the urine is only a
    specimen, the protein the test)."""
    m = _PURPOSE.search(chunk)
    if m is None:
        return chunk
    head = _clean(chunk[: m.start()])
    if not head:
        return chunk
    kinds = _kinds(head)
    return chunk[: m.start()] if kinds & {"analyte", "panel", "study", "mod"} else chunk


@cache
def _contractions() -> dict[str, tuple[str, ...]]:
    """Chinese contractions naming two tests (肝肾功能 -> 肝功能, 肾功能; `contractions_zh.tsv`)."""
    return {c: tuple(full.split("|")) for variants, full in rows("contractions_zh.tsv") for c in variants.split("|")}


def _chunk_items(chunk: str) -> tuple[tuple[str, str], ...]:
    """(token key, item) for each request in one chunk between hard separators."""
    out: list[tuple[str, str]] = []
    chunk = _purpose_cut(chunk)
    for part in _split_conj(chunk):
        item = _clean(part) or part.strip(_EDGE)  # "Results" is a group name
        for each in _contractions().get(item, (item,)):
            k = " ".join(tokens(each))
            if each and k:
                out.append((k, each))
    return tuple(out)


# A chunk that only says which side ("slit lamp, right eye", "胸片，左侧"): the previous request's side, not a request
_SIDE_ONLY = re.compile(r"^\s*(?:(?:on\s+)?the\s+)?(?:right|left|both|bilateral|bilaterally)(?:\s+(?:eye|eyes|ear|ears|"
                        r"side|sides|sided|only))?\s*$|^\s*(?:左|右|双)(?:眼|耳|侧)?\s*$", re.IGNORECASE)


def _split(text: str) -> tuple[str, ...]:
    out: dict[str, str] = {}
    for chunk in _HARD.split(text):
        if not chunk or not chunk.strip():
            continue
        if out and _SIDE_ONLY.match(chunk):
            _key, last = out.popitem()
            side = chunk.strip()
            item = f"{last}{side}" if cjk(side[0]) else f"{last} {side}"
            out[" ".join(tokens(item))] = item
            continue
        pairs = _chunk_items_memo(chunk) if len(chunk) <= MEMO_CHARS else _chunk_items(chunk)
        for k, item in pairs:
            if k not in out:
                out[k] = item
    return tuple(out.values())


# Why memoised: splitting is a pure function of the text (the lexicon is loaded once), and the same
# names and lists ("CBC", "Complete_Blood_Count; Chest_X-ray") arrive in every rollout of a case.
# Bounded, and only short texts: a long list is split chunk by chunk, each chunk memoised.
_chunk_items_memo = lru_cache(maxsize=8192)(_chunk_items)
_split_memo = lru_cache(maxsize=8192)(_split)


def clear_memo() -> None:
    """Forget memoised splits (the benchmark's cold figures)."""
    _chunk_items_memo.cache_clear()
    _split_memo.cache_clear()


def split_requests(text: str) -> list[str]:
    """Single requests in `text`, in order, filler stripped, repeats dropped; [] for empty or huge text."""
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT_CHARS:
        return []
    text = text.replace("’", "'").replace("‘", "'")
    return list(_split_memo(text) if len(text) <= MEMO_CHARS else _split(text))
