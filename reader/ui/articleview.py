"""ArticleView: the reading view, with a centered measure, themes, marks and positions."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextBrowser, QWidget
from typing_extensions import override

from reader.core.records import Article
from reader.core.textmap import TextMap, build_map
from reader.ui.articlehtml import (
    PLACEHOLDER_SCHEME,
    RenderedArticle,
    render_article,
    style_sheet,
)
from reader.ui.i18n import tr
from reader.ui.images import fit_width, placeholder_image, resolve_image
from reader.ui.marks import MarkLayers
from reader.ui.readingstyle import ReadingStyle
from reader.ui.themes import THEMES, Theme
from reader.ui.wideblocks import WideBlocks, fit_table_columns


class ArticleView(QTextBrowser):
    """Shows one article; offsets in and out are reading-text offsets, never document ones."""

    position_changed = Signal(int, float)  # reading offset at the top, progress 0..1
    finished_reading = Signal(int)  # article id, when the end is reached
    link_blocked = Signal(str)
    offset_clicked = Signal(int)  # a click (not a selection) at a reading offset
    # A mouse selection was made: its bounds (first line's top to last line's foot, at the
    # x where it ended), in viewport coordinates.
    selection_made = Signal(QRect)
    context_menu_requested = Signal(QPoint, int)

    def __init__(self, parent: QWidget | None = None, media_dir: Path | None = None) -> None:
        super().__init__(parent)
        self._article: Article | None = None
        self._rendered = RenderedArticle(html="")
        self._map: TextMap | None = None
        self._theme: Theme = THEMES["light"]
        self._style = ReadingStyle()
        self._media_dir = media_dir
        self._marks = MarkLayers(self, self.text_map)
        self._finished_sent = False
        self._jumped = False
        self.setAccessibleName(tr("Article text"))
        self.setTabChangesFocus(True)  # Tab moves on to the next pane; no trap
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        # Text and images fit the column; wide tables and code scroll in their own boxes
        # (wideblocks.py), never the page.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalScrollBar().valueChanged.connect(self._keep_page_unscrolled)
        self._wide = WideBlocks(self)
        self.document().documentLayout().documentSizeChanged.connect(
            lambda _size: self._find_wide_blocks()
        )
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.anchorClicked.connect(self.on_anchor_clicked)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(
            lambda pos: self.context_menu_requested.emit(
                pos, self.reading_offset(self.cursor_at(pos).position())
            )
        )
        self._position_timer = QTimer(self, singleShot=True, interval=400)
        self._position_timer.timeout.connect(self._emit_position)
        # Not connected to start() directly: valueChanged(int) would become the interval.
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._position_timer.start())
        self.apply_theme(self._theme)

    # -- content ------------------------------------------------------------------------
    def article(self) -> Article | None:
        """The article shown, if any."""
        return self._article

    def text_map(self) -> TextMap | None:
        """The map between reading-text offsets and document positions."""
        return self._map

    def set_article(self, article: Article | None) -> None:
        """Show `article` (or nothing), its marks cleared."""
        self._article = article
        self._finished_sent = False
        self._marks.forget()
        self._render()

    def _render(self) -> None:
        doc = self.document()
        if self._article is None:
            doc.clear()
            self._map = None
            return
        self._rendered = render_article(self._article, self._theme, self._style.justify)
        doc.setDefaultStyleSheet(style_sheet(self._theme, self._style))
        font = QFont()
        font.setFamilies(self._style.families())
        font.setPixelSize(self._style.font_px)
        doc.setDefaultFont(font)
        self._wide.clear()
        self.setHtml(self._rendered.html)
        self._apply_measure()
        start = self._body_start()
        self._map = build_map(doc.toRawText(), self._article.reading_text, start)
        self._marks.rebuild()

    def _body_start(self) -> int:
        """The document position where the article body begins, after the header."""
        block = self.document().findBlockByNumber(self._rendered.header_blocks)
        return block.position() if block.isValid() else 0

    @override
    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        url = name if isinstance(name, QUrl) else QUrl(name)
        if kind == int(QTextDocument.ResourceType.ImageResource.value):
            return self._image(url)
        return None  # style sheets, other documents: nothing is loaded, local or remote

    def _image(self, url: QUrl) -> Any:
        width = self._column_width() - 8
        if url.scheme() != PLACEHOLDER_SCHEME:
            return placeholder_image("", width, self._theme, self.devicePixelRatioF())
        key = url.path()
        src = self._rendered.images.get(key, "")
        known = self._article.images if self._article else {}
        image, why = resolve_image(src, known, self._media_dir)
        if image is not None:
            return fit_width(image, width)
        alt = self._rendered.placeholders.get(key, "")
        return placeholder_image(alt, width, self._theme, self.devicePixelRatioF(), why)

    # -- appearance ---------------------------------------------------------------------
    def theme(self) -> Theme:
        """The theme the view is drawn in."""
        return self._theme

    def apply_theme(self, theme: Theme) -> None:
        """Draw the view in `theme`: its palette, style sheet and marks."""
        self._theme = theme
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(theme.background))
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.background))
        palette.setColor(QPalette.ColorRole.Text, QColor(theme.text))
        palette.setColor(QPalette.ColorRole.Highlight, QColor(theme.selection))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor(theme.text))
        palette.setColor(QPalette.ColorRole.Link, QColor(theme.link))
        self.setPalette(palette)
        self.viewport().setPalette(palette)
        self.setStyleSheet(
            f"QTextBrowser {{ background-color: {theme.background}; color: {theme.text};"
            f" border: 0; selection-background-color: {theme.selection};"
            f" selection-color: {theme.text}; }}"
        )
        self._rerender_keeping_position()

    def font_px(self) -> int:
        """The text size, in pixels."""
        return self._style.font_px

    def set_font_px(self, px: int) -> None:
        """Set the text size, in pixels."""
        self.set_style(replace(self._style, font_px=px))

    def reading_style(self) -> ReadingStyle:
        """The reading style: size, family, line height, width, justification."""
        return self._style

    def set_style(self, style: ReadingStyle) -> None:
        """Set the text in another reading style, keeping the same text at the top.

        Set the text in another font, size, line height, measure or alignment, the same text
        kept at the top.
        """
        style = style.bounded()
        if style != self._style:
            self._style = style
            self._rerender_keeping_position()

    def _rerender_keeping_position(self) -> None:
        if self._article is None:
            return
        offset, at_top = self.top_offset(), self.verticalScrollBar().value() == 0
        self._render()
        self._return_to(offset, at_top)

    def _return_to(self, offset: int, at_top: bool) -> None:
        """Back to where the reader was.

        The same text at the top, or the very top (title and cover) if that is where they
        were, which no reading offset can name.
        """
        if at_top:
            self.verticalScrollBar().setValue(0)
        else:
            self.scroll_to_offset(offset, top=True)

    def em(self) -> float:
        """The width of one CJK character in the reading font."""
        return QFontMetricsF(self.document().defaultFont()).horizontalAdvance("中")

    def _column_width(self) -> int:
        return int(min(max(self.viewport().width() - 56, 200), self.em() * self._style.column_em))

    def _apply_measure(self) -> None:
        """Center a comfortable column: side margins grow with the window."""
        width = self.viewport().width()
        column = self._column_width()
        margin = max(28, (width - column) // 2)
        root = self.document().rootFrame()
        fmt: QTextFrameFormat = root.frameFormat()
        if fmt.leftMargin() != margin or fmt.rightMargin() != margin or fmt.topMargin() != 28:
            fmt.setTopMargin(28)
            fmt.setBottomMargin(96)
            fmt.setLeftMargin(margin)
            fmt.setRightMargin(margin)
            root.setFrameFormat(fmt)
        wide = fit_table_columns(self.document(), width - 2 * margin)
        self._find_wide_blocks(wide)

    def _find_wide_blocks(self, wide: set[int] | None = None) -> None:
        margin = self.document().rootFrame().frameFormat().leftMargin()
        self._wide.invalidate(margin, self.viewport().width() - 2 * margin, wide)

    def _keep_page_unscrolled(self, value: int) -> None:
        if value:
            self.horizontalScrollBar().setValue(0)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        offset = self.top_offset() if self._article else 0
        at_top = self.verticalScrollBar().value() == 0
        super().resizeEvent(event)
        if self._article is not None:
            self._apply_measure()
            self._return_to(offset, at_top)

    # -- positions ----------------------------------------------------------------------
    def doc_position(self, offset: int) -> int:
        """The document position of a reading-text offset."""
        return self._map.to_doc(offset) if self._map else 0

    def reading_offset(self, position: int) -> int:
        """The reading-text offset of a document position."""
        return self._map.to_reading(position) if self._map else 0

    def top_offset(self) -> int:
        """The reading offset of the first character visible at the top."""
        cursor = self.cursor_at(QPoint(self.viewport().width() // 2, 4))
        return self.reading_offset(cursor.position())

    def cursor_at(self, point: QPoint) -> QTextCursor:
        """The text cursor at a viewport point, inside a sideways-scrolled box too."""
        return self.cursorForPosition(self._wide.content_point(QPointF(point)).toPoint())

    def global_point_of(self, offset: int) -> QPoint:
        """The screen point at the foot-left of a reading offset's line, as shown."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self.doc_position(offset), self.document().characterCount() - 1))
        rect = self.shown_rect(cursor)
        return self.viewport().mapToGlobal(rect.topLeft().toPoint())

    def shown_rect(self, cursor: QTextCursor) -> QRectF:
        """Where a cursor shows in the viewport, after its box's sideways scroll."""
        rect = QRectF(self.cursorRect(cursor))
        return rect.translated(self._wide.shown_x(cursor.position(), rect.x()) - rect.x(), 0)

    def progress(self) -> float:
        """How far down the article the view is, from 0 to 1."""
        bar = self.verticalScrollBar()
        return 1.0 if bar.maximum() <= 0 else bar.value() / bar.maximum()

    def scroll_to_offset(self, offset: int, top: bool = False) -> None:
        """Scroll so the reading offset shows: at the top, or about a third down."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self.doc_position(offset), self.document().characterCount() - 1))
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        margin = 4 if top else self.viewport().height() // 3
        target = max(bar.minimum(), min(bar.maximum(), bar.value() + rect.top() - margin))
        if target != bar.value():
            # A jump (to a search hit, a highlight, the saved place) is not reading to the end.
            self._jumped = True
            bar.setValue(target)

    def _emit_position(self) -> None:
        if self._article is None:
            return
        progress = self.progress()
        self.position_changed.emit(self.top_offset(), progress)
        jumped, self._jumped = self._jumped, False
        if progress >= 0.98 and not self._finished_sent and not jumped:
            self._finished_sent = True
            self.finished_reading.emit(self._article.id)

    # -- marks (search hits, find matches, highlights: marks.py) -----------------------
    def set_marks(self, layer: str, spans: list[tuple[int, int, QTextCharFormat]]) -> None:
        """Mark reading-text spans [start, end) with a format, in a named layer."""
        self._marks.set(layer, spans)

    def clear_marks(self, layer: str) -> None:
        """Remove the marks of one layer (search hits, find, highlights)."""
        self._marks.clear(layer)

    def select_span(self, start: int, end: int) -> None:
        """Select reading text [start, end) and scroll it into view.

        The current hit of a find or search is shown as the selection, as Firefox shows it.
        """
        if self._map is None:
            return
        cursor = QTextCursor(self.document())
        last = self.document().characterCount() - 1
        cursor.setPosition(min(self._map.to_doc(start), last))
        cursor.setPosition(min(self._map.to_doc_end(end), last), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.scroll_to_offset(start)
        for position in (cursor.selectionEnd(), cursor.selectionStart()):  # the start wins
            edge = QTextCursor(self.document())
            edge.setPosition(position)
            self._wide.reveal(position, self.cursorRect(edge).x())

    def selected_span(self) -> tuple[int, int] | None:
        """The reading-text span of the selection, if any."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self._map is None:
            return None
        start = self._map.to_reading(cursor.selectionStart())
        end = self._map.to_reading(cursor.selectionEnd())
        return (start, end) if end > start else None

    @override
    def event(self, event: QEvent) -> bool:
        # A read-only text view still claims plain letter keys; let the window's
        # single-key shortcuts (h, j, k, n, m, e, t, ?) have them.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.ShiftModifier,
            )
            if (
                plain
                and event.text()
                and event.text().isprintable()
                and event.key() != Qt.Key.Key_Space
            ):
                event.ignore()
                return False
        return super().event(event)

    def _selection_bounds(self) -> QRect:
        selection = self.textCursor()
        first, last = QTextCursor(self.document()), QTextCursor(self.document())
        first.setPosition(selection.selectionStart())
        last.setPosition(selection.selectionEnd())
        top, bottom = self.shown_rect(first), self.shown_rect(last)
        end_x = self.shown_rect(selection).x()
        return QRect(int(end_x), int(top.top()), 1, int(bottom.bottom() - top.top()))

    # -- wide boxes: the text control sees unscrolled positions -------------------------
    def _shifted(self, event: QMouseEvent) -> QMouseEvent:
        point = self._wide.content_point(event.position())
        if point == event.position():
            return event
        return QMouseEvent(
            event.type(), point, event.globalPosition(), event.button(), event.buttons(),
            event.modifiers(),
        )  # fmt: skip

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._wide.blocks:
            painter = QPainter(self.viewport())
            self._wide.paint(
                painter, QRectF(event.rect()), QColor(self._theme.background),
                QColor(self._theme.secondary),
            )  # fmt: skip
            painter.end()

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if not self._wide.wheel(event.position(), delta.x(), delta.y(), shift):
            super().wheelEvent(event)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        ends = {Qt.Key.Key_Home: 0, Qt.Key.Key_End: 1}.get(Qt.Key(event.key()))
        if ends is not None and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # The very top or bottom (the page's foot margin included), as a reader means it:
            # the text cursor's Ctrl+End stopped short, at 96%.
            bar = self.verticalScrollBar()
            bar.setValue(bar.maximum() if ends else 0)
            return
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        block = self._wide.nearest_visible() if step else None
        if block is not None and step and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self._wide.scroll_by(block, step * block.width / 3)
            return
        super().keyPressEvent(event)

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self._wide.press(event.position()):
            super().mousePressEvent(self._shifted(event))

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self._wide.drag(event.position()):
            super().mouseMoveEvent(self._shifted(event))

    @override
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(self._shifted(event))

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._wide.release():
            return
        super().mouseReleaseEvent(self._shifted(event))
        if event.button() == Qt.MouseButton.LeftButton and self.selected_span() is not None:
            self.selection_made.emit(self._selection_bounds())
            return
        point = self._wide.content_point(event.position()).toPoint()
        if (
            event.button() == Qt.MouseButton.LeftButton
            and not self.textCursor().hasSelection()
            and not self.anchorAt(point)
            and self._map is not None
        ):
            position = self.cursorForPosition(point).position()
            self.offset_clicked.emit(self._map.to_reading(position))

    # -- links ---------------------------------------------------------------------------
    def on_anchor_clicked(self, url: QUrl) -> None:
        """Web links open in the system browser; in-page anchors scroll; nothing else runs."""
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
        elif not url.scheme() and url.fragment():
            self.scrollToAnchor(url.fragment())
        else:
            self.link_blocked.emit(url.toString())
