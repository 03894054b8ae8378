"""Code blocks coloured by Pygments, in colours each reading theme chooses.

Only the language a block declares (```python, class="language-js", hljs…) is used: Pygments'
guessing names Java "TeraTerm" and shell "Text", and a wrong colouring reads worse than none.
The colours are spans around the same characters, so offsets, highlights and search marks are
unchanged by them.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from pygments import lex
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.token import Token, _TokenType
from pygments.util import ClassNotFound

# Token kinds and their colour per theme; a token takes its nearest listed ancestor's colour.
# Every colour has a contrast of at least 4.5:1 on its theme's code background (tested).
CODE_COLORS: dict[str, dict[_TokenType, str]] = {
    "light": {
        Token.Keyword: "#b3123b", Token.Name.Builtin: "#0550ae", Token.Name.Function: "#6f42c1",
        Token.Name.Class: "#8a4600", Token.Name.Decorator: "#6f42c1", Token.Name.Tag: "#116329",
        Token.Name.Attribute: "#0550ae", Token.Literal.String: "#0a3f7a",
        Token.Literal.Number: "#0550ae", Token.Comment: "#5c636b", Token.Operator.Word: "#b3123b",
        Token.Generic.Prompt: "#5c636b", Token.Generic.Deleted: "#a0111f",
        Token.Generic.Inserted: "#116329",
    },
    "sepia": {
        Token.Keyword: "#8f1f3a", Token.Name.Builtin: "#1d4f73", Token.Name.Function: "#5b2f8a",
        Token.Name.Class: "#744000", Token.Name.Decorator: "#5b2f8a", Token.Name.Tag: "#2f5a16",
        Token.Name.Attribute: "#1d4f73", Token.Literal.String: "#2f5a16",
        Token.Literal.Number: "#1d4f73", Token.Comment: "#5f503c", Token.Operator.Word: "#8f1f3a",
        Token.Generic.Prompt: "#5f503c", Token.Generic.Deleted: "#8f1f3a",
        Token.Generic.Inserted: "#2f5a16",
    },
    "dark": {
        Token.Keyword: "#ff8f87", Token.Name.Builtin: "#79c0ff", Token.Name.Function: "#d2a8ff",
        Token.Name.Class: "#ffa657", Token.Name.Decorator: "#d2a8ff", Token.Name.Tag: "#7ee787",
        Token.Name.Attribute: "#79c0ff", Token.Literal.String: "#a5d6ff",
        Token.Literal.Number: "#79c0ff", Token.Comment: "#9aa3ad", Token.Operator.Word: "#ff8f87",
        Token.Generic.Prompt: "#9aa3ad", Token.Generic.Deleted: "#ffa198",
        Token.Generic.Inserted: "#7ee787",
    },
}  # fmt: skip

_CODE = re.compile(r'^<code(?: class="([^"]*)")?>(.*)</code>$', re.S)
_LANGUAGE = re.compile(r"(?:^|\s)language-([\w+#.-]+)")


@lru_cache(maxsize=64)
def _lexer(language: str) -> Lexer | None:
    try:
        return get_lexer_by_name(language, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return None


def _color(kind: _TokenType | None, colors: dict[_TokenType, str]) -> str | None:
    while kind is not None and kind is not Token:
        if kind in colors:
            return colors[kind]
        kind = kind.parent
    return None


def color_code(inner_html: str, theme_name: str) -> str:
    """The inside of a code block, coloured if its language is known.

    The inside of a <pre> from markdown-it (`<code class="language-x">…</code>`), with coloured
    spans if its language is known; the characters shown are the same.
    """
    match = _CODE.match(inner_html)
    language = _LANGUAGE.search(match.group(1) or "") if match else None
    if match is None or language is None:
        return inner_html
    return _colored(html.unescape(match.group(2)), language.group(1).lower(), theme_name)


@lru_cache(maxsize=256)
def _colored(code: str, language: str, theme_name: str) -> str:
    lexer = _lexer(language)
    colors = CODE_COLORS.get(theme_name)
    if lexer is None or colors is None:
        return f"<code>{html.escape(code, quote=False)}</code>"
    tokens = list(lex(code, lexer))
    if "".join(text for _kind, text in tokens) != code:
        return f"<code>{html.escape(code, quote=False)}</code>"  # never change the text
    parts: list[str] = []
    for kind, text in tokens:
        escaped = html.escape(text, quote=False)
        color = _color(kind, colors)
        parts.append(f'<span style="color:{color}">{escaped}</span>' if color else escaped)
    return f"<code>{''.join(parts)}</code>"
