"""The examination-lookup agent: `ExamLookup` and `split_requests` (see DESIGN "Examination-lookup agent")."""

from agents.lookup.agent import ExamLookup, FallbackTier
from agents.lookup.split import split_requests

__all__ = ["ExamLookup", "FallbackTier", "split_requests"]
