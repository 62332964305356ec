"""The core of a diagnosis name that `coding.assign_icd10` could not code: the name without the
place and the numbered stage or grade a clinician writes around it (round 10c, issue 14).

A reference such as 左侧股骨颈骨折, 慢性心力衰竭（NYHA Ⅲ级）, 高血压病3级（很高危） or "Left testicular
torsion" went uncoded although its core (股骨颈骨折, 慢性心力衰竭, 高血压病, "testicular torsion") is a
name the tables and ICD-10-CM hold: the side, the lobe, and a numbered stage, grade or risk stratum
around it were never stripped before coding. They are places and numbered extents, not kinds (DESIGN's
answer forms, row 1), and the rule verifier compares them apart (`_sides`, `_positions`, `_zh_stages`,
`_EN_STAGE`): a side or a stage that differs is judged there, not by the code.

Left alone on purpose: severity words (重症, 重度, severe: severe and mild pneumonia would share J18),
compensation (失代偿期 / 代偿期: two rows of their own), differentiation and every kind word, and a core
whose code lies in a held-out category (`vocabulary.is_held_out`: no name is added for one).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A leading side, in Chinese (左侧, 右, 双侧, 左眼, 右耳, 右膝) or English ("Left", "Right-sided", "Bilateral").
_ZH_SIDE = re.compile(r"^(?:左|右|双)(?:侧|眼|耳|膝)?(?=[\u4e00-\u9fffA-Za-z])")
_EN_SIDE = re.compile(
    r"^(?:left|right|bilateral)(?:[- ]sided)?\s+(?!(?:heart|ventric|atri|bundle|sided))", re.I
)
# A place ending in 部 or 区 after a side (右颞部, 左胸背部, 左侧基底节区): read off only where a side was.
_ZH_SIDED_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,4}?[部区](?=[\u4e00-\u9fff]{2})")
# A segment inside a name (输尿管上段结石): a place along the organ.
_ZH_SEGMENT = re.compile(r"(?<=[\u4e00-\u9fff])[上中下]段(?=[\u4e00-\u9fff])")
# A lung lobe before a Chinese name (左下肺, 右上肺, 右肺上叶, 右上叶), after the side was read off.
_ZH_LOBE = re.compile(r"^(?:(?:上|中|下)(?:肺|叶)|肺(?:上|中|下)叶)(?=[\u4e00-\u9fff])")
# A lobe in English after the side: "lower lobe pneumonia".
_EN_LOBE = re.compile(r"^(?:upper|middle|lower)\s+lobe\s+", re.I)
# A numbered stage, grade, NYHA class or risk stratum at the end, bracketed or after a space or not:
# （NYHA Ⅲ级）, 心功能Ⅲ级, （ⅢB期）, ⅡA期, 3期, 3级 很高危, （很高危）.
_NUM = r"[0-9ⅠⅡⅢⅣⅤIVX一二三四]+[A-Ca-c]?"
_ZH_TAIL = re.compile(
    rf"\s*(?:[(（]\s*(?:NYHA\s*|心功能\s*)?{_NUM}\s*[期级]\s*[)）]"
    rf"|(?:NYHA\s*|心功能\s*)?{_NUM}\s*[期级]"
    r"|[(（]?\s*(?:很高危|高危|中危|低危)\s*[)）]?)\s*$"
)
# The same in English: ", NYHA class III", " stage 2", " (grade 3)".
_EN_TAIL = re.compile(
    r"\s*[,(]?\s*(?:nyha\s+)?(?:stage|class|grade)\s+(?:[0-9]+|[ivx]+)[a-c]?\s*\)?\s*$", re.I
)


def core_forms(name: str) -> list[str]:
    """The name with its side, lobe and trailing numbered stages or grades read off, shortest last;
    empty when there is nothing to read off."""
    text = name.strip()
    forms: list[str] = []
    while True:
        before = text
        text = _ZH_TAIL.sub("", text).strip()
        text = _EN_TAIL.sub("", text).strip()
        if text == before:
            break
    if text != name.strip():
        forms.append(text)
    for side, lobe in ((_ZH_SIDE, _ZH_LOBE), (_EN_SIDE, _EN_LOBE)):
        bare = side.sub("", text, count=1)
        if bare != text:
            forms.append(bare)
            for place in (lobe, _ZH_SIDED_PLACE) if side is _ZH_SIDE else (lobe,):
                unplaced = place.sub("", bare, count=1)
                if unplaced != bare:
                    forms.append(unplaced)
    forms += [_ZH_SEGMENT.sub("", f) for f in [text, *forms] if _ZH_SEGMENT.search(f)]
    return [f for f in dict.fromkeys(forms) if len(f) >= 2]


def category_as_block(code: str, icd) -> bool:
    """A category that is a block of its own (B20 "HIV disease" in block B20-B20, C50 "Malignant neoplasm
    of breast", E89, J95, M96, ...): `simple-icd-10-cm` answers yes to "is it a block?" for it, so a
    name coded there was read as no code at all. It is a category, and codes."""
    return icd.is_valid_item(code) and icd.is_category(code)


def shared_code(codes: list[str | None]) -> str | None:
    """The one code every table row a Chinese name matches gives (艾滋病 names the rows "Acquired
    immunodeficiency syndrome" and "HIV disease", both B20): rows agreeing on a code code the name."""
    found = set(codes)
    return found.pop() if len(found) == 1 and None not in found else None


def code_core(name: str, assign: Callable[[str], str | None], held_out: Callable[[str], bool]) -> str | None:
    """The code of the name's core, by `assign` (the plain coder), unless it lies in a held-out category."""
    for form in core_forms(name):
        code = assign(form)
        if code:
            return None if held_out(code) else code
    return None
