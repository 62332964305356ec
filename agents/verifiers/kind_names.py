"""Round 8 (issue 14): the names of a kind that the table lists under its row but does not hold itself.

The chapter files give some kinds a row of their own (Sheehan syndrome: postpartum hypopituitarism,
postpartum pituitary necrosis; Beta thalassemia major: Cooley anemia), but the loader leaves such a row out
when a held row has its code and lists its name as a "> kind" (Sheehan syndrome under hypopituitarism,
E23.0), so an eponym's descriptive names, or a descriptive name's eponym, read as nothing. Here each such
row's names are read as its standard name, and the pair is judged again with that name: the rewritten pair
passes every other rule, and a kind stays more specific than its row and its row broader than it.

A name any held row already has (in either language) is never read this way: the held row decides it
(Acute hepatitis A's "hepatitis A" stays the hepatitis A row).
"""

from __future__ import annotations

from functools import lru_cache

from dxgym.emr_fixtures import diagnosis_terms as table
from dxgym.emr_fixtures.coding import normalise_name


def _key(name: str) -> str:
    return table.zh_key(name) if table.has_chinese(name) else normalise_name(name)


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """Each name of a left-out kind row -> that row's standard English name."""
    listed: set[str] = set()
    for term in table.terms():
        listed.update(normalise_name(k) for k in term.kinds)
    index: dict[str, str] = {}
    clashes: set[str] = set()
    for path in table.chapter_files():
        for row in table.read_term_file(path):
            standard = normalise_name(row.en)
            if table.terms_for_key(standard) or standard not in listed:
                continue
            for name in (*row.synonyms, *row.zh):
                key = _key(name)
                held = table.terms_for_chinese(name) if table.has_chinese(name) else table.terms_for_key(key)
                if not key or key == standard or held:
                    continue
                if index.get(key, row.en) != row.en:
                    clashes.add(key)
                index[key] = row.en
    return {k: v for k, v in index.items() if k not in clashes}


def kind_standard_name(text: str) -> str | None:
    """The standard name of the left-out kind row `text` names, if it names one (see the module)."""
    return _index().get(_key(text.strip()))
