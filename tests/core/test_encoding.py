"""Post files in every encoding Chinese posts are saved in decode to the same text."""

from __future__ import annotations

import codecs

import pytest

from reader.core.encoding import decode_text
from reader.core.errors import PostError
from reader.core.posts import parse_post

TEXT = (
    "---\ntitle: 碳中和的未来\ntags: [能源]\n---\n\n# 碳中和\n\n中国提出二〇六〇年前实现碳中和。\n"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("gb18030"), "gb18030"),
    ],
)
def test_encodings_decode_to_the_same_text(data: bytes, encoding: str) -> None:
    text, found = decode_text(data)
    assert text.lstrip("\ufeff") == TEXT
    assert found.replace("_", "-").lower() == encoding


def test_big5_traditional_chinese() -> None:
    text = "---\ntitle: 繁體中文文章\n---\n\n這是一篇用大五碼保存的文章，內容關於資料庫與搜尋。\n"
    post = parse_post(text.encode("big5"), "big5.md")
    assert post.title == "繁體中文文章"
    assert "資料庫與搜尋" in post.reading_text


def test_leading_blank_line_before_front_matter() -> None:
    post = parse_post(("\n\n" + TEXT).encode(), "x.md")
    assert post.title == "碳中和的未来"
    assert post.tags == ["能源"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"  \n\n ", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", "binary")],
)
def test_unreadable_files_name_the_reason(data: bytes, reason: str) -> None:
    with pytest.raises(PostError, match=reason):
        decode_text(data)
