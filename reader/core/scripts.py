"""Which characters belong to scripts written without spaces between words."""

from __future__ import annotations

import re

# Han, kana, hangul.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
CJK_CHAR = re.compile(f"[{CJK}]")
_CJK_TOUCHING_LATIN = re.compile(f"[{CJK}][^\\W_{CJK}]|[^\\W_{CJK}][{CJK}]")


def mixes_cjk_and_latin(word: str) -> bool:
    """Whether CJK characters touch Latin letters or digits in `word` (`X470芯片组`)."""
    return _CJK_TOUCHING_LATIN.search(word) is not None
