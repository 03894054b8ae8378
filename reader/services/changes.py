"""What a service call changed, so listeners (the index, the views) refresh only that."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """What a write changed, published to the views so they refresh what they show."""

    articles: frozenset[int] = frozenset()
    removed_articles: frozenset[int] = frozenset()
    tags: bool = False
    annotations: frozenset[int] = field(default_factory=frozenset)
    # Another process (a `reader import` in a terminal, say) changed the library; what it
    # changed is unknown, so every view reloads.
    external: bool = False

    def __bool__(self) -> bool:
        return bool(
            self.articles or self.removed_articles or self.tags or self.annotations
            or self.external
        )  # fmt: skip


Listener = Callable[[Changes], None]


class ChangeHub:
    """Hands each Changes to every listener, in the order they subscribed."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        """Call `listener` with every change published from now on."""
        self._listeners.append(listener)

    def publish(self, changes: Changes) -> None:
        """Tell every listener of `changes`."""
        if changes:
            for listener in self._listeners:
                listener(changes)
