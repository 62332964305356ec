"""agents.knowledge."""
