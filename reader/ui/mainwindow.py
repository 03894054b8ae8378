"""MainWindow: sidebar, library list or search results, and the reading pane, in splitters."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QWidget,
)

from reader.core.errors import ReaderError
from reader.core.records import Annotation, ArticleQuery, ReadState, SearchHit
from reader.services.annotations import AnnotationService
from reader.services.changes import ChangeHub, Changes
from reader.services.imagefetch import ImageFetcher
from reader.services.importer import ImportReport, ImportService
from reader.services.library import LibraryService
from reader.services.search import IndexStatus, SearchService
from reader.ui import settings
from reader.ui.allhighlights import AllHighlightsDialog
from reader.ui.annotating import AnnotationController
from reader.ui.annotationspanel import AnnotationsPanel
from reader.ui.articleview import DEFAULT_FONT, ArticleView
from reader.ui.highlights import ColorNamesDialog
from reader.ui.i18n import tr
from reader.ui.imagedownload import ImageDownloadFlow, wants_images_after_import
from reader.ui.importflow import ImportFlow
from reader.ui.librarymodel import ID_ROLE, LibraryModel
from reader.ui.librarytable import make_library_table
from reader.ui.openfiles import OpenFiles
from reader.ui.readerpane import ReaderPane
from reader.ui.searchpanel import SearchPanel
from reader.ui.shortcuts import ShortcutsDialog
from reader.ui.sidebar import Sidebar
from reader.ui.tagdialogs import ManageTagsDialog, TagEditorDialog
from reader.ui.themes import resolve_theme
from reader.ui.windowmenus import build_menus, build_shortcuts

# How long the reopened last article must have been shown, the event loop running, before
# it counts as reopened safely.
RESTORE_GRACE_MS = 3000
EXTERNAL_POLL_MS = 2000


class _Relay(QObject):
    """Brings service notifications (from any thread) onto the UI thread."""

    changed = Signal(object)
    index_status = Signal(object)


class MainWindow(QMainWindow):
    def __init__(
        self,
        library: LibraryService,
        importer: ImportService,
        hub: ChangeHub,
        search: SearchService,
        annotations: AnnotationService,
        *,
        media_dir: Path | None = None,
        fetcher: ImageFetcher | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._search = search
        self.setWindowTitle(tr("Reader"))
        self.resize(1360, 860)
        self.setAcceptDrops(True)

        self.sidebar = Sidebar(library)
        self.model = LibraryModel(library)
        self.table = make_library_table(self.model)
        self.view = ArticleView(media_dir=media_dir)
        self.view.set_font_px(settings.FONT_PX.get())
        self.pane = ReaderPane(self.view)
        self.annotations_panel = AnnotationsPanel()
        self.annotating = AnnotationController(
            self.view, self.annotations_panel, annotations, library, self
        )
        self._annotation_service = annotations
        self.search_panel = SearchPanel(search, library, self.table)
        self.imports = ImportFlow(importer, self)
        self._read_only = read_only
        self.opened_files = OpenFiles(self.imports, self.show_article, self)
        self.downloads = ImageDownloadFlow(fetcher, self) if fetcher and not read_only else None
        if self.downloads is not None:
            self.downloads.finished.connect(self.on_downloads_finished)
            self.imports.finished.connect(self.on_imports_finished)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.search_panel)
        self.reading_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.reading_splitter.addWidget(self.pane)
        self.reading_splitter.addWidget(self.annotations_panel)
        self.reading_splitter.setStretchFactor(0, 1)
        self.reading_splitter.setSizes([680, 240])
        self.splitter.addWidget(self.reading_splitter)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([180, 440, 920])
        self.setCentralWidget(self.splitter)
        self.count_label = QLabel()
        self.index_label = QLabel()
        self.position_label = QLabel()
        self.statusBar().addWidget(self.count_label)
        if read_only:
            notice = QLabel(tr("Read-only library: you can read and search, not change it"))
            notice.setToolTip(tr("Reader cannot write to this library's folder or database."))
            self.statusBar().addPermanentWidget(notice)
        self.statusBar().addPermanentWidget(self.index_label)
        self.statusBar().addPermanentWidget(self.position_label)

        self._relay = _Relay(self)
        self._relay.changed.connect(self.on_library_changed)
        self._relay.index_status.connect(self.on_index_status)
        hub.subscribe(self._relay.changed.emit)
        search.subscribe(self._relay.index_status.emit)

        self.sidebar.query_chosen.connect(self.on_sidebar_query_chosen)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.table.customContextMenuRequested.connect(self.on_table_context_menu)
        self.view.position_changed.connect(self.on_view_position_changed)
        self.view.finished_reading.connect(self.on_view_finished_reading)
        self.search_panel.result_opened.connect(self.on_search_result_opened)
        self.search_panel.closed.connect(self.pane.clear_search_hits)
        self.search_panel.field.installEventFilter(self)
        # Another process (a `reader import` in a terminal) may write the library too.
        self._external_timer = QTimer(self, interval=EXTERNAL_POLL_MS)
        self._external_timer.timeout.connect(self.on_external_change_timer_timeout)
        self._external_timer.start()
        self.panel_action, self.theme_actions = build_menus(self)
        build_shortcuts(self)
        self.apply_theme(settings.THEME.get())
        self.model.reload()
        self._update_count()
        self._restore_state()

    # -- construction --------------------------------------------------------------------

    # -- appearance ----------------------------------------------------------------------
    def apply_theme(self, name: str) -> None:
        settings.THEME.set(name)
        theme = resolve_theme(name)
        self.theme_actions[name if name in self.theme_actions else "system"].setChecked(True)
        self.pane.apply_theme(theme)
        self.pane.progress.setStyleSheet(
            f"QProgressBar {{ background: {theme.background}; border: 0; }}"
            f"QProgressBar::chunk {{ background: {theme.link}; }}"
        )

    def change_font(self, step: int) -> None:
        px = DEFAULT_FONT if step == 0 else self.view.font_px() + step
        self.view.set_font_px(px)
        settings.FONT_PX.set(self.view.font_px())

    def page(self, direction: int) -> None:
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + direction * int(self.view.viewport().height() * 0.9))

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    # -- articles ------------------------------------------------------------------------
    def open_article(self, article_id: int) -> None:
        try:
            article = self._library.get(article_id)
        except ReaderError as exc:
            self.statusBar().showMessage(str(exc), 5000)
            return
        self.pane.set_article(article)
        self.annotating.reload()
        if article.reading_offset:
            self.view.scroll_to_offset(article.reading_offset, top=True)
        settings.LAST_ARTICLE.set(article_id)
        self.setWindowTitle(tr("{title} — Reader").format(title=article.title))

    def select_article(self, article_id: int) -> bool:
        row = self.model.row_of(article_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(article_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            return True
        return False

    def step_article(self, delta: int) -> None:
        view: QAbstractItemView = self.table
        rows = self.model.rowCount()
        if self.search_panel.showing_results():
            view = self.search_panel.results
            rows = self.search_panel.model.rowCount()
        if not rows:
            return
        current = view.currentIndex().row()
        row = max(0, min(rows - 1, current + delta if current >= 0 else 0))
        index = view.model().index(row, 0)
        view.setCurrentIndex(index)
        if view is self.search_panel.results:
            self.search_panel.on_results_activated(index)

    def _current_id(self) -> int | None:
        article = self.view.article()
        return article.id if article else None

    def _write(self, change: Callable[[], object]) -> None:
        """Make a change to the library; if it can't be made (read-only, locked, disk
        full), say why in the status bar instead of failing silently."""
        try:
            change()
        except ReaderError as exc:
            self.statusBar().showMessage(tr("Not saved: {reason}").format(reason=exc), 8000)

    def _reload_current_article(self) -> None:
        """Show the open article anew (its text, images or tags changed), where it was."""
        current = self._current_id()
        if current is None:
            return
        offset = self.view.top_offset()
        self.pane.set_article(self._library.get(current))
        self.annotating.reload()
        self.view.scroll_to_offset(offset, top=True)

    def on_imports_finished(self, report: ImportReport) -> None:
        """Offer (the first time) or start the download of the new posts' web images."""
        changed = report.changed_ids()
        if self.downloads is None or not changed or not self.downloads.missing(changed):
            return
        if wants_images_after_import(self):
            self.downloads.start(changed)

    def on_downloads_finished(self, _counts: object) -> None:
        self._reload_current_article()

    def download_article_images(self) -> None:
        article_id = self._current_id()
        if article_id is not None and self.downloads is not None:
            self.downloads.start([article_id])

    def toggle_read(self) -> None:
        article_id = self._current_id()
        if article_id is None:
            return
        state = self._library.get(article_id).read_state
        new = ReadState.UNREAD if state is ReadState.READ else ReadState.READ
        self._write(lambda: self._library.set_read_state(article_id, new))

    def archive(self) -> None:
        article_id = self._current_id()
        if article_id is not None:
            self._write(lambda: self._library.set_read_state(article_id, ReadState.ARCHIVED))

    def edit_tags(self) -> None:
        article = self.view.article()
        if article is None:
            return
        current = self._library.get(article.id)
        dialog = TagEditorDialog(current.title, current.tags, self._library.all_tags(), self)
        if dialog.exec():
            self._write(lambda: self._library.set_tags(article.id, dialog.tags()))

    def manage_tags(self) -> None:
        ManageTagsDialog(self._library, self).exec()

    def toggle_panel(self) -> None:
        self.annotations_panel.setVisible(self.panel_action.isChecked())

    def edit_color_names(self) -> None:
        if ColorNamesDialog(self).exec():
            self.annotating.reload()

    def show_all_highlights(self) -> None:
        dialog = AllHighlightsDialog(self._annotation_service, self._library.all_tags(), self)
        dialog.open_requested.connect(self.open_highlight)
        dialog.show()
        self._all_highlights = dialog

    def show_article(self, article_id: int) -> None:
        """Show an article, selected in the list if the list holds it."""
        if not self.select_article(article_id):
            self.open_article(article_id)

    def open_paths(self, paths: list[Path]) -> None:
        """Posts given from outside (`reader FILE…`, a second launch): come to the front,
        import them, and show the first."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.raise_()
        self.activateWindow()
        if not paths:
            return
        if self._read_only:
            self.statusBar().showMessage(
                tr("Read-only library: the files given to Reader were not imported.")
            )
            return
        self.opened_files.open(paths)

    def open_highlight(self, annotation: Annotation) -> None:
        self.show_article(annotation.article_id)
        if annotation.anchor_state != "orphan":
            self.view.scroll_to_offset(annotation.start)

    # -- import --------------------------------------------------------------------------
    def on_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Import a folder of posts"))
        if folder:
            self.imports.start([Path(folder)])

    def on_import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, tr("Import posts"), "", tr("Posts") + " (*.md *.markdown *.html *.htm *.txt)"
        )
        if files:
            self.imports.start([Path(f) for f in files])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.imports.start(paths)

    # -- slots ---------------------------------------------------------------------------
    def on_sidebar_query_chosen(self, query: ArticleQuery) -> None:
        current = self.model.query()
        self.model.set_query(
            ArticleQuery(category=query.category, author=query.author, tag=query.tag,
                         read_state=query.read_state, sort=current.sort,
                         descending=current.descending)
        )  # fmt: skip
        self._update_count()

    def on_table_selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.pane.clear_search_hits()
            self.open_article(int(indexes[0].data(ID_ROLE)))

    def on_table_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        article_id = int(index.data(ID_ROLE))
        menu = QMenu(self)
        for label, state in (
            (tr("Mark as Read"), ReadState.READ),
            (tr("Mark as Unread"), ReadState.UNREAD),
            (tr("Archive"), ReadState.ARCHIVED),
        ):
            action = menu.addAction(label)
            action.setData(state.value)
        chosen = menu.exec(self.table.viewport().mapToGlobal(pos))
        if chosen is not None:
            state = ReadState(chosen.data())
            self._write(lambda: self._library.set_read_state(article_id, state))

    def on_search_result_opened(self, hit: SearchHit, _query: str) -> None:
        self.open_article(hit.article_id)
        self.pane.show_search_hits(hit.hits)

    def on_view_position_changed(self, offset: int, progress: float) -> None:
        article_id = self._current_id()
        self.position_label.setText(f"{round(progress * 100)}%" if article_id else "")
        if article_id is not None:
            self._write(lambda: self._library.save_position(article_id, offset, progress))

    def on_view_finished_reading(self, article_id: int) -> None:
        article = self.view.article()
        if article is not None and article.read_state is ReadState.UNREAD:
            self._write(lambda: self._library.set_read_state(article_id, ReadState.READ))

    def on_external_change_timer_timeout(self) -> None:
        try:
            self._library.poll_external_changes()
        except ReaderError as exc:
            self.statusBar().showMessage(str(exc), 5000)

    def on_library_changed(self, changes: Changes) -> None:
        shown = {s.id for i in range(self.model.rowCount()) if (s := self.model.summary(i))}
        current = self._current_id()
        if changes.external and current is not None:
            shown_article = self.view.article()
            try:
                fresh = self._library.get(current)
            except ReaderError:
                fresh = None
            if fresh is not None and (
                shown_article is None or fresh.revision != shown_article.revision
            ):
                changes = Changes(articles=frozenset({current}), tags=True, external=True)
            else:
                changes = Changes(annotations=frozenset({current}), external=True)
        if changes.articles - shown or changes.removed_articles or changes.external:
            selected = self._current_id()
            self.model.reload()
            if selected is not None:
                row = self.model.row_of(selected)
                if row >= 0:
                    self.table.selectionModel().blockSignals(True)
                    self.table.selectRow(row)
                    self.table.selectionModel().blockSignals(False)
        else:
            self.model.refresh_articles(changes.articles)
        current = self._current_id()
        if current is not None and current in changes.annotations:
            self.annotating.reload()
        if current is not None and current in changes.articles and changes.tags:
            self._reload_current_article()
        self.sidebar.reload()
        self._update_count()
        if self.search_panel.query():
            self.search_panel.refresh()

    def on_index_status(self, status: IndexStatus) -> None:
        if status.state == "indexing":
            self.index_label.setText(
                tr("Indexing {done} of {total}…").format(done=status.done, total=status.total)
            )
        elif status.state == "failed":
            self.index_label.setText(tr("Search index unavailable; searching by scanning"))
        else:
            self.index_label.clear()

    def eventFilter(self, watched: QObject, event: object) -> bool:
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent

        if (
            watched is self.search_panel.field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() == Qt.Key.Key_Escape:
                self.search_panel.clear()
                self.table.setFocus()
                return True
            if event.key() == Qt.Key.Key_Down:
                self.search_panel.results.setFocus()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    # -- state ---------------------------------------------------------------------------
    def _update_count(self) -> None:
        n = self.model.total()
        self.count_label.setText(tr("%n article(s)", None, n))

    def _restore_state(self) -> None:
        state = QSettings()
        geometry = state.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = state.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        last = settings.LAST_ARTICLE.get()
        if last and settings.RESTORING_ARTICLE.get() == last:
            # The last start ended while this article was reopening: don't try again, or
            # an article that crashes Reader would crash every start.
            settings.RESTORING_ARTICLE.set(0)
            # Shown once the window is: a message shown before would sit over the count.
            QTimer.singleShot(0, self, self._say_restore_skipped)
            return
        if last:
            settings.RESTORING_ARTICLE.set(last)
            QSettings().sync()  # on disk before the attempt: a crash flushes nothing
            timer = QTimer(self, singleShot=True, interval=RESTORE_GRACE_MS)
            timer.timeout.connect(self._restored)
            timer.start()
        if not (last and self.select_article(last)) and self.model.rowCount():
            self.table.selectRow(0)

    def _say_restore_skipped(self) -> None:
        self.statusBar().showMessage(
            tr(
                "Reader closed unexpectedly while reopening the last article, "
                "so it was not opened this time."
            )
        )

    def _restored(self) -> None:
        settings.RESTORING_ARTICLE.set(0)

    def closeEvent(self, event: QCloseEvent) -> None:
        state = QSettings()
        state.setValue("window/geometry", self.saveGeometry())
        state.setValue("window/splitter", self.splitter.saveState())
        settings.RESTORING_ARTICLE.set(0)
        self.search_panel.shutdown()
        super().closeEvent(event)


__all__ = ["MainWindow"]
