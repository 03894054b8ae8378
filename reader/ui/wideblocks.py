"""Wide tables and code blocks that scroll sideways inside their own box.

A QTextDocument has one width: a table or a `white-space: pre` block wider than the column
makes the whole document wider, and QTextBrowser can only scroll all of it. The reading view
keeps its text in one document (anchors, highlights and search offsets count it), so each
wide block is scrolled at paint time instead: the block is drawn again, shifted by its own
offset and clipped to the column, and mouse positions over it are shifted back before the text
control sees them. Each box has a thin scroll bar under it; Shift+wheel, a sideways wheel,
dragging that bar, or Left/Right in the text scroll it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrame,
    QTextLength,
    QTextTable,
    QTextTableCell,
)
from PySide6.QtWidgets import QTextEdit

CELL_CAP_EM = 16  # a data column wider than this wraps inside its cells
BAR_GAP, BAR_HEIGHT, BAR_HIT = 3, 4, 12  # the scroll bar under a wide box, in pixels
FADE = 28  # the fade at an edge that has more to show


@dataclass
class WideBlock:
    """A top-level table or code box wider than the column, and how far it is scrolled."""

    first: int  # document positions of the frame
    last: int
    rect: QRectF  # document coordinates, unscrolled
    left: float  # the column, in document coordinates
    width: float
    offset: float = 0.0
    bar_y: float = 0.0  # the scroll bar's top: under the box, or at the view's bottom edge

    @property
    def max_offset(self) -> float:
        """How far the block can scroll."""
        return max(0.0, self.rect.right() - (self.left + self.width))

    def holds(self, position: int) -> bool:
        """Whether the document position is in the block."""
        return self.first <= position <= self.last

    def band_holds(self, y: float) -> bool:
        """Whether a document y falls on the box or on its scroll bar."""
        return self.rect.top() <= y <= self.rect.bottom() + BAR_GAP + BAR_HIT

    def bar_holds(self, point: QPointF) -> bool:
        """Whether the point is on the block's scroll bar."""
        return (
            self.bar_y - BAR_HIT / 2 <= point.y() <= self.bar_y + BAR_HEIGHT + BAR_HIT / 2
            and self.left <= point.x() <= self.left + self.width
        )

    def place_bar(self, visible_bottom: float) -> bool:
        """Keep the bar in sight while the box runs past the bottom of the view.

        Keep the bar in sight while the box runs past the bottom of the view, as a long code
        listing does; True if it moved.
        """
        under = self.rect.bottom() + BAR_GAP
        y = max(self.rect.top() + BAR_HIT, min(under, visible_bottom - BAR_HEIGHT - 6))
        moved, self.bar_y = y != self.bar_y, y
        return moved

    def scroll_to(self, offset: float) -> bool:
        """Scroll the block to `offset`; whether it moved."""
        offset = min(max(0.0, offset), self.max_offset)
        changed = offset != self.offset
        self.offset = offset
        return changed

    def thumb(self) -> QRectF:
        """The scroll bar's thumb, in document coordinates."""
        whole = self.rect.right() - self.left
        length = max(24.0, self.width * self.width / whole)
        share = self.offset / self.max_offset if self.max_offset else 0.0
        x = self.left + share * (self.width - length)
        return QRectF(x, self.bar_y, length, BAR_HEIGHT)

    def offset_for_thumb_at(self, x: float, grip: float) -> float:
        """The offset that puts the thumb's grip point at document x."""
        length = self.thumb().width()
        track = self.width - length
        return 0.0 if track <= 0 else (x - grip - self.left) / track * self.max_offset


def fit_table_columns(doc: QTextDocument, column: float) -> set[int]:
    """Give each data table that cannot fit the column readable columns.

    A cell's text keeps one line up to CELL_CAP_EM and wraps after it, never letter by letter.
    Such a table is wider than the column and scrolls in its box; a table that fits is left to
    Qt.

    Returns the first positions of the tables and code boxes that will be wider than the
    column, measured from their text alone: asking the layout would lay the whole document
    out at once, which Qt otherwise does a piece at a time.
    """
    em = QFontMetricsF(doc.defaultFont()).horizontalAdvance("中")
    wide: set[int] = set()
    for frame in doc.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        if _is_code(doc, frame):
            inset = 2 * frame.format().cellPadding() + 2
            if _text_width(doc, frame.cellAt(0, 0)) + inset > column:
                wide.add(frame.firstPosition())
        elif _fit(doc, frame, column, em * CELL_CAP_EM) > column:
            wide.add(frame.firstPosition())
    return wide


def _is_code(doc: QTextDocument, table: QTextTable) -> bool:
    """A code box: one cell whose lines do not wrap (`white-space: pre`)."""
    cell = table.cellAt(0, 0)
    if table.rows() != 1 or table.columns() != 1 or not cell.isValid():
        return False
    return doc.findBlock(cell.firstPosition()).blockFormat().nonBreakableLines()


def _fit(doc: QTextDocument, table: QTextTable, column: float, cap: float) -> float:
    """Set the table's column widths if it cannot fit; returns the width it will take."""
    natural = [0.0] * table.columns()
    padding = [0.0] * table.columns()
    for row in range(table.rows()):
        for col in range(table.columns()):
            cell = table.cellAt(row, col)
            if cell.columnSpan() > 1 or cell.column() != col or cell.row() != row:
                continue
            cell_format = cell.format().toTableCellFormat()
            padding[col] = max(padding[col], cell_format.leftPadding() + cell_format.rightPadding())
            natural[col] = max(natural[col], _text_width(doc, cell))
    border = table.format().border() * 2 + table.format().cellSpacing() + 2
    extra = [p + border for p in padding]
    fmt = table.format()
    if (total := sum(n + e for n, e in zip(natural, extra, strict=True))) <= column:
        widths: list[QTextLength] = []
    else:
        capped = [min(n, cap) for n in natural]
        spare = column - sum(c + e for c, e in zip(capped, extra, strict=True))
        wanting = [n - c for n, c in zip(natural, capped, strict=True)]
        if spare > 0 and sum(wanting) > 0:
            capped = [c + spare * w / sum(wanting) for c, w in zip(capped, wanting, strict=True)]
        widths = [
            QTextLength(QTextLength.Type.FixedLength, round(c + e))
            for c, e in zip(capped, extra, strict=True)
        ]
        total = sum(w.rawValue() for w in widths)
    old = [(w.type(), w.rawValue()) for w in fmt.columnWidthConstraints()]
    if old != [(w.type(), w.rawValue()) for w in widths]:
        fmt.setColumnWidthConstraints(widths)
        table.setFormat(fmt)
    return total


def _text_width(doc: QTextDocument, cell: QTextTableCell) -> float:
    """The width of a cell's longest paragraph on one line, in its own fonts."""
    widest = 0.0
    last = cell.lastPosition()
    block = doc.findBlock(cell.firstPosition())
    while block.isValid() and block.position() <= last:
        width = 0.0
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                font = fragment.charFormat().font()
                width += QFontMetricsF(font).horizontalAdvance(fragment.text())
            it += 1
        widest = max(widest, width)
        block = block.next()
    return widest


class WideBlocks:
    """The wide boxes of one reading view: found after each layout, scrolled, painted."""

    def __init__(self, view: QTextEdit) -> None:
        self._view = view
        self._blocks: list[WideBlock] = []
        self._column: tuple[float, float] | None = None  # set when the layout changed
        self._wide: set[int] = set()  # first positions of the frames wider than the column
        self._drag: tuple[WideBlock, float] | None = None
        view.verticalScrollBar().valueChanged.connect(self._place_bars)

    # -- finding ----------------------------------------------------------------------
    def invalidate(self, left: float, width: float, wide: set[int] | None = None) -> None:
        """The layout changed: find the boxes again when next asked.

        A document lays out in steps, each reporting a new size; finding them at each step
        cost 120 ms of the 300 ms it takes to open a 100,000-character article. `wide`: the
        frames known to be wider than the column (fit_table_columns), if they changed.
        """
        self._column = (left, width)
        if wide is not None:
            self._wide = wide

    @property
    def blocks(self) -> list[WideBlock]:
        """The wide blocks of the document, laid out for the current column."""
        if self._column is not None:
            left, width = self._column
            self._column = None
            self._refresh(left, width)
        return self._blocks

    def _refresh(self, left: float, width: float) -> None:
        """Find the wide boxes again (after a layout); each keeps its offset if it can."""
        doc = self._view.document()
        before = {block.first: block.offset for block in self._blocks}
        found: list[WideBlock] = []
        if not self._wide:
            self._blocks = []  # nothing is wider than the column: no layout is asked for
            return
        for frame in doc.rootFrame().childFrames():
            if frame.firstPosition() not in self._wide:
                continue
            rect = _box(doc, frame, left)
            if rect.right() > left + width + 1:
                block = WideBlock(frame.firstPosition(), frame.lastPosition(), rect, left, width)
                block.scroll_to(before.get(block.first, 0.0))
                found.append(block)
        self._blocks = found
        self._place_bars()

    def _place_bars(self) -> None:
        """Move the bars that follow the view's bottom edge.

        The view scrolls by moving its pixels, so a bar that moved is repainted where it was
        and where it is.
        """
        bottom = self._view.verticalScrollBar().value() + self._view.viewport().height()
        if any([block.place_bar(bottom) for block in self._blocks]):
            self._view.viewport().update()

    def clear(self) -> None:
        """Forget the blocks (a new document)."""
        self._blocks = []
        self._wide = set()
        self._column = None
        self._drag = None

    def at(self, doc_point: QPointF) -> WideBlock | None:
        """The block at a document point, if any."""
        for block in self.blocks:
            if block.band_holds(doc_point.y()):
                return block
        return None

    def holding(self, position: int) -> WideBlock | None:
        """The block holding a document position, if any."""
        return next((block for block in self.blocks if block.holds(position)), None)

    # -- coordinates ------------------------------------------------------------------
    def _doc_point(self, viewport_point: QPointF) -> QPointF:
        return viewport_point + QPointF(0, self._view.verticalScrollBar().value())

    def content_point(self, viewport_point: QPointF) -> QPointF:
        """Where a viewport point falls in the unscrolled layout the text control knows."""
        block = self.at(self._doc_point(viewport_point))
        if block is None or block.offset == 0:
            return viewport_point
        return viewport_point + QPointF(block.offset, 0)

    def shown_x(self, position: int, layout_x: float) -> float:
        """Where a layout x of the character at a position is shown, after its box's scroll."""
        block = self.holding(position)
        return layout_x - block.offset if block is not None else layout_x

    # -- scrolling --------------------------------------------------------------------
    def scroll_by(self, block: WideBlock, dx: float) -> None:
        """Scroll a block sideways by `dx`."""
        if block.scroll_to(block.offset + dx):
            self._update(block)

    def reveal(self, position: int, layout_x: float) -> None:
        """Scroll the box holding a position so that x (layout coordinates) is in view."""
        block = self.holding(position)
        if block is None:
            return
        shown = layout_x - block.offset
        hidden = not block.left + 8 <= shown <= block.left + block.width - 8
        if hidden and block.scroll_to(layout_x - block.left - block.width / 3):
            self._update(block)

    def nearest_visible(self) -> WideBlock | None:
        """The wide box nearest the middle of the view, if one shows at all."""
        top = self._view.verticalScrollBar().value()
        height = self._view.viewport().height()
        middle = top + height / 2
        shown = [b for b in self.blocks if b.rect.bottom() > top and b.rect.top() < top + height]
        return min(shown, key=lambda b: abs(b.rect.center().y() - middle), default=None)

    def wheel(self, viewport_point: QPointF, dx: float, dy: float, shift: bool) -> bool:
        """Scroll a box by a wheel turn over it; False if the wheel is the page's."""
        block = self.at(self._doc_point(viewport_point))
        if block is None:
            return False
        step = dx if dx else (dy if shift else 0.0)
        if not step:
            return False
        self.scroll_by(block, -step / 120 * 60)
        return True

    def press(self, viewport_point: QPointF) -> bool:
        """Start dragging a box's scroll bar, or jump it to the point; False if not on one."""
        point = self._doc_point(viewport_point)
        block = self.at(point)
        if block is None or not block.bar_holds(point):
            return False
        thumb = block.thumb()
        if thumb.left() <= point.x() <= thumb.right():
            grip = point.x() - thumb.left()
        else:
            grip = thumb.width() / 2
            if block.scroll_to(block.offset_for_thumb_at(point.x(), grip)):
                self._update(block)
        self._drag = (block, grip)
        return True

    def drag(self, viewport_point: QPointF) -> bool:
        """Drag a block's scroll bar to the point; whether a drag is under way."""
        if self._drag is None:
            return False
        block, grip = self._drag
        if block.scroll_to(block.offset_for_thumb_at(viewport_point.x(), grip)):
            self._update(block)
        return True

    def release(self) -> bool:
        """End a drag; whether there was one."""
        dragging, self._drag = self._drag is not None, None
        return dragging

    def _update(self, block: WideBlock) -> None:
        top = self._view.verticalScrollBar().value()
        band = block.rect.adjusted(0, 0, 0, BAR_GAP + BAR_HIT)
        self._view.viewport().update(
            0, int(band.top() - top) - 1, self._view.viewport().width(), int(band.height()) + 2
        )

    # -- painting ---------------------------------------------------------------------
    def paint(self, painter: QPainter, exposed: QRectF, background: QColor, bar: QColor) -> None:
        """Draw each wide box over what the view drew.

        Shifted, clipped to the column, with its selections and marks, a fade where more is
        hidden, and its scroll bar.
        """
        top = self._view.verticalScrollBar().value()
        layout = self._view.document().documentLayout()
        for block in self.blocks:
            band = QRectF(0, block.rect.top() - top, self._view.viewport().width(),
                          block.rect.height() + BAR_GAP + BAR_HEIGHT + 1)  # fmt: skip
            if not band.intersects(exposed):
                continue
            painter.save()
            painter.fillRect(band, background)
            window = QRectF(block.left, block.rect.top(), block.width, block.rect.height())
            painter.setClipRect(window.translated(0, -top))
            painter.translate(-block.offset, -top)
            layout.draw(painter, self._context(block, window.translated(block.offset, 0)))
            painter.restore()
            self._paint_fades(painter, block, top, background)
            self._paint_bar(painter, block, top, bar)

    def _context(self, block: WideBlock, clip: QRectF) -> QAbstractTextDocumentLayout.PaintContext:
        view = self._view
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = view.palette()
        context.clip = clip
        context.cursorPosition = -1
        selections: list[QAbstractTextDocumentLayout.Selection] = []
        for extra in view.extraSelections():
            cursor = extra.cursor
            if cursor.selectionEnd() >= block.first and cursor.selectionStart() <= block.last:
                selections.append(_selection(cursor, extra.format))
        cursor = view.textCursor()
        if cursor.hasSelection():
            group = QPalette.ColorGroup.Active if view.hasFocus() else QPalette.ColorGroup.Inactive
            fmt = QTextCharFormat()
            fmt.setBackground(view.palette().brush(group, QPalette.ColorRole.Highlight))
            fmt.setForeground(view.palette().brush(group, QPalette.ColorRole.HighlightedText))
            selections.append(_selection(cursor, fmt))
        context.selections = selections
        return context

    def _paint_fades(self, painter: QPainter, block: WideBlock, top: int, color: QColor) -> None:
        y, height = block.rect.top() - top, block.rect.height()
        clear = QColor(color)
        clear.setAlpha(0)
        if block.offset > 0:
            x = block.left
            gradient = QLinearGradient(x, 0, x + FADE, 0)
            gradient.setColorAt(0, color)
            gradient.setColorAt(1, clear)
            painter.fillRect(QRectF(x, y, FADE, height), gradient)
        if block.offset < block.max_offset:
            x = block.left + block.width - FADE
            gradient = QLinearGradient(x, 0, x + FADE, 0)
            gradient.setColorAt(0, clear)
            gradient.setColorAt(1, color)
            painter.fillRect(QRectF(x, y, FADE, height), gradient)

    def _paint_bar(self, painter: QPainter, block: WideBlock, top: int, color: QColor) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = QColor(color)
        track.setAlpha(60)
        y = block.bar_y - top
        painter.setBrush(track)
        painter.drawRoundedRect(QRectF(block.left, y, block.width, BAR_HEIGHT), 2, 2)
        painter.setBrush(color)
        painter.drawRoundedRect(block.thumb().translated(0, -top), 2, 2)
        painter.restore()


def _box(doc: QTextDocument, frame: QTextFrame, left: float) -> QRectF:
    """Where a top-level table's box is drawn, in document coordinates.

    frameBoundingRect() is not that for a table: Qt adds the first cell's content offset
    (its padding and border) to the table's position. The box is rebuilt from what is
    exact: its left edge (the column's plus the table's margin), its size, the bottom of
    the text before it and of the blocks inside it.
    """
    layout = doc.documentLayout()
    reported = layout.frameBoundingRect(frame)
    fmt = frame.frameFormat()
    x = left + fmt.leftMargin()
    inset = fmt.border() + fmt.padding() + 3
    if isinstance(frame, QTextTable):
        cell = frame.cellAt(0, 0).format().toTableCellFormat()
        inset += max(cell.topPadding(), frame.format().cellPadding())
    top = reported.top() - inset
    before = doc.findBlock(frame.firstPosition() - 1)
    if before.isValid() and before.position() + before.length() <= frame.firstPosition():
        top = max(top, layout.blockBoundingRect(before).bottom())
    bottom = reported.top()
    block = doc.findBlock(frame.firstPosition())
    while block.isValid() and block.position() <= frame.lastPosition():
        bottom = max(bottom, layout.blockBoundingRect(block).bottom())
        block = block.next()
    bottom += inset - 3 + 1
    return QRectF(x, top, reported.width(), bottom - top)


def _selection(cursor: QTextCursor, fmt: QTextCharFormat) -> QAbstractTextDocumentLayout.Selection:
    selection = QAbstractTextDocumentLayout.Selection()
    selection.cursor = cursor
    selection.format = fmt
    return selection
