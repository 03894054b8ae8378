"""The search panel counts every match and brings the rest as the list scrolls.

The search panel says how many articles match, all of them, and the rest of the results come in as
the list is scrolled to its end.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from reader.core.records import ArticleQuery
from reader.ui.mainwindow import MainWindow
from tests.ui.conftest import type_text


def test_the_count_is_every_match_and_scrolling_reaches_them_all(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1600, 1000)
    panel = window.search_panel
    total = window.library_service.count()
    assert total > 50  # more than the first page
    first_pages: list[int] = []
    panel._worker.finished.connect(lambda _s, results, _m: first_pages.append(len(results.hits)))
    window.focus_search()
    type_text(panel.field, "is:unread")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    assert first_pages == [50]  # one page first; the rest as the list is scrolled
    qtbot.waitUntil(lambda: panel.status.text().startswith(f"{total} results"), timeout=5000)
    bar = panel.results.verticalScrollBar()
    while (shown := panel.model.rowCount()) < total:  # each scroll to the end: another page
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda: panel.model.rowCount() > shown, timeout=5000)  # noqa: B023
    assert panel.model.rowCount() == total
    ids = [panel.model.hit(row).article_id for row in range(total)]  # type: ignore[union-attr]
    assert len(set(ids)) == total
    assert panel.status.text().startswith(f"{total} results")


def _hit_ids(window: MainWindow) -> set[int]:
    model = window.search_panel.model
    return {h.article_id for r in range(model.rowCount()) if (h := model.hit(r))}


def test_a_sidebar_choice_narrows_the_search_and_its_chip_widens_it_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.search_panel
    window.focus_search()
    type_text(panel.field, "linux")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    everywhere = _hit_ids(window)
    # A category holding some of the results, not all.
    library = window.library_service
    category, narrowed = next(
        (name, found)
        for name, _n in library.sidebar_counts().facets["categories"]
        if (
            found := everywhere & {a.id for a in library.list_articles(ArticleQuery(category=name))}
        )
        and found != everywhere
    )

    window.sidebar.select_key(("categories", category))
    qtbot.waitUntil(lambda: _hit_ids(window) == narrowed, timeout=5000)
    assert panel.scope.isVisible() and panel.scope.text().startswith(category)
    assert panel.field.text() == "linux"  # the query as typed; the filter is the chip

    panel.scope.click()
    qtbot.waitUntil(lambda: _hit_ids(window) == everywhere, timeout=5000)
    assert not panel.scope.isVisible()
    assert window.sidebar.current_key() == ("all", "")


QUERY = '"in the"'  # candidates: articles with both words; most hold no such phrase


def test_pages_of_a_bounded_check_keep_coming_while_the_end_is_in_view(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a check budget of 2, pages come until all results are in.

    With a check budget of 2 texts a search, each page brings two rows at most, and of `"in
    the"` most bring none: the panel asks for the next while the end of the list shows, until
    all are in.
    """
    from reader.search import engine

    window.resize(1600, 1000)
    whole = window._search.search(QUERY, limit=1000)
    expected = [h.article_id for h in whole.hits]
    assert len(expected) >= 3 and not whole.more
    monkeypatch.setattr(engine, "CHECK_BUDGET", 2)
    panel = window.search_panel
    window.focus_search()
    type_text(panel.field, QUERY)
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(expected), timeout=10000)
    assert [panel.model.hit(r).article_id for r in range(len(expected))] == expected  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: panel.status.text().startswith(f"{len(expected)} results"))
