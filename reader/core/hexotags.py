"""Hexo's tag plugins read as Hexo renders them.

Hexo's tag plugins (`{% raw %}`, `{% asset_img %}`, `{% codeblock %}`…) read as Hexo renders them,
instead of leaking into the text as `{% … %}`.

Hexo expands these with Nunjucks before the Markdown is rendered, so a stored post holds
them raw. The common ones become the Markdown they stand for; any other tag is removed
cleanly, its content kept. Code (fenced blocks, `<pre>`, inline code) is left as written: a
post about Hexo shows its tags there on purpose.
"""

from __future__ import annotations

import re
import shlex

_CODE = re.compile(
    r"(^ {0,3}(`{3,}|~{3,})[^\n]*\n.*?^ {0,3}\2[ \t]*$|<pre\b.*?</pre>|`[^`\n]+`)",
    re.S | re.M | re.I,
)
_BLOCK = re.compile(
    r"\{%-?\s*(codeblock|code|blockquote|quote|note|raw|pullquote)\b([^%]*?)-?%\}"
    r"(.*?)\{%-?\s*end\1\s*-?%\}",
    re.S,
)
_TAG = re.compile(r"\{%-?\s*(\w+)\b([^%]*?)-?%\}")


def expand_hexo_tags(text: str) -> str:
    """`text` with Hexo tag plugins outside code replaced by what they render as."""
    if "{%" not in text:
        return text
    parts = _CODE.split(text)
    out = []
    # split() with groups interleaves: text, code, fence run, text, code, fence run, …
    for i in range(0, len(parts), 3):
        out.append(_TAG.sub(_inline, _BLOCK.sub(_block, parts[i])))
        if i + 1 < len(parts):
            out.append(parts[i + 1])
    return "".join(out)


def _args(text: str) -> list[str]:
    try:
        return shlex.split(text)
    except ValueError:
        return text.split()


def _block(match: re.Match[str]) -> str:
    name, args, content = match.group(1), _args(match.group(2)), match.group(3)
    if name == "raw":
        return content
    if name in ("codeblock", "code"):
        lang = next((a.split(":", 1)[1] for a in args if a.startswith("lang:")), "")
        return f"\n```{lang}\n{content.strip(chr(10))}\n```\n"
    quoted = "\n".join(f"> {line}" if line.strip() else ">" for line in content.strip().split("\n"))
    if name in ("blockquote", "quote") and args:
        quoted += f"\n>\n> — {' '.join(a for a in args if not a.startswith('http'))}"
    return f"\n{quoted}\n"


def _inline(match: re.Match[str]) -> str:
    name, args = match.group(1), _args(match.group(2))
    if name in ("asset_img", "img", "image") and args:
        source = args[0] if not args[0].startswith(("left", "right", "center")) else args[-1]
        title = " ".join(a for a in args[1:] if a != source and '"' not in a)
        return f"![{title}]({source})"
    if name in ("asset_link", "asset_path") and args:
        return f"[{' '.join(args[1:]) or args[0]}]({args[0]})"
    if name == "youtube" and args:
        return f"[YouTube video](https://www.youtube.com/watch?v={args[0]})"
    if name == "link" and args:
        return f"[{' '.join(args[:-1]) or args[-1]}]({args[-1]})" if len(args) > 1 else args[0]
    return ""  # any other tag (or a stray end tag) adds nothing a reader would see
