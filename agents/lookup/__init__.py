"""agents.lookup."""
