r"""A library converted by the previous Reader is brought to today's text, highlights kept.

`tests/data/library-0003.db` was made by Reader at 3532610 (schema 0003, before the CJK
emphasis and hard-break fixes): eight real posts that showed `**` or a stray `\`, with 56
highlights, eight of them across such an artefact.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.app import open_services
from reader.core.post import CONVERTER_VERSION
from reader.services.location import LibraryLocation
from reader.services.reconvert import reconvert_outdated
from reader.storage.articles import outdated_ids

OLD_LIBRARY = Path(__file__).parents[1] / "data" / "library-0003.db"


def test_an_older_library_is_reconverted_and_keeps_every_highlight(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    shutil.copy(OLD_LIBRARY, tmp_path / "lib" / "library.db")
    services = open_services(LibraryLocation(tmp_path / "lib"))
    try:
        before = {a.id: a for a in services.annotations.list_annotations()}
        texts = {a.id: services.library.get(a.id).reading_text
                 for a in services.library.list_articles()}  # fmt: skip
        assert len(before) == 56 and any("**" in t for t in texts.values())

        report = reconvert_outdated(services.db, services.hub)
        assert report.articles == len(texts) == 8
        assert report.changed == sum(("**" in t or "\\" in t) for t in texts.values())
        with services.db.reading() as session:
            assert outdated_ids(session, CONVERTER_VERSION) == []

        after = {a.id: a for a in services.annotations.list_annotations()}
        assert after.keys() == before.keys()  # nothing lost
        assert not {"orphan", "fuzzy"} & set(report.anchors)  # every one found again
        artefacts = {a.id for a in before.values() if "**" in a.exact or "\\" in a.exact}
        assert {h for _, h, how in report.not_exact if how == "requoted"} == artefacts
        for a in after.values():
            text = services.library.get(a.article_id).reading_text
            assert "**" not in text
            assert text[a.start : a.end] == a.exact  # every highlight is on its words
            assert a.note == before[a.id].note and a.color == before[a.id].color
            # the same words the user marked, without the markup that is gone
            old = before[a.id].exact.replace("*", "").replace("\\", "")
            assert "".join(a.exact.split()) == "".join(old.split())

        again = reconvert_outdated(services.db, services.hub)
        assert again.articles == 0  # done once
    finally:
        services.close()
