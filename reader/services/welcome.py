"""The built-in welcome articles that a new, empty library starts with."""

from __future__ import annotations

import sys
from pathlib import Path

from reader.services.importer import ImportReport, ImportService


def resources_dir() -> Path:
    """`resources/` beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


WELCOME_DIR = resources_dir() / "welcome"


def import_welcome_articles(importer: ImportService) -> ImportReport:
    return importer.import_paths([WELCOME_DIR])
