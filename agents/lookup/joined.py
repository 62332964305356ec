"""A record or section named by its path rather than by one name (round 9b, helper lookup12).

Three ways a request names what a source files across path segments, each checked only against this case's paths:

- **Two segments joined**: 腹部触诊 is 体格检查/腹部/触诊/*, "knee reflexes" Reflexes/Knee (an English name may put the
  parent last). A request whose words are exactly a parent segment's name followed by its child's (or, in English,
  the child's then the parent's) gets every record below the child; before, the lexicon read 腹部 + 触诊 as a section
  and a manoeuvre and picked one palpation record.
- **An examination verb before a name**: 摸摸前囟 / "measure the head circumference" name the 前囟 / Head_Circumference
  record with a verb of how it is examined (Bates' four manoeuvres; 《诊断学》 视、触、叩、听, and measuring). Where the
  words after a leading run of such verbs (`data/exam_verbs_round9b.tsv`) are exactly a physical-examination record's
  own name, that is the answer (never a study's record of that name: 摸摸甲状腺 is not the ultrasound's 甲状腺); a
  verb before a section's name is that section's manoeuvre ("palpate the abdomen": the tiers narrow it), and before
  words that name no record it changes nothing.
- **A procedure by another of its names**: a path segment whose whole name is a term of a procedure the request
  reads (腰椎穿刺放液试验 for 腰穿放液试验 / "CSF tap test"; the procedures that hold other tests by design are listed in
  `data/procedures_round9b.tsv`) holds its records at every depth, the assessments filed inside it included; a
  measurement's segment does not (a speech test filed inside a pure-tone audiogram stays the speech test's).

English words match singular or plural ("pupil" is a Pupils segment).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources

from dxgym.agents.lookup.index import GENERIC_NAMES, CaseIndex, name_keys
from dxgym.agents.lookup.query import FILLER, Query
from dxgym.emr_fixtures.lexicon import Lexicon, load_sign_names, tag, tokens

_SIDES = frozenset("left right lt rt 左 右 双".split())
_BEDSIDE_CATEGORIES = frozenset({"physical_examination", "other"})


@lru_cache(maxsize=65536)
def _singular(key: str) -> str:
    """An English key with each word's plural -s dropped (Pupils -> pupil); Chinese keys are unchanged."""
    return " ".join(w[:-1] if w.isascii() and len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                    for w in key.split())


def _lines(name: str) -> list[str]:
    text = resources.files("dxgym.emr_fixtures.lexicon").joinpath("data", name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def exam_verbs() -> frozenset[str]:
    """Token keys of the examination verbs (`exam_verbs_round9b.tsv`, one per line, `#` comments)."""
    return frozenset(" ".join(tokens(line)) for line in _lines("exam_verbs_round9b.tsv"))


@cache
def _verb_words() -> frozenset[str]:
    """Every token of every examination verb (a quick test that a request may begin with one)."""
    return frozenset(w for v in exam_verbs() for w in v.split())


@cache
def procedures() -> frozenset[str]:
    """Concept ids of the procedures that hold other tests by design (`procedures_*.tsv`: studies, and the
    diagnostic taps the lexicon reads as their fluid's panel)."""
    return frozenset(_procedure_words())


@cache
def _procedure_words() -> dict[str, tuple[str, ...]]:
    """Procedure id -> the words a request must hold to ask the whole procedure (none: any request that reads as it)."""
    data = resources.files("dxgym.emr_fixtures.lexicon").joinpath("data")
    out: dict[str, tuple[str, ...]] = {}
    for f in sorted(p.name for p in data.iterdir() if p.name.startswith("procedures_")):
        for line in _lines(f):
            cid, _, words = line.partition("\t")
            out[cid.strip()] = tuple(w for w in words.strip().split("|") if w)
    return out


def names_the_procedure(cid: str, toks: tuple[str, ...]) -> bool:
    """Does the request hold a word that names procedure `cid` itself (a tap, not its fluid's routine)?"""
    words = _procedure_words().get(cid, ())
    if not words:
        return True
    text = " ".join(toks)
    latin = [t for t in toks if t.isascii()]
    return any((w in text) if not w.isascii() else
               (" " in w and f" {w} " in f" {text} ") or any(t == w or t.endswith(w) for t in latin) for w in words)


def _names(idx: CaseIndex) -> dict[str, tuple[int, ...]]:
    """Singular key of each path segment's and record's own name, and of each parent + child pair joined -> records
    below it (built once per case index)."""
    return idx.derived("joined_names", _build)


def _build(idx: CaseIndex) -> dict[str, tuple[int, ...]]:
    out: dict[str, list[int]] = {}
    for i, rec in enumerate(idx.case.examinations):
        parts = [p.replace("_", " ") for p in rec.source_key.split("/")[1:]]
        for j, part in enumerate(parts):
            for k in name_keys(part):
                if k not in GENERIC_NAMES:
                    out.setdefault("1|" + _singular(k), []).append(i)
                    if j == len(parts) - 1:  # the record's own name
                        out.setdefault("0|" + _singular(k), []).append(i)
            if not j:
                continue
            child = name_keys(part)[0]
            for parent in name_keys(parts[j - 1]):
                if parent in GENERIC_NAMES:  # a generic child (触诊, Palpation) is what the pair makes specific
                    continue
                # either order: 腹部 + 触诊, and a site before its test (下肢肌张力, "knee reflexes")
                for key in (f"{parent} {child}", f"{child} {parent}"):
                    out.setdefault("2|" + _singular(key), []).append(i)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def _core(toks: tuple[str, ...]) -> tuple[str, ...]:
    i, j = 0, len(toks)
    while i < j and toks[i] in FILLER:
        i += 1
    while j > i and toks[j - 1] in FILLER:
        j -= 1
    return toks[i:j]


def _after_verbs(toks: tuple[str, ...]) -> tuple[str, ...] | None:
    """The request's core after a leading run of examination verbs (and filler between them), or None without one."""
    if not toks or not (set(toks) & _verb_words()):
        return None  # most requests hold no verb word: nothing to strip
    verbs, core, i, seen = exam_verbs(), _core(toks), 0, False
    while i < len(core):
        for n in (3, 2, 1):
            if " ".join(core[i:i + n]) in verbs:
                i, seen = i + n, True
                break
        else:
            if core[i] in FILLER:
                i += 1
                continue
            break
    return _core(core[i:]) if seen and i < len(core) else None


@lru_cache(maxsize=16_384)  # a pure function of the request's tokens: built once per token sequence
def _pair_keys(toks: tuple[str, ...]) -> tuple[str, ...]:
    """The parent + child keys `pair` tries, in order: the core with side words set aside, from its start and past
    each leading filler character."""
    core = [t for t in toks if t not in _SIDES]
    while core and core[-1] in FILLER:
        core.pop()
    keys: list[str] = []
    for start in range(len(core) - 1):  # a filler character may begin the name (下 of 查一下下肢肌张力)
        keys.append("2|" + _singular(" ".join(core[start:])))
        if core[start] not in FILLER:
            break
    return tuple(keys)


# A set of limbs named as one word, and the limbs a source files each under (《诊断学》 第9版 运动功能检查: 肌力 and 肌张力
# are examined and recorded limb by limb, 左 / 右 上肢 and 下肢; 四肢 is all four, 双上肢 / 双下肢 a pair; round 13).
_LIMB_SETS = {
    ("四", "肢"): ("右上肢", "左上肢", "右下肢", "左下肢"),
    ("双", "上", "肢"): ("右上肢", "左上肢"),
    ("双", "下", "肢"): ("右下肢", "左下肢"),
    # a limb without its side (the request's side words are set aside before: 右下肢肌力 reads 下肢肌力, and `sides`
    # then keeps the right limb's record)
    ("上", "肢"): ("右上肢", "左上肢"),
    ("下", "肢"): ("右下肢", "左下肢"),
}


@lru_cache(maxsize=16_384)
def _limb_keys(toks: tuple[str, ...]) -> tuple[str, ...]:
    """The limb + parent keys a request beginning with a set of limbs (四肢肌力) stands for, else ()."""
    core = tuple(t for t in toks if t not in _SIDES)  # 右 / 双 set aside: `sides` keeps the side asked
    for start in range(len(core) - 1):  # a filler character may begin the name (下 of 查一下, and of 下肢)
        for word, limbs in _LIMB_SETS.items():
            rest = _core(core[start + len(word):])
            if core[start:start + len(word)] == word and rest:
                return tuple("2|" + " ".join(tokens(limb)) + " " + " ".join(rest) for limb in limbs)
        if core[start] not in FILLER:
            break
    return ()


def pair(idx: CaseIndex, toks: tuple[str, ...]) -> dict:
    """The records below a parent + child segment pair the request's core names exactly, else {}. Side words are set
    aside (mRSS左手指 is mRSS/手指; `sides` then keeps the left)."""
    keys = _pair_keys(toks)
    if not keys:
        return {}
    names = _names(idx)
    limbs = _limb_keys(toks)
    if limbs:  # 四肢肌力: the four limbs' records of a parent filed limb by limb (肌力/右上肢 … 左下肢)
        found = [i for key in limbs for i in names.get(key, ())]
        if found:
            return dict.fromkeys(found, "exact")
    for key in keys:
        found = names.get(key)
        if found:
            return dict.fromkeys(found, "exact")
    return {}


def after_verb(idx: CaseIndex, toks: tuple[str, ...]) -> dict:
    """The physical-examination records a name after a leading examination verb names exactly (their own name), else {}."""
    keys = _verb_keys(toks)
    if not keys:
        return {}
    names, exams = _names(idx), idx.case.examinations
    for key in keys:
        # a verb of the bedside: its examination's records (摸摸甲状腺 is not the thyroid ultrasound's 甲状腺); a mental-state
        # item a source files as "other" (精神检查/自知力: 评估自知力) is examined at the bedside too (round 12)
        found = [i for i in names.get(key, ()) if exams[i].category in _BEDSIDE_CATEGORIES]
        if found:
            return dict.fromkeys(found, "exact")
    return {}


@lru_cache(maxsize=16_384)  # a pure function of the request's tokens
def _verb_keys(toks: tuple[str, ...]) -> tuple[str, ...]:
    """The record-name keys `after_verb` tries: the name after the verbs, then its sign's names in the other language."""
    rest = _after_verbs(toks)
    if not rest:
        return ()
    text = " ".join(rest)
    return tuple("0|" + _singular(k) for k in (text, *load_sign_names().get(text, ())))


def named_site(idx: CaseIndex, q: Query) -> dict:
    """For a request naming only an examination site, the physical-examination records below a segment named exactly
    as the request's core ("the left pupil": Pupils/Left, not a fundoscopy's Left_Eye that also reads as the eye)."""
    if not q.exam_sites or q.concepts or q.imaging or q.manoeuvres or len(q.exact_keys) < 1:
        return {}
    exams = idx.case.examinations
    found = _names(idx).get("1|" + _singular(q.exact_keys[-1]), ())
    return {i: "exact" for i in found if exams[i].category == "physical_examination"}


def procedure(idx: CaseIndex, q: Query, lex: Lexicon, found: dict) -> dict:
    """`found` with every record below a path segment whose whole name is a term of a study the request reads."""
    if len(q.concepts) != 1 or q.content or q.forms or q.exam_sites or q.manoeuvres:
        return found  # the study asked alone: a part of it asked by name stays that part
    studies = {c for c, _ in q.concepts if names_the_procedure(c, q.exact_keys[0].split())} & procedures()
    if not studies:
        return found
    segs = idx.derived("study_segments", lambda i: _study_segments(i, lex))
    extra = [r for c in studies for r in segs.get(c, ())]
    return {**found, **{r: found.get(r, "lexicon") for r in extra}} if extra else found


def _study_segments(idx: CaseIndex, lex: Lexicon) -> dict[str, tuple[int, ...]]:
    """Study id -> the records below a path segment (above the record) whose whole name is one of its terms. The top
    segment counts too (round 13): a source may file a procedure at the top of its paths (支气管镜检查/支气管肺泡灌洗液/…,
    no 辅助检查 above it); a top that is a section's name (Test_Results, 辅助检查) is no study's term."""
    out: dict[str, list[int]] = {}
    for i, rec in enumerate(idx.case.examinations):
        for seg in rec.source_key.split("/")[:-1]:
            for k in name_keys(seg.replace("_", " ")):
                term = lex.terms.get(k)
                if term is not None and not term.weak and len(term.concepts) == 1:
                    (cid,) = term.concepts
                    if lex.concepts[cid].kind == "study" or cid in procedures():
                        out.setdefault(cid, []).append(i)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


_BRACKETS = re.compile(r"[(（]([^()（）]{2,40})[)）]")


def bracketed(request: str) -> str | None:
    """The text of a request's bracket (看一下手指遇冷的颜色变化（雷诺现象）: 雷诺现象), asked alone where the whole
    request found nothing: a name written beside its description."""
    m = _BRACKETS.search(request)
    return m.group(1) if m and m.group(0) != request.strip() else None


def site_first(idx: CaseIndex, toks: tuple[str, ...], lex: Lexicon) -> tuple[tuple[str, ...], frozenset[str]] | None:
    """(the words after a leading site, the site and the sites it lies in) for a request that begins with a site
    (after side words) and goes on to other words (右膝浮髌试验: 膝, 浮髌试验), else None."""
    core = _core(tuple(t for t in toks if t not in _SIDES))
    spans, _ = tag(core, lex)
    if not spans or spans[0].start != 0 or spans[0].end >= len(core):
        return None
    sites = [c for c in spans[0].concepts if lex.concepts[c].kind == "site"]
    if not sites:
        return None
    return core[spans[0].end:], frozenset(sites)


def at_site(idx: CaseIndex, lex: Lexicon, sites: frozenset[str], found: dict) -> dict:
    """The records of `found` whose path names one of `sites` (in either language: the lexicon reads the segments)."""
    exams = idx.case.examinations
    out = {}
    for i, t in found.items():
        read = set()
        for part in exams[i].source_key.split("/")[1:]:
            spans, _ = tag(tokens(part.replace("_", " ")), lex)
            read.update(c for sp in spans for c in sp.concepts)
        if read & sites:
            out[i] = t
    return out


def text(toks: tuple[str, ...]) -> str:
    """Tokens back as a request: Chinese characters run together, other words spaced."""
    out = ""
    for t in toks:
        out += t if (not t.isascii() and (not out or not out[-1].isascii())) else (" " + t if out else t)
    return out


_AND = re.compile(r"\s+(?:and|&)\s+|[和及与、]")


def each_half(request: str, ask: Callable[[str], dict]) -> dict:
    """For a request that found nothing: two sites kept together by the splitter ("examine the palms and soles",
    "check the heart and lungs": a site pair is one request for imaging, CT of the chest and abdomen) asked one by one,
    the records both halves find (round 26). Where one half finds nothing the pair is no answer, as round 8b's
    coordinated signs are ("the Schwabach and Weber tests" on a case without the Schwabach test)."""
    parts = _AND.split(request, maxsplit=1)
    if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
        return {}
    first = ask(parts[0].strip())
    second = ask(parts[1].strip()) if first else {}
    return {**first, **second} if first and second else {}
