"""Reading the dates that post front matter holds, in every form seen in the wild."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from email.utils import parsedate_to_datetime

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


def parse_date(value: object) -> datetime | None:
    """Return a timezone-aware datetime (UTC when the source has no zone), or None.

    Never raises: a value that is not a date (``Invalid Date``, empty, a number) is None.
    """
    if isinstance(value, datetime):
        return _aware(value)
    if isinstance(value, date):
        return datetime.combine(value, time(), tzinfo=UTC)
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
    return None


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value
