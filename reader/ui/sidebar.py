"""The sidebar.

Library views (the Inbox, all, unread, read, archived, all highlights, the trash) and facets to
filter by.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from reader.core.records import ArticleQuery, ReadState
from reader.services.library import LibraryService, SidebarCounts
from reader.ui.i18n import tr

_FILTER_ROLE = Qt.ItemDataRole.UserRole + 1


class Sidebar(QTreeWidget):
    """Emits the ArticleQuery of the chosen entry."""

    query_chosen = Signal(object)

    def __init__(self, library: LibraryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.setAccessibleName(tr("Library: reading states, tags and categories"))
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.setRootIsDecorated(True)
        self.setIndentation(14)
        self.setUniformRowHeights(True)
        # Names take the width the counts leave (by default the count column stretched and
        # names were cut at a fixed 100 px: "The Rea…" beside empty space).
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.itemSelectionChanged.connect(self.on_selection_changed)
        # The views at once, their counts when the window's worker has them (counting took a
        # sixth of the start at 100,000 articles, on the UI thread).
        self.show_counts(None)

    def reload(self) -> None:
        """Count everything here and show it.

        Count everything here and show it (the window counts off the UI thread and calls
        show_counts).
        """
        self.show_counts(self._library.sidebar_counts())

    def show_counts(self, counts: SidebarCounts | None) -> None:
        """Show the views with these counts and a facet for each tag, category and source; None.

        The views alone, their counts blank until they are known.
        """
        chosen = self.current_key()
        self.blockSignals(True)
        self.clear()
        states = counts.states if counts is not None else {}
        known = counts is not None
        views = QTreeWidgetItem(self, [tr("Library")])
        inbox = sum(n for state, n in states.items() if state is not ReadState.ARCHIVED)
        self._add(views, tr("Inbox"), inbox, ("inbox", ""), known)
        self._add(views, tr("All articles"), sum(states.values()), ("all", ""), known)
        for label, state in ((tr("Unread"), ReadState.UNREAD), (tr("Read"), ReadState.READ),
                             (tr("Archived"), ReadState.ARCHIVED)):  # fmt: skip
            self._add(views, label, states.get(state, 0), ("state", state.value), known)
        highlights, trashed = (counts.highlights, counts.trashed) if counts else (0, 0)
        self._add(views, tr("All highlights"), highlights, ("highlights", ""), known)
        self._add(views, tr("Trash"), trashed, ("trash", ""), known)
        facets = counts.facets if counts is not None else {}
        for title, key in ((tr("Tags"), "tags"), (tr("Categories"), "categories"),
                           (tr("Sources"), "authors")):  # fmt: skip
            if not facets.get(key):
                continue
            group = QTreeWidgetItem(self, [title])
            for name, n in facets[key]:
                self._add(group, name, n, (key, name))
        self.expandAll()
        # The same entry chosen again asks for no new list (that reset the list, and lost its
        # selection, on every change); one that went (its last tag removed) falls back to all.
        found = chosen is not None and self.select_key(chosen)
        if not found:
            self.select_key(("all", ""))
        self.blockSignals(False)
        if chosen is not None and not found:
            self.on_selection_changed()

    def _add(
        self,
        parent: QTreeWidgetItem,
        label: str,
        count: int,
        key: tuple[str, str],
        known: bool = True,
    ) -> None:
        item = QTreeWidgetItem(parent, [label, str(count) if known else ""])
        item.setData(0, _FILTER_ROLE, key)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
        item.setToolTip(0, label)

    def current_label(self) -> str:
        """The label of the view chosen."""
        item = self.currentItem()
        return item.text(0) if item else ""

    def current_key(self) -> tuple[str, str] | None:
        """The key of the view chosen: its kind and value."""
        item = self.currentItem()
        data = item.data(0, _FILTER_ROLE) if item else None
        return (str(data[0]), str(data[1])) if data else None

    def select_key(self, key: tuple[str, str]) -> bool:
        """Choose the view with `key`; whether there is one."""
        for item in self._items():
            if item.data(0, _FILTER_ROLE) == key:
                self.setCurrentItem(item)
                return True
        return False

    def _items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            if group is not None:
                out.extend(c for j in range(group.childCount()) if (c := group.child(j)))
        return out

    def on_selection_changed(self) -> None:
        """Announce the query of the view chosen."""
        key = self.current_key()
        if key is not None:
            self.query_chosen.emit(query_for(key))


def search_filter(key: tuple[str, str]) -> str | None:
    """The search syntax that narrows a search to a sidebar entry, if any.

    None for All, and for the trash, which is never searched.
    """
    kind, value = key
    quoted = '"' + value.replace('"', " ") + '"'
    return {
        "state": f"is:{value}",
        "inbox": "-is:archived",
        "tags": f"tag:{quoted}",
        "categories": f"category:{quoted}",
        "authors": f"author:{quoted}",
    }.get(kind)


def query_for(key: tuple[str, str]) -> ArticleQuery:
    """The library query of a sidebar view."""
    kind, value = key
    if kind == "state":
        return ArticleQuery(read_state=ReadState(value))
    if kind == "trash":
        return ArticleQuery(in_trash=True)
    if kind == "inbox":
        return ArticleQuery(inbox=True)
    if kind == "tags":
        return ArticleQuery(tag=value)
    if kind == "categories":
        return ArticleQuery(category=value)
    if kind == "authors":
        return ArticleQuery(author=value)
    return ArticleQuery()
