"""Finding post files under folders and reading them safely: regular files only, bounded.

A posts folder is data from anywhere, so nothing in it may hang or exhaust the import: a FIFO
named ``x.md`` would block ``open`` forever, a link to ``/dev/zero`` would read until memory
runs out, and a link loop would stop ``Path.resolve``. Each is a named failure of that file.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.core.errors import PostError
from reader.core.post import POST_SUFFIXES

MAX_FILE_BYTES = 10 * 1024 * 1024
_KINDS = {
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a folder",
}


def shown_path(path: Path) -> str:
    """The path as text that any terminal, JSON or SQLite can hold.

    Bytes of a file name that are not UTF-8 become backslash escapes instead of failing the
    file.
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


@dataclass(frozen=True)
class Candidate:
    """A path found for import, or the reason it can't be (it is missing, say)."""

    path: Path
    problem: str | None = None


def find_post_files(paths: Iterable[Path]) -> Iterator[Candidate]:
    """Post files under `paths`.

    Folders recursively (hidden entries skipped, links to folders not followed), files as given;
    a given path that is not there is a problem.
    """
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        elif path.exists() or path.is_symlink():
            yield Candidate(path)  # checked and named when read
        else:
            yield Candidate(path, "no such file or folder")


def _walk(folder: Path) -> Iterator[Candidate]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in POST_SUFFIXES:
                yield Candidate(Path(root) / name)


def identity(path: Path) -> str:
    """The key a file is known by across imports: its real path, links resolved."""
    try:
        return shown_path(path.resolve(strict=True))
    except RuntimeError as exc:  # Python 3.11 reports a link loop this way
        raise PostError("the file is a symbolic link that loops back on itself") from exc
    except FileNotFoundError as exc:
        if path.is_symlink():
            raise PostError(
                f"the file is a symbolic link to something missing ({os.readlink(path)})"
            ) from exc
        raise PostError("the file disappeared during the import") from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise PostError("the file is a symbolic link that loops back on itself") from exc
        raise


def read_post_bytes(path: Path) -> tuple[bytes, os.stat_result]:
    """The bytes of a post file, at most MAX_FILE_BYTES."""
    return read_regular_file(path, MAX_FILE_BYTES)


def read_regular_file(path: Path, limit: int) -> tuple[bytes, os.stat_result]:
    """The bytes of a regular file of at most `limit` bytes, without ever blocking.

    A FIFO, a device or a folder is a PostError naming what it is.
    """
    _check_kind(os.stat(path), limit)
    # O_NONBLOCK: should the file be swapped for a FIFO after the check, open still returns.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        _check_kind(info, limit)
        data = handle.read(limit + 1)
    if len(data) > limit:
        _too_large(len(data), limit)
    return data, info


def _check_kind(info: os.stat_result, limit: int) -> None:
    kind = stat.S_IFMT(info.st_mode)
    if kind != stat.S_IFREG:
        what = _KINDS.get(kind, "not a regular file")
        raise PostError(f"this is {what}, not a regular file")
    if info.st_size > limit:
        _too_large(info.st_size, limit)


def _too_large(size: int, limit: int) -> None:
    raise PostError(
        f"the file is too large ({size / 1024 / 1024:.1f} MB; the limit is "
        f"{limit // 1024 // 1024} MB)"
    )
