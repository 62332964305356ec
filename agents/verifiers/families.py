"""Round 8 (issue 14): readings that reach names no table row joins, by relation rather than by vocabulary.

- A condition family whose kinds ICD-10-CM codes elsewhere (`data/condition_families.tsv`, sourced per row):
  NASH (K75.81) is a kind of NAFLD (K76.0), STEMI (I21.3) of acute coronary syndrome (I24.9). An answer read
  as a kind is more specific than the family; the family for a kind stays broader. Matched on the codes the
  verifier reads, so every name of the kind counts in either language.
- A privative "non" dropped or added: "alcoholic fatty liver" is not "nonalcoholic fatty liver disease",
  "Hodgkin lymphoma" not "non-Hodgkin lymphoma". Words-plus-qualifiers reads the longer name as holding the
  shorter one's words; "non" names the opposite kind, so it is another condition.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Protocol

_DATA = Path(__file__).parent / "data" / "condition_families.tsv"


class _Coded(Protocol):
    code: str | None
    narrower: bool
    derived: bool


@lru_cache(maxsize=1)
def _families() -> dict[str, tuple[str, ...]]:
    """family code -> the code prefixes of its kinds."""
    lines = [line for line in _DATA.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    return {row["family_code"]: tuple(k.strip() for k in row["kind_codes"].split(";") if k.strip())
            for row in csv.DictReader(lines, delimiter="\t")}


def _is_kind(code: str, prefix: str) -> bool:
    return code == prefix or code.startswith(prefix + ".") or (prefix.count(".") == 1 and code.startswith(prefix))


def family_kind(refs: Iterable[_Coded], preds: Iterable[_Coded]) -> str | None:
    """The reason an answer is a kind of the reference's family, if it is: the reference read (not as a kind,
    not through a synonym) as a family code, and every coded reading of the answer as one of its kinds."""
    families = _families()
    ref_codes = {r.code for r in refs if r.code and not r.narrower and not r.derived}
    pred_codes = {p.code for p in preds if p.code and not p.derived}
    if not pred_codes:
        return None
    for family in ref_codes & families.keys():
        if all(any(_is_kind(c, k) for k in families[family]) for c in pred_codes):
            return f"more specific: a kind of the reference's family ({', '.join(sorted(pred_codes))} in {family})"
    return None


_NON = re.compile(r"\bnon[- ]?([a-z]{4,})\b")


def privative_flipped(reference: str, prediction: str) -> str | None:
    """The answer names the opposite kind by a "non" prefix one side has and the other lacks, before the same
    word (English names; normalised to lower case here)."""
    a, b = reference.lower(), prediction.lower()
    for x, y in ((a, b), (b, a)):
        for m in _NON.finditer(x):
            word = m.group(1)
            if re.search(rf"\b{word}\b", y) and not re.search(rf"\bnon[- ]?{word}\b", y):
                return f"a different condition (non{word} is not {word})"
    return None


# 假性 (pseudo-) names another condition whatever follows it: 假性痛风 is not gout, 假性动脉瘤 not an aneurysm,
# 胰腺假性囊肿 not a pancreatic cyst. 副 (para-) does where the answer reads as the reference plus a qualifier
# (副伤寒 is not typhoid, 副流感 not influenza); as an old name's part (副鼻窦炎 for 鼻窦炎) it is no qualifier.
_ZH_PSEUDO = re.compile(r"假性(?=(.{2}))")
_ZH_PARA = re.compile(r"副(?=(.{2}))")


def _flipped(pattern: re.Pattern[str], word: str, reference: str, prediction: str) -> str | None:
    for m in pattern.finditer(prediction):
        rest = m.group(1)
        at = reference.find(rest)
        if at >= 0 and not reference[:at].endswith(word):
            return f"a different condition ({word}{rest}… is not {rest}…)"
    return None


def zh_pseudo_flipped(reference: str, prediction: str) -> str | None:
    """The answer is the reference's condition's false form, 假性 before the same characters (Chinese names)."""
    return _flipped(_ZH_PSEUDO, "假性", reference, prediction)


def zh_para_flipped(reference: str, prediction: str, reason: str) -> str | None:
    """The answer, read as the reference plus a qualifier, is its para- form (副伤寒 for 伤寒)."""
    return _flipped(_ZH_PARA, "副", reference, prediction) if "more specific" in reason else None
