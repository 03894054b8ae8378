"""Tags are one row per name, whatever its case, by either way of naming them."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from reader.storage.database import Database
from reader.storage.schema import TagRow
from reader.storage.tags import ensure_tags, tag_ids


def test_tag_ids_reuse_names_in_any_case_and_create_the_rest(tmp_path: Path) -> None:
    db = Database(tmp_path / "library.db")
    with db.transaction() as session:
        linux = ensure_tags(session, ["Linux"])[0].id
    with db.transaction() as session:
        ids = tag_ids(session, ["linux", "  Deep   learning ", "deep LEARNING", "", "数据"])
    with db.reading() as session:
        names = dict(session.execute(select(TagRow.id, TagRow.name)).all())
        count = session.scalar(select(func.count()).select_from(TagRow))
    db.close()
    assert ids[0] == linux and len(ids) == 3 == len(set(ids))
    assert [names[i] for i in ids] == ["Linux", "Deep learning", "数据"]
    assert count == 3


def test_both_ways_of_naming_tags_agree(tmp_path: Path) -> None:
    db = Database(tmp_path / "library.db")
    names = ["Rust", "rust ", "Go", "  机器  学习", "GO"]
    with db.transaction() as session:
        by_rows = [t.id for t in ensure_tags(session, names)]
    with db.transaction() as session:
        by_ids = tag_ids(session, names)
    db.close()
    assert by_rows == by_ids and len(by_ids) == 3
