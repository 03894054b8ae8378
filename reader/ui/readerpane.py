"""ReaderPane: the reading view with its find bar, progress line, and hit navigation."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from reader.core.records import Article
from reader.ui.articleview import ArticleView
from reader.ui.findbar import FindBar
from reader.ui.themes import Theme


def _format(color: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(color))
    return fmt


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Case-insensitive occurrences of `needle` in `text` (offsets into `text`)."""
    if not needle:
        return []
    folded, key = text.casefold(), needle.casefold()
    if len(folded) != len(text):  # casefold changed lengths (ß…): fall back to exact case
        folded, key = text, needle
    spans, start = [], folded.find(key)
    while start >= 0:
        spans.append((start, start + len(key)))
        start = folded.find(key, start + len(key))
    return spans


class ReaderPane(QWidget):
    """The reading view with its find bar, search hits and trash banner."""

    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.findbar = FindBar()
        self.progress = QProgressBar()
        self.progress.setObjectName("readingProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.progress)
        layout.addWidget(view, 1)
        layout.addWidget(self.findbar)
        self._search_hits: list[tuple[int, int]] = []
        self._find_hits: list[tuple[int, int]] = []
        self._current = -1
        self.findbar.changed.connect(self.on_findbar_changed)
        self.findbar.next_requested.connect(self.next_hit)
        self.findbar.previous_requested.connect(self.previous_hit)
        self.findbar.closed.connect(self.on_findbar_closed)
        # Layout changes the range many times while a document opens: update once per turn
        # of the event loop, not on every change.
        self._progress_timer = QTimer(self, singleShot=True, interval=0)
        self._progress_timer.timeout.connect(self._update_progress)
        view.verticalScrollBar().valueChanged.connect(lambda _v: self._progress_timer.start())
        view.verticalScrollBar().rangeChanged.connect(lambda _a, _b: self._progress_timer.start())

    def _update_progress(self) -> None:
        value = int(self.view.progress() * 1000)
        if value != self.progress.value():
            self.progress.setValue(value)

    def add_banner(self, banner: QWidget) -> None:
        """A bar above the text (the trash's), shown and hidden by its owner."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, banner)

    def set_article(self, article: Article | None) -> None:
        """Show `article`, its hits cleared."""
        self._search_hits, self._find_hits, self._current = [], [], -1
        self.view.set_article(article)
        if self.findbar.isVisible():
            self.on_findbar_changed(self.findbar.field.text())

    # -- search hits ---------------------------------------------------------------------
    def show_search_hits(self, hits: list[tuple[int, int]]) -> None:
        """Mark every hit and scroll to the first."""
        self._search_hits = sorted(hits)
        theme = self.view.theme()
        self.view.set_marks("search", [(s, e, _format(theme.hit)) for s, e in self._search_hits])
        self._current = -1
        if self._search_hits:
            self.next_hit()

    def clear_search_hits(self) -> None:
        """Remove the marks of the search hits."""
        self._search_hits = []
        self.view.clear_marks("search")

    def hits(self) -> list[tuple[int, int]]:
        """The hits stepped through: the find bar's if open, else the search's."""
        return self._find_hits if self.findbar.isVisible() else self._search_hits

    def current_hit(self) -> int:
        """The index of the current hit, -1 if none."""
        return self._current

    def next_hit(self) -> None:
        """Go to the next hit."""
        self._step(1)

    def previous_hit(self) -> None:
        """Go to the previous hit."""
        self._step(-1)

    def _step(self, delta: int) -> None:
        hits = self.hits()
        if not hits:
            return
        self._current = (self._current + delta) % len(hits)
        self.view.select_span(*hits[self._current])
        if self.findbar.isVisible():
            self.findbar.show_count(self._current + 1, len(hits))

    # -- find ----------------------------------------------------------------------------
    def open_find(self) -> None:
        """Open the find bar."""
        self.findbar.open_bar()

    def on_findbar_changed(self, text: str) -> None:
        """Find `text` in the article, and mark every match."""
        article = self.view.article()
        self._find_hits = find_all(article.reading_text, text) if article else []
        theme = self.view.theme()
        self.view.set_marks("find", [(s, e, _format(theme.hit)) for s, e in self._find_hits])
        self._current = -1
        if self._find_hits:
            self._step(1)
        else:
            self.findbar.show_count(0, 0)

    def on_findbar_closed(self) -> None:
        """Remove the find bar's marks, and give the view the focus."""
        self._find_hits = []
        self.view.clear_marks("find")
        self.view.setFocus()

    def apply_theme(self, theme: Theme) -> None:
        """Draw the view and its marks in `theme`."""
        self.view.apply_theme(theme)
        if self._search_hits:
            self.view.set_marks(
                "search", [(s, e, _format(theme.hit)) for s, e in self._search_hits]
            )
        if self._find_hits:
            self.view.set_marks("find", [(s, e, _format(theme.hit)) for s, e in self._find_hits])
