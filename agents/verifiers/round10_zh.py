"""Round 10 (issue 14), Chinese predictions: more common names, names broader than one code, an implied qualifier
left out, and a subclinical form.

Four readings, each over its own data file (suffix `_13`, a source on every row) or a fixed word list:

- `broader_name_13`: a name listed in `data/broader_names_13.tsv` as broader than the reference is wrong even
  where the naming table files both under one code (脑卒中 for 脑梗死: ICD-10-CM indexes "stroke" to I63.9;
  脂肪肝 for 非酒精性脂肪性肝病; 佝偻病 for 维生素D缺乏性佝偻病).
- `subclinical_form`: an answer that adds 亚临床 / "subclinical" to the reference names a state short of the
  condition (亚临床甲减 for 甲减), not a kind of it; 亚急性 (a course) is untouched.
- `implied_qualifier_dropped`: a reference that begins with a qualifier listed in
  `data/zh_implied_qualifiers_13.tsv` whose rest holds one of the words that imply it (营养性 before
  维生素D缺乏性佝偻病) is judged again without it, in full, so every other rule still holds.
- `by_common_name_13`: round 9's two common-name readings (`zh_common_names`) over the new rows of
  `data/zh_common_names_13.tsv`: a side whose whole name is a listed name is read as its full name, a listed name
  inside a longer name is written out where the result is a table name, and "over" rows are read for an answer
  only.

- `abbreviation_spelt_out`: an English abbreviation of a whole condition written inside a Chinese name
  (2型糖尿病DKA, 温抗体型AIHA) is spelt out by the Chinese names of the one table row it stands for (or of
  `data/zh_abbreviations_13.tsv`), the Chinese words on either side kept and a repeat where they meet merged
  (2型糖尿病 + 糖尿病酮症酸中毒 = 2型糖尿病酮症酸中毒), and the pair is judged again in full.

- `joiner_only`: two Chinese names that differ only by one 伴 / 伴有 / 合并 / 并发 joining the same two parts
  (2型糖尿病伴周围神经病变 / 2型糖尿病周围神经病变) are one name, read before the answer form splits the joined one
  into a primary and a secondary.

The three readings after the vetoes run only where no other reading matched; the first two are vetoes, and
`joiner_only` is a reading of identical characters.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from dxgym.agents.verifiers import zh_common_names
from dxgym.emr_fixtures.answer_memos import answer_memo
from dxgym.emr_fixtures.coding import normalise_name
from dxgym.emr_fixtures.diagnosis_terms import abbreviations, has_chinese, zh_key

FirstRight = Callable[[str, str, Iterable[tuple[str | None, str | None]]], "tuple[str, str, str] | None"]
_DATA = Path(__file__).parent / "data"


def _table(name: str) -> list[list[str]]:
    with (_DATA / name).open(encoding="utf-8") as handle:
        return [[cell.strip() for cell in row] for row in csv.reader(
            (line for line in handle if line.strip() and not line.startswith("#")), delimiter="\t")]


def _key(text: str) -> str:
    text = text.strip()
    return zh_key(text) if has_chinese(text) else normalise_name(text)


@lru_cache(maxsize=1)
def _broader_rows() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    return tuple((frozenset(_key(n) for n in row[0].split(";")), frozenset(_key(n) for n in row[1].split(";")))
                 for row in _table("broader_names_13.tsv")[1:])


def broader_name_13(reference: str, prediction: str) -> str | None:
    """The answer is a name listed as broader than the reference (`data/broader_names_13.tsv`)."""
    r, p = _key(reference), _key(prediction)
    if any(p in broader and r in narrower for broader, narrower in _broader_rows()):
        return "broader than the reference (a name that covers more than the reference's condition)"
    return None


def narrower_listed(reference: str, prediction: str) -> str | None:
    """The answer is a name listed as narrower than the reference (the other way round): more specific."""
    r, p = _key(reference), _key(prediction)
    if any(r in broader and p in narrower for broader, narrower in _broader_rows()):
        return "more specific than the reference (a kind of it, `data/broader_names_13.tsv`)"
    return None


_SUBCLINICAL = ("亚临床", "subclinical")


def subclinical_form(reference: str, prediction: str) -> str | None:
    """The answer names the subclinical form of the reference's condition, which the reference does not."""
    r, p = reference.lower(), prediction.lower()
    if any(word in p for word in _SUBCLINICAL) and not any(word in r for word in _SUBCLINICAL):  # either language
        return "a subclinical form is not the condition itself (亚临床 / subclinical)"
    return None


@lru_cache(maxsize=1)
def _implied() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((zh_key(row[0]), tuple(zh_key(w) for w in row[1].split(";") if w))
                 for row in _table("zh_implied_qualifiers_13.tsv")[1:])


def implied_qualifier_dropped(reference: str, prediction: str, first_right: FirstRight) -> str | None:
    """The reason the pair is right with the reference's implied leading qualifier left out, if it is."""
    if not has_chinese(reference):
        return None
    ref = zh_key(reference)
    for qualifier, implied_by in _implied():
        rest = ref[len(qualifier):]
        if ref.startswith(qualifier) and qualifier not in zh_key(prediction) and any(w in rest for w in implied_by):
            hit = first_right(reference, prediction, ((rest, prediction),))
            if hit is not None and not hit[0].startswith("more specific"):
                return f"{hit[0]} (the reference's {qualifier} is implied by the rest of its name: {rest})"
    return None


def by_common_name_13(reference: str, prediction: str, first_right: FirstRight) -> str | None:
    """The reason the pair is right with either side's round-10 common name written out, if it is: round 9's
    reading (`zh_common_names.by_common_name`) over `zh_common_names_13.tsv`."""
    return zh_common_names.by_common_name(reference, prediction, first_right, "zh_common_names_13.tsv")


_LATIN_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z]*[A-Z](?![A-Za-z])")


_RELATION_AFTER = ("后", "所致", "致", "引起", "继发", "伴", "合并", "并发", "相关性", "导致")


@lru_cache(maxsize=1)
def _listed_abbreviations() -> dict[str, tuple[str, ...]]:
    return {normalise_name(row[0]): (row[1],) for row in _table("zh_abbreviations_13.tsv")[1:]}


def _merged(left: str, middle: str, right: str) -> str:
    """left + middle + right, a repeat where two of them meet written once (2型糖尿病 + 糖尿病酮症酸中毒)."""
    for k in range(min(len(left), len(middle)), 0, -1):
        if left.endswith(middle[:k]):
            middle = middle[k:]
            break
    for k in range(min(len(middle), len(right)), 0, -1):
        if middle.endswith(right[:k]):
            right = right[k:]
            break
    return left + middle + right


@answer_memo(4096)
def _spelt_out(text: str) -> tuple[str, ...]:
    """`text` with its one English abbreviation of a whole condition spelt out in Chinese, each way the row
    names it; () where the text holds no such abbreviation, or more than one, or one that may stand for two rows."""
    if not has_chinese(text):
        return ()
    runs = _LATIN_RUN.findall(text)
    if len(runs) != 1:
        return ()
    run = runs[0]
    key = normalise_name(run)
    rows = abbreviations().get(key, ())
    names = rows[0].zh if len(rows) == 1 else _listed_abbreviations().get(key, ())
    left, _, right = text.partition(run)
    if not (left.strip() or right.strip()) or right.strip().startswith(_RELATION_AFTER):
        return ()  # "AMI后心衰": the abbreviation names what came before the answer's condition
    # a row name that holds Latin letters itself (IgA肾病) is left out: the spelt-out text holds none, so a pair
    # judged again never comes back here
    return tuple(dict.fromkeys(_merged(left.strip(), name, right.strip()) for name in names
                               if has_chinese(name) and not re.search(r"[A-Za-z]", name)))


def abbreviation_spelt_out(reference: str, prediction: str, first_right: FirstRight) -> str | None:
    """The reason the pair is right with either side's English abbreviation spelt out in Chinese, if it is."""
    pairs = [(reference, p) for p in _spelt_out(prediction)] + [(r, prediction) for r in _spelt_out(reference)]
    hit = first_right(reference, prediction, pairs)
    if hit is None:
        return None
    reason, r, p = hit
    return f"{reason} (an English abbreviation spelt out in Chinese: {p if r == reference else r})"


_JOINERS = ("伴有", "伴", "合并", "并发")


def joiner_only(reference: str, prediction: str) -> str | None:
    """The two names differ only by one joining word between the same two parts (at least two characters each)."""
    if not (has_chinese(reference) and has_chinese(prediction)):
        return None
    r, p = zh_key(reference), zh_key(prediction)
    longer, shorter = (r, p) if len(r) > len(p) else (p, r)
    for joiner in _JOINERS:
        at = longer.find(joiner)
        if (at >= 2 and len(longer) - at - len(joiner) >= 2 and longer.count(joiner) == 1
                and not any(j in shorter for j in _JOINERS)
                and longer[:at] + longer[at + len(joiner):] == shorter):
            return f"the same name with {joiner} joining its parts on one side only"
    # round 41: a disease's name made an adjective by 性 is the same join (2型糖尿病性周围神经病变 is
    # 2型糖尿病伴周围神经病变); only after a name ending in 病, never 出血性 / 感染性 (a kind, not a join)
    for joined, other in ((r, p), (p, r)):
        for joiner in _JOINERS:
            at = joined.find(joiner)
            if (at >= 2 and joined[:at].endswith("病") and len(joined) - at - len(joiner) >= 2
                    and joined.count(joiner) == 1 and joined[:at] + "性" + joined[at + len(joiner):] == other):
                return f"the same name with {joiner} on one side and 性 on the other"
    # round 60: the join's second part repeats the end of the first (2型糖尿病伴糖尿病酮症酸中毒 is
    # 2型糖尿病酮症酸中毒, ICD-10-CM E11.10): the name written once, its repeated word (two characters or more) kept
    for joined, other in ((r, p), (p, r)):
        for joiner in _JOINERS:
            at = joined.find(joiner)
            if at < 2 or joined.count(joiner) != 1 or any(j in other for j in _JOINERS):
                continue
            first, second = joined[:at], joined[at + len(joiner):]
            for n in range(min(len(first), len(second) - 2), 1, -1):
                if first.endswith(second[:n]) and first + second[n:] == other:
                    return f"the same name with {joiner} on one side, its repeated word {second[:n]} written once"
    return None
