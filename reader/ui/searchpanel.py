"""The search panel: a query field with results as you type, computed off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reader.core.records import SearchHit, SearchResults
from reader.services.library import LibraryService
from reader.services.search import SearchService
from reader.ui.i18n import tr
from reader.ui.richdelegate import RichTextDelegate
from reader.ui.searchmodel import HIT_ROLE, SearchResultsModel
from reader.ui.themes import Theme, resolve_theme

DEBOUNCE_MS = 180


class _SearchWorker(QObject):
    """Lives on its own thread; runs one search at a time, newest request wins."""

    finished = Signal(int, object, object)  # sequence, SearchResults, meta by id

    def __init__(self, search: SearchService, library: LibraryService) -> None:
        super().__init__()
        self._search = search
        self._library = library

    @Slot(int, str)
    def run(self, sequence: int, text: str) -> None:
        try:
            results = self._search.search(text, limit=50)
        except Exception as exc:  # shown under the field; the window goes on
            results = SearchResults(
                query=text, notice=tr("search failed: {reason}").format(reason=exc)
            )
        meta: dict[int, str] = {}
        ids = [h.article_id for h in results.hits]
        if ids:
            from reader.core.records import ArticleQuery

            for a in self._library.list_articles(ArticleQuery(ids=ids)):
                parts = [a.author or "", a.date.strftime("%Y-%m-%d") if a.date else ""]
                meta[a.id] = " · ".join(p for p in parts if p)
        self.finished.emit(sequence, results, meta)


class SearchPanel(QWidget):
    """Emits `result_opened(hit, query)` when the user opens a result."""

    result_opened = Signal(object, str)
    requested = Signal(int, str)
    closed = Signal()

    def __init__(
        self,
        search: SearchService,
        library: LibraryService,
        library_view: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._theme: Theme = resolve_theme("system")  # the window's, from set_theme()
        self._sequence = 0
        self.field = QLineEdit()
        self.field.setPlaceholderText(tr("Search the library   ( / or Ctrl+K )"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(tr("Search the library"))
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.model = SearchResultsModel()
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setAccessibleName(tr("Search results"))
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        self.stack = QStackedWidget()
        self.stack.addWidget(library_view)
        self.stack.addWidget(self.results)
        layout.addWidget(self.stack, 1)
        self.status.hide()

        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_search)
        self.field.textChanged.connect(self.on_field_text_changed)
        self.field.returnPressed.connect(self.on_field_return_pressed)
        self.results.activated.connect(self.on_results_activated)
        self.results.clicked.connect(self.on_results_activated)

        self._thread = QThread(self)
        self._worker = _SearchWorker(search, library)
        self._worker.moveToThread(self._thread)
        self.requested.connect(self._worker.run)
        self._worker.finished.connect(self.on_worker_finished)
        self._thread.start()

    def shutdown(self) -> None:
        self._thread.quit()
        self._thread.wait(5000)

    def showing_results(self) -> bool:
        return self.stack.currentIndex() == 1

    def clear(self) -> None:
        self.field.clear()

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def query(self) -> str:
        return self.field.text().strip()

    def refresh(self) -> None:
        if self.query():
            self._start_search()

    # -- slots ---------------------------------------------------------------------------
    def on_field_text_changed(self, text: str) -> None:
        if not text.strip():
            self._timer.stop()
            self._sequence += 1
            self.model.clear()
            self.status.clear()
            self.status.hide()
            self.stack.setCurrentIndex(0)
            self.closed.emit()
            return
        self._timer.start()

    def on_field_return_pressed(self) -> None:
        if self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0))
            self.on_results_activated(self.model.index(0))

    def _start_search(self) -> None:
        self._sequence += 1
        self.status.setText(tr("Searching…"))
        self.status.show()
        self.stack.setCurrentIndex(1)
        self.requested.emit(self._sequence, self.query())

    def on_worker_finished(self, sequence: int, results: SearchResults, meta: object) -> None:
        if sequence != self._sequence:
            return  # an older query: the user has typed since
        assert isinstance(meta, dict)
        self.model.set_results(results, meta, self._theme)
        found = tr("%n result(s)", None, results.total)
        parts = [found, tr("{ms} ms").format(ms=f"{results.elapsed_ms:.0f}")]
        if results.partial:
            parts.append(tr("index still building; some articles were scanned"))
        text = " · ".join(parts)
        if results.notice:
            text += "\n" + tr("Note: {notice}").format(notice=results.notice)
        self.status.setText(text)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.model.restyle(theme)

    def on_results_activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.result_opened.emit(hit, self.query())
