"""An article with 36,500 highlights: the window reopens it at start and steps through finds.

Both used to abort the window (``Fatal Python error: none_dealloc``) with PySide6 6.12.0 on
Python 3.11, and the highlights panel alone took 14 s to fill.
"""

from __future__ import annotations

import gc
import sys
from collections import Counter
from datetime import UTC, datetime
from uuid import uuid4

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from reader.app import Services
from reader.core.anchoring import make_selectors
from reader.services.annotations import COLORS
from reader.storage.schema import AnnotationRow, ArticleRow
from reader.ui import settings
from tests.conftest import CORPUS_FILES
from tests.ui.conftest import make_window

HIGHLIGHTS = 36_500
FIND_STEPS = 10_000


def _add_highlights(services: Services, article_id: int, count: int) -> None:
    """Highlights every few characters, overlapping, in every colour: one bulk insert."""
    now = datetime.now(UTC)
    with services.db.transaction() as session:
        article = session.get(ArticleRow, article_id)
        assert article is not None
        text, rows = article.reading_text, []
        for i in range(count):
            start = (i * 7) % (len(text) - 8)
            s = make_selectors(text, start, start + 6)
            rows.append({
                "uuid": str(uuid4()), "article_id": article_id, "exact": s.exact,
                "prefix": s.prefix, "suffix": s.suffix, "start": s.start, "end": s.end,
                "content_hash": article.content_hash, "anchor_state": "exact",
                "color": COLORS[i % len(COLORS)], "note": "笔记" if i % 3 == 0 else "",
                "created_at": now, "modified_at": now,
            })  # fmt: skip
        session.execute(insert(AnnotationRow), rows)


@pytest.mark.stress
def test_window_reopens_36500_highlights_and_survives_10000_find_steps(
    qtbot: QtBot, services: Services
) -> None:
    longest = max(CORPUS_FILES, key=lambda p: p.stat().st_size)
    report = services.importer.import_paths([longest])
    assert not report.failures
    [summary] = services.library.list_articles()
    _add_highlights(services, summary.id, HIGHLIGHTS)
    settings.LAST_ARTICLE.set(summary.id)  # reopened at start, as after a restart

    win = make_window(qtbot, services)
    article = win.view.article()
    assert article is not None and article.id == summary.id
    drawn = [s for s in win.view.extraSelections() if s.cursor.hasSelection()]
    assert len(drawn) == HIGHLIGHTS
    assert win.annotations_panel.title.text() == f"Highlights ({HIGHLIGHTS})"
    assert win.annotations_panel.model.total() == HIGHLIGHTS

    # The most common letter or character of the article: the most matches to step over.
    needle, _ = Counter(c for c in article.reading_text if c.isalnum()).most_common(1)[0]
    win.pane.open_find()
    win.pane.findbar.field.setText(needle)
    matches = win.pane.hits()
    assert len(matches) > 100
    gc.collect()
    none_before = sys.getrefcount(None)
    for _ in range(FIND_STEPS):
        qtbot.keyClick(win.pane.findbar.field, Qt.Key.Key_Return)
    gc.collect()
    # A faulty binding loses at least one reference per step (10,000); what else comes and
    # goes in the window (objects that held None, freed meanwhile) is a few hundred at most.
    assert sys.getrefcount(None) - none_before > -FIND_STEPS // 10
    current = FIND_STEPS % len(matches)
    assert win.pane.findbar.count.text() == f"{current + 1} of {len(matches)}"
    assert win.view.selected_span() == matches[current]
    assert len(win.view.extraSelections()) == HIGHLIGHTS + len(matches)
    win.close()


def test_a_start_that_crashed_reopening_an_article_does_not_reopen_it(
    qtbot: QtBot, corpus_services: Services
) -> None:
    services = corpus_services
    chosen = services.library.list_articles()[5].id
    state = settings.library_state(services.library.database_path)
    state.last_article.set(chosen)

    first = make_window(qtbot, services)
    view_article = first.view.article()
    assert view_article is not None and view_article.id == chosen
    # Still marked while the article is being reopened; a crash now leaves the mark behind.
    assert state.restoring_article.get() == chosen
    first.hide()  # never closed: no closeEvent, as when the process crashed

    second = make_window(qtbot, services)
    assert second.view.article() is None
    qtbot.waitUntil(lambda: "not opened" in second.statusBar().currentMessage(), timeout=2000)
    assert not second.count_label.isVisible()  # the message is not drawn over the count
    assert state.restoring_article.get() == 0
    second.close()

    third = make_window(qtbot, services)  # the next start reopens it again
    reopened = third.view.article()
    assert reopened is not None and reopened.id == chosen
    qtbot.waitUntil(lambda: state.restoring_article.get() == 0, timeout=5000)
    third.close()
