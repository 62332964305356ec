"""Printing text that came from input, data or a path as text: never as markup, never as terminal codes.

Why: the CLI prints through rich, which reads `[...]` as markup — a chief complaint holding `[/]`
crashed `cases list` for a whole database, and "Rash [see photo] on arm" lost its bracket — and
a record holding ANSI escapes or other control characters could rewrite the terminal. Everything
printed from a case, a request, a file name or a URL goes through `esc` (inside a markup string),
`text` (a rich `Text`, for tables and panels) or `show_controls` (plain output). Tab and newline
stay; every other control character, and the bidirectional overrides that reorder what a reader
sees, are shown as escapes (`\\x1b`, `\\u202e`).
"""

from __future__ import annotations

import re

from rich.markup import escape
from rich.text import Text

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def show_controls(value: object) -> str:
    """`value` as a string with control characters (not tab or newline) written as escapes."""
    return _CONTROLS.sub(_escape_char, str(value))


def esc(value: object) -> str:
    """`value` for a rich markup string: controls escaped, then `[` escaped so it prints as itself."""
    return escape(show_controls(value))


def text(value: object, style: str = "") -> Text:
    """`value` as a rich `Text` (no markup is read from it), controls escaped."""
    return Text(show_controls(value), style=style)
