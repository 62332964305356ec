"""The rule verifier's verdict on one pair, as the verifier round tests ask it (one helper, not a copy a file).

The language is the reference's script, as `dxgym verify` would be told it; the answer memo is per verifier, so
each call judges afresh."""

from __future__ import annotations

from dxgym.agents.types import VerifyRequest
from dxgym.agents.verifiers import RuleVerifier


def rule_correct(reference: str, prediction: str) -> bool:
    """Whether the rule verifier accepts `prediction` for `reference`."""
    language = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in reference) else "en"
    request = VerifyRequest(reference=reference, prediction=prediction, language=language)
    return RuleVerifier().verify_sync(request).correct
