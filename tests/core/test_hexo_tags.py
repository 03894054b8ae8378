"""Hexo tag plugins read as Hexo renders them; code keeps them as written."""

from __future__ import annotations

import pytest

from reader.core.hexotags import expand_hexo_tags
from reader.core.posts import parse_post

CASES = {
    "{% raw %}{{ not a template }}{% endraw %}": "{{ not a template }}",
    "Look: {% asset_img diagram.png The diagram %}": "Look: ![The diagram](diagram.png)",
    '{% asset_img "spaced name.png" %}': "![](spaced name.png)",
    "{% asset_link notes.pdf My notes %}": "[My notes](notes.pdf)",
    "{% youtube dQw4w9WgXcQ %}": "[YouTube video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)",
    "{% codeblock app.js lang:javascript %}\nlet a = 1\n{% endcodeblock %}":
        "\n```javascript\nlet a = 1\n```\n",
    "{% blockquote 鲁迅 %}\n真的猛士\n{% endblockquote %}": "\n> 真的猛士\n>\n> — 鲁迅\n",
    "{% note info %}\n提示内容\n{% endnote %}": "\n> 提示内容\n",
    "before {% unknown_plugin a b %}after": "before after",
    "stray {% endraw %}end": "stray end",
    "`{% raw %}` in inline code": "`{% raw %}` in inline code",
    "```\n{% raw %}\n```": "```\n{% raw %}\n```",
    "<pre>{% raw %}</pre>": "<pre>{% raw %}</pre>",
}  # fmt: skip


@pytest.mark.parametrize("source", CASES)
def test_hexo_tags(source: str) -> None:
    assert expand_hexo_tags(source) == CASES[source]


def test_a_post_shows_no_hexo_tags() -> None:
    post = parse_post(
        "---\ntitle: 标签\n---\n{% raw %}**原样**{% endraw %}\n\n{% asset_img a.png 图一 %}\n\n"
        "{% note warning %}\n注意**这里**。\n{% endnote %}\n".encode(),
        "hexo.md",
    )
    assert "{%" not in post.reading_text and "%}" not in post.reading_text
    assert "原样" in post.reading_text and "注意这里。" in post.reading_text
    assert "![图一](a.png)" in post.markdown
