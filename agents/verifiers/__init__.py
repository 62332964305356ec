"""agents.verifiers."""
