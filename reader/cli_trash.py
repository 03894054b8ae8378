"""`reader delete` and `reader trash`.

Moving articles to the trash, listing, restoring and emptying it. Deleting for good asks for `--yes`
when highlights would go with the articles.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from reader.core.errors import ReaderError
from reader.core.records import ArticleQuery
from reader.core.terminal import Writable

COMMANDS = ("delete", "trash")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `reader trash` and `reader delete` to `sub`."""
    delete = sub.add_parser(
        "delete", help="move articles to the trash (`reader trash restore` brings them back)"
    )
    delete.add_argument("ids", nargs="+", type=int, metavar="ID")
    trash = sub.add_parser("trash", help="the trash: list, restore or empty it")
    actions = trash.add_subparsers(dest="trash_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the articles in the trash, last trashed first")
    listing.add_argument("--json", action="store_true", help="one JSON object per article")
    restore = actions.add_parser("restore", help="bring articles back into the library")
    restore.add_argument("ids", nargs="+", type=int, metavar="ID")
    empty = actions.add_parser(
        "empty", help="delete what the trash holds (or the IDs given) for good"
    )
    empty.add_argument("ids", nargs="*", type=int, metavar="ID")
    empty.add_argument(
        "--yes", action="store_true", help="delete even when highlights would go with them"
    )


def run(services: Any, args: argparse.Namespace, out: Writable) -> int:
    """Run the trash command `args` names; the exit status."""
    library = services.library
    if args.command == "delete":
        moved = library.move_to_trash(args.ids)
        _report(out, "moved to the trash", moved, args.ids)
        return 0 if len(moved) == len(set(args.ids)) else 1
    if args.trash_action == "list":
        return _list(library, args, out)
    if args.trash_action == "restore":
        restored = library.restore(args.ids)
        _report(out, "restored", restored, args.ids)
        return 0 if len(restored) == len(set(args.ids)) else 1
    return _empty(library, args, out)


def _list(library: Any, args: argparse.Namespace, out: Writable) -> int:
    for a in library.list_articles(ArticleQuery(in_trash=True, sort="trashed")):
        if args.json:
            row = {"id": a.id, "title": a.title, "trashed_at": a.trashed_at.isoformat(),
                   "highlights": a.highlight_count}  # fmt: skip
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            marks = f"  ({a.highlight_count} highlights)" if a.highlight_count else ""
            out.write(f"{a.id:>6}  {a.trashed_at:%Y-%m-%d %H:%M}  {a.title}{marks}\n")
    return 0


def _empty(library: Any, args: argparse.Namespace, out: Writable) -> int:
    held = set(library.trashed())
    wanted = held if not args.ids else held & set(args.ids)
    missing = sorted(set(args.ids) - held)
    if missing:
        raise ReaderError(f"not in the trash: {', '.join(map(str, missing))}; nothing was deleted")
    highlights = library.trash_highlights(wanted)
    if highlights and not args.yes:
        raise ReaderError(
            f"{len(wanted)} article(s) would be deleted with {highlights} highlight(s) the user "
            "made; add --yes to delete them for good, or export them first (reader export)"
        )
    deleted = library.empty_trash(wanted)
    out.write(f"deleted {len(deleted)} article(s) and {highlights} highlight(s) for good\n")
    return 0


def _report(out: Writable, done: str, ids: list[int], asked: list[int]) -> None:
    if ids:
        out.write(f"{done}: {', '.join(map(str, ids))}\n")
    skipped = sorted(set(asked) - set(ids))
    if skipped:
        where = "in the library" if done.startswith("moved") else "in the trash"
        out.write(f"not {where}, left as they are: {', '.join(map(str, skipped))}\n")
