"""The load script is bounded: a fixed number of requests, a time cap, loopback only."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench import loadtest


class _Handler(BaseHTTPRequestHandler):
    delay = 0.0
    seen: list[str] = []

    def do_GET(self):  # noqa: N802 - the name http.server calls
        type(self).seen.append(self.path)
        time.sleep(self.delay)
        status = 404 if "kandidater" in self.path else 200
        self.send_response(status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    _Handler.seen = []
    _Handler.delay = 0.0
    httpd = ThreadingHTTPServer((loadtest.HOST, 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def _plan() -> loadtest.Plan:
    employers = [{"cookie": "session=x", "token": "sb_x", "vacancies": [1, 2]}]
    leaders = [{"cookie": "session=y", "token": "sb_y"}]
    return loadtest.Plan([1, 2, 3], employers, leaders)


def test_a_level_sends_exactly_the_requests_it_was_given(server):
    result = loadtest.run_level(server.server_port, _plan(), concurrency=3, requests=40, cap_s=30, seed=1)

    assert result.count == 40 == len(_Handler.seen)
    assert set(result.latencies) <= set(loadtest.MIX)


def test_a_level_stops_at_its_time_cap(server):
    _Handler.delay = 0.2

    started = time.monotonic()
    result = loadtest.run_level(server.server_port, _plan(), concurrency=2, requests=10_000, cap_s=1.0, seed=1)

    assert time.monotonic() - started < 5
    assert 0 < result.count < 100


def test_errors_are_counted_per_route_and_fail_the_targets(server):
    result = loadtest.run_level(server.server_port, _plan(), concurrency=2, requests=60, cap_s=30, seed=2)

    assert result.errors["candidate page"] == len(result.latencies["candidate page"]) > 0
    assert not loadtest.meets_targets(result)


def test_the_mix_draws_every_route_with_roughly_its_share():
    import random

    rng = random.Random(0)
    drawn = [_plan().next_request(rng)[0] for _ in range(5000)]

    for route, share in loadtest.MIX.items():
        assert abs(drawn.count(route) / len(drawn) - share) < 0.03
