"""The core, storage and services layers load no Qt module."""

from __future__ import annotations

import subprocess
import sys


def test_core_storage_services_do_not_load_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, reader\n"
        "import reader.core, reader.storage, reader.services, reader.search\n"
        "for pkg in (reader.core, reader.storage, reader.services, reader.search):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if '.migrations.' not in m.name:\n"
        "            importlib.import_module(m.name)\n"
        "import reader.cli, reader.app\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(len([m for m in sys.modules if m.startswith('reader.')]))\n"
        "assert not qt, qt\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 15
