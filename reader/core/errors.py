"""Expected errors: each carries a message a person can act on."""


class ReaderError(Exception):
    """An expected failure with a message meant for the user (not a bug)."""


class PostError(ReaderError):
    """A post file that cannot be read or understood."""


class LibraryError(ReaderError):
    """The library database cannot be opened or written (locked, full disk, newer schema)."""


class DamagedLibraryError(LibraryError):
    """The library database is damaged or missing: a backup may bring it back."""


class NotFoundError(ReaderError):
    """An article, tag or annotation that does not exist."""
