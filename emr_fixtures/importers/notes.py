"""Cut clinical notes down to what a clinician has before the diagnosis.

Notes (Synthea's DocumentReferences, MIMIC-IV-Note discharge summaries) carry assessment, plan,
hospital course and discharge-diagnosis sections that name the answer. Only sections written from
the patient's presentation are kept; every other section — known or not — is dropped, so an
unfamiliar heading can never smuggle a diagnosis into a summary.
"""

from __future__ import annotations

import re

# canonical key -> heading pattern (matched against the whole heading, case-insensitive)
_KEEP: dict[str, re.Pattern[str]] = {
    "chief_complaint": re.compile(r"chief complaints?|reason for (visit|admission|consultation)|presenting complaints?|cc", re.I),
    "present_illness": re.compile(r"history of (the )?present(ing)? illness|hpi|present illness", re.I),
    "past_history": re.compile(r"past medical history|past history|pmh", re.I),
    "personal_history": re.compile(r"social history", re.I),
    "family_history": re.compile(r"family history", re.I),
    "allergies": re.compile(r"allergies", re.I),
    "medications": re.compile(r"medications( on admission)?|current medications|home medications", re.I),
}
ALL_SECTIONS: frozenset[str] = frozenset(_KEEP)

_MD_HEADING = re.compile(r"^\s*#{1,6}\s*(?P<title>[^#\n]+?)\s*#*\s*$")
# "Chief Complaint:" / "HISTORY OF PRESENT ILLNESS: text…" — a short capitalised phrase and a colon
_SMALL_WORDS = frozenset({"of", "and", "or", "the", "for", "on", "in", "to", "with", "at", "by"})
_COLON_HEADING = re.compile(r"^\s*(?P<title>[A-Z][A-Za-z/&()' -]{1,60}?)\s*:\s*(?P<rest>.*)$")


def _heading(line: str) -> tuple[str, str] | None:
    m = _MD_HEADING.match(line)
    if m:
        return m.group("title"), ""
    m = _COLON_HEADING.match(line)
    if m:
        words = m.group("title").split()
        titled = all(w[0].isupper() or not w[0].isalpha() or w.lower() in _SMALL_WORDS for w in words)
        if len(words) <= 6 and (titled or _key(m.group("title")) is not None):
            return m.group("title"), m.group("rest")
    return None


def _key(title: str) -> str | None:
    for key, pattern in _KEEP.items():
        if pattern.fullmatch(title.strip()):
            return key
    return None


def pre_diagnosis_sections(text: str, keep: frozenset[str] = ALL_SECTIONS) -> dict[str, str]:
    """The kept sections of a note by canonical key (see `ALL_SECTIONS`), text tidied, empty ones left out.

    Text before the first heading (a date line, a title) is dropped with the rest of what is not kept.
    """
    sections: dict[str, list[str]] = {}
    current: str | None = None
    for line in text.splitlines():
        head = _heading(line)
        if head is not None:
            key = _key(head[0])
            current = key if key in keep else None
            if current is not None and head[1].strip():
                sections.setdefault(current, []).append(head[1])
            continue
        if current is not None:
            sections.setdefault(current, []).append(line)
    return {k: t for k, lines in sections.items() if (t := tidy("\n".join(lines)))}


def tidy(text: str) -> str:
    """Bullets joined into a list, blank lines and runs of spaces removed."""
    lines = [re.sub(r"\s+", " ", ln).strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    if lines and all(ln.startswith(("- ", "* ")) for ln in lines):
        return "; ".join(ln[2:].strip() for ln in lines)
    return " ".join(ln.lstrip("-* ").strip() if ln.startswith(("- ", "* ")) else ln for ln in lines)


def _name_pattern(name: str) -> re.Pattern[str]:
    words = re.findall(r"\w+", name.lower())
    return re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)", re.I)


def mentions(text: str, name: str) -> bool:
    """Whether `text` names `name` (case-, spacing- and punctuation-insensitive, whole words)."""
    if not re.search(r"\w", name):
        return False
    return bool(_name_pattern(name).search(text))


_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")


def drop_sentences_naming(text: str, names: list[str]) -> str:
    """`text` without the sentences that name any of `names` (how a note's post-hoc wording is cut)."""
    names = [n for n in names if re.search(r"\w", n)]
    if not names or not any(mentions(text, n) for n in names):
        return text
    kept = [s for s in _SENTENCE.split(text) if s.strip() and not any(mentions(s, n) for n in names)]
    return " ".join(kept)
