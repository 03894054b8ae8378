"""The highlight commands: `reader annotate`, `annotations`, `export`, `import-annotations`."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from reader.core.errors import ReaderError
from reader.core.terminal import Writable, json_line


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the highlight commands to `sub`."""
    ann = sub.add_parser("annotate", help="highlight a passage of an article")
    ann.add_argument("id", type=int)
    ann.add_argument("--quote", required=True, help="the exact text to highlight")
    ann.add_argument("--note", default="")
    ann.add_argument("--color", default="yellow")
    ann.add_argument("--tag", action="append", default=[])
    ann.add_argument("--json", action="store_true")
    anns = sub.add_parser("annotations", help="list highlights, with their anchor state")
    anns.add_argument("id", type=int, nargs="?")
    anns.add_argument("--json", action="store_true")
    exp = sub.add_parser("export", help="export highlights")
    exp.add_argument("--format", choices=["jsonld", "md", "csv"], default="jsonld")
    exp.add_argument("--article", type=int)
    exp.add_argument("-o", "--output", type=Path, help="a file (or, for md of all, a folder)")
    imp_ann = sub.add_parser("import-annotations", help="read a Web Annotation JSON-LD file")
    imp_ann.add_argument("file", type=Path)


def _annotation_dict(a: Any) -> dict[str, Any]:
    return asdict(a)


def _annotate(services: Any, args: argparse.Namespace, out: Writable) -> int:
    record = services.annotations.create_from_quote(
        args.id, args.quote, color=args.color, note=args.note, tags=args.tag
    )
    if args.json:
        json_line(out, _annotation_dict(record))
    else:
        out.write(f"highlight {record.id} at {record.start}..{record.end} ({record.color})\n")
    return 0


def _annotations(services: Any, args: argparse.Namespace, out: Writable) -> int:
    from reader.core.records import AnnotationQuery

    for a in services.annotations.list_annotations(AnnotationQuery(article_id=args.id)):
        if args.json:
            json_line(out, _annotation_dict(a))
        else:
            quote = a.exact.replace("\n", " ")
            quote = quote if len(quote) <= 60 else quote[:59] + "…"
            out.write(f"{a.id:>6}  {a.article_id:>6}  {a.anchor_state:<7} {a.color:<7} {quote}\n")
    return 0


def _export(services: Any, args: argparse.Namespace, out: Writable) -> int:
    if args.format == "md" and args.article is None:
        folder = args.output or Path("reader-highlights")
        written = services.export.markdown_folder(folder)
        out.write(f"wrote {len(written)} files to {folder}\n")
        return 0
    if args.output:
        services.export.save(args.format, args.output, args.article)
    else:
        out.write(services.export.text(args.format, args.article))
    return 0


def _import_annotations(services: Any, args: argparse.Namespace, out: Writable) -> int:
    try:
        data = json.loads(args.file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReaderError(f"cannot read {args.file}: {exc}") from exc
    counts = services.export.import_jsonld(data)
    out.write(", ".join(f"{v} {k}" for k, v in counts.items() if k != "recoloured") + "\n")
    if counts["recoloured"]:
        out.write(f"{counts['recoloured']} had a colour Reader does not have and became yellow\n")
    return 1 if counts["unmatched"] else 0


# Each command's handler: the services, its arguments, where to write; the exit status.
HANDLERS: dict[str, Callable[[Any, argparse.Namespace, Writable], int]] = {
    "annotate": _annotate,
    "annotations": _annotations,
    "export": _export,
    "import-annotations": _import_annotations,
}
