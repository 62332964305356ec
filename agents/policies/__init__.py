"""agents.policies."""
