"""`run.py serve`: the whole app under waitress, in one process or in several on one port.

Why several: a page's Python holds the GIL (only tantivy's search releases it), so one process uses about one core
however many threads it has. Measured on 2 cores, uncached search pages of the whole app (bench/search.py):
1 process x 2 threads 260-370 req/s, 2 processes x 1 thread 345-581 (median ~500; docs/benchmarks.md).

How: the first process (the owner) opens the store, loads the demo into an empty one and serves the store to the
others (kb.remote), because LadybugDB lets one process open it for writing. Every process runs the whole app on its
own socket on the one port (SO_REUSEPORT); the kernel hands each connection to one of them. Findings posted to any
process run in the owner's rule engine, whose time windows must see them all (webui.api.owner_calls). On Neo4j the
workers open their own driver and use the owner only for findings. The search index is shared through its directory
(kb.search takes turns with a file lock). Sessions are signed with one key, made before the fork. Workers exit when
the owner does.
"""

from __future__ import annotations

import os
import signal
import socket
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import waitress

from kb import GraphStore, Settings, open_store
from kb.remote import RemoteStore, StoreServer, remove_socket, socket_address

from . import auth, create_app
from .api import owner_calls


def serve(settings: Settings, *, host: str, port: int, workers: int | None, threads: int | None,
          prepare: Callable[[GraphStore], None], **config: Any) -> int:
    """Serve until interrupted. `prepare(store)` runs once, in the owner, before any request (schema, demo);
    `config` goes to create_app in every process.

    Defaults: one process per core this process may run on (2 to 8), one thread each; one process gets 2 threads.
    """
    workers = workers or max(2, min(8, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 2))
    if not hasattr(os, "fork"):
        workers = 1
    threads = threads or (1 if workers > 1 else 2)
    try:
        socks = listening_sockets(host, port, workers)
    except OSError as e:
        print(f"error: cannot listen on {host}:{port}: {e.strerror or e}", file=sys.stderr)
        return 2
    port = socks[0].getsockname()[1]
    if workers <= 1:
        store = open_store(settings)
        prepare(store)
        app = create_app(settings, store=store, **config)
        _warm_up(app)
        _banner(host, port, store, 1, threads)
        waitress.serve(app, sockets=socks, threads=threads)
        return 0
    # Before the fork: every process signs sessions with the same key.
    auth.secret_key(Path(config.get("DATA_DIR") or settings.data_dir))
    address, key, owner = socket_address(), os.urandom(32), os.getpid()
    children: list[int] = []
    for i in range(1, workers):
        pid = os.fork()
        if pid == 0:
            _close_others(socks, socks[i])
            _worker(settings, socks[i], address, key, threads, owner, config)
        children.append(pid)
    sock = socks[0]
    _close_others(socks, sock)
    server: StoreServer | None = None
    # SIGTERM ends the owner as Ctrl-C does, so that the `finally` below stops the workers.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        store = open_store(settings)
        prepare(store)
        app = create_app(settings, store=store, **config)
        _warm_up(app)
        ready = threading.Semaphore(0)
        calls = {**owner_calls(app), "ready": lambda: ready.release()}
        server = StoreServer(store, address, key, calls=calls).start()
        # Accept only when every worker can: clients that keep their connections open (browsers, load
        # generators) would otherwise all land on the first process ready and stay there.
        deadline = time.monotonic() + 120
        for _ in children:
            ready.acquire(timeout=max(0.0, deadline - time.monotonic()))
        _banner(host, port, store, workers, threads)
        waitress.serve(app, sockets=[sock], threads=threads)
    finally:
        for pid in children:
            try:
                os.kill(pid, signal.SIGTERM)
                os.waitpid(pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
        if server is not None:
            server.close()
        remove_socket(address)
    return 0


def listening_sockets(host: str, port: int, n: int) -> list[socket.socket]:
    """A listening socket per process, all on one port (SO_REUSEPORT): the kernel spreads new connections evenly
    over them, where one shared socket lets whichever process is idle at that moment take a burst of them (and a
    client that keeps its connections, such as a browser or wrk, stays unbalanced). Without SO_REUSEPORT, one
    socket shared by all. Raises OSError when the port is taken, by anything, including another Anzhi."""
    first = socket.create_server((host, port), backlog=1024)  # plain: fails if anyone listens there
    if n <= 1 or not hasattr(socket, "SO_REUSEPORT"):
        return [first] * max(1, n)
    port = first.getsockname()[1]
    first.close()
    return [socket.create_server((host, port), reuse_port=True, backlog=1024) for _ in range(n)]


def _close_others(socks: list[socket.socket], mine: socket.socket) -> None:
    for other in set(socks) - {mine}:  # the one shared socket, without SO_REUSEPORT, stays open
        other.close()


def _warm_up(app: Any) -> None:
    """Load what the first search would (the index's searcher, the segmenter's dictionaries) before serving."""
    app.extensions["anzhi"]["search"].search("安全生产")


def _banner(host: str, port: int, store: GraphStore, workers: int, threads: int) -> None:
    each = f"{threads} thread{'s' if threads > 1 else ''}"
    shape = f"{workers} processes x {each}" if workers > 1 else each
    print(f"Anzhi on http://{host}:{port}/ (backend {store.backend}, {shape}); Ctrl-C stops it", flush=True)


def _worker(settings: Settings, sock: socket.socket, address: str, key: bytes, threads: int, owner: int,
            config: dict[str, Any]) -> NoReturn:
    """A forked worker: the whole app on the shared socket, the store (LadybugDB) and the rule engine in the owner."""
    code = 0
    try:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the owner stops the workers
        threading.Thread(target=_exit_with, args=(owner,), daemon=True).start()
        remote = RemoteStore(address, key)
        store: Any = open_store(settings) if settings.backend != "ladybug" else remote
        app = create_app(settings, store=store, **config)
        app.extensions["anzhi"]["owner"] = remote
        _warm_up(app)
        remote.call("ready")
        waitress.serve(app, sockets=[sock], threads=threads, _quiet=True)
    except BaseException:  # a worker reports and exits; it must never return into the owner's code
        traceback.print_exc()
        code = 1
    finally:
        os._exit(code)


def _exit_with(owner: int) -> None:
    """End this worker when the owner is gone (killed without a chance to stop it)."""
    while os.getppid() == owner:
        time.sleep(1.0)
    os._exit(0)
