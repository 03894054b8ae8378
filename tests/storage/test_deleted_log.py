"""The write-ahead log deleted under a running Reader: its commits are saved, not lost."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from reader.app import open_services
from reader.services.location import LibraryLocation
from tests.conftest import CORPUS_FILES

SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from reader.app import open_services
    from reader.services.location import LibraryLocation

    library, posts = Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]]
    services = open_services(LibraryLocation(library))
    services.importer.import_paths(posts)
    os.unlink(f"{library}/library.db-wal")       # deleted by some cleaner, mid-session
    for summary in services.library.list_articles():  # committed into the unlinked log
        services.library.set_tags(summary.id, ["kept"])
    services.library.poll_external_changes()     # the window's poll, every 2 s
    os.kill(os.getpid(), signal.SIGKILL)         # then Reader dies without closing
    """
)


def test_commits_in_a_deleted_log_survive_a_crash(tmp_path: Path) -> None:
    library = tmp_path / "library"
    posts = [str(p) for p in CORPUS_FILES[:20]]
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(library), *posts],
                            capture_output=True, text=True, check=False)  # fmt: skip
    assert result.returncode == -9, result.stderr
    services = open_services(LibraryLocation(library))
    try:
        assert services.library.count() == 20
        assert all(a.tags == ["kept"] for a in services.library.list_articles())
    finally:
        services.close()
