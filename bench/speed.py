"""Speed and memory of import, index build and ranking at 10k, 100k and 1M profiles (``make bench``).

Prints a table; asserts nothing (timing belongs here, not in tests). Each size runs in fresh processes:
one generates, imports into an empty SQLite database and builds the index; another loads the saved index
the way a web worker does and measures resident memory and rank latency on one core, with the same
queries through plain TF-IDF (``TfidfVectorizer.transform`` + ``linear_kernel``) as the baseline.

Targets (issue 3, one core): rank p50 ≤ 10 ms at 100k and ≤ 100 ms at 1M; index build for 100k ≤ 60 s;
resident memory for a 100k index ≤ 500 MB.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

QUERIES = 60
REPEATS = 3


def _rss_mb() -> float:
    """Current resident set size of this process in MB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build_worker(size: int, directory: Path) -> dict:
    """Generate, import (SQLite) and build the index for ``size`` profiles; save index and baseline."""
    import joblib
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sqlalchemy.orm import Session

    from bench.population import generate_population
    from matcher.documents import profile_from_record, vacancy_from_record
    from matcher.index import CandidateIndex
    from matcher.publishing import publish
    from models import Base
    from models.engine import make_engine
    from webapp.services import importing
    from webapp.services.records import ProfileRecord

    population = generate_population(seed=7, profiles=size, vacancies=QUERIES)
    lines = [json.dumps(record, ensure_ascii=False) for record in population.profiles]
    engine = make_engine(f"sqlite:///{directory / 'bench.sqlite3'}")
    Base.metadata.create_all(engine)
    started = time.perf_counter()
    with Session(engine) as session:
        importing.import_profiles(session, importing.parse_lines(lines, ProfileRecord))
        session.commit()
    import_seconds = time.perf_counter() - started
    del lines
    engine.dispose()

    profiles = [profile_from_record(r, i) for i, r in enumerate(population.profiles)]
    vacancies = [vacancy_from_record(r, i) for i, r in enumerate(population.vacancies)]
    del population
    gc.collect()
    started = time.perf_counter()
    index = CandidateIndex.build(profiles, vacancies, version="bench")
    build_seconds = time.perf_counter() - started
    publish(index, directory / "index")
    build_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    vectorizer = TfidfVectorizer(dtype="float32")
    matrix = vectorizer.fit_transform([p.full_text() for p in profiles])
    joblib.dump({"vectorizer": vectorizer, "matrix": matrix}, directory / "baseline.joblib")
    joblib.dump(vacancies, directory / "queries.joblib")
    return {"import_s": import_seconds, "build_s": build_seconds, "build_peak_mb": build_peak}


def rank_worker(directory: Path) -> dict:
    """Load the index like a web worker, then time rankings on one core (and the TF-IDF baseline)."""
    import joblib
    import numpy as np
    from sklearn.metrics.pairwise import linear_kernel
    from threadpoolctl import threadpool_limits

    from matcher.snapshot import load_current

    baseline_rss = _rss_mb()
    index = load_current(directory / "index").index
    gc.collect()
    index_rss = _rss_mb()
    queries = joblib.load(directory / "queries.joblib")
    with threadpool_limits(limits=1):
        index.rank(queries[0], limit=10)  # warm caches
        ours = []
        for _ in range(REPEATS):
            for query in queries:
                started = time.perf_counter()
                index.rank(query, limit=10)
                ours.append(time.perf_counter() - started)
        del index
        gc.collect()
        baseline = joblib.load(directory / "baseline.joblib")
        vectorizer, matrix = baseline["vectorizer"], baseline["matrix"]
        plain = []
        for _ in range(REPEATS):
            for query in queries:
                started = time.perf_counter()
                scores = linear_kernel(matrix, vectorizer.transform([query.full_text()])).ravel()
                np.argpartition(-scores, 10)[:10]
                plain.append(time.perf_counter() - started)
    return {
        "rss_mb": index_rss,
        "index_mb": index_rss - baseline_rss,
        "p50_ms": float(np.percentile(ours, 50) * 1000),
        "p95_ms": float(np.percentile(ours, 95) * 1000),
        "plain_p50_ms": float(np.percentile(plain, 50) * 1000),
        "plain_p95_ms": float(np.percentile(plain, 95) * 1000),
    }


def _run(args: list[str]) -> dict:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    done = subprocess.run([sys.executable, "-m", "bench.speed", *args], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise SystemExit(f"bench worker failed ({' '.join(args)}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    """Run every size and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="comma-separated profile counts")
    parser.add_argument("--build-worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--rank-worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--directory", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.build_worker:
        print(json.dumps(build_worker(args.build_worker, args.directory)))
        return 0
    if args.rank_worker:
        print(json.dumps(rank_worker(args.directory)))
        return 0

    header = (
        f"| {'profiles':>9} | {'import s':>8} | {'build s':>7} | {'build peak MB':>13} | {'worker RSS MB':>13} "
        f"| {'rank p50 ms':>11} | {'rank p95 ms':>11} | {'TF-IDF p50 ms':>13} | {'speed-up':>8} |"
    )
    print(header)
    print("|" + "|".join("-" * (len(cell)) for cell in header.split("|")[1:-1]) + "|")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix="sektorbro-bench-") as tmp:
            built = _run(["--build-worker", str(size), "--directory", tmp])
            ranked = _run(["--rank-worker", "--directory", tmp])
        print(
            f"| {size:>9,} | {built['import_s']:>8.1f} | {built['build_s']:>7.1f} | {built['build_peak_mb']:>13.0f} "
            f"| {ranked['rss_mb']:>13.0f} | {ranked['p50_ms']:>11.1f} | {ranked['p95_ms']:>11.1f} "
            f"| {ranked['plain_p50_ms']:>13.1f} | {ranked['plain_p50_ms'] / ranked['p50_ms']:>7.1f}x |",
            flush=True,
        )
    print(
        "\nworker RSS: a fresh process after loading the saved index (what each web worker holds). "
        "Rank: one vacancy, top 10, one thread; speed-up: plain TF-IDF p50 / Sektorbro p50."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
