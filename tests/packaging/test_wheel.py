"""The sdist and the wheel hold all of Reader, and an installed wheel runs.

The sdist and the wheel hold all of Reader, and a wheel installed into a fresh virtual environment,
run from another folder, opens a new library on its welcome articles.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader import __version__

ROOT = Path(__file__).resolve().parents[2]
DIST = "reader_desktop"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The sdist, then the wheel built from that sdist.

    sdist, then the wheel built from that sdist (as `python -m build` does), so a file missing
    from the sdist is missing from the wheel too.
    """
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True, cwd=out)  # fmt: skip
    yield out


def _tracked(*folders: str) -> list[str]:
    listed = subprocess.run(["git", "ls-files", *folders], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.split()  # fmt: skip
    return listed or [str(p.relative_to(ROOT)) for f in folders for p in (ROOT / f).rglob("*")
                      if p.is_file() and "__pycache__" not in p.parts]  # fmt: skip


def test_the_wheel_holds_every_module_resource_and_the_licence(built: Path) -> None:
    wheel = next(built.glob(f"{DIST}-{__version__}-py3-none-any.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = [f for f in _tracked("reader") if f.endswith((".py", ".mako"))]
    resources = ["reader/" + f for f in _tracked("resources")]
    assert len(modules) > 100 and len(resources) >= 5
    assert [f for f in modules + resources if f not in names] == []
    assert f"{DIST}-{__version__}.dist-info/licenses/LICENSE" in names
    assert not [n for n in names if n.startswith(("tests/", "bench/", "resources/"))]


def test_the_sdist_holds_what_building_and_packaging_need(built: Path) -> None:
    sdist = next(built.glob(f"{DIST}-{__version__}.tar.gz"))
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    wanted = _tracked("resources", "packaging", "requirements") + [
        "LICENSE", "README.md", "CHANGELOG.md", "CONTRIBUTING.md", "pyproject.toml",
    ]  # fmt: skip
    assert [f for f in wanted if f not in names] == []


def test_an_installed_wheel_opens_a_new_library_on_its_welcome_articles(
    built: Path, tmp_path: Path
) -> None:
    wheel = next(built.glob("*.whl"))
    venv = tmp_path / "fresh"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                    "--no-deps", str(wheel)], check=True, capture_output=True)  # fmt: skip
    # Reader's own files come from the wheel; its dependencies from this environment, whose
    # site-packages is added as a plain path (its .pth files, the editable checkout's
    # finder among them, are not run).
    where = "import sysconfig; print(sysconfig.get_path('purelib'))"
    fresh_site = subprocess.run([python, "-c", where], check=True, capture_output=True,
                                text=True).stdout.strip()  # fmt: skip
    Path(fresh_site, "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": "", "LANG": "en_US.UTF-8"}
    env.pop("LC_ALL", None)
    env.pop("LANGUAGE", None)
    version = subprocess.run([venv / "bin" / "reader", "--version"], cwd=elsewhere, env=env,
                             check=True, capture_output=True, text=True)  # fmt: skip
    assert version.stdout.strip() == f"reader {__version__}"
    probe = subprocess.run(
        [python, ROOT / "tests" / "packaging" / "first_window_probe.py", tmp_path / "library"],
        cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert probe.returncode == 0, probe.stderr
    found = json.loads(probe.stdout.strip().splitlines()[-1])
    assert Path(found["reader"]).is_relative_to(venv), found["reader"]
    # An English system: the English welcome article and the (bilingual) search syntax.
    assert sorted(found["titles"]) == ["Search syntax · 搜索语法", "Welcome to Reader"]
    assert found["shown"] in found["titles"]
    assert found["icon"] is True
    # The command line never adds the welcome articles: scripts get what they import.
    listed = subprocess.run([venv / "bin" / "reader", "--library", tmp_path / "cli", "list",
                             "--json"], cwd=elsewhere, env=env, check=True,
                            capture_output=True, text=True)  # fmt: skip
    assert listed.stdout == ""
