"""One process owns the graph; the other processes of a multi-process server reach it through this.

LadybugDB, the embedded default, lets one process open a database for writing and none besides it. A web server
with several processes (`run.py serve --workers N`: Python holds the GIL for most of a page, so more processes, not
more threads, use more cores) therefore keeps the store in its first process and serves it to the others over a
Unix socket: `StoreServer` there, `RemoteStore` in the workers, which is a `GraphStore` like the others (the store
contract tests run against it too). The channel also carries named calls (`RemoteStore.call`), which the server
uses to run every finding through the one rule engine, whose time windows must see all of them.

The socket lives in a directory only this user can open and every connection must answer an HMAC challenge with
the server's random key (multiprocessing.connection), so no other local user can reach the store through it.
Messages are pickled tuples: only processes holding the key can send one.

A write is a conversation: the worker sends "begin", each statement, then "commit" or "rollback"; the server runs
it inside one `store.write`, so it is one transaction holding the store's lock. A worker that goes silent inside a
transaction for TX_IDLE_SECONDS, or disconnects, has it rolled back.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable
from multiprocessing import AuthenticationError
from multiprocessing.connection import Client, Connection, Listener
from pathlib import Path
from typing import Any

from ontology import Ontology

from .store import GraphStore, Health, Row, StoreError, StoreUnavailable, T

log = logging.getLogger(__name__)

TX_IDLE_SECONDS = 60.0


class _Rollback(Exception):
    """The worker asked for a rollback: leave store.write by an exception so it rolls back."""


class _Abandoned(_Rollback):
    """The worker left its transaction idle too long: rolled back, and the connection dropped."""


def socket_address() -> str:
    """A fresh socket path in a new directory readable by this user only."""
    return str(Path(tempfile.mkdtemp(prefix="anzhi-store-")) / "store.sock")


def remove_socket(address: str) -> None:
    """Remove the socket file, if still there, and its private directory."""
    for remove, path in ((os.unlink, address), (os.rmdir, os.path.dirname(address))):
        with contextlib.suppress(OSError):
            remove(path)


class StoreServer:
    """Serves `store` (and the named `calls`) to the worker processes, one thread per connection."""

    def __init__(self, store: GraphStore, address: str, authkey: bytes,
                 calls: dict[str, Callable[..., Any]] | None = None) -> None:
        self.store, self.address, self.calls = store, address, dict(calls or {})
        self._listener = Listener(address, family="AF_UNIX", authkey=authkey)
        self._closed = False
        self._thread = threading.Thread(target=self._accept, name="anzhi-store-server", daemon=True)

    def start(self) -> StoreServer:
        self._thread.start()
        return self

    def close(self) -> None:
        self._closed = True
        self._listener.close()  # removes the socket file
        remove_socket(self.address)

    def _accept(self) -> None:
        while not self._closed:
            try:
                conn = self._listener.accept()
            except (OSError, EOFError, AuthenticationError):  # closed, or a client that failed the challenge
                if self._closed:
                    return
                continue
            threading.Thread(target=self._serve, args=(conn,), name="anzhi-store-conn", daemon=True).start()

    def _serve(self, conn: Connection) -> None:
        with conn:
            while True:
                try:
                    msg = conn.recv()
                except (EOFError, OSError):
                    return
                try:
                    self._handle(conn, msg)
                except (EOFError, OSError, _Rollback):
                    return

    def _handle(self, conn: Connection, msg: tuple[Any, ...]) -> None:
        op = msg[0]
        if op == "begin":
            self._transaction(conn)
            return
        try:
            if op == "read":
                value: Any = self.store.read(msg[1], msg[2])
            elif op == "hello":
                value = {"backend": self.store.backend}
            elif op == "call":
                value = self.calls[msg[1]](*msg[2])
            elif op == "schema":
                value = self.store.apply_schema(msg[1])
            elif op == "health":
                value = self.store.health()
            else:
                raise StoreError(f"unknown request {op!r}")
        except Exception as e:  # every failure goes back to the worker, which raises it
            conn.send(_error(e))
            return
        conn.send(("ok", value))

    def _transaction(self, conn: Connection) -> None:
        calls = 0

        def work(tx: Any) -> None:
            nonlocal calls
            calls += 1
            if calls > 1:  # a backend retrying the work (Neo4j does) would replay a conversation already answered
                raise StoreError("a transaction served to another process cannot be retried")
            conn.send(("ok", tx.list_base))
            while True:
                if not conn.poll(TX_IDLE_SECONDS):
                    log.warning("a worker left a transaction idle for %.0f s: rolled back", TX_IDLE_SECONDS)
                    raise _Abandoned
                msg = conn.recv()  # EOFError when the worker went away: store.write rolls back
                if msg[0] in ("run", "read"):
                    try:
                        conn.send(("ok", tx.run(msg[1], msg[2])))
                    except Exception as e:  # the worker's code decides what a failed statement means
                        conn.send(_error(e))
                elif msg[0] == "commit":
                    return
                else:  # "rollback"
                    raise _Rollback

        try:
            self.store.write(work)
        except _Abandoned:
            raise  # the conversation is out of step: drop the connection
        except _Rollback:
            conn.send(("ok", None))
            return
        except (EOFError, OSError):
            raise
        except Exception as e:  # the commit itself failed
            conn.send(_error(e))
            return
        conn.send(("ok", None))


def _error(e: BaseException) -> tuple[str, str, str]:
    kind = "unavailable" if isinstance(e, StoreUnavailable) else "store" if isinstance(e, StoreError) else "other"
    return ("err", kind, f"{type(e).__name__}: {e}" if kind == "other" else str(e))


class _RemoteTx:
    def __init__(self, conn: Connection, list_base: int) -> None:
        self._conn, self.list_base = conn, list_base

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        return list(_request(self._conn, ("run", query, params)))


def _request(conn: Connection, msg: tuple[Any, ...]) -> Any:
    try:
        conn.send(msg)
        reply = conn.recv()
    except (EOFError, OSError) as e:
        raise StoreUnavailable("the server process that holds the graph is gone; restart the server") from e
    if reply[0] == "ok":
        return reply[1]
    _, kind, message = reply
    if kind == "unavailable":
        raise StoreUnavailable(message)
    raise StoreError(message)


class RemoteStore:
    """A GraphStore whose queries run in the process that owns the store (see the module's doc).

    One connection per thread, so threads' transactions stay apart as they do on the other backends.
    """

    def __init__(self, address: str, authkey: bytes, *, connect_timeout: float = 120.0) -> None:
        self.address, self._authkey = address, authkey
        self._local = threading.local()
        self._conns: list[Connection] = []
        self._conns_lock = threading.Lock()
        deadline = time.monotonic() + connect_timeout
        while True:  # the owning process may still be loading the store when the workers start
            try:
                hello = self._ask(("hello",))
                break
            except (FileNotFoundError, ConnectionRefusedError):
                if time.monotonic() > deadline:
                    raise StoreUnavailable(f"no store server at {address} after {connect_timeout:.0f} s") from None
                time.sleep(0.2)
        self.backend: str = hello["backend"]

    def _conn(self) -> Connection:
        conn: Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = Client(self.address, family="AF_UNIX", authkey=self._authkey)
            self._local.conn = conn
            with self._conns_lock:
                self._conns.append(conn)
        return conn

    def _ask(self, msg: tuple[Any, ...], *, retry: bool = False) -> Any:
        """Send `msg` on this thread's connection. A broken connection is dropped, so the thread's next request
        connects afresh; `retry` (only for requests that change nothing) tries once more on a new one."""
        try:
            return _request(self._conn(), msg)
        except StoreUnavailable:
            self._discard()
            if not retry:
                raise
            return _request(self._conn(), msg)

    def _discard(self) -> None:
        conn: Connection | None = getattr(self._local, "conn", None)
        self._local.conn = None
        if conn is not None:
            with self._conns_lock:
                if conn in self._conns:
                    self._conns.remove(conn)
            with contextlib.suppress(OSError):
                conn.close()

    def read(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        return list(self._ask(("read", query, params), retry=True))

    def write(self, work: Callable[[Any], T]) -> T:
        list_base = self._ask(("begin",))
        conn = self._conn()
        try:
            result = work(_RemoteTx(conn, list_base))
        except BaseException:
            with contextlib.suppress(StoreError):
                self._ask(("rollback",))
            raise
        self._ask(("commit",))
        return result

    def call(self, name: str, *args: Any) -> Any:
        """Run the server's named call `name` with `args` in the owning process; its result."""
        return self._ask(("call", name, args))

    def apply_schema(self, onto: Ontology) -> list[str]:
        return list(self._ask(("schema", onto)))

    def health(self) -> Health:
        try:
            h: Health = self._ask(("health",), retry=True)
        except StoreError as e:
            return Health(False, self.backend, str(e), "restart the server")
        return h

    def close(self) -> None:
        with self._conns_lock:
            for conn in self._conns:
                with contextlib.suppress(OSError):
                    conn.close()
            self._conns.clear()
        self._local = threading.local()
