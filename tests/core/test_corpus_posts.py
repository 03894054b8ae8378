"""Every real corpus post parses: fields as in its front matter, clean Markdown, full text."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import lxml.html
import pytest
import yaml

from reader.core.posts import parse_post
from tests.conftest import CORPUS, CORPUS_FILES

with open(CORPUS.parent / "SOURCES.tsv", encoding="utf-8") as _fh:
    SOURCES = {row["file"]: row for row in csv.DictReader(_fh, delimiter="\t")}
# Each test runs on the posts it is about, so none passes without checking anything.
HTML_POSTS = [p for p in CORPUS_FILES if SOURCES[p.name]["body"] == "html"]
MARKDOWN_POSTS = [p for p in CORPUS_FILES if SOURCES[p.name]["body"] == "markdown"]
_INVISIBLE = ("style", "script", "noscript", "iframe", "svg", "template", "head", "form",
              "button", "select", "textarea")  # fmt: skip


def _raw_front_matter(path: Path) -> dict[str, object]:
    """The front matter read independently of Reader's splitter (YAML between --- lines)."""
    text = path.read_text(encoding="utf-8").lstrip()
    if text.startswith("+++"):
        import tomllib

        return tomllib.loads(text.split("+++")[1])
    return dict(yaml.safe_load(text.split("\n---", 1)[0].removeprefix("---")))


def _visible_text(html: str) -> str:
    root = lxml.html.fromstring(f"<div>{html}</div>")
    for el in root.iter(*_INVISIBLE):
        el.drop_tree()
    return str(root.text_content())


def _alnum(text: str) -> Counter[str]:
    return Counter(ch for ch in text if ch.isalnum())


def test_the_corpus_splits_into_both_kinds_of_body() -> None:
    """The tests below run per kind: an empty kind would make them vanish unnoticed."""
    assert len(HTML_POSTS) + len(MARKDOWN_POSTS) == len(CORPUS_FILES)
    assert HTML_POSTS and MARKDOWN_POSTS


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_post_fields_match_front_matter(path: Path) -> None:
    post = parse_post(path.read_bytes(), path.name)
    meta = _raw_front_matter(path)
    assert post.title.strip()
    assert post.body_format == SOURCES[path.name]["body"]
    raw_date = meta.get("date")
    if raw_date is not None and str(raw_date).strip() != "Invalid Date":
        assert post.date is not None, f"{raw_date!r} was not parsed"
        assert str(post.date.year) in str(raw_date)
    else:
        assert post.date is None
    if "author" in meta:
        assert post.author == str(meta["author"]).strip()
    cats = meta.get("categories")
    if isinstance(cats, list):  # a nested list (Hexo) flattens in order
        flat = [c for group in cats for c in (group if isinstance(group, list) else [group])]
        assert post.categories == [str(c) for c in flat]
    elif isinstance(cats, str):
        assert post.categories == [c.strip() for c in cats.split(",")]


@pytest.mark.parametrize("path", HTML_POSTS, ids=lambda p: p.name)
def test_markdown_is_free_of_css_and_script(path: Path) -> None:
    post = parse_post(path.read_bytes(), path.name)
    assert post.body_format == "html"
    assert not re.search(r"<(style|script|iframe)\b", post.markdown, re.I)
    blocks = re.findall(r"<(style|script)[^>]*>(.*?)</\1>", post.original_body, re.S | re.I)
    for _, content in blocks:
        for raw in content.splitlines():
            line = raw.strip()
            if len(line) > 12:
                assert line not in post.markdown, f"leaked: {line[:60]}"
    assert not re.search(r"\bstyle=|font-size:\s*\d|[{;]\s*color:\s*#", post.markdown)


@pytest.mark.parametrize("path", HTML_POSTS, ids=lambda p: p.name)
def test_reading_text_keeps_visible_letters(path: Path) -> None:
    post = parse_post(path.read_bytes(), path.name)
    assert post.body_format == "html"
    source = _alnum(_visible_text(post.original_body))
    kept = _alnum(post.reading_text)
    total = sum(source.values())
    matched = sum(min(n, kept[ch]) for ch, n in source.items())
    assert total > 0
    assert matched / total >= 0.98, f"kept {matched}/{total}"


@pytest.mark.parametrize("path", MARKDOWN_POSTS, ids=lambda p: p.name)
def test_markdown_body_is_kept_as_markdown(path: Path) -> None:
    post = parse_post(path.read_bytes(), path.name)
    assert post.body_format == "markdown"
    body_lines = [ln.rstrip() for ln in post.original_body.strip().splitlines() if ln.strip()]
    md_lines = [ln.rstrip() for ln in post.markdown.strip().splitlines() if ln.strip()]
    assert md_lines == [ln.replace("\u00a0", " ") for ln in body_lines]
