"""The one reading of a policy's reasoning (`<think>…</think>`), for every place that strips or folds it.

The protocol (which part of a turn is the action), the consultation (history without reasoning),
the VRM judge (never shown reasoning), replay and the HTML transcript (reasoning folded) and MCQ
answer parsing all read a turn the same way:

- the action part is everything after the *last* `</think>` (chat templates may omit the opening tag);
- a `<think>` never closed makes everything after it reasoning (the turn says nothing else);
- text before the opening tag is kept apart (`before`) so a viewer can show it; it is not the action.
"""

from __future__ import annotations

from dataclasses import dataclass

OPEN = "<think>"
CLOSE = "</think>"


@dataclass(frozen=True, slots=True)
class Thinking:
    """A turn split around its reasoning."""

    before: str  # text before the opening tag (usually empty)
    reasoning: str | None  # None when the turn holds no reasoning
    after: str  # what follows the last `</think>`: the policy's action or answer
    closed: bool  # False when a `<think>` is never closed

    @property
    def stripped(self) -> str:
        """The turn with all reasoning removed: the part after it, or before an unclosed one."""
        if self.reasoning is None:
            return self.after
        return self.after if self.closed else self.before


def split_thinking(text: str) -> Thinking:
    close = text.rfind(CLOSE)
    if close >= 0:
        start = text.find(OPEN)
        if 0 <= start < close:
            before, reasoning = text[:start], text[start + len(OPEN) : close]
        else:
            before, reasoning = "", text[:close]
        return Thinking(before, reasoning, text[close + len(CLOSE) :], True)
    start = text.find(OPEN)
    if start >= 0:
        return Thinking(text[:start], text[start + len(OPEN) :], "", False)
    return Thinking("", None, text, True)


def after_thinking(text: str) -> str | None:
    """What follows the reasoning — everything after the last `</think>` — or None when the text
    closes no reasoning (the protocol then reads the whole text, or refuses an unclosed `<think>`)."""
    close = text.rfind(CLOSE)
    return text[close + len(CLOSE) :] if close >= 0 else None


def strip_thinking(text: str) -> str:
    """`text` with every part of its reasoning removed (`Thinking.stripped`)."""
    if OPEN not in text and CLOSE not in text:  # the common case, without building anything
        return text
    return split_thinking(text).stripped
