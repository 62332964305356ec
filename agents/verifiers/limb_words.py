"""A limb named in front of an English condition or after it, by any of its names (round 60).

"Left leg deep vein thrombosis", "Left lower limb deep vein thrombosis" and "Deep vein thrombosis of the left lower
extremity" are one condition: ICD-10-CM writes "lower limb" where clinicians write leg or lower extremity (and
"upper limb" for arm or upper extremity), and puts the site after the condition ("Cellulitis of right lower limb").
Each side is rewritten to that one form and the pair judged again; a limb word inside another name ("restless
legs", ARM) is not a limb in front of a condition and is left as written.
"""

from __future__ import annotations

import re

_LOWER = r"leg|legs|lower\s+limbs?|lower\s+extremit(?:y|ies)"
_UPPER = r"arm|arms|upper\s+limbs?|upper\s+extremit(?:y|ies)"
_SIDE = r"left|right|bilateral"
_FRONT = re.compile(rf"^(?:(?P<side>{_SIDE})\s+)?(?P<limb>{_LOWER}|{_UPPER})\s+(?P<rest>[a-z].+)$", re.IGNORECASE)
_AFTER = re.compile(rf"^(?P<rest>.+?)\s+of\s+(?:the\s+)?(?:(?P<side>{_SIDE})\s+)?(?P<limb>{_LOWER}|{_UPPER})$",
                    re.IGNORECASE)
_NOT_A_CONDITION_START = re.compile(r"^(?:syndrome|length|pain\s+syndrome)\b", re.IGNORECASE)


def _limb(word: str) -> str:
    return "lower limb" if re.fullmatch(_LOWER, word, re.IGNORECASE) else "upper limb"


def limb_form(text: str) -> str | None:
    """The text as "<condition> of <side> <lower|upper> limb" where it names a limb in front or after, by another
    of its names or in another place; None where it names none or is already that form."""
    if re.search(r"[\u4e00-\u9fff]", text) or re.search(r"\bARM\b", text):
        return None
    text = text.strip()
    match = _FRONT.match(text) or _AFTER.match(text)
    if not match or _NOT_A_CONDITION_START.match(match.group("rest")):
        return None
    side = f"{match.group('side').lower()} " if match.group("side") else ""
    rest = match.group("rest").strip()
    rewritten = f"{rest[0].upper()}{rest[1:]} of {side}{_limb(match.group('limb'))}"
    return None if rewritten == text else rewritten


def limb_pairs(reference: str, prediction: str) -> list[tuple[str, str]]:
    """The pair with either side, or both, in the one limb form (for the judge to ask again)."""
    r2, p2 = limb_form(reference), limb_form(prediction)
    return [(reference, p2 or ""), (r2 or "", prediction), (r2 or "", p2 or "")]
