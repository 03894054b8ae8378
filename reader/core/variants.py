"""Traditional and Simplified Chinese as one script, for searching.

Search folds both the articles and the queries to Simplified characters, so `软件` finds
`軟件` and `"碳中和"` finds it in a Big5 post. The folding is character by character and
one character for one, so every offset into the folded text is an offset into the original:
hits, snippets and marks land on the characters as written. The table is OpenCC's
Traditional-to-Simplified character dictionary, read once by converting each CJK character
alone (no phrase rules can apply across the line breaks between them). Phrase-level variants
(软件 and 軟體, different words) are not folded.
"""

from __future__ import annotations

import functools
import re

# Traditional characters that OpenCC's character table keeps, since Simplified writes them
# too (著名, 了解 and 瞭望), but that its phrase rules turn into another Simplified character
# (有著 → 有着, 瞭解 → 了解, 藉口 → 借口, 彷彿 → 仿佛, 甚麼 → 什么). Folding them on both
# sides keeps Simplified text matching itself, and lets 有着 find 有著.
_ALSO = {"著": "着", "瞭": "了", "藉": "借", "彷": "仿", "甚": "什"}

_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))  # the BMP's Han


@functools.cache
def _table() -> tuple[dict[int, str], re.Pattern[str]]:
    import opencc

    chars = [chr(c) for start, end in _RANGES for c in range(start, end + 1)]
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # a rule joined lines: fold nothing rather than wrongly
        return {}, re.compile(r"(?!)")
    table = {ord(a): b for a, b in zip(chars, converted, strict=True) if a != b and len(b) == 1}
    table.update({ord(a): b for a, b in _ALSO.items() if ord(a) not in table})
    pattern = re.compile("[" + "".join(chr(c) for c in sorted(table)) + "]")
    return table, pattern


@functools.lru_cache(maxsize=128)  # a query checks, then marks, the same few articles
def fold(text: str) -> str:
    """`text` with Traditional characters as their Simplified forms; the same length.

    Most Simplified text holds a few characters the table folds (`乾`, `於`, `鬆` are in
    jieba's own dictionary): those are replaced one by one, which for a few is many times
    cheaper than `str.translate` over the whole text; a text dense with them is translated.
    """
    table, traditional = _table()
    if traditional.search(text) is None:
        return text
    if len(traditional.findall(text, 0, _SAMPLE)) * _SAMPLE > _DENSE * min(len(text), _SAMPLE):
        return text.translate(table)
    return traditional.sub(lambda m: table[ord(m.group())], text)


_SAMPLE = 2000
_DENSE = 20  # folded characters in _SAMPLE: above this, translate the whole text


def preimages(text: str) -> str:
    """The Traditional characters that fold to a character of `text` (already folded).

    個 and 箇 for 个. A text that holds none of them has `text` where its folded form has it
    (folding changes no other character into one of `text`'s), so it need not be folded to find
    `text`; English has none.
    """
    sources = _sources()
    return "".join(sorted({t for c in set(text) for t in sources.get(c, "")}))


@functools.cache
def _sources() -> dict[str, str]:
    out: dict[str, str] = {}
    for traditional, simplified in _table()[0].items():
        out[simplified] = out.get(simplified, "") + chr(traditional)
    return out
