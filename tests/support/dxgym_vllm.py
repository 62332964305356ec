"""The real vLLM server fixture (a tiny local model, started once per session)."""
