"""Reader: read saved articles offline, annotate passages, tag and search a personal library."""

__version__ = "0.1.0"
