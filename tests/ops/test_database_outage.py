"""The database goes away and comes back: requests answer 503 quickly meanwhile, and recover by themselves.

A small TCP proxy stands between the app and PostgreSQL, so the test can cut every connection, refuse new
ones, or accept them and never answer (a database host that hangs), and then let traffic through again.
PostgreSQL only (TEST_DATABASE_URL); SQLite has no server to lose.
"""

from __future__ import annotations

import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace

import pytest
from sqlalchemy.engine import make_url

from webapp import create_app
from webapp.services import ranking

pytestmark = pytest.mark.ops
QUICK = 5.0  # seconds: how long an answer may take while the database is away


class TcpProxy:
    """Forwards 127.0.0.1:<port> to ``upstream``; ``stop()`` refuses and cuts, ``hang()`` accepts and stalls."""

    def __init__(self, upstream: tuple[str, int]):
        self.upstream = upstream
        self.mode = "forward"
        self.sockets: set[socket.socket] = set()
        self.lock = threading.Lock()
        self.listener: socket.socket | None = None
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()

    def start(self, mode: str = "forward") -> None:
        """Listen (again) on the same port; ``mode`` is "forward" or "hang"."""
        self.mode = mode
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        """Stop listening (new connections are refused) and cut every open connection."""
        if self.listener is not None:
            try:
                self.listener.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept() (close alone does not)
            except OSError:
                pass
            self.listener.close()
            self.listener = None
        with self.lock:
            for sock in self.sockets:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()
            self.sockets.clear()

    def _track(self, sock: socket.socket) -> None:
        with self.lock:
            self.sockets.add(sock)

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return  # closed by stop()
            self._track(client)
            if self.mode == "hang":
                continue  # accepted, never answered: a database host that does not respond
            try:
                server = socket.create_connection(self.upstream, timeout=5)
                server.settimeout(None)
            except OSError:
                client.close()
                continue
            self._track(server)
            for source, target in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, target), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, target: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        for sock in (source, target):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


@pytest.fixture
def proxied(database_url, tmp_path, monkeypatch):
    """(app, proxy): the app reaches the test database only through the proxy."""
    url = make_url(database_url)
    if url.get_backend_name() != "postgresql":
        pytest.skip("needs PostgreSQL (TEST_DATABASE_URL)")
    proxy = TcpProxy((url.host or "127.0.0.1", url.port or 5432))
    proxy.start()
    # the index is another check's business: here only the database comes and goes
    monkeypatch.setattr(ranking, "snapshot_status", lambda d: SimpleNamespace(usable=True, reason=None), raising=False)
    app = create_app(
        {
            "TESTING": True,
            "DATABASE_URL": url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False),
            "DATABASE_CONNECT_TIMEOUT": 2,  # libpq's smallest
            "SECRET_KEY": "test-secret",
            "PUBLIC_URL": "http://localhost",
            "SERVER_NAME": "localhost",
        }
    )
    app.instance_path = str(tmp_path)
    try:
        yield app, proxy
    finally:
        proxy.stop()
        app.extensions["sqlalchemy_engine"].dispose()


PATHS = ("/stillinger", "/api/v1/vacancies", "/readyz")


def _get_all(app, paths=PATHS, repeat: int = 1):
    """GET each path ``repeat`` times, eight at a time: [(path, status, mimetype, text, seconds)]."""

    def one(path):
        started = time.monotonic()
        response = app.test_client().get(path)
        return (
            path,
            response.status_code,
            response.mimetype,
            response.get_data(as_text=True),
            time.monotonic() - started,
        )

    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(one, [path for path in paths for _ in range(repeat)]))


def _assert_unavailable(answers) -> None:
    for path, status, mimetype, text, seconds in answers:
        assert status == 503, f"{path}: {status}"
        assert seconds < QUICK, f"{path} took {seconds:.1f} s"
        if path == "/stillinger":
            assert mimetype == "text/html" and "Tjenesten er midlertidigt utilgængelig" in text
        else:
            assert mimetype == "application/problem+json" and '"status":503' in text.replace(" ", "")


def test_requests_answer_503_quickly_while_the_database_is_away_and_recover(proxied, make_vacancy):
    app, proxy = proxied
    make_vacancy(title="Kontorchef til drift")
    assert {status for _p, status, *_ in _get_all(app)} == {200}

    proxy.stop()  # the server goes down: open connections cut, new ones refused
    _assert_unavailable(_get_all(app, repeat=3))

    proxy.start(mode="hang")  # a host that accepts but never answers: only the connect timeout ends the wait
    _assert_unavailable(_get_all(app, repeat=2))
    proxy.stop()

    proxy.start()  # the database is back: no restart, no intervention
    answers = _get_all(app, repeat=2)
    assert {status for _p, status, *_ in answers} == {200}, [(p, s) for p, s, *_ in answers]
    assert any("Kontorchef til drift" in text for path, _s, _m, text, _t in answers if path == "/stillinger")
