"""Datetimes in the library database: stored as UTC, handed back as aware UTC.

SQLite keeps a datetime as text without a zone, so a zone given on the way in was dropped
and the wall-clock time kept: a post dated `10:00 +08:00` read back as 10:00 UTC, eight
hours late. This column type converts to UTC before storing and marks values UTC when
reading, so nothing above storage sees a naive datetime or a shifted one.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.types import TypeDecorator
from typing_extensions import override


class UTCDateTime(TypeDecorator[datetime]):
    """A datetime column stored as naive UTC and read back as aware UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    @override
    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None or value.tzinfo is None:
            return value  # naive: UTC already, by this module's rule
        return value.astimezone(UTC).replace(tzinfo=None)

    @override
    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
