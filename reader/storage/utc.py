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


class UTCDateTime(TypeDecorator[datetime]):
    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None or value.tzinfo is None:
            return value  # naive: UTC already, by this module's rule
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
