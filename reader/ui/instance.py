"""One window per library: a second launch hands its files to the window already open.

The window listens on a local socket named after its library. A launch on the same library
first tries to connect; if a window answers, it sends the files it was given (perhaps none)
as one JSON line, waits for `ok`, and exits, and that window imports them, shows the first
and comes to the front. Two windows on one library would each run an index worker against
the same database and index, which SQLite's locks make one of them lose.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

CONNECT_MS = 1000
REPLY_MS = 5000
MAX_MESSAGE = 1_000_000


def server_name(library_root: Path) -> str:
    """Per user and library: the same folder opened by two users is two windows."""
    key = f"{getpass.getuser()}\0{library_root}".encode()
    return f"io.github.reader.Reader-{hashlib.sha256(key).hexdigest()[:20]}"


def hand_over(name: str, files: list[Path]) -> bool:
    """Give `files` to the window listening on `name`; False if none answered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    message = json.dumps({"files": [str(f) for f in files]}, ensure_ascii=False) + "\n"
    socket.write(message.encode())
    socket.flush()
    reply = b""
    while not reply.endswith(b"\n") and socket.waitForReadyRead(REPLY_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    if reply.strip() != b"ok":
        log.warning("the window on this library did not take the files (answer %r)", reply)
        return False
    return True


class InstanceServer(QObject):
    """Listens for later launches on the same library; emits what they were asked to open."""

    files_received = Signal(list)  # list[Path], perhaps empty: just come to the front

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}
        if not self._server.listen(name):
            # Left behind by a window that crashed: nobody answered on it (hand_over came
            # first), so it is safe to take over.
            QLocalServer.removeServer(name)
            if not self._server.listen(name):
                log.warning("no single-window socket %s: %s", name, self._server.errorString())

    def is_listening(self) -> bool:
        """Whether this window listens for files sent by later launches."""
        return self._server.isListening()

    def close(self) -> None:
        """Stop listening."""
        self._server.close()

    def _on_new_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE:
            socket.abort()
            return
        if not data.endswith(b"\n"):
            self._buffers[socket] = data
            return
        self._buffers[socket] = b""
        try:
            files = [Path(str(f)) for f in json.loads(data)["files"]]
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("a launch sent a message that is not a list of files: %s", exc)
            socket.write(b"error\n")
            return
        socket.write(b"ok\n")
        socket.flush()
        self.files_received.emit(files)
