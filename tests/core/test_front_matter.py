"""Front matter: YAML, TOML, none at all, and broken YAML with a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import frontmatter
from reader.core.errors import PostError
from reader.core.frontmatter import split_front_matter
from reader.core.posts import parse_post
from tests.conftest import CORPUS_FILES


def test_toml_front_matter() -> None:
    text = '+++\ntitle = "Hugo post"\ndate = 2024-11-02T15:01:54+08:00\ntags = ["a", "b"]\n'
    text += 'categories = "notes"\nlink = "https://example.org/p"\n+++\n\nBody text here.\n'
    post = parse_post(text.encode(), "p.md")
    assert post.title == "Hugo post"
    assert post.date is not None and post.date.year == 2024
    assert post.tags == ["a", "b"]
    assert post.categories == ["notes"]
    assert post.source_url == "https://example.org/p"
    assert post.reading_text == "Body text here."


def test_no_front_matter_takes_title_from_heading_then_file_name() -> None:
    assert parse_post(b"Intro line\n\n# The Heading\n\ntext", "a.md").title == "The Heading"
    assert parse_post("纯文本，没有标题。".encode(), "我的笔记.txt").title == "我的笔记"
    html = b"<html><head><title>Page Title</title></head><body><p>x</p></body></html>"
    post = parse_post(html, "page.html")
    assert post.title == "Page Title"
    assert post.body_format == "html"


def test_fields_lists_strings_nested_and_extras(yaml_parser: str) -> None:
    text = (
        "---\ntitle: 'A &amp; B'\ncategories: [[Tech, Web], [Life]]\ntags: python, qt\n"
        "thumbnail: https://x/undefined\nheadimg: https://img/1.png\ncomments: false\n"
        "custom: {a: 1}\n---\nbody\n"
    )
    post = parse_post(text.encode(), "x.md")
    assert post.title == "A & B"
    assert post.categories == ["Tech", "Web", "Life"]
    assert post.tags == ["python", "qt"]
    assert post.cover_image == "https://img/1.png"
    assert post.extra == {"comments": False, "custom": {"a": 1}}


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: 'unclosed\ndate: 2021-01-01\n---\nbody",
        "---\ntitle: [a, b\n---\nbody",
        "---\n: : :\n  - x\n bad: indent\n---\nbody",
    ],
)
def test_malformed_yaml_is_a_named_error(text: str, yaml_parser: str) -> None:
    with pytest.raises(PostError, match="YAML front matter is malformed"):
        parse_post(text.encode(), "bad.md")


@pytest.mark.skipif(not hasattr(frontmatter, "LibyamlLoader"), reason="PyYAML without libyaml")
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_libyaml_reads_each_real_front_matter_as_pyyaml_does(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = path.read_text("utf-8")
    monkeypatch.setattr(frontmatter, "_Loader", frontmatter.PythonLoader)
    expected, body = split_front_matter(text)
    monkeypatch.setattr(frontmatter, "_Loader", frontmatter.LibyamlLoader)
    assert split_front_matter(text) == (expected, body)
    assert expected.get("title")  # every post of the corpus has one
