"""The window's language: Simplified or Traditional Chinese, or English.

Every string the window shows goes through `tr()` (one translation context for all of
Reader). `pyside6-lupdate` extracts them into `resources/i18n/reader_<lang>.ts`, which the
repository keeps; the compiled `.qm` files are not committed: `scripts/setup.sh` and
`scripts/bundle.sh` compile them with `pyside6-lrelease`, and an installed Reader whose
package holds only the `.ts` compiles them once into its cache folder with the `lrelease`
that ships with PySide6. Qt's own translations (qtbase: the Cancel and Close of its dialogs) are
loaded too. The language follows the system locale; the `language` setting and
`reader --lang` override it.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import platformdirs
from PySide6 import __file__ as PYSIDE_FILE
from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "zh_TW", "en")
_TRADITIONAL = {"TW", "HK", "MO"}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the window's language; `%n` in it becomes `n`, with its plural form."""
    return QCoreApplication.translate("", text, disambiguation, n)


def long_date(when: datetime) -> str:
    """A date as the window's language writes it: 2021年5月28日, or May 28, 2021."""
    local = when.astimezone()
    if QLocale().language() == QLocale.Language.Chinese:
        return f"{local.year}年{local.month}月{local.day}日"
    return QLocale().toString(QDate(local.year, local.month, local.day), "MMMM d, yyyy")


def system_language(locale: QLocale | None = None) -> str:
    """zh_CN, zh_TW or en, from a locale (the system's by default)."""
    locale = locale or QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    script = locale.script()
    if script == QLocale.Script.TraditionalHanScript:
        return "zh_TW"
    if script == QLocale.Script.SimplifiedHanScript:
        return "zh_CN"
    territory = locale.name().split("_")[-1]
    return "zh_TW" if territory in _TRADITIONAL else "zh_CN"


def choose_language(explicit: str | None, saved: str | None) -> str:
    """`--lang` first, then the setting, then the system."""
    for choice in (explicit, saved):
        if choice in LANGUAGES:
            return str(choice)
    return system_language()


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's and Reader's translations for `language`; returns them (keep them alive)."""
    QLocale.setDefault(QLocale(language if language != "en" else "en_US"))
    loaded: list[QTranslator] = []
    qt = QTranslator(app)
    # qtbase: the strings of Qt's own dialogs and widgets. (qt_<lang> only names the
    # catalogues of every Qt module, several of which PySide6-Essentials does not ship.)
    if language != "en" and qt.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        loaded.append(qt)
    compiled = compiled_catalogue(language)
    ours = QTranslator(app)
    if compiled is not None and ours.load(str(compiled)):
        app.installTranslator(ours)
        loaded.append(ours)
    elif language != "en":
        log.warning("no %s translation of the window could be loaded", language)
    return loaded


def catalogue(language: str) -> Path:
    """The translation source of `language`."""
    from reader.services.welcome import resources_dir

    return resources_dir() / "i18n" / f"reader_{language}.ts"


def compiled_catalogue(language: str) -> Path | None:
    """The `.qm` for `language`.

    Beside its `.ts` if set-up or bundling compiled it, else compiled now into the cache folder
    (again whenever the `.ts` is newer).
    """
    source = catalogue(language)
    if not source.is_file():
        return None
    beside = source.with_suffix(".qm")
    if beside.is_file() and beside.stat().st_mtime >= source.stat().st_mtime:
        return beside
    cached = Path(platformdirs.user_cache_dir("Reader", appauthor=False)) / beside.name
    if cached.is_file() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    return cached if compile_catalogue(source, cached) else None


def lrelease() -> str | None:
    """PySide6's `lrelease`, or one on PATH."""
    bundled = Path(PYSIDE_FILE).parent / "lrelease"
    if bundled.is_file():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_catalogue(source: Path, target: Path) -> bool:
    """Compile a translation source with lrelease; whether it was compiled."""
    tool = lrelease()
    if tool is None:
        log.warning("no lrelease to compile %s", source)
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([tool, "-silent", str(source), "-qm", str(target)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    if done.returncode != 0 or not target.is_file():
        log.warning("lrelease failed on %s: %s", source, done.stderr.strip())
        return False
    return True
