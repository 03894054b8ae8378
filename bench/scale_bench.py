"""Scale benchmark on real posts.

Search, search while the index builds, the CLI on a library with no index, and import against bare
conversion.

    .venv/bin/python -m bench.scale_bench --library DIR --size 20000 [--cases ...]
    .venv/bin/python -m bench.scale_bench --cases import [--files 1500]

The library is the corpus scaled (`realposts.py`), built in DIR if DIR is empty. Each case
runs in a child process of its own. Every figure is printed beside its target; `--json FILE`
keeps them, and the ranked results of every query, to compare two runs:
`python -m bench.scale_bench --compare A.json B.json`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.corpus import percentiles

ROOT = Path(__file__).resolve().parents[1]
HARD = ['"the the"', "数据 -的", '"is the of"', "的 是 在 了 和", "的", "是"]
TARGETS = {"p95_ms": 50.0, "max_ms": 250.0, "building_ratio": 2.0, "cli_fresh_s": 3.0,
           "import_ratio": 1.5}  # fmt: skip
ROUNDS = 5  # of bare conversion and import, taken in turns


def _queries(seed: int = 5) -> tuple[list[str], list[str]]:
    """100 CJK words and 100 English words found in the corpus, chosen at random."""
    from bench.realposts import corpus_files
    from reader.core.posts import parse_post
    from reader.search.analysis import jieba_words

    rng = random.Random(seed)
    cjk: set[str] = set()
    english: set[str] = set()
    for path in corpus_files():
        text = parse_post(path.read_bytes(), path.name).reading_text
        for run in re.findall(r"[\u4e00-\u9fff]{2,}", text):
            cjk.update(w for w in jieba_words(run) if 2 <= len(w) <= 4)
        english.update(w.lower() for w in re.findall(r"\b[A-Za-z]{4,}\b", text))
    return rng.sample(sorted(cjk), 100), rng.sample(sorted(english), 100)


def _timed(services: Any, query: str, limit: int) -> tuple[float, list[int]]:
    began = time.perf_counter()
    results = services.search.search(query, limit=limit)
    return (time.perf_counter() - began) * 1000, [h.article_id for h in results.hits]


def case_queries(folder: Path) -> dict[str, Any]:
    """The 200 benchmark queries at top 20 and top 200, and the hard ones, timed."""
    from reader.app import open_services
    from reader.services.location import LibraryLocation

    cjk, english = _queries()
    services = open_services(LibraryLocation(folder))
    services.search.start()
    services.search.wait_idle(3600)
    out: dict[str, Any] = {"ranked": {}}
    for name, queries in (("cjk", cjk), ("english", english)):
        for limit in (20, 200):
            times = []
            for q in queries:
                ms, ids = _timed(services, q, limit)
                times.append(ms)
                out["ranked"][f"{q}|{limit}"] = ids
            p = percentiles(times)
            out[f"{name}_top{limit}"] = {"p50": p["p50"], "p95": p["p95"], "max": max(times)}
    for q in HARD:
        for limit in (20, 200):
            ms, ids = _timed(services, q, limit)
            out[f"hard {q} top{limit}"] = ms
            out["ranked"][f"{q}|{limit}"] = ids
    services.close()
    return out


def case_building(folder: Path, seconds: float = 40.0) -> dict[str, Any]:
    """Queries while the index of a copy of the library builds from nothing."""
    from reader.app import open_services
    from reader.services.location import LibraryLocation

    cjk, english = _queries()
    work = Path(tempfile.mkdtemp(prefix="reader-building-"))
    for part in folder.glob("library.db*"):
        shutil.copy(part, work / part.name)
    services = open_services(LibraryLocation(work))
    services.search.start()
    times: list[float] = []
    began = time.perf_counter()
    queries = [q for pair in zip(cjk, english, strict=True) for q in pair]
    while time.perf_counter() - began < seconds and not services.search.wait_idle(0):
        ms, _ = _timed(services, queries[len(times) % len(queries)], 20)
        times.append(ms)
    stopping = time.perf_counter()
    services.close()
    stop_s = time.perf_counter() - stopping
    shutil.rmtree(work, ignore_errors=True)
    p = percentiles(times or [float("nan")])
    return {"queries": len(times), "p50": p["p50"], "p95": p["p95"], "stop_s": stop_s}


def case_cli_fresh(folder: Path, query: str = "碳中和") -> dict[str, Any]:
    """`reader search` on a copy of the library without its index, in a process of its own."""
    work = Path(tempfile.mkdtemp(prefix="reader-fresh-"))
    for part in folder.glob("library.db*"):
        shutil.copy(part, work / part.name)
    env = dict(os.environ, READER_LIBRARY=str(work))
    began = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-m", "reader", "search", query], env=env,
                              capture_output=True, text=True, timeout=900, check=False)  # fmt: skip
        last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-200:]
    except subprocess.TimeoutExpired:
        last = "killed after 900 s"
    seconds = time.perf_counter() - began
    shutil.rmtree(work, ignore_errors=True)
    return {"seconds": seconds, "said": last}


def case_import(files: int, rounds: int = ROUNDS) -> dict[str, Any]:
    """Import of `files` scaled post files against converting them bare, in one process.

    In `rounds` rounds, each converting bare and importing into a new library, in turns
    (bare first, then import first): this machine's speed drifts by a tenth or more within a
    minute, so one of each can be unfair to either. The figure is the median round's.
    """
    from bench.realposts import write_files

    work = Path(tempfile.mkdtemp(prefix="reader-import-"))
    paths = write_files(work / "posts", files)
    measured = [_import_round(paths, work / f"lib-{n}", bare_first=n % 2 == 0)
                for n in range(rounds)]  # fmt: skip
    shutil.rmtree(work, ignore_errors=True)
    median = sorted(measured, key=lambda r: r["ratio"])[len(measured) // 2]
    return {**median, "rounds": [round(r["ratio"], 2) for r in measured]}


def _import_round(paths: list[Path], library: Path, bare_first: bool) -> dict[str, Any]:
    from reader.app import open_services
    from reader.core.errors import ReaderError
    from reader.core.posts import parse_post
    from reader.services.location import LibraryLocation

    def bare() -> float:
        began = time.perf_counter()
        for path in paths:
            with contextlib.suppress(ReaderError):  # the import reports these; so it is fair
                parse_post(path.read_bytes(), path.name)
        return len(paths) / (time.perf_counter() - began)

    bare_rate = bare() if bare_first else 0.0
    services = open_services(LibraryLocation(library))
    began = time.perf_counter()
    report = services.importer.import_paths(paths)
    rate = len(paths) / (time.perf_counter() - began)
    services.close()
    bare_rate = bare_rate or bare()
    return {"bare_per_s": bare_rate, "import_per_s": rate, "ratio": rate / bare_rate,
            "failures": len(report.failures)}  # fmt: skip


def _child(case: str, *args: str, code: Path) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=f"{code}{os.pathsep}{ROOT}")
    command = [sys.executable, "-m", "bench.scale_bench", "--child", case, *args]
    done = subprocess.run(command, capture_output=True, text=True, cwd=code, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{case} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _run_child(args: list[str]) -> None:
    case = args[0]
    if case == "queries":
        result = case_queries(Path(args[1]))
    elif case == "building":
        result = case_building(Path(args[1]))
    elif case == "cli":
        result = case_cli_fresh(Path(args[1]))
    else:
        result = case_import(int(args[1]))
    print(json.dumps(result, ensure_ascii=False))
    os._exit(0)  # an index build cancelled by `building` leaves nothing to wait for


def main() -> None:
    """Run the cases asked for, each in a child process, and print their figures."""
    if sys.argv[1:2] == ["--child"]:
        _run_child(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--library", type=Path)
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--cases", nargs="+", default=["queries", "building", "cli", "import"])
    parser.add_argument("--files", type=int, default=1500)
    parser.add_argument("--code", type=Path, default=ROOT, help="the Reader tree to measure")
    parser.add_argument("--json", type=Path, help="write every figure here")
    args = parser.parse_args()
    if args.library is not None and not (args.library / "library.db").exists():
        from bench.realposts import build_library

        print(f"building {args.size} articles in {args.library}…", flush=True)
        print(f"built in {build_library(args.library, args.size):.0f} s", flush=True)
    figures: dict[str, Any] = {}
    for case in args.cases:
        extra = [str(args.files)] if case == "import" else [str(args.library)]
        figures[case] = _child(case, *extra, code=args.code)
        _report(case, figures[case], figures)
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1))


def _report(case: str, f: dict[str, Any], figures: dict[str, Any]) -> None:
    if case == "queries":
        for name in ("cjk_top20", "english_top20", "cjk_top200", "english_top200"):
            row = f[name]
            print(f"{name:<28} p50 {row['p50']:7.1f}  p95 {row['p95']:7.1f}  "
                  f"max {row['max']:7.1f} ms   target p95 ≤ {TARGETS['p95_ms']:.0f}")  # fmt: skip
        for key, ms in f.items():
            if key.startswith("hard "):
                print(f"{key[5:]:<28} {ms:7.1f} ms   target ≤ {TARGETS['max_ms']:.0f}")
    elif case == "building":
        normal = figures.get("queries", {}).get("cjk_top20", {}).get("p95")
        ratio = f"{f['p95'] / normal:.1f}× normal" if normal else ""
        print(f"{'search while building':<28} p50 {f['p50']:7.1f}  p95 {f['p95']:7.1f} ms "
              f"({f['queries']} queries) {ratio}   target ≤ {TARGETS['building_ratio']:.0f}×; "
              f"stop {f['stop_s']:.1f} s")  # fmt: skip
    elif case == "cli":
        print(f"{'reader search, no index':<28} {f['seconds']:7.1f} s   target ≤ "
              f"{TARGETS['cli_fresh_s']:.0f} s   ({f['said']})")  # fmt: skip
    else:
        print(f"{'import, articles/s':<28} {f['import_per_s']:7.1f}   bare conversion "
              f"{f['bare_per_s']:.1f}   ratio {f['ratio']:.2f}   target ≥ "
              f"{TARGETS['import_ratio']}   (median of rounds {f['rounds']})")  # fmt: skip


def compare(before: Path, after: Path) -> None:
    """Whether two runs ranked every query alike."""
    a = json.loads(before.read_text())["queries"]["ranked"]
    b = json.loads(after.read_text())["queries"]["ranked"]
    differ = [q for q in a if a[q] != b.get(q)]
    print(f"{len(a) - len(differ)} of {len(a)} queries ranked alike; differ: {differ[:10]}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--compare"]:
        compare(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        main()
