"""How the text is set.

Font, size, line height, column width and justification, as one value the reading view takes and the
settings keep.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QFontDatabase

from reader.ui import settings

# Reader's own choice, in order: the first one installed sets the text.
DEFAULT_FAMILIES = (
    "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Noto Sans",
    "Inter", "DejaVu Sans", "sans-serif",
)  # fmt: skip
MIN_FONT, MAX_FONT, DEFAULT_FONT = 12, 30, 17
LINE_HEIGHTS = (130, 230)  # percent of the text size
COLUMNS = (28, 60)  # characters a line, at most


@dataclass(frozen=True)
class ReadingStyle:
    """How articles are set: text size, font family, line height, width, justification."""

    font_px: int = DEFAULT_FONT
    family: str = ""  # empty: Reader's choice (DEFAULT_FAMILIES)
    line_height: int = 175  # percent of the text size
    column_em: int = 38  # the column's width at most, in CJK characters (about 70 Latin)
    justify: bool = False

    def families(self) -> list[str]:
        """The font family and the fallbacks behind it (CJK ones among them)."""
        return [self.family, *DEFAULT_FAMILIES] if self.family else list(DEFAULT_FAMILIES)

    def line_px(self, size_px: int, scale: float = 1.0) -> int:
        """A line's height for text of `size_px`.

        A line's height for text of `size_px` (headings and lists set theirs a little
        differently: `scale`).
        """
        return round(size_px * self.line_height / 100 * scale)

    def bounded(self) -> ReadingStyle:
        """The same style with every number within what the settings offer."""
        return replace(
            self,
            font_px=min(MAX_FONT, max(MIN_FONT, self.font_px)),
            line_height=min(LINE_HEIGHTS[1], max(LINE_HEIGHTS[0], self.line_height)),
            column_em=min(COLUMNS[1], max(COLUMNS[0], self.column_em)),
        )


def saved_style() -> ReadingStyle:
    """The reading style saved in the settings."""
    return ReadingStyle(
        font_px=settings.FONT_PX.get(),
        family=settings.FONT_FAMILY.get(),
        line_height=settings.LINE_HEIGHT.get(),
        column_em=settings.COLUMN_EM.get(),
        justify=settings.JUSTIFY.get(),
    ).bounded()


def save_style(style: ReadingStyle) -> None:
    """Save the reading style in the settings."""
    settings.FONT_PX.set(style.font_px)
    settings.FONT_FAMILY.set(style.family)
    settings.LINE_HEIGHT.set(style.line_height)
    settings.COLUMN_EM.set(style.column_em)
    settings.JUSTIFY.set(style.justify)


def chinese_families() -> list[str]:
    """The installed proportional font families that can set Chinese.

    Installed font families that can set Chinese (Simplified or Traditional), the proportional
    ones: what the reading font may be.
    """
    found: set[str] = set()
    for system in (QFontDatabase.WritingSystem.SimplifiedChinese,
                   QFontDatabase.WritingSystem.TraditionalChinese):  # fmt: skip
        found.update(
            f for f in QFontDatabase.families(system)
            if not QFontDatabase.isFixedPitch(f) and not QFontDatabase.isPrivateFamily(f)
        )  # fmt: skip
    return sorted(found, key=str.casefold)
