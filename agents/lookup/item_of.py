"""An item asked "on", "in", "from" or "of" a panel or procedure the case holds ("lymphocytes on the CBC", "glucose in
the joint fluid", "WBC from the aspirate"): that item's records inside it, never the whole panel.

Why: the request's words cover the container too, so the tiers answered with every record of the panel (round 16
part D's probe over the fixture cases' nested records: "<item> on <panel>" kept 0.71 precision where "<panel>
<item>" kept 0.93). The narrowing keeps only records that both halves, asked alone, find — and only where that is a
part of what was found, so "palpation of the abdomen" and "CT of the chest" stay as they were."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

_PREP = re.compile(r"\s+(?:on|in|from|of|within)\s+(?:the\s+|her\s+|his\s+|their\s+|a\s+|an\s+)?", re.IGNORECASE)
_BRACKET = re.compile(r"^(?P<item>.+?)\s*\((?P<container>[^()]+)\)$")


@lru_cache(maxsize=8192)  # a pure function of the request, read on every resolve that found two records or more
def _halves(request: str) -> tuple[tuple[str, str], ...]:
    """(item, container) readings, the last preposition first; "lymphocytes (CBC)" reads as one too."""
    out = [(request[: m.start()].strip(), request[m.end():].strip()) for m in reversed(list(_PREP.finditer(request)))]
    m = _BRACKET.match(request)
    if m:
        out.append((m["item"].strip(), m["container"].strip()))
    return tuple((i, c) for i, c in out if i and c)


def narrow(request: str, found: dict, ask: Callable[[str], dict]) -> dict:
    """`found` less the records the item does not name, where the request asks an item of a container it holds."""
    if len(found) < 2 or not request.isascii():
        return found
    for item, container in _halves(request):
        inside = ask(container)
        if not inside or not set(found) & set(inside):
            continue
        named = ask(item)
        both = {i: t for i, t in found.items() if i in inside and i in named}
        if both and len(both) < len(found):
            return both
    return found
