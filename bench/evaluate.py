"""Ranking quality on a seeded population with a hidden, sector-neutral truth (``make evaluate``).

Sektorbro's ranker (the same CandidateIndex and default Weights the app uses) is compared with plain
TF-IDF cosine over the same texts. The ranker never sees the generator's truth: it gets only the import
records. The held-out population is written with other words and other organisations.

Targets (issue 3): nDCG@10 at least twice plain TF-IDF's, and cross-sector exposure at least 0.8 —
the share of other-sector candidates in the top 10 divided by their share among the truly well-fitting.
"""

from __future__ import annotations

import argparse
import sys
import time

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from bench.metrics import summarise, vacancy_metrics
from bench.population import Population, generate_population
from matcher.documents import profile_from_record, vacancy_from_record
from matcher.index import CandidateIndex

TARGET_RATIO = 2.0
TARGET_EXPOSURE = 0.8
CUTOFF = 50


def evaluate(population: Population) -> dict[str, dict[str, float]]:
    """Summaries for Sektorbro and for plain TF-IDF on one population."""
    profiles = [profile_from_record(r, i) for i, r in enumerate(population.profiles)]
    vacancies = [vacancy_from_record(r, i) for i, r in enumerate(population.vacancies)]
    ids = [r["external_id"] for r in population.profiles]
    sector_of = {r["external_id"]: r["sector"] for r in population.profiles}

    index = CandidateIndex.build(profiles, vacancies)
    tfidf = TfidfVectorizer()
    matrix = tfidf.fit_transform([p.full_text() for p in profiles])

    ours, plain = [], []
    for vacancy, record in zip(vacancies, population.vacancies, strict=True):
        grades = population.relevance.get(record["external_id"], {})
        ranked = [ids[c.key] for c in index.rank(vacancy, limit=CUTOFF)]
        ours.append(vacancy_metrics(ranked, grades, sector_of, record["sector"]))
        scores = (matrix @ tfidf.transform([vacancy.full_text()]).T).toarray().ravel()
        top = np.argsort(-scores, kind="stable")[:CUTOFF]
        plain.append(vacancy_metrics([ids[i] for i in top], grades, sector_of, record["sector"]))
    return {"sektorbro": summarise(ours), "tfidf": summarise(plain)}


def report(name: str, results: dict[str, dict[str, float]]) -> tuple[float, float]:
    """Print one population's table; return (nDCG ratio, Sektorbro's pooled exposure)."""
    ours, plain = results["sektorbro"], results["tfidf"]
    ratio = ours["ndcg@10"] / plain["ndcg@10"] if plain["ndcg@10"] > 0 else float("inf")
    print(f"\n{name}")
    print(f"| {'ranker':<18} | {'nDCG@10':>8} | {'recall@50':>9} | {'exposure@10':>11} |")
    print(f"|{'-' * 20}|{'-' * 10}|{'-' * 11}|{'-' * 13}|")
    for label, row in (("Sektorbro", ours), ("plain TF-IDF", plain)):
        print(f"| {label:<18} | {row['ndcg@10']:>8.3f} | {row['recall@50']:>9.3f} | {row['exposure_pooled']:>11.2f} |")
    print(
        f"nDCG@10 ratio {ratio:.1f}x (target ≥ {TARGET_RATIO:.0f}x); exposure {ours['exposure_pooled']:.2f} "
        f"(target ≥ {TARGET_EXPOSURE})"
    )
    return ratio, ours["exposure_pooled"]


def main(argv: list[str] | None = None) -> int:
    """Run both populations; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=int, default=5000)
    parser.add_argument("--vacancies", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    met = True
    for style, seed in (("main", args.seed), ("heldout", args.seed + 1000), ("independent", args.seed + 2000)):
        started = time.perf_counter()
        population = generate_population(seed=seed, profiles=args.profiles, vacancies=args.vacancies, style=style)
        results = evaluate(population)
        title = f"{style} wording, seed {seed}: {args.profiles} leaders, {args.vacancies} vacancies"
        ratio, exposure = report(f"{title} ({time.perf_counter() - started:.0f} s)", results)
        met &= ratio >= TARGET_RATIO and exposure >= TARGET_EXPOSURE
    print("\nTargets met." if met else "\nTargets NOT met.")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
