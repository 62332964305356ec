"""A finding looked for at a site, asked as a question (看看皮肤有没有出血点, 听一下有没有喘鸣): the finding (round 16,
helper lookup18).

A Chinese clinician asks for a bedside finding as a yes / no question — 看看<部位>有没有<体征>, 听一下有没有<体征>,
<部位>是否有<体征>, 有无<体征> (《诊断学》 第9版 问诊与体格检查的基本方法: "有无杵状指", "有无出血点", "有无压痛"; the ward
round's spoken form of the examination record's 有无 / 未见). The splitter reads off the verb before the item only where
it leads (看看), and the lexicon read the whole question as a site plus unread words, so nothing was found (round 15's
Left list: 看一下小腿有没有结节性红斑). Now, where every tier found nothing, a Chinese request holding one such question
word is asked again as the words after it (the finding); where the words before it name a site (less the verbs and
pronouns of the question), the answer keeps the records whose path names that site, if any does; else it drops those
whose path names another, unrelated site (疱疹 of the ear canal is never the oropharynx's, newcases7 zh, caught before
commit) — a finding filed under the skin or the general examination (入院查体/皮肤/紫纹 for 腹部有没有紫纹) still answers.
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.agents.lookup.query import related
from dxgym.emr_fixtures.lexicon import Lexicon, tag, tokens

# sites that file findings of the whole body (the skin and mucosa, the general or specialty examination)
_ANYWHERE = frozenset({"site_skin", "site_general", "site_local"})

_ASK = tuple(tuple(w) for w in ("有没有", "是否有", "有无"))
# the verbs and pronouns that open the question: never part of a site's name
_OPENERS = tuple(sorted((tuple(w) for w in ("看一下", "看一看", "看看", "看", "听一下", "听一听", "听听", "听", "摸一下",
                                            "摸一摸", "摸摸", "摸", "查一下", "查查", "查", "问一下", "问问", "问", "检查一下",
                                            "检查", "她", "他", "患者", "病人", "的")), key=len, reverse=True))


@lru_cache(maxsize=8192)  # a pure function of the request's tokens
def parts(toks: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(the words before the question word, less its openers; the words after it) for a Chinese question, else None."""
    if all(t.isascii() for t in toks):
        return None
    for k in range(len(toks)):
        ask = next((w for w in _ASK if toks[k:k + len(w)] == w), None)
        if ask is None:
            continue
        after = toks[k + len(ask):]
        if len(after) < 2:
            return None
        before = toks[:k]
        changed = True
        while changed and before:
            changed = False
            for w in _OPENERS:
                if before[:len(w)] == w:
                    before, changed = before[len(w):], True
                    break
                if before[-len(w):] == w:
                    before, changed = before[:-len(w)], True
                    break
        return before, after
    return None


def not_elsewhere(idx, lex: Lexicon, sites: frozenset[str], found: dict) -> dict:
    """`found` less the records whose path names a site unrelated to `sites` (the skin's and the general
    examination's aside)."""
    exams = idx.case.examinations
    out = {}
    for i, t in found.items():
        named = set()
        for part in exams[i].source_key.split("/")[1:]:
            spans, _ = tag(tokens(part.replace("_", " ")), lex)
            named.update(c for sp in spans for c in sp.concepts if lex.concepts[c].kind == "site")
        named -= _ANYWHERE
        if not named or related(frozenset(named), sites):
            out[i] = t
    return out
