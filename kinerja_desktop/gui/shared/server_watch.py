"""What other PCs change on the server, brought to the open window: the change listener
(services/shared_server) on a thread of its own, its batches handed to the UI thread as a Qt
signal."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from kinerja_desktop.services.database import Database
from kinerja_desktop.services.shared_server import ChangeListener

STOP_WAIT_S = 2.0  # the listener looks at its stop flag twice a second


class ServerWatch(QObject):
    """Emits changed(frozenset of table names) on the UI thread when another client commits
    a change; inert on a file database."""

    changed = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.listener: ChangeListener | None = None
        if db.server is not None:
            token = getattr(db.handle, "client_token", "")
            self.listener = ChangeListener(db.server, token)

    def start(self) -> None:
        if self.listener is None or self._thread is not None:
            return
        # A daemon: a listener waiting on a dead LAN never keeps the program from ending.
        self._thread = threading.Thread(target=self.listener.run, name="kinerja-server-watch",
                                        args=(self._deliver, self._stop), daemon=True)
        self._thread.start()

    def _deliver(self, tables: frozenset[str]) -> None:
        """From the listener's thread: queued to the UI thread by the signal. A window gone
        meanwhile (stop() waits only so long for a listener stuck connecting) hears nothing."""
        if self._stop.is_set():
            return
        try:
            self.changed.emit(tables)
        except RuntimeError:  # the C++ object was deleted with its window
            self._stop.set()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(STOP_WAIT_S)
            self._thread = None
