"""Whole Whoosh numeric columns in one read.

Whoosh's column readers fetch a value per call, a small file read each (its storage here
does not map files into memory): reading 20,000 article ids or field lengths that way took
a quarter of a second. A fixed-width numeric column is a plain big-endian array on disk,
so it is read at once; a reader of another shape is read value by value as before.
"""

from __future__ import annotations

import sys
from array import array
from typing import Any


def fixed_bytes(column: Any) -> bytes | None:
    """The stored values of a fixed-width column, padded with its default to every document;
    None when the reader is not one of those."""
    try:
        width = int(column._fixedlen)
        stored = bytes(column._dbfile.get(column._basepos, column._count * width))
        padding = bytes(column._defaultbytes) * (int(column._doccount) - int(column._count))
    except AttributeError:
        return None
    return stored + padding


def numeric_values(column: Any) -> list[int]:
    """Every document's value of an integer column."""
    inner = getattr(column, "_reader", None)
    translate = getattr(column, "_translate", None)
    if inner is not None and translate is not None:  # a NUMERIC field's sortable column
        return [int(translate(v)) for v in numeric_values(inner)]
    raw = fixed_bytes(column)
    typecode = getattr(column, "_typecode", None)
    if raw is None or typecode not in ("B", "H", "I", "L", "Q", "b", "h", "i", "l", "q"):
        return [int(v) for v in column]
    values = array(typecode)
    if values.itemsize != column._fixedlen:
        return [int(v) for v in column]
    values.frombytes(raw)
    if sys.byteorder == "little":
        values.byteswap()  # Whoosh packs with "!": network order
    return values.tolist()


def byte_values(column: Any) -> bytes:
    """A one-byte-per-document column, as bytes (indexing gives the same ints)."""
    raw = fixed_bytes(column)
    if raw is not None and column._fixedlen == 1:
        return raw
    return bytes(int(v) for v in column)
