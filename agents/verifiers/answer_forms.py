"""Answer forms: what a committed answer commits to, by DESIGN's table ("Verifier", answer forms).

One parser for every verifier (rule and VRM) and for the reward audit, so "is this a hedge?" has
one answer everywhere:

| the committed answer                                         | `AnswerForm.kind` | judged as                  |
| ------------------------------------------------------------ | ----------------- | -------------------------- |
| one condition (with site, laterality, stage, type)           | `single`          | that condition             |
| a primary and one further condition ("X; Y", "X with Y", 伴) | `primary`         | the first; the second never rescues a wrong first |
| alternatives / hedges (or, vs, /, consider, ?, 或, 待排, 鉴别) | `hedged`          | wrong                      |
| three or more conditions                                     | `multiple`        | wrong                      |
| a negation ("no X", "X ruled out", 没有 X, 排除 X, 非 X)       | `negated`         | wrong                      |
| a past or denied condition ("history of X", "family history of X", "X, resolved", "denies X", "X (excluded)", "X excluded by biopsy", 既往X, X病史, X家族史) | `negated` | wrong: not a condition the patient has now |
| nothing                                                      | `empty`           | wrong                      |

API: `parse_answer(text) -> AnswerForm` (cached, deterministic). `form.committed` says whether it
commits to one diagnosis; `form.primary` is the condition to judge, `form.conditions` every condition
named (primary first), `form.reason` why an uncommitted answer scores 0. `is_condition` (default: the
project's diagnosis vocabulary, `dxgym.emr_fixtures.coding.is_known_name`) decides whether a piece
names a condition, so that names holding separators ("Hand, foot and mouth disease", ICD titles with
"with", 非霍奇金淋巴瘤) stay one condition. "X due to Y" names a condition and its cause: `primary`
with `relation == "due to"`, judged on X (the table's second row), so a cause never adds a second guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from dxgym.agents.verifiers.en_structure import protect_karyotype
from dxgym.agents.verifiers.normalise import clean
from dxgym.emr_fixtures.answer_memos import answer_memo

Kind = Literal["single", "primary", "hedged", "multiple", "negated", "empty"]
Relation = Literal["with", "due to", "list"]


@dataclass(frozen=True)
class AnswerForm:
    """What one answer commits to. `text` is the cleaned answer (markup, prefixes, citations gone)."""

    text: str
    kind: Kind
    conditions: tuple[str, ...] = ()
    relation: Relation | None = None  # how the primary and the further condition are joined
    reason: str | None = None  # for uncommitted kinds: why the answer scores 0

    @property
    def committed(self) -> bool:
        return self.kind in ("single", "primary")

    @property
    def primary(self) -> str | None:
        return self.conditions[0] if self.committed and self.conditions else None

    @property
    def secondary(self) -> str | None:
        return self.conditions[1] if self.kind == "primary" else None


# --- negation -----------------------------------------------------------------------------------

_NEG_START = re.compile(
    r"^(?:not|no|never|rule\s*out|r/o|without|without\s+evidence\s+of|no\s+evidence\s+of|no\s+signs?\s+of|ruled\s+out|"
    r"exclude[ds]?|excluding|unlikely(?:\s+to\s+be)?|negative\s+for|absence\s+of|absent|doubt(?:ful)?|"
    r"it\s+is\s+not|this\s+is\s+not|does\s+not\s+have|doesn't\s+have|not\s+consistent\s+with|free\s+of|denies|denied)\b",
    re.IGNORECASE,
)
_NEG_END = re.compile(
    r"\b(?:ruled\s+out|excluded|unlikely|is\s+unlikely|not\s+likely|was\s+ruled\s+out|has\s+been\s+ruled\s+out|"
    r"has\s+been\s+excluded|is\s+not\s+the\s+diagnosis|not\s+present|negative|absent|not\s+supported)$"
    r"|\b(?:ruled\s+out|excluded)\s+(?:by|on|with|after|at)\b[^,;]*$"
    r"|[:\-–]\s*(?:no|none)$",
    re.IGNORECASE,
)
# A condition the patient had, not one they have now ("history of X", "X, resolved", 既往X, X病史),
# and a denial ("denies X"): no diagnosis of a current condition.
# (Not "old", "prior", "previous" or "healed": "old myocardial infarction" is a diagnosis, I25.2.)
_PAST_START = re.compile(
    r"^(?:(?:past\s+|family\s+|personal\s+)?(?:medical\s+)?history\s+of|f?hx\s+of|f?h/o|fh\s+of|resolved)\b",
    re.IGNORECASE,
)
_PAST_END = re.compile(r"\b(?:resolved|in\s+the\s+past|by\s+history)$", re.IGNORECASE)
_ZH_PAST = re.compile(r"^(?:既往|曾患|曾有|陈旧史)|(?:病史|既往史|家族史|已治愈|已痊愈|治愈后|已愈)$")
# A trailing bracket of status: "Pneumonia (excluded)", "肺炎（已排除）" reads as its words at the end.
_TRAILING_BRACKET = re.compile(r"\s*[(（]\s*([^()（）]+?)\s*[)）]\s*$")
# Words that always negate, wherever the answer starts with them.
_ZH_NEG_START = re.compile(r"^(?:没有|没|排除|除外|不是|并非|并无|否认|不考虑|不支持|未见|未发现|无明显|不存在|非是)")
_ZH_NEG_END = re.compile(r"(?:除外|已排除|可排除|被排除|排除|可能性小|可能性不大|不考虑|不支持|不成立|阴性)$")
# One-character negators that are also morphemes of names (非霍奇金淋巴瘤, 无菌性脑膜炎): a negation only
# when what follows names a condition and the whole does not (see `_zh_single_negator`).
_ZH_NEG_CHAR = re.compile(r"^[非无未不]")
# An adjective formed on the negator (非酒精性, 无菌性, 非典型, 非胰岛素依赖型, 非ST段抬高型) is part of a name.
_ZH_NEG_ADJECTIVE = re.compile(r"^[非无不][^，,；;、]{1,8}?[性型]")

# --- hedges -------------------------------------------------------------------------------------

_HEDGE = re.compile(
    r"\b(?:or|vs\.?|versus|and/or|either|differentials?|ddx|d/?dx|consider(?:ed|ing)?|rule\s*out|r/o|"
    r"cannot\s+(?:rule\s+out|exclude)|can't\s+(?:rule\s+out|exclude)|to\s+be\s+excluded|to\s+exclude|"
    r"possibly|alternatively|otherwise|vs)\b|\?",
    re.IGNORECASE,
)
_SLASH = re.compile(r"(?<![A-Za-z])/|/(?![A-Za-z])|\b\w+/\w+\b")
# A spinal level written with a slash (L4/5, C5/C6, 腰4/5) names one place, not two alternatives.
_LEVELS = re.compile(r"(?<![0-9A-Za-z])[CTLS]?\d{1,2}\s*/\s*[CTLS]?\d{1,2}(?![0-9])", re.IGNORECASE)
_ZH_HEDGE = re.compile(r"或者?|还是|鉴别|待排|待查|待除外|不除外|不能排除|不排除|？|\?|需排除|需除外|可能性大.*可能")
# Hedge qualifiers that are fine on one condition ("likely pneumonia") and a hedge with another named.
_QUALIFIER_HEDGE = re.compile(
    r"\b(?:possible|probable|probably|likely|most\s+likely|suspected|suspect|presumed|presumptive|"
    r"query|questionable|suggestive\s+of|concerning\s+for|consistent\s+with)\b\s*",
    re.IGNORECASE,
)
_ZH_QUALIFIER_HEDGE = re.compile(r"可能(?:是|为)?|疑似|疑为|拟诊|倾向(?:于)?|考虑(?:为|是)?")
# "(most likely)", "(probable)", "(confirmed)": a confidence note on the condition it follows.
_CONFIDENCE_NOTE = re.compile(
    r"\s*[(（]\s*(?:most\s+)?(?:likely|probable|possible|suspected|confirmed|definite|presumed|可能|疑似|确诊)\s*[)）]",
    re.IGNORECASE,
)

# --- conditions ----------------------------------------------------------------------------------

# "MG, not Lambert-Eaton": a trailing clause that negates another name; the head stands.
_CLAUSE_NEG = re.compile(
    r"\s*(?:,|;|，|；)\s*(?:but\s+)?(?:not|rather\s+than|excluding|排除|而非|不是|除外)\b.*$", re.IGNORECASE
)
_CLAUSE_NEG_ZH = re.compile(r"\s*(?:,|;|，|；)\s*(?:排除|而非|不是|除外).*$")
_SPLIT = re.compile(
    r"\s*[;,]\s*|\s+(?:with|and|plus|complicated\s+by|associated\s+with|accompanied\s+by|along\s+with|as\s+well\s+as|"
    r"together\s+with|in\s+addition\s+to|also)\s+|\s*\+\s*",
    re.IGNORECASE,
)
_CAUSE = re.compile(r"\s+(?:due\s+to|secondary\s+to|caused\s+by|because\s+of|induced\s+by|from)\s+", re.IGNORECASE)
_ZH_SPLIT = re.compile(r"伴发|伴有?|合并有?|并发|并(?![发殖])|[、，,；;＋+]|以及|及|和|与|同时")
_ZH_CAUSE = re.compile(r"继发于|所致的?|引起的?|导致的?")
# Pieces that qualify the condition before them rather than name another ("left", "stage 3", "unspecified").
_QUALIFIER_WORDS = frozenset(
    """left right bilateral unilateral acute chronic subacute severe mild moderate early late advanced recurrent
    initial subsequent encounter sequela stage grade type class phase i ii iii iv v 1 2 3 4 5 a b c unspecified
    specified other nos organism site closed open displaced nondisplaced primary secondary upper lower anterior
    posterior proximal distal medial lateral of the in at wall lobe segment side sided complicated uncomplicated
    active inactive remission refractory intractable not elsewhere classified without mention uncontrolled
    controlled episode single multiple bacterial viral""".split()
)
_ZH_QUALIFIER = re.compile(r"^(?:左侧?|右侧?|双侧|单侧|急性|慢性|亚急性|重度|中度|轻度|早期|晚期|[ⅠⅡⅢⅣIV0-9]+[期级型度]|活动期|缓解期|发作期|稳定期)+$")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _is_qualifier_piece(piece: str) -> bool:
    if re.search(r"[\u3400-\u9fff]", piece):
        return bool(_ZH_QUALIFIER.match(piece.strip()))
    words = _words(piece)
    return bool(words) and all(w in _QUALIFIER_WORDS for w in words)


def _default_is_condition(text: str) -> bool:
    from dxgym.emr_fixtures.coding import is_known_name

    return is_known_name(text)


_OPEN, _CLOSE = "(（[【", ")）]】"
# a bracket opening with a joining word is a condition with another, written in brackets: "2型糖尿病（伴周围神经病变）"
# is 2型糖尿病伴周围神经病变, "Pneumonia (with effusion)" is pneumonia with effusion
_JOINED_BRACKET = re.compile(r"\s*[(（]\s*(伴发|伴有?|合并有?|并发|with\s+|complicated\s+by\s+)([^()（）]+?)\s*[)）]", re.IGNORECASE)


def _top_level_split(text: str, splitter: re.Pattern[str]) -> tuple[list[str], list[str]]:
    """`splitter`'s pieces and separators, splitting only outside brackets: a bracket qualifies the name
    before it ("继发性肺结核（右上肺，涂阳，初治）") and names no other condition (one opening with a joining word
    was unbracketed first: `_JOINED_BRACKET`)."""
    depth, depths = 0, []
    for ch in text:
        depth = max(depth - (ch in _CLOSE), 0)
        depths.append(depth)
        depth += ch in _OPEN
    raw, seps, start = [], [], 0
    for m in splitter.finditer(text):
        if m.start() < len(depths) and depths[m.start()] > 0 or m.end() == m.start():
            continue
        raw.append(text[start:m.start()].strip())
        seps.append(m.group(0))
        start = m.end()
    raw.append(text[start:].strip())
    return raw, seps


def _pieces(text: str, splitter: re.Pattern[str], is_condition: Callable[[str], bool]) -> list[str]:
    """Split on separators, gluing back pieces that only qualify the one before and pieces whose
    joined text is itself a known name ("Hand, foot and mouth disease"), in order or inverted
    ("Pneumonia, community acquired")."""
    raw, seps = _top_level_split(text, splitter)
    pieces: list[str] = []
    for i, piece in enumerate(raw):
        if not piece:
            continue
        if pieces and (_is_qualifier_piece(piece) or is_condition(pieces[-1] + seps[i - 1] + piece)
                       or (seps[i - 1].strip() == "," and is_condition(f"{piece} {pieces[-1]}"))):
            # "Pneumonia, community acquired": an index-style inversion of one known name
            pieces[-1] = pieces[-1] + seps[i - 1] + piece
        else:
            pieces.append(piece)
    return pieces


def _zh_single_negator(text: str, is_condition: Callable[[str], bool]) -> bool:
    """非 / 无 / 未 / 不 at the start negate only as a word: before a condition name, not inside one."""
    if not _ZH_NEG_CHAR.match(text) or is_condition(text) or _ZH_NEG_ADJECTIVE.match(text):
        return False
    rest = text[1:].lstrip("是为有")
    return any(is_condition(rest[:end]) for end in range(len(rest), 1, -1))


def _status_text(text: str) -> str:
    """The answer with a trailing status bracket read as its last words ("Pneumonia (excluded)")."""
    return _TRAILING_BRACKET.sub(r" \1", text).strip(" .。")


def _past(text: str) -> bool:
    """`text` as `_status_text` gives it."""
    return bool(_PAST_START.search(text) or _PAST_END.search(text) or _ZH_PAST.search(text))


def _negated(text: str, is_condition: Callable[[str], bool]) -> bool:
    """`text` as `_status_text` gives it."""
    lowered = text.lower()
    if _NEG_START.search(lowered) or _NEG_END.search(lowered):
        return True
    if _ZH_NEG_START.search(text) or _ZH_NEG_END.search(text):
        return True
    return _zh_single_negator(text, is_condition)


def _hedged(text: str, is_condition: Callable[[str], bool]) -> bool:
    if "?" in text or "？" in text:
        return True
    if is_condition(text):  # an ICD title may hold "or" or "/" ("Genito-pelvic pain/penetration disorder")
        return False
    return bool(_HEDGE.search(text) or _ZH_HEDGE.search(text) or _SLASH.search(_LEVELS.sub("L", text)))


@answer_memo()
def _parse(text: str, is_condition: Callable[[str], bool]) -> AnswerForm:
    answer = clean(text)
    if not answer:
        return AnswerForm("", "empty", reason="empty answer: no diagnosis committed")
    answer = protect_karyotype(_CONFIDENCE_NOTE.sub("", answer).strip())
    answer = re.sub(r"\s{2,}", " ", _JOINED_BRACKET.sub(r" \1\2", answer)).strip()
    head = _CLAUSE_NEG_ZH.sub("", _CLAUSE_NEG.sub("", answer)).strip()
    answer = head or answer
    status = _status_text(answer)
    if _negated(status, is_condition):
        return AnswerForm(answer, "negated", reason="negated: the answer rules the diagnosis out")
    if _past(status):
        return AnswerForm(answer, "negated", reason="past: the answer names a condition the patient had, not one they have")
    if _hedged(answer, is_condition):
        return AnswerForm(answer, "hedged", reason="hedged: alternatives, not one committed diagnosis")
    if is_condition(answer):
        return AnswerForm(answer, "single", (answer,))
    zh = bool(re.search(r"[\u3400-\u9fff]", answer))
    cause = (_ZH_CAUSE if zh else _CAUSE).split(answer, maxsplit=1)
    relation: Relation = "with"
    if len(cause) == 2 and all(p.strip() for p in cause):
        # Chinese puts the cause first (肺炎所致呼吸衰竭); English after ("X due to Y").
        first, cause_part = (cause[1], cause[0]) if zh and not re.search("继发于", answer) else (cause[0], cause[1])
        pieces = _pieces(first.strip(), _ZH_SPLIT if zh else _SPLIT, is_condition) + [cause_part.strip()]
        relation = "due to"
    else:
        pieces = _pieces(answer, _ZH_SPLIT if zh else _SPLIT, is_condition)
        relation = "list" if re.search(r"[;,、，；]", answer) and not re.search(r"\bwith\b|伴|合并", answer) else "with"
    hedge_word = _QUALIFIER_HEDGE if not zh else _ZH_QUALIFIER_HEDGE
    if len(pieces) >= 2 and any(hedge_word.search(p) for p in pieces):
        return AnswerForm(answer, "hedged", tuple(pieces), reason="hedged: a likely condition with another named")
    pieces = [hedge_word.sub("", p).strip() or p for p in pieces]
    if len(pieces) >= 3:
        return AnswerForm(answer, "multiple", tuple(pieces),
                          reason="three or more conditions: not one committed diagnosis")
    if len(pieces) == 2:
        return AnswerForm(answer, "primary", tuple(pieces), relation)
    return AnswerForm(answer, "single", (pieces[0] if pieces else answer,))


def parse_answer(text: str, is_condition: Callable[[str], bool] | None = None) -> AnswerForm:
    """The form of one answer (see the module's table). `is_condition(text)` says whether a piece is a
    known condition name; the default is the project's diagnosis vocabulary."""
    return _parse(text, is_condition or _default_is_condition)
