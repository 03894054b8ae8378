"""Smoke test of the frozen bundle (run by scripts/bundle.sh).

Prints what it measured and exits non-zero at the first thing that does not work. Usage:
bundle_smoke.py dist/reader/reader
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

POSTS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "posts"
WELCOME = 3


def run(binary: Path, *args: str, env: dict[str, str], timeout: float = 120) -> str:
    """Run the bundled binary with `args`; what it printed (it must succeed)."""
    done = subprocess.run([str(binary), *args], env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"`reader {' '.join(args)}` exited {done.returncode}:\n{done.stderr}")
    return done.stdout


def listed(binary: Path, library: Path, env: dict[str, str]) -> list[str]:
    """The titles `reader list` shows in `library`."""
    out = run(binary, "--library", str(library), "list", "--json", env=env)
    return [json.loads(line)["title"] for line in out.splitlines()]


def folder_size(folder: Path) -> int:
    """The bytes of the files in `folder`, links not followed."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    """Check the bundle at argv[1]: it starts, shows a window, takes a file and imports."""
    binary = Path(sys.argv[1]).resolve()
    scratch = Path(tempfile.mkdtemp(prefix="reader-bundle-"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "READER_LOG_DIR": str(scratch / "log"),
        "XDG_CONFIG_HOME": str(scratch / "config"),
        "XDG_DATA_HOME": str(scratch / "data"),
    }
    started = time.monotonic()
    version = run(binary, "--version", env=env).strip()
    print(f"version: {version} ({time.monotonic() - started:.2f} s)")
    print(f"bundle size: {folder_size(binary.parent) / 1e6:.0f} MB in {binary.parent}")
    licences = [binary.parent / "LICENSE", *sorted((binary.parent / "licenses").iterdir())]
    for path in licences:
        assert path.stat().st_size > 0, path
    print("licences: " + ", ".join(p.relative_to(binary.parent).as_posix() for p in licences))

    library = scratch / "library"
    started = time.monotonic()
    window = subprocess.Popen([str(binary), "--library", str(library)], env=env)
    log = scratch / "log" / "reader.log"
    while "welcome articles:" not in (log.read_text() if log.exists() else ""):
        if window.poll() is not None or time.monotonic() - started > 120:
            raise SystemExit(f"the window gave no welcome articles (exit {window.poll()})")
        time.sleep(0.05)
    print(f"first window on a new library, welcome articles imported: "
          f"{time.monotonic() - started:.2f} s")  # fmt: skip
    titles = listed(binary, library, env)
    assert len(titles) == WELCOME, titles
    post = POSTS / "cnbeta-001.md"
    started = time.monotonic()
    run(binary, "--library", str(library), str(post), env=env, timeout=60)
    print(f"second launch handed {post.name} to the window and exited: "
          f"{time.monotonic() - started:.2f} s")  # fmt: skip
    deadline = time.monotonic() + 30
    while len(titles := listed(binary, library, env)) == WELCOME:
        if time.monotonic() > deadline:
            raise SystemExit("the window did not import the handed-over file")
        time.sleep(0.2)
    assert window.poll() is None, "the window exited"
    window.send_signal(signal.SIGTERM)
    window.wait(timeout=30)

    other = scratch / "imported"
    started = time.monotonic()
    report = run(binary, "--library", str(other), "import", str(POSTS), "--json", env=env,
                 timeout=600).splitlines()  # fmt: skip
    summary = json.loads(report[-1])["summary"]
    print(f"import of {POSTS}: {summary} in {time.monotonic() - started:.1f} s")
    assert summary["imported"] > 50, summary
    started = time.monotonic()
    hits = run(binary, "--library", str(other), "search", "芯片", "--json", env=env).splitlines()
    print(
        f"search 芯片: {len(hits)} results in {time.monotonic() - started:.1f} s "
        "(the first search builds the index)"
    )
    assert hits, "no search results"
    print("bundle smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
