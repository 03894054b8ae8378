"""The corpus's real posts, scaled: each copy changed a little, so every file is distinct.

Copy k of a post gets a first paragraph naming the copy (and, in a library written
directly, a title ending in `· k` and a date k days later). The 75 posts are converted
once, by Reader's own converter; a library of 100,000 is then written directly (converting
each copy again would take 20 minutes and measure the converter 1,333 times over on the
same text). Import itself is measured on
files written by `write_files`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reader.app import Services
from reader.core.post import Post

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "posts"
SUFFIXES = (".md", ".markdown", ".html")


def corpus_files() -> list[Path]:
    """The corpus's post files, sorted."""
    return sorted(p for p in CORPUS.iterdir() if p.suffix in SUFFIXES)


def _marker(copy: int) -> str:
    return f"第 {copy} 份副本 copy {copy}"


def scaled_file(data: bytes, copy: int) -> bytes:
    """One post file's copy `copy`.

    Its body opens with a paragraph naming the copy (the front matter is left as written: a
    title may be quoted, folded or a block).
    """
    text = data.decode("utf-8", errors="replace")
    if not text.startswith("---"):
        return f"<p>{_marker(copy)}</p>\n".encode() + data
    end = text.index("\n---", 3)
    body_start = text.index("\n", end + 1) + 1
    return (f"{text[:body_start]}\n{_marker(copy)}\n\n{text[body_start:]}").encode()


def write_files(folder: Path, count: int) -> list[Path]:
    """`count` post files in `folder`: the corpus, copied with changes until there are enough."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = corpus_files()
    out = []
    for i in range(count):
        source = sources[i % len(sources)]
        path = folder / f"{source.stem}-{i // len(sources)}{source.suffix}"
        path.write_bytes(scaled_file(source.read_bytes(), i // len(sources)))
        out.append(path)
    return out


def scaled_posts(count: int) -> Iterator[tuple[str, Post]]:
    """`count` posts (with a source name each): the corpus converted once, then copied."""
    from reader.core.posts import parse_post

    converted = [(p.name, parse_post(p.read_bytes(), p.name)) for p in corpus_files()]
    base = datetime(2020, 1, 1, tzinfo=UTC)
    for i in range(count):
        name, post = converted[i % len(converted)]
        copy = i // len(converted)
        marker = _marker(copy)
        yield (
            f"{copy}/{name}",
            replace(
                post,
                title=f"{post.title} · {copy}" if copy else post.title,
                markdown=f"{marker}\n\n{post.markdown}",
                reading_text=f"{marker}\n{post.reading_text}",
                date=(post.date or base) + timedelta(days=copy),
            ),
        )


def build_library(folder: Path, count: int, index: bool = True) -> float:
    """A library of `count` scaled posts (its index built if `index`); seconds taken."""
    import time

    from reader.app import open_services
    from reader.services.location import LibraryLocation

    began = time.perf_counter()
    services = open_services(LibraryLocation(folder))
    now = datetime.now(UTC)
    batch: list[tuple[str, Post]] = []
    for item in scaled_posts(count):
        batch.append(item)
        if len(batch) >= 2000:
            _save(services, batch, now)
            batch = []
    _save(services, batch, now)
    if index:
        services.search.procs = 2
        services.search.rebuild_now()
    services.close()
    return time.perf_counter() - began


def _save(services: Services, batch: list[tuple[str, Post]], now: datetime) -> None:
    from reader.storage import articles

    with services.db.transaction() as session:
        for name, post in batch:
            articles.insert_post(session, post, source_path=f"/scaled/{name}", file_hash=name,
                                 file_mtime=now)  # fmt: skip
