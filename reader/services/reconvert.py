"""Bringing articles converted by an older Reader up to today's conversion.

Each article keeps its original body, so a better conversion (CJK emphasis, say) reaches the
articles already in a library: they are converted again, and each article's highlights are
re-anchored in the same transaction as its new text, so a highlight never points into text
that is gone. A fix that only changes markup moves no highlight; any that did not anchor
exactly is reported by id, never dropped.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from reader.core.errors import NotFoundError
from reader.core.post import CONVERTER_VERSION
from reader.services.changes import ChangeHub, Changes
from reader.storage import annotations as annotation_store
from reader.storage import articles
from reader.storage.database import Database

log = logging.getLogger(__name__)


@dataclass
class ReconvertReport:
    """What converting the articles again did: how many changed, and failures."""

    articles: int = 0  # looked at
    changed: int = 0  # whose text changed
    anchors: Counter[str] = field(default_factory=Counter)  # highlight states after
    # Highlights not found as the same words: requoted (their quote held markup now gone),
    # or fuzzy/orphan when none of their words survived. (article id, highlight id, how)
    not_exact: list[tuple[int, int, str]] = field(default_factory=list)


def reconvert_outdated(
    db: Database, hub: ChangeHub, progress: Callable[[int, int], None] | None = None
) -> ReconvertReport:
    """Re-convert every article made by an older conversion, one transaction each."""
    from reader.core.posts import convert_body
    from reader.core.readingtext import reading_text

    report = ReconvertReport()
    with db.reading() as session:
        ids = articles.outdated_ids(session, CONVERTER_VERSION)
    changed: set[int] = set()
    for done, article_id in enumerate(ids):
        with db.reading() as session:
            original = articles.original_body(session, article_id)
        if original is None:  # deleted since
            continue
        body, body_format = original
        markdown = convert_body(body, "html" if body_format == "html" else "markdown")
        text = reading_text(markdown)
        try:
            with db.transaction() as session:
                old_text = articles.set_text(session, article_id, markdown, text, CONVERTER_VERSION)
                carried = (
                    [] if old_text is None
                    else annotation_store.carry_through_conversion(session, article_id, old_text)
                )  # fmt: skip
        except NotFoundError:  # deleted since
            continue
        report.articles += 1
        if old_text is not None:
            report.changed += 1
            changed.add(article_id)
            for note_id, how in carried:
                report.anchors[how] += 1
                if how not in ("exact", "moved"):
                    report.not_exact.append((article_id, note_id, how))
        if progress is not None:
            progress(done + 1, len(ids))
    if changed:
        hub.publish(Changes(articles=frozenset(changed), annotations=frozenset(changed)))
    if report.not_exact:
        log.warning("highlights whose quote changed in the re-conversion: %s", report.not_exact)
    return report
