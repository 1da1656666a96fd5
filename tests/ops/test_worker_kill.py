"""``kill -9`` of a gunicorn worker in the middle of a request: the other worker keeps answering, and the
master starts a replacement. The server runs as ``make serve`` runs it (gunicorn.conf.py, two workers),
against an instance and SQLite database of the test's own. Linux only (it reads /proc).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from alembic import command

from models.migrations import alembic_config

pytestmark = [pytest.mark.ops, pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc")]
ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _children(master: int) -> dict[int, bytes]:
    """The master's child processes and their command lines."""
    path = Path(f"/proc/{master}/task/{master}/children")
    found = {}
    for pid in path.read_text().split() if path.exists() else ():
        try:
            found[int(pid)] = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue  # gone meanwhile
    return found


def _workers(master: int) -> set[int]:
    """The master's workers (forks of gunicorn; the index watch is a child too, but no worker)."""
    return {pid for pid, command in _children(master).items() if b"gunicorn" in command}


def _watches(master: int) -> set[int]:
    """The master's ``flask index watch`` child."""
    return {pid for pid, command in _children(master).items() if b"index\x00watch" in command}


def _get(port: int, path: str = "/stillinger") -> int:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
        return response.status


def _wait(condition, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _holder(workers: set[int], server_port: int, client_port: int) -> int | None:
    """The worker holding the server side of the connection from ``client_port`` (via /proc/net/tcp*)."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            local, remote, inode = fields[1], fields[2], fields[9]
            if int(local.rsplit(":", 1)[1], 16) == server_port and int(remote.rsplit(":", 1)[1], 16) == client_port:
                inodes.add(f"socket:[{inode}]")
    for pid in workers:
        try:
            links = {os.readlink(fd) for fd in Path(f"/proc/{pid}/fd").iterdir()}
        except OSError:
            continue
        if links & inodes:
            return pid
    return None


@pytest.fixture
def server(tmp_path):
    """(master pid, port): gunicorn with two workers, stopped (SIGINT, then SIGKILL) whatever happens."""
    url = f"sqlite:///{tmp_path / 'serve.sqlite3'}"
    command.upgrade(alembic_config(url), "head")
    port = _free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith("SEKTORBRO_")}
    env |= {"DATABASE_URL": url, "SEKTORBRO_INSTANCE": str(tmp_path / "instance"), "PORT": str(port), "WORKERS": "2"}
    log = (tmp_path / "gunicorn.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py", "webapp:create_app()"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait(lambda: len(_workers(process.pid)) == 2, 30, "two workers")
        _wait(lambda: _answers(port), 60, "the first answer")
        yield process.pid, port
    finally:
        process.send_signal(signal.SIGINT)  # quick shutdown: graceful stops are not under test here
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            for pid in _workers(process.pid):
                os.kill(pid, signal.SIGKILL)
            process.kill()
            process.wait()
        log.close()


def _answers(port: int) -> bool:
    try:
        return _get(port, "/healthz") == 200
    except OSError:
        return False


def test_a_killed_worker_is_replaced_while_the_other_keeps_serving(server):
    master, port = server
    workers = _workers(master)
    assert _get(port) == 200

    # Mid-request: a request whose headers never end keeps one worker busy reading it.
    hanging = socket.create_connection(("127.0.0.1", port), timeout=10)
    try:
        hanging.sendall(b"GET /stillinger HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        busy = _wait(lambda: _holder(workers, port, hanging.getsockname()[1]), 10, "the worker with the request")
        os.kill(busy, signal.SIGKILL)
        try:
            assert hanging.recv(1024) == b""  # the request dies with its worker: no answer, the connection closes
        except ConnectionResetError:
            pass
    finally:
        hanging.close()

    # The other worker answers at once, and every request meanwhile succeeds.
    statuses = []
    replaced = None
    deadline = time.monotonic() + 60
    while replaced is None and time.monotonic() < deadline:
        statuses.append(_get(port))
        now = _workers(master)
        if len(now) == 2 and busy not in now:
            replaced = now
        time.sleep(0.05)
    assert replaced is not None, f"no replacement for worker {busy}: {_workers(master)}"
    assert set(statuses) == {200}
    assert all(_get(port) == 200 for _ in range(4))  # and after it


def test_the_master_runs_the_index_watch_beside_its_workers(server):
    master, _port = server

    watch = _wait(lambda: _watches(master), 30, "the index watch")

    assert len(watch) == 1 and not watch & _workers(master)
