"""The library-care commands: check, backup and restore.

They work on the library folder itself, so they run even when its database is damaged and the other
commands cannot.
"""

from __future__ import annotations

import argparse
import contextlib
import json
from dataclasses import asdict
from pathlib import Path

from reader.core.errors import LibraryError
from reader.core.terminal import Writable
from reader.services.backups import list_backups, make_backup, newest_good_backup, restore
from reader.services.health import check_library
from reader.services.location import LibraryLocation

COMMANDS = ("check", "backup", "restore")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the library-care commands (check, backup, restore) to `sub`."""
    check = sub.add_parser("check", help="check the library: database, links, index, backups")
    check.add_argument("--json", action="store_true", help="one JSON object per check")
    backup = sub.add_parser("backup", help="back the library up now (or --list the backups)")
    backup.add_argument("--list", action="store_true", help="list the backups, newest first")
    backup.add_argument("--json", action="store_true")
    rest = sub.add_parser("restore", help="put a backup in place of the library database")
    which = rest.add_mutually_exclusive_group(required=True)
    which.add_argument("backup", nargs="?", type=Path, help="a backup file")
    which.add_argument("--newest", action="store_true", help="the newest backup that is sound")


def run(location: LibraryLocation, args: argparse.Namespace, out: Writable) -> int:
    """Run the library-care command `args` names; the exit status."""
    location.ensure()
    if args.command == "check":
        return _check(location, args, out)
    if args.command == "backup":
        return _backup(location, args, out)
    return _restore(location, args, out)


def _check(location: LibraryLocation, args: argparse.Namespace, out: Writable) -> int:
    findings = check_library(location)
    for f in findings:
        if args.json:
            out.write(json.dumps(asdict(f), ensure_ascii=False) + "\n")
        else:
            out.write(f"{'ok     ' if f.ok else 'PROBLEM'}  {f.check:<13} {f.detail}\n")
    return 0 if all(f.ok for f in findings) else 1


def _backup(location: LibraryLocation, args: argparse.Namespace, out: Writable) -> int:
    if args.list:
        for b in list_backups(location):
            if args.json:
                row = {"path": str(b.path), "created": b.created.isoformat(), "kind": b.kind,
                       "bytes": b.path.stat().st_size}  # fmt: skip
                out.write(json.dumps(row) + "\n")
            else:
                out.write(f"{b.created:%Y-%m-%d %H:%M:%S}  {b.kind:<14} {b.path}\n")
        return 0
    made = make_backup(location, "manual")
    out.write(f"backed up to {made.path}\n")
    return 0


def _restore(location: LibraryLocation, args: argparse.Namespace, out: Writable) -> int:
    if args.newest:
        chosen = newest_good_backup(location)
        if chosen is None:
            raise LibraryError(f"there is no sound backup in {location.root / 'backups'}")
        source = chosen.path
    else:
        source = args.backup
    if location.database.exists():
        # What is there now is kept as a backup too, if it can still be read.
        with contextlib.suppress(LibraryError):
            make_backup(location, "before-restore")
    kept = restore(location, source)
    out.write(f"restored {source}\n")
    if kept.exists():
        out.write(f"the database it replaced is kept as {kept}\n")
    return 0
