"""`reader import --images` and `reader images fetch --json` against a real local server."""

from __future__ import annotations

import http.server
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.cli import main
from tests.localserver import local_server
from tests.services.test_media import png


class _Images(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = png(20, 20) if self.path == "/ok.png" else b"gone"
        self.send_response(200 if self.path == "/ok.png" else 404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    with local_server(_Images) as url:
        yield url


def test_import_with_images_then_fetch_again_as_json(
    tmp_path: Path, server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    post = tmp_path / "p.md"
    post.write_text(f"---\ntitle: P\n---\n![a]({server}/ok.png)\n\n![b]({server}/gone.png)\n")
    library = str(tmp_path / "lib")
    assert main(["--library", library, "import", str(post), "--images"]) == 1  # one failed
    out = capsys.readouterr().out
    assert "1 image stored, 1 failed" in out and "404 Not Found" in out

    assert main(["--library", library, "images", "fetch", "--json"]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["url"].removeprefix(server), r["state"], r["reason"]) for r in lines[:-1]] == [
        ("/gone.png", "failed", "404 Not Found")  # only what is missing is tried again
    ]
    assert lines[-1] == {"summary": {"stored": 0, "failed": 1}}

    assert main(["--library", library, "show", "1", "--json"]) == 0
    images = json.loads(capsys.readouterr().out)["images"]
    assert {v["state"] for v in images.values()} == {"stored", "failed"}
