"""The examination-lookup agent: `ExamLookup` and `split_requests` (see DESIGN "Examination-lookup agent")."""

from dxgym.agents.lookup.agent import ExamLookup, FallbackTier
from dxgym.agents.lookup.split import split_requests

__all__ = ["ExamLookup", "FallbackTier", "split_requests"]
