"""Build the verifier's terminology vocabulary and the harvested evaluation pairs, in one pass.

Why one pass: the evaluation concepts (ICD-10 categories chosen by a fixed hash, `held_out`) must
be left out of every vocabulary this writes, and a test checks that none of their terms reached the
verifier's tables. Sources (each row keeps its provenance):

- Chinese disease names: CMeKG (the Chinese Medical Knowledge Graph of Peking University's ICL, MIT,
  shipped on PyPI as `PyCMeKG` 0.2.5): disease entries with an `ICD10` code, their 别称 (aliases) and
  English names. Its codes are WHO ICD-10 (China's national edition); each is mapped to ICD-10-CM
  (the code when ICD-10-CM has it, else its category when that exists, else none).
- English names beyond ICD-10-CM's own titles and inclusion terms (which `coding` reads from
  `simple-icd-10-cm` directly): DDXPlus condition names (CC-BY) and MIMIC-IV demo `d_icd_diagnoses`
  ICD-10 long titles where they differ from the current release (ODbL). CMeKG's well-formed English
  names stay beside its Chinese names (they read a Chinese answer), never coding English on their own.
- Evaluation pairs (`tests/agents/data/verifier/harvested.jsonl`): for held-out categories only —
  an ICD-10-CM code's title against each of its inclusion terms (true) and against an inclusion
  term of another category in its block (false); CMeKG's Chinese names against the ICD-10-CM title
  of their code (true) and of a held-out concept of the same chapter (false).

Run: `python -m dxgym.emr_fixtures.build_diagnosis_vocab --cmekg PATH/TO/cmekg.pkl` (the pickle of
PyCMeKG 0.2.5, read with an unpickler that admits only plain containers and strings).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import pickle
import random
import re
from collections.abc import Iterable
from pathlib import Path

from dxgym.emr_fixtures.names import normalise_name

HERE = Path(__file__).parent
DATA = HERE / "data"
ZH_OUT = DATA / "diagnosis_names_zh.tsv"
EN_OUT = DATA / "diagnosis_names_en.tsv"
HELD_OUT = DATA / "diagnosis_vocab_heldout.txt"
EVAL_OUT = HERE.parent / "tests" / "agents" / "data" / "verifier" / "harvested.jsonl"
SHARED = Path("/work/shared/data")
SALT = "dxgym-verifier-eval-v1"
HELD_OUT_PER_256 = 13  # about 5% of ICD-10-CM categories are evaluation concepts


def held_out(category: str) -> bool:
    """The fixed concept split: an ICD-10 category is an evaluation concept by its hash alone."""
    digest = hashlib.sha256(f"{SALT}:{category.upper()}".encode()).digest()
    return digest[0] < HELD_OUT_PER_256


class _PlainUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):  # noqa: ANN201 - refuse every class: data only
        raise pickle.UnpicklingError(f"refusing {module}.{name}: CMeKG is plain dicts, lists and strings")


def _icd():
    import simple_icd_10_cm as icd

    return icd


def _cm_codes(raw: Iterable[str]) -> list[str]:
    """WHO ICD-10 codes as CMeKG writes them -> ICD-10-CM codes (the code, else its category)."""
    icd = _icd()
    out: list[str] = []
    for code in raw:
        code = code.replace("—", "-").strip().upper()
        if not re.fullmatch(r"[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?", code):
            continue
        if icd.is_valid_item(code) and not icd.is_chapter_or_block(code):
            out.append(icd.add_dot(code))
        elif icd.is_valid_item(code[:3]) and not icd.is_chapter_or_block(code[:3]):
            out.append(code[:3])
    return list(dict.fromkeys(out))


def _category(code: str) -> str:
    return code.replace(".", "")[:3].upper()


def _well_formed_english(name: str) -> bool:
    """CMeKG's English names are sometimes run together ("liverabscess"): keep names with spaces or
    hyphens, and short capitalised abbreviations."""
    name = name.replace("—", "-").strip()
    if not re.fullmatch(r"[A-Za-z0-9' ,()\-]+", name):
        return False
    if re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", name):
        return True
    from dxgym.emr_fixtures.coding import icd_words

    words = normalise_name(name).split()
    return len(words) >= 2 and all(w in icd_words() or len(w) <= 3 for w in words)


def read_cmekg(path: Path) -> list[dict]:
    with path.open("rb") as handle:
        graph = _PlainUnpickler(handle).load()
    rows = []
    for subject, facts in sorted(graph.items()):
        if "ICD10" not in facts:
            continue
        codes = _cm_codes(facts["ICD10"])
        if not codes:
            continue
        english = [n.replace("—", "-") for n in facts.get("英文名称", []) + facts.get("英文名", []) if _well_formed_english(n)]
        abbreviations = [n for n in facts.get("英文别称", []) if _well_formed_english(n)]
        rows.append({"zh": subject, "aliases": facts.get("别称", []), "codes": codes,
                     "who": ",".join(facts["ICD10"]), "en": english, "en_aliases": abbreviations})
    return rows


def _zh_clean(name: str) -> str:
    return name.replace("—", "-").strip()


def write_tsv(path: Path, header: list[str], rows: Iterable[list[str]]) -> int:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return count


def _related_other(name: str, alias: str) -> bool:
    """An alias sharing the name's first words but not its ending names a related, other condition
    (滴虫性阴道炎 / 滴虫病, 股骨头缺血性坏死 / 股骨头坏死): CMeKG lists such looser names as aliases."""
    common = 0
    while common < min(len(name), len(alias)) and name[common] == alias[common]:
        common += 1
    return common >= 2 and name[-2:] != alias[-2:] or (common >= 2 and (name in alias or alias in name))


def build_zh(cmekg: list[dict]) -> list[list[str]]:
    out: list[list[str]] = []
    seen: set[tuple[str, str]] = set()
    for row in cmekg:
        if any(held_out(_category(c)) for c in row["codes"]):
            continue
        codes = ",".join(row["codes"])
        aliases = [a for a in row["aliases"] if not _related_other(row["zh"], _zh_clean(a))]
        for kind, names in (("name", [row["zh"]]), ("alias", aliases)):
            for name in names:
                name = _zh_clean(name)
                if not re.search(r"[\u3400-\u9fff]", name) or (name, codes) in seen:
                    continue
                seen.add((name, codes))
                out.append([name, codes, kind, row["en"][0] if row["en"] else "", f"cmekg:{row['zh']}"])
    return out


def build_en(ddxplus: Path, mimic: Path) -> list[list[str]]:
    icd = _icd()
    out: list[list[str]] = []
    seen: set[tuple[str, str]] = set()

    def add(name: str, code: str, source: str) -> None:
        if held_out(_category(code)) or (normalise_name(name), code) in seen:
            return
        seen.add((normalise_name(name), code))
        out.append([name, code, source])

    conditions = json.loads((ddxplus / "release_conditions.json").read_text(encoding="utf-8"))
    for key, condition in sorted(conditions.items()):
        codes = _cm_codes([condition["icd10-id"]])
        if codes:
            add(condition["cond-name-eng"], codes[0], f"ddxplus:{key}")
    with gzip.open(mimic, "rt", encoding="utf-8") as handle:
        for item in csv.DictReader(handle):
            if item["icd_version"] != "10":
                continue
            code = icd.add_dot(item["icd_code"]) if icd.is_valid_item(item["icd_code"]) else None
            if code and normalise_name(item["long_title"]) != normalise_name(icd.get_description(code)):
                add(item["long_title"], code, f"mimic-iv-demo:d_icd_diagnoses:{item['icd_code']}")
    # CMeKG's English names are not used to code English: its codes classify a name (恶性高血压 under
    # I10) rather than identify it, so "malignant hypertension" would equal "essential hypertension".
    return out


def _vague(title: str) -> bool:
    """Residual titles ("Other specified ...", "... not elsewhere classified") name no one condition."""
    return bool(re.search(r"^(?:other|unspecified)\b|not elsewhere classified|\bother specified\b", title, re.I))


def harvest(cmekg: list[dict], seed: int = 14) -> list[dict]:
    """Evaluation pairs over held-out concepts only (see the module docstring)."""
    from dxgym.emr_fixtures.coding import is_known_name

    icd = _icd()
    rng = random.Random(seed)
    pairs: list[dict] = []
    by_block: dict[str, list[tuple[str, str]]] = {}
    titles: dict[str, str] = {}
    for code in icd.get_all_codes(with_dots=True):
        if icd.is_chapter_or_block(code) or icd.is_extended_subcategory(code) or not held_out(_category(code)):
            continue
        titles[code] = icd.get_description(code)
        block = next((a for a in icd.get_ancestors(code) if icd.is_block(a)), "")
        for term in icd.get_inclusion_term(code):
            by_block.setdefault(block, []).append((code, term))
    by_chapter_terms: dict[str, list[tuple[str, str]]] = {}
    for terms in by_block.values():
        for code, term in terms:
            by_chapter_terms.setdefault(code[0], []).append((code, term))
    for _block, terms in sorted(by_block.items()):
        for code, term in terms[:]:
            title = titles[code]
            if normalise_name(term) == normalise_name(title) or _vague(title) or is_known_name(term):
                continue  # a term another concept also bears is no test of the held-out concept
            pairs.append({"reference": title, "prediction": term, "label": True, "lang": "en",
                          "kind": "icd_inclusion", "concept": code})
            others = [t for c, t in terms if _category(c) != _category(code) and not is_known_name(t)] or [
                t for c, t in by_chapter_terms[code[0]] if _category(c) != _category(code) and not is_known_name(t)]
            if others:
                pairs.append({"reference": title, "prediction": rng.choice(others), "label": False, "lang": "en",
                              "kind": "icd_inclusion", "concept": code})
    zh_rows = [r for r in cmekg if len(r["codes"]) == 1 and held_out(_category(r["codes"][0]))]
    by_chapter: dict[str, list[dict]] = {}
    for row in zh_rows:
        by_chapter.setdefault(row["codes"][0][0], []).append(row)
    for row in zh_rows:
        code = row["codes"][0]
        title = icd.get_description(code)
        if _vague(title) or is_known_name(row["zh"]):
            continue
        pairs.append({"reference": title, "prediction": _zh_clean(row["zh"]), "label": True, "lang": "zh",
                      "kind": "en_zh", "concept": code})
        others = [r for r in by_chapter[code[0]]
                  if _category(r["codes"][0]) != _category(code) and not is_known_name(r["zh"])]
        if others:
            other = rng.choice(others)
            pairs.append({"reference": title, "prediction": _zh_clean(other["zh"]), "label": False, "lang": "zh",
                          "kind": "en_zh", "concept": code})
    return pairs


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cmekg", type=Path, required=True, help="cmekg.pkl of PyCMeKG 0.2.5")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the project's third-party data folder")
    args = parser.parse_args(argv)
    cmekg = read_cmekg(args.cmekg)
    n_zh = write_tsv(ZH_OUT, ["zh", "icd10cm", "kind", "en", "source"], build_zh(cmekg))
    n_en = write_tsv(EN_OUT, ["en", "icd10cm", "source"],
                     build_en(args.shared / "ddxplus", args.shared / "mimic-iv-demo" / "hosp" / "d_icd_diagnoses.csv.gz"))
    icd = _icd()
    categories = sorted(c for c in icd.get_all_codes(with_dots=True) if icd.is_category(c) and held_out(c))
    HELD_OUT.write_text("# ICD-10-CM categories held out of every vocabulary build (evaluation concepts)\n"
                        + "\n".join(categories) + "\n", encoding="utf-8")
    pairs = harvest(cmekg)
    EVAL_OUT.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs), encoding="utf-8")
    print(f"zh names {n_zh}, en names {n_en}, held-out categories {len(categories)}, harvested pairs {len(pairs)}")


if __name__ == "__main__":
    main()
