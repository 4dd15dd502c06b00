"""A TCP relay between the app and a PostgreSQL server that counts round trips and can add an
office LAN's latency to each, for bench/server_bench.py.

A round trip is a turn of the conversation: the client sends after the server has answered
something since the client last sent. Pipelined statements and COPY data sent back to back are
one turn, however many bytes or packets they take; that is what costs a LAN's latency.
"""

from __future__ import annotations

import select
import socket
import threading
import time


class LanProxy:
    """Listens on 127.0.0.1:port and relays each connection to (host, port); `delay_s` is
    added once per round trip (before the client's data goes on)."""

    def __init__(self, host: str, port: int, delay_s: float = 0.0) -> None:
        self.target = (host, port)
        self.delay_s = delay_s
        self.turns = 0
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            threading.Thread(target=self._relay, args=(client, server), daemon=True).start()

    def _relay(self, client: socket.socket, server: socket.socket) -> None:
        answered = True  # the first data the client sends opens the first turn
        try:
            while True:
                readable, _, _ = select.select([client, server], [], [])
                for sock in readable:
                    data = sock.recv(1 << 16)
                    if not data:
                        return
                    if sock is client:
                        if answered:
                            with self._lock:
                                self.turns += 1
                            if self.delay_s:
                                time.sleep(self.delay_s)
                            answered = False
                        server.sendall(data)
                    else:
                        answered = True
                        client.sendall(data)
        except OSError:
            return
        finally:
            client.close()
            server.close()

    def reset(self) -> int:
        """The round trips counted so far; the count starts again."""
        with self._lock:
            turns, self.turns = self.turns, 0
        return turns

    def close(self) -> None:
        self._closed = True
        self._listener.close()
