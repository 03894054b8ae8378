"""The `reader` command: opens the window, or runs a scriptable subcommand."""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from reader import __version__, cli_annotations, cli_trash
from reader.core.errors import DamagedLibraryError, ReaderError
from reader.core.records import ArticleQuery, ArticleSummary, ReadState
from reader.core.terminal import ProgressBar, TerminalText, Writable, json_line

# A command in a terminal waits this long for the window (or another command) to finish a
# write, having said that it waits, instead of failing after SQLite's usual 5 s.
CLI_BUSY_TIMEOUT_MS = 60_000
WRITING_COMMANDS = frozenset(
    {
        "import",
        "reindex",
        "reconvert",
        "images",
        "annotate",
        "import-annotations",
        "delete",
        "trash",
    }
)


def build_parser() -> argparse.ArgumentParser:
    """The `reader` command's arguments and subcommands."""
    parser = argparse.ArgumentParser(
        prog="reader",
        usage="reader [-h] [--version] [--library DIR] [--lang LANG] [--theme THEME] [--verbose] "
        "[FILE ... | COMMAND ...]",
        description="Read, annotate and search saved articles offline.",
        epilog="With no command, Reader opens its window; `reader FILE…` opens it with those "
        "posts imported and the first one shown (in the window already open on the library, "
        "if there is one).",
    )
    _add_common_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    imp = sub.add_parser("import", help="import post files and folders")
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    imp.add_argument("--json", action="store_true", help="one JSON object per line")
    imp.add_argument(
        "--images", action="store_true", help="then download the imported posts' remote images"
    )
    imp.add_argument(
        "--allow-duplicates",
        action="store_true",
        help="import a post even if the library holds its text or its address already",
    )
    lst = sub.add_parser("list", help="list the articles in the library")
    lst.add_argument("--json", action="store_true", help="one JSON object per line")
    lst.add_argument("--limit", type=int, default=None)
    lst.add_argument("--sort", choices=["date", "title", "author", "length", "imported"])
    lst.add_argument("--state", choices=[s.value for s in ReadState])
    lst.add_argument("--tag")
    lst.add_argument("--category")
    lst.add_argument("--author")
    show = sub.add_parser("show", help="print an article's Markdown")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true", help="the whole article as JSON")
    show.add_argument("--text", action="store_true", help="the reading text, not the Markdown")
    search = sub.add_parser("search", help="search the library (see the README for the syntax)")
    search.add_argument("query", nargs="+")
    search.add_argument("--json", action="store_true", help="one JSON object per result")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--sort", choices=["relevance", "date"])
    sub.add_parser("reindex", help="rebuild the search index from the library")
    sub.add_parser("reconvert", help="bring articles from an older Reader up to today's text")
    images = sub.add_parser("images", help="the articles' images")
    images_sub = images.add_subparsers(dest="images_command", required=True)
    fetch = images_sub.add_parser("fetch", help="download remote images not stored yet")
    fetch.add_argument("ids", nargs="*", type=int, metavar="ID", help="articles (default: all)")
    fetch.add_argument("--json", action="store_true", help="one JSON object per image")
    cli_annotations.add_parsers(sub)
    stats = sub.add_parser("stats", help="counts for the library")
    stats.add_argument("--json", action="store_true")
    cli_trash.add_parsers(sub)
    from reader import cli_care  # the database layer: not for a process that only spawns

    cli_care.add_parsers(sub)
    desktop = sub.add_parser(
        "desktop", help="add Reader to the desktop's menus and Open With (this user only)"
    )
    desktop.add_argument("action", choices=["install", "uninstall"])
    return parser


def _add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    parser.add_argument(
        "--library",
        metavar="DIR",
        help="the library folder (default: $READER_LIBRARY or the user data folder)",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="log everything, to stderr as well"
    )
    parser.add_argument(
        "--lang",
        choices=["zh_CN", "zh_TW", "en"],
        help="the window's language (default: the setting, else the system's)",
    )
    parser.add_argument(
        "--theme",
        choices=["light", "sepia", "dark"],
        help="open the window in this theme, for this session (the setting is kept)",
    )


def build_open_parser() -> argparse.ArgumentParser:
    """`reader [options] FILE…`: the window, with those posts imported and the first shown."""
    parser = argparse.ArgumentParser(prog="reader", usage="reader [--library DIR] FILE ...")
    _add_common_options(parser)
    parser.add_argument("files", nargs="+", metavar="FILE", help="post files or folders")
    return parser


def _opens_files(argv: Sequence[str]) -> bool:
    """Whether the first word that is not an option is a file rather than a command.

    `reader post.md` opens it, `reader list` lists (a file called `list`: `reader ./list`).
    """
    commands = set(_command_names(build_parser()))
    words = iter(argv)
    for word in words:
        if word in ("--library", "--lang", "--theme"):
            next(words, None)
        elif word == "--":
            return True
        elif not word.startswith("-"):
            return word not in commands
    return False


def _command_names(parser: argparse.ArgumentParser) -> list[str]:
    for action in parser._actions:  # argparse keeps its subcommands nowhere public
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def main(argv: Sequence[str] | None = None) -> int:
    """Run `reader` with `argv` (the process's arguments if None); the exit status."""
    multiprocessing.freeze_support()  # the index builders, in a frozen (PyInstaller) build
    words = list(sys.argv[1:] if argv is None else argv)
    opening = _opens_files(words)
    args = (build_open_parser() if opening else build_parser()).parse_args(words)
    if opening:
        args.command = None
    from reader import cli_care
    from reader.app import default_location, library_busy, open_services, run_gui
    from reader.logs import setup_logging
    from reader.services.backups import newest_good_backup

    setup_logging(verbose=args.verbose)
    errors = TerminalText(sys.stderr)
    location = default_location(args.library)
    if args.command is None:
        try:
            files = [as_path(f) for f in getattr(args, "files", [])]
            return run_gui(location, files=files, language=args.lang, theme=args.theme)
        except ReaderError as exc:
            print(f"reader: {exc}", file=errors)
            return 2
    out = sys.stdout if getattr(args, "json", False) else TerminalText(sys.stdout)
    if args.command == "desktop":
        return _cmd_desktop(args, out)
    if args.command in cli_care.COMMANDS:
        try:
            return cli_care.run(location, args, out)
        except ReaderError as exc:
            print(f"reader: {exc}", file=errors)
            return 1
    if args.command in WRITING_COMMANDS and library_busy(location):
        print(f"reader: the library is busy (another Reader is writing to it); waiting up to "
              f"{CLI_BUSY_TIMEOUT_MS // 1000} s…", file=errors)  # fmt: skip
    try:
        services = open_services(location, busy_timeout_ms=CLI_BUSY_TIMEOUT_MS)
    except DamagedLibraryError as exc:
        print(f"reader: {exc}", file=errors)
        newest = newest_good_backup(location)
        if newest is not None:
            print(f"reader: the newest sound backup is from {newest.created:%Y-%m-%d %H:%M} "
                  f"UTC; restore it with: reader restore {newest.path}", file=errors)  # fmt: skip
        return 2
    except ReaderError as exc:
        print(f"reader: {exc}", file=errors)
        return 2
    try:
        handler = _HANDLERS[args.command]
        code = handler(services, args, out)
        out.flush()
        return code
    except ReaderError as exc:
        print(f"reader: {exc}", file=errors)
        return 1
    except BrokenPipeError:
        # The reader of our output went away (`reader list | head`): not an error. Point
        # stdout at nothing so the interpreter's own flush at exit doesn't fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 0
    finally:
        services.close()


def _cmd_desktop(args: argparse.Namespace, out: Writable) -> int:
    from reader.app import desktop_integration

    try:
        paths = desktop_integration(args.action)
    except ReaderError as exc:
        print(f"reader: {exc}", file=TerminalText(sys.stderr))
        return 1
    verb = "installed" if args.action == "install" else "removed"
    out.write(f"{len(paths)} files {verb}\n" + "".join(f"  {p}\n" for p in paths))
    return 0


def as_path(word: str) -> Path:
    """A file named on the command line, or by a desktop as a `file://` URL."""
    if word.startswith("file://"):
        from urllib.parse import unquote, urlsplit

        return Path(unquote(urlsplit(word).path))
    return Path(word).expanduser().absolute()


def _cmd_import(services: Any, args: argparse.Namespace, out: Writable) -> int:
    from reader.services.importer import Outcome

    bar = ProgressBar(sys.stderr) if not args.json and sys.stderr.isatty() else None
    report = services.importer.import_paths(
        args.paths, progress=bar.update if bar else None, allow_duplicates=args.allow_duplicates
    )
    if bar:
        bar.finish()
    if args.json:
        for r in report.results:
            json_line(out, {"path": r.path, "outcome": r.outcome.value, "id": r.article_id,
                             "reason": r.reason})  # fmt: skip
        json_line(out, {"summary": report.summary(), "stopped": report.stopped})
    else:
        s = report.summary()
        out.write(
            f"{s['imported']} imported, {s['updated']} updated, {s['unchanged']} unchanged, "
            f"{s['duplicate']} duplicates, {s['failed']} failed\n"
        )
        for r in report.results:
            if r.outcome in (Outcome.FAILED, Outcome.DUPLICATE):
                out.write(f"  {r.outcome.value}: {r.path}: {r.reason}\n")
    if report.stopped:
        print(f"reader: the import stopped: {report.stopped}", file=TerminalText(sys.stderr))
    imported = report.changed_ids()
    images_failed = False
    if args.images and imported:
        args.ids = imported
        images_failed = _cmd_images(services, args, out) != 0
    return 1 if report.failures or report.stopped or images_failed else 0


def _summary_dict(a: ArticleSummary) -> dict[str, Any]:
    data = asdict(a)
    data["read_state"] = a.read_state.value
    return data


def _cmd_list(services: Any, args: argparse.Namespace, out: Writable) -> int:
    query = ArticleQuery(
        sort=args.sort or "date",
        limit=args.limit,
        read_state=ReadState(args.state) if args.state else None,
        tag=args.tag,
        category=args.category,
        author=args.author,
    )
    for a in services.library.list_articles(query):
        if args.json:
            json_line(out, _summary_dict(a))
        else:
            when = a.date.strftime("%Y-%m-%d") if a.date else "          "
            out.write(f"{a.id:>6}  {when}  {a.read_state.value:<8}  {a.title}\n")
    return 0


def _cmd_show(services: Any, args: argparse.Namespace, out: Writable) -> int:
    article = services.library.get(args.id)
    if args.json:
        data = asdict(article)
        data["read_state"] = article.read_state.value
        json_line(out, data)
    else:
        out.write(article.reading_text + "\n" if args.text else article.markdown)
    return 0


def _cmd_stats(services: Any, args: argparse.Namespace, out: Writable) -> int:
    stats = asdict(services.library.stats())
    if args.json:
        json_line(out, stats)
    else:
        for key, value in stats.items():
            out.write(f"{key:<12} {value}\n")
    return 0


def _cmd_search(services: Any, args: argparse.Namespace, out: Writable) -> int:
    # Never build the index here (minutes at 100,000 articles): what it lacks is scanned,
    # and the window's worker or `reader reindex` brings it up to date.
    lacking = services.search.open_as_is()
    results = services.search.search(" ".join(args.query), limit=args.limit, sort=args.sort)
    if lacking is None:
        print("note: the search index is not built yet, so every article was read; "
              "`reader reindex` (or opening the window) builds it", file=sys.stderr)  # fmt: skip
    elif lacking:
        print(f"note: the search index is out of date; {lacking} articles it lacks were "
              "read instead; `reader reindex` (or opening the window) updates it",
              file=sys.stderr)  # fmt: skip
    if results.notice:
        print(f"note: {results.notice}", file=sys.stderr)
    for hit in results.hits:
        if args.json:
            json_line(out, {
                "id": hit.article_id, "title": hit.title, "score": round(hit.score, 4),
                "hits": hit.hits[:50],
                "snippets": [{"start": s.start, "end": s.end, "text": s.text, "hits": s.hits}
                             for s in hit.snippets],
            })  # fmt: skip
        else:
            out.write(f"{hit.article_id:>6}  {hit.title}\n")
            for s in hit.snippets:
                out.write(f"        …{_marked(s.text, s.start, s.hits)}…\n")
    if not args.json:
        shown = f"{len(results.hits)} of " if results.more else ""
        if results.counted is not None:
            total = results.counted
        elif results.more:
            total = services.search.count(" ".join(args.query))
        else:
            total = results.total
        out.write(f"{shown}{total} results in {results.elapsed_ms:.0f} ms\n")
    return 0


def _marked(text: str, base: int, hits: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end in hits:
        out += [text[last : start - base], "[", text[start - base : end - base], "]"]
        last = end - base
    out.append(text[last:])
    return "".join(out).replace("\n", " ")


def _cmd_reindex(services: Any, args: argparse.Namespace, out: Writable) -> int:
    bar = ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    count = services.search.rebuild_now(
        progress=(lambda done, total: bar.update(done, total, "")) if bar else None
    )
    if bar:
        bar.finish()
    out.write(f"indexed {count} articles\n")
    return 0


def _cmd_reconvert(services: Any, args: argparse.Namespace, out: Writable) -> int:
    from reader.services.reconvert import reconvert_outdated

    report = reconvert_outdated(services.db, services.hub)
    out.write(f"{report.articles} articles re-converted, {report.changed} changed; "
              f"highlights: {dict(report.anchors) or 'none moved'}\n")  # fmt: skip
    for article_id, annotation_id, state in report.not_exact:
        out.write(f"  highlight {annotation_id} of article {article_id}: {state}\n")
    return 0


def _cmd_images(services: Any, args: argparse.Namespace, out: Writable) -> int:
    from collections import Counter

    from reader.services.imagefetch import ImageFetcher
    from reader.services.media import MediaStore

    fetcher = ImageFetcher(services.db, services.hub, MediaStore(services.location.media_dir))
    counts: Counter[str] = Counter()
    for result in fetcher.fetch(args.ids or None):
        counts[result.state] += 1
        if args.json:
            json_line(out, asdict(result))
        elif result.state == "failed":
            out.write(f"  failed: {result.url}: {result.reason}\n")
    summary = {"stored": counts["stored"], "failed": counts["failed"]}
    if args.json:
        json_line(out, {"summary": summary})
    else:
        stored = summary["stored"]
        out.write(
            f"{stored} image{'' if stored == 1 else 's'} stored, {summary['failed']} failed\n"
        )
    return 1 if counts["failed"] else 0


_HANDLERS = {
    "import": _cmd_import,
    "list": _cmd_list,
    "show": _cmd_show,
    "stats": _cmd_stats,
    "search": _cmd_search,
    "reindex": _cmd_reindex,
    "reconvert": _cmd_reconvert,
    "images": _cmd_images,
    **cli_annotations.HANDLERS,
    "delete": cli_trash.run,
    "trash": cli_trash.run,
}
