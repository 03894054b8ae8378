"""HTML to Markdown: structure kept, everything that is not content dropped."""

from __future__ import annotations

from reader.core.convert import html_to_markdown
from reader.core.readingtext import reading_text


def test_structure_survives() -> None:
    html = """<div><h2>标题</h2><p>Some <strong>bold</strong> and <em>em</em> and
    <a href="https://example.org">a link</a>.</p>
    <ul><li>one</li><li>two</li></ul>
    <blockquote><p>quoted</p></blockquote>
    <img src="https://img/x.png" alt="a chart">
    <table><tr><th>Name</th><th>Value</th></tr><tr><td>a</td><td>1</td></tr></table>
    <pre><code class="language-python">def f():\n    return 1 &lt; 2\n</code></pre></div>"""
    md = html_to_markdown(html)
    assert "## 标题" in md
    assert "**bold**" in md and "*em*" in md
    assert "[a link](https://example.org)" in md
    assert "- one\n- two" in md
    assert "> quoted" in md
    assert "![a chart](https://img/x.png)" in md
    assert "| Name | Value |" in md and "| --- | --- |" in md
    assert "```python\ndef f():\n    return 1 < 2\n```" in md


def test_scripts_styles_frames_forms_comments_and_inline_styles_are_dropped() -> None:
    html = """<div style="color:red;font-size:14px"><style>.a{color:blue}</style>
    <script>alert('x')</script><!-- a comment --><iframe src="https://evil"></iframe>
    <form><input value="secret"><button>Send</button></form>
    <p onclick="steal()" class="x" style="margin:0">Kept text</p>
    <a href="javascript:alert(1)">bad link</a><svg><text>svg text</text></svg></div>"""
    md = html_to_markdown(html)
    for leaked in ("color", "alert", "comment", "evil", "secret", "Send", "steal", "svg text",
                   "javascript", "style"):  # fmt: skip
        assert leaked not in md
    assert "Kept text" in md and "bad link" in md


def test_reading_text_is_the_visible_text() -> None:
    md = "# Title\n\nPara with `code` and ![img](x.png) image.\n\n- a\n- b\n\n```\nx = 1\n```\n"
    assert reading_text(md) == "Title\nPara with code and image.\na\nb\nx = 1"


def test_inline_html_in_markdown_is_sanitized_consistently() -> None:
    md = "Before <script>var leaked = 1;</script> after <b>bold</b>.\n\n<div>block</div>\n"
    text = reading_text(md)
    assert "leaked" not in text
    assert "bold" in text and "block" in text


def test_bare_addresses_become_links_and_file_names_do_not() -> None:
    from reader.core.markdown import render_html
    from reader.core.readingtext import reading_text

    source = "见 https://example.com/路径?a=1 和 README.md 以及 vue.js。"
    html = render_html(source)
    assert html.count("<a ") == 1 and 'href="https://example.com/' in html
    assert reading_text(source) == source  # the text, and so every offset, is unchanged
