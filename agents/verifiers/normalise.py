"""Turning a policy's answer into the diagnosis it commits to, or saying it commits to none.

Answers arrive as `\\boxed{...}`, with "Final diagnosis:" prefixes and "[1][3]" citations, and
sometimes as a negation ("rule out MG") or a differential ("MG or Lambert-Eaton"). A negated or
hedged answer is not a committed diagnosis and scores 0 whatever it names: otherwise listing
candidates would be rewarded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_BOXED = re.compile(r"\\boxed\s*\{")
_CITATIONS = re.compile(r"\s*(?:\[\s*\d+(?:\s*[,\-–]\s*\d+)*\s*\])+")
_PREFIX = re.compile(
    r"^\s*(?:(?:my|the|our)\s+)?(?:(?:final|most\s+likely|likely|working|primary|principal|definitive|"
    r"leading|clinical)\s+)*(?:diagnosis|dx|impression|answer|assessment)\s*(?:is|would\s+be|:|-|=)\s*"
    r"|^\s*(?:the\s+)?(?:patient|pt)\s+(?:has|had|is\s+suffering\s+from|suffers\s+from)\s+"
    r"|^\s*(?:this|it)\s+is\s+(?:most\s+likely\s+|likely\s+|consistent\s+with\s+)?"
    r"|^\s*(?:consistent\s+with|diagnosed\s+with|diagnosis\s+of)\s+",
    re.IGNORECASE,
)
_ZH_PREFIX = re.compile(
    r"^\s*(?:(?:最终|初步|主要|临床|出院|入院|最可能的?)?(?:诊断|印象)(?:为|是|考虑为?)?\s*[:：]?\s*|诊断考虑\s*[:：]?\s*)"
    r"|^\s*(?:考虑为?|拟诊为?|确诊为?|符合|患者(?:为|患有|诊断为)?)\s*"
)
_TRAILING = re.compile(r"[\s.。;；!！,，]+$")


def _unbox(text: str) -> str:
    """Contents of the last balanced \\boxed{...}, else the text as is."""
    matches = list(_BOXED.finditer(text))
    if not matches:
        return text
    start = matches[-1].end()
    depth = 1
    for i in range(start, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return text[start:i]
    return text[start:]


@lru_cache(maxsize=65536)
def clean(text: str) -> str:
    """Strip markup, prefixes, citations and trailing punctuation; keep the diagnosis words."""
    text = _unbox(text.strip())
    text = re.sub(r"</?diagnosis>|\*\*|__|`", "", text)
    text = re.sub(r"\\text\s*\{([^{}]*)\}", r"\1", text)
    text = _CITATIONS.sub("", text)
    for _ in range(3):
        new = _ZH_PREFIX.sub("", _PREFIX.sub("", text))
        if new == text:
            break
        text = new
    return _TRAILING.sub("", text).strip()


# --- commitment --------------------------------------------------------------------------------

_NEG_START = re.compile(
    r"^(?:not|no|never|without\s+evidence\s+of|no\s+evidence\s+of|rule\s*out|r/o|ruled\s+out|"
    r"exclude[ds]?|excluding|unlikely(?:\s+to\s+be)?|negative\s+for|absence\s+of|doubt(?:ful)?|"
    r"it\s+is\s+not|this\s+is\s+not|does\s+not\s+have|doesn't\s+have|not\s+consistent\s+with)\b",
    re.IGNORECASE,
)
_NEG_END = re.compile(
    r"\b(?:ruled\s+out|excluded|unlikely|is\s+unlikely|not\s+likely|was\s+ruled\s+out|"
    r"has\s+been\s+excluded|is\s+not\s+the\s+diagnosis|not\s+present|negative)$",
    re.IGNORECASE,
)
_ZH_NEG_START = re.compile(r"^(?:排除|除外|不是|并非|非|无|否认|不考虑|不支持|未见)")
_ZH_NEG_END = re.compile(r"(?:除外|已排除|可排除|可能性小|可能性不大|不考虑|不支持|不成立)$")
# Hedges: alternatives offered, or a question rather than an answer.
_HEDGE = re.compile(
    r"\b(?:or|vs\.?|versus|and/or|either|differential(?:\s+diagnos[ie]s)?|ddx|"
    r"cannot\s+(?:rule\s+out|exclude)|can't\s+(?:rule\s+out|exclude)|to\s+be\s+excluded)\b|\?|/",
    re.IGNORECASE,
)
_ZH_HEDGE = re.compile(r"或者?|还是|与.{1,20}鉴别|鉴别诊断|待排|待查|不除外|不能排除|？|\?|/|／")
_CLAUSE_NEG = re.compile(r"\s*(?:,|;|，|；)\s*(?:but\s+)?(?:not|rather\s+than|excluding|排除|而非|不是)\b.*$", re.IGNORECASE)
_CLAUSE_NEG_ZH = re.compile(r"\s*(?:,|;|，|；)\s*(?:排除|而非|不是|除外).*$")


@dataclass(frozen=True)
class Commitment:
    """What the answer commits to: `diagnosis` (cleaned), or `problem` saying why it commits to none."""

    diagnosis: str
    problem: str | None = None


@lru_cache(maxsize=65536)
def commitment(text: str) -> Commitment:
    """Clean an answer and decide whether it commits to one diagnosis."""
    diagnosis = clean(text)
    if not diagnosis:
        return Commitment("", "empty answer: no diagnosis committed")
    lowered = diagnosis.lower()
    # "MG, not Lambert-Eaton": the trailing clause negates another name; the head stands.
    head = _CLAUSE_NEG.sub("", diagnosis)
    head = _CLAUSE_NEG_ZH.sub("", head).strip()
    if head and head != diagnosis:
        diagnosis = head
        lowered = head.lower()
    if _NEG_START.search(lowered) or _NEG_END.search(lowered):
        return Commitment(diagnosis, "negated: the answer rules the diagnosis out")
    if _ZH_NEG_START.search(diagnosis) or _ZH_NEG_END.search(diagnosis):
        return Commitment(diagnosis, "negated: the answer rules the diagnosis out (排除)")
    if _HEDGE.search(lowered) or _ZH_HEDGE.search(diagnosis):
        return Commitment(diagnosis, "hedged: a differential, not one committed diagnosis")
    if len(re.split(r"\s*[,;，；、]\s*", diagnosis)) >= 3:
        return Commitment(diagnosis, "hedged: a list of diagnoses, not one committed diagnosis")
    return Commitment(diagnosis)
