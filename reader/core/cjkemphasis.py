"""CommonMark emphasis that works in Chinese and Japanese: `**重点。**接着` is bold.

CommonMark decides whether `*` and `_` runs open or close emphasis by the characters on
either side ("flanking"). Its rule was written for languages that put spaces between words:
a closing `**` right after CJK punctuation (。，）) and right before a CJK letter counts as
neither, so the asterisks stay in the text. markdownify writes exactly that whenever a
scraped `<strong>` ends in punctuation, which is most Chinese news.

This is the amendment the CommonMark community proposed and `markdown-it-cjk-friendly` (MIT,
by Tatsunori Uchino) implements for JavaScript, written here for markdown-it-py: for `*`,
a delimiter run next to a CJK character may open and close as if it stood next to
punctuation. `_` is unchanged, and so is everything next to spaces.
"""

from __future__ import annotations

import unicodedata

from markdown_it import MarkdownIt
from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace
from markdown_it.parser_inline import ParserInline
from markdown_it.rules_inline.state_inline import Scanned, StateInline
from markdown_it.token import Token
from markdown_it.utils import EnvType
from typing_extensions import override

_EMOJI_RANGES = ((0x1F000, 0x1FAFF), (0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x231A, 0x23FF))


def _is_emoji(code: int) -> bool:
    return any(low <= code <= high for low, high in _EMOJI_RANGES)


def _cjk_base(char: str) -> bool | None:
    """Whether a character is CJK; None where its width is ambiguous (decided by context)."""
    code = ord(char)
    if code < 0x1100:
        return False
    width = unicodedata.east_asian_width(char)
    if width in ("F", "H"):
        return True
    if width == "W":
        return not _is_emoji(code)
    if width == "A":
        return None
    if width == "N":
        return 0x1100 <= code <= 0x11FF or 0xAC00 <= code <= 0xD7A3  # Hangul
    return False


def _previous_is_cjk(char: str, before: str | None) -> bool:
    if before is not None:  # `char` is a variation selector following `before`
        cjk = _cjk_base(before)
        return cjk if cjk is not None else (
            char == "\ufe01" and before in "\u2018\u2019\u201c\u201d"
        )  # fmt: skip
    cjk = _cjk_base(char)
    return cjk if cjk is not None else 0xE0100 <= ord(char) <= 0xE01EF  # ideographic VS


def _is_general_vs(char: str) -> bool:
    return "\ufe00" <= char <= "\ufe0e"


class CjkStateInline(StateInline):
    """markdown-it-py's inline state with the CJK-friendly flanking rule."""

    @override
    def scanDelims(self, start: int, canSplitWord: bool) -> Scanned:  # noqa: N802, N803
        maximum = self.posMax
        marker = self.src[start]
        last = self.src[start - 1] if start > 0 else " "
        last_main, two_before = last, None
        if _is_general_vs(last) and start > 1:
            two_before = self.src[start - 2]
            if unicodedata.category(two_before) != "Zs":
                last_main = two_before
        pos = start
        while pos < maximum and self.src[pos] == marker:
            pos += 1
        count = pos - start
        following = self.src[pos] if pos < maximum else " "

        last_space = isWhiteSpace(ord(last_main))
        next_space = isWhiteSpace(ord(following))
        if last_space or next_space:
            return Scanned(not next_space, not last_space, count)

        last_punct = isMdAsciiPunct(ord(last_main)) or isPunctChar(last_main)
        next_punct = isMdAsciiPunct(ord(following)) or isPunctChar(following)
        left_flanking, right_flanking = last_punct, next_punct
        if canSplitWord:  # `*`
            either_cjk = bool(_cjk_base(following)) or _previous_is_cjk(last, two_before)
            left_flanking = left_flanking or either_cjk or not next_punct
            right_flanking = right_flanking or either_cjk or not last_punct
        return Scanned(left_flanking, right_flanking, count)


class CjkParserInline(ParserInline):
    """markdown-it-py's inline parser, running on `CjkStateInline`."""

    @override
    def parse(self, src: str, md: MarkdownIt, env: EnvType, tokens: list[Token]) -> list[Token]:
        state = CjkStateInline(src, md, env, tokens)
        self.tokenize(state)
        for rule in self.ruler2.getRules(""):
            rule(state)
        return state.tokens


def use_cjk_friendly_emphasis(md: MarkdownIt) -> MarkdownIt:
    """Give `md` the CJK-friendly emphasis rule, keeping its configured inline rules."""
    parser = CjkParserInline()
    parser.ruler, parser.ruler2 = md.inline.ruler, md.inline.ruler2
    md.inline = parser
    return md
