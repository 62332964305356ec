"""Round 8 (issue 14): a Chinese name read word for word through the glossary against an English name.

A Chinese answer (or reference) that no table row holds as written, or holds under a shorter English name,
is compared with the other side's English name through its glossary translation (`translate_zh`): when the
two hold exactly the same words, each as often, read by structure (organ adjectives as their nouns,
British spellings as American), the Chinese name spells the English one (急性硬膜外血肿 = "Acute epidural
hematoma", the table's row being "Epidural hematoma"). Every word must be matched both ways, so a word left
out or added (a type, a severity, a site) is never bridged; a name joining two conditions (with, due to,
伴, 合并) is left to the answer-form rules.
"""

from __future__ import annotations

import re
from collections import Counter

from dxgym.agents.verifiers.en_structure import canonical
from dxgym.emr_fixtures import vocabulary
from dxgym.emr_fixtures.answer_memos import answer_memo
from dxgym.emr_fixtures.coding import normalise_name
from dxgym.emr_fixtures.diagnosis_terms import has_chinese

_JOINED = re.compile(r"\b(?:with|without|due|and|or|secondary|caused)\b|[伴并及和或]|合并|所致|引起|继发")
_IGNORED = frozenset({"of", "the", "a", "an"})


def _words(english: str) -> Counter[str]:
    return Counter(w for w in canonical(normalise_name(english)).split() if w not in _IGNORED)


@answer_memo()
def spelt_through_glossary(reference: str, prediction: str) -> str | None:
    """The reason the Chinese side spells the English side word for word, if it does (see the module)."""
    zh, en = (reference, prediction) if has_chinese(reference) else (prediction, reference)
    if not has_chinese(zh) or has_chinese(en) or _JOINED.search(zh) or _JOINED.search(en.lower()):
        return None
    english = vocabulary.translate_zh(zh)
    if not english or _JOINED.search(english):
        return None
    ours, theirs = _words(english), _words(en)
    if len(ours) < 2 or ours != theirs:
        return None
    return f"the Chinese name read word for word through the glossary ({english})"


# The spine's regions, in Chinese by the vertebrae (颈椎 ...; bare 颈 is the neck, 宫颈 the cervix) and in English
# by the regional adjectives: another region is another site, never a qualifier added (DESIGN's row 1 lets a
# site be left out, not changed).
_ZH_SPINE = (("颈胸", ("cervical", "thoracic")), ("胸腰", ("thoracic", "lumbar")), ("腰骶", ("lumbar", "sacral")),
             ("颈椎", ("cervical",)), ("胸椎", ("thoracic",)), ("腰椎", ("lumbar",)), ("骶椎", ("sacral",)))
_EN_SPINE = {"cervical": ("cervical",), "thoracic": ("thoracic",), "lumbar": ("lumbar",), "sacral": ("sacral",),
             "lumbosacral": ("lumbar", "sacral"), "thoracolumbar": ("thoracic", "lumbar"),
             "cervicothoracic": ("cervical", "thoracic")}


def spine_region_apart(reference: str, prediction: str) -> str | None:
    """A Chinese name at one spinal region against an English name at another (腰椎间盘突出症 / "cervical disc
    herniation"), if so: the reason they are two conditions."""
    zh, en = (reference, prediction) if has_chinese(reference) else (prediction, reference)
    if not has_chinese(zh) or has_chinese(en):
        return None
    zh_regions = {r for word, regions in _ZH_SPINE if word in zh for r in regions}
    en_regions = {r for w in re.findall(r"[a-z]+", en.lower()) for r in _EN_SPINE.get(w, ())}
    if zh_regions and en_regions and not zh_regions & en_regions:
        return f"a different condition (another spinal region: {', '.join(sorted(en_regions))})"
    return None
