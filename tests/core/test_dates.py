"""Front-matter dates in every form the corpus uses, and the ones it should never fail on."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from reader.core.dates import parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Fri, 28 May 2021 07:45:00 GMT", datetime(2021, 5, 28, 7, 45, tzinfo=UTC)),
        ("2020-02-01T12:55:32Z", datetime(2020, 2, 1, 12, 55, 32, tzinfo=UTC)),
        (
            "2024-11-02T15:01:54+08:00",
            datetime(2024, 11, 2, 15, 1, 54, tzinfo=timezone(timedelta(hours=8))),
        ),
        (
            "2017-08-04 12:35:57 +0300",
            datetime(2017, 8, 4, 12, 35, 57, tzinfo=timezone(timedelta(hours=3))),
        ),
        ("2022-08-06 20:02:15", datetime(2022, 8, 6, 20, 2, 15, tzinfo=UTC)),
        ("2020-05-20", datetime(2020, 5, 20, tzinfo=UTC)),
        ("2019/04/24 10:30", datetime(2019, 4, 24, 10, 30, tzinfo=UTC)),
        ("May 28, 2021", datetime(2021, 5, 28, tzinfo=UTC)),
        ("28 May 2021 10:00", datetime(2021, 5, 28, 10, 0, tzinfo=UTC)),
        ("2021/05/28", datetime(2021, 5, 28, tzinfo=UTC)),
        ("2021年5月28日", datetime(2021, 5, 28, tzinfo=UTC)),
        ("2021年05月28日 09:30", datetime(2021, 5, 28, 9, 30, tzinfo=UTC)),
        ("Friday, May 28th 2021", datetime(2021, 5, 28, tzinfo=UTC)),
        (1622160000, datetime(2021, 5, 28, tzinfo=UTC)),  # Unix seconds
        ("1622160000", datetime(2021, 5, 28, tzinfo=UTC)),
        (1622160000000, datetime(2021, 5, 28, tzinfo=UTC)),  # milliseconds
        (date(2021, 3, 4), datetime(2021, 3, 4, tzinfo=UTC)),
        (datetime(2021, 3, 4, 5, 6), datetime(2021, 3, 4, 5, 6, tzinfo=UTC)),
    ],
)
def test_dates_parse(value: object, expected: datetime) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value", ["Invalid Date", "", "soon", "2021-13-45", None, 17, [1], True, "12 apples", 99**9]
)
def test_non_dates_are_none_never_errors(value: object) -> None:
    assert parse_date(value) is None
