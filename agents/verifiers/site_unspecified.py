"""A condition ICD-10-CM codes "of unspecified site" holds the same condition at a named site.

ICD-10-CM files some conditions by site and gives the condition without one a code of its own, titled
"X, site unspecified" or "X of unspecified site": K27 "Peptic ulcer, site unspecified" beside K25 gastric
and K26 duodenal ulcer; I72.9 "Aneurysm of unspecified site" beside I72.0 aneurysm of carotid artery. The
hierarchy makes them siblings, so the answer "duodenal ulcer" for the reference "peptic ulcer disease" read
as "a different condition" — yet the title says the reference is the condition at any site, and a named
site is what DESIGN's answer forms call more specific. The reverse stays broader: a peptic ulcer is not
a duodenal ulcer.

Two shapes only, both read from the titles: a category of that title holds the categories of its block whose
title ends in the same head word (gastric / duodenal / gastrojejunal *ulcer*; never gastritis); a subcategory of
that title holds the codes of its category whose title holds its name whole and is itself specified (I21.0 "STEMI
of anterior wall" for I21.3 "STEMI of unspecified site"; never I21.4 NSTEMI). A subcategory of the first shape's
category (K27.4, peptic ulcer with hemorrhage) holds the same place in a sibling category (K26.4), round 40.
"""

from __future__ import annotations

import re
from functools import lru_cache

import simple_icd_10_cm as icd

from dxgym.emr_fixtures.coding import normalise_name

_UNSPECIFIED_SITE = re.compile(r"^(?P<name>.+?),?\s+(?:site unspecified|of unspecified site)$", re.IGNORECASE)
# ICD-10-CM's word for a code that says no more than its name ("Gout, unspecified"), wherever the title puts it
_UNSPECIFIED = re.compile(r",?\s*\bunspecified\b")
# a title's name before what places or joins it: "Ulcer of esophagus" -> ulcer, "Phlebitis and ..." -> phlebitis
_NAME_END = re.compile(r",|\s\(|\s(?:of|with|without|and|in|due to)\s", re.IGNORECASE)


def less_unspecified(title: str) -> str:
    """A title less its "unspecified" ("Gout, unspecified" -> "Gout"); case as given: lower it to drop a leading
    "Unspecified" too."""
    return _UNSPECIFIED.sub(" ", title).strip()


def _title(code: str) -> str:
    return icd.get_description(code) if icd.is_valid_item(code) else ""


def _head(title: str) -> str:
    """The head word of a title's name: its last word before a place, a join or a comma."""
    words = normalise_name(_NAME_END.split(title, maxsplit=1)[0]).split()
    return words[-1] if words else ""


@lru_cache(maxsize=8192)
def site_specified(pc: str, rc: str) -> bool:
    """The answer's code `pc` names the reference's condition at a site, the reference `rc` being ICD's
    "X, site unspecified"."""
    rc, pc = icd.add_dot(rc), icd.add_dot(pc)
    if rc == pc or not (icd.is_valid_item(rc) and icd.is_valid_item(pc)):
        return False
    match = _UNSPECIFIED_SITE.match(_title(rc))
    if not match:
        # K27.4 "Chronic or unspecified peptic ulcer, site unspecified, with hemorrhage": its category's rule, at
        # the same place in the sibling category (K26.4 duodenal ulcer with hemorrhage)
        category = rc[:3]
        return (category != rc and ", site unspecified," in _title(rc).lower() and pc[3:] == rc[3:]
                and site_specified(pc[:3], category))
    name = match.group("name")
    if icd.is_category(rc):
        category = pc[:3]
        if category == rc or not icd.is_valid_item(category) or icd.get_parent(category) != icd.get_parent(rc):
            return False
        title = _title(category)
        return (not re.match(r"(?:other|unspecified)\b", title, re.IGNORECASE) and "unspecified" not in title.lower()
                and _head(title) == _head(name))
    if pc[:3] != rc[:3] or "unspecified" in _title(pc).lower():
        return False
    return f" {normalise_name(name)} " in f" {normalise_name(_title(pc))} "


@lru_cache(maxsize=8192)
def names_a_kind(pc: str, rc: str) -> bool:
    """An "X, unspecified" code directly under the reference's category names a kind of it when X is
    another name of the same head word with a word of its own: I50.1 "Left ventricular failure, unspecified"
    under I50 "Heart failure" (a left heart failure), A19.2 "Acute miliary tuberculosis, unspecified" under
    A19, the reference's title being a plain name. Not N20.9 "Urinary calculus" under N20 "Calculus of kidney
    and ureter" (a title with a place), G20.C "Parkinsonism, unspecified" under G20 Parkinson's disease (another
    head), nor K29.7 "Gastritis, unspecified" under K29 "Gastritis and duodenitis" (no word of its own)."""
    rc, pc = icd.add_dot(rc), icd.add_dot(pc)
    if not (icd.is_valid_item(rc) and icd.is_valid_item(pc)) or icd.get_parent(pc) != rc:
        return False
    if _NAME_END.search(_title(rc)):  # a plain name only: "Calculus of kidney and ureter" is not one
        return False
    own = less_unspecified(_title(pc).lower())
    words, parent_words = set(normalise_name(own).split()), set(normalise_name(_title(rc)).split())
    return bool(words - parent_words) and _head(own) == _head(_title(rc)) != ""
