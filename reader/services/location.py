"""Where the library lives: the platform's user data folder unless told otherwise."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from reader.core.errors import LibraryError

ENV_VAR = "READER_LIBRARY"


@dataclass(frozen=True)
class LibraryLocation:
    """The folder of one library and the files inside it."""

    root: Path

    @classmethod
    def resolve(cls, explicit: str | os.PathLike[str] | None = None) -> LibraryLocation:
        """`--library DIR` first, then $READER_LIBRARY, then the user data folder."""
        chosen = explicit or os.environ.get(ENV_VAR)
        root = Path(chosen).expanduser() if chosen else Path(platformdirs.user_data_dir("Reader"))
        return cls(root.resolve())

    @property
    def database(self) -> Path:
        """The library's database file."""
        return self.root / "library.db"

    @property
    def index_dir(self) -> Path:
        """The folder of the search index."""
        return self.root / "index"

    @property
    def media_dir(self) -> Path:
        """The media store: the article images the library holds, by SHA-256."""
        return self.root / "media"

    def writable(self) -> bool:
        """Whether the library can be changed.

        Its folder, and its database if there is one, writable by this user on a disk
        mounted for writing.
        """
        if not self.root.exists():
            return True  # created by ensure(), or its error says why not
        database = self.database
        return os.access(self.root, os.W_OK) and (
            not database.exists() or os.access(database, os.W_OK)
        )

    def ensure(self) -> None:
        """Create the library's folder if it is missing."""
        if self.root.exists() and not self.root.is_dir():
            raise LibraryError(f"the library must be a folder, and {self.root} is a file")
        if self.root.is_dir():
            return
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(
                f"cannot create the library folder {self.root}: {exc.strerror or exc}"
            ) from exc
