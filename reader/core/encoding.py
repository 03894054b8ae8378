"""Turning a post file's bytes into text, whatever encoding it was saved in."""

from __future__ import annotations

import codecs

import charset_normalizer

from reader.core.errors import PostError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Encodings that Chinese posts are saved in, tried when a file is not UTF-8.
_CJK_ENCODINGS = ("gb18030", "big5")


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raises PostError for empty or binary data."""
    if not data.strip():
        raise PostError("the file is empty")
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise PostError(f"the file claims {name} but is not valid {name}") from exc
    if b"\x00" in data:
        raise PostError("this is a binary file, not a text post")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Chinese encodings first: asked to choose among all, the detector can take short GBK
    # text for Korean.
    for candidates in (list(_CJK_ENCODINGS), ["shift_jis", "euc_kr", "cp1252", "latin_1"]):
        best = charset_normalizer.from_bytes(data, cp_isolation=candidates).best()
        if best is not None and best.encoding:
            return str(best), best.encoding
    raise PostError("the text encoding could not be recognised (not UTF-8, UTF-16, GBK or Big5)")
