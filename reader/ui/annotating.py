"""Highlighting in the reading view: create, draw, edit, delete with undo, re-attach."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from reader.core.errors import ReaderError
from reader.core.records import Annotation
from reader.services.annotations import COLORS, AnnotationService
from reader.services.library import LibraryService
from reader.ui.annotationspanel import AnnotationsPanel
from reader.ui.articleview import ArticleView
from reader.ui.changerunner import ChangeRunner
from reader.ui.highlights import (
    HighlightEditor,
    color_name,
    highlight_format,
    last_color,
    set_last_color,
    swatch,
)
from reader.ui.i18n import tr
from reader.ui.popover import HighlightPopover, Values
from reader.ui.selectiontoolbar import SelectionToolbar

T = TypeVar("T")


class _DeleteHighlight(QUndoCommand):
    def __init__(self, controller: AnnotationController, annotation: Annotation) -> None:
        super().__init__(tr("Delete highlight “{quote}”").format(quote=annotation.exact[:20]))
        self._controller = controller
        self._id = annotation.id

    def redo(self) -> None:
        self._controller.write(lambda: self._controller.service.delete(self._id))
        self._controller.reload()

    def undo(self) -> None:
        self._controller.write(lambda: self._controller.service.restore(self._id))
        self._controller.reload()


class _CreateHighlight(QUndoCommand):
    """Pushed once the highlight exists: undo deletes it, redo brings it back."""

    def __init__(self, controller: AnnotationController, annotation: Annotation) -> None:
        super().__init__(tr("Highlight “{quote}”").format(quote=annotation.exact[:20]))
        self._controller = controller
        self._id = annotation.id
        self._made = True  # push() calls redo(): the first one has nothing to do

    def redo(self) -> None:
        if self._made:
            self._made = False
            return
        self._controller.write(lambda: self._controller.service.restore(self._id))
        self._controller.reload()

    def undo(self) -> None:
        self._controller.write(lambda: self._controller.service.delete(self._id))
        self._controller.reload()


class _EditHighlight(QUndoCommand):
    """A change of note, colour or tags: undo puts the old ones back."""

    def __init__(
        self, controller: AnnotationController, annotation_id: int, before: Values, after: Values
    ) -> None:
        super().__init__(tr("Edit highlight"))
        self._controller = controller
        self._id = annotation_id
        self._before, self._after = before, after

    def _apply(self, values: Values) -> None:
        note, color, tags = values
        self._controller.write(
            lambda: self._controller.service.update(self._id, note=note, color=color, tags=tags)
        )
        set_last_color(color)
        self._controller.reload()

    def redo(self) -> None:
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)


class AnnotationController(QObject):
    """Highlights of the open article: made, changed and deleted with undo, and shown."""

    changed = Signal()

    def __init__(
        self,
        view: ArticleView,
        panel: AnnotationsPanel,
        service: AnnotationService,
        library: LibraryService,
        window: QWidget,
        *,
        changes: ChangeRunner,
    ) -> None:
        super().__init__(window)
        self._changes = changes
        self.view = view
        self.panel = panel
        self.service = service
        self._library = library
        self._window = window
        self._annotations: list[Annotation] = []
        self.undo_stack = QUndoStack(self)
        self.popover: HighlightPopover | None = None
        self.toolbar = SelectionToolbar(view.viewport())
        self.toolbar.color_chosen.connect(self.highlight)
        self.toolbar.note_requested.connect(lambda: self.highlight(with_note=True))
        view.selection_made.connect(self.toolbar.show_at)
        view.selectionChanged.connect(self._hide_toolbar_without_selection)
        view.verticalScrollBar().valueChanged.connect(lambda _v: self.toolbar.hide())
        view.offset_clicked.connect(self.on_view_offset_clicked)
        view.context_menu_requested.connect(self.on_view_context_menu_requested)
        panel.activated.connect(self.on_panel_activated)

    def write(self, change: Callable[[], T]) -> T:
        """A change to the highlights, made off the UI thread, its result wanted at once.

        A change to the highlights, made as the window makes every change (off the UI
        thread, changerunner.py), its result wanted at once.
        """
        return self._changes.call(change)

    # -- loading and drawing -------------------------------------------------------------
    def annotations(self) -> list[Annotation]:
        """The open article's highlights."""
        return list(self._annotations)

    def reload(self) -> None:
        """Read the open article's highlights again, and mark them in the view."""
        article = self.view.article()
        self._annotations = self.service.for_article(article.id) if article else []
        spans = [(a.start, a.end, highlight_format(a))
                 for a in self._annotations if a.anchor_state != "orphan"]  # fmt: skip
        self.view.set_marks("highlights", spans)
        self.panel.set_annotations(self._annotations)
        self.changed.emit()

    def at_offset(self, offset: int) -> Annotation | None:
        """The innermost highlight covering `offset` of the reading text, if any."""
        hits = [a for a in self._annotations
                if a.anchor_state != "orphan" and a.start <= offset < a.end]  # fmt: skip
        return min(hits, key=lambda a: a.end - a.start) if hits else None

    def _hide_toolbar_without_selection(self) -> None:
        if not self.view.textCursor().hasSelection():
            self.toolbar.hide()

    # -- actions -------------------------------------------------------------------------
    def highlight(self, color: str | None = None, with_note: bool = False) -> Annotation | None:
        """Highlight the selection in `color` (the last used if None), opening its note if asked."""
        article, span = self.view.article(), self.view.selected_span()
        if article is None or span is None:
            return None
        chosen = color or last_color()
        try:
            created = self.write(
                lambda: self.service.create(article.id, span[0], span[1], color=chosen)
            )
        except ReaderError as exc:
            self._window.window().statusBar().showMessage(str(exc), 4000)  # type: ignore[attr-defined]
            return None
        set_last_color(chosen)
        cursor = self.view.textCursor()
        cursor.clearSelection()
        self.view.setTextCursor(cursor)
        self.reload()
        if with_note:
            dialog = HighlightEditor(created, self._library.all_tags(), self._window, new=True)
            if not dialog.exec():  # Cancel: no highlight, nothing to undo
                self.write(lambda: self.service.delete(created.id))
                self.reload()
                return None
            note, color, tags = dialog.values()
            self.write(lambda: self.service.update(created.id, note=note, color=color, tags=tags))
            set_last_color(color)
            self.reload()
        self.undo_stack.push(_CreateHighlight(self, created))
        return created

    def edit(self, annotation: Annotation) -> None:
        """The editor dialog (from the context menu): changes go on the undo stack."""
        dialog = HighlightEditor(annotation, self._library.all_tags(), self._window)
        result = dialog.exec()
        if result == HighlightEditor.DELETE:
            self.delete(annotation)
        elif result:
            before = (annotation.note, annotation.color, list(annotation.tags))
            self.change(annotation.id, before, dialog.values())

    def change(self, annotation_id: int, before: Values, after: Values) -> None:
        """Change a highlight's note, colour and tags, as an undoable step."""
        if before != after:
            self.undo_stack.push(_EditHighlight(self, annotation_id, before, after))

    def open_popover(self, annotation: Annotation, at: QPoint) -> HighlightPopover:
        """The small popover beside a clicked highlight (global coordinates)."""
        popover = HighlightPopover(annotation, self._library.all_tags(), self.view)
        popover.changed.connect(self.change)
        popover.delete_requested.connect(lambda _id: self.delete(annotation))
        popover.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popover.show_near(at)
        self.popover = popover
        return popover

    def delete(self, annotation: Annotation) -> None:
        """Delete a highlight, as an undoable step."""
        self.undo_stack.push(_DeleteHighlight(self, annotation))

    def reattach(self, annotation: Annotation) -> None:
        """Attach an orphaned highlight to the text selected now."""
        span = self.view.selected_span()
        if span is None:
            message = tr("Select the text to attach the highlight to first.")
            QMessageBox.information(self._window, tr("Re-attach highlight"), message)
            return
        self.write(lambda: self.service.reattach(annotation.id, *span))
        self.reload()

    # -- slots ---------------------------------------------------------------------------
    def on_view_offset_clicked(self, offset: int) -> None:
        """Open the popover of the highlight clicked, if any."""
        annotation = self.at_offset(offset)
        if annotation is not None:
            self.open_popover(annotation, self.view.global_point_of(offset))

    def on_panel_activated(self, annotation: Annotation) -> None:
        """Scroll to the highlight chosen in the panel."""
        if annotation.anchor_state == "orphan":
            return
        self.view.scroll_to_offset(annotation.start)

    def on_view_context_menu_requested(self, pos: QPoint, offset: int) -> None:
        """The view's context menu, with the highlight actions for the place clicked."""
        menu = self.view.createStandardContextMenu(pos)
        first = menu.actions()[0] if menu.actions() else None
        added: list[QAction | QMenu] = []
        if self.view.selected_span() is not None:
            colors = QMenu(tr("Highlight"), menu)
            for c in COLORS:
                action = colors.addAction(swatch(c), color_name(c))
                action.triggered.connect(lambda _=False, c=c: self.highlight(c))
            note = QAction(tr("Highlight with Note…"), menu)
            note.triggered.connect(lambda: self.highlight(with_note=True))
            added += [colors, note]
            orphan = self.panel.selected()
            if orphan is not None and orphan.anchor_state == "orphan":
                attach = QAction(tr("Attach “{quote}…” Here").format(quote=orphan.exact[:16]), menu)
                attach.triggered.connect(lambda: self.reattach(orphan))
                added.append(attach)
        existing = self.at_offset(offset)
        if existing is not None:
            edit = QAction(tr("Edit Highlight…"), menu)
            edit.triggered.connect(lambda: self.edit(existing))
            delete = QAction(tr("Delete Highlight"), menu)
            delete.triggered.connect(lambda: self.delete(existing))
            added += [edit, delete]
        for item in added:
            if isinstance(item, QMenu):
                menu.insertMenu(first, item) if first else menu.addMenu(item)
            else:
                menu.insertAction(first, item) if first else menu.addAction(item)
        if added and first is not None:
            menu.insertSeparator(first)
        menu.exec(self.view.viewport().mapToGlobal(pos))
