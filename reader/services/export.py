"""Exporting highlights, and reading W3C JSON-LD back.

Exporting highlights (W3C Web Annotation JSON-LD, Markdown, Readwise CSV) and reading JSON-LD back,
attaching each annotation to its article by anchoring.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from reader.core.anchoring import Selectors, reanchor
from reader.core.errors import ReaderError
from reader.core.records import Annotation, AnnotationQuery, Article
from reader.services.annotations import COLORS, AnnotationService
from reader.services.changes import ChangeHub, Changes
from reader.services.library import LibraryService
from reader.storage import annotations as store
from reader.storage import articles
from reader.storage.database import Database

CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def source_uri(source_path: str, source_url: str | None) -> str:
    """The target source: the post's URL if it has one, else its file."""
    if source_url and re.match(r"^https?://", source_url):
        return source_url
    return Path(source_path).resolve().as_uri()


def to_jsonld(annotation: Annotation, source: str) -> dict[str, Any]:
    """A highlight as a W3C Web Annotation, its target the article at `source`."""
    bodies: list[dict[str, Any]] = []
    if annotation.note:
        bodies.append({"type": "TextualBody", "value": annotation.note,
                       "format": "text/markdown", "purpose": "commenting"})  # fmt: skip
    bodies.extend({"type": "TextualBody", "value": t, "purpose": "tagging"}
                  for t in annotation.tags)  # fmt: skip
    bodies.append({"type": "TextualBody", "value": annotation.color, "purpose": "highlighting"})
    return {
        "@context": CONTEXT,
        "id": f"urn:uuid:{annotation.uuid}",
        "type": "Annotation",
        "motivation": "commenting" if annotation.note else "highlighting",
        "created": annotation.created_at.isoformat(timespec="seconds"),
        "modified": annotation.modified_at.isoformat(timespec="seconds"),
        "body": bodies,
        "target": {
            "type": "SpecificResource",
            "source": source,
            "selector": [
                {"type": "TextQuoteSelector", "exact": annotation.exact,
                 "prefix": annotation.prefix, "suffix": annotation.suffix},
                {"type": "TextPositionSelector", "start": annotation.start,
                 "end": annotation.end},
            ],
        },
    }  # fmt: skip


class ExportService:
    """Highlights out of the library: W3C JSON-LD, Markdown, CSV, a Markdown folder."""

    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        library: LibraryService,
        annotations: AnnotationService,
    ) -> None:
        self._db = db
        self._hub = hub
        self._library = library
        self._annotations = annotations

    def _grouped(self, article_id: int | None) -> list[tuple[Article, list[Annotation]]]:
        items = self._annotations.list_annotations(AnnotationQuery(article_id=article_id))
        by_article: dict[int, list[Annotation]] = {}
        for a in items:
            by_article.setdefault(a.article_id, []).append(a)
        if article_id is not None and article_id not in by_article:
            by_article[article_id] = []
        return [(self._library.get(i), anns) for i, anns in sorted(by_article.items())]

    def jsonld(self, article_id: int | None = None) -> dict[str, Any]:
        """The highlights, of one article or all, as a W3C AnnotationCollection."""
        items = [
            to_jsonld(a, source_uri(art.source_path, art.source_url))
            for art, anns in self._grouped(article_id)
            for a in anns
        ]
        for item in items:
            item.pop("@context")  # the collection's context covers its items
        return {
            "@context": CONTEXT,
            "id": "urn:reader:annotations" + (f":article:{article_id}" if article_id else ""),
            "type": "AnnotationCollection",
            "label": "Reader highlights",
            "total": len(items),
            "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
        }

    def markdown(self, article_id: int) -> str:
        """One article's highlights and notes as a Markdown document."""
        [(article, anns)] = self._grouped(article_id)
        return article_markdown(article, anns)

    def markdown_folder(self, folder: Path) -> list[Path]:
        """One Markdown file per article with highlights.

        Articles sharing a title get numbered names ("Notes.md", "Notes (2).md"), never one
        file over another.
        """
        written: list[Path] = []
        taken: set[str] = set()
        with writing(folder):
            folder.mkdir(parents=True, exist_ok=True)
            for article, anns in self._grouped(None):
                base = _safe_name(article.title) or f"article-{article.id}"
                name, n = f"{base}.md", 1
                while name.casefold() in taken:  # case-insensitive file systems too
                    n += 1
                    name = f"{base} ({n}).md"
                taken.add(name.casefold())
                path = folder / name
                path.write_text(article_markdown(article, anns), encoding="utf-8")
                written.append(path)
        return written

    def csv(self, article_id: int | None = None) -> str:
        """The highlights, of one article or all, as CSV."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["Highlight", "Title", "Author", "URL", "Note", "Location"])
        for article, anns in self._grouped(article_id):
            url = article.source_url or ""
            for a in anns:
                note = a.note + ("".join(f" .{t}" for t in a.tags) if a.tags else "")
                writer.writerow([a.exact, article.title, article.author or "", url, note.strip(),
                                 a.start])  # fmt: skip
        return out.getvalue()

    def text(self, kind: str, article_id: int | None = None) -> str:
        """One export as text: jsonld, csv, or (for one article) md; ends with a newline."""
        if kind == "jsonld":
            text = json.dumps(self.jsonld(article_id), ensure_ascii=False, indent=2)
        elif kind == "md" and article_id is not None:
            text = self.markdown(article_id)
        elif kind == "csv":
            text = self.csv(article_id)
        else:
            raise ReaderError(f"there is no {kind!r} export of {article_id or 'the library'}")
        return text if text.endswith("\n") else text + "\n"

    def save(self, kind: str, path: Path, article_id: int | None = None) -> None:
        """Write the export `kind` to `path`, naming the place if it cannot be written."""
        text = self.text(kind, article_id)
        with writing(path):
            path.write_text(text, "utf-8")

    def import_jsonld(self, data: object) -> dict[str, int]:
        """Attach each annotation to the article its source names, by anchoring.

        An annotation already present (same id) is updated, never duplicated.
        """
        parsed_items = _unique(_parse_items(_items(data)))
        counts = {"imported": 0, "updated": 0, "orphan": 0, "unmatched": 0, "recoloured": 0}
        sources = self._sources()
        changed: set[int] = set()
        with self._db.transaction() as session:
            for parsed in parsed_items:
                counts["recoloured"] += parsed["recoloured"]
                article_id = sources.get(parsed["source"])
                if article_id is None:
                    counts["unmatched"] += 1
                    continue
                text, _title = articles.text_and_title(session, article_id)
                selectors = parsed["selectors"]
                anchor = reanchor(text, selectors)
                if anchor.attached:
                    selectors = Selectors(selectors.exact, selectors.prefix, selectors.suffix,
                                          anchor.start, anchor.end)  # fmt: skip
                else:
                    counts["orphan"] += 1
                existing = store.id_by_uuid(session, parsed["uuid"])
                if existing is not None:
                    store.set_deleted(session, existing, False)
                    store.update(session, existing, color=parsed["color"], note=parsed["note"],
                                 tags=parsed["tags"])  # fmt: skip
                    counts["updated"] += 1
                else:
                    store.create(session, article_id, selectors, color=parsed["color"],
                                 note=parsed["note"], tags=parsed["tags"], uuid=parsed["uuid"],
                                 state=anchor.state, created_at=parsed["created"],
                                 modified_at=parsed["modified"])  # fmt: skip
                    counts["imported"] += 1
                changed.add(article_id)
        self._hub.publish(Changes(articles=frozenset(changed), annotations=frozenset(changed)))
        return counts

    def _sources(self) -> dict[str, int]:
        """Each article under both names an export may give it: its URL and its file."""
        out: dict[str, int] = {}
        with self._db.reading() as session:
            rows = articles.sources(session)
        for article_id, path, url in rows:
            out[source_uri(path, url)] = article_id
            out[Path(path).resolve().as_uri()] = article_id
        return out


def _items(data: object) -> list[object]:
    """The annotations of a collection, a page, a list, or one annotation."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        found = {str: "a string", int: "a number", float: "a number", bool: "true or false",
                 type(None): "null"}.get(type(data), type(data).__name__)  # fmt: skip
        raise ReaderError(
            f"the file holds {found}, not Web Annotations (an annotation, a list of them, "
            "or an AnnotationCollection)"
        )
    if data.get("type") in ("AnnotationCollection", "AnnotationPage"):
        page = data.get("first", data)
        items = page.get("items", []) if isinstance(page, dict) else None
        if not isinstance(items, list):
            raise ReaderError("the annotation collection has no list of items")
        return items
    return [data]


def _parse_items(items: list[object]) -> list[dict[str, Any]]:
    parsed = []
    for number, item in enumerate(items, 1):
        try:
            if not isinstance(item, dict):
                raise ReaderError("it is not a JSON object")
            parsed.append(_parse_item(item))
        except ReaderError as exc:
            raise ReaderError(f"annotation {number} of {len(items)}: {exc}") from exc
    return parsed


def _unique(parsed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each id once.

    An exact repeat is dropped; two different annotations under one id refuse the file, since
    importing either would silently lose the other.
    """
    seen: dict[str, dict[str, Any]] = {}
    out = []
    for item in parsed:
        first = seen.get(item["uuid"])
        if first is None:
            seen[item["uuid"]] = item
            out.append(item)
        elif first != item:
            raise ReaderError(
                f"two different annotations share the id {item['uuid']}; nothing was imported"
            )
    return out


def _parse_item(item: dict[str, Any]) -> dict[str, Any]:
    try:
        target = item["target"]
        selectors = target["selector"]
        selectors = selectors if isinstance(selectors, list) else [selectors]
        quote = next(s for s in selectors if s.get("type") == "TextQuoteSelector")
        position: dict[str, Any] = next(
            (s for s in selectors if s.get("type") == "TextPositionSelector"), {}
        )
        bodies = item.get("body", [])
        bodies = bodies if isinstance(bodies, list) else [bodies]
        note = next((b["value"] for b in bodies if b.get("purpose") == "commenting"), "")
        tags = [b["value"] for b in bodies if b.get("purpose") == "tagging"]
        color = next((b["value"] for b in bodies if b.get("purpose") == "highlighting"), "yellow")
        start = int(position.get("start", 0))
        exact = str(quote["exact"])
        return {
            "uuid": str(item["id"]).removeprefix("urn:uuid:"),
            "source": target["source"],
            "selectors": Selectors(exact, str(quote.get("prefix", "")),
                                   str(quote.get("suffix", "")), start,
                                   int(position.get("end", start + len(exact)))),
            "note": note,
            "tags": tags,
            "color": color if color in COLORS else "yellow",
            "recoloured": int(color not in COLORS),
            "created": datetime.fromisoformat(item["created"]) if "created" in item else None,
            "modified": datetime.fromisoformat(item["modified"]) if "modified" in item else None,
        }  # fmt: skip
    except (KeyError, StopIteration, TypeError, ValueError) as exc:
        raise ReaderError(f"not a Web Annotation this reader understands ({exc!r})") from exc


def article_markdown(article: Article, annotations: Iterable[Annotation]) -> str:
    """The article's highlights as Markdown with front matter, readable in Obsidian."""
    front = {
        "title": article.title,
        "author": article.author or "",
        "source": article.source_url or Path(article.source_path).as_uri(),
        "date": article.date.date().isoformat() if article.date else "",
        "tags": article.tags,
    }
    lines = ["---", *(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in front.items()),
             "---", "", f"# {article.title}", ""]  # fmt: skip
    for a in annotations:
        quote = "\n".join(f"> {line}" if line else ">" for line in a.exact.splitlines())
        lines.append(quote)
        if a.anchor_state == "orphan":
            lines.append(">\n> *(this passage is no longer in the article)*")
        lines.append("")
        if a.note:
            lines.extend([a.note, ""])
        meta = [f"color: {a.color}"] + ([" ".join(f"#{t.replace(' ', '-')}" for t in a.tags)]
                                        if a.tags else [])  # fmt: skip
        lines.extend([f"<small>{' · '.join(meta)}</small>", ""])
    return "\n".join(lines).rstrip() + "\n"


@contextmanager
def writing(path: Path) -> Iterator[None]:
    """Turns a failure to write an export into words that name the place."""
    try:
        yield
    except OSError as exc:
        raise ReaderError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _safe_name(title: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', " ", title).strip()[:80]
