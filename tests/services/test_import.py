"""Importing the real corpus and broken files: idempotent, per-file errors, the batch goes on."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from reader.app import Services
from reader.core.records import ReadState
from reader.services.importer import Outcome
from reader.storage.schema import AnnotationRow
from tests.conftest import CORPUS_FILES


def _copy_corpus(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest)
    return dest


def test_import_is_idempotent_and_updates_in_place(
    services: Services, corpus_dir: Path, tmp_path: Path
) -> None:
    folder = _copy_corpus(corpus_dir, tmp_path / "posts")
    first = services.importer.import_paths([folder])
    assert first.summary() == {"imported": len(CORPUS_FILES), "updated": 0, "unchanged": 0,
                               "duplicate": 0, "failed": 0}  # fmt: skip
    again = services.importer.import_paths([folder])
    assert again.count(Outcome.UNCHANGED) == len(CORPUS_FILES)
    assert again.count(Outcome.IMPORTED) == again.count(Outcome.UPDATED) == 0

    target = folder / "md-zh-001.md"
    article_id = next(r.article_id for r in first.results if r.path == str(target.resolve()))
    assert article_id is not None
    services.library.set_tags(article_id, ["mine", "Linux"])
    services.library.set_read_state(article_id, ReadState.READ)
    with services.db.transaction() as session:
        now = datetime.now(UTC)
        session.add(AnnotationRow(uuid="u-1", article_id=article_id, exact="dev", prefix="",
                                  suffix="", start=1, end=4, content_hash="x",
                                  anchor_state="exact", color="yellow", note="keep me",
                                  created_at=now, modified_at=now))  # fmt: skip
    target.write_text(target.read_text(encoding="utf-8") + "\n追加的一段新内容。\n", "utf-8")
    third = services.importer.import_paths([folder])
    assert third.count(Outcome.UPDATED) == 1
    assert third.count(Outcome.UNCHANGED) == len(CORPUS_FILES) - 1
    article = services.library.get(article_id)
    assert "追加的一段新内容" in article.reading_text
    assert article.revision == 2
    assert article.tags == ["Linux", "mine"]
    assert article.read_state is ReadState.READ
    assert services.library.stats().annotations == 1


def test_broken_files_are_named_and_the_batch_goes_on(services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a-good.md").write_text("---\ntitle: Good\n---\nfine text\n", "utf-8")
    (folder / "b-bad-yaml.md").write_text("---\ntitle: 'unclosed\n---\ntext\n", "utf-8")
    (folder / "c-binary.md").write_bytes(b"\x00\x01\x02\xff" * 100)
    (folder / "d-empty.md").write_bytes(b"")
    (folder / "e-gbk.md").write_bytes("---\ntitle: 国标编码\n---\n\n正文内容。\n".encode("gbk"))
    with open(folder / "f-huge.md", "wb") as fh:
        fh.write(b"---\ntitle: huge\n---\n" + b"x" * (20 * 1024 * 1024))
    (folder / "g-vanishes.md").write_text("---\ntitle: Gone\n---\nsoon gone\n", "utf-8")
    (folder / "h-last.md").write_text("# Last one\n\nstill imported\n", "utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")

    def vanish(done: int, total: int, name: str) -> None:
        if name == "f-huge.md":  # files are read a little ahead of the one being written
            (folder / "g-vanishes.md").unlink()

    report = services.importer.import_paths([folder, tmp_path / "missing-dir"], progress=vanish)
    by_name = {Path(r.path).name: r for r in report.results}
    assert by_name["a-good.md"].outcome is Outcome.IMPORTED
    assert by_name["e-gbk.md"].outcome is Outcome.IMPORTED
    assert by_name["h-last.md"].outcome is Outcome.IMPORTED
    assert "malformed" in str(by_name["b-bad-yaml.md"].reason)
    assert "binary" in str(by_name["c-binary.md"].reason)
    assert "empty" in str(by_name["d-empty.md"].reason)
    assert "too large" in str(by_name["f-huge.md"].reason)
    assert "disappeared" in str(by_name["g-vanishes.md"].reason)
    assert "no such file" in str(by_name["missing-dir"].reason)
    assert "notes.pdf" not in by_name
    assert report.count(Outcome.FAILED) == 6
    titles = {a.title for a in services.library.list_articles()}
    assert titles == {"Good", "国标编码", "Last one"}


def test_cancel_stops_between_files(services: Services, corpus_dir: Path) -> None:
    import threading

    cancel = threading.Event()

    def stop_after_five(done: int, total: int, name: str) -> None:
        if done == 5:
            cancel.set()

    report = services.importer.import_paths([corpus_dir], progress=stop_after_five, cancel=cancel)
    assert report.cancelled
    assert services.library.count() == 5


def test_rename_merge_and_delete_tags(services: Services, corpus_dir: Path) -> None:
    services.importer.import_paths([corpus_dir])
    a, b = (s.id for s in services.library.list_articles()[:2])
    services.library.set_tags(a, ["old", "keep"])
    services.library.set_tags(b, ["other"])
    services.library.rename_tag("old", "renamed")
    assert services.library.get(a).tags == ["keep", "renamed"]
    services.library.rename_tag("renamed", "other")  # merge
    assert services.library.get(a).tags == ["keep", "other"]
    assert services.library.get(b).tags == ["other"]
    assert "renamed" not in services.library.all_tags()
    services.library.delete_tag("other")
    assert services.library.get(a).tags == ["keep"] and services.library.get(b).tags == []


def test_the_same_post_from_two_folders_is_one_article(
    services: Services, corpus_dir: Path, tmp_path: Path
) -> None:
    first, second = tmp_path / "blog", tmp_path / "backup-of-blog"
    for folder in (first, second):
        folder.mkdir()
        for path in CORPUS_FILES[:5]:
            shutil.copy(path, folder / path.name)
    services.importer.import_paths([first])
    report = services.importer.import_paths([second])
    assert report.count(Outcome.DUPLICATE) == 5 and services.library.count() == 5
    originals = {a.id for a in services.library.list_articles()}
    assert all(r.reason == f"duplicate of #{r.article_id}" for r in report.results)
    assert {r.article_id for r in report.results} == originals
    # The same web address is the same article, even with its text edited.
    for name, extra in (("saved.md", ""), ("saved-again.md", "补充一段。")):
        (tmp_path / name).write_text(
            f"---\ntitle: 同一篇\nlink: https://example.com/post/1\n---\n正文。{extra}\n", "utf-8"
        )
    services.importer.import_paths([tmp_path / "saved.md"])
    [again] = services.importer.import_paths([tmp_path / "saved-again.md"]).results
    assert again.outcome is Outcome.DUPLICATE
    forced = services.importer.import_paths([second], allow_duplicates=True)
    assert forced.count(Outcome.IMPORTED) == 5


def test_duplicates_within_one_written_batch_are_found_like_stored_ones(
    services: Services, tmp_path: Path
) -> None:
    """Files are written many to a statement; a duplicate is found among them as well.

    Among stored articles first, then among the files before it in the batch that are stored,
    by text and by web address; and each file's article holds that file's post and tags.
    """

    def post(name: str, body: str, link: str = "", tags: str = "[]") -> None:
        (folder / name).write_text(
            f"---\ntitle: {name}\nlink: {link}\ntags: {tags}\n---\n{body}\n", "utf-8"
        )

    folder = tmp_path / "stored"
    folder.mkdir()
    post("s1.md", "已经存了的正文。", "https://example.com/stored")
    [stored] = services.importer.import_paths([folder]).results
    folder = tmp_path / "batch"
    folder.mkdir()
    post("a.md", "第一篇的正文。", "https://example.com/a", "[Linux, linux, 新标签]")
    post("b.md", "第一篇的正文。")  # a's text
    post("c.md", "改过的正文。", "https://example.com/a")  # a's address
    post("d.md", "另一段正文。", "https://example.com/stored")  # a stored one's address
    post("e.md", "已经存了的正文。")  # a stored one's text
    post("f.md", "第三篇。", "https://example.com/f", "['新标签 ', LINUX, ops]")
    post("g.md", "第三篇。", "https://example.com/g")  # f's text: a duplicate, not g's address
    post("h.md", "第四篇。", "https://example.com/g")  # g was not stored: h is new
    report = services.importer.import_paths([folder])
    outcome = {Path(r.path).name: (r.outcome, r.article_id) for r in report.results}
    a, f, h = (int(outcome[n][1] or 0) for n in ("a.md", "f.md", "h.md"))
    assert outcome == {
        "a.md": (Outcome.IMPORTED, a), "b.md": (Outcome.DUPLICATE, a),
        "c.md": (Outcome.DUPLICATE, a), "d.md": (Outcome.DUPLICATE, stored.article_id),
        "e.md": (Outcome.DUPLICATE, stored.article_id), "f.md": (Outcome.IMPORTED, f),
        "g.md": (Outcome.DUPLICATE, f), "h.md": (Outcome.IMPORTED, h),
    }  # fmt: skip
    assert len({a, f, h, stored.article_id} - {0}) == 4
    for name, article_id in (("a.md", a), ("f.md", f), ("h.md", h)):
        assert services.library.get(article_id).title == name
    assert services.library.get(a).tags == ["Linux", "新标签"]
    assert services.library.get(f).tags == ["Linux", "ops", "新标签"]
    assert services.library.get(h).tags == []
    assert services.library.count() == 4


def test_posts_with_the_same_words_but_other_pictures_are_not_duplicates(
    services: Services, tmp_path: Path
) -> None:
    for n in range(2):
        (tmp_path / f"photos-{n}.md").write_text(f"---\ntitle: Photos\n---\n照片\n\n![]({n}.png)\n")
    report = services.importer.import_paths([tmp_path])
    assert report.count(Outcome.IMPORTED) == 2


def test_worker_processes_store_what_one_process_stores(
    services: Services, corpus_dir: Path, tmp_path: Path
) -> None:
    """A large import converts in worker processes.

    Every article is the same as converted in this process, field by field, and in the same
    order.
    """
    from reader.app import open_services
    from reader.services.conversion import WORKERS_FROM
    from reader.services.location import LibraryLocation

    assert len(CORPUS_FILES) >= WORKERS_FROM  # so the corpus goes to the workers
    services.importer.workers = 2
    in_workers = services.importer.import_paths([corpus_dir])
    alone = open_services(LibraryLocation(tmp_path / "alone"))
    try:
        alone.importer.workers = 1
        in_process = alone.importer.import_paths([corpus_dir])
        assert [r.path for r in in_workers.results] == [r.path for r in in_process.results]

        def stored(s: Services) -> list[tuple[object, ...]]:
            full = [s.library.get(summary.id) for summary in s.library.list_articles()]
            return sorted((a.source_path, a.title, a.markdown, a.reading_text, a.date, a.author,
                           a.categories, a.tags) for a in full)  # fmt: skip

        assert stored(services) == stored(alone) and len(stored(alone)) == len(CORPUS_FILES)
    finally:
        alone.close()


def test_a_file_that_fails_to_be_stored_is_named_and_its_batch_is_kept(
    services: Services, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files are written many to a transaction.

    A fault storing one (injected here, as a constraint a future schema might add) rolls the
    batch back, and it is written again file by file: the one is named, the rest are imported.
    """
    from reader.storage import articles

    insert = articles.insert_posts
    victim = sorted(CORPUS_FILES)[10].name

    def failing(session: Any, files: Any, **kwargs: Any) -> Any:
        if any(f.source_path.endswith(victim) for f in files):
            raise ValueError("injected fault")
        return insert(session, files, **kwargs)

    monkeypatch.setattr(articles, "insert_posts", failing)
    report = services.importer.import_paths([corpus_dir])
    assert [Path(r.path).name for r in report.failures] == [victim]
    assert "injected fault" in str(report.failures[0].reason)
    assert report.count(Outcome.IMPORTED) == len(CORPUS_FILES) - 1
    assert services.library.count() == len(CORPUS_FILES) - 1


def test_workers_killed_mid_import_leave_the_rest_to_this_process(
    services: Services, corpus_dir: Path
) -> None:
    """The conversion workers die: the import goes on converting in this process.

    They are killed here (a script that starts them without a __main__ guard breaks them
    too), and every file is imported.
    """
    import multiprocessing
    import signal

    killed: list[int] = []

    def kill_workers(done: int, total: int, name: str) -> None:
        if done == 5:
            for child in multiprocessing.active_children():
                if child.pid is not None:
                    os.kill(child.pid, signal.SIGKILL)
                    killed.append(child.pid)

    services.importer.workers = 2
    report = services.importer.import_paths([corpus_dir], progress=kill_workers)
    assert killed
    assert not report.failures and report.count(Outcome.IMPORTED) == len(CORPUS_FILES)
    assert services.library.count() == len(CORPUS_FILES)
