"""Tokens for BM25: lowercase English words stemmed (Snowball English, PyStemmer — the stemmer bm25s
takes), Chinese segmented by jieba. Stemming lets "infections" meet "infection", "vomiting" meet
"vomit"; stop words are dropped before stemming.

One function serves documents and queries alike, so a mixed query ("重症肌无力 ptosis") matches
English and Chinese passages in one index. Chinese runs use jieba's search mode, which emits a long
word and its dictionary sub-words ("社区获得性肺炎" -> 社区, 获得, 获得性, 肺炎, …) so a short query
still meets a long term. The jieba tokenizer is our own instance (the global one stays untouched),
initialised once, without log noise, with its dictionary cache under dxgym's cache folder.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jieba

# Bumped whenever token output changes: it is part of every index's cache key.
TOKENISER_VERSION = "3"  # 3: English stemming

_TERMS_FILE = Path(__file__).parent / "data" / "zh_terms.txt"
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_CJK_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_EN_WORD = re.compile(r"[a-z0-9]+")
# bm25s's English list plus a few function words; inlined so importing this module stays cheap.
_EN_STOP = frozenset(
    "a an and are as at be but by for if in into is it no not of on or such that the their then there these "
    "they this to was will with also may can e g eg ie etc vs from its than has have had been were which who "
    "do does did often usually".split()
)
# Function words and punctuation-like characters that carry no retrieval signal.
_ZH_STOP = frozenset(
    "的 了 和 与 及 或 等 在 是 有 为 以 对 于 也 并 而 其 之 如 可 由 被 将 时 中 上 下 个 种 "
    "及其 以及 或者 并且 常见 可能 可以 通常 主要 包括 进行 出现 需要 一般 其他 其它 相关".split()
)

_lock = threading.Lock()


def cache_root() -> Path:
    """dxgym's cache folder ($XDG_CACHE_HOME/dxgym, else ~/.cache/dxgym)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dxgym"


def _zh_terms() -> list[str]:
    """Extra words jieba must keep whole, from an optional `data/zh_terms.txt` (none ships: the list
    dxgym once shipped held the fixtures' own diagnosis names)."""
    if not _TERMS_FILE.exists():
        return []
    return [w.strip() for w in _TERMS_FILE.read_text(encoding="utf-8").splitlines() if w.strip()]


@lru_cache(maxsize=1)
def tokeniser_fingerprint() -> str:
    """Identifies the token output: version plus the custom word list (both change segmentation)."""
    digest = hashlib.sha256(TOKENISER_VERSION.encode())
    digest.update("\n".join(_zh_terms()).encode())
    return digest.hexdigest()[:16]


_jieba: jieba.Tokenizer | None = None


def _segmenter() -> jieba.Tokenizer:
    """The jieba tokenizer, built on first Chinese text (about a second cold, less with its cache)."""
    global _jieba
    if _jieba is not None:
        return _jieba
    with _lock:
        if _jieba is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            cache_dir = cache_root() / "jieba"
            try:
                cache_dir.mkdir(parents=True, exist_ok=True)
                tokenizer.tmp_dir = str(cache_dir)
            except OSError:
                pass  # an unwritable cache only costs start-up time
            tokenizer.initialize()
            for word in _zh_terms():
                tokenizer.add_word(word, freq=2000)
            _jieba = tokenizer
    return _jieba


def has_cjk(text: str) -> bool:
    return _CJK_CHAR.search(text) is not None


def detect_language(text: str) -> str:
    """'zh' when Chinese characters make up a fair share of the letters, else 'en'."""
    cjk = len(_CJK_CHAR.findall(text))
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return "zh" if cjk and cjk * 3 >= latin else "en"


def tokenise(text: str) -> list[str]:
    """Index / query tokens for `text`, in order (duplicates kept: BM25 counts term frequency)."""
    text = unicodedata.normalize("NFKC", text).lower()
    tokens: list[str] = []
    position = 0
    for match in _CJK_RUN.finditer(text):
        _latin(text[position : match.start()], tokens)
        tokens.extend(w for w in _segmenter().cut_for_search(match.group()) if w not in _ZH_STOP)
        position = match.end()
    _latin(text[position:], tokens)
    return tokens


@lru_cache(maxsize=1)
def _stemmer() -> object:
    import Stemmer  # PyStemmer

    return Stemmer.Stemmer("english")


def _latin(text: str, out: list[str]) -> None:
    words = [w for w in _EN_WORD.findall(text) if w not in _EN_STOP]
    if words:
        out.extend(_stemmer().stemWords(words))  # type: ignore[attr-defined]
