"""The built-in welcome articles that a new, empty library starts with."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from reader.core.errors import ReaderError
from reader.services.importer import ImportReport, ImportService


def resources_dir() -> Path:
    """The installed `resources/` folder (the `reader.resources` package).

    In a checkout, a wheel or a PyInstaller bundle alike, since each installs it as that
    package.
    """
    folder = resources.files("reader.resources")
    if not isinstance(folder, Path) or not folder.is_dir():
        raise ReaderError(f"Reader's resources are not installed as files ({folder})")
    return folder


def icon_path() -> Path:
    """The application's icon file."""
    return resources_dir() / "icons" / "reader.svg"


def welcome_dir() -> Path:
    """The folder of the welcome articles."""
    return resources_dir() / "welcome"


WELCOME = {"en": "01-welcome-en.md", "zh_CN": "02-welcome-zh.md", "zh_TW": "02-welcome-zh-TW.md"}
SEARCH_SYNTAX = "03-search-syntax.md"  # in English and Chinese both


def welcome_files(language: str) -> list[Path]:
    """The welcome article in `language` (English for any other), and the search syntax."""
    folder = welcome_dir()
    return [folder / WELCOME.get(language, WELCOME["en"]), folder / SEARCH_SYNTAX]


def import_welcome_articles(importer: ImportService, language: str = "en") -> ImportReport:
    """Import the welcome articles in the user's language.

    A failure is an error, since a new library without them would open on an empty window with
    no word of why.
    """
    folder = welcome_dir()
    report = importer.import_paths(welcome_files(language))
    if not report.changed_ids():
        why = report.stopped or "; ".join(f"{r.path}: {r.reason}" for r in report.failures)
        raise ReaderError(f"the welcome articles in {folder} did not import: {why or 'none found'}")
    return report
