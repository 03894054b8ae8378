"""Counting words and reading time.

Kept apart from the reading text's HTML and Markdown machinery, so that storing an article does not
import it.
"""

from __future__ import annotations

import re

from reader.core.scripts import CJK_CHAR as _CJK_CHAR


def count_words(text: str) -> int:
    """Words: each CJK character counts as one, each Latin word as one."""
    return len(_CJK_CHAR.findall(text)) + len(_LATIN_WORD.findall(text))


def reading_minutes(text: str) -> int:
    """Reading time: about 400 CJK characters or 230 Latin words a minute; at least 1."""
    minutes = len(_CJK_CHAR.findall(text)) / 400 + len(_LATIN_WORD.findall(text)) / 230
    return max(1, round(minutes))


def reading_minutes_from_counts(char_count: int, word_count: int) -> int:
    """reading_minutes() from the stored counts alone, for lists that hold no text.

    A text whose words are nearly as many as its characters is Chinese (a character is a word).
    """
    if not word_count:
        return 1
    per_minute = 400 if word_count * 2 > char_count else 230
    return max(1, round(word_count / per_minute))


_LATIN_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+(?:['’][A-Za-z]+)?")
