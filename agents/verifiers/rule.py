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
from collections.abc import Container, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from dxgym.agents.types import Verdict, VerifyRequest
from dxgym.agents.verifiers.normalise import commitment
from dxgym.emr_fixtures import diagnosis_terms as terms_table
from dxgym.emr_fixtures.coding import (
    assign_icd10,
    description_keys,
    icd,
    is_icd_name,
    is_misspelling,
    is_same_or_narrower,
    normalise_name,
)
from dxgym.emr_fixtures.diagnosis_terms import Term

_ICD_CODE = re.compile(r"\b([A-TV-Z][0-9][0-9AB](?:\.[0-9A-Z]{1,4})?)\b")
# Words that move a condition elsewhere: "metastatic breast cancer to lung" is not lung cancer.
_ELSEWHERE = frozenset({"metastatic", "metastasis", "metastase", "secondary"})
# Qualifiers that name a different condition when one side has one and the other its opposite.
_OPPOSITES: tuple[tuple[str, str], ...] = (
    ("acute", "chronic"),
    ("benign", "malignant"),
    ("primary", "secondary"),
    ("congenital", "acquired"),
    ("anterior", "posterior"),
    ("internal", "external"),
    ("early", "late"),
    ("upper", "lower"),
    ("proximal", "distal"),
)
# Words that carry no identity of their own ("disorder" does: "nightmares" is not "nightmare disorder").
_GENERIC = frozenset({"the", "of", "an", "disease", "syndrome", "condition", "with", "due", "to", "and", "mellitus"})
# Words that widen rather than narrow: "Raynaud phenomenon" is not a kind of "Raynaud disease".
_NOT_QUALIFIERS = frozenset({"phenomenon", "like", "related", "spectrum", "variant", "atypical"})
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
)
# Qualifiers that deny or reverse what follows: "非ST段抬高型" is not a kind of "ST段抬高型".
_ZH_DENIALS = re.compile(r"[非无未]|不(?!完全|典型)|前病变|后遗症|迟发性")
# Qualifiers a prediction may not add: "acquired hemophilia A" is another disease than hemophilia A,
# "acute-on-chronic liver failure" another than acute liver failure, "old MI" another than acute MI.
_ADDED_ONLY: tuple[tuple[str, str], ...] = (("acute", "chronic"), ("acute", "old"))
_ZH_ADDED_ONLY: tuple[tuple[str, str], ...] = (("急性", "慢性"), ("急性", "陈旧性"))
# "acquired" on its own, not "community-acquired" or "hospital-acquired" (where it names the setting)
_ACQUIRED = re.compile(r"(?<!community )(?<!hospital )(?<!ventilator )(?<!care )(?<!nosocomially )\bacquired\b")
_ZH_ACQUIRED = re.compile(r"(?<!社区)(?<!医院)获得性")
# "A with B": A is the primary diagnosis. "A due to B": B is the condition that caused A.
_PRIMARY_SPLIT = re.compile(r"\s+(?:with|and|complicated\s+by|associated\s+with)\s+|\s*[,;]\s*", re.IGNORECASE)
_CAUSE_SPLIT = re.compile(r"\s+(?:due\s+to|secondary\s+to|caused\s+by|from)\s+", re.IGNORECASE)
_ZH_PRIMARY_SPLIT = re.compile(r"伴有?|合并|并发|[,，;；、]")
_ZH_CAUSE_SPLIT = re.compile(r"继发于|所致的?|引起的?")


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

    @property
    def words(self) -> frozenset[str]:
        words = frozenset(self.key.split()) - _GENERIC
        return words or frozenset(self.key.split())


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
    inner = re.search(r"[(（]([^()（）]+)[)）]\s*$", text)
    if inner:
        forms.append(inner.group(1))
    for form in list(forms):
        head, sep, tail = form.partition(", ")
        if sep and "," not in tail:
            forms.append(f"{tail} {head}")
    readings: list[Reading] = []
    for form in dict.fromkeys(f.strip() for f in forms if f.strip()):
        if terms_table.has_chinese(form):
            readings.extend(_chinese_readings(form))
            continue
        key = normalise_name(form)
        for candidate in dict.fromkeys((key, _expand_abbreviations(form, key))):
            if not candidate:
                continue
            found = terms_table.terms_for_key(candidate)
            readings.append(Reading(candidate, found, _code_of(found, form)))
            readings.extend(Reading(normalise_name(t.en), (t,), t.scope) for t in found)
            for term in terms_table.broader_terms_for_key(candidate):
                readings.append(Reading(candidate, (term,), None, narrower=True))
    return readings


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


def _chinese_readings(text: str) -> list[Reading]:
    zh = terms_table.zh_key(text)
    found = terms_table.terms_for_chinese(text)
    if found:
        return [Reading(normalise_name(t.en), (t,), t.scope, zh=zh) for t in found]
    kinds = terms_table.broader_terms_for_chinese(text)
    if kinds:  # a table "> kind": "胃腺癌" is a kind of 胃癌
        return [Reading(normalise_name(t.en), (t,), t.scope, narrower=True, zh=zh) for t in kinds]
    mixed = re.match(r"^(.*?)[(（]([^()（）]+)[)）]\s*$", text)
    if mixed:  # "重症肌无力（myasthenia gravis）": either half may name it
        return _readings_of(mixed.group(1)) + _readings_of(mixed.group(2))
    for name, term in terms_table.zh_names_longest_first():
        if len(name) >= 2 and name in zh:  # a table name plus qualifiers: "急性下壁心肌梗死"
            return [Reading(normalise_name(term.en), (term,), term.scope, narrower=True, zh=zh)]
    spelled = _with_chinese_abbreviations(text)
    if spelled:
        return [replace(r, zh=zh) if not r.narrower else r for r in _chinese_readings(spelled)]
    return [Reading("", (), None, zh=zh)]


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
    return _is_subsequence(ref.zh.replace(in_ref, "", 1), extra)


@lru_cache(maxsize=65536)
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
                    readings.append(Reading(key, (term,), term.scope, derived=True, zh=source.zh))
    return readings


@lru_cache(maxsize=65536)
def _prediction_readings(text: str) -> list[Reading]:
    """A prediction's readings, plus its primary part for "A with B" / "A伴B"."""
    readings = list(_readings_of(text))
    if _known_name(text):
        return readings
    zh = terms_table.has_chinese(text)
    parts = [p for p in (_ZH_PRIMARY_SPLIT if zh else _PRIMARY_SPLIT).split(text) if p.strip()]
    causes = [p for p in (_ZH_CAUSE_SPLIT if zh else _CAUSE_SPLIT).split(text) if p.strip()]
    if len(parts) == 2:
        readings = [replace(r, compound=True) for r in readings]
        readings.extend(replace(r, primary=True) for r in _readings_of(parts[0]))
    elif len(causes) == 2:  # "A due to B" commits to both: the condition and its cause
        readings = [replace(r, compound=True) for r in readings]
        readings.extend(replace(r, primary=True) for part in causes for r in _readings_of(part))
    return readings


def _is_compound(text: str) -> bool:
    splitters = (_ZH_PRIMARY_SPLIT, _ZH_CAUSE_SPLIT) if terms_table.has_chinese(text) else (_PRIMARY_SPLIT, _CAUSE_SPLIT)
    return any(len([p for p in s.split(text) if p.strip()]) == 2 for s in splitters)


def _covers(wider: frozenset[str], narrower: frozenset[str]) -> bool:
    """Every word of `wider` appears in `narrower`, allowing small misspellings."""
    return all(any(is_misspelling(w, n) or n in _HYPONYMS.get(w, ()) for n in narrower) for w in wider)


@lru_cache(maxsize=4096)
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
    return not (description.startswith("unspecified") or description.endswith(", unspecified"))


def _same_block(a: str, b: str) -> bool:
    blocks_a = {x for x in icd.get_ancestors(a) if icd.is_block(x)}
    blocks_b = {x for x in icd.get_ancestors(b) if icd.is_block(x)}
    return bool(blocks_a & blocks_b)


@dataclass(frozen=True)
class _Outcome:
    correct: bool
    reason: str
    rank: int  # for wrong outcomes: which reason is the most telling


def _compare(ref: Reading, pred: Reading) -> _Outcome:
    suffix = " (primary diagnosis of the answer)" if pred.primary else ""
    if ref.zh and pred.zh and _zh_chunks_reordered(ref.zh, pred.zh):
        return _Outcome(True, "same Chinese name" + ("" if ref.zh == pred.zh else " (reordered)") + suffix, 0)
    shared = set(ref.terms) & set(pred.terms)
    if shared:
        term = next(iter(shared))
        if pred.narrower and pred.zh and not _zh_qualifiers_kept(ref, pred, term):
            return _Outcome(False, f"a different form of {term.en} (qualifiers differ)", 2)
        if ref.narrower and not pred.narrower:
            return _Outcome(False, "broader than the reference", 3)
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
    if ref.key == pred.key or ref.key.replace(" ", "") == pred.key.replace(" ", ""):
        return _Outcome(True, "same name after normalisation" + suffix, 0)
    if _disease_vs_syndrome(ref.key, pred.key):
        return _Outcome(False, "a different condition (a disease vs a syndrome of the same name)", 2)
    rw, pw = ref.words, pred.words
    if pw < rw or (_covers(pw, rw) and not _covers(rw, pw)):
        return _Outcome(False, "broader than the reference", 3)
    rc, pc = ref.code, pred.code
    # two table conditions sharing one code (N10: pyelonephritis, interstitial nephritis) stay two
    same_code_other_term = bool(ref.terms and pred.terms) and rc == pc
    # one code can group several named conditions (D69.1: Glanzmann, Bernard-Soulier): equal codes
    # count only when one side is the code's own name
    same_code_group = rc == pc and not (_names_code(ref) or _names_code(pred))
    if (
        rc
        and pc
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
    )
    if wording_ok and _covers(rw, pw):
        if _covers(pw, rw):  # the same words, allowing a misspelling
            if not (rc and pc):
                return _Outcome(True, "same name allowing a misspelling" + suffix, 0)
        elif not (rc and pc and not _same_block(rc, pc)):
            return _Outcome(True, "more specific than the reference (its words plus qualifiers)" + suffix, 0)
    if rc and pc and icd.add_dot(rc) == icd.add_dot(pc):
        return _Outcome(False, f"a different condition sharing ICD-10-CM {pc}", 2)
    if rc and pc and is_same_or_narrower(rc, pc):
        return _Outcome(False, f"broader than the reference (ICD-10-CM {pc} above {rc})", 3)
    if rc and pc:
        return _Outcome(False, f"a different condition (ICD-10-CM {pc}, reference {rc})", 2)
    return _Outcome(False, "no match", 1)


def _adds_syndrome(reference: str, prediction: str) -> bool:
    """"Congenital myasthenic syndrome" is not a kind of myasthenia: a syndrome named after a condition
    is another condition."""
    wr, wp = reference.split(), prediction.split()
    return "syndrome" in wp and "syndrome" not in wr and "disease" not in wr


def _disease_vs_syndrome(reference: str, prediction: str) -> bool:
    """"Cushing disease" is one cause of "Cushing syndrome": answering the syndrome for the disease is
    broader (the disease for the syndrome is more specific, and other rules decide it)."""
    wr, wp = reference.split(), prediction.split()
    if "disease" in wr and "syndrome" not in wr and "syndrome" in wp and "disease" not in wp:
        return [w for w in wr if w != "disease"] == [w for w in wp if w != "syndrome"]
    return False


def _known_name(text: str) -> bool:
    key = normalise_name(text)
    return bool(terms_table.terms_for_key(key) or terms_table.terms_for_chinese(text)) or is_icd_name(key)


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
        return "an acquired form"
    return None


def _opposite(reference: str, prediction: str) -> str | None:
    """An opposing qualifier pair ("acute" vs "chronic") that makes the prediction another condition."""
    rn, pn = normalise_name(reference), normalise_name(prediction)
    found = _qualifier_conflict(set(rn.split()), set(pn.split()), rn, pn, _OPPOSITES, _ADDED_ONLY, _ACQUIRED)
    if found is None and terms_table.has_chinese(reference) and terms_table.has_chinese(prediction):
        rz, pz = terms_table.zh_key(reference), terms_table.zh_key(prediction)
        found = _qualifier_conflict(rz, pz, rz, pz, _ZH_OPPOSITES, _ZH_ADDED_ONLY, _ZH_ACQUIRED)
    return found


@lru_cache(maxsize=65536)
def judge(reference: str, prediction: str) -> tuple[bool, str]:
    """The rule verdict for one pair: (correct, reason)."""
    answer = commitment(prediction)
    known = answer.problem and answer.problem.startswith("hedged") and "?" not in answer.diagnosis
    if answer.problem and not (known and _known_name(answer.diagnosis)):
        return False, answer.problem
    ref_text = commitment(reference).diagnosis or reference.strip()
    opposite = _opposite(ref_text, answer.diagnosis)
    if opposite:
        return False, f"a different condition ({opposite})"
    refs = _reference_readings(ref_text)
    if _is_compound(ref_text):
        refs = [replace(r, compound=True) for r in refs]
    preds = _prediction_readings(answer.diagnosis)
    best: _Outcome | None = None
    for ref in refs:
        for pred in preds:
            outcome = _compare(ref, pred)
            if outcome.correct:
                return True, outcome.reason
            if best is None or outcome.rank > best.rank:
                best = outcome
    return False, best.reason if best else "no match"


class RuleVerifier:
    """Deterministic verifier (name "rule"): scores 1.0 or 0.0 with a reason naming the deciding rule."""

    name = "rule"

    def verify_sync(self, request: VerifyRequest) -> Verdict:
        correct, reason = judge(request.reference, request.prediction)
        return Verdict(
            correct=correct,
            score=1.0 if correct else 0.0,
            reason=reason,
            verifier=self.name,
            prompt_version=None,
        )

    async def verify(self, request: VerifyRequest) -> Verdict:
        return self.verify_sync(request)
