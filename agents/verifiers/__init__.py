"""Verifiers: score a committed diagnosis against the record's (rule: deterministic; vrm: an LLM judge)."""

from __future__ import annotations

import importlib

from dxgym.agents.types import Verifier
from dxgym.agents.verifiers.rule import RuleVerifier
from dxgym.emr_fixtures.errors import DxgymError

__all__ = ["RuleVerifier", "make_verifier"]


def make_verifier(kind: str = "rule", judge: str | None = None) -> Verifier:
    """Build a verifier by name; the VRM module is imported only when asked for (it pulls in a client)."""
    if kind == "rule":
        return RuleVerifier()
    if kind == "vrm":
        vrm = importlib.import_module("dxgym.agents.verifiers.vrm")
        factory = getattr(vrm, "make_vrm_verifier", None)
        if factory is not None:
            return factory(judge)
        if judge is None:
            raise DxgymError("the vrm verifier needs a judge: --judge SPEC (e.g. openai:MODEL@URL)")
        return vrm.VRMVerifier(judge)
    raise DxgymError(f"unknown verifier {kind!r}: expected 'rule' or 'vrm'")
