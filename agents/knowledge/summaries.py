"""The project-written diagnosis summaries: authored as Markdown, shipped as knowledge documents.

`authored/summaries_en.md` and `authored/summaries_zh.md` hold one section per diagnosis in the
fixtures (presentation, key examinations, differential), keyed by a shared id so the English and
Chinese summaries of one diagnosis pair up. They are general medical knowledge written for dxgym,
never text from a case. Markdown keeps them reviewable by clinicians; the parser is strict so a
malformed entry fails the build rather than shipping half a summary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from dxgym.agents.knowledge.documents import Document
from dxgym.agents.knowledge.sources import DXGYM_LICENCE

AUTHORED_DIR = Path(__file__).parent / "authored"
FIELDS = ("id", "icd10", "aliases", "presentation", "key examinations", "differential")
_LABELS = {
    "en": {
        "aliases": "also called",
        "presentation": "Presentation",
        "key examinations": "Key examinations",
        "differential": "Differential diagnosis",
    },
    "zh": {
        "aliases": "又称",
        "presentation": "临床表现",
        "key examinations": "关键检查",
        "differential": "鉴别诊断",
    },
}
_ITEM = re.compile(r"^- ([a-z0-9 ]+):\s*(.*)$")


@dataclass(frozen=True, slots=True)
class Summary:
    key: str
    language: str
    name: str
    icd10: str
    aliases: tuple[str, ...]
    presentation: str
    examinations: str
    differential: str

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def document(self) -> Document:
        labels = _LABELS[self.language]
        if self.language == "zh":
            head = f"{self.name}（ICD-10 {self.icd10}"
            head += f"；{labels['aliases']}：{'、'.join(self.aliases)}）。" if self.aliases else "）。"
            sep = "："
        else:
            head = f"{self.name} (ICD-10 {self.icd10}"
            head += f"; {labels['aliases']}: {'; '.join(self.aliases)})." if self.aliases else ")."
            sep = ": "
        body = [
            head,
            f"{labels['presentation']}{sep}{self.presentation}",
            f"{labels['key examinations']}{sep}{self.examinations}",
            f"{labels['differential']}{sep}{self.differential}",
        ]
        title = f"{self.name}：临床要点" if self.language == "zh" else f"{self.name}: clinical summary"
        return Document(
            f"dxgym:{self.key}:{self.language}",
            title,
            "\n\n".join(body),
            "dxgym",
            DXGYM_LICENCE,
            self.language,
        )


def parse_summaries(path: Path, language: str) -> list[Summary]:
    """Sections `## Name` followed by `- field: value` lines (FIELDS, each exactly once)."""
    summaries: list[Summary] = []
    name: str | None = None
    fields: dict[str, str] = {}
    line_no = 0

    def close(line_no: int) -> None:
        if name is None:
            return
        missing = [f for f in FIELDS if f not in fields or (f != "aliases" and not fields[f])]
        if missing:
            raise ValueError(f"{path}: summary {name!r} before line {line_no} lacks {', '.join(missing)}")
        aliases = tuple(a.strip() for a in re.split(r"[;；]", fields["aliases"]) if a.strip())
        summaries.append(
            Summary(
                fields["id"],
                language,
                name,
                fields["icd10"],
                aliases,
                fields["presentation"],
                fields["key examinations"],
                fields["differential"],
            )
        )

    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("## "):
            close(line_no)
            name, fields = line[3:].strip(), {}
        elif name is not None and (m := _ITEM.match(line)):
            key = m.group(1).strip()
            if key not in FIELDS or key in fields:
                raise ValueError(f"{path}: line {line_no}: unexpected or repeated field {key!r}")
            fields[key] = m.group(2).strip()
        elif name is not None and line.strip() and not line.startswith("<!--"):
            raise ValueError(f"{path}: line {line_no}: expected '- field: value'")
    close(line_no + 1)
    keys = [s.key for s in summaries]
    if len(set(keys)) != len(keys):
        raise ValueError(f"{path}: a summary id appears twice")
    return summaries


def load_summaries(language: str) -> list[Summary]:
    return parse_summaries(AUTHORED_DIR / f"summaries_{language}.md", language)
