"""Lab panels for coded results, from the lexicon (`emr_fixtures.lexicon`).

Sources without panels (MIMIC-IV labs, Synthea CSV) group a result under the lexicon's panel for its
code or name (CBC, BMP, LFTs …) so a request for "CBC" or "血常规" reaches every member; a result
the lexicon places in no panel is its own group.
"""

from __future__ import annotations

import re

from dxgym.emr_fixtures.lexicon import load_lexicon, panel_for_code, panel_for_name


def _known_code(code_system: str, code: str) -> bool:
    lex = load_lexicon()
    table = lex.loinc if code_system.upper() == "LOINC" else lex.itemids
    return code in table


def panel_for(code_system: str | None, code: str | None, name: str | None, specimen: str | None = None) -> str | None:
    """The panel (group name) for a result by code, else by name and specimen; None when it stands alone.

    A code the lexicon knows decides alone: names mislead ("Hemoglobin A1c …" is not part of a CBC).
    """
    if code_system and code:
        found = panel_for_code(code_system, code)
        if found or _known_code(code_system, code):
            return found
    return panel_for_name(name, specimen)


def group_name(text: str) -> str:
    """A display name as a group key: 'Lipid Panel' -> 'Lipid_Panel' (as DESIGN's group examples)."""
    cleaned = re.sub(r"\s*\((procedure|observable entity|regime/therapy)\)\s*$", "", text.strip(), flags=re.I)
    return re.sub(r"[^\w]+", "_", cleaned).strip("_") or "Other"
