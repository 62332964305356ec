"""Round 57 (issue 14): the kind a Chinese reference names in brackets is kept.

Chinese records put a condition's type in brackets after its name: 主动脉夹层（Stanford A型）, 癫痫（全面性强直-阵挛
发作）, 右侧桡骨远端骨折（伸直型）. The verifier read the name without the bracket, so an answer naming another type —
Stanford B型主动脉夹层, 癫痫失神发作, Smith骨折 (the flexion type) — was "more specific" than the bare name and
accepted. Where an answer is right only as more specific, the pair is judged again with the bracket written in
front of the name, as the type is written there (Stanford A型主动脉夹层); if that reading says the answer is another
condition by its ICD-10-CM code, it is. A bracket read otherwise changes nothing: an alias in brackets, a severity
the answer leaves out, or a kind the tables cannot place ("another kind" of the bare name: 伸直型 is Colles' fracture,
AML-M5 acute monocytic leukaemia, which no table row says).
"""

from __future__ import annotations

from collections.abc import Callable

from dxgym.agents.verifiers.zh_rewrites import NAME_AND_BRACKET
from dxgym.emr_fixtures.diagnosis_terms import has_chinese

Judge = Callable[[str, str], tuple[bool, str, str]]

_OTHER = ("a different condition (ICD-10-CM",)


def bracket_kind_apart(reference: str, prediction: str, reason: str, judge: Judge) -> str | None:
    """Why an answer accepted as more specific than a bracketed Chinese reference names another kind, or None."""
    if not reason.startswith("more specific") or not has_chinese(reference):
        return None
    m = NAME_AND_BRACKET.match(reference.strip())
    if not m or not m.group(1).strip() or not has_chinese(m.group(1)):
        return None
    name, kind = m.group(1).strip(), m.group(2).strip()
    correct, why, _ = judge(kind + name, prediction)
    if correct or not why.startswith(_OTHER):
        return None
    return f"{why} (the kind in the reference's brackets: {kind})"
