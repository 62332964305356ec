"""Turning a policy's answer into the diagnosis it commits to, or saying it commits to none.

Answers arrive as `\\boxed{...}`, with "Final diagnosis:" prefixes and "[1][3]" citations: `clean`
keeps the diagnosis words. Whether they commit to one diagnosis (hedges, negations, lists) is
`answer_forms.parse_answer`.
"""

from __future__ import annotations

import re

from dxgym.emr_fixtures.answer_memos import answer_memo

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


@answer_memo()
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
