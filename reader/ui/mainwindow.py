"""MainWindow: sidebar, library list and reading view in remembered splitters."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QWidget,
)

from reader.core.records import ArticleQuery, ReadState
from reader.services.changes import ChangeHub, Changes
from reader.services.importer import ImportService
from reader.services.library import LibraryService
from reader.ui.articleview import ArticleView
from reader.ui.librarymodel import ID_ROLE, LibraryModel
from reader.ui.sidebar import Sidebar


class MainWindow(QMainWindow):
    def __init__(
        self,
        library: LibraryService,
        importer: ImportService,
        hub: ChangeHub,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._importer = importer
        self.setWindowTitle("Reader")
        self.resize(1280, 820)

        self.sidebar = Sidebar(library)
        self.model = LibraryModel(library)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.view = ArticleView()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([200, 420, 660])
        self.setCentralWidget(self.splitter)
        self.status = QLabel()
        self.statusBar().addWidget(self.status)

        self.sidebar.query_chosen.connect(self.on_sidebar_query_chosen)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.view.position_changed.connect(self.on_view_position_changed)
        self.view.finished_reading.connect(self.on_view_finished_reading)
        hub.subscribe(self.on_library_changed)
        self._build_actions()
        self.model.reload()
        self._update_status()
        self._restore_state()

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    # -- slots ---------------------------------------------------------------------------
    def on_sidebar_query_chosen(self, query: ArticleQuery) -> None:
        current = self.model.query()
        self.model.set_query(
            ArticleQuery(
                category=query.category,
                author=query.author,
                tag=query.tag,
                read_state=query.read_state,
                sort=current.sort,
                descending=current.descending,
            )
        )
        self._update_status()

    def on_table_selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.open_article(int(indexes[0].data(ID_ROLE)))

    def on_view_position_changed(self, offset: int, progress: float) -> None:
        article = self.view.article()
        if article is not None:
            self._library.save_position(article.id, offset, progress)

    def on_view_finished_reading(self, article_id: int) -> None:
        article = self.view.article()
        if article is not None and article.read_state is ReadState.UNREAD:
            self._library.set_read_state(article_id, ReadState.READ)

    def on_library_changed(self, changes: Changes) -> None:
        if changes.articles - {a.id for a in self.model_rows()} or changes.removed_articles:
            self.model.reload()
        else:
            self.model.refresh_articles(changes.articles)
        self.sidebar.reload()
        self._update_status()

    # -- helpers -------------------------------------------------------------------------
    def model_rows(self) -> list:  # type: ignore[type-arg]
        return [self.model.summary(i) for i in range(self.model.rowCount())]

    def open_article(self, article_id: int) -> None:
        article = self._library.get(article_id)
        self.view.set_article(article)
        if article.reading_offset:
            self.view.scroll_to_offset(article.reading_offset, top=True)
        QSettings().setValue("window/last_article", article_id)

    def select_article(self, article_id: int) -> None:
        row = self.model.row_of(article_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _update_status(self) -> None:
        shown = self.model.total()
        self.status.setText(f"{shown} articles")

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        sizes = settings.value("window/splitter")
        if sizes is not None:
            self.splitter.restoreState(sizes)
        last = settings.value("window/last_article")
        if last is not None:
            self.select_article(int(last))
        elif self.model.rowCount():
            self.table.selectRow(0)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        super().closeEvent(event)


__all__ = ["MainWindow", "QModelIndex"]
