"""A bounded load test against the production server (``make loadtest``): routes, throughput, percentiles.

It prepares an instance folder with ``--profiles`` imported profiles (100,000 by default) and
``--vacancies`` published vacancies, a few approved employers and leaders with API keys, then starts
``make serve`` on a loopback port with ``WORKERS`` workers and sends a realistic mix of requests: the
public list and search, vacancy pages, employer candidate pages, a leader's dashboard and API calls.

It is bounded on every side: the server listens on 127.0.0.1 only and every request goes there; each
concurrency level sends a fixed number of requests and stops at a time cap; the server is stopped at the
end, also after an error or Ctrl-C. The prepared instance is kept in ``instance/loadtest-<profiles>`` and
reused (``--fresh`` prepares it again), because importing and indexing 100k profiles takes minutes.

The app's rate limits guard a public service against one client; here the clients are ours, so the run
raises them (``SEKTORBRO_*_RATE_LIMIT``) and says so, instead of measuring 429 answers.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # loopback only: this script never sends a request anywhere else
PASSWORD = "loadtest-adgangskode-1"
DEFAULT_VACANCIES = 200
EMPLOYERS = 4
LEADERS = 4
# Route name → share of the requests (a recruiter-heavy weekday: most traffic is public reading).
MIX = {
    "public list": 0.20,
    "public search": 0.15,
    "vacancy page": 0.20,
    "candidate page": 0.15,
    "leader dashboard": 0.05,
    "api vacancies": 0.10,
    "api candidates": 0.10,
    "api recommendations": 0.05,
}
CANDIDATE_ROUTES = {"candidate page", "api candidates"}
PUBLIC_ROUTES = {"public list", "public search", "vacancy page", "api vacancies"}
SEARCH_WORDS = ("økonomi", "sundhed", "digitalisering", "ledelse", "sekretariat", "skole", "klima", "it")
RAISED_LIMITS = {
    "SEKTORBRO_LOGIN_RATE_LIMIT": "100000/minute",
    "SEKTORBRO_API_RATE_LIMIT": "1000000/minute",
    "SEKTORBRO_API_USER_RATE_LIMIT": "1000000/minute",
}


# --- preparing the instance -------------------------------------------------------------------------------


def prepare(instance: Path, profiles: int, vacancies: int) -> dict:
    """Fill a fresh instance folder: profiles, vacancies, users and API keys; returns what the clients need.

    The index is built afterwards (``ensure_index``), by the same command an operator runs.
    """
    from sqlalchemy import func, select

    from bench.population import generate_population
    from models import Organisation, Profile, Role, Vacancy
    from webapp import create_app
    from webapp.db import get_session
    from webapp.services import accounts, importing, tokens
    from webapp.services.records import ProfileRecord, VacancyRecord

    instance.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, SEKTORBRO_INSTANCE=str(instance))
    subprocess.run([str(ROOT / ".venv/bin/flask"), "--app", "webapp", "db", "upgrade"], env=env, check=True)
    os.environ["SEKTORBRO_INSTANCE"] = str(instance)
    app = create_app()
    population = generate_population(seed=11, profiles=profiles, vacancies=vacancies)
    with app.app_context():
        session = get_session()
        lines = (json.dumps(r, ensure_ascii=False) for r in population.profiles)
        importing.import_profiles(session, importing.parse_lines(lines, ProfileRecord))
        published = [dict(r, status="published") for r in population.vacancies]
        lines = (json.dumps(r, ensure_ascii=False) for r in published)
        importing.import_vacancies(session, importing.parse_lines(lines, VacancyRecord))
        session.flush()
        # The organisations with most vacancies each get an approved employer.
        busiest = session.execute(
            select(Vacancy.organisation_id, func.count())
            .group_by(Vacancy.organisation_id)
            .order_by(func.count().desc(), Vacancy.organisation_id)
            .limit(EMPLOYERS)
        ).all()
        employers, leaders = [], []
        for number, (organisation_id, _count) in enumerate(busiest):
            email = f"arbejdsgiver{number}@loadtest.example"
            organisation = session.get(Organisation, organisation_id)
            organisation.placed = True  # an administrator has checked where it belongs (approval needs that)
            user = accounts.create_user(session, email, PASSWORD, Role.EMPLOYER, organisation_id)
            accounts.approve_employer(session, None, user)
            _token, secret = tokens.create(session, user, "loadtest")
            own = session.scalars(select(Vacancy.id).where(Vacancy.organisation_id == organisation_id)).all()
            employers.append(
                {"email": email, "token": secret, "vacancies": list(own), "organisation": organisation.name}
            )
        for number, profile in enumerate(session.scalars(select(Profile).order_by(Profile.id).limit(LEADERS))):
            email = f"leder{number}@loadtest.example"
            user = accounts.create_user(session, email, PASSWORD, Role.LEADER)
            profile.user_id = user.id
            profile.email = email
            _token, secret = tokens.create(session, user, "loadtest")
            leaders.append({"email": email, "token": secret})
        vacancy_ids = session.scalars(select(Vacancy.id)).all()
        session.commit()
    plan = {
        "profiles": profiles,
        "vacancies": list(vacancy_ids),
        "employers": employers,
        "leaders": leaders,
    }
    (instance / "loadtest.json").write_text(json.dumps(plan))
    return plan


# --- the server ---------------------------------------------------------------------------------------------


def start_server(instance: Path, port: int, workers: int, log: Path) -> subprocess.Popen:
    """``make serve`` on a loopback port, in its own process group so that stopping it stops every worker."""
    env = dict(
        os.environ,
        SEKTORBRO_INSTANCE=str(instance),
        PORT=str(port),
        WORKERS=str(workers),
        BIND=f"{HOST}:{port}",
        SEKTORBRO_PUBLIC_URL=f"http://{HOST}:{port}",
        PUBLIC_URL=f"http://{HOST}:{port}",
        **RAISED_LIMITS,
    )
    handle = log.open("w")
    server = subprocess.Popen(
        ["make", "--no-print-directory", "serve"],
        cwd=ROOT,
        env=env,
        stdout=handle,
        stderr=handle,
        start_new_session=True,
    )
    deadline = time.monotonic() + 600  # an index build on first start may take a few minutes
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"make serve stopped (exit {server.returncode}); see {log}")
        try:
            status, _body, _ = request(port, "GET", "/readyz")
            if status == 200:
                return server
        except OSError:
            pass
        time.sleep(0.5)
    stop_server(server)
    raise SystemExit(f"the server was not ready within 10 minutes; see {log}")


def stop_server(server: subprocess.Popen) -> None:
    """Stop gunicorn and its workers (SIGTERM to the group, then SIGKILL if it lingers)."""
    if server.poll() is not None:
        return
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=10)


# --- the clients --------------------------------------------------------------------------------------------


def request(
    port: int, method: str, path: str, headers: dict | None = None, body: bytes | None = None, timeout: float = 30
) -> tuple[int, bytes, http.client.HTTPResponse]:
    """One HTTP request to the loopback server (a new connection each time, as a sync worker expects)."""
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
        return response.status, data, response
    finally:
        connection.close()


_CSRF = re.compile(rb'name="csrf_token"[^>]*value="([^"]+)"')


def log_in(port: int, email: str) -> str:
    """Log in through the form as a browser does; returns the Cookie header for the session."""
    status, body, response = request(port, "GET", "/konto/log-ind")
    cookies = _cookies(response)
    found = _CSRF.search(body)
    if status != 200 or not found:
        raise SystemExit(f"log-in form not found ({status})")
    form = urllib.parse.urlencode({"email": email, "password": PASSWORD, "csrf_token": found.group(1).decode()})
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": _cookie_header(cookies)}
    status, _body, response = request(port, "POST", "/konto/log-ind", headers, form.encode())
    if status != 302:
        raise SystemExit(f"log-in as {email} failed ({status})")
    cookies.update(_cookies(response))
    return _cookie_header(cookies)


def _cookies(response: http.client.HTTPResponse) -> dict[str, str]:
    out = {}
    for header in response.headers.get_all("Set-Cookie") or ():
        name, _, rest = header.partition("=")
        out[name.strip()] = rest.split(";", 1)[0]
    return out


def _cookie_header(cookies: dict[str, str]) -> str:
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


@dataclass
class Plan:
    """Who the clients are and what they may ask for."""

    vacancies: list[int]
    employers: list[dict]  # each with "cookie", "token" and "vacancies"
    leaders: list[dict]  # each with "cookie" and "token"
    mix: dict[str, float] = field(default_factory=lambda: dict(MIX))

    def next_request(self, rng: random.Random) -> tuple[str, str, dict]:
        """A route name, a path and headers, drawn from the mix."""
        route = rng.choices(list(self.mix), weights=list(self.mix.values()))[0]
        employer, leader = rng.choice(self.employers), rng.choice(self.leaders)
        own = rng.choice(employer["vacancies"])
        paths = {
            "public list": (f"/stillinger?side={rng.randint(1, 5)}", {}),
            "public search": (
                "/stillinger?" + urllib.parse.urlencode({"q": rng.choice(SEARCH_WORDS), "niveau": rng.randint(1, 4)}),
                {},
            ),
            "vacancy page": (f"/stillinger/{rng.choice(self.vacancies)}", {}),
            "candidate page": (f"/arbejdsgiver/stillinger/{own}/kandidater", {"Cookie": employer["cookie"]}),
            "leader dashboard": ("/leder/", {"Cookie": leader["cookie"]}),
            "api vacancies": (f"/api/v1/vacancies?page={rng.randint(1, 5)}", {}),
            "api candidates": (
                f"/api/v1/employer/vacancies/{own}/candidates",
                {"Authorization": f"Bearer {employer['token']}"},
            ),
            "api recommendations": ("/api/v1/me/recommendations", {"Authorization": f"Bearer {leader['token']}"}),
        }
        path, headers = paths[route]
        return route, path, headers


@dataclass
class Result:
    """What one concurrency level measured."""

    concurrency: int
    seconds: float
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    examples: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.latencies.values())

    def percentile(self, routes: set[str] | None, q: float) -> float:
        values = [x for route, xs in self.latencies.items() if routes is None or route in routes for x in xs]
        return float(np.percentile(values, q)) * 1000 if values else float("nan")


def run_level(port: int, plan: Plan, concurrency: int, requests: int, cap_s: float, seed: int) -> Result:
    """``requests`` requests from ``concurrency`` clients in a closed loop, stopping at ``cap_s`` seconds."""
    result = Result(concurrency, 0.0)
    lock = threading.Lock()
    left = [requests]
    deadline = time.monotonic() + cap_s

    def client(number: int) -> None:
        rng = random.Random(seed * 1000 + number)
        while time.monotonic() < deadline:
            with lock:
                if left[0] == 0:
                    return
                left[0] -= 1
            route, path, headers = plan.next_request(rng)
            started = time.perf_counter()
            try:
                status, _body, _ = request(port, "GET", path, headers, timeout=max(1.0, deadline - time.monotonic()))
                error = None if status == 200 else f"{route} {path} → {status}"
            except OSError as exc:
                error = f"{route} {path} → {type(exc).__name__}: {exc}"
            elapsed = time.perf_counter() - started
            with lock:
                result.latencies[route].append(elapsed)
                if error:
                    result.errors[route] += 1
                    if len(result.examples) < 5:
                        result.examples.append(error)

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=cap_s + 60)
    result.seconds = time.perf_counter() - started
    return result


def report(results: list[Result], workers: int, profiles: int) -> None:
    """Print the summary per level, then the routes at the best level that met the targets."""
    print(f"\nLoad test: {profiles:,} profiles, {workers} workers, loopback; rate limits raised for our clients.\n")
    print("| clients | requests | errors | req/s | p50 ms | p99 ms | candidate p99 ms | public p99 ms | targets |")
    print("|--------:|---------:|-------:|------:|-------:|-------:|-----------------:|--------------:|:-------:|")
    best = None
    for r in results:
        met = meets_targets(r)
        if met and (best is None or r.count / r.seconds > best.count / best.seconds):
            best = r
        print(
            f"| {r.concurrency:>7} | {r.count:>8} | {sum(r.errors.values()):>6} | {r.count / r.seconds:>5.1f} "
            f"| {r.percentile(None, 50):>6.0f} | {r.percentile(None, 99):>6.0f} "
            f"| {r.percentile(CANDIDATE_ROUTES, 99):>16.0f} | {r.percentile(PUBLIC_ROUTES, 99):>13.0f} "
            f"| {'ja' if met else 'nej':^7} |"
        )
        for example in r.examples:
            print(f"    fejl: {example}")
    chosen = best or max(results, key=lambda r: r.count / r.seconds)
    print(
        f"\nPer route at {chosen.concurrency} clients "
        f"({'the highest rate that met the targets' if best else 'no level met the targets; the fastest'}):\n"
    )
    print("| route | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |")
    print("|:------|---------:|-------:|------:|-------:|-------:|-------:|-------:|")
    for route in MIX:
        xs = np.array(chosen.latencies.get(route, [])) * 1000
        if not len(xs):
            continue
        print(
            f"| {route} | {len(xs)} | {chosen.errors.get(route, 0)} | {len(xs) / chosen.seconds:.1f} "
            f"| {np.percentile(xs, 50):.0f} | {np.percentile(xs, 95):.0f} | {np.percentile(xs, 99):.0f} "
            f"| {xs.max():.0f} |"
        )
    print("\nTargets (issue 10): 0 errors, p99 ≤ 300 ms on candidate pages and ≤ 100 ms on public pages.")


def meets_targets(result: Result) -> bool:
    """No errors, candidate pages p99 ≤ 300 ms and public pages p99 ≤ 100 ms."""
    return (
        not result.errors
        and result.percentile(CANDIDATE_ROUTES, 99) <= 300
        and result.percentile(PUBLIC_ROUTES, 99) <= 100
    )


def ensure_instance(profiles: int, vacancies: int = DEFAULT_VACANCIES, fresh: bool = False) -> Path:
    """The prepared instance folder for ``profiles`` (prepared now if missing or ``fresh``)."""
    instance = ROOT / "instance" / f"loadtest-{profiles}"
    if fresh or not (instance / "loadtest.json").exists():
        if instance.exists():
            shutil.rmtree(instance)
        print(f"Preparing {instance} with {profiles:,} profiles (minutes) …", file=sys.stderr, flush=True)
        started = time.perf_counter()
        prepare(instance, profiles, vacancies)
        print(f"Prepared in {time.perf_counter() - started:.0f} s.", file=sys.stderr, flush=True)
    ensure_index(instance)
    return instance


def ensure_index(instance: Path) -> None:
    """Migrate a kept instance to this code's schema and build the index when it has no usable one (``make
    serve`` does both, but the benches also use the instance without it)."""
    flask = [str(ROOT / ".venv/bin/flask"), "--app", "webapp"]
    env = dict(os.environ, SEKTORBRO_INSTANCE=str(instance))
    subprocess.run([*flask, "db", "upgrade"], env=env, check=True, stdout=subprocess.DEVNULL)
    if subprocess.run([*flask, "index", "status"], env=env, capture_output=True).returncode != 0:
        print("Building the index …", file=sys.stderr, flush=True)
        subprocess.run([*flask, "index", "rebuild"], env=env, check=True, stdout=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Prepare (or reuse) the instance, start the server, run each level, print the tables, stop."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=int, default=100_000)
    parser.add_argument("--vacancies", type=int, default=DEFAULT_VACANCIES)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WORKERS", 2)))
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--levels", default="1,2,4,8", help="concurrent clients per level, comma-separated")
    parser.add_argument("--requests", type=int, default=600, help="requests per level")
    parser.add_argument("--cap", type=float, default=120.0, help="seconds per level at most")
    parser.add_argument("--fresh", action="store_true", help="prepare the instance again")
    args = parser.parse_args(argv)

    instance = ensure_instance(args.profiles, args.vacancies, fresh=args.fresh)
    saved = json.loads((instance / "loadtest.json").read_text())
    server = start_server(instance, args.port, args.workers, instance / "serve.log")
    try:
        employers = [dict(e, cookie=log_in(args.port, e["email"])) for e in saved["employers"]]
        leaders = [dict(e, cookie=log_in(args.port, e["email"])) for e in saved["leaders"]]
        plan = Plan(saved["vacancies"], employers, leaders)
        run_level(args.port, plan, 2, 40, 60, seed=0)  # warm every worker's caches and the page cache
        results = []
        for number, level in enumerate(int(x) for x in args.levels.split(",")):
            results.append(run_level(args.port, plan, level, args.requests, args.cap, seed=number + 1))
            print(f"  {level} clients: {results[-1].count} requests in {results[-1].seconds:.1f} s", flush=True)
        report(results, args.workers, saved["profiles"])
        return 0 if any(meets_targets(r) for r in results) else 1
    finally:
        stop_server(server)


if __name__ == "__main__":
    sys.exit(main())
