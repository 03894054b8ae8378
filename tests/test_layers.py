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
    assert int(_printed_by(code)) > 15


def _printed_by(code: str) -> str:
    """What `code` prints, run in a Python of its own (nothing imported yet); it must not fail."""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_services_build_no_sql() -> None:
    """Queries are storage's: a service asks storage/ for what it needs, and gets records.

    No service builds a statement, loads a table's row by its key, or names a table's class
    (the ORM rows stay in storage/).
    """
    import ast
    from pathlib import Path

    services = Path(__file__).resolve().parents[1] / "reader" / "services"
    modules = sorted(services.glob("*.py"))
    assert len(modules) > 10
    builders = {"select", "insert", "update", "delete", "func", "text", "and_", "or_"}
    found = []
    for path in modules:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.startswith("sqlalchemy")
            ):
                used = {alias.name for alias in node.names} & builders
                if used:
                    found.append(f"{path.name}: from {node.module} import {sorted(used)}")
            if isinstance(node, ast.ImportFrom) and node.module == "reader.storage.schema":
                found.append(f"{path.name}: imports the tables' classes")
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "get"
                and (isinstance(node.value, ast.Name) and node.value.id == "session")
            ):
                found.append(f"{path.name}:{node.lineno}: session.get")
    assert found == []


def test_the_command_module_loads_no_database_or_parsing_stack() -> None:
    """Each spawned worker (conversion, index builders) runs the main module again.

    That is `reader.cli` for the `reader` command and the window: importing it must stay light
    (it took 0.3 s a worker when it loaded the database layer).
    """
    code = (
        "import sys, reader.cli\n"
        "heavy = ('sqlalchemy', 'whoosh', 'bs4', 'markdownify', 'PySide6', 'apsw')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    assert _printed_by(code) == "[]"


def test_storage_hands_services_records_not_rows() -> None:
    """What a service gets from storage is a record or a value, never a table's row object.

    A row handed out can be changed outside storage, past its rules (the search stamp).
    """
    import ast
    from pathlib import Path

    reader = Path(__file__).resolve().parents[1] / "reader"
    returns: dict[tuple[str, str], str] = {}
    for path in (reader / "storage").glob("*.py"):
        for statement in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(statement, ast.FunctionDef) and statement.returns is not None:
                returns[(path.stem, statement.name)] = ast.unparse(statement.returns)
    found = []
    for path in sorted((reader / "services").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = {
            alias.asname or alias.name: alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module == "reader.storage"
            for alias in node.names
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in modules
            ):
                returned = returns.get((modules[node.value.id], node.attr), "")
                if "Row" in returned:
                    found.append(f"{path.name}:{node.lineno}: {node.attr} -> {returned}")
    assert len(returns) > 50
    assert found == []
