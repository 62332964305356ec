"""The rule verifier: deterministic diagnosis matching without a model.

A prediction is correct when it names the reference's condition — the same name after
normalisation, a synonym or abbreviation, its Chinese name, or something more specific (an ICD-10-CM
code under the reference's, or the reference's words plus qualifiers). Something broader
("diabetes" for "type 2 diabetes mellitus with diabetic nephropathy"), related but different
("Lambert-Eaton syndrome" for "myasthenia gravis"), negated or hedged is wrong. Each verdict's
reason names the rule that decided, so a reward can be audited.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache

from rapidfuzz.distance import OSA

from dxgym.agents.types import Verdict, VerifyRequest
from dxgym.agents.verifiers.answer_forms import AnswerForm, parse_answer
from dxgym.agents.verifiers.bracket_kinds import bracket_kind_apart
from dxgym.agents.verifiers.en_joins14 import (
    abbreviation_sibling,
    joined_table_name,
    limbs_apart,
    newborn_respelt,
    not_a_slip,
    valve_lesion_respelt,
    without_default_kind,
)
from dxgym.agents.verifiers.en_names9 import qualified_table_name, spelt_with_word_forms, two_kinds_at_once
from dxgym.agents.verifiers.en_structure import ORGANS as _ORGANS
from dxgym.agents.verifiers.en_structure import canonical as _canonical
from dxgym.agents.verifiers.en_structure import genus_spelt_out as _genus_spelt_out
from dxgym.agents.verifiers.en_structure import karyotype_name
from dxgym.agents.verifiers.en_variants import spelling_variants
from dxgym.agents.verifiers.families import family_kind, privative_flipped, zh_para_flipped, zh_pseudo_flipped
from dxgym.agents.verifiers.glossary_names import spelt_through_glossary, spine_region_apart
from dxgym.agents.verifiers.kind_names import kind_standard_name
from dxgym.agents.verifiers.limb_words import limb_pairs
from dxgym.agents.verifiers.rewrites8b import (
    combination_primary,
    eponym_remnant,
    looks_alike,
    qualified_siblings,
    rewritten_pair,
    uncoded_kind,
)
from dxgym.agents.verifiers.round9_vetoes import ambiguous_slip, like_form, opposite_place
from dxgym.agents.verifiers.round10_zh import (
    abbreviation_spelt_out,
    broader_name_13,
    by_common_name_13,
    implied_qualifier_dropped,
    joiner_only,
    narrower_listed,
    subclinical_form,
)
from dxgym.agents.verifiers.secreting_tumours import names_reference_condition
from dxgym.agents.verifiers.site_unspecified import less_unspecified, names_a_kind, site_specified
from dxgym.agents.verifiers.zh_category_heads import type_named
from dxgym.agents.verifiers.zh_common_names import by_common_name
from dxgym.agents.verifiers.zh_parts import broader_name, same_condition_by_parts, veto
from dxgym.agents.verifiers.zh_reorder import qualifier_moved
from dxgym.agents.verifiers.zh_rewrites import NAME_AND_BRACKET as _NAME_AND_BRACKET
from dxgym.agents.verifiers.zh_rewrites import organ_for_parts, same_name_rewritten
from dxgym.agents.verifiers.zh_short import short_form
from dxgym.emr_fixtures import answer_memos, vocabulary
from dxgym.emr_fixtures import diagnosis_terms as terms_table
from dxgym.emr_fixtures.answer_memos import answer_memo
from dxgym.emr_fixtures.coding import (
    assign_icd10,
    description_keys,
    icd,
    icd_words,
    is_known_name,
    is_misspelling,
    is_same_or_narrower,
    normalise_name,
)
from dxgym.emr_fixtures.coding_core import core_forms
from dxgym.emr_fixtures.diagnosis_terms import Term
from dxgym.emr_fixtures.zh_sound import slip_fix, slip_index, sounds_alike

_ICD_CODE = re.compile(r"\b([A-TV-Z][0-9][0-9AB](?:\.[0-9A-Z]{1,4})?)\b")
# Words that move a condition elsewhere: "metastatic breast cancer to lung" is not lung cancer.
_ELSEWHERE = frozenset({"metastatic", "metastasis", "metastase", "secondary"})
# Qualifiers that name a different condition when one side has one and the other its opposite.
_OPPOSITES: tuple[tuple[str, str], ...] = (
    ("acute", "chronic"),
    ("disease", "trait"),  # sickle cell trait is a carrier state, not sickle cell disease
    ("anemia", "trait"),  # round 60: nor sickle cell anemia
    ("benign", "malignant"),
    ("primary", "secondary"),
    ("congenital", "acquired"),
    ("anterior", "posterior"),
    ("internal", "external"),
    ("early", "late"),
    ("upper", "lower"),
    ("proximal", "distal"),
    ("left", "right"),
)
# Words that carry no identity of their own ("disorder" does: "nightmares" is not "nightmare disorder").
_GENERIC = frozenset({"the", "of", "an", "disease", "syndrome", "condition", "with", "due", "to", "and", "mellitus"})
# Words that widen rather than narrow: "Raynaud phenomenon" is not a kind of "Raynaud disease"; a mixed
# form joins two conditions ("mixed hearing loss" is not a kind of conductive hearing loss); a carrier
# state is not the disease ("fragile X premutation carrier", 乙肝携带者).
_NOT_QUALIFIERS = frozenset({"phenomenon", "like", "related", "spectrum", "variant", "atypical", "mixed", "carrier",
                             "premutation"})
# A reference word and the narrower words that name a kind of it ("lung adenocarcinoma" is lung cancer).
# A drug class names the drugs in it ("heroin overdose" is an opioid overdose; the reverse is broader).
_OPIOIDS = frozenset(
    "heroin morphine fentanyl oxycodone hydrocodone hydromorphone methadone codeine tramadol meperidine".split()
)
_BENZODIAZEPINES = frozenset("alprazolam diazepam lorazepam clonazepam midazolam chlordiazepoxide temazepam".split())
_TRICYCLICS = frozenset("amitriptyline nortriptyline imipramine desipramine doxepin clomipramine".split())
_SSRIS = frozenset("fluoxetine sertraline paroxetine citalopram escitalopram fluvoxamine".split())
_AMPHETAMINES = frozenset("dextroamphetamine lisdexamfetamine methamphetamine".split())
_HYPONYMS: dict[str, frozenset[str]] = {
    "cancer": frozenset({"carcinoma", "adenocarcinoma", "malignancy", "nsclc", "sclc"}),
    "carcinoma": frozenset({"adenocarcinoma"}),
    "tumor": frozenset({"neoplasm", "carcinoma", "adenocarcinoma", "cancer"}),
    "opioid": _OPIOIDS,
    "opiate": _OPIOIDS,
    "narcotic": _OPIOIDS,
    "benzodiazepine": _BENZODIAZEPINES,
    "tricyclic": _TRICYCLICS,
    "tca": _TRICYCLICS,
    "ssri": _SSRIS,
    "antidepressant": _TRICYCLICS | _SSRIS,
    "amphetamine": _AMPHETAMINES,
    "stimulant": _AMPHETAMINES | {"amphetamine", "cocaine"},
    "salicylate": frozenset({"aspirin"}),
    "digitalis": frozenset({"digoxin", "digitoxin"}),
}
# Chinese qualifier pairs that make two names different conditions (急性 vs 慢性, 左 vs 右).
_ZH_OPPOSITES: tuple[tuple[str, str], ...] = (
    ("急性", "慢性"),
    ("良性", "恶性"),
    ("原发性", "继发性"),
    ("先天性", "获得性"),
    ("左", "右"),
    ("轻度", "重度"),
    ("1型", "2型"),
    ("颈椎", "腰椎"),
    ("颈椎", "胸椎"),
    ("胸椎", "腰椎"),
    # round 60: a hernia's clinical types (《外科学》 腹外疝: 易复性 / 难复性 / 嵌顿性 / 绞窄性), 可复性 written for 易复性
    ("可复性", "嵌顿性"), ("可复性", "绞窄性"), ("可复性", "难复性"), ("易复性", "嵌顿性"), ("易复性", "绞窄性"),
    ("易复性", "难复性"),
)
# A numbered type or stage (I型, 2型, Ⅲ期): one number is not a part of another (I of II)
_ZH_TYPE = re.compile(r"(?<![ivxⅰⅱⅲⅳIVXⅠⅡⅢⅣ0-9一二三四])[ivxⅰⅱⅲⅳIVXⅠⅡⅢⅣ0-9一二三四]+[型期级度]")
# Qualifiers that deny or reverse what follows: "非ST段抬高型" is not a kind of "ST段抬高型".
_ZH_DENIALS = re.compile(r"[非无未没否]|排除|除外|不(?!完全|典型|稳定|规则)|前病变|后遗症|迟发性|携带")
# Qualifiers a prediction may not add: "acquired hemophilia A" is another disease than hemophilia A,
# "acute-on-chronic liver failure" another than acute liver failure, "old MI" another than acute MI.
_ADDED_ONLY: tuple[tuple[str, str], ...] = (("acute", "chronic"), ("acute", "old"))
_ZH_ADDED_ONLY: tuple[tuple[str, str], ...] = (("急性", "慢性"), ("急性", "陈旧性"))
# "acquired" on its own, not "community-acquired" or "hospital-acquired" (where it names the setting)
# A cause or a stage that makes another condition when only the answer has it: an acquired form
# (acquired hemophilia), a late effect (脑梗死后遗症 is not an acute infarct).
_ACQUIRED = re.compile(
    r"(?<!community )(?<!hospital )(?<!ventilator )(?<!care )(?<!nosocomially )\bacquired\b"
    r"|\bsequelae?\b|\blate effects?\b"
)
_ZH_ACQUIRED = re.compile(r"(?<!社区)(?<!医院)获得性|后遗症|迟发性")  # 迟发性脑病: a late effect
# A drug-induced form is another condition only where ICD-10-CM codes it apart from the reference
# (drug-induced lupus M32.0 beside SLE M32.9); drug-induced akathisia is akathisia's own code.
_DRUG_INDUCED = re.compile(r"\b(?:drug|medication) induced\b|药物性|药源性|药物诱[发导]")


@dataclass(frozen=True)
class Reading:
    """One way to read a diagnosis name: its normalised English words, table terms and code."""

    key: str
    terms: tuple[Term, ...]
    code: str | None
    narrower: bool = False  # a kind of the term: a table "> kind" or a Chinese name plus qualifiers
    primary: bool = False  # read from the first part of "A with B" (predictions only)
    zh: str = ""
    compound: bool = False  # the whole of "A with B": its words span two conditions
    derived: bool = False  # a synonym of the reference's term, read for wording comparisons only
    source: str = ""  # the terminology entry it was read from ("cmekg:肺炎"), if any
    placed: bool = False  # a Chinese name read less a place inside it (右肺上叶腺癌 as 肺腺癌, 胃窦腺癌 as 胃腺癌)

    @property
    def raw_words(self) -> frozenset[str]:
        words = frozenset(self.key.split()) - _GENERIC
        return words or frozenset(self.key.split())

    @property
    def words(self) -> frozenset[str]:
        # read by structure: "renal infarct" and "kidney infarction" are the same words (`en_structure`)
        split = _canonical(self.key).split()
        words = frozenset(split) - _GENERIC
        return words or frozenset(split)


def _expand_abbreviations(text: str, key: str) -> str:
    """Replace capitalised abbreviations inside a longer name ("acute MI") when they are unambiguous."""
    capitals = {normalise_name(t) for t in re.findall(r"\b[A-Z][A-Za-z0-9]*[A-Z0-9]\b", text)}
    if not capitals:
        return key
    table = terms_table.abbreviations()
    out: list[str] = []
    for token in key.split():
        found = table.get(token, ()) if token in capitals else ()
        out.append(normalise_name(found[0].en) if len(found) == 1 else token)
    return " ".join(out)


def _code_of(found: tuple[Term, ...], text: str) -> str | None:
    codes = {t.scope for t in found if t.scope}
    if len(codes) == 1:
        return codes.pop()
    if found:
        return None
    written = _ICD_CODE.search(text)
    if written and icd.is_valid_item(written.group(1)):
        return icd.add_dot(written.group(1))
    return assign_icd10(text).icd10


def _english_readings(text: str) -> list[Reading]:
    forms = [text, terms_table.strip_parenthetical(text)]
    named = karyotype_name(text) or karyotype_name(forms[1])
    if named:  # "47,XXY" is Klinefelter syndrome (ICD-10-CM Q98.0's own title)
        forms.append(named)
    inner = re.search(r"[(（]([^()（）]+)[)）]\s*$", text)
    if inner:
        forms.append(inner.group(1))
    for form in list(forms):
        head, sep, tail = form.partition(", ")
        if sep and "," not in tail:
            forms.append(f"{tail} {head}")
    for form in list(forms):  # "Adenocarcinoma of the gastric antrum" is a gastric antrum adenocarcinoma
        of = re.fullmatch(r"(?i)(\w[\w\s-]*?)\s+of\s+(?:the\s+)?([\w\s-]+)", form.strip())
        if of and len(of.group(1).split()) <= 3 and not terms_table.terms_for_key(normalise_name(form)):
            forms.append(f"{of.group(2)} {of.group(1)}")
    for form in list(forms):
        sideless = _without_side(form)
        if sideless != form and not terms_table.terms_for_key(normalise_name(form)):  # a table name keeps its side
            forms.append(sideless)
    readings: list[Reading] = []
    for form in dict.fromkeys(f.strip() for f in forms if f.strip()):
        if terms_table.has_chinese(form):
            readings.extend(_chinese_readings(form))
            continue
        if inner and form == inner.group(1) and not terms_table.terms_for_key(normalise_name(form)):
            # a bracket naming no table condition ("Subacute thyroiditis (de Quervain)"): its words name the
            # reference only beside its head word, so they are read for wording only (De Quervain
            # tenosynovitis is not a kind of it)
            readings.append(Reading(normalise_name(form), (), None, derived=True))
            continue
        key = normalise_name(form)
        for candidate in dict.fromkeys((key, _expand_abbreviations(form, key))):
            if not candidate:
                continue
            # a table name reworded by structure ("pulmonary abscess" for lung abscess, "inflammation of
            # the pericardium" for pericarditis) is read as that name
            found = terms_table.terms_for_key(candidate) or _by_canonical_name().get(_canonical(candidate), ())
            readings.append(Reading(candidate, found, _code_of(found, form)))
            readings.extend(Reading(normalise_name(t.en), (t,), t.scope) for t in found)
            kinds = terms_table.broader_terms_for_key(candidate) or _by_canonical_kind().get(_canonical(candidate), ())
            for term in kinds:
                readings.append(Reading(candidate, (term,), None, narrower=True))
    return readings


def _by_canonical_name() -> dict[str, tuple[Term, ...]]:
    """The table's English names read by structure (`en_structure.canonical`) -> their terms."""
    return _by_canonical("names")


def _by_canonical_kind() -> dict[str, tuple[Term, ...]]:
    """The table's "> kind" names read by structure -> the terms they are kinds of."""
    return _by_canonical("kinds")


@lru_cache(maxsize=2)
def _by_canonical(field: str) -> dict[str, tuple[Term, ...]]:
    index: dict[str, list[Term]] = {}
    for term in terms_table.terms():
        for name in getattr(term, field):
            bucket = index.setdefault(_canonical(normalise_name(name)), [])
            if term not in bucket:
                bucket.append(term)
    return {k: tuple(v) for k, v in index.items()}


# The side of a paired organ or a limb: a place, not a kind (DESIGN's answer forms, row 1). Not where the
# side names the condition: left / right heart failure, bundle branch block, ventricle, atrium.
_SIDE = re.compile(
    r"\b(?:(?:of|in|on)\s+the\s+(?:left|right|bilateral)\s+(?:(?:upper|middle|lower)\s+lobe|eyes?|ears?|knees?|hips?|"
    r"shoulders?|elbows?|wrists?|ankles?|feet|foot|hands?|breasts?|legs?|arms?)\b"
    r"|(?:on\s+the\s+|of\s+the\s+|in\s+the\s+)?(?:left|right|bilateral)(?:[- ]sided)?\b"
    r"(?!\s*(?:-?sided\s+)?(?:heart|ventric|atri|bundle|cardiac|coronary|sided\s+heart))"
    # a spinal level: "L4-L5 disc herniation", "herniated disc at L4-5"
    r"|(?:\bat\s+)?\b[CTLS]\d{1,2}(?:\s*[-/]\s*[CTLS]?\d{1,2})?\b)",
    re.IGNORECASE,
)


def _without_side(text: str) -> str:
    """The English name without its side ("Right femoral neck fracture" -> "femoral neck fracture")."""
    return re.sub(r"\s{2,}", " ", _SIDE.sub(" ", text)).strip()


# One number written three ways (2型, II型, 二型 are one type).
_NUMBERS = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "一": "1", "二": "2", "三": "3", "四": "4"}
_ZH_STAGE = re.compile(r"(?<![ivxⅰⅱⅲⅳ0-9一二三四])([ivx0-9一二三四]+)([期级度型])")


def _zh_stages(text: str) -> dict[str, frozenset[str]]:
    """A Chinese name's numbered stages, grades, degrees and types by their word (Ⅲ期, 心功能Ⅲ级 -> 级: iii)."""
    if not terms_table.has_chinese(text):
        return {}
    found: dict[str, set[str]] = {}
    for number, word in _ZH_STAGE.findall(terms_table.zh_key(text)):
        found.setdefault(word, set()).add(_NUMBERS.get(number, number))
    return {k: frozenset(v) for k, v in found.items()}


def _bracket_qualifiers(text: str) -> frozenset[str]:
    """The qualifiers a Chinese name carries in brackets, one per comma (主动脉夹层（Stanford A型，DeBakey Ⅰ型） ->
    {stanforda型, debakeyⅰ型} after `zh_key`), when the bracket names no condition of its own. Two answers conflict
    only where each bracket names a type or a stage (型, 期, 级, 度) the other lacks and neither holds all of the
    other's qualifiers: a reworded qualifier is not another type, and one more qualifier is a more specific name."""
    split = _qualifier_bracket(text)
    if split is None:
        return frozenset()
    return frozenset(k for part in re.split(r"[，,、；;]", split[1]) if (k := terms_table.zh_key(part)))


def _qualifier_bracket(text: str) -> tuple[str, str] | None:
    """(the name, the bracket) of a Chinese name ending in a bracket that names no condition of its own."""
    mixed = _NAME_AND_BRACKET.match(text.strip())
    if not mixed or not terms_table.has_chinese(mixed.group(1)) or is_known_name(mixed.group(2).strip()):
        return None
    return mixed.group(1), mixed.group(2)


def _bracket_core(text: str) -> str | None:
    """A Chinese reference's name before a trailing bracket of qualifiers (急性细菌性痢疾 of 急性细菌性痢疾（普通型）), where the
    bracket names no condition of its own; None otherwise."""
    split = _qualifier_bracket(text)
    return (split[0].strip() or None) if split else None


def _bracket_folded(reference: str, prediction: str) -> str | None:
    """The Chinese answer with the reference's leading qualifier moved from its bracket back in front of its name
    (细菌性痢疾（急性普通型） -> 急性细菌性痢疾（普通型） for 急性细菌性痢疾（普通型）), where its name is the reference's less
    that qualifier (one to four characters) and its bracket holds it; None otherwise (round 65). Judged again in
    full, so an answer whose bracket names another type or stage stays wrong."""
    split = _qualifier_bracket(prediction)
    if split is None:
        return None
    name, bracket = split[0].strip(), split[1].strip()
    ref_name = (_bracket_core(reference) or reference).strip()
    lead = ref_name[: len(ref_name) - len(name)] if name and ref_name.endswith(name) else ""
    if not 1 <= len(lead) <= 4 or not terms_table.has_chinese(lead) or lead not in bracket:
        return None
    rest = bracket.replace(lead, "", 1).strip("，,、；; ")
    return f"{lead}{name}（{rest}）" if rest else f"{lead}{name}"


def _typed_apart(reference: frozenset[str], prediction: frozenset[str], texts: tuple[str, str] = ("", "")) -> bool:
    """Each side's brackets name a type or stage the other's lack, and neither holds all of the other's. A
    qualifier the other side writes elsewhere, whole or in pieces (急性普通型 for 急性…（普通型）, 皮质性成熟期 for
    （…，皮质性，成熟期）), is not one it lacks (round 60)."""
    if not reference or not prediction or reference <= prediction or prediction <= reference:
        return False
    keys = tuple(terms_table.zh_key(t) for t in texts)
    typed = [{q for q in side - other if q[-1] in "型性期级度" and not _tiled(q, text)} for side, other, text in
             ((reference, prediction, keys[1]), (prediction, reference, keys[0]))]
    return all(typed)


def _tiled(word: str, text: str) -> bool:
    """The word is pieces of two characters or more, each written in the text."""
    if not text:
        return False
    ends = {0}
    for end in range(2, len(word) + 1):
        if any(start in ends and end - start >= 2 and word[start:end] in text for start in range(end - 1)):
            ends.add(end)
    return len(word) in ends


_LEVEL = re.compile(r"(?<![A-Za-z])([CTLSctls]|颈|胸|腰|骶)\s*(\d{1,2})(?![NnMm]\d)(?:\s*[/-]\s*([CTLSctls]|颈|胸|腰|骶)?\s*(\d{1,2}))?")
_LEVEL_LETTER = {"颈": "C", "胸": "T", "腰": "L", "骶": "S"}


def _levels(text: str) -> frozenset[str]:
    """The spinal levels an answer names ("L4/5" and 腰4/5 -> L4, L5; "L5-S1" -> L5, S1)."""
    found: set[str] = set()
    for first, number, second, number2 in _LEVEL.findall(text):
        letter = _LEVEL_LETTER.get(first, first.upper())
        found.add(f"{letter}{int(number)}")
        if number2:
            found.add(f"{_LEVEL_LETTER.get(second, second.upper()) if second else letter}{int(number2)}")
    return frozenset(found)


def _sides(text: str) -> frozenset[str]:
    """The sides an answer names, in either language (left, right, bilateral)."""
    if terms_table.has_chinese(text):
        zh = terms_table.zh_key(text)
        return frozenset(side for ch, side in (("左", "left"), ("右", "right"), ("双", "bilateral")) if ch in zh)
    return frozenset(w for w in ("left", "right", "bilateral") if re.search(rf"\b{w}\b", text, re.IGNORECASE))


# A name with a bracket at its end: 糖尿病（2型）, 重症肌无力（myasthenia gravis）.


def _with_chinese_abbreviations(text: str) -> str | None:
    """'急性STEMI' -> '急性ST段抬高型心肌梗死': unambiguous table abbreviations inside Chinese, in Chinese."""
    table = terms_table.abbreviations()
    changed = False

    def swap(match: re.Match[str]) -> str:
        nonlocal changed
        found = table.get(normalise_name(match.group(0)), ())
        if len(found) == 1 and found[0].zh:
            changed = True
            return found[0].zh[0]
        return match.group(0)

    out = re.sub(r"[A-Za-z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*", swap, text)
    return out if changed else None


# A bracketed qualifier after a Chinese name reads in front of it: 糖尿病（2型）, 心肌梗死（急性）, 肺炎（右下）,
# 心肌梗死（下壁）, 继发性肺结核（右上肺）, 脑出血（左侧基底节区）: a type, stage, side or site.
_ZH_QUALIFIER = re.compile(
    r"^(?:[ⅠⅡⅢⅣⅤIVX0-9一二三四五甲乙丙丁]+[型期级度]|[急慢亚]性|[左右双单]侧|[左右][上中下]?|[上中下]叶|[前下侧后]壁"
    r"|[左右双]侧?[上中下]?[肺叶]+|[左右双]侧?[\u4e00-\u9fff]{1,4}(?:区|部|段))$"
)


def _chinese_readings(text: str) -> list[Reading]:
    zh = terms_table.zh_key(text)
    found = terms_table.terms_for_chinese(text)
    kinds = terms_table.broader_terms_for_chinese(text)
    if found:
        # a name of its own row that another row also lists as its kind (艾滋病: AIDS, a kind of HIV disease)
        # reads both ways, as in English
        return [Reading(normalise_name(t.en), (t,), t.scope, zh=zh) for t in found] + [
            Reading(normalise_name(t.en), (t,), t.scope, narrower=True, zh=zh) for t in kinds if t not in found]
    if kinds:  # a table "> kind": "胃腺癌" is a kind of 胃癌
        # and, where the glossary composes the whole name, the kind itself in English (胃腺癌 -> "stomach
        # adenocarcinoma"): an English answer naming that kind names it, not another kind of 胃癌
        # (at a part of an organ, also the organ's: 胃窦腺癌 is a gastric adenocarcinoma of the antrum)
        translated = [replace(r, zh=zh, placed=name != text) for name in dict.fromkeys((text, organ_for_parts(zh)))
                      if (english := vocabulary.translate_zh(name)) for r in _english_readings(english) if not r.narrower]
        return [Reading(normalise_name(t.en), (t,), t.scope, narrower=True, zh=zh) for t in kinds] + translated
    written = _zh_name_without_xing(zh)
    if written and not vocabulary.zh_names(text):  # 化脓阑尾炎 is 化脓性阑尾炎: 性 left out of a word
        return _chinese_readings(written)
    mixed = _NAME_AND_BRACKET.match(text)
    if mixed and _ZH_QUALIFIER.match(mixed.group(2).strip()):  # "糖尿病（2型）" is 2型糖尿病
        return _chinese_readings(mixed.group(2).strip() + mixed.group(1))
    if mixed and not is_known_name(mixed.group(2).strip()):
        # a bracket naming no condition qualifies the name before it: 偏头痛（无先兆）, 主动脉夹层（Stanford
        # A型）; the name is read as written and with the bracket in front (无先兆偏头痛), and two answers
        # bracketing different types or stages are told apart before reading (`_other_condition`)
        return _readings_of(mixed.group(1)) + [
            r for r in _chinese_readings(mixed.group(2).strip() + mixed.group(1)) if r.terms and not r.narrower]
    if mixed:  # "重症肌无力（myasthenia gravis）": either half may name it
        return _readings_of(mixed.group(1)) + _readings_of(mixed.group(2))
    # a terminology name (CMeKG), read through its ICD-10-CM code: a whole name of its own, so no
    # translation or search for a shorter name inside it
    named = [_vocabulary_reading(e, zh) for e in vocabulary.zh_names(text)]
    if named:
        return named
    eponym = _LATIN_EPONYM.match(unicodedata.normalize("NFKC", text).strip())
    if eponym:  # "Kartagener综合征", "Crohn病": the eponym with its English head word
        return _english_readings(f"{eponym.group(1)} {_ZH_HEAD_WORDS[eponym.group(2)]}")
    organ = organ_for_parts(zh)
    if organ != zh and terms_table.terms_for_chinese(organ):
        # 胃窦溃疡 is a gastric ulcer at a site: the organ's own name, the part a place (before composing
        # "gastric antrum ulcer" word by word, which would read as a kind)
        return _chinese_readings(organ)
    english = vocabulary.translate_zh(text)
    fixed = None if english else slip_fix(zh, _zh_slip_index())
    if fixed and (terms_table.terms_for_chinese(fixed) or vocabulary.zh_names(fixed)):
        # a whole name with one character typed by its sound (系统性红班狼疮, 急性寻麻疹), before any
        # shorter name inside it (麻疹 inside 急性寻麻疹 is not measles)
        return _chinese_readings(fixed)
    # composed from the glossary word by word: 无菌性脑膜炎 -> "aseptic meningitis"
    translated = [replace(r, zh=zh) for r in _english_readings(english)] if english else []
    for name, term in terms_table.zh_names_longest_first():
        if len(name) >= 2 and name in zh:  # a table name plus qualifiers: "急性下壁心肌梗死"
            rest = [p for p in zh.split(name, 1) if p]
            if rest and all(_zh_site_phrase(p) for p in rest):  # only a side, place or stage: 右股骨颈骨折
                return [*translated, Reading(normalise_name(term.en), (term,), term.scope, zh=zh)]
            return [*translated, Reading(normalise_name(term.en), (term,), term.scope, narrower=True, zh=zh)]
    if translated:
        return translated
    for name, entry in vocabulary.zh_names_longest_first():
        if name in zh:  # a terminology name plus qualifiers, unless a qualifier denies it
            if _ZH_DENIALS.search(zh.replace(name, "", 1)):
                break
            return [_vocabulary_reading(entry, zh, narrower=True)]
    spelled = _with_chinese_abbreviations(text)
    if spelled:
        return [replace(r, zh=zh) if not r.narrower else r for r in _chinese_readings(spelled)]
    fixed = slip_fix(zh, _zh_slip_index())
    if fixed:  # one character typed by its sound (心机梗死 for 心肌梗死, 塘尿病 for 糖尿病)
        return _chinese_readings(fixed)
    if organ != zh:  # 胃窦溃疡, read by no name: a gastric ulcer at a site (the part of the organ a place)
        return _chinese_readings(organ)
    sited = _zh_name_around_places(zh)
    if sited:  # 右肺上叶腺癌, read by no name: 肺腺癌 with its places (右, 上叶) inside it
        return [replace(r, zh=zh, placed=True) for r in _chinese_readings(sited) if r.key or r.terms]
    return [Reading("", (), None, zh=zh)]


@lru_cache(maxsize=1)
def _zh_names_by_ending() -> dict[str, tuple[str, ...]]:
    """The table's Chinese names of three or more characters by their last two characters, longest first."""
    index: dict[str, list[str]] = {}
    for name, _term in terms_table.zh_names_longest_first():
        if len(name) >= 3 and name not in index.get(name[-2:], ()):
            index.setdefault(name[-2:], []).append(name)
    return {k: tuple(v) for k, v in index.items()}


def _zh_name_around_places(zh: str) -> str | None:
    """The longest table name of three or more characters that `zh` holds whole and in order with only
    places between or before its characters (右肺上叶腺癌 holds 肺腺癌 around 右 and 上叶; 左侧输尿管上段结石
    holds 输尿管结石): DESIGN's row 1, a condition with or without its site. Each run put in is a place
    of more than one character or a side (`_zh_site_phrase`), never a kind, stage or cause; the name
    ends the text, so the head word is the reference's (右肺上叶腺癌 is no 肺炎)."""
    for name in _zh_names_by_ending().get(zh[-2:], ()):
        if len(name) >= len(zh) or not _is_subsequence(name, zh):
            continue
        runs = _zh_runs_around(name, zh)
        if runs and all(_zh_site_phrase(r) and (len(r) > 1 or r in "左右双") for r in runs):
            return name
    return None


# 性 ending an adjective inside a name ("-ous", "-al") is written or left out with the same meaning: 化脓性阑尾炎
# / 化脓阑尾炎, 结核性脑膜炎 / 结核脑膜炎, 类风湿性关节炎 / 类风湿关节炎 (both forms stand in GB/T 14396 and the
# textbooks). Not at a name's start (性早熟, 性病: 性 is the word "sex" there) nor at its end.
_ZH_XING = re.compile(r"(?<=[\u4e00-\u9fff])性(?=[\u4e00-\u9fff])")


@lru_cache(maxsize=1)
def _zh_names_by_plain_form() -> dict[str, str]:
    """Every Chinese name the verifier's tables know, by its form without an adjective's 性 -> the name, where
    that form is one condition's (老年痴呆 is Alzheimer disease, 老年性痴呆 dementia: left out)."""
    groups: dict[str, dict[str, str]] = {}
    for name, term in terms_table.zh_names_longest_first():
        groups.setdefault(_ZH_XING.sub("", name), {}).setdefault("table:" + term.en, name)
    for name, entry in vocabulary.zh_names_longest_first():
        groups.setdefault(_ZH_XING.sub("", name), {}).setdefault("code:" + str(entry.code), name)
    out = {}
    for plain, names in groups.items():
        tables = [n for k, n in names.items() if k.startswith("table:")]
        codes = [n for k, n in names.items() if k.startswith("code:")]
        if len(tables) == 1 or (not tables and len(codes) == 1):
            out[plain] = (tables or codes)[0]
    return out


def _zh_name_without_xing(zh: str) -> str | None:
    """The table name `zh` is with an adjective's 性 left out or put in, when `zh` is itself no table name."""
    if len(zh) < 3 or terms_table.terms_for_chinese(zh):
        return None
    name = _zh_names_by_plain_form().get(_ZH_XING.sub("", zh))
    return name if name and name != zh else None


# An eponym written in Latin letters with a Chinese head word (Kartagener综合征, Crohn病, Graves病).
_ZH_HEAD_WORDS = {"综合征": "syndrome", "综合症": "syndrome", "病": "disease", "症": "disease", "氏病": "disease",
                  "氏综合征": "syndrome"}
_LATIN_EPONYM = re.compile(r"^([A-Za-z][A-Za-z'’\- ]+?)(氏综合征|氏病|综合征|综合症|病|症)$")


@lru_cache(maxsize=1)
def _zh_slip_index() -> dict[str, frozenset[str]]:
    """The one-character-slip index over every Chinese diagnosis name the verifier knows."""
    names = [n for n, _ in terms_table.zh_names_longest_first()] + [n for n, _ in vocabulary.zh_names_longest_first()]
    return slip_index(names)


def _vocabulary_reading(entry: vocabulary.VocabName, zh: str, narrower: bool = False) -> Reading:
    """A terminology name read as its English name (or its code's title) and its one code."""
    return Reading(normalise_name(entry.en or vocabulary.translate_zh(entry.name) or ""), (), entry.code,
                   narrower=narrower, zh=zh, source=entry.source)


def _zh_chunks_reordered(a: str, b: str) -> bool:
    """The same Chinese name with its parts in another order: 失代偿期乙型肝炎肝硬化 = 乙型肝炎肝硬化失代偿期."""
    if a == b or len(a) != len(b) or sorted(a) != sorted(b):
        return a == b
    n = len(a)
    for i in range(2, n - 1):
        if b == a[i:] + a[:i] and i >= 2 and n - i >= 2:
            return True
        for j in range(i + 2, n - 1):
            x, y, z = a[:i], a[i:j], a[j:]
            if len(z) >= 2 and b in {y + x + z, x + z + y, z + y + x, y + z + x, z + x + y}:
                return True
    return False


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _zh_qualifiers_kept(ref: Reading, pred: Reading, term: Term) -> bool:
    """A Chinese "qualifiers + name" prediction is a kind of the reference only when it keeps every
    qualifier the reference has (急性前壁ST段抬高型心肌梗死 keeps 急性; 盘状红斑狼疮 drops 系统性)."""
    names = sorted({terms_table.zh_key(n) for n in term.zh}, key=len, reverse=True)
    base = next((n for n in names if n in pred.zh), None)
    if base is None:
        return True  # read through a table kind or an abbreviation: the table decided
    extra = pred.zh.replace(base, "", 1)
    if _ZH_DENIALS.search(extra):
        return False
    if not ref.zh:
        return True
    in_ref = base if base in ref.zh else next((n for n in names if n in ref.zh), None)
    if in_ref is None:
        return True
    ref_extra = ref.zh.replace(in_ref, "", 1)
    if set(_ZH_TYPE.findall(ref_extra)) - set(_ZH_TYPE.findall(extra)):  # I型 is not inside II型
        return False
    return _is_subsequence(ref_extra, extra)


def _zh_base(zh: str, term: Term) -> str | None:
    """The longest Chinese name of `term` inside `zh`, if any (None: read through a table kind)."""
    return next((n for n in sorted({terms_table.zh_key(n) for n in term.zh}, key=len, reverse=True) if n in zh), None)


def _same_kind(ref: Reading, pred: Reading, term: Term) -> bool:
    """Two narrower readings of one table term name one condition only when they are the same kind:
    the same English kind, or Chinese names built on the term's own name (whose qualifiers
    `_zh_qualifiers_kept` compared). Two different "> kinds" of a row (Hodgkin and non-Hodgkin under
    lymphoma, atrial septal defect and tetralogy of Fallot under congenital heart disease) are siblings."""
    if ref.zh and pred.zh:
        return _zh_base(ref.zh, term) is not None and _zh_base(pred.zh, term) is not None
    if not ref.zh and not pred.zh:
        return _canonical(ref.key) == _canonical(pred.key)
    return False


@answer_memo()
def _readings_of(text: str) -> list[Reading]:
    text = text.strip()
    if not text:
        return []
    if terms_table.has_chinese(text):
        return _chinese_readings(text)
    return _english_readings(text)


@lru_cache(maxsize=65536)
def _reference_readings(text: str) -> list[Reading]:
    """A reference's readings, plus each synonym of its table terms (so "melanoma" covers "nodular melanoma")."""
    readings = list(_readings_of(text))
    seen = {r.key for r in readings}
    for source in [r for r in readings if not r.narrower]:
        for term in source.terms:
            for name in term.names:
                key = normalise_name(name)
                if key not in seen and len(key) > 3:
                    seen.add(key)
                    readings.append(Reading(key, (term,), term.scope, derived=True, zh=source.zh, placed=source.placed))
    return readings


@answer_memo()
def _prediction_readings(text: str) -> list[Reading]:
    """A committed answer's readings: the condition it names, or for "A with B" / "A伴B" / "A due to B"
    its primary A (the whole stays, marked compound, for a compound reference)."""
    form = parse_answer(text)
    if form.kind != "primary":
        return list(_readings_of(form.primary or form.text))
    readings = [replace(r, compound=True) for r in _readings_of(form.text)]
    readings.extend(replace(r, primary=True) for r in _readings_of(form.conditions[0]))
    return readings


def _structure_only(_text: str) -> bool:
    return False


def _is_compound(text: str) -> bool:
    """The text joins two conditions ("A with B", "A due to B", "A伴B"), even where the whole is one
    ICD title: a compound reference is compared with a compound answer as a whole."""
    return parse_answer(text, _structure_only).kind in ("primary", "multiple")


_INITIALISM_SKIP = frozenset({"of", "the", "and", "with", "in", "to", "a", "an", "due", "on"})


# Prefixes that make one written word of two parts, each giving its initial to an abbreviation (autoimmune
# hemolytic anemia: AIHA; polymyalgia: PM): the combining forms of medical terminology (Dorland's), only
# where the part after them is a word of its own.
_INITIAL_PREFIXES = ("auto", "neuro", "immuno", "poly", "hyper", "hypo", "thrombo", "myelo", "lympho", "osteo",
                     "gastro", "entero", "cardio", "broncho", "pneumo", "encephalo", "glomerulo", "pyelo", "spondylo",
                     "peri", "endo", "retro", "intra", "para", "trans")


@lru_cache(maxsize=16384)
def _initials_of(words: tuple[str, ...], abbreviation: str) -> bool:
    """`abbreviation` is the words' initials, in order; a word written with one prefix above may give the
    initial of each part."""
    if not words:
        return not abbreviation
    if not abbreviation:
        return False
    head, rest = words[0], words[1:]
    if head[0] != abbreviation[0]:
        return False
    if _initials_of(rest, abbreviation[1:]):
        return True
    prefix = next((p for p in _INITIAL_PREFIXES if head.startswith(p) and len(head) >= len(p) + 4), None)
    return bool(prefix and abbreviation[1:2] == head[len(prefix)] and _initials_of(rest, abbreviation[2:]))


def _initialism(full: Reading, short: Reading) -> bool:
    """`short` is written as the initials of `full` (COPD, DVT, GERD), and no table gives those
    initials another meaning."""
    abbreviation = short.key
    if not (2 <= len(abbreviation) <= 6 and abbreviation.isalpha() and " " not in abbreviation):
        return False
    words = [w for w in full.key.split() if w not in _INITIALISM_SKIP]
    plain = len(words) == len(abbreviation) and "".join(w[0] for w in words) == abbreviation
    # a prefixed word's two parts give two initials only inside a name of several words (AIHA), never
    # alone ("HT" is no abbreviation of hyperthyroidism)
    if not plain and not (len(words) >= 2 and len(abbreviation) >= 3 and _initials_of(tuple(words), abbreviation)):
        return False
    meanings = terms_table.abbreviations().get(abbreviation, ())
    return not meanings or bool(set(meanings) & set(full.terms))


def _structure_covers(ref: Reading, pred: Reading) -> bool:
    """The answer holds the reference's words only as read by structure (`en_structure.canonical`): then
    it names no organ the reference does not ("torsion of the appendix testis" is not a testicular torsion)
    and holds each word as often ("pulmonary hypertension" holds one lung, not the two of "pulmonary
    hypertension due to lung disease"), and the reference names more than an organ."""
    r_words = [w for w in _canonical(ref.key).split() if w not in _GENERIC]
    p_words = [w for w in _canonical(pred.key).split() if w not in _GENERIC]
    # and a reference that names only an organ ("kidney disease") is no base for a narrower answer read so:
    # renal cell carcinoma is not what a reference of "kidney disease" asks for
    return (bool(set(r_words) - _ORGANS) and not (set(p_words) & _ORGANS - set(r_words))
            and all(p_words.count(w) >= r_words.count(w) for w in set(r_words)))


@lru_cache(maxsize=65536)
def _is_slip(a: str, b: str) -> bool:
    """`coding.is_misspelling`, and two slips it cannot see: a doubled letter before a plural that normalising
    read as "-y" ("scabbies" -> "scabby" for "scabies"), and one letter moved inside a word that keeps its
    letters, its first and its last ("chron" for "crohn") when one of the two is no ICD-10-CM word."""
    if is_misspelling(a, b):
        return True
    for x, y in ((a, b), (b, a)):
        if x.endswith("y") and y.endswith("ies") and len(y) >= 6 and is_misspelling(x[:-1] + "ies", y):
            return True
    return (len(a) == len(b) >= 5 and a != b and a[0] == b[0] and a[-1] == b[-1] and sorted(a) == sorted(b)
            and OSA.distance(a, b) <= 2 and not (a in icd_words() and b in icd_words()))


def _one_letter_off(reference: str, prediction: str) -> bool:
    """The answer is the reference, word for word, with one letter slipped in one long word, and names nothing
    of its own: ICD-10-CM's fuzzy code for it ("serotonine syndrome") is no evidence of another condition."""
    rw, pw = reference.split(), prediction.split()
    diff = [(a, b) for a, b in zip(rw, pw, strict=False) if a != b]
    return (len(rw) == len(pw) and len(diff) == 1 and min(map(len, diff[0])) >= 5
            and OSA.distance(*diff[0]) <= 1 and not is_known_name(prediction))


def _covers(wider: frozenset[str], narrower: frozenset[str]) -> bool:
    """Every word of `wider` appears in `narrower`, allowing small misspellings."""
    return all(any(_is_slip(w, n) or n in _HYPONYMS.get(w, ()) for n in narrower) for w in wider)


@answer_memo(4096)
def _description_keys(code: str) -> frozenset[str]:
    return description_keys(code)


def _names_code(reading: Reading) -> bool:
    """The reading is its code's own description: the code identifies it, not a group it belongs to."""
    return reading.code is not None and reading.key in _description_keys(reading.code)


def _adds_detail(pc: str, rc: str) -> bool:
    """A code under the reference's adds detail unless ICD calls it "unspecified" (G20.C Parkinsonism, unspecified)."""
    if icd.add_dot(pc) == icd.add_dot(rc):
        return True
    description = icd.get_description(pc).lower()
    if not (description.startswith("unspecified") or description.endswith(", unspecified")):
        return True
    if names_a_kind(pc, rc):  # I50.1 "Left ventricular failure, unspecified" under I50 heart failure
        return True
    # "Miliary tuberculosis, unspecified" (A19.9) says what its category A19 says: detail only when
    # that category is itself under the reference (A19 under A15-A19; not G20.C under G20)
    parent = icd.get_parent(pc)
    return bool(parent) and icd.add_dot(parent) != icd.add_dot(rc) and is_same_or_narrower(parent, rc)


def _without_unspecified(title: str) -> str:
    """An ICD-10-CM title less its "unspecified", normalised ("Gout, unspecified" -> gout)."""
    return normalise_name(less_unspecified(title))


def _unspecified_child(pc: str, rc: str) -> bool:
    """The answer's code is the reference's own condition, unspecified: M10.9 "Gout, unspecified" under
    M10 "Gout" (not G20.C "Parkinsonism, unspecified" under G20 Parkinson's disease: another name)."""
    rc, pc = icd.add_dot(rc), icd.add_dot(pc)
    if rc == pc or not (icd.is_valid_item(rc) and icd.is_valid_item(pc)) or rc not in icd.get_ancestors(pc):
        return False
    return _without_unspecified(icd.get_description(pc)) == normalise_name(icd.get_description(rc))


def _specifies(pc: str, rc: str) -> bool:
    """ICD-10-CM's "X, unspecified" code stands for X; a code of the same category whose title holds X
    whole and is itself specified is a form of X (K35.32 acute appendicitis with perforation beside K35.80
    unspecified acute appendicitis), not a sibling (I48.92 unspecified flutter beside I48.91 AF). The
    caller also asks that the answer keep the reference's own words (急性阑尾炎伴穿孔 for 急性阑尾炎, not
    阑尾周围脓肿; not lupus nephritis for SLE)."""
    rc, pc = icd.add_dot(rc), icd.add_dot(pc)
    if rc == pc or rc[:3] != pc[:3] or not (icd.is_valid_item(rc) and icd.is_valid_item(pc)):
        return False
    r_title, p_title = icd.get_description(rc).lower(), icd.get_description(pc).lower()
    if "unspecified" not in r_title or "unspecified" in p_title:
        return False
    core = _without_unspecified(r_title)
    p_key = normalise_name(p_title)
    # the reference's name whole inside the other title: "torsion of appendix testis" holds torsion and
    # testis, not "torsion of testis"; "mixed conductive and sensorineural hearing loss" is not a form
    # of conductive hearing loss
    return bool(core) and f" {core} " in f" {p_key} " and not {"mixed", "combined"} & set(p_key.split())


def _same_category(a: str, b: str) -> bool:
    return a.replace(".", "")[:3].upper() == b.replace(".", "")[:3].upper()


def _same_block(a: str, b: str) -> bool:
    blocks_a = {x for x in icd.get_ancestors(a) if icd.is_block(x)}
    blocks_b = {x for x in icd.get_ancestors(b) if icd.is_block(x)}
    return bool(blocks_a & blocks_b)


@dataclass(frozen=True)
class _Outcome:
    correct: bool
    reason: str
    rank: int  # for wrong outcomes: which reason is the most telling


@lru_cache(maxsize=65536)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(_canonical(normalise_name(name)).split()) - _GENERIC


@lru_cache(maxsize=8192)
def _apart(r: Term, p: Term) -> bool:
    """Row `p` names a condition of its own beside row `r`: `p` is no listed kind of `r`, ICD-10-CM does not
    file it under `r`'s code, and one of `p`'s own English names shares no word with any name of `r`
    (German measles is rubella; EGPA is Churg-Strauss syndrome): the words it shares with `r` are a
    coincidence of naming, not `r` with a qualifier."""
    if not (r.code and p.code) or "-" in r.code + p.code or is_same_or_narrower(p.code, r.code):
        return False
    r_kinds = {_canonical(normalise_name(k)) for k in r.kinds}
    if any(_canonical(normalise_name(n)) in r_kinds for n in p.names):
        return False
    r_words = frozenset().union(*(_name_words(n) for n in r.names))

    def shares(words: frozenset[str]) -> bool:
        # a word inside a word (bronchopneumonia holds pneumonia) or one stem (appendix, appendicitis) counts
        return bool(words & r_words) or any(
            (len(x) >= 4 and x in w) or (len(x) >= 5 and len(w) >= 5 and x[:5] == w[:5]) for w in words for x in r_words)

    return any((w := _name_words(n)) and not shares(w) for n in p.names if not n.isupper())


def _named_apart(ref: Reading, pred: Reading) -> bool:
    """Every table row the answer reads as is a condition of its own beside every row the reference reads as."""
    return bool(ref.terms and pred.terms) and all(_apart(r, p) for r in ref.terms for p in pred.terms)


def _without_what_it_has(ref_key: str, pred_key: str) -> bool:
    """The answer's reading is "without" a word the reference names (its English reading, either language)."""
    return any(re.search(rf"\b{w}\b", ref_key) and not re.search(rf"\bwithout {w}\b", ref_key)
               for w in re.findall(r"\bwithout (\w+)", pred_key))


def _compare(ref: Reading, pred: Reading) -> _Outcome:
    # "S. aureus" as the other side spells the genus; a Chinese side's key is its English (round 57: H. pylori
    # for 幽门螺杆菌感染)
    if ref.key and pred.key and not (ref.zh and pred.zh):
        rk, pk = _genus_spelt_out(ref.key, pred.key), _genus_spelt_out(pred.key, ref.key)
        if (rk, pk) != (ref.key, pred.key):
            return _compare(replace(ref, key=rk), replace(pred, key=pk))
    suffix = " (primary diagnosis of the answer)" if pred.primary else ""
    if pred.compound and not ref.compound:  # a whole "A with B" answers only a reference of that form
        return _Outcome(False, "no match", 1)
    if ref.zh and pred.zh and _zh_chunks_reordered(ref.zh, pred.zh):
        return _Outcome(True, "same Chinese name" + ("" if ref.zh == pred.zh else " (reordered)") + suffix, 0)
    if ref.zh and pred.zh and not ref.derived and _zh_drops_only_site_or_stage(ref.zh, pred.zh):
        return _Outcome(True, "the reference's condition without its site, laterality or stage" + suffix, 0)
    added = _zh_added_qualifiers(ref.zh, pred.zh) if ref.zh and pred.zh and not ref.derived else None
    if added == "site":
        return _Outcome(True, "the reference's condition with a site, laterality or stage" + suffix, 0)
    if added == "kind" and not (ref.code and pred.code and not ref.narrower and not _same_block(ref.code, pred.code)):
        return _Outcome(True, "more specific than the reference (its Chinese name plus qualifiers)" + suffix, 0)
    shared = set(ref.terms) & set(pred.terms)
    if shared:
        term = next(iter(shared))
        if pred.narrower and pred.zh and not _zh_qualifiers_kept(ref, pred, term):
            return _Outcome(False, f"a different form of {term.en} (qualifiers differ)", 2)
        if ref.narrower and not pred.narrower:
            if (ref.zh and not pred.zh and not ref.derived and _zh_grade_only(ref.zh, term)) or (
                    not ref.zh and _en_side_only(frozenset(ref.key.split()), term) and not _injury(term.code)):
                return _Outcome(True, f"the reference's condition without its site, laterality or stage ({term.en})"
                                + suffix, 0)  # round 57: 高血压病3级（很高危） / DVT of the left lower extremity
            return _Outcome(False, "broader than the reference", 3)
        if ref.narrower and pred.narrower and not _same_kind(ref, pred, term):
            return _Outcome(False, f"another kind of {term.en} than the reference's", 2)
        name = term.en
        if pred.narrower and not ref.narrower:
            return _Outcome(True, f"more specific form of {name}" + suffix, 0)
        if ref.key == pred.key:
            return _Outcome(True, "same name after normalisation" + suffix, 0)
        return _Outcome(True, f"synonym or translation of {name}" + suffix, 0)
    if not ref.key or not pred.key:
        return _Outcome(False, "no match", 1)
    opposite = _opposite(ref.key, pred.key)  # also through the reference's synonyms
    if opposite:
        return _Outcome(False, f"a different condition ({opposite})", 2)
    # two entries of one terminology are two conditions however their English reads: codes decide
    entries = bool(ref.source and pred.source and ref.source != pred.source)
    if not entries and (ref.key == pred.key or ref.key.replace(" ", "") == pred.key.replace(" ", "")
                        or _canonical(ref.key) == _canonical(pred.key)):
        return _Outcome(True, "same name after normalisation" + suffix, 0)
    if _initialism(ref, pred) or _initialism(pred, ref):
        return _Outcome(True, "an abbreviation of the same name (its initials)" + suffix, 0)
    if not (ref.zh or pred.zh) and _head_swapped(ref, pred):
        return _Outcome(True, "the same name with disease, syndrome or disorder swapped (one ICD-10-CM code)" + suffix, 0)
    if _disease_vs_syndrome(ref.key, pred.key):
        return _Outcome(False, "a different condition (a disease vs a syndrome of the same name)", 2)
    rw, pw = ref.words, pred.words
    if (ref.code and pred.code and _DRUG_INDUCED.search(pred.key or pred.zh) and not _DRUG_INDUCED.search(ref.key or ref.zh)
            and not is_same_or_narrower(pred.code, ref.code) and "-" not in ref.code + pred.code):
        return _Outcome(False, f"a different condition (a drug-induced form, ICD-10-CM {pred.code})", 2)
    if pw < rw or (_covers(pw, rw) and not _covers(rw, pw)):
        # a table name keeps its words; an answer read as a kind of a table term has that term's words, not
        # its own (狼疮性肾炎Ⅲ-G（A）型 reads "lupus nephritis": no type was dropped)
        if not (ref.derived or ref.terms or pred.narrower) and _drops_only_site_or_stage(rw, pw):
            return _Outcome(True, "the reference's condition without its site, laterality or stage" + suffix, 0)
        # (the answer a coded condition, never an injury)
        if not (ref.derived or pred.narrower or ref.zh) and _side_phrase(rw - pw) and pw <= rw and pred.code \
                and not _injury(pred.code):
            return _Outcome(True, "the reference's condition without its side and the limb or eye it names"
                            + suffix, 0)  # round 57

        if ref.code and _names_code(ref) and pred.key in _description_keys(ref.code):
            return _Outcome(True, f"the reference's own standard name ({ref.code})" + suffix, 0)
        return _Outcome(False, "broader than the reference", 3)
    # a reference read as a kind of a wider table term is not that term's code
    rc, pc = (None if ref.narrower else ref.code), pred.code
    # two table conditions sharing one code (N10: pyelonephritis, interstitial nephritis) stay two
    same_code_other_term = bool(ref.terms and pred.terms) and rc == pc
    # one code can group several named conditions (D69.1: Glanzmann, Bernard-Soulier): equal codes
    # count only when one side is the code's own name
    same_code_group = rc == pc and not (_names_code(ref) or _names_code(pred))
    if rc and rc == pc and ref.source and pred.source and ref.source != pred.source:
        return _Outcome(False, f"a different condition sharing ICD-10-CM {pc} (two terminology entries)", 2)
    # a reference read less its place holds only answers that add a side, lobe or stage, or name no other
    # place: "gastric body adenocarcinoma" is not 胃窦腺癌 read as a gastric adenocarcinoma
    placed_apart = ref.placed and not (pw - rw) <= _SITE_OR_STAGE | {"in", "at", "on"}
    if (
        rc
        and pc
        and not placed_apart
        and not (same_code_other_term or same_code_group or ref.derived)
        and is_same_or_narrower(pc, rc)
        and _adds_detail(pc, rc)
    ):
        how = "same" if icd.add_dot(pc) == icd.add_dot(rc) else "more specific"
        return _Outcome(True, f"{how} ICD-10-CM code ({pc} under {rc})" + suffix, 0)
    wording_ok = (
        (not pred.compound or ref.compound)
        and not (pw & _ELSEWHERE - rw)
        and not (pw & _NOT_QUALIFIERS - rw)
        and not _adds_syndrome(ref.key, pred.key)
        and not (ref.derived and pc)
        # a Chinese reference read as a table name plus qualifiers (肝性脑病 holds 脑病) carries only
        # that broader name's English words: they cannot show the answer is narrower than the reference
        and not (ref.narrower and ref.zh)
        and not placed_apart
    )
    # a misspelt organ adjective ("renel", "ovarain") is read by no structure: the words as written still
    # hold the same name allowing a misspelling
    # — a slipped word only, never another real word (methanol is not a slip of ethanol)
    raw_covers = _covers(ref.raw_words, pred.raw_words)
    as_written = (raw_covers and _covers(pred.raw_words, ref.raw_words)
                  and not (pred.raw_words - ref.raw_words) & icd_words())
    if wording_ok and not entries and (_covers(rw, pw) or as_written):
        if as_written or _covers(pw, rw):  # the same words, allowing a misspelling, within one ICD family
            # a misspelling names nothing else: "NSTEMI" for "STEMI", "hyperkalemia" for "hypokalemia"
            slip = _canonical(pred.key) == _canonical(ref.key) or not is_known_name(pred.key)
            if slip and (not (rc and pc) or _same_category(rc, pc) or _one_letter_off(ref.key, pred.key)):
                return _Outcome(True, "same name allowing a misspelling" + suffix, 0)
        # a synonym left with one word ("Wernicke disease" -> wernicke) names too little to hold a
        # narrower condition when the answer adds a condition of its own: Wernicke aphasia is not a kind
        # of Wernicke encephalopathy
        # read by structure, an organ the reference does not name is another place or structure, not a
        # qualifier: "torsion of the appendix testis" is not a testicular torsion (written as the reference
        # writes its words, an added place stays a qualifier: axillary hidradenitis suppurativa)
        elif not (rc and pc and not _same_block(rc, pc)) and not _named_apart(ref, pred) and (
                raw_covers or (_structure_covers(ref, pred) and not (
                    # read by structure only, two table conditions of their own coded in different categories
                    # stay two: CADASIL's "subcortical infarcts" do not make it a kind of cerebral infarction
                    ref.terms and pred.terms and not pred.narrower and rc and pc and not _same_category(rc, pc)
                    and not is_same_or_narrower(pc, rc)))) and not (
                # a reference naming only an organ ("liver disease") holds a narrower answer only on ICD's word
                not (rw - _ORGANS) and not pc) and not (
                ref.derived and len(rw) < 2 and any(is_known_name(w) for w in pw - rw)):
            if _without_what_it_has(ref.key or "", pred.key or ""):  # round 60: 无先兆偏头痛 for migraine with aura
                return _Outcome(False, "a different condition (without what the other has)", 2)
            return _Outcome(True, "more specific than the reference (its words plus qualifiers)" + suffix, 0)
    if rc and pc and not (same_code_other_term or ref.derived) and _names_code(ref) and _unspecified_child(pc, rc):
        return _Outcome(True, f"the reference's own ICD-10-CM code, unspecified ({pc} under {rc})" + suffix, 0)
    own_words = _is_subsequence(ref.zh, pred.zh) if ref.zh and pred.zh else (not ref.zh and _covers(rw, pw))
    if rc and pc and own_words and not (same_code_other_term or ref.derived) and _specifies(pc, rc):
        return _Outcome(True, f"a specified form of the reference's unspecified code ({pc} beside {rc})" + suffix, 0)
    if rc and pc and not (same_code_other_term or ref.derived) and site_specified(pc, rc):
        return _Outcome(True, f"the reference's condition at a named site ({pc} beside {rc}, site unspecified)" + suffix, 0)
    if rc and pc and icd.add_dot(rc) == icd.add_dot(pc):
        return _Outcome(False, f"a different condition sharing ICD-10-CM {pc}", 2)
    if rc and pc and is_same_or_narrower(rc, pc):
        return _Outcome(False, f"broader than the reference (ICD-10-CM {pc} above {rc})", 3)
    if rc and pc:
        return _Outcome(False, f"a different condition (ICD-10-CM {pc}, reference {rc})", 2)
    return _Outcome(False, "no match", 1)


# Words that place or stage a condition without changing what it is (DESIGN's answer forms, row 1:
# "one condition, with or without site, laterality, stage or type"). Organs are not here ("lung abscess"
# is not "abscess"), nor acuity or severity: the tuning sets hold acute interstitial nephritis vs
# interstitial nephritis and 重度子痫前期 vs 子痫前期 as different conditions.
_SITE_OR_STAGE = frozenset(
    """left right bilateral unilateral upper lower middle lobe lobar segment segmental anterior posterior inferior
    superior lateral medial proximal distal apical basal wall side sided stage grade type i ii iii iv 1 2 3 4""".split()
)
_ZH_SITE_OR_STAGE = re.compile(
    r"^(?:左侧?|右侧?|双侧|单侧|[左右双]|[上中下]叶|[上中下]肺|[上中下]段|[上中下]|前壁|下壁|侧壁|后壁|(?:心功能|nyha)?[ⅠⅡⅢⅣIVivx1-4一二三四]+[期级]"
    # a limb, joint, eye, ear or breast named with the side (右膝, 左眼, 左乳), a spinal level (l45, 腰45)
    r"|眼|耳|膝|膝关节|髋|髋关节|肩|肩关节|肘|腕|踝|踝关节|足|手|乳|乳腺|上肢|下肢|[cltsl颈胸腰骶]?\d{1,2}(?:[cltsl]?\d{1,2})?)+$"
)
# A place written as clinicians write it in front of (or inside) a name: a side and what follows it
# (左胸背部, 右股骨远端, 右大脑中动脉供血区 — not 左心, 右束支, 左室: there the side names the
# condition), or a run ending in a place word (膜周部, 右颞部, 基底节区, 上段). Never a kind, acuity, stage,
# severity or cause (性, 型, 急, 慢, 期, 级, 度, 重, 轻, 原发, 继发, 先天, 后 ...).
_ZH_PLACE_END = re.compile(r"(?:部|区|叶|段|处|侧|端|周)$")
_ZH_NOT_PLACE = re.compile(r"[性型急慢期级度重轻非无不未恶良后伴并]|原发|继发|先天|获得|多发|单发|复发")


def _zh_site_phrase(piece: str) -> bool:
    """`piece` (a `zh_key` run) only places the condition: a side, a site or a stage (`_ZH_SITE_OR_STAGE`)."""
    if _ZH_SITE_OR_STAGE.match(piece):
        return True
    if not piece or len(piece) > 12 or _ZH_NOT_PLACE.search(piece) or not re.fullmatch(r"[\u4e00-\u9fff]+", piece):
        return False
    return bool(re.match(r"^[左右双](?![心束室房])", piece) or (len(piece) > 1 and _ZH_PLACE_END.search(piece)))


def _zh_runs_around(short: str, long: str) -> list[str] | None:
    """The runs of `long` outside `short` when `short` is read inside it whole and in order, else None."""
    blocks = SequenceMatcher(None, short, long, autojunk=False).get_matching_blocks()
    if sum(b.size for b in blocks) != len(short):
        return None
    runs, at = [], 0
    for b in blocks:
        if b.b > at:
            runs.append(long[at:b.b])
        at = b.b + b.size
    return runs


# One organ in front of a disease name (肺结核 = 结核病 of the lung): dropping it names the same disease.
_ZH_ORGAN = re.compile(r"^(?:肺|肝|肾|脑|骨|肠|胃|心|脾|皮肤|淋巴结|肺部|肝脏|肾脏)$")


def _drops_only_site_or_stage(reference: frozenset[str], prediction: frozenset[str]) -> bool:
    dropped = reference - prediction
    kept = prediction - _SITE_OR_STAGE
    return bool(dropped) and bool(kept) and dropped <= _SITE_OR_STAGE and prediction <= reference


# Round 57: a side with the limb or eye it is on, as English diagnoses write it after the condition ("Cataract,
# right eye", "Deep vein thrombosis of the left lower extremity", "Cellulitis of the right leg"): DESIGN's answer
# forms, row 1, let an answer leave out a site and a side. Only a phrase holding a side word: an organ or a part
# that names the condition (pulmonary tuberculosis, pes anserine bursitis) is no side.
_SIDES = frozenset("left right bilateral unilateral both".split())
_LIMB_OR_EYE = frozenset(
    """eye eyes leg legs arm arms extremity extremities limb limbs foot feet hand hands knee knees hip hips ankle
    ankles wrist wrists elbow elbows shoulder shoulders""".split())
_SIDE_PLACES = _SIDES | _LIMB_OR_EYE | frozenset("of the lower upper side sided".split())


def _side_phrase(dropped: frozenset[str] | set[str]) -> bool:
    """`dropped` (the reference's words the answer leaves out) is a side and where it is, nothing else."""
    return bool(dropped & _SIDES) and bool(dropped & _LIMB_OR_EYE) and dropped <= _SIDE_PLACES


def _injury(code: str | None) -> bool:
    """ICD-10-CM files injuries by their place (chapter 19, S and T): a fracture is no diagnosis without it."""
    return code is not None and code.startswith(("S", "T"))


def _en_side_only(ref_words: frozenset[str], term: Term) -> bool:
    """The English reference is a name of the term with only a side and its limb or eye added."""
    for name in term.names:
        words = frozenset(normalise_name(name).split())
        if words and words < ref_words and _side_phrase(ref_words - words):
            return True
    return False


def _zh_grade_only(ref_zh: str, term: Term) -> bool:
    """The Chinese reference is one of the term's Chinese names with only a place, side, stage, grade or
    risk stratum added (高血压病3级（很高危）, 右下肺炎): what a Chinese answer may leave out (DESIGN's answer forms,
    row 1) an English one may too. Never a type (2型糖尿病) or a cause: those are no place or stage."""
    ref_zh = _ZH_RISK.sub("", ref_zh) or ref_zh
    return any(_zh_drops_only_site_or_stage(ref_zh, terms_table.zh_key(name)) for name in term.zh if name)


# a hypertension grade's risk stratum (《中国高血压防治指南》: 低危 / 中危 / 高危 / 很高危, 极高危), which an answer naming
# no grade leaves out with the grade (an answer that names a grade names its stratum too: round 9)
_ZH_RISK = re.compile(r"(?:很高|极高|[低中高])危$")


def _zh_drops_only_site_or_stage(ref_zh: str, pred_zh: str) -> bool:
    """The Chinese answer is the reference less qualifiers of place, side or stage (右下肺炎 -> 肺炎,
    急性阑尾炎 -> 阑尾炎), or less one organ in front of a known disease name (肺结核 -> 结核病), or with a
    part of an organ written as the organ (胰头癌 -> 胰腺癌)."""
    if organ_for_parts(ref_zh) == pred_zh != ref_zh:
        return True
    # the answer's name with the 病 its table row also writes (高血压 for 高血压病3级), round 57
    written = tuple(f"{pred_zh}{end}" for end in ("病", "症") if pred_zh in terms_table.zh_suffix_variants(pred_zh + end))
    for pred in (pred_zh, *terms_table.zh_suffix_variants(pred_zh), *written):
        if len(pred) < 2 or pred == ref_zh:
            continue
        at = ref_zh.find(pred)
        if at < 0:
            continue
        dropped = [p for p in (ref_zh[:at], ref_zh[at + len(pred):]) if p]
        if all(_zh_site_phrase(p) for p in dropped):
            return True
        if len(dropped) == 1 and at > 0 and _ZH_ORGAN.match(dropped[0]) and len(pred_zh) >= 3:
            return True
    # places left out inside the name too: 右肺上叶腺癌 -> 肺腺癌, 甲状腺右叶乳头状癌 -> 甲状腺乳头状癌
    runs = _zh_runs_around(pred_zh, ref_zh) if len(pred_zh) >= 3 else None
    # a run of one character inside a name is part of a word (声门上型 is not 声门型 placed higher)
    return bool(runs) and all(_zh_site_phrase(r) and (len(r) > 1 or r in "左右双") for r in runs)


# A qualifier that names a kind (化脓性, 坏疽性, 肥厚型): a word ending in 性 or 型, not a negation (非典型
# is a kind; 非 alone is not) nor a cause or stage that makes another condition (`_ZH_ACQUIRED`); a cause
# (链球菌感染后, 维生素B12缺乏性); a cell lineage (B, T: 急性B淋巴细胞白血病); a histology before 癌 (腺癌, 鳞癌:
# 乙状结肠腺癌) and its grade (中分化腺癌).
_ZH_KIND_QUALIFIER = re.compile(
    r"^(?![非无不未])(?:[\u4e00-\u9fffa-z0-9]{1,8}[性型]|[\u4e00-\u9fff]{2,6}感染后|[bt]|腺|鳞状细胞|鳞|[高中低]分化)$"
)


def _zh_added_qualifiers(ref_zh: str, pred_zh: str) -> str | None:
    """The Chinese answer is the reference with qualifiers put in, the reference kept whole and in
    order: "site" when each is a place, side or stage (急性ST段抬高型心肌梗死 -> 急性前壁ST段抬高型心肌梗死,
    肺炎 -> 右下肺炎), "kind" when each is that or a kind-naming adjective (急性阑尾炎 -> 急性坏疽性阑尾炎);
    None otherwise."""
    if len(ref_zh) < 2 or len(pred_zh) <= len(ref_zh) or _ZH_ACQUIRED.search(pred_zh):
        return None
    extra = len(pred_zh) - len(ref_zh)
    # one inserted run, at every place it could stand (性阑尾炎 is matched after 急性 or after 坏疽性)
    splits = [[pred_zh[i:i + extra]] for i in range(len(ref_zh) + 1)
              if pred_zh.startswith(ref_zh[:i]) and pred_zh.endswith(ref_zh[i:])]
    if not splits:  # several runs: one alignment
        inserted = _zh_runs_around(ref_zh, pred_zh)
        if inserted is None:
            return None  # the reference is not kept whole, in order
        splits = [inserted]
    if any(all(_zh_site_phrase(c) for c in chunks) for chunks in splits):
        return "site"
    if any(all(_zh_site_phrase(c) or _ZH_KIND_QUALIFIER.match(c) for c in chunks) for chunks in splits):
        return "kind"
    return None


def _adds_syndrome(reference: str, prediction: str) -> bool:
    """"Congenital myasthenic syndrome" is not a kind of myasthenia: a syndrome named after a condition
    is another condition."""
    wr, wp = reference.split(), prediction.split()
    if wp[-1:] == ["syndrome"] and wp[:-1] == wr and is_known_name(reference):
        return False  # "Fibromyalgia syndrome" is fibromyalgia: the condition's own name plus the word
    return "syndrome" in wp and "syndrome" not in wr and "disease" not in wr


_HEADS = frozenset({"disease", "syndrome", "disorder"})


def _head_swapped(ref: Reading, pred: Reading) -> bool:
    """"X disease", "X syndrome" and "X disorder" name one condition where ICD-10-CM gives them one code:
    the answer swaps only that head word, and either codes exactly as the reference does (Raynaud disease /
    syndrome, I73.00) or names nothing of its own (Menetrier syndrome, bipolar disease). Where ICD codes the
    two apart (Cushing disease E24.0, Cushing syndrome E24; Parkinson disease, Parkinson syndrome G20.C)
    they stay two conditions."""
    rw, pw = ref.key.split(), pred.key.split()
    if len(rw) != len(pw) or len(rw) < 2 or not ref.code:
        return False
    diff = [(a, b) for a, b in zip(rw, pw, strict=True) if a != b]
    if len(diff) != 1 or not set(diff[0]) <= _HEADS:
        return False
    if not is_known_name(pred.key):
        return is_known_name(ref.key)
    rc, pc = assign_icd10(ref.key).icd10, assign_icd10(pred.key).icd10
    return bool(rc and pc) and icd.add_dot(rc) == icd.add_dot(pc)


def _disease_vs_syndrome(reference: str, prediction: str) -> bool:
    """"Cushing disease" is one cause of "Cushing syndrome": answering the syndrome for the disease is
    broader (the disease for the syndrome is more specific, and other rules decide it)."""
    wr, wp = reference.split(), prediction.split()
    if "disease" in wr and "syndrome" not in wr and "syndrome" in wp and "disease" not in wp:
        return [w for w in wr if w != "disease"] == [w for w in wp if w != "syndrome"]
    return False


def _qualifier_conflict(r: Container[str], p: Container[str], r_text: str, p_text: str,
                        opposites: Iterable[tuple[str, str]], added_only: Iterable[tuple[str, str]],
                        acquired: re.Pattern[str]) -> str | None:
    """The qualifier rule in one language: `r`/`p` hold the reference's and prediction's units
    (English words, or a Chinese key searched by substring)."""
    for a, b in opposites:
        for x, y in ((a, b), (b, a)):
            if x in r and y not in r and y in p and x not in p:
                return f"{x} vs {y}"
    for x, y in added_only:
        if x in r and y not in r and y in p:
            return f"{x} vs {y}"
    if acquired.search(p_text) and not acquired.search(r_text):
        return "an acquired or late-effect form"
    return None


def _opposite(reference: str, prediction: str) -> str | None:
    """An opposing qualifier pair ("acute" vs "chronic") that makes the prediction another condition."""
    rn, pn = normalise_name(reference), normalise_name(prediction)
    found = None
    if not terms_table.has_chinese(reference):  # English qualifiers against an English reference only
        found = _qualifier_conflict(set(rn.split()), set(pn.split()), rn, pn, _OPPOSITES, _ADDED_ONLY, _ACQUIRED)
    if found is None and terms_table.has_chinese(reference) and terms_table.has_chinese(prediction):
        rz, pz = terms_table.zh_key(reference), terms_table.zh_key(prediction)
        found = _qualifier_conflict(rz, pz, rz, pz, _ZH_OPPOSITES, _ZH_ADDED_ONLY, _ZH_ACQUIRED)
    return found


# A condition that follows the reference or is past (`_other_condition`): "postherpetic neuralgia" for
# herpes zoster, "poststreptococcal glomerulonephritis" for strep throat, 带状疱疹后神经痛 for 带状疱疹;
# "prior" or "previous X" for X. (Not "old", which ICD uses for a current diagnosis: old myocardial infarction.)
_POST_WORD = re.compile(r"\bpost[- ]?([a-z]{4,})")
_PAST_WORD = re.compile(r"\b(?:prior|previous|remote|past|healed|old)\b")
# round 60: a Chinese reference that is itself a past condition (陈旧性心肌梗死 is "old myocardial infarction")
_ZH_PAST = re.compile(r"陈旧")


def _other_condition(reference: str, prediction: str) -> str | None:
    """Why the answer names another condition than the reference, whatever names they read as, if it does:
    the other side, another type or stage (in brackets or numbered), another spinal level, a past episode,
    or a sequel of the reference."""
    r_sides, p_sides = _sides(reference), _sides(prediction)
    if r_sides and p_sides and r_sides != p_sides:
        return "a different condition (the other side)"
    r_grades, p_grades = _grades(reference), _grades(prediction)
    if r_grades and p_grades and not r_grades & p_grades:
        return "a different condition (another severity or extent)"
    r_risks, p_risks = _risks(reference), _risks(prediction)
    if r_risks and p_risks and r_risks != p_risks:
        return "a different condition (another risk stratum)"
    r_places, p_places = _positions(reference), _positions(prediction)
    if r_places and p_places and not r_places & p_places:
        return "a different condition (another lobe or segment)"
    if _typed_apart(_bracket_qualifiers(reference), _bracket_qualifiers(prediction), (reference, prediction)):
        return "a different condition (another type or stage in brackets)"
    r_stages, p_stages = _zh_stages(reference), _zh_stages(prediction)
    if any(r_stages.get(k) and p_stages.get(k) and r_stages[k] != p_stages[k] for k in r_stages):
        return "a different condition (another stage, grade or type)"
    r_levels, p_levels = _levels(reference), _levels(prediction)
    if r_levels and p_levels and r_levels != p_levels:
        return "a different condition (another spinal level)"
    rn, pn = normalise_name(reference), normalise_name(prediction)
    for a, b in ((rn, pn), (pn, rn)):  # "preeclampsia without severe features" is not "with severe features"
        if any(re.search(rf"\bwith {m.group(1)}\b", a) for m in re.finditer(r"\bwithout (\w+)", b)):
            return "a different condition (without what the other has)"
    # read by structure too: "gastric ulcer without hemorrhage" is not a bleeding gastric ulcer
    rc_words, pc_words = set(_canonical(rn).split()), _canonical(pn)
    if any(m.group(1) in rc_words and f"without {m.group(1)}" not in _canonical(rn)
           for m in re.finditer(r"\bwithout (\w+)", pc_words)):
        return "a different condition (without what the other has)"
    if terms_table.has_chinese(reference) and terms_table.has_chinese(prediction):
        rz, pz = terms_table.zh_key(reference), terms_table.zh_key(prediction)
        for a, b in ((rz, pz), (pz, rz)):  # 非角化性 is not 角化性
            if any(m.group(1) in b and m.group(0) not in b for m in _ZH_NOT_WORD.finditer(a)):
                return "a different condition (非 names the opposite kind)"
    if _PAST_WORD.search(pn) and not (_PAST_WORD.search(rn) or re.search(r"\bold\b", rn) or _ZH_PAST.search(reference)):
        return "a past condition, not the reference as it is now"
    ref_words = rn.split()
    for match in _POST_WORD.finditer(pn):
        stem = match.group(1)[:5]
        if not _POST_WORD.search(rn) and any(w.startswith(stem) for w in ref_words):
            return f"a different condition (after {match.group(1)}: a sequel of the reference)"
    if terms_table.has_chinese(reference) and terms_table.has_chinese(prediction):
        rz, pz = terms_table.zh_key(reference), terms_table.zh_key(prediction)
        cores = [rz, *(terms_table.zh_key(c) for c in core_forms(reference))]  # round 10c: 右侧带状疱疹 too
        if any(len(c) >= 2 and c + "后" in pz and not pz.endswith(c + "后") for c in cores):
            return "a different condition (after the reference: its sequel)"
    return None


# Where in an organ, in either language: the upper, middle or lower lobe of a lung, segment of a ureter or
# oesophagus (右肺上叶 = right upper lobe; 输尿管上段 = upper / proximal ureter). Another lobe or segment
# is another site, like the other side (a site may be left out, not changed: DESIGN's row 1).
_ZH_POSITION = re.compile(r"([上中下])(?:叶|段|肺)")
_EN_POSITION = re.compile(r"\b(upper|middle|mid|lower|proximal|distal)(?:[- ]third)?\s+(?:lobe|segment|ureter|ureteral|ureteric|"
                          r"esophag\w*|oesophag\w*|third|part|portion|(?:\w+\s+)?lobe)\b|\b(proximal|distal)\s+ure\w*")
_POSITION_WORDS = {"上": "upper", "中": "middle", "下": "lower", "upper": "upper", "middle": "middle", "mid": "middle",
                   "lower": "lower", "proximal": "upper", "distal": "lower"}


# A severity grade or a stage of extent, in either language: mild, moderate, moderately severe, severe
# (轻度 / 轻症, 中度, 中度重症 / 中重度, 重度 / 重症 / 重型), limited or extensive stage (局限期, 广泛期). Another
# grade is another condition (moderately severe acute pancreatitis is not severe acute pancreatitis; DESIGN's
# row 1 lets a grade be left out, not changed). 重症 in 重症肌无力 names the disease (myasthenia gravis).
_EN_GRADE = re.compile(r"\b(moderately[- ]severe|mild|moderate|severe|limited(?=[- ](?:stage|disease))"
                       r"|extensive(?=[- ](?:stage|disease)))\b")
_ZH_GRADE = re.compile(r"(中度重症|中重度|中重症|轻度|轻症|中度|重度|重症(?!肌无力)|重型|局限期|广泛期)")
_GRADE_WORDS = {"moderately severe": "moderately severe", "moderately-severe": "moderately severe", "mild": "mild",
                "moderate": "moderate", "severe": "severe", "limited": "limited", "extensive": "extensive",
                "中度重症": "moderately severe", "中重度": "moderately severe", "中重症": "moderately severe",
                "轻度": "mild", "轻症": "mild", "中度": "moderate", "重度": "severe", "重症": "severe", "重型": "severe",
                "局限期": "limited", "广泛期": "extensive"}


def _read_words(text: str, zh: re.Pattern[str], en: re.Pattern[str], table: dict[str, str]) -> frozenset[str]:
    """The table's words for what a Chinese and an English pattern find in a name (each match by its first group that
    matched): one reader for severities, risk strata and positions."""
    matches = [*zh.finditer(text), *en.finditer(text.lower())]
    return frozenset(table[next(g for g in m.groups() if g).lower()] for m in matches)


def _grades(text: str) -> frozenset[str]:
    return _read_words(text, _ZH_GRADE, _EN_GRADE, _GRADE_WORDS)


# A risk stratum written beside a diagnosis (高血压病3级（很高危）, "grade 3, very high risk"): 《中国高血压防治指南》's
# 低危 / 中危 / 高危 / 很高危 (很高危 also written 极高危), and the pulmonary-embolism strata 中高危 / 中低危 (ESC
# intermediate-high / intermediate-low). Two named strata that differ are two conditions as written.
_ZH_RISK = re.compile(r"(很高危|极高危|中高危|中低危|高危|中危|低危)(?!型|妊娠|儿|因素|人群)")
_EN_RISK = re.compile(r"\b(very[- ]high|intermediate[- ]high|intermediate[- ]low|high|intermediate|moderate|low)[- ]risk\b")
_RISK_WORDS = {"很高危": "very high", "极高危": "very high", "中高危": "intermediate-high", "中低危": "intermediate-low",
               "高危": "high", "中危": "intermediate", "低危": "low", "very high": "very high", "very-high": "very high",
               "intermediate high": "intermediate-high", "intermediate-high": "intermediate-high",
               "intermediate low": "intermediate-low", "intermediate-low": "intermediate-low", "high": "high",
               "intermediate": "intermediate", "moderate": "intermediate", "low": "low"}


def _risks(text: str) -> frozenset[str]:
    return _read_words(text, _ZH_RISK, _EN_RISK, _RISK_WORDS)


def _positions(text: str) -> frozenset[str]:
    return _read_words(text, _ZH_POSITION, _EN_POSITION, _POSITION_WORDS)


_ZH_NOT_WORD = re.compile(r"非([\u4e00-\u9fff]{2,5}?[性型])")


# A numbered stage, class, grade or type written in English ("CKD stage 4", "lupus nephritis, class IV") and
# in Chinese (慢性肾脏病4期, 狼疮性肾炎（Ⅳ型）, 心功能Ⅲ级): one number, compared across the two languages.
_EN_STAGE = re.compile(r",?\s*(?:\bnyha\s+)?\b(?:stage|class|grade|type|phase|degree)\s+([0-9]+|[ivx]+)([a-c])?\b",
                       re.IGNORECASE)
_ZH_STAGE_RAW = re.compile(r"[（(]?(?:心功能|NYHA\s*)?(?<![A-Za-z])([0-9]+|[IVXivx]+|[一二三四五六])([A-Ca-c])?[期级度型][)）]?")


def _stage_apart(text: str) -> tuple[str, str] | None:
    """(the name without its one numbered stage, the stage as number + letter), or None."""
    if terms_table.has_chinese(text):
        text = unicodedata.normalize("NFKC", text)
        found = list(_ZH_STAGE_RAW.finditer(text))
    else:
        found = list(_EN_STAGE.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    rest = (text[: m.start()] + " " + text[m.end():]).strip(" ,，")
    number = m.group(1).lower()
    return (rest, _NUMBERS.get(number, number) + (m.group(2) or "").lower()) if rest else None


def _stage_across_languages(reference: str, prediction: str) -> tuple[bool, str] | None:
    """A name and its translation each with one numbered stage: another number is another condition; the
    same number leaves the names to be judged without it."""
    if terms_table.has_chinese(reference) == terms_table.has_chinese(prediction) or _is_compound(reference) \
            or _is_compound(prediction):
        return None
    ref, pred = _stage_apart(reference), _stage_apart(prediction)
    if not (ref and pred):
        return None
    if ref[1] != pred[1]:
        return False, "a different condition (another numbered stage, class or type)"
    correct, reason, _ = _judge(ref[0], pred[0])
    return correct, reason + (" (the same numbered stage)" if correct else "")


@answer_memo()
def judge(reference: str, prediction: str) -> tuple[bool, str]:
    """The rule verdict for one pair: (correct, reason)."""
    return _judge(reference, prediction)[:2]


def _tier(reason: str, form: AnswerForm) -> str:
    if not form.committed:
        return "answer_form"
    if "ICD-10-CM" in reason:
        return "icd"
    if "synonym" in reason or "translation" in reason or "table" in reason or "Chinese name" in reason:
        return "table"
    return "wording"


def reference_code(reference: str) -> str | None:
    """The ICD-10-CM code the verifier reads a reference as (its first coded reading), if any."""
    return next((r.code for r in _reference_readings(reference) if r.code and not r.narrower and "-" not in r.code), None)


def verdict_with_tier(reference: str, prediction: str) -> tuple[bool, str, str]:
    """(correct, reason, tier) for one pair: the rule verdict and the tier that decided it."""
    return _judge(reference, prediction)


def _zh_name_swapped(ref_zh: str, pred_zh: str) -> str | None:
    """The answer is the reference with one table name inside it written as another name of the same one
    row (风湿性心脏病二尖瓣狭窄 -> 风心病二尖瓣狭窄: 风心病 is a name of rheumatic heart disease), the rest
    unchanged and not empty. Only whole names of exactly one row, never a row's kinds."""
    if len(ref_zh) < 4 or ref_zh == pred_zh or not terms_table.has_chinese(pred_zh):
        return None
    n = len(ref_zh)
    # the name must cover where the two differ: between their common start and their common end
    start = next((k for k, (a, b) in enumerate(zip(ref_zh, pred_zh, strict=False)) if a != b), min(n, len(pred_zh)))
    end = next((k for k, (a, b) in enumerate(zip(ref_zh[::-1], pred_zh[::-1], strict=False)) if a != b),
               min(n, len(pred_zh)))
    for i in range(start + 1):
        for j in range(n, max(i + 1, n - end - 1), -1):
            if j - i == n:
                continue
            name = ref_zh[i:j]
            rows = terms_table.terms_for_chinese(name)
            if len(rows) != 1 or terms_table.zh_key(name) != name:
                continue
            before, after = ref_zh[:i], ref_zh[j:]
            if not (pred_zh.startswith(before) and pred_zh.endswith(after)):
                continue
            middle = pred_zh[len(before):len(pred_zh) - len(after)]
            if middle and middle != name and rows[0] in terms_table.terms_for_chinese(middle) and len(
                    terms_table.terms_for_chinese(middle)) == 1 and terms_table.has_chinese(middle):
                return name
    return None


# Characters that name a type, an order or a side: one of them typed for another is another condition
# however it sounds (一型 / 乙型, 左 / 右 never sound alike, but 一 / 乙 / 以 do).
_ZH_NOT_SLIPPED = frozenset("一二三四五六七八九十甲乙丙丁戊左右上下前后内外")


def _zh_slip_of(ref_zh: str, pred_zh: str) -> bool:
    """The answer is the reference with one character typed by its sound (耵咛栓塞 for 耵聍栓塞, 缺血性恼病
    for 缺血性脑病), compared with the reference itself rather than a table name, so a reference no table
    holds is read too. The answer must read as no name of its own, and the reference be at least four
    characters (a short name leaves too little around the slip to tell it from another word)."""
    if len(ref_zh) < 4 or len(ref_zh) != len(pred_zh) or not terms_table.has_chinese(pred_zh):
        return False
    diff = [i for i, (a, b) in enumerate(zip(ref_zh, pred_zh, strict=True)) if a != b]
    if len(diff) != 1:
        return False
    typed, meant = pred_zh[diff[0]], ref_zh[diff[0]]
    if not (_CJK_CHAR.match(typed) and _CJK_CHAR.match(meant)) or {typed, meant} & _ZH_NOT_SLIPPED:
        return False
    if not _slipped(typed, meant):
        return False
    return not _zh_names_something(pred_zh)


def _slipped(typed: str, meant: str) -> bool:
    """One character typed for another by its sound, or by its shape (round 8b: 形近字 too)."""
    return sounds_alike(typed, meant) or looks_alike(typed, meant)


def _zh_names_something(zh: str) -> bool:
    """Does a Chinese text name a condition of its own (a known name, a table row, a vocabulary name)?"""
    return bool(is_known_name(zh) or terms_table.terms_for_chinese(zh) or vocabulary.zh_names(zh))


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _zh_slip_fixed(ref_zh: str, pred_zh: str) -> str | None:
    """Round 60: the answer with its one slipped character written as the reference writes it, where the answer
    also moves or adds words (右侧腹股沟斜汕（可复性） for 腹股沟斜疝（右侧，可复性）): one character the reference lacks,
    sounding or looking like exactly one the reference has, in an answer that names nothing of its own. The
    rewritten pair is judged again in full, so the slip is the only thing forgiven."""
    if len(terms_table.zh_key(ref_zh)) < 4 or not terms_table.has_chinese(pred_zh):
        return None
    foreign = {ch for ch in pred_zh if _CJK_CHAR.match(ch) and ch not in ref_zh}
    if len(foreign) != 1:
        return None
    typed = next(iter(foreign))
    meant = {ch for ch in set(ref_zh) if _CJK_CHAR.match(ch) and ch not in _ZH_NOT_SLIPPED and _slipped(typed, ch)}
    if typed in _ZH_NOT_SLIPPED or len(meant) != 1 or _zh_names_something(pred_zh):
        return None
    return pred_zh.replace(typed, next(iter(meant)))


def _row_names(text: str) -> frozenset[Term]:
    if terms_table.has_chinese(text):
        return frozenset(terms_table.terms_for_chinese(text))
    return frozenset(terms_table.terms_for_key(normalise_name(text)))


def _one_row(reference: str, prediction: str) -> bool:
    """Both texts are whole names of the same one table row (neither names any other row)."""
    r, p = _row_names(reference), _row_names(prediction)
    return len(r) == 1 and r == p


@answer_memo()
def _judge(reference: str, prediction: str) -> tuple[bool, str, str]:
    """(correct, reason, tier): the answer's form first (DESIGN's table), then the names; an answer right only as
    more specific than a bracketed Chinese reference is held to the kind in the brackets (round 57)."""
    correct, reason, tier = _judge_names(reference, prediction)
    if correct and (apart := bracket_kind_apart(reference, prediction, reason, _judge)):
        return False, apart, "wording"
    return correct, reason, tier


def _judge_names(reference: str, prediction: str) -> tuple[bool, str, str]:
    """(correct, reason, tier) before the bracket check: the answer's form first, then the names."""
    form = parse_answer(prediction)
    if not form.committed:
        return False, form.reason or "no committed diagnosis", "answer_form"
    ref_form = parse_answer(reference)
    ref_text = ref_form.text or reference.strip()
    if joined := joiner_only(ref_text, form.text):  # round 10 (`round10_zh`): 伴 on one side only, same characters
        return True, joined, "wording"
    if form.kind == "single" and (primary := combination_primary(ref_text, form.text, _judge)):  # round 8b
        return False, primary, "answer_form"
    if broader := broader_name(ref_text, form.primary or form.text) or broader_name_13(ref_text, form.primary or form.text):  # round 7b (`zh_parts`), round 10
        return False, broader, "wording"
    # two names of one table row are one condition, whatever qualifier words the names hold
    # (获得性免疫缺陷综合征 is 艾滋病: "acquired" there names no acquired form)
    opposite = None if _one_row(ref_text, form.primary or form.text) else _opposite(ref_text, form.primary or form.text)
    if opposite:
        return False, f"a different condition ({opposite})", "wording"
    other = _other_condition(ref_text, form.primary or form.text)
    if other:
        return False, other, "wording"
    if apart := opposite_place(ref_text, form.primary or form.text) or like_form(ref_text, form.primary or form.text):
        return False, apart, "wording"  # round 9 (`round9_vetoes`)
    if sub := subclinical_form(ref_text, form.primary or form.text):
        return False, sub, "wording"  # round 10 (`round10_zh`)
    if pseudo := zh_pseudo_flipped(ref_text, form.primary or form.text):
        return False, pseudo, "wording"  # round 40 (`families`): 假性痛风 is not gout
    if not terms_table.has_chinese(ref_text + form.text) and (kind := kind_standard_name(ref_text)) and kind != ref_text and not (below := _judge(kind, form.text))[0] \
            and below[1].startswith("broader"):  # round 9: Beta thalassemia for Cooley anemia drops its severity
        return False, f"{below[1]} (the reference names the kind {kind})", below[2]
    staged = _stage_across_languages(ref_text, form.text) if form.kind == "single" else None
    if staged:
        return staged[0], staged[1], "wording"
    if terms_table.has_chinese(ref_text) and form.kind in ("single", "primary"):  # "P所致Q" reads as a primary
        rewritten = same_name_rewritten(ref_text, form.text)
        if rewritten:
            return True, rewritten, "wording"
        swapped = _zh_name_swapped(terms_table.zh_key(ref_text), terms_table.zh_key(form.text))
        if swapped:
            return True, f"the reference with {swapped} written by another name of its table row", "table"
        if form.kind == "single" and _zh_slip_of(terms_table.zh_key(ref_text), terms_table.zh_key(form.text)):
            return True, "same Chinese name with one character typed by its sound", "wording"
    if form.kind == "single" and terms_table.has_chinese(ref_text) and \
            terms_table.zh_key(ref_text) == terms_table.zh_key(form.text):  # 高血压病3级 很高危 = 高血压病3级（很高危）
        return True, "same Chinese name (its brackets, spaces or punctuation aside)", "wording"
    refs = _reference_readings(ref_text)
    if _is_compound(ref_text):
        refs = [replace(r, compound=True) for r in refs]
    preds = _prediction_readings(prediction)
    best: _Outcome | None = None
    # the table says the reference is a "> kind" of a row: an answer naming that row itself is broader, whatever
    # code the two share (Sheehan syndrome is a kind of hypopituitarism, both E23.0)
    # — an English kind named on its own (an eponym), not the row's name with a site or type added, which
    # DESIGN's first row lets an answer leave out (膜周部室间隔缺损 -> 室间隔缺损)
    parents = frozenset() if terms_table.has_chinese(ref_text + prediction) else frozenset(
        t for r in refs if r.narrower for t in r.terms
        if not any(_name_words(n) <= _name_words(ref_text) for n in t.names))
    own = frozenset(t for r in refs if not r.narrower for t in r.terms)
    for ref in refs:
        for pred in preds:
            if parents and pred.terms and not pred.narrower and set(pred.terms) <= parents and not own & set(pred.terms):
                outcome = _Outcome(False, "broader than the reference (the table lists it as a kind of the answer)", 3)
                if best is None or outcome.rank > best.rank:
                    best = outcome
                continue
            outcome = _compare(ref, pred)
            if outcome.correct and (vetoed := veto(ref, pred, outcome.reason)):  # round 7b (`zh_parts`)
                outcome = _Outcome(False, vetoed, 2)
            if outcome.correct and (flipped := privative_flipped(ref_text, form.primary or form.text)
                                    or spine_region_apart(ref_text, form.primary or form.text)):  # round 8
                outcome = _Outcome(False, flipped, 2)
            if outcome.correct and (flipped := zh_para_flipped(ref_text, form.primary or form.text, outcome.reason)):
                outcome = _Outcome(False, flipped, 2)  # round 40 (`families`): 副流感 is not influenza
            if outcome.correct and "misspelling" in outcome.reason and (
                    vetoed := ambiguous_slip(ref_text, form.primary or form.text)):  # round 9 (`round9_vetoes`)
                outcome = _Outcome(False, vetoed, 2)
            if outcome.correct and "misspelling" in outcome.reason and (
                    vetoed := not_a_slip(ref_text, form.primary or form.text)):  # round 10 (`en_joins14`)
                outcome = _Outcome(False, vetoed, 2)
            if outcome.correct and (vetoed := abbreviation_sibling(ref.terms, form.primary or form.text)
                                    or limbs_apart(ref_text, form.primary or form.text)):  # round 10 (`en_joins14`)
                outcome = _Outcome(False, vetoed, 2)
            if outcome.correct and (vetoed := eponym_remnant(ref, pred, outcome.reason)
                                    or qualified_siblings(ref_text, form.primary or form.text)):  # round 8b
                outcome = _Outcome(False, vetoed, 2)
            if outcome.correct:
                return True, outcome.reason, _tier(outcome.reason, form)
            if best is None or outcome.rank > best.rank:
                best = outcome
    if form.kind in ("single", "primary") and (kind := family_kind(refs, preds)):  # round 8 (`families`)
        return True, kind, "icd"
    if form.kind == "single" and (kind := without_default_kind(ref_text, refs, preds)):  # round 10 (`en_joins14`)
        return True, kind, "icd"
    if form.kind == "single" and (by_parts := same_condition_by_parts(ref_text, form.text, _readings_of)):
        return True, by_parts, "wording"  # round 7b (`zh_parts`), read only where no reading matched
    if form.kind == "single" and (shortened := short_form(ref_text, form.text)):
        return True, shortened, "wording"  # round 8 (`zh_short`), read only where no reading matched
    if form.kind == "single" and (spelt := spelt_through_glossary(ref_text, form.text)):
        return True, spelt, "table"  # round 8 (`glossary_names`), read only where no reading matched
    if form.kind in ("single", "primary") and (spelt := spelt_with_word_forms(ref_text, form.text)):
        return True, spelt, "table"  # round 9 (`en_names9`), read only where no reading matched
    if form.kind in ("single", "primary") and (named := qualified_table_name(ref_text, form.text)):
        return True, named, "table"  # round 9 (`en_names9`), read only where no reading matched
    if form.kind in ("single", "primary") and (joined := joined_table_name(ref_text, form.text)):
        return True, joined, "table"  # round 10 (`en_joins14`), read only where no reading matched
    if form.kind == "single" and (moved := _judged_with_qualifier_moved(ref_text, form.text)):
        return True, moved, "wording"  # round 8 (`zh_reorder`), read only where no reading matched
    if form.kind == "single" and (kind_named := _judged_as_kind_name(ref_text, form.text)):
        return True, kind_named, "table"  # round 8 (`kind_names`), read only where no reading matched
    if form.kind == "single" and (respelt := _judged_respelt(ref_text, form.text)):
        return True, respelt, "wording"  # round 8 (`en_variants`), read only where no reading matched
    if form.kind == "single" and (common := by_common_name(ref_text, form.text, _first_right)):
        return True, common, "table"  # round 9 (`zh_common_names`), read only where no reading matched
    if form.kind == "single" and (common := by_common_name_13(ref_text, form.text, _first_right)
                                  or implied_qualifier_dropped(ref_text, form.text, _first_right)
                                  or narrower_listed(ref_text, form.text)
                                  or abbreviation_spelt_out(ref_text, form.text, _first_right)):
        return True, common, "table"  # round 10 (`round10_zh`), read only where no reading matched
    ref_codes = [r.code for r in refs if r.code and not r.narrower and not r.derived and "-" not in r.code]
    if form.kind == "single" and (tumour := names_reference_condition(ref_codes, form.text)):
        return True, tumour, "icd"  # round 8 (`secreting_tumours`), read only where no reading matched
    if form.kind == "single" and (typed := type_named(ref_text, form.text, _judge, _readings_of)):
        return True, typed, "wording"  # round 57 (`zh_category_heads`), read only where no reading matched
    reason = best.reason if best else "no match"
    named = _cause_as_qualifier(reference, form)
    if named:
        return True, f"the answer's cause read as its qualifier ({named})", "wording"
    if form.kind == "single" and (kind := uncoded_kind(ref_text, form.text)):  # round 8b (`rewrites8b`)
        return True, kind, "table"
    if form.kind == "single" and (again := rewritten_pair(ref_text, form.text)):  # round 8b (`rewrites8b`)
        right, why, tier = _judge(*again)
        if right:
            return True, f"{why} (read as {again[0]} / {again[1]})", tier
    if form.kind == "single" and terms_table.has_chinese(ref_text) and (fixed := _zh_slip_fixed(ref_text, form.text)) \
            and (again := _judge(ref_text, fixed))[0]:  # round 60
        return True, f"{again[1]} (one character typed by its sound or shape: {fixed})", again[2]
    if form.kind == "single" and (limbed := _first_right(ref_text, form.text, limb_pairs(ref_text, form.text))):
        return True, f"{limbed[0]} (a limb by another of its names or in another place: {limbed[1]} / {limbed[2]})", "wording"  # round 60
    if form.kind == "single" and (newborn := newborn_respelt(form.text)) and (again := _judge(ref_text, newborn))[0]:
        return True, f"{again[1]} (read as {newborn})", again[2]  # round 10 (`en_joins14`)
    if form.kind == "single" and (valve := valve_lesion_respelt(ref_text, form.text)) and (again := _judge(*valve))[0]:
        return True, f"{again[1]} (the valve's leak named as the reference names it)", again[2]  # round 10
    if form.kind == "single" and reason == "no match" and (core := _bracket_core(ref_text)) and (
            again := _judge(core, form.text))[0]:  # round 63: the bracket a qualifier, its core read by every reading
        return True, f"{again[1]} (the reference without its bracketed qualifier: {core})", again[2]
    if form.kind == "single" and reason == "broader than the reference" and (
            folded := _bracket_folded(ref_text, form.text)) and (again := _judge(ref_text, folded))[0]:
        return True, f"{again[1]} (the answer's bracketed qualifier read in its name: {folded})", again[2]  # round 65
    if form.kind == "single" and reason == "no match" and (both := two_kinds_at_once(ref_text, form.text, _judge)):
        return True, f"a kind of the reference twice narrowed ({both} are each right)", "wording"  # round 9
    return False, reason, _tier(reason, form)


def _first_right(reference: str, prediction: str,
                 pairs: Iterable[tuple[str | None, str | None]]) -> tuple[str, str, str] | None:
    """The first rewritten pair (both sides present, not the pair itself) the verifier judges right, in full:
    (its reason, its reference, its prediction). One loop for every reading that rewrites a side and asks again."""
    for r, p in pairs:
        if r and p and (r, p) != (reference, prediction):
            correct, reason, _ = _judge(r, p)
            if correct:
                return reason, r, p
    return None


def _judged_with_qualifier_moved(reference: str, prediction: str) -> str | None:
    """Either Chinese side read as the table name it becomes with its 型 / 性 qualifier moved (`zh_reorder`),
    and the rewritten pair judged again in full: the reason it is then right, if it is."""
    r2 = qualifier_moved(reference) if terms_table.has_chinese(reference) else None
    p2 = qualifier_moved(prediction) if terms_table.has_chinese(prediction) else None
    hit = _first_right(reference, prediction, ((reference, p2), (r2, prediction), (r2, p2)))
    if hit is None:
        return None
    return f"{hit[0]} (a kind qualifier written in another place: {r2 or reference} / {p2 or prediction})"


def _judged_as_kind_name(reference: str, prediction: str) -> str | None:
    """Either side read as the left-out kind row it names (`kind_names`: postpartum pituitary necrosis is
    Sheehan syndrome) and the rewritten pair judged again in full: the reason it is then right, if it is."""
    r2, p2 = kind_standard_name(reference), kind_standard_name(prediction)
    r2 = r2 if r2 and kind_standard_name(r2) is None else None
    p2 = p2 if p2 and kind_standard_name(p2) is None else None
    hit = _first_right(reference, prediction, ((reference, p2), (r2, prediction), (r2, p2)))
    return None if hit is None else f"{hit[0]} (a name of the table's kind {r2 or p2})"


def _judged_respelt(reference: str, prediction: str) -> str | None:
    """One word of either English side spelt as ICD-10-CM spells it (`en_variants`: myelomas, Marphan) and
    the rewritten pair judged again in full: the reason it is then right, if it is."""
    if terms_table.has_chinese(reference + prediction):
        return None
    pairs = [(reference, p) for p in spelling_variants(prediction)] + [(r, prediction) for r in spelling_variants(reference)]
    hit = _first_right(reference, prediction, pairs)
    if hit is None:
        return None
    reason, r, p = hit
    return f"{reason} (spelt as ICD-10-CM spells it: {p if r == reference else r})"


def _cause_adjectives(cause: str) -> tuple[str, ...]:
    """The cause written as a qualifier: itself, and one word's adjective by the regular English suffixes
    (hypertension -> hypertensive, diabetes -> diabetic, anemia -> anemic, cirrhosis -> cirrhotic,
    alcohol -> alcoholic, virus -> viral)."""
    words = cause.split()
    if len(words) != 1:
        return (cause,)
    w = words[0]
    forms = [w]
    for end, adj in (("sion", "sive"), ("osis", "otic"), ("es", "ic"), ("ia", "ic"), ("ism", "ic"), ("us", "al")):
        if w.endswith(end) and len(w) > len(end) + 3:
            forms.append(w[: -len(end)] + adj)
    if w.isalpha() and w[-1] not in "aeiouy":
        forms.append(w + "ic")
    return tuple(dict.fromkeys(forms))


def _cause_as_qualifier(reference: str, form: AnswerForm) -> str | None:
    """An English "X due to Y" answer is also read as one name, "Y X", with the cause as its qualifier
    ("Nephropathy due to diabetes" is diabetic nephropathy; ICD-10-CM writes one condition both ways),
    when that name is the reference's. X alone stays the primary for everything else (DESIGN's second row)."""
    if form.kind != "primary" or form.relation != "due to" or len(form.conditions) != 2:
        return None
    primary, cause = (c.strip() for c in form.conditions)
    if terms_table.has_chinese(primary + cause) or terms_table.has_chinese(reference):
        return None
    # the primary alone must be a broader name of the reference (nephropathy for diabetic nephropathy), not
    # another condition the cause would rescue ("vascular ring due to double aortic arch" is a vascular ring)
    if not _judge(reference, primary)[1].startswith("broader"):
        return None
    cause = re.sub(r"(?i)^(?:the|an?)\s+", "", cause)
    for qualifier in _cause_adjectives(cause.lower()):
        name = f"{qualifier} {primary}"
        correct, reason, _ = _judge(reference, name)
        if correct and "more specific" not in reason:  # the same name, not one with more words
            return name
    return None


def clear_answer_memos() -> None:
    """Forget everything memoised about answers — verdicts, answer forms, readings, codes, names —
    keeping only each reference's readings (precomputed once per case): what a new answer costs.
    Each such memo registers itself where it is defined (`answer_memos.answer_memo`)."""
    answer_memos.clear()


class RuleVerifier:
    """Deterministic verifier (name "rule"): scores 1.0 or 0.0 with a reason naming the deciding rule."""

    name = "rule"

    def verify_sync(self, request: VerifyRequest) -> Verdict:
        correct, reason, tier = _judge(request.reference, request.prediction)
        return Verdict(
            correct=correct,
            score=1.0 if correct else 0.0,
            reason=reason,
            verifier=self.name,
            prompt_version=None,
            tier=tier,
        )

    async def verify(self, request: VerifyRequest) -> Verdict:
        return self.verify_sync(request)
