"""MainWindow: sidebar, library list or search results, and the reading pane, in splitters."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QItemSelection,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMainWindow,
    QSplitter,
    QWidget,
)
from typing_extensions import override

from reader.core.errors import ReaderError
from reader.core.records import Annotation, ArticleQuery, ReadState, SearchHit
from reader.services.annotations import AnnotationService
from reader.services.changes import ChangeHub
from reader.services.export import ExportService
from reader.services.imagefetch import ImageFetcher
from reader.services.importer import ImportReport, ImportService
from reader.services.library import LibraryService
from reader.services.search import SearchService
from reader.ui import settings
from reader.ui.allhighlights import AllHighlightsView
from reader.ui.annotating import AnnotationController
from reader.ui.annotationspanel import AnnotationsPanel
from reader.ui.articleactions import ArticleActions
from reader.ui.articleview import ArticleView
from reader.ui.changerunner import ChangeRunner
from reader.ui.highlights import ColorNamesDialog
from reader.ui.i18n import tr
from reader.ui.imagedownload import ImageDownloadFlow, wants_images_after_import
from reader.ui.importflow import ImportFlow
from reader.ui.keyboard import KeyboardNavigation
from reader.ui.librarymodel import ID_ROLE, LibraryModel
from reader.ui.librarysync import LibrarySync
from reader.ui.librarytable import LibraryList
from reader.ui.openfiles import OpenFiles
from reader.ui.panes import DEFAULT_WIDTHS, PaneLayout
from reader.ui.readerpane import ReaderPane
from reader.ui.readingstyle import DEFAULT_FONT, ReadingStyle, save_style, saved_style
from reader.ui.searchpanel import SearchPanel
from reader.ui.settingsdialog import SettingsDialog
from reader.ui.shortcuts import ShortcutsDialog
from reader.ui.sidebar import Sidebar, search_filter
from reader.ui.themes import resolve_theme
from reader.ui.trash import TrashActions
from reader.ui.windowmenus import build_menus
from reader.ui.windowstate import WindowState
from reader.ui.windowtheme import apply_window_theme


def first_window_size() -> QSize:
    """1360×860, or less where the screen's free area (at its scale factor) is smaller."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(1360, 860)
    free = screen.availableGeometry()
    return QSize(min(1360, int(free.width() * 0.94)), min(860, int(free.height() * 0.92)))


class MainWindow(QMainWindow):
    """Reader's window: the library list, the reading view, search and highlights."""

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
        session_theme: str | None = None,
        export: ExportService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        settings.upgrade()  # settings written by an older Reader, read as this one means them
        self._library = library
        self.library_service = library
        self.changes = ChangeRunner(self._say, self)
        self._search = search
        self.setWindowTitle(tr("Reader"))
        self.resize(first_window_size())
        self.setAcceptDrops(True)

        self.sidebar = Sidebar(library)
        self.changes.run(library.sidebar_counts, self.sidebar.show_counts)
        self.model = LibraryModel(library)
        self.library_list = LibraryList(self.model)
        self.library_list.set_media_dir(media_dir)
        self.table = self.library_list.table
        self.view = ArticleView(media_dir=media_dir)
        self.view.set_style(saved_style())
        self.pane = ReaderPane(self.view)
        self.annotations_panel = AnnotationsPanel()
        self.annotating = AnnotationController(
            self.view, self.annotations_panel, annotations, library, self, changes=self.changes
        )
        self._annotation_service = annotations
        self.search_panel = SearchPanel(search, library, self.library_list)
        self.all_highlights = AllHighlightsView(annotations, export, library.all_tags)
        self._highlights_page = self.search_panel.add_page(self.all_highlights)
        self.imports = ImportFlow(importer, self)
        self.articles = ArticleActions(self)
        self.trash = TrashActions(self)
        self.state = WindowState(self)
        self.pane.add_banner(self.trash.banner)
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
        self.splitter.setSizes([DEFAULT_WIDTHS["sidebar"], DEFAULT_WIDTHS["list"], 900])
        self.setCentralWidget(self.splitter)
        self.panes = PaneLayout(
            self,
            {"sidebar": self.sidebar, "list": self.search_panel, "panel": self.annotations_panel},
            self.view,
            (self.splitter, self.reading_splitter),
            chrome=lambda: [self.menuBar(), self.statusBar()],
            em=self.view.em,
        )
        self.count_label = QLabel()
        self.index_label = QLabel()
        self.position_label = QLabel()
        self.statusBar().addWidget(self.count_label)
        # A message takes the count's place. Qt hides the count for it, but not for good: a
        # later layout of the window showed it again, drawn under the message.
        self.statusBar().messageChanged.connect(
            lambda message: self.count_label.setVisible(not message)
        )
        if read_only:
            notice = QLabel(tr("Read-only library: you can read and search, not change it"))
            notice.setToolTip(tr("Reader cannot write to this library's folder or database."))
            self.statusBar().addPermanentWidget(notice)
        self.statusBar().addPermanentWidget(self.index_label)
        self.statusBar().addPermanentWidget(self.position_label)

        self.sync = LibrarySync(self, hub, search)

        self.sidebar.query_chosen.connect(self.on_sidebar_query_chosen)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.table.customContextMenuRequested.connect(self.articles.context_menu)
        self.view.position_changed.connect(self.on_view_position_changed)
        self.view.finished_reading.connect(self.on_view_finished_reading)
        self.search_panel.result_opened.connect(self.on_search_result_opened)
        self.search_panel.closed.connect(self.pane.clear_search_hits)
        self.search_panel.scope_removed.connect(lambda: self.sidebar.select_key(("all", "")))
        self.all_highlights.open_requested.connect(self.open_highlight)
        self.all_highlights.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        # A new query's marks replace the old one's, which go as soon as it is changed.
        self.search_panel.field.textChanged.connect(lambda _text: self.pane.clear_search_hits())
        self.keyboard = KeyboardNavigation(self)
        self.actions_by_name, self.theme_actions = build_menus(self)
        self.panes.changed.connect(self._sync_pane_actions)
        # `reader --theme`: this session only; choosing one from the menu saves it again.
        self._session_theme = session_theme
        self.apply_theme(session_theme or settings.THEME.get(), save=False)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.on_color_scheme_changed)
        self.model.reload()
        self.update_count()
        self.state.restore()

    # -- appearance ----------------------------------------------------------------------
    def apply_theme(self, name: str, save: bool = True) -> None:
        """Colour the whole window (lists, menus, panels, the text) in a theme."""
        if save:
            settings.THEME.set(name)
            self._session_theme = None
        theme = resolve_theme(name)
        self.theme_actions[name if name in self.theme_actions else "system"].setChecked(True)
        apply_window_theme(theme)
        self.search_panel.set_theme(theme)
        self.pane.apply_theme(theme)
        self.pane.progress.setStyleSheet(
            f"QProgressBar {{ background: {theme.background}; border: 0; }}"
            f"QProgressBar::chunk {{ background: {theme.link}; }}"
        )

    def on_color_scheme_changed(self, _scheme: object) -> None:
        """Follow the desktop's light or dark scheme, if the theme is the system's."""
        if self._session_theme is None and settings.THEME.get() == "system":
            self.apply_theme("system", save=False)

    def theme_name(self) -> str:
        """The theme chosen: system, light, sepia or dark (this session's, if given)."""
        return self._session_theme or settings.THEME.get()

    def set_reading_style(self, style: ReadingStyle) -> None:
        """Read in `style`, and keep it."""
        self.view.set_style(style)
        save_style(self.view.reading_style())
        self.panes.relayout()

    def show_settings(self) -> None:
        """Open the settings dialog."""
        SettingsDialog(self).exec()

    def change_font(self, step: int) -> None:
        """Make the text `step` pixels larger (smaller if negative; the default if 0)."""
        px = DEFAULT_FONT if step == 0 else self.view.font_px() + step
        self.view.set_font_px(px)
        save_style(self.view.reading_style())
        self.panes.relayout()

    def page(self, direction: int) -> None:
        """Scroll the article a screen down (`direction` 1) or up (-1)."""
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + direction * int(self.view.viewport().height() * 0.9))

    def show_shortcuts(self) -> None:
        """Open the list of keyboard shortcuts."""
        ShortcutsDialog(self).exec()

    # -- articles ------------------------------------------------------------------------
    def open_article(self, article_id: int) -> None:
        """Show the article, where the reader left it, or say why it cannot be."""
        try:
            article = self._library.get(article_id)
        except ReaderError as exc:
            self.statusBar().showMessage(str(exc), 5000)
            return
        self.pane.set_article(article)
        self.trash.banner.show_for(article)
        self.annotating.reload()
        if article.reading_offset:
            self.view.scroll_to_offset(article.reading_offset, top=True)
        self.state.library.last_article.set(article_id)
        self.setWindowTitle(tr("{title} — Reader").format(title=article.title))

    def select_article(self, article_id: int) -> bool:
        """Select the article's row in the list, loading rows to it; whether it was found."""
        row = self.model.load_through(article_id)
        if row >= 0:
            self.table.choose_row(row)
            return True
        return False

    def step_article(self, delta: int) -> None:
        """Open the next (`delta` 1) or previous (-1) article of the list or results."""
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
        if view is self.search_panel.results:
            view.setCurrentIndex(index)
            self.search_panel.on_results_activated(index)
        else:
            self.table.choose_row(row)

    def current_id(self) -> int | None:
        """The id of the article shown, if any."""
        article = self.view.article()
        return article.id if article else None

    def _say(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def show_nothing(self) -> None:
        """An empty page, when the list it was chosen from has emptied."""
        self.pane.set_article(None)
        self.trash.banner.show_for(None)
        self.annotating.reload()

    def reload_current_article(self) -> None:
        """Show the open article anew (its text, images or tags changed), where it was."""
        current = self.current_id()
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
        """Show the open article again, with the images just stored."""
        self.reload_current_article()

    def download_article_images(self) -> None:
        """Download the open article's remote images."""
        article_id = self.current_id()
        if article_id is not None and self.downloads is not None:
            self.downloads.start([article_id])

    def _sync_pane_actions(self) -> None:
        for name in ("sidebar", "list", "panel", "focus"):
            action = self.actions_by_name[name]
            action.setChecked(self.panes.focus_mode if name == "focus" else self.panes.shown(name))

    def focus_search(self) -> None:
        """The search field, with the list it lives in shown if it was folded away."""
        self.panes.reveal("list")
        if self.all_highlights.isVisible():  # All Highlights has its own search field
            self.all_highlights.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.all_highlights.search.selectAll()
            return
        self.search_panel.focus_field()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.panes.relayout()

    def edit_color_names(self) -> None:
        """Open the dialog that names the highlight colours."""
        if ColorNamesDialog(self).exec():
            self.annotating.reload()

    def show_all_highlights(self) -> None:
        """All Highlights, in the list's column (the sidebar's entry chooses it too)."""
        self.panes.reveal("list")
        self.search_panel.clear()
        self.sidebar.select_key(("highlights", ""))
        self.all_highlights.search.setFocus()

    def show_article(self, article_id: int) -> None:
        """Show an article, selected in the list if the list holds it."""
        if not self.select_article(article_id):
            self.open_article(article_id)

    def open_paths(self, paths: list[Path]) -> None:
        """Posts given from outside (`reader FILE…`, a second launch).

        Come to the front, import them, and show the first.
        """
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
        """Open the highlight's article, at the highlight."""
        self.show_article(annotation.article_id)
        if annotation.anchor_state != "orphan":
            self.view.scroll_to_offset(annotation.start)

    # -- import --------------------------------------------------------------------------
    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.imports.start(paths)

    # -- slots ---------------------------------------------------------------------------
    def on_sidebar_query_chosen(self, query: ArticleQuery) -> None:
        """Show what the sidebar's view chosen asks for."""
        key = self.sidebar.current_key()
        if key == ("highlights", ""):
            self.all_highlights.reload_tags()
            self.all_highlights.refresh()
            self.search_panel.set_home(self._highlights_page)
            return
        self.search_panel.set_home(0)
        current = self.model.query()
        self.model.set_query(replace(query, sort=current.sort, descending=current.descending))
        if key is not None:  # a search under way is narrowed to the same articles
            self.search_panel.set_scope(self.sidebar.current_label(), search_filter(key))
        self.update_count()

    def on_table_selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        """Open the article chosen; a row added to a multiple selection opens nothing."""
        rows = self.table.selectionModel().selectedRows()
        current = self.table.currentIndex()
        if len(rows) == 1 and selected.indexes():
            self.pane.clear_search_hits()
            self.open_article(int(rows[0].data(ID_ROLE)))
        elif not rows and current.isValid():
            return

    def selected_ids(self) -> list[int]:
        """The articles selected in the list, in list order.

        By the rows of any selected cell: selectedRows() wants every column, and Ctrl+A
        leaves the hidden ones out.
        """
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        return [int(self.model.index(row, 0).data(ID_ROLE)) for row in rows]

    def on_search_result_opened(self, hit: SearchHit, _query: str) -> None:
        """Open a search result, its hits marked."""
        self.open_article(hit.article_id)
        self.pane.show_search_hits(hit.hits)

    def on_view_position_changed(self, offset: int, progress: float) -> None:
        """Show and keep the reader's place in the article."""
        article_id = self.current_id()
        self.position_label.setText(f"{round(progress * 100)}%" if article_id else "")
        if article_id is not None:
            self.changes.run(lambda: self._library.save_position(article_id, offset, progress))

    def on_view_finished_reading(self, article_id: int) -> None:
        """Mark an unread article read once it has been read to its end."""
        article = self.view.article()
        if article is not None and article.read_state is ReadState.UNREAD:
            self.changes.run(lambda: self._library.set_read_state(article_id, ReadState.READ))

    # -- state ---------------------------------------------------------------------------
    def update_count(self) -> None:
        """Show how many articles the list holds."""
        n = self.model.total()
        self.count_label.setText(tr("%n article(s)", None, n))
        self.library_list.count.setText(self.count_label.text())

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.changes.shutdown()  # the last changes (the reading place) are made first
        self.state.save()
        self.search_panel.shutdown()
        self.model.close()
        super().closeEvent(event)


__all__ = ["MainWindow"]
