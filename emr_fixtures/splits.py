"""Deterministic train / val / test assignment (about 70 / 15 / 15) from a stable hash.

The key is the patient id where a patient has several cases, else the root case id (a translation
hashes the case it translates), so translations share their source's split and no patient spans two.
"""

from __future__ import annotations

import hashlib

from dxgym.emr_fixtures.models import Split


def assign_split(key: str) -> Split:
    bucket = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big") % 100
    if bucket < 70:
        return "train"
    if bucket < 85:
        return "val"
    return "test"
