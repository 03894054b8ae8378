"""The search panel: a query field with results as you type, computed off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QToolButton,
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
PAGE = 50  # results asked for at a time; the next page comes as the list nears its end


class _SearchWorker(QObject):
    """Lives on its own thread; runs one search at a time, newest request wins.

    After the first page of a query with more results, it counts them all, giving up as soon as
    a newer query is asked for (`latest`, set from the UI thread).
    """

    finished = Signal(int, object, object)  # sequence, SearchResults, meta by id
    page_finished = Signal(int, object, object)  # a later page of the same query
    counted = Signal(int, int)  # sequence, how many match in all

    def __init__(self, search: SearchService, library: LibraryService) -> None:
        super().__init__()
        self._search = search
        self._library = library
        self.latest = 0

    @Slot(int, str)
    def run(self, sequence: int, text: str) -> None:
        results = self._page(text, 0)
        self.finished.emit(sequence, results, self._meta(results))
        if results.more and sequence == self.latest:
            total = self._search.count(text, stop=lambda: sequence != self.latest)
            if total is not None:
                self.counted.emit(sequence, total)

    @Slot(int, str, int)
    def run_page(self, sequence: int, text: str, skip: int) -> None:
        if sequence == self.latest:
            results = self._page(text, skip)
            self.page_finished.emit(sequence, results, self._meta(results))

    def _page(self, text: str, skip: int) -> SearchResults:
        try:
            return self._search.search(text, limit=PAGE, skip=skip)
        except Exception as exc:  # shown under the field; the window goes on
            return SearchResults(
                query=text, notice=tr("search failed: {reason}").format(reason=exc)
            )

    def _meta(self, results: SearchResults) -> dict[int, str]:
        meta: dict[int, str] = {}
        ids = [h.article_id for h in results.hits]
        if ids:
            from reader.core.records import ArticleQuery

            for a in self._library.list_articles(ArticleQuery(ids=ids)):
                parts = [a.author or "", a.date.strftime("%Y-%m-%d") if a.date else ""]
                meta[a.id] = " · ".join(p for p in parts if p)
        return meta


class SearchPanel(QWidget):
    """Emits `result_opened(hit, query)` when the user opens a result."""

    result_opened = Signal(object, str)
    requested = Signal(int, str)
    page_requested = Signal(int, str, int)
    closed = Signal()
    scope_removed = Signal()

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
        # The sidebar entry a search is narrowed to, as a chip that removes it.
        self.scope = QToolButton()
        self.scope.setObjectName("searchScope")
        self.scope.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.scope.clicked.connect(self.on_scope_clicked)
        self.scope.hide()
        self._scope_filter: str | None = None
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
        layout.addWidget(self.scope, 0, Qt.AlignmentFlag.AlignLeft)
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
        self.page_requested.connect(self._worker.run_page)
        self._worker.finished.connect(self.on_worker_finished)
        self._worker.page_finished.connect(self.on_worker_page_finished)
        self._worker.counted.connect(self.on_worker_counted)
        self.results.verticalScrollBar().valueChanged.connect(self.on_results_scrolled)
        self.results.verticalScrollBar().rangeChanged.connect(
            lambda _low, _high: self.on_results_scrolled()
        )
        self._home = 0  # the page shown without a query
        self._more = False  # the query has results beyond those in the list
        self._loading = False  # a later page is on its way
        self._count: int | None = None  # all the matches, once known
        self._summary = ""  # what the status says besides the count
        self._thread.start()

    def shutdown(self) -> None:
        """Stop the search thread (the window closes)."""
        self._thread.quit()
        self._thread.wait(5000)

    def showing_results(self) -> bool:
        """Whether the panel shows results (not the library list)."""
        return self.stack.currentIndex() == 1

    def add_page(self, page: QWidget) -> int:
        """Another view for the column (All Highlights), shown by set_home()."""
        return self.stack.addWidget(page)

    def set_home(self, index: int) -> None:
        """What the column shows without a query: the library list (0) or another page."""
        self._home = index
        # Another page (All Highlights) has its own search: the library's field would be a
        # second one over it, searching something else.
        self.field.setVisible(index == 0)
        if index != 0:
            self.clear()
        self.stack.setCurrentIndex(index if index != 0 or not self.query() else 1)

    def clear(self) -> None:
        """Empty the search field."""
        self.field.clear()

    def focus_field(self) -> None:
        """Focus the search field, its text selected."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def query(self) -> str:
        """The query typed."""
        return self.field.text().strip()

    def searched(self) -> str:
        """What is searched: the query, narrowed to the sidebar's entry if one is chosen."""
        return f"{self.query()} {self._scope_filter}" if self._scope_filter else self.query()

    def set_scope(self, label: str, search_filter: str | None) -> None:
        """Narrow searches to a sidebar entry (None: the whole library)."""
        if search_filter == self._scope_filter:
            return
        self._scope_filter = search_filter
        self.scope.setText(tr("{name}  ✕").format(name=label))
        self.scope.setToolTip(tr("Searching in {name} only; click to search everything")
                              .format(name=label))  # fmt: skip
        self.scope.setAccessibleName(tr("Remove the filter {name}").format(name=label))
        self._show_scope()
        self.refresh()

    def _show_scope(self) -> None:
        self.scope.setVisible(bool(self._scope_filter) and self.showing_results())

    def on_scope_clicked(self) -> None:
        """Search the whole library again, not only the sidebar's view."""
        self.set_scope("", None)
        self.scope_removed.emit()

    def refresh(self) -> None:
        """Search again for the query typed (the library changed)."""
        if self.query():
            self._start_search()

    # -- slots ---------------------------------------------------------------------------
    def on_field_text_changed(self, text: str) -> None:
        """Search as the reader types, after a short pause."""
        if not text.strip():
            self._timer.stop()
            self._next_sequence()
            self.model.clear()
            self.status.clear()
            self.status.hide()
            self.stack.setCurrentIndex(self._home)
            self._show_scope()
            self.closed.emit()
            return
        self._timer.start()

    def on_field_return_pressed(self) -> None:
        """Open the first result."""
        if self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0))
            self.on_results_activated(self.model.index(0))

    def _next_sequence(self) -> None:
        self._sequence += 1
        self._worker.latest = self._sequence  # a count under way for an older query stops
        self._more, self._loading, self._count = False, False, None

    def _start_search(self) -> None:
        self._next_sequence()
        self.status.setText(tr("Searching…"))
        self.status.show()
        self.stack.setCurrentIndex(1)
        self._show_scope()
        self.requested.emit(self._sequence, self.searched())

    def on_worker_finished(self, sequence: int, results: SearchResults, meta: object) -> None:
        """Show the results of the latest query (older ones are dropped)."""
        if sequence != self._sequence:
            return  # an older query: the user has typed since
        assert isinstance(meta, dict)
        self.model.set_results(results, meta, self._theme)
        self._more = results.more
        self._count = None if results.more else results.total
        parts = [tr("{ms} ms").format(ms=f"{results.elapsed_ms:.0f}")]
        if results.partial:
            parts.append(tr("index still building; some articles were scanned"))
        self._summary = " · ".join(parts)
        if results.notice:
            self._summary += "\n" + tr("Note: {notice}").format(notice=results.notice)
        self._show_status()
        self.on_results_scrolled()  # a list shorter than the panel asks for more at once

    def on_worker_page_finished(self, sequence: int, results: SearchResults, meta: object) -> None:
        """Add a further page of results of the latest query."""
        if sequence != self._sequence:
            return
        assert isinstance(meta, dict)
        self._loading = False
        self.model.append_results(results.hits, meta, self._theme)
        self._more = results.more
        if not results.more:
            self._count = self.model.rowCount()
        self._show_status()
        # A page of a text-checked query may bring few rows (its search read a bounded
        # number of candidates): while the end of the list is in view, ask for the next.
        self.on_results_scrolled()

    def on_worker_counted(self, sequence: int, total: int) -> None:
        """Show how many results the latest query has in all."""
        if sequence == self._sequence:
            self._count = total
            self._show_status()

    def _show_status(self) -> None:
        if self._count is not None:
            found = tr("%n result(s)", None, self._count)
        else:  # the first pages are in; the rest are being counted
            found = tr("%n+ results, counting…", None, self.model.rowCount())
        self.status.setText(found + " · " + self._summary)

    def on_results_scrolled(self, _value: int = 0) -> None:
        """Near the end of the list, the next page of results is asked for."""
        bar = self.results.verticalScrollBar()
        near_end = bar.value() >= bar.maximum() - self.results.viewport().height()
        if self._more and not self._loading and near_end and self.showing_results():
            self._loading = True
            self.page_requested.emit(self._sequence, self.searched(), self.model.rowCount())

    def set_theme(self, theme: Theme) -> None:
        """Draw the results in `theme`."""
        self._theme = theme
        self.model.restyle(theme)

    def on_results_activated(self, index: QModelIndex) -> None:
        """Open the activated result."""
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.result_opened.emit(hit, self.query())
