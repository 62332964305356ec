"""The casefile's keys in each language (`keys.yaml`): field -> key, and back."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

LANGUAGES = ("en", "zh")


@dataclass(frozen=True)
class Keys:
    """One level of the format (the case, a group, a result, a diagnosis, the category names)."""

    by_field: dict[str, dict[str, str]]  # field -> {language: key}

    def key(self, field: str, language: str) -> str:
        return self.by_field[field][language]

    def field(self, key: str) -> str | None:
        """The field a key names, in either language."""
        return _reverse(self)[key] if key in _reverse(self) else None

    def fields(self) -> tuple[str, ...]:
        return tuple(self.by_field)


_reverse_cache: dict[int, dict[str, str]] = {}


def _reverse(keys: Keys) -> dict[str, str]:
    found = _reverse_cache.get(id(keys))
    if found is None:
        found = {key: field for field, names in keys.by_field.items() for key in names.values()}
        _reverse_cache[id(keys)] = found
    return found


@lru_cache(maxsize=1)
def load_keys() -> dict[str, Keys]:
    data = yaml.safe_load((Path(__file__).with_name("keys.yaml")).read_text(encoding="utf-8"))
    return {level: Keys(fields) for level, fields in data.items()}
