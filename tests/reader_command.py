"""The `reader` command run in the test's process.

What it prints, its exit status, and logging as a process of its own has it (a process costs a
second of start-up).
"""

from __future__ import annotations

import contextlib
import io
import logging

from reader.cli import main


def run_reader(*args: str) -> tuple[int, str, str]:
    """Exit status, standard output and standard error of `reader ARGS`."""
    out, err = io.StringIO(), io.StringIO()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(args))
    finally:  # the command set up logging for a process: put the test's back
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
    return code, out.getvalue(), err.getvalue()
