"""The `reader` command end to end, on the real corpus.

Run in this process (a process of its own costs a second of start-up; `test_cli_busy.py` and the
packaging tests run real ones), with its output, exit status and logging as a process has them.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from tests.conftest import CORPUS_FILES
from tests.reader_command import run_reader


def _reader(library: Path, *args: str) -> tuple[int, list[dict[str, Any]], str]:
    code, printed, said = run_reader("--library", str(library), *args)
    lines = [json.loads(line) for line in printed.splitlines() if line.startswith("{")]
    return code, lines, printed + said


def _copy(corpus_library: Path, tmp_path: Path, name: str = "lib") -> Path:
    """A copy of the session's corpus library (imported and indexed once)."""
    library = tmp_path / name
    shutil.copytree(corpus_library, library)
    return library


def test_import_list_show_stats(tmp_path: Path, corpus_dir: Path) -> None:
    posts = tmp_path / "posts"
    shutil.copytree(corpus_dir, posts)
    library = tmp_path / "lib"

    code, lines, _ = _reader(library, "import", str(posts), "--json")
    assert code == 0
    assert lines[-1]["summary"] == {"imported": len(CORPUS_FILES), "updated": 0,
                                    "unchanged": 0, "duplicate": 0, "failed": 0}  # fmt: skip
    assert len(lines) == len(CORPUS_FILES) + 1

    code, lines, _ = _reader(library, "import", str(posts), "--json")
    assert lines[-1]["summary"]["unchanged"] == len(CORPUS_FILES)
    assert lines[-1]["summary"]["imported"] == 0

    edited = posts / "cnbeta-001.md"
    edited.write_text(edited.read_text("utf-8").replace("英伟达", "NVIDIA 英伟达"), "utf-8")
    code, lines, _ = _reader(library, "import", str(posts), "--json")
    assert lines[-1]["summary"]["updated"] == 1

    code, listed, _ = _reader(library, "list", "--json")
    assert code == 0 and len(listed) == len(CORPUS_FILES)
    assert {"id", "title", "author", "date", "tags", "read_state"} <= set(listed[0])
    dated = [a["date"] for a in listed if a["date"]]
    assert dated == sorted(dated, reverse=True)

    target = next(a for a in listed if "探索COPA" in a["title"])
    code, _, markdown = _reader(library, "show", str(target["id"]))
    assert code == 0 and "NVIDIA 英伟达" in markdown

    code, stats, _ = _reader(library, "stats", "--json")
    assert stats[0]["articles"] == len(CORPUS_FILES)
    assert stats[0]["unread"] == len(CORPUS_FILES)


def test_failures_set_exit_status_and_say_why(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [oops\n---\n", "utf-8")
    code, _, output = _reader(tmp_path / "lib", "import", str(bad))
    assert code == 1
    assert "bad.md" in output and "YAML front matter is malformed" in output
    code, _, output = _reader(tmp_path / "lib", "show", "999")
    assert code == 1 and "no article 999" in output


def test_annotate_list_export_and_import_annotations(tmp_path: Path, corpus_library: Path) -> None:
    library = _copy(corpus_library, tmp_path)
    _, listed, _ = _reader(library, "list", "--json")
    target = next(a for a in listed if "碳中和" in a["title"])
    args = ["--note", "笔记", "--color", "green", "--tag", "气候", "--json"]
    code, made, _ = _reader(library, "annotate", str(target["id"]), "--quote", "蚂蚁森林", *args)
    assert code == 0 and made[0]["exact"] == "蚂蚁森林" and made[0]["tags"] == ["气候"]
    code, _, output = _reader(library, "annotate", str(target["id"]), "--quote", "不存在的句子")
    assert code == 1 and "does not occur" in output
    code, rows, _ = _reader(library, "annotations", str(target["id"]), "--json")
    assert [r["anchor_state"] for r in rows] == ["exact"]
    out = tmp_path / "a.jsonld"
    code, _, _ = _reader(library, "export", "--format", "jsonld", "-o", str(out))
    exported = json.loads(out.read_text("utf-8"))
    assert exported["type"] == "AnnotationCollection" and exported["total"] == 1
    fresh = _copy(corpus_library, tmp_path, "fresh")
    code, _, output = _reader(fresh, "import-annotations", str(out))
    assert code == 0 and "1 imported" in output
    _, rows, _ = _reader(fresh, "annotations", "--json")
    assert rows[0]["note"] == "笔记" and rows[0]["color"] == "green"


def test_reindex_then_search(tmp_path: Path, corpus_library: Path) -> None:
    library = _copy(corpus_library, tmp_path)
    code, _, out = _reader(library, "reindex")
    assert code == 0 and f"indexed {len(CORPUS_FILES)} articles" in out
    code, hits, _ = _reader(library, "search", "碳中和", "--json")
    assert code == 0 and hits
    # The run itself is in every result, not only its characters.
    assert all("碳中和" in h["title"] + "".join(s["text"] for s in h["snippets"]) for h in hits)


def test_delete_to_the_trash_restore_and_empty(tmp_path: Path, corpus_library: Path) -> None:
    library = _copy(corpus_library, tmp_path)
    _, listed, _ = _reader(library, "list", "--json")
    first, second = listed[0]["id"], listed[1]["id"]
    _, _, text = _reader(library, "show", str(first), "--text")
    code, _, _ = _reader(library, "annotate", str(first), "--quote", text.strip()[:6])
    assert code == 0

    code, _, out = _reader(library, "delete", str(first), str(second), "99999")
    assert code == 1 and "99999" in out  # the unknown id is named; the others moved
    _, after, _ = _reader(library, "list", "--json")
    assert {first, second}.isdisjoint(a["id"] for a in after)
    assert len(after) == len(listed) - 2
    _, trash, _ = _reader(library, "trash", "list", "--json")
    assert {t["id"]: t["highlights"] for t in trash} == {first: 1, second: 0}

    code, _, _ = _reader(library, "trash", "restore", str(second))
    assert code == 0
    # Emptying would delete a highlight: not without --yes.
    code, _, out = _reader(library, "trash", "empty")
    assert code == 1 and "--yes" in out
    _, trash, _ = _reader(library, "trash", "list", "--json")
    assert [t["id"] for t in trash] == [first]
    code, _, _ = _reader(library, "trash", "empty", "--yes")
    assert code == 0
    _, trash, _ = _reader(library, "trash", "list", "--json")
    _, after, _ = _reader(library, "list", "--json")
    assert trash == [] and len(after) == len(listed) - 1
    _, annotations, _ = _reader(library, "annotations", "--json")
    assert annotations == []


def test_search_never_builds_the_index_and_says_so(tmp_path: Path, corpus_dir: Path) -> None:
    """A command must not wait minutes for a build.

    On a library whose index was never built, `reader search` reads the articles, says why, and
    leaves the index unbuilt; the built index later finds the same articles.
    """
    library = tmp_path / "lib"
    assert _reader(library, "import", str(corpus_dir))[0] == 0
    code, scanned, out = _reader(library, "search", "碳中和", "--json")
    assert code == 0 and scanned
    assert "not built yet" in out
    assert not list((library / "index").glob("*.toc"))  # nothing was built
    assert _reader(library, "reindex")[0] == 0
    code, ranked, out = _reader(library, "search", "碳中和", "--json")
    assert code == 0 and "not built" not in out and "out of date" not in out
    assert {h["id"] for h in ranked} == {h["id"] for h in scanned}
