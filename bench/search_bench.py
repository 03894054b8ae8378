"""Search benchmark: Reader's index against stock Whoosh + jieba, on a generated corpus.

    .venv/bin/python -m bench.search_bench [--sizes 2000 20000] [--queries 200]

Each build runs in its own process so its peak memory is its own. Printed per size: index
throughput, index size, peak memory, query latency with snippets (p50/p95), time from process
start to the first result and the resident memory then, for Reader and for the baseline
(jieba's stock ChineseAnalyzer, Whoosh's default storage and highlighter), with ratios and
the targets beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.corpus import percentiles, rss_mb

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"p95_ms": 50.0, "throughput_ratio": 4.0, "first_result_s": 1.0, "rss_mb": 300.0}


def _peak_mb() -> float:
    """The peak resident memory of this process or of the largest worker it waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _queries(count: int, seed: int = 3) -> list[str]:
    from bench.corpus import _ENGLISH, _dictionary

    rng = random.Random(seed)
    words, cum = _dictionary()
    out = []
    for _ in range(count):
        n = rng.choice([1, 1, 2])
        picked = rng.choices(words[200:20000], k=n)
        if rng.random() < 0.15:
            picked[0] = rng.choice(_ENGLISH)
        out.append(" ".join(picked))
    return out


# -- Reader ------------------------------------------------------------------------------
def build_reader(size: int, folder: Path) -> dict[str, Any]:
    """Import a generated library of `size` articles and build Reader's index, timed."""
    from bench.corpus import generate
    from reader.app import open_services
    from reader.core.post import Post
    from reader.services.location import LibraryLocation
    from reader.storage import articles

    services = open_services(LibraryLocation(folder))
    now = datetime.now(UTC)
    with services.db.transaction() as session:
        for a in generate(size):
            post = Post(title=a.title, body_format="markdown", original_body=a.text,
                        markdown=a.text, reading_text=a.text, author=a.author,
                        date=datetime(a.year, 1 + a.id % 12, 1, tzinfo=UTC),
                        categories=["科技" if a.id % 2 else "生活"])  # fmt: skip
            articles.insert_post(session, post, source_path=f"/bench/{a.id}.md",
                                 file_hash=str(a.id), file_mtime=now)  # fmt: skip
    services.search.procs = 2
    began = time.perf_counter()
    services.search.rebuild_now()
    elapsed = time.perf_counter() - began
    services.close()
    return {"seconds": elapsed, "per_s": size / elapsed, "size_mb": _du(folder / "index"),
            "peak_mb": _peak_mb()}  # fmt: skip


def query_reader(folder: Path, queries: list[str]) -> dict[str, Any]:
    """Time `queries` on Reader's index."""
    from reader.app import open_services
    from reader.services.location import LibraryLocation

    services = open_services(LibraryLocation(folder))
    services.search.start()
    services.search.wait_idle(600)
    times, found = [], 0
    for q in queries:
        began = time.perf_counter()
        results = services.search.search(q, limit=20)
        times.append((time.perf_counter() - began) * 1000)
        found += bool(results.hits)
    services.close()
    return {**_percentiles(times), "with_results": found, "peak_mb": _peak_mb()}


def first_reader(folder: Path, query: str) -> None:
    """Time Reader's first query in a fresh process."""
    from reader.app import open_services
    from reader.services.location import LibraryLocation

    services = open_services(LibraryLocation(folder))
    services.search.start()
    services.search.wait_idle(600)
    results = services.search.search(query, limit=20)
    assert results.hits and results.hits[0].snippets
    print(json.dumps({"rss_mb": rss_mb(), "hits": len(results.hits)}))
    os._exit(0)


# -- the baseline: stock Whoosh + jieba --------------------------------------------------
def build_stock(size: int, folder: Path) -> dict[str, Any]:
    """Build the baseline: stock Whoosh with jieba's analyzer, on the same articles."""
    from jieba.analyse import ChineseAnalyzer
    from whoosh import fields, index

    from bench.corpus import generate

    docs = generate(size)
    analyzer = ChineseAnalyzer()
    schema = fields.Schema(id=fields.ID(stored=True, unique=True),
                           title=fields.TEXT(analyzer=analyzer, stored=True),
                           body=fields.TEXT(analyzer=analyzer, stored=True))  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    ix = index.create_in(str(folder), schema)
    began = time.perf_counter()
    writer = ix.writer()
    for a in docs:
        writer.add_document(id=str(a.id), title=a.title, body=a.text)
    writer.commit()
    elapsed = time.perf_counter() - began
    return {"seconds": elapsed, "per_s": size / elapsed, "size_mb": _du(folder),
            "peak_mb": _peak_mb()}  # fmt: skip


def _stock_search(ix: Any, q: str) -> int:
    from whoosh.qparser import AndGroup, MultifieldParser

    parser = MultifieldParser(["title", "body"], ix.schema, group=AndGroup)
    with ix.searcher() as searcher:
        hits = searcher.search(parser.parse(q), limit=20)
        for hit in hits:
            hit.highlights("body")
        return len(hits)


def query_stock(folder: Path, queries: list[str]) -> dict[str, Any]:
    """Time `queries` on the baseline index."""
    from whoosh import index

    ix = index.open_dir(str(folder))
    times, found = [], 0
    for q in queries:
        began = time.perf_counter()
        found += bool(_stock_search(ix, q))
        times.append((time.perf_counter() - began) * 1000)
    return {**_percentiles(times), "with_results": found, "peak_mb": _peak_mb()}


def first_stock(folder: Path, query: str) -> None:
    """Time the baseline's first query in a fresh process."""
    import jieba.analyse  # noqa: F401  (the analyzer the schema names)
    from whoosh import index

    ix = index.open_dir(str(folder))
    n = _stock_search(ix, query)
    print(json.dumps({"rss_mb": rss_mb(), "hits": n}))
    os._exit(0)


# -- helpers -----------------------------------------------------------------------------
def _du(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def _percentiles(times: list[float]) -> dict[str, float]:
    p = percentiles(times)
    return {"p50_ms": p["p50"], "p95_ms": p["p95"]}


def _child(*args: str) -> dict[str, Any]:
    began = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "bench.search_bench", "--child", *args],
                         capture_output=True, text=True, cwd=ROOT, check=True)  # fmt: skip
    wall = time.perf_counter() - began
    data: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    data["wall_s"] = wall
    return data


def _run_child(args: list[str]) -> None:
    kind, engine, size, folder = args[0], args[1], int(args[2]), Path(args[3])
    queries = _queries(int(args[4])) if kind == "query" else []
    if kind == "build":
        fn = build_reader if engine == "reader" else build_stock
        print(json.dumps(fn(size, folder)))
    elif kind == "query":
        fn2 = query_reader if engine == "reader" else query_stock
        print(json.dumps(fn2(folder, queries)))
    else:  # the query comes from the parent: generating it would load jieba's dictionary
        (first_reader if engine == "reader" else first_stock)(folder, args[4])


def main() -> None:
    """Build both indexes, run the queries on each, and print the figures side by side."""
    if sys.argv[1:2] == ["--child"]:
        _run_child(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="keep the built libraries in this folder")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="reuse libraries already built under --keep (no build figures)",
    )
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="reader-bench-"))
    for size in args.sizes:
        row: dict[str, dict[str, Any]] = {}
        for engine in ("reader", "stock"):
            folder = work / f"{engine}-{size}"
            if args.reuse and folder.exists():
                build = {"per_s": float("nan"), "size_mb": _du(folder), "peak_mb": float("nan")}
            else:
                build = _child("build", engine, str(size), str(folder))
            query = _child("query", engine, str(size), str(folder), str(args.queries))
            first = _child("first", engine, str(size), str(folder), _queries(1, seed=99)[0])
            row[engine] = {"build": build, "query": query, "first": first}
            print(f"[{size}] {engine}: {json.dumps(row[engine])}", flush=True)
        _report(size, row)


def _report(size: int, row: dict[str, dict[str, Any]]) -> None:
    r, s = row["reader"], row["stock"]
    lines = [
        ("index throughput (articles/s)", r["build"]["per_s"], s["build"]["per_s"], "≥ 4× stock"),
        ("index size (MB)", r["build"]["size_mb"], s["build"]["size_mb"], ""),
        ("peak memory while indexing (MB)", r["build"]["peak_mb"], s["build"]["peak_mb"], ""),
        ("query + snippets p50 (ms)", r["query"]["p50_ms"], s["query"]["p50_ms"], ""),
        ("query + snippets p95 (ms)", r["query"]["p95_ms"], s["query"]["p95_ms"], "≤ 50 ms"),
        ("queries with results (of N)", r["query"]["with_results"],
         s["query"]["with_results"], ""),
        ("start to first result (s)", r["first"]["wall_s"], s["first"]["wall_s"], "≤ 1.0 s"),
        ("resident memory, index open (MB)", r["first"]["rss_mb"], s["first"]["rss_mb"],
         "≤ 300 MB"),
    ]  # fmt: skip
    print(f"\n== {size} articles ==")
    print(f"{'':36}{'Reader':>12}{'stock':>12}{'ratio':>10}   target")
    for name, ours, stock, target in lines:
        ratio = ours / stock if stock else float("nan")
        print(f"{name:36}{ours:12.1f}{stock:12.1f}{ratio:10.2f}   {target}")
    print()


if __name__ == "__main__":
    main()
