"""End-to-end serving costs at 100k (and 1M) profiles, as the CLI and the candidate page run them.

Part of ``make bench``; prints tables and asserts nothing. On the instance ``make loadtest`` prepares
(``instance/loadtest-<profiles>``, prepared here when missing), it measures:

- ``flask rank --all --json`` run in-process as the CLI runs it (change log, ranking, loading the top rows,
  weights, JSON), per vacancy, beside tantivy's BM25 top 10 over the same profiles' texts for the same
  vacancies' texts, measured in the same run (the peer);
- the employer's candidate page (10 cards with explanations): server time through the WSGI app, no network;
- memory: the proportional set size (PSS) of one ``make serve`` worker alone, and of four workers together,
  each after ranking (the index is memory-mapped, so the four should share one copy).

Targets (issue 10): rank --all ≤ 8 ms per vacancy and ≤ 2× BM25 at 100k, ≤ 60 ms at 1M; candidate page
p95 ≤ 150 ms; four workers ≤ 1.5× the PSS of one.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from bench import loadtest

PAGE_REPEATS = 3
RANKING_MIX = {"candidate page": 0.5, "api candidates": 0.3, "leader dashboard": 0.2}


def _app(instance: Path):
    os.environ["SEKTORBRO_INSTANCE"] = str(instance)
    os.environ["SEKTORBRO_REQUEST_LOG"] = "false"  # the bench prints a table, not a log line per request
    from webapp import create_app

    app = create_app()
    app.config["RATELIMIT_ENABLED"] = False  # our own repeated requests, not an attack
    return app


def rank_all(instance: Path) -> dict:
    """Per-vacancy time of ``rank --all`` once the snapshot is mapped, and of BM25's top 10."""
    from bench.peers import Bm25Peer
    from webapp.db import get_session
    from webapp.services import index_store, matcher_docs, ranking

    app = _app(instance)
    with app.app_context():  # start-up, not ranking: map the snapshot, load the lemma dictionary (no vacancy yet)
        index_store.warm(get_session(), ranking.directory_for(app.instance_path))
    started = time.perf_counter()
    timed = app.test_cli_runner().invoke(args=["rank", "--all", "--json"])
    elapsed = time.perf_counter() - started
    if timed.exit_code != 0:
        raise SystemExit(f"rank --all failed: {timed.output[-2000:]}")
    vacancies = len(json.loads(timed.output))

    with app.app_context():
        session = get_session()
        texts = [matcher_docs.profile_doc(p).full_text() for p in matcher_docs.rankable(session)]
        queries = [matcher_docs.vacancy_doc(v).full_text() for v in matcher_docs.published(session)]
    with tempfile.TemporaryDirectory(prefix="sektorbro-bm25-") as path:
        peer = Bm25Peer(texts, path)
        peer.search(queries[0], 10)
        started = time.perf_counter()
        for query in queries:
            peer.search(query, 10)
        bm25 = time.perf_counter() - started
    return {"vacancies": vacancies, "rank_ms": elapsed / vacancies * 1000, "bm25_ms": bm25 / len(queries) * 1000}


def candidate_page(instance: Path) -> dict:
    """Server time of every employer's candidate page for each of their vacancies, ``PAGE_REPEATS`` times."""
    app = _app(instance)
    plan = json.loads((instance / "loadtest.json").read_text())
    times = []
    for employer in plan["employers"]:
        client = app.test_client()
        form = client.get("/konto/log-ind")
        token = re.search(rb'name="csrf_token"[^>]*value="([^"]+)"', form.data).group(1).decode()
        answer = client.post(
            "/konto/log-ind",
            data={"email": employer["email"], "password": loadtest.PASSWORD, "csrf_token": token},
        )
        if answer.status_code != 302:
            raise SystemExit(f"log-in as {employer['email']} failed ({answer.status_code})")
        for vacancy in employer["vacancies"]:
            client.get(f"/arbejdsgiver/stillinger/{vacancy}/kandidater")  # warm (first ranking, templates)
            for _ in range(PAGE_REPEATS):
                started = time.perf_counter()
                page = client.get(f"/arbejdsgiver/stillinger/{vacancy}/kandidater")
                times.append(time.perf_counter() - started)
                if page.status_code != 200 or b"sb-candidate" not in page.data:
                    raise SystemExit(f"candidate page {vacancy}: {page.status_code}")
    ms = np.array(times) * 1000
    return {"pages": len(ms), "p50_ms": float(np.percentile(ms, 50)), "p95_ms": float(np.percentile(ms, 95))}


def _pss_kb(pid: int) -> int:
    with open(f"/proc/{pid}/smaps_rollup") as rollup:
        for line in rollup:
            if line.startswith("Pss:"):
                return int(line.split()[1])
    return 0


def _workers(server) -> list[int]:
    """The gunicorn workers of a ``make serve`` process group: gunicorn processes whose parent is gunicorn."""
    group = os.getpgid(server.pid)
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.getpgid(int(entry.name)) != group:
                continue
            command = (entry / "cmdline").read_bytes()
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            parent_command = Path(f"/proc/{parent}/cmdline").read_bytes()
        except (OSError, ValueError):
            continue
        if b"gunicorn" in command and b"gunicorn" in parent_command:
            found.append(int(entry.name))
    return found


def memory(instance: Path, port: int) -> dict:
    """PSS (MB) of one worker serving alone, and of four workers together, each after ranking."""
    plan = json.loads((instance / "loadtest.json").read_text())
    out = {}
    for workers in (1, 4):
        server = loadtest.start_server(instance, port, workers, instance / f"serve-{workers}.log")
        try:
            employers = [dict(e, cookie=loadtest.log_in(port, e["email"])) for e in plan["employers"]]
            leaders = [dict(e, cookie=loadtest.log_in(port, e["email"])) for e in plan["leaders"]]
            # Only ranking routes, from several clients, so that every worker has loaded the index and ranked.
            client_plan = loadtest.Plan(plan["vacancies"], employers, leaders, mix=RANKING_MIX)
            loadtest.run_level(port, client_plan, workers * 2, workers * 30, 300, seed=workers)
            pids = _workers(server)
            masters = {int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1]) for pid in pids}
            out[workers] = sum(_pss_kb(pid) for pid in pids) / 1024
            out[f"{workers}_server"] = out[workers] + sum(_pss_kb(pid) for pid in masters) / 1024
            out[f"{workers}_count"] = len(pids)
        finally:
            loadtest.stop_server(server)
    return {
        "one_mb": out[1],
        "four_mb": out[4],
        "workers_seen": out["4_count"],
        "ratio": out[4] / out[1],
        "server_one_mb": out["1_server"],
        "server_four_mb": out["4_server"],
        "server_ratio": out["4_server"] / out["1_server"],
    }


def _run(part: str, instance: Path, port: int) -> dict:
    """Each measurement in a fresh process, so one's caches and memory do not colour the next."""
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1", PYTHONPATH=".")
    command = [sys.executable, "-m", "bench.serving", "--part", part, "--instance", str(instance), "--port", str(port)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=loadtest.ROOT)
    if done.returncode != 0:
        raise SystemExit(f"bench part {part} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


PARTS = {"rank": rank_all, "page": candidate_page}


def main(argv: list[str] | None = None) -> int:
    """Prepare or reuse the instances, measure each part in its own process, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000", help="profile counts, comma-separated (1000000 takes long)")
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--part", choices=[*PARTS, "memory"], help=argparse.SUPPRESS)
    parser.add_argument("--instance", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.part:
        found = memory(args.instance, args.port) if args.part == "memory" else PARTS[args.part](args.instance)
        print(json.dumps(found))
        return 0

    print(
        "| profiles | rank --all ms/vacancy | BM25 top 10 ms | ratio | candidate page p50 / p95 ms "
        "| PSS 1 worker MB | PSS 4 workers MB | ratio | server with 1 / 4 workers MB | ratio |"
    )
    print(
        "|---------:|----------------------:|---------------:|------:|---------------------------:"
        "|----------------:|-----------------:|------:|-----------------------------:|------:|"
    )
    for size in (int(s) for s in args.sizes.split(",")):
        instance = loadtest.ensure_instance(size, loadtest.DEFAULT_VACANCIES)
        ranked = _run("rank", instance, args.port)
        page = _run("page", instance, args.port)
        memory_used = _run("memory", instance, args.port)
        print(
            f"| {size:>8,} | {ranked['rank_ms']:>21.1f} | {ranked['bm25_ms']:>14.1f} "
            f"| {ranked['rank_ms'] / ranked['bm25_ms']:>4.1f}× | {page['p50_ms']:>12.0f} / {page['p95_ms']:<12.0f} "
            f"| {memory_used['one_mb']:>15.0f} | {memory_used['four_mb']:>16.0f} | {memory_used['ratio']:>4.2f}× "
            f"| {memory_used['server_one_mb']:>13.0f} / {memory_used['server_four_mb']:<13.0f} "
            f"| {memory_used['server_ratio']:>4.2f}× |",
            flush=True,
        )
    print(
        "\nrank --all: `flask rank --all --json` in-process after start-up (snapshot mapped, lemma dictionary "
        "loaded; each vacancy's text analysed by the index build and kept in the snapshot, each ranked once), "
        "total / vacancies. BM25: tantivy, "
        "query = the vacancy's words OR-ed, top 10, same process, one thread. Candidate page: server time in "
        "the WSGI app (no network), every employer's vacancies × 3. PSS: proportional set size of the "
        "`make serve` workers after each has ranked; server: the same plus the master, which loaded the shared "
        "lemma dictionary and index before forking."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
