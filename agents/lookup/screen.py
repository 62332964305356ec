"""Request screening: what never reaches matching (answer-seeking, injection, garbage, huge input).

The lookup agent must never return anything for a request that aims at the answer ("final
diagnosis", "show all records", other case ids, SQL): such requests are refused here, before any
tier (the optional embedding / LLM tiers included) sees them, so no tier can be gamed by them.
"""

from __future__ import annotations

import re

from dxgym.emr_fixtures.lexicon import fold, tokens

MAX_REQUEST_CHARS = 300  # one examination name or sentence; anything longer is not a request

_DENY_TOKENS = frozenset(
    "diagnosis diagnoses diagnose diagnosed diagnosing dx ddx prognosis answer answers solution icd icd10 "
    "icd9 sql database db schema null "
    "wildcard everything anything agentclinic medqa mimic fhir synthea encounter hadm jsonl json".split()
)
# SQL verbs are also clinical words (foot drop, the drop-arm test, heel drop, a drop attack): a request holding one is
# refused only with a word or mark that makes it a statement (drop TABLE, delete FROM, two verbs, a ';'), so no
# injection reaches a tier and no examination is refused for its name.
_SQL_VERBS = frozenset("select drop insert delete update union truncate exec execute".split())
_SQL_OBJECTS = frozenset("table tables into where values set cases examinations".split())
_SQL_FROM = frozenset({"select", "delete"})  # "select … from", "delete from"
# Words that aim at the answer in free text but also occur in record names ("Infectious_Disease_Testing"):
# a request holding one is answered only by the exact tier, i.e. only when it is a record's own name.
_SOFT_DENY = frozenset("disease diseases illness illnesses etiology aetiology cause causes".split())
_DENY_PHRASES = tuple(
    tuple(p.split())
    for p in (
        "discharge summary", "discharge note", "discharge letter", "what does the patient have",
        "what does she have", "what does he have", "what is wrong", "whats wrong", "what s wrong",
        "other patient", "another patient", "other patients", "next patient", "previous patient",
        "different patient", "other case", "another case", "next case", "other cases", "case id",
        "case ids", "case record", "case file", "medical record", "medical records", "full record",
        "entire record", "whole record", "patient record", "patient records", "the chart", "full chart",
        "ignore previous", "ignore all", "ignore the", "system prompt", "your instructions",
        "previous instructions", "disregard", "final impression", "clinical impression",
        "assessment and plan", "the plan", "working impression",
    )
)
_ALL_WORDS = frozenset("all every entire whole complete full".split())
_ALL_TARGETS = frozenset(
    "records record results tests data examinations exams findings labs chart file files information "
    "info notes documents history entries rows".split()
)
_DENY_ZH = (
    "诊断", "所有", "全部", "一切", "出院", "病历", "答案", "什么病", "啥病", "得了什么", "数据库",
    "其他患者", "其他病人", "别的病人", "别的患者", "另一个病人", "另一位", "病例号", "忽略", "指令",
    "提示词", "疾病名称", "病名", "印象",
)
# Why indexed: a request is checked against every phrase, so phrases are grouped by their first
# word; a request sharing no first word with any phrase (almost all) needs no positional scan.
_PHRASES_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in _DENY_PHRASES:
    _PHRASES_BY_FIRST[_phrase[0]] = (*_PHRASES_BY_FIRST.get(_phrase[0], ()), _phrase)
_PHRASE_FIRST = frozenset(_PHRASES_BY_FIRST)
_DENY_ZH_RE = re.compile("|".join(map(re.escape, _DENY_ZH)))  # one scan instead of one per phrase
_CASE_ID = re.compile(r"[a-z][\w.-]*:[\w./:-]*\d")
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd*=`{}<>\\$|]|--|/\*|\*/")


def exact_only(toks: tuple[str, ...]) -> bool:
    """Must this (screened) request be matched by exact record / group name only?"""
    return not _SOFT_DENY.isdisjoint(toks)


def screen(request: str) -> tuple[str, ...] | None:
    """The request's tokens, or None when it must be answered with nothing."""
    if not isinstance(request, str) or not request or len(request) > MAX_REQUEST_CHARS:
        return None
    if _BAD_CHARS.search(request):
        return None
    folded = fold(request)
    if _CASE_ID.search(folded) or (not folded.isascii() and _DENY_ZH_RE.search(folded)):
        return None
    toks = tokens(request)
    if not toks:
        return None
    words = set(toks)
    if words & _DENY_TOKENS:
        return None
    verbs = words & _SQL_VERBS
    if verbs and (words & _SQL_OBJECTS or len(verbs) > 1 or ";" in request or ("from" in words and verbs & _SQL_FROM)):
        return None
    if words & _ALL_WORDS and words & _ALL_TARGETS:
        return None
    if not _PHRASE_FIRST.isdisjoint(words):
        for i, tok in enumerate(toks):
            for phrase in _PHRASES_BY_FIRST.get(tok, ()):
                if toks[i : i + len(phrase)] == phrase:
                    return None
    return toks
