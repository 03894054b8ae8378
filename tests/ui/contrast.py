"""WCAG 2 contrast of two colours, as the accessibility tests measure it."""

from __future__ import annotations

from PySide6.QtGui import QColor

AA_TEXT = 4.5  # WCAG AA for body text


def contrast(a: QColor | str, b: QColor | str) -> float:
    """The contrast ratio of two colours, from 1 (none) to 21 (black on white)."""

    def luminance(color: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    high, low = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (high + 0.05) / (low + 0.05)
