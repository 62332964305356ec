"""Serving helpers: a tiny locally built model and a vLLM OpenAI-compatible server launcher.

Package code (not test code) because `dxgym bench` and the test suite both start the server the
same way. Nothing here downloads anything: the model is built from the shipped fixture text.
"""

from dxgym.agents.serving.tiny_model import TinyModelSpec, build_tiny_model
from dxgym.agents.serving.vllm_server import VLLMServer, VLLMServerConfig, VLLMStartError

__all__ = ["TinyModelSpec", "VLLMServer", "VLLMServerConfig", "VLLMStartError", "build_tiny_model"]
