"""Highlights as a Qt list model that pages its rows in, and the list view that shows them."""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget
from typing_extensions import override

from reader.core.markdown import render_html
from reader.core.records import Annotation
from reader.ui.highlights import anchor_label, qcolor
from reader.ui.i18n import tr
from reader.ui.richdelegate import BAR_ROLE, RichTextDelegate
from reader.ui.searchmodel import HTML_ROLE

ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 20
_Index = QModelIndex | QPersistentModelIndex


def annotation_html(a: Annotation, with_title: bool = False) -> str:
    """A highlight as rich text for a list row: its quote, note and tags."""
    quote = a.exact if len(a.exact) <= 220 else a.exact[:219] + "…"
    parts = []
    if with_title:
        parts.append(f"<b>{html.escape(a.article_title)}</b><br/>")
    parts.append(f"<span>{html.escape(quote)}</span>")
    if a.note:  # Markdown, rendered (and cleaned) as the article is
        note = render_html(a.note).replace("<p>", "", 1).replace("</p>", "", 1)
        parts.append(f'<div style="margin-top:3px">✎ {note}</div>')
    extra = [f"#{html.escape(t)}" for t in a.tags]
    if a.anchor_state != "exact":
        extra.append(f"<b>{html.escape(anchor_label(a.anchor_state))}</b>")
    if extra:
        parts.append(f"<br/><small>{' '.join(extra)}</small>")
    return "".join(parts)


@dataclass(frozen=True)
class ArticleHeading:
    """A row over an article's highlights, when they are grouped by article."""

    article_id: int
    title: str
    count: int


def grouped_by_article(annotations: list[Annotation]) -> list[Annotation | ArticleHeading]:
    """Each article's title once, then its highlights.

    Each article's title once, then its highlights (in the order given, which keeps each
    article's together).
    """
    counts = Counter(a.article_id for a in annotations)
    rows: list[Annotation | ArticleHeading] = []
    for a in annotations:
        if not rows or (isinstance(rows[-1], Annotation) and rows[-1].article_id != a.article_id):
            rows.append(ArticleHeading(a.article_id, a.article_title, counts[a.article_id]))
        rows.append(a)
    return rows


class AnnotationListModel(QAbstractListModel):
    """Rows of highlights, shown a page at a time, each row's rich text built once.

    Rows of highlights, shown a page at a time as the list scrolls (an article can hold tens of
    thousands); each row's rich text is built once, when first asked for. Grouped, each
    article's title heads its highlights instead of standing in every row.
    """

    PAGE = 200

    def __init__(self, with_title: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._with_title = with_title
        self._rows: list[Annotation | ArticleHeading] = []
        self._html: dict[int, str] = {}
        self._shown = 0
        self._count = 0

    def set_annotations(
        self, annotations: list[Annotation], grouped: bool = False, with_title: bool | None = None
    ) -> None:
        """Show these highlights, from the first page.

        Grouped, under each article's title; `with_title` changes whether each row names its
        article.
        """
        self.beginResetModel()
        if with_title is not None:
            self._with_title = with_title
        self._rows = grouped_by_article(annotations) if grouped else list(annotations)
        self._count = len(annotations)
        self._html.clear()
        self._shown = min(self.PAGE, len(self._rows))
        self.endResetModel()

    def total(self) -> int:
        """Every highlight the model holds, shown yet or not."""
        return self._count

    def annotation(self, row: int) -> Annotation | None:
        """The highlight on `row`, or None for a heading or no row."""
        found = self._rows[row] if 0 <= row < self._shown else None
        return found if isinstance(found, Annotation) else None

    def heading(self, row: int) -> ArticleHeading | None:
        """The article heading on `row`, or None."""
        found = self._rows[row] if 0 <= row < self._shown else None
        return found if isinstance(found, ArticleHeading) else None

    @override
    def flags(self, index: _Index) -> Qt.ItemFlag:
        if index.isValid() and self.heading(index.row()) is not None:
            return Qt.ItemFlag.ItemIsEnabled  # a heading is read, not chosen
        return super().flags(index)

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    @override
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._rows)

    @override
    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        more = min(self.PAGE, len(self._rows) - self._shown)
        if parent.isValid() or more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        heading = self.heading(index.row()) if index.isValid() else None
        if heading is not None:
            return self._heading_data(heading, role)
        a = self.annotation(index.row()) if index.isValid() else None
        if a is None:
            return None
        if role == HTML_ROLE:
            text = self._html.get(index.row())
            if text is None:
                text = self._html[index.row()] = annotation_html(a, self._with_title)
            return text
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{a.article_title}: {a.exact}" if self._with_title else a.exact
        if role == BAR_ROLE:
            return qcolor(a.color, 255)
        if role == ANNOTATION_ROLE:
            return a
        return None

    @staticmethod
    def _heading_data(heading: ArticleHeading, role: int) -> Any:
        if role == HTML_ROLE:
            count = tr("%n highlight(s)", None, heading.count)
            return (
                f'<p style="margin:6px 0 0 0"><b>{html.escape(heading.title)}</b>'
                f"&nbsp;&nbsp;<small>{html.escape(count)}</small></p>"
            )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return heading.title
        return None


def make_annotation_list(model: AnnotationListModel) -> QListView:
    """A list view painting each highlight's rich text beside a bar of its color."""
    view = QListView()
    view.setModel(model)
    view.setItemDelegate(RichTextDelegate(view))
    view.setWordWrap(True)
    view.setSpacing(2)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    return view
