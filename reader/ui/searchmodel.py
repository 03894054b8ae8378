"""Search results as a Qt list model; each row's rich text is built once, when it arrives."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from typing_extensions import override

from reader.core.records import SearchHit, SearchResults
from reader.ui.themes import Theme

HIT_ROLE = Qt.ItemDataRole.UserRole + 10
HTML_ROLE = Qt.ItemDataRole.UserRole + 11
_Index = QModelIndex | QPersistentModelIndex


def marked(text: str, base: int, spans: list[tuple[int, int]], mark: str) -> str:
    """HTML of `text` (starting at reading offset `base`) with the spans marked."""
    out: list[str] = []
    last = 0
    for start, end in spans:
        s, e = start - base, end - base
        if s < last or e > len(text):
            continue
        out.append(html.escape(text[last:s]))
        out.append(f'<span style="background-color:{mark}; font-weight:600">')
        out.append(html.escape(text[s:e]) + "</span>")
        last = e
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", " ")


class SearchResultsModel(QAbstractListModel):
    """Search results as list rows: title, meta line and snippets, their hits marked."""

    def __init__(self) -> None:
        super().__init__()
        self._hits: list[SearchHit] = []
        self._html: list[str] = []
        self._meta: dict[int, str] = {}

    def set_results(self, results: SearchResults, meta: dict[int, str], theme: Theme) -> None:
        """Show the first page of results."""
        self.beginResetModel()
        self._hits = list(results.hits)
        self._meta = meta
        self._html = [self._row_html(h, theme) for h in self._hits]
        self.endResetModel()

    def append_results(self, hits: list[SearchHit], meta: dict[int, str], theme: Theme) -> None:
        """A later page of the same query, after the rows already shown."""
        known = {h.article_id for h in self._hits}
        fresh = [h for h in hits if h.article_id not in known]  # the library changed between
        if not fresh:
            return
        first = len(self._hits)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._meta.update(meta)
        self._hits.extend(fresh)
        self._html.extend(self._row_html(h, theme) for h in fresh)
        self.endInsertRows()

    def restyle(self, theme: Theme) -> None:
        """The same results in another theme's colours."""
        self._html = [self._row_html(h, theme) for h in self._hits]
        if self._hits:
            self.dataChanged.emit(self.index(0), self.index(len(self._hits) - 1), [HTML_ROLE])

    def clear(self) -> None:
        """Show no results."""
        self.beginResetModel()
        self._hits, self._html = [], []
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        """The result on `row`, if any."""
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def _row_html(self, hit: SearchHit, theme: Theme) -> str:
        title = marked(hit.title, 0, hit.title_hits, theme.hit)
        meta = html.escape(self._meta.get(hit.article_id, ""))
        snippets = "".join(
            f'<p style="margin:2px 0 0 0; color:{theme.text}">'
            f"{'…' if s.leading else ''}{marked(s.text, s.start, s.hits, theme.hit)}"
            f"{'…' if s.trailing else ''}</p>"
            for s in hit.snippets[:2]
        )
        return (
            f'<p style="margin:0; font-weight:600; color:{theme.text}">{title}</p>'
            f'<p style="margin:1px 0 0 0; color:{theme.secondary}; font-size:small">{meta}</p>'
            f"{snippets}"
        )

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._hits[index.row()].title
        if role == HTML_ROLE:
            return self._html[index.row()]
        if role == HIT_ROLE:
            return self._hits[index.row()]
        return None
