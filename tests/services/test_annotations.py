"""Highlights end to end: create, edit, delete and undo, re-import, search, export, import."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.app import Services
from reader.core.errors import NotFoundError, ReaderError
from reader.core.records import AnnotationQuery

CHECKER = Path(__file__).resolve().parents[3] / "shared" / "tools" / "w3c_annotation_check.py"


@pytest.fixture
def library(corpus_services: Services) -> Services:
    """The corpus, imported and indexed (a copy of the session's)."""
    return corpus_services


@pytest.fixture
def posts_library(services: Services, corpus_dir: Path, tmp_path: Path) -> Services:
    """The corpus imported from a folder of this test's own, whose posts it may change."""
    shutil.copytree(corpus_dir, tmp_path / "posts")
    assert not services.importer.import_paths([tmp_path / "posts"]).failures
    return services


def _article(services: Services, part: str) -> int:
    return next(a.id for a in services.library.list_articles() if part in a.title)


def test_create_edit_delete_and_undo(library: Services) -> None:
    article_id = _article(library, "碳中和")
    text = library.library.get(article_id).reading_text
    start = text.index("蚂蚁森林")
    created = library.annotations.create(article_id, start, start + 4, color="green",
                                         note="*重要*", tags=["能源"])  # fmt: skip
    assert (created.exact, created.anchor_state, created.tags) == ("蚂蚁森林", "exact", ["能源"])
    assert len(created.prefix) == 32 and len(created.suffix) == 32
    updated = library.annotations.update(created.id, color="pink", note="改过", tags=["a", "b"])
    assert (updated.color, updated.note, updated.tags) == ("pink", "改过", ["a", "b"])
    library.annotations.delete(created.id)
    assert library.annotations.for_article(article_id) == []
    with pytest.raises(NotFoundError):
        library.annotations.get(created.id)
    library.annotations.restore(created.id)
    [back] = library.annotations.for_article(article_id)
    assert (back.id, back.note, back.color) == (created.id, "改过", "pink")
    with pytest.raises(ReaderError, match="not a highlight color"):
        library.annotations.update(created.id, color="octarine")


def test_reimporting_a_changed_post_reanchors_and_loses_nothing(
    posts_library: Services, tmp_path: Path
) -> None:
    path = tmp_path / "posts" / "ofweek-003.md"
    article_id = _article(posts_library, "碳中和")
    text = posts_library.library.get(article_id).reading_text
    kept = posts_library.annotations.create_from_quote(article_id, "蚂蚁森林", note="kept")
    fuzzy_quote = text[text.index("数据中心方面") : text.index("数据中心方面") + 40]
    fuzzy = posts_library.annotations.create_from_quote(article_id, fuzzy_quote)
    doomed_quote = "蚂蚁集团宣布将在2030年实现"
    doomed = posts_library.annotations.create_from_quote(article_id, doomed_quote, note="orphan me")

    source = path.read_text("utf-8")
    source = source.replace("<div>", "<div><p>编者按：这是一段新加的导语。</p>", 1)
    source = source.replace("数据中心方面，腾讯通过降低", "数据中心方面，腾讯借助降低")
    source = source.replace("蚂蚁集团宣布将在2030年实现碳中和", "")
    path.write_text(source, "utf-8")
    report = posts_library.importer.import_paths([tmp_path / "posts"])
    assert report.summary()["updated"] == 1

    new_text = posts_library.library.get(article_id).reading_text
    by_id = {a.id: a for a in posts_library.annotations.for_article(article_id)}
    assert by_id[kept.id].anchor_state == "moved"
    assert new_text[by_id[kept.id].start : by_id[kept.id].end] == "蚂蚁森林"
    assert by_id[fuzzy.id].anchor_state == "fuzzy"
    assert by_id[doomed.id].anchor_state == "orphan"
    assert by_id[doomed.id].exact == doomed_quote and by_id[doomed.id].note == "orphan me"
    orphans = posts_library.annotations.list_annotations(AnnotationQuery(orphans_only=True))
    assert [o.id for o in orphans] == [doomed.id]
    start = new_text.index("联想集团")
    reattached = posts_library.annotations.reattach(doomed.id, start, start + 4)
    assert reattached.anchor_state == "exact" and reattached.exact == "联想集团"


def test_highlights_are_searchable(library: Services) -> None:
    article_id = _article(library, "碳中和")
    other = _article(library, "AXIOS")
    library.annotations.create_from_quote(article_id, "蚂蚁森林", note="绿色金融笔记",
                                          color="green", tags=["气候"])  # fmt: skip
    library.annotations.create_from_quote(other, "axios", color="blue")
    library.search.start()
    assert library.search.wait_idle(60)

    def ids(q: str) -> set[int]:
        return {h.article_id for h in library.search.search(q, limit=200).hits}

    assert ids("in:notes 绿色金融") == {article_id}
    assert ids("in:notes 腾讯") == set()  # in the text, not in a highlight
    assert ids("has:note") == {article_id}
    assert ids("color:green") == {article_id}
    assert ids("color:blue") == {other}
    assert ids("tag:气候") == {article_id}
    assert ids("is:annotated") == {article_id, other}


def test_jsonld_export_passes_the_w3c_checker_and_round_trips(
    library: Services, tmp_path: Path
) -> None:
    made = []
    for part, quotes in (("碳中和", ["碳中和", "蚂蚁森林", "联想集团"]), ("AXIOS", ["axios"])):
        article_id = _article(library, part)
        for i, quote in enumerate(quotes):
            made.append(library.annotations.create_from_quote(
                article_id, quote, color=["yellow", "green", "blue"][i % 3],
                note=f"note {i} with **markdown**" if i % 2 == 0 else "",
                tags=[f"t{i}", "共同"]))  # fmt: skip
    exported = library.export.jsonld()
    out = tmp_path / "highlights.jsonld"
    out.write_text(json.dumps(exported, ensure_ascii=False), "utf-8")
    result = subprocess.run([sys.executable, str(CHECKER), str(out)], capture_output=True,
                            text=True, check=False)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(made)} passed, 0 failed" in result.stdout

    fields = ("uuid", "article_id", "exact", "prefix", "suffix", "start", "end", "color",
              "note", "tags", "anchor_state")  # fmt: skip
    before = sorted(tuple(getattr(a, f) for f in fields) for a in made)
    for a in made:
        library.annotations.delete(a.id)
    with library.db.transaction() as session:  # gone for good, as on a fresh machine
        from reader.storage.schema import AnnotationRow

        session.query(AnnotationRow).delete()
    counts = library.export.import_jsonld(json.loads(out.read_text("utf-8")))
    assert counts == {"imported": len(made), "updated": 0, "orphan": 0, "unmatched": 0,
                      "recoloured": 0}  # fmt: skip
    after = sorted(
        tuple(getattr(a, f) for f in fields) for a in library.annotations.list_annotations()
    )
    assert after == before
    again = library.export.import_jsonld(json.loads(out.read_text("utf-8")))
    assert again["updated"] == len(made) and len(library.annotations.list_annotations()) == len(
        made
    )


def test_markdown_and_csv_exports(library: Services, tmp_path: Path) -> None:
    import csv
    import io

    article_id = _article(library, "碳中和")
    library.annotations.create_from_quote(article_id, "蚂蚁森林", note="一条笔记", tags=["气候"])
    md = library.export.markdown(article_id)
    assert md.startswith("---\ntitle: ")
    assert "> 蚂蚁森林" in md and "一条笔记" in md and "#气候" in md
    rows = list(csv.DictReader(io.StringIO(library.export.csv())))
    assert rows[0]["Highlight"] == "蚂蚁森林" and rows[0]["Note"].startswith("一条笔记")
    assert set(rows[0]) == {"Highlight", "Title", "Author", "URL", "Note", "Location"}
    written = library.export.markdown_folder(tmp_path / "vault")
    assert len(written) == 1 and "蚂蚁森林" in written[0].read_text("utf-8")


@pytest.mark.parametrize(
    "data", ["x", 42, None, True, 1.5, [1, 2], {"type": "AnnotationPage", "items": "nope"}]
)
def test_json_of_the_wrong_shape_is_refused_with_words(library: Services, data: object) -> None:
    with pytest.raises(ReaderError, match="Web Annotation|not a JSON object|list of items"):
        library.export.import_jsonld(data)
    assert library.annotations.list_annotations() == []


def test_two_different_annotations_under_one_id_refuse_the_file(
    library: Services,
) -> None:
    article_id = _article(library, "碳中和")
    made = library.annotations.create_from_quote(article_id, "蚂蚁森林")
    exported = library.export.jsonld()
    [item] = exported["first"]["items"]
    twin = json.loads(json.dumps(item))
    twin["target"]["selector"][0]["exact"] = "联想集团"
    library.annotations.delete(made.id)
    with pytest.raises(ReaderError, match="share the id"):
        library.export.import_jsonld([item, twin])
    # An exact repeat is one annotation, imported once.
    counts = library.export.import_jsonld([item, item])
    assert counts["updated"] + counts["imported"] == 1


def test_an_unknown_colour_is_counted_not_hidden(library: Services) -> None:
    article_id = _article(library, "碳中和")
    library.annotations.create_from_quote(article_id, "蚂蚁森林", color="green")
    exported = library.export.jsonld()
    [item] = exported["first"]["items"]
    for body in item["body"]:
        if body.get("purpose") == "highlighting":
            body["value"] = "orange"
    counts = library.export.import_jsonld([item])
    assert counts["recoloured"] == 1
    [stored] = library.annotations.list_annotations()
    assert stored.color == "yellow"


def test_markdown_export_keeps_every_article_that_shares_a_title(
    library: Services, tmp_path: Path
) -> None:
    posts = tmp_path / "notes"
    posts.mkdir()
    for n in range(3):
        (posts / f"notes-{n}.md").write_text(f"---\ntitle: Notes\n---\nPassage {n} here.\n")
    library.importer.import_paths([posts])
    for summary in library.library.list_articles():
        if summary.title == "Notes":
            library.annotations.create_from_quote(summary.id, "Passage")
    written = library.export.markdown_folder(tmp_path / "vault")
    names = sorted(p.name for p in written)
    assert names == ["Notes (2).md", "Notes (3).md", "Notes.md"]
    bodies = {p.read_text("utf-8") for p in written}
    assert all(any(f"notes-{n}.md" in b for b in bodies) for n in range(3))


def test_export_to_an_unwritable_place_names_it(library: Services, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where a folder should be")
    article_id = _article(library, "碳中和")
    library.annotations.create_from_quote(article_id, "蚂蚁森林")
    with pytest.raises(ReaderError, match=f"cannot write {blocker / 'vault'}"):
        library.export.markdown_folder(blocker / "vault")
