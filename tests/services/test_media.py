"""Local images are copied into the media store at import, and only those allowed.

Local images are copied into the library's media store at import, and only those a post may name:
nothing outside its folder, no FIFO, nothing that is not an image.
"""

from __future__ import annotations

import os
import shutil
import struct
import zlib
from pathlib import Path

import pytest

from reader.app import Services
from reader.services.media import MediaStore, sniff


def png(width: int, height: int) -> bytes:
    """A real PNG of that size (white), made by hand: signature, IHDR, IDAT, IEND."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xff\xff\xff" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))  # fmt: skip


PNG = png(1, 1)
GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"  # noqa: E501


def make_blog(root: Path, secret: Path) -> Path:
    """A Hexo site whose post names every kind of image path; returns the post."""
    posts = root / "source" / "_posts"
    (posts / "post").mkdir(parents=True)
    (root / "source" / "images").mkdir()
    (posts / "pic.png").write_bytes(PNG)
    (posts / "post" / "asset.gif").write_bytes(GIF)
    (root / "source" / "images" / "site.png").write_bytes(png(1, 1) + b"site")
    (posts / "fake.png").write_text("<html>404 not found</html>")
    os.mkfifo(posts / "fifo.png")
    (posts / "link.png").symlink_to(secret)
    post = posts / "post.md"
    post.write_text(
        "---\ntitle: Pictures\nheadimg: /images/site.png\n---\n"
        "![rel](pic.png)\n\n![asset](asset.gif)\n\n![root](/images/site.png)\n\n"
        f"![up](../../../{secret.name})\n\n![link](link.png)\n\n"
        f'<img src="file://{secret}" alt="file">\n\n'
        "![fifo](fifo.png)\n\n![fake](fake.png)\n\n![gone](nothere.png)\n\n"
        "![web](http://127.0.0.1:9/remote.png)\n\n"
        "![inline](data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==)\n",
        "utf-8",
    )
    return post


EXPECTED = {
    "pic.png": ("stored", None),
    "asset.gif": ("stored", None),
    "/images/site.png": ("stored", None),
    "link.png": ("refused", "outside the post's folder"),
    "fifo.png": ("refused", "this is a named pipe (FIFO), not a regular file"),
    "fake.png": ("refused", "not an image"),
    "nothere.png": ("missing", "the file is not there"),
    "http://127.0.0.1:9/remote.png": ("remote", "not downloaded"),
}


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and symlinks as on POSIX")
def test_import_copies_what_a_post_may_name_and_refuses_the_rest(
    services: Services, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(PNG + b"private")
    post = make_blog(tmp_path / "blog", secret)
    report = services.importer.import_paths([post])
    assert not report.failures
    [summary] = services.library.list_articles()
    images = services.library.get(summary.id).images

    for url, (state, reason) in EXPECTED.items():
        assert images[url].state == state, (url, images[url])
        if reason:
            assert images[url].reason == reason, (url, images[url])
    up = images[f"../../../{secret.name}"]
    assert (up.state, up.reason) == ("refused", "outside the post's folder")
    assert images[f"file://{secret}"].state == "refused"
    assert not any(u.startswith("data:") for u in images)  # shown as they are

    store = MediaStore(services.location.media_dir)
    stored = [i for i in images.values() if i.state == "stored"]
    assert len({i.sha256 for i in stored}) == 3
    assert all(i.sha256 and store.has(i.sha256, i.mime) for i in stored)
    files = {p.read_bytes() for p in services.location.media_dir.rglob("*.*")}
    assert files == {PNG, GIF, PNG + b"site"}  # the secret was never read into the library
    assert all(sniff(data) for data in files)


def test_articles_imported_before_the_store_get_their_images_on_the_next_import(
    services: Services, tmp_path: Path
) -> None:
    post = tmp_path / "posts" / "p.md"
    post.parent.mkdir()
    (post.parent / "pic.png").write_bytes(PNG)
    post.write_text("---\ntitle: Old\n---\n![a](pic.png)\n")
    services.importer.import_paths([post])
    [summary] = services.library.list_articles()
    with services.db.transaction() as session:  # as an older Reader left it
        from sqlalchemy import delete, update

        from reader.storage.schema import ArticleRow, ImageRow

        session.execute(delete(ImageRow))
        session.execute(update(ArticleRow).values(images_collected=False))
    shutil.rmtree(services.location.media_dir)
    assert services.library.get(summary.id).images == {}
    services.importer.import_paths([post])  # the file is unchanged
    assert services.library.get(summary.id).images["pic.png"].state == "stored"
