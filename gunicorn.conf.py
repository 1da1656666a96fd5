"""gunicorn's settings for ``make serve``, from the environment (see README, "Drift").

PORT (default 5000, as ``make run``) and BIND (default ``127.0.0.1:$PORT``: only a reverse proxy on the same
host reaches it; ``BIND=0.0.0.0:5000`` or a private address to listen further), WORKERS (default 2),
TIMEOUT and GRACEFUL_TIMEOUT (seconds), MAX_REQUESTS. The app reads its own settings (DATABASE_URL,
REDIS_URL, SEKTORBRO_*) as under ``make run``.
"""

import ctypes
import ctypes.util
import gc
import os
import subprocess
import sys

_port = os.environ.get("PORT") or "5000"
bind = [os.environ.get("BIND") or f"127.0.0.1:{_port}"]
workers = int(os.environ.get("WORKERS") or 2)
worker_class = "sync"  # one request per process at a time; the reverse proxy buffers slow clients
timeout = int(os.environ.get("TIMEOUT") or 30)  # a worker silent this long is killed and replaced
graceful_timeout = int(os.environ.get("GRACEFUL_TIMEOUT") or 30)  # on SIGTERM/HUP: time to finish requests
keepalive = 5  # seconds an idle keep-alive connection from the proxy stays open

# Each worker is replaced after about this many requests (jittered so they do not all restart at once):
# bounds any slow growth in memory; a new worker maps the saved index again, it never rebuilds it.
max_requests = int(os.environ.get("MAX_REQUESTS") or 2000)
max_requests_jitter = max_requests // 10

# The app is loaded once in the master, which also loads the lemma dictionary and the index (when_ready), then
# freezes its heap and forks: the workers share those pages copy-on-write instead of each holding ~100 MB of
# their own (the index's arrays are memory-mapped and shared through the page cache in any case). Nothing that
# must not be shared is opened before the fork: post_fork drops the inherited database pool, the mail sender
# starts with a worker's first request (webapp/mailer.py), the Redis client connects after the fork.
# PRELOAD=0 imports the app in each worker instead.
preload_app = os.environ.get("PRELOAD", "1") != "0"
control_socket_disable = True  # no control socket in $HOME (newer gunicorn): two servers on a host would share it

accesslog = None  # the app writes one JSON line per request (webapp/requestlog.py)
errorlog = "-"  # gunicorn's own messages (start, worker exits) on standard error
loglevel = os.environ.get("LOG_LEVEL") or "info"

# X-Forwarded-* headers are the app's business (TRUSTED_PROXIES, Werkzeug's ProxyFix counts the hops); gunicorn
# believes X-Forwarded-Proto only from these addresses (its default, a proxy on the same host). A proxy on
# another host: set TRUSTED_PROXIES for the app, FORWARDED_ALLOW_IPS to the proxy's address here, and make sure
# nothing but the proxy can reach BIND.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS") or "127.0.0.1,::1"

if os.path.isdir("/dev/shm"):
    worker_tmp_dir = "/dev/shm"  # the workers' heartbeat files: memory, not a disk that may stall


# The index is rebuilt by `flask index watch` (deleted leaders leave the disk, many edits are folded in), never
# by a worker: the master starts one watch beside the workers and stops it on exit. INDEX_WATCH=0 when another
# process (a scheduler, another server sharing the index folder) runs it.
_watch = None


def when_ready(server):
    """Before the first fork: load what every worker shares (preloaded app); start ``flask index watch``."""
    global _watch
    app = getattr(server.app, "callable", None)
    if app is not None:
        from webapp.db import get_session
        from webapp.services import index_store, ranking

        with app.app_context():
            index_store.warm(get_session(), ranking.directory_for(app.instance_path))
        engine = app.extensions.get("sqlalchemy_engine")
        if engine is not None:
            engine.dispose()  # the master serves no request: it keeps no connection open
        gc.freeze()  # the collector never writes to what the master loaded, so those pages stay shared
    if os.environ.get("INDEX_WATCH", "1") != "0":
        # --parent: a master killed with SIGKILL cannot stop the watch, so the watch notices and stops itself.
        command = [sys.executable, "-m", "flask", "--app", "webapp", "index", "watch", "--parent", str(os.getpid())]
        _watch = subprocess.Popen(command)
        server.log.info("Started 'flask index watch' (pid %s)", _watch.pid)


def on_exit(server):
    """Stop the watch with the server (a build it is in the middle of leaves the published index as it was)."""
    if _watch is not None and _watch.poll() is None:
        _watch.terminate()
        try:
            _watch.wait(timeout=10)
        except subprocess.TimeoutExpired:
            _watch.kill()


def post_fork(server, worker):
    """With a preloaded app, give up the database connections inherited from the master (never use them)."""
    app = getattr(server.app, "callable", None)
    engine = getattr(app, "extensions", {}).get("sqlalchemy_engine") if app is not None else None
    if engine is not None:
        engine.dispose(close=False)


def _malloc_trim():
    """glibc's ``malloc_trim`` (None elsewhere): hands the heap's free pages back to the operating system."""
    name = ctypes.util.find_library("c")
    trim = getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
    if trim is not None:
        trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


_trim = _malloc_trim()


def post_request(worker, req, environ, resp):
    """After the response is sent: return the request's freed heap to the system. A ranking allocates and frees
    tens of megabytes; glibc keeps the freed pages, so without this each worker holds ~8 MB more than it uses
    (measured by ``make bench``; costs ~1-3 ms of the worker's idle time, never the client's)."""
    if _trim is not None:
        _trim(0)
