"""Only `storage/stamps.py` writes `search_stamp`.

A write path that bumped it its own way (or forgot to) is how an index goes stale without a sound.
"""

from __future__ import annotations

import re
from pathlib import Path

READER = Path(__file__).resolve().parents[2] / "reader"
ALLOWED = {READER / "storage" / "stamps.py", READER / "storage" / "schema.py"}
# An assignment, augmented assignment or keyword argument; not a comparison.
WRITE = re.compile(r"search_stamp\s*(?:[-+]?=)(?!=)")


def test_search_stamp_is_written_only_by_the_stamps_module() -> None:
    sources = [p for p in READER.rglob("*.py") if "migrations" not in p.parts]
    assert len(sources) > 90
    writes = [
        f"{path.relative_to(READER)}:{number}: {line.strip()}"
        for path in sources
        if path not in ALLOWED
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if WRITE.search(line)
    ]
    assert writes == []


def test_the_pattern_finds_each_way_of_writing_it() -> None:
    for line in ("row.search_stamp += 1", "row.search_stamp = 2", ".values(search_stamp=x)"):
        assert WRITE.search(line), line
    for line in ("ArticleRow.search_stamp == stamp", "select(ArticleRow.search_stamp)"):
        assert not WRITE.search(line), line
