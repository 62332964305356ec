"""The time axis of a record: ISO 8601 times, the window around a case's `index_time`, relative times.

Why one module: importers filter results into the window, the models validate times, the renderer
shows them relative to admission and the tests check the window — all with the same reading of a
time. A date without a clock time (MIMIC's `omr.chartdate`) covers its whole day; a time without an
offset is read as UTC, so naive MIMIC times and zoned FHIR times compare on every machine alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

DEFAULT_BEFORE_HOURS = 12.0  # emergency-department draws before the admission order
DEFAULT_WINDOW_HOURS = 24.0
ISO_TIME_PATTERN = (r"^\d{4}-[01]\d-[0-3]\d([T ][0-2]\d:[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-][0-2]\d:?[0-5]\d)?)?$")


def _is_date_only(text: str) -> bool:
    return len(text.strip()) == 10


def parse_time(text: str) -> tuple[datetime, datetime]:
    """(start, end) of an ISO 8601 date or date-time, as aware UTC; a date spans its whole day.

    Raises ValueError for anything `datetime.fromisoformat` does not read.
    """
    if len(text) == 19 and text[10] in " T":  # the common case (MIMIC, the casefiles): quick
        moment = datetime.fromisoformat(text).replace(tzinfo=UTC)
        return moment, moment
    text = text.strip()
    if _is_date_only(text):
        day = date.fromisoformat(text)
        start = datetime(day.year, day.month, day.day, tzinfo=UTC)
        return start, start + timedelta(days=1) - timedelta(microseconds=1)
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return moment, moment


def check_time(text: str) -> str:
    """The text itself when it is an ISO 8601 date or date-time (the models' validator)."""
    try:
        parse_time(text)
    except ValueError:
        raise ValueError(f"not an ISO 8601 date or time: {text!r}") from None
    return text


@dataclass(frozen=True)
class Window:
    """Results charted from `before_hours` before to `window_hours` after the index time (inclusive)."""

    before_hours: float = DEFAULT_BEFORE_HOURS
    window_hours: float = DEFAULT_WINDOW_HOURS

    def __post_init__(self) -> None:
        if self.before_hours < 0 or self.window_hours < 0:
            raise ValueError("--before-hours and --window-hours must not be negative")

    def bounds(self, index_time: str) -> tuple[datetime, datetime]:
        start, _ = parse_time(index_time)
        return start - timedelta(hours=self.before_hours), start + timedelta(hours=self.window_hours)

    def contains(self, time: str | None, index_time: str | None) -> bool:
        """Whether a result charted at `time` lies in the window; a date counts when its day overlaps."""
        if time is None or index_time is None:
            return False
        low, high = self.bounds(index_time)
        start, end = parse_time(time)
        return end >= low and start <= high


def window_from(options: dict[str, object]) -> Window:
    """Pop `before_hours` / `window_hours` out of an importer's keyword options."""
    before = options.pop("before_hours", None)
    after = options.pop("window_hours", None)
    return Window(DEFAULT_BEFORE_HOURS if before is None else float(before),  # type: ignore[arg-type]
                  DEFAULT_WINDOW_HOURS if after is None else float(after))  # type: ignore[arg-type]


def relative(time: str, index_time: str) -> timedelta | None:
    """How long after (negative: before) the index time a result was charted; None if unreadable."""
    try:
        return parse_time(time)[0] - parse_time(index_time)[0]
    except ValueError:
        return None


_UNITS = {"en": ("min", "h", "d"), "zh": ("分钟", "小时", "天")}


def format_relative(time: str, index_time: str | None, language: str) -> str:
    """"+3 h", "−2 h", "+25 min", "+1 d" (zh: "+3小时" …); the time itself when there is no index time."""
    if index_time is None:
        return time
    delta = relative(time, index_time)
    if delta is None:
        return time
    minute, hour, day = _UNITS["zh" if language == "zh" else "en"]
    sep = "" if language == "zh" else " "
    if _is_date_only(time):  # a day, not a moment: whole days from the admission's day
        days = (date.fromisoformat(time.strip()) - parse_time(index_time)[0].date()).days
        return f"{'+' if days >= 0 else '−'}{abs(days)}{sep}{day}"
    minutes = round(delta.total_seconds() / 60)
    sign = "+" if minutes >= 0 else "−"
    if abs(minutes) < 60:
        return f"{sign}{abs(minutes)}{sep}{minute}"
    hours = round(abs(minutes) / 60, 1)
    text = f"{hours:.1f}".rstrip("0").rstrip(".") if hours < 10 else f"{round(hours):d}"
    return f"{sign}{text}{sep}{hour}"
