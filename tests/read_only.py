"""A library on a read-only disk, made with a read-only bind mount (root only)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only_view(source: Path, target: Path) -> Iterator[Path]:
    """`source` seen read-only at `target`, as on a read-only disk.

    Skips the test where this machine can't mount (not root, or no mount permission in its
    sandbox).
    """
    target.mkdir()
    bind = subprocess.run(["mount", "--bind", str(source), str(target)], capture_output=True,
                          text=True, check=False)  # fmt: skip
    if bind.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {bind.stderr.strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(target)], check=True,
                       capture_output=True)  # fmt: skip
        yield target
    finally:
        subprocess.run(["umount", str(target)], check=False, capture_output=True)
