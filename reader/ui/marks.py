"""Marks over an article's text in named layers: search hits, find matches, highlights.

Each layer's selections are built once, when its spans change, and kept: changing one layer
(or stepping to the next hit, which only moves the text cursor) never rebuilds the others,
so an article with tens of thousands of highlights still steps at once. Spans are kept as
reading-text offsets, so they survive a re-render (theme, font size).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from reader.core.textmap import TextMap

LAYERS = ("highlights", "find", "search")  # drawn in this order, the last on top
Span = tuple[int, int, QTextCharFormat]


class MarkLayers:
    """The marks of one text view, shown as its extra selections."""

    def __init__(self, view: QTextEdit, text_map: Callable[[], TextMap | None]) -> None:
        self._view = view
        self._map = text_map  # the view's map from reading offsets to its document
        self._spans: dict[str, list[Span]] = {}
        self._selections: dict[str, list[QTextEdit.ExtraSelection]] = {}

    def set(self, layer: str, spans: list[Span]) -> None:
        """Mark reading-text spans [start, end) with a format, in `layer`."""
        self._spans[layer] = [(s, e, QTextCharFormat(f)) for s, e, f in spans]
        self._selections[layer] = self._build(self._spans[layer])
        self._apply()

    def clear(self, layer: str) -> None:
        """Remove the marks of one layer."""
        if self._spans.pop(layer, None) is not None:
            self._selections.pop(layer, None)
            self._apply()

    def forget(self) -> None:
        """Drop every layer (another article is shown)."""
        self._spans.clear()
        self._selections.clear()

    def rebuild(self) -> None:
        """Build every layer's selections again, for a newly rendered document."""
        self._selections = {layer: self._build(spans) for layer, spans in self._spans.items()}
        self._apply()

    def _build(self, spans: list[Span]) -> list[QTextEdit.ExtraSelection]:
        text_map = self._map()
        if text_map is None:
            return []
        built: list[QTextEdit.ExtraSelection] = []
        cursor = QTextCursor(self._view.document())
        keep = QTextCursor.MoveMode.KeepAnchor
        for start, end, fmt in spans:
            cursor.setPosition(text_map.to_doc(start))
            cursor.setPosition(text_map.to_doc_end(end), keep)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor  # a copy: the one cursor serves every span
            selection.format = fmt
            built.append(selection)
        return built

    def _apply(self) -> None:
        self._view.setExtraSelections(
            [sel for layer in LAYERS for sel in self._selections.get(layer, ())]
        )
