"""Reading the dates that post front matter holds, in every form seen in the wild."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from email.utils import parsedate_to_datetime

from dateutil import parser as dateutil_parser

_FORMATS = (
    "%Y-%m-%d %H:%M:%S %z",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M %z",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
    "%Y-%m-%d",
    "%Y.%m.%d",
    "%Y年%m月%d日 %H:%M",
    "%Y年%m月%d日",
)
_RFC2822 = re.compile(r"^[A-Za-z]{3},? \d{1,2} [A-Za-z]{3} \d{4}")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NO_DEFAULT = datetime(2000, 1, 1)
# 1990-01-01 to 2100-01-01: a bare number outside this is not a post's Unix time.
_EPOCH_RANGE = (631_152_000, 4_102_444_800)


def parse_date(value: object) -> datetime | None:
    """Return a timezone-aware datetime (UTC when the source has no zone), or None.

    Never raises: a value that is not a date (``Invalid Date``, empty, a number) is None.
    """
    if isinstance(value, datetime):
        return _aware(value)
    if isinstance(value, date):
        return datetime.combine(value, time(), tzinfo=UTC)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_epoch(float(value))
    if not isinstance(value, str):
        return None
    text = value.strip().strip("'\"")
    if not text:
        return None
    if _RFC2822.match(text):
        try:
            return _aware(parsedate_to_datetime(text))
        except (TypeError, ValueError):
            return None
    iso = text.replace("Z", "+00:00") if text.endswith("Z") else text
    try:
        return _aware(datetime.fromisoformat(iso))
    except ValueError:
        pass
    for fmt in _FORMATS:
        try:
            return _aware(datetime.strptime(text, fmt))
        except ValueError:
            continue
    if text.isdigit():
        return _from_epoch(float(text))
    if _YEAR.search(text):  # dateutil reads nearly anything; only trust it with a year
        try:
            return _aware(dateutil_parser.parse(text, default=_NO_DEFAULT))
        except (ValueError, OverflowError):
            return None
    return None


def _from_epoch(seconds: float) -> datetime | None:
    """Unix time, in seconds or milliseconds, if it falls in a plausible range."""
    for value in (seconds, seconds / 1000):
        if _EPOCH_RANGE[0] <= value <= _EPOCH_RANGE[1]:
            return datetime.fromtimestamp(value, UTC)
    return None


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def naive_utc(value: datetime) -> datetime:
    """The same instant as a naive UTC datetime, for what compares only naive ones (Whoosh)."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value
