"""The project's Chinese fixture cases, authored compactly (see `dsl.py`), built by
`python -m dxgym.emr_fixtures.build_zh_fixtures` into `emr_fixtures/data/cases_zh.jsonl`.

Written by the dxgym project; not real patients (see README.md in this folder).
"""

from dxgym.emr_fixtures.zh_cases import originals_internal, originals_more, translations

ORIGINALS = (*originals_internal.CASES, *originals_more.CASES)
TRANSLATIONS = tuple(translations.CASES)

__all__ = ["ORIGINALS", "TRANSLATIONS"]
