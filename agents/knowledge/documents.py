"""Documents and their passages, and the readers for what a user hands to `dxgym kb index`.

A document keeps its citation (id, title, source, licence) so every passage cut from it can be cited
on its own. Passages are short (a few sentences) because an observation shows several of them and a
policy cites them by `passage_id` (`{doc_id}#p{n}`, n from 0, stable while the text is unchanged).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dxgym.agents.knowledge.tokenise import detect_language
from dxgym.emr_fixtures.errors import DxgymError

USER_LICENCE = "unspecified (user-supplied)"
MAX_WORDS = 160  # English words per passage
MAX_CJK_CHARS = 450  # characters per passage for Chinese text (a summary stays one passage)
_SUFFIXES = {".jsonl": "jsonl", ".md": "markdown", ".markdown": "markdown", ".txt": "text"}
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?;。！？；])\s*")


class KnowledgeInputError(DxgymError):
    """A path given to `kb index` that cannot become documents (missing, empty, malformed)."""


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    title: str
    text: str
    source: str
    licence: str
    language: str = "en"

    def to_json(self) -> dict[str, str]:
        return {
            "id": self.id,
            "title": self.title,
            "text": self.text,
            "source": self.source,
            "licence": self.licence,
            "language": self.language,
        }


@dataclass(frozen=True, slots=True)
class PassageRecord:
    """One indexed chunk: what a search returns, before it is scored."""

    passage_id: str
    doc_id: str
    title: str
    source: str
    licence: str
    language: str
    text: str

    def to_json(self) -> dict[str, str]:
        return {
            "passage_id": self.passage_id,
            "doc_id": self.doc_id,
            "title": self.title,
            "source": self.source,
            "licence": self.licence,
            "language": self.language,
            "text": self.text,
        }


def _size(text: str, chinese: bool) -> int:
    return len(text) if chinese else len(text.split())


def _pieces(text: str, chinese: bool, limit: int) -> Iterator[str]:
    """Paragraphs, and sentences of a paragraph too long to stand as one passage."""
    for paragraph in re.split(r"\n\s*\n|\n(?=[-*•] )", text):
        paragraph = " ".join(paragraph.split()) if not chinese else paragraph.strip()
        if not paragraph:
            continue
        if _size(paragraph, chinese) <= limit:
            yield paragraph
            continue
        for sentence in _SENTENCE_END.split(paragraph):
            sentence = sentence.strip()
            while _size(sentence, chinese) > limit:  # a run-on "sentence": cut hard
                if chinese:
                    head, sentence = sentence[:limit], sentence[limit:]
                else:
                    words = sentence.split()
                    head, sentence = " ".join(words[:limit]), " ".join(words[limit:])
                yield head
            if sentence:
                yield sentence


def chunk(doc: Document) -> list[PassageRecord]:
    """Pack a document's paragraphs greedily into passages of at most MAX_WORDS / MAX_CJK_CHARS."""
    chinese = doc.language == "zh"
    limit = MAX_CJK_CHARS if chinese else MAX_WORDS
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for piece in _pieces(doc.text, chinese, limit):
        piece_size = _size(piece, chinese)
        if current and size + piece_size > limit:
            chunks.append("\n".join(current))
            current, size = [], 0
        current.append(piece)
        size += piece_size
    if current:
        chunks.append("\n".join(current))
    return [
        PassageRecord(f"{doc.id}#p{n}", doc.id, doc.title, doc.source, doc.licence, doc.language, text)
        for n, text in enumerate(chunks)
    ]


# --- readers ------------------------------------------------------------------------------------


def _slug(text: str) -> str:
    slug = re.sub(r"[^\w]+", "-", text.strip().lower(), flags=re.UNICODE).strip("-")
    return slug or "section"


def _language(given: object, text: str) -> str:
    """'en' / 'zh' as given or detected; any other language is 'und' (the index filters by en/zh)."""
    if not given:
        return detect_language(text)
    code = str(given).lower().split("-")[0]
    return code if code in ("en", "zh") else "und"


def read_jsonl(path: Path, default_source: str | None = None) -> Iterator[Document]:
    """One document a line: `text` required; id/title/source/licence/language default sensibly."""
    with path.open(encoding="utf-8") as handle:
        for row, line in enumerate(handle):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise KnowledgeInputError(f"{path}: line {row + 1} is not JSON ({exc.msg})") from None
            if (
                not isinstance(data, dict)
                or not isinstance(data.get("text"), str)
                or not data["text"].strip()
            ):
                raise KnowledgeInputError(f"{path}: line {row + 1} has no 'text' string")
            text = data["text"]
            doc_id = str(data.get("id") or f"{path.stem}:{row}")
            yield Document(
                id=doc_id,
                title=str(data.get("title") or doc_id),
                text=text,
                source=str(data.get("source") or default_source or path.name),
                licence=str(data.get("licence") or data.get("license") or USER_LICENCE),
                language=_language(data.get("language"), text),
            )


def read_markdown(path: Path, doc_prefix: str, source: str) -> Iterator[Document]:
    """One document per heading section; its title carries the headings above it for context."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    stack: list[tuple[int, str]] = []
    body: list[str] = []
    seen: dict[str, int] = {}
    file_title = path.stem.replace("_", " ").replace("-", " ")

    def flush() -> Iterator[Document]:
        text = "\n".join(body).strip()
        if not text:
            return
        headings = [h for _, h in stack]
        title = " › ".join(headings) if headings else file_title
        slug = _slug(headings[-1]) if headings else "intro"
        seen[slug] = seen.get(slug, 0) + 1
        if seen[slug] > 1:
            slug = f"{slug}-{seen[slug]}"
        yield Document(f"{doc_prefix}/{slug}", title, text, source, USER_LICENCE, detect_language(text))

    in_fence = False
    for line in lines:
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        heading = None if in_fence else _HEADING.match(line)
        if heading:
            yield from flush()
            body = []
            level = len(heading.group(1))
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, heading.group(2)))
        else:
            body.append(line)
    yield from flush()


def read_text(path: Path, doc_id: str, source: str) -> Iterator[Document]:
    text = path.read_text(encoding="utf-8", errors="replace").strip()
    if text:
        title = path.stem.replace("_", " ").replace("-", " ")
        yield Document(doc_id, title, text, source, USER_LICENCE, detect_language(text))


def _files(path: Path) -> list[tuple[Path, Path]]:
    """(file, root) pairs for a file or every supported file under a folder, in a stable order."""
    if not path.exists():
        raise KnowledgeInputError(f"no such file or folder: {path}")
    if path.is_file():
        if path.suffix.lower() not in _SUFFIXES:
            raise KnowledgeInputError(f"{path}: unsupported file type (use .jsonl, .md or .txt)")
        return [(path, path.parent)]
    found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _SUFFIXES)
    found = [p for p in found if not any(part.startswith(".") for part in p.relative_to(path).parts)]
    if not found:
        raise KnowledgeInputError(f"{path}: no .jsonl, .md or .txt files in this folder")
    return [(p, path) for p in found]


def is_binary(path: Path) -> bool:
    """A file that is not UTF-8 text (a NUL byte, or bytes that do not decode): never indexed as text."""
    data = path.read_bytes()
    if b"\0" in data[:8192]:
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def load_documents(paths: Iterable[str | Path], skipped: list[Path] | None = None) -> list[Document]:
    """Every document in the given files and folders; ids stay unique across them. Binary files are
    left out and appended to `skipped` (when given) so the caller can name them."""
    docs: list[Document] = []
    ids: set[str] = set()
    for given in paths:
        for file, root in _files(Path(given)):
            if is_binary(file):
                if skipped is not None:
                    skipped.append(file)
                continue
            rel = file.relative_to(root).with_suffix("").as_posix()
            kind = _SUFFIXES[file.suffix.lower()]
            if kind == "jsonl":
                found = read_jsonl(file)
            elif kind == "markdown":
                found = read_markdown(file, rel, file.name)
            else:
                found = read_text(file, rel, file.name)
            for doc in found:
                if doc.id in ids:
                    raise KnowledgeInputError(f"{file}: document id {doc.id!r} appears twice")
                ids.add(doc.id)
                docs.append(doc)
    if not docs:
        binary = f" (skipped as binary: {', '.join(str(p) for p in skipped)})" if skipped else ""
        raise KnowledgeInputError(f"the given files hold no text to index{binary}")
    return docs
