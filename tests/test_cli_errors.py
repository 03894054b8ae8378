"""Every bad input to the `reader` command gets words, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main

# YAML's escapes for ESC, BEL and CSI: clear the screen, retitle the terminal, colour.
EVIL_TITLE = r"\e[2J\e]0;owned\aEvil \x9b31mtitle"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_control_characters_never_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = tmp_path / "evil.md"
    post.write_text(f'---\ntitle: "{EVIL_TITLE}"\n---\nBody \x1b[31mred\n', "utf-8")
    library = str(tmp_path / "lib")
    code, out, _ = _run(capsys, "--library", library, "import", str(post))
    assert code == 0
    code, out, _ = _run(capsys, "--library", library, "list")
    assert code == 0 and "Evil title" in out and "owned" not in out
    assert not any(ch in out for ch in "\x1b\x07\x9b")
    code, out, _ = _run(capsys, "--library", library, "show", "1")
    assert "Body" in out and "\x1b" not in out
    # JSON keeps the data exactly, escaped as JSON escapes control characters.
    code, out, _ = _run(capsys, "--library", library, "list", "--json")
    assert "\\u001b" in out and "\x1b" not in out


def test_a_library_that_is_a_file_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "library.txt"
    target.write_text("not a folder")
    code, _, err = _run(capsys, "--library", str(target), "list")
    assert code == 2 and f"{target} is a file" in err


def test_no_display_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the display variables are an X11/Wayland matter")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    code, _, err = _run(capsys, "--library", str(tmp_path / "lib"))
    assert code == 2 and "no display" in err


def test_output_cut_short_by_a_pipe_is_not_an_error(tmp_path: Path) -> None:
    """`reader list | head`: the reader of the output goes away before it is written."""
    post = tmp_path / "one.md"
    post.write_text("---\ntitle: One\n---\nBody\n")
    env = dict(os.environ, READER_LIBRARY=str(tmp_path / "lib"))
    subprocess.run([sys.executable, "-m", "reader", "import", str(post)], env=env, check=True,
                   capture_output=True)  # fmt: skip
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "list"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # gone before the command writes a line
    with process.stderr:
        err = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0, err
    assert "Traceback" not in err and "BrokenPipe" not in err
