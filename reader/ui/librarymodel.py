"""The library list's Qt model: cached rows fetched in pages, nothing computed per paint."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from typing_extensions import override

from reader.core.records import ArticleQuery, ArticleSummary, ReadState
from reader.services.library import LibraryService
from reader.ui.i18n import tr
from reader.ui.readahead import ReadAhead

PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def column_titles() -> tuple[str, ...]:
    """The list's column titles, in the window's language."""
    return (tr("Title"), tr("Source"), tr("Date"), tr("Tags"), "✎", tr("State"))


def state_label(state: ReadState) -> str:
    """Unread, Read or Archived, in the window's language."""
    labels = {ReadState.UNREAD: tr("Unread"), ReadState.READ: tr("Read"),
              ReadState.ARCHIVED: tr("Archived")}  # fmt: skip
    return labels[state]


class LibraryModel(QAbstractTableModel):
    """Articles matching an ArticleQuery; rows are fetched PAGE at a time as the view scrolls."""

    COLUMNS = ("Title", "Source", "Date", "Tags", "✎", "State")
    _SORT_KEYS = ("title", "author", "date", "tags", "highlights", "read_state")

    def __init__(self, library: LibraryService) -> None:
        super().__init__()
        self._library = library
        self._ahead = ReadAhead(library.list_articles)
        self._query = ArticleQuery(limit=PAGE)
        self._rows: list[ArticleSummary] = []
        self._total = 0
        self._loaded = False  # nothing read yet: sorting only sets the query
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading ------------------------------------------------------------------------
    def set_query(self, query: ArticleQuery) -> None:
        """List what `query` asks for, from its first page."""
        self._query = replace(query, offset=0, limit=PAGE)
        self.reload()

    def query(self) -> ArticleQuery:
        """The query the list shows."""
        return self._query

    def reload(self) -> None:
        """Read the list's count and first page again."""
        self._loaded = True
        self.beginResetModel()
        self._ahead.forget()
        self._total = self._library.count(self._query)
        self._rows = self._library.list_articles(self._query)
        self.endResetModel()
        self._read_next()

    def close(self) -> None:
        """Stop reading ahead (the window closes)."""
        self._ahead.close()

    def _next_page(self) -> ArticleQuery:
        return replace(self._query, offset=len(self._rows), limit=PAGE)

    def _read_next(self) -> None:
        """Read the page after the rows loaded, while the reader looks at these."""
        if self.canFetchMore():
            self._ahead.start(self._next_page())

    def refresh_articles(self, ids: frozenset[int]) -> None:
        """Re-read the given rows in place (read state, tags, highlight counts)."""
        self._ahead.forget()  # the page read ahead may hold these articles as they were
        positions = [i for i, r in enumerate(self._rows) if r.id in ids]
        if positions:
            fresh = {r.id: r for r in self._library.list_articles(ArticleQuery(ids=sorted(ids)))}
            for i in positions:
                if self._rows[i].id in fresh:
                    self._rows[i] = fresh[self._rows[i].id]
                    self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.COLUMNS) - 1))
        self._read_next()

    @override
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    @override
    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._ahead.take(self._next_page())
        if not page:
            self._total = len(self._rows)
            return
        self._append(page)

    def _append(self, page: list[ArticleSummary]) -> None:
        """Add rows after those loaded, and read the page after them ahead."""
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
        self._read_next()

    def load_through(self, article_id: int, reach: int = 4 * PAGE) -> int:
        """Load the rows down to an article if it is near; its row, or -1.

        Load the rows down to an article in one read if it is within `reach` rows of those
        loaded; its row, or -1 if the list does not hold it or it lies further down (loading
        20,000 rows to show one costs more than a second).
        """
        row = self.row_of(article_id)
        if row >= 0:
            return row
        position = self._library.position_in_list(self._query, article_id)
        if position is None or position >= len(self._rows) + reach:
            return -1
        first = len(self._rows)
        more = replace(self._query, offset=first, limit=position - first + PAGE)
        page = self._library.list_articles(more)
        if page:
            self._append(page)
        return self.row_of(article_id)

    def total(self) -> int:
        """How many articles the query finds, loaded or not."""
        return self._total

    # -- access -------------------------------------------------------------------------
    def summary(self, row: int) -> ArticleSummary | None:
        """The article on `row`, if loaded."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, article_id: int) -> int:
        """The row of the article, or -1 if not loaded."""
        for i, r in enumerate(self._rows):
            if r.id == article_id:
                return i
        return -1

    # -- Qt model API -------------------------------------------------------------------
    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return (tr("Title"), tr("Source"), tr("Date"), tr("Tags"), tr("Highlights"),
                    tr("Reading state"))[section]  # fmt: skip
        return None

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.title
        if role == Qt.ItemDataRole.FontRole and column == 0 and row.read_state is ReadState.UNREAD:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return Qt.AlignmentFlag.AlignCenter
        if role == ID_ROLE:
            return row.id
        if role == SUMMARY_ROLE:
            return row
        return None

    @staticmethod
    def _display(row: ArticleSummary, column: int) -> str:
        if column == 0:
            return row.title
        if column == 1:
            return row.author or ""
        if column == 2:
            return row.date.strftime("%Y-%m-%d") if row.date else ""
        if column == 3:
            return ", ".join(row.tags)
        if column == 4:
            return str(row.highlight_count) if row.highlight_count else ""
        return state_label(row.read_state)

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._SORT_KEYS[column] if 0 <= column < len(self._SORT_KEYS) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        query = replace(self._query, sort=key, descending=descending)
        if not self._loaded:  # the table being set up: the window's first query loads
            self._query = query
            return
        self.set_query(query)
