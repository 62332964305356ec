"""Casefiles: one case per YAML file, in the structure of a Chinese admission record (the WiNGPT-3.0
report's appendix A), keys in English or Chinese, validated by the same `CaseRecord` model as every
other import. `reader` reads them (errors name the file, line and key), `writer` writes them,
`derive` says what a file may leave out; `templates/` holds the commented templates of `cases new`.
"""

from __future__ import annotations

from pathlib import Path

from dxgym.emr_fixtures.casefile.reader import casefiles, parse, read, read_file
from dxgym.emr_fixtures.casefile.writer import dump, file_name

TEMPLATES = Path(__file__).with_name("templates")


def template(language: str) -> str:
    """The commented template of `dxgym cases new --lang LANG`."""
    return (TEMPLATES / f"case_{language}.yaml").read_text(encoding="utf-8")


__all__ = ["TEMPLATES", "casefiles", "dump", "file_name", "parse", "read", "read_file", "template"]
