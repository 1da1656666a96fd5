"""Measures on the real-language sets (``make evaluate``): concepts, functions, professions, text check, retrieval.

Every measure is reported for the *dev* part (read while writing rules) and the *test* part (only measured
on); judge the ranker by the test part. ``--show dev`` lists the dev part's misses, to learn from; there is
no way to list the test part's.

- Concept precision and recall on the annotated phrases (a phrase's gold is its taxonomy concepts).
- Function accuracy (the recognised main function of each page against our label) and required professions.
- Text check precision and recall on the probes, and whether a flagged probe names the right sector.
- Cross-sector retrieval: each page as a query against the other sectors' pages of the same part; relevant =
  same function. Precision@3 and MRR for Sektorbro, plain TF-IDF, stemmed TF-IDF and tantivy's BM25.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from bench.concept_classifier import compare
from bench.peers import bm25_scores
from bench.population import generate_population
from bench.realdata import PARTS, Ad, gold_concepts, load_ads, load_probes
from matcher.documents import VacancyDoc, profile_from_record, vacancy_from_record
from matcher.encoder import DocumentEncoder
from matcher.text import DanishStemmer, words
from matcher.textcheck import find_sector_phrases
from matcher.weights import Weights

RETRIEVAL_K = 3
# Rankers compared on cross-sector retrieval; each maps (queries, documents) to a score matrix.
Scorer = Callable[[Sequence[Ad], Sequence[Ad]], np.ndarray]


def fitted_encoder(profiles: int = 3000) -> DocumentEncoder:
    """An encoder fitted as the service fits one: on a population of leaders and vacancies (none of the ads)."""
    population = generate_population(seed=7, profiles=profiles, vacancies=100, style="main")
    docs = [profile_from_record(r, i) for i, r in enumerate(population.profiles)]
    vacancies = [vacancy_from_record(r, i) for i, r in enumerate(population.vacancies)]
    return DocumentEncoder().fit([*docs, *vacancies])


def as_vacancy(ad: Ad, key: int) -> VacancyDoc:
    """A page as the ranker reads a vacancy: its title, and its phrases as the description."""
    return VacancyDoc(
        key=key,
        sector=ad.sector,
        level=ad.level,
        municipality_code=101,
        title=ad.title,
        description=ad.text(),
        organisation=ad.organisation,
    )


# -- concepts, functions, professions ----------------------------------------------------------------------


@dataclass
class Counts:
    """True positives, false positives and false negatives, with precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: set, gold: set) -> None:
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def phrase_concepts(encoder: DocumentEncoder, text: str) -> set[str]:
    """Concept ids the matcher finds in one phrase, read as a vacancy's description is (the pages' phrases are
    the ads' own text)."""
    found = encoder.matcher_.find(encoder.lexicon_.rewrite_boilerplate(text), describing=True)
    return {encoder.concept_ids_[i] for i in found}


def concept_counts(encoder: DocumentEncoder, ads: Sequence[Ad], misses: list | None = None) -> Counts:
    """Micro precision and recall of concepts over every phrase of the pages."""
    counts, known = Counts(), set(encoder.concept_ids_)
    for ad in ads:
        for phrase in ad.phrases:
            gold, predicted = gold_concepts(phrase, known), phrase_concepts(encoder, phrase.text)
            counts.add(predicted, gold)
            if misses is not None and predicted != gold:
                misses.append((ad.id, phrase.text, sorted(predicted - gold), sorted(gold - predicted)))
    return counts


def function_accuracy(encoder: DocumentEncoder, ads: Sequence[Ad], misses: list | None = None) -> float:
    """Share of pages whose recognised main function is our label."""
    right = 0
    for key, ad in enumerate(ads):
        focus, _professions = encoder.blocks(encoder.transform([as_vacancy(ad, key)])).roles(0)
        found = encoder.recogniser_.function_ids[int(np.argmax(focus))] if focus.any() else None
        right += found == ad.function
        if misses is not None and found != ad.function:
            misses.append((ad.id, ad.title, found, ad.function))
    return right / len(ads) if ads else float("nan")


def profession_counts(encoder: DocumentEncoder, ads: Sequence[Ad], misses: list | None = None) -> Counts:
    """Precision and recall of required professions (our label: at most one per page)."""
    counts = Counts()
    for key, ad in enumerate(ads):
        _focus, found = encoder.blocks(encoder.transform([as_vacancy(ad, key)])).roles(0)
        predicted = {encoder.recogniser_.professions[p].id for p in found}
        gold = {ad.profession} if ad.profession else set()
        counts.add(predicted, gold)
        if misses is not None and predicted != gold:
            misses.append((ad.id, ad.title, sorted(predicted), sorted(gold)))
    return counts


# -- text check -------------------------------------------------------------------------------------------


@dataclass
class CheckResult:
    """Text-check precision, recall and the share of caught locks whose sector is named right."""

    counts: Counts
    sector_right: int
    caught: int

    @property
    def sector_accuracy(self) -> float:
        return self.sector_right / self.caught if self.caught else float("nan")


def _sector_matches(found: str, labelled: str | None) -> bool:
    return found == labelled or (found == "any" and labelled == "public")


def textcheck_result(part: str, misses: list | None = None) -> CheckResult:
    """Run the vacancy text check over the probes of one part."""
    counts, right, caught = Counts(), 0, 0
    for probe in load_probes(part):
        found = find_sector_phrases(probe.text)
        flagged = bool(found)
        counts.add({0} if flagged else set(), {0} if probe.locks else set())
        if flagged and probe.locks:
            caught += 1
            right += any(_sector_matches(f.sector, probe.sector) for f in found)
        if misses is not None and (flagged != probe.locks or (flagged and probe.locks and not right)):
            misses.append((probe.text, probe.locks, probe.sector, [(f.text, f.sector) for f in found]))
    return CheckResult(counts, right, caught)


# -- cross-sector retrieval -------------------------------------------------------------------------------


def sektorbro_scorer(encoder: DocumentEncoder, weights: Weights | None = None) -> Scorer:
    """Page-to-page similarity from the ranker's own parts: concepts, function and neutralised text."""
    share = (weights or Weights()).normalised()
    total = share["competence"] + share["function"] + share["text"]

    def encode(ads: Sequence[Ad]):
        vectors = encoder.vacancy_vectors(encoder.transform([as_vacancy(ad, i) for i, ad in enumerate(ads)]))
        concepts = np.array([v.required + 0.5 * v.nice for v in vectors], dtype=np.float64)
        concepts /= np.maximum(np.linalg.norm(concepts, axis=1, keepdims=True), 1e-12)
        functions = np.array([v.functions for v in vectors], dtype=np.float64)
        width = len(encoder.vectorizer_.vocabulary_)
        text = np.zeros((len(ads), width))
        for row, v in enumerate(vectors):
            text[row, v.query_terms] = v.query_weights
        return concepts, functions, text

    def score(queries: Sequence[Ad], documents: Sequence[Ad]) -> np.ndarray:
        qc, qf, qt = encode(queries)
        dc, df, dt = encode(documents)
        return (share["competence"] * qc @ dc.T + share["function"] * qf @ df.T + share["text"] * qt @ dt.T) / total

    return score


def tfidf_scorer(stemmed: bool) -> Scorer:
    """Cosine over TF-IDF of the pages' words (plain, or Snowball-stemmed)."""
    stemmer = DanishStemmer()

    def analyse(text: str) -> list[str]:
        return [stemmer.stem(w) for w in words(text)] if stemmed else words(text)

    def score(queries: Sequence[Ad], documents: Sequence[Ad]) -> np.ndarray:
        vectorizer = TfidfVectorizer(analyzer=analyse).fit([a.title + "\n" + a.text() for a in documents])
        q = vectorizer.transform([a.title + "\n" + a.text() for a in queries])
        d = vectorizer.transform([a.title + "\n" + a.text() for a in documents])
        return (q @ d.T).toarray()

    return score


def bm25_scorer() -> Scorer:
    """tantivy's BM25 with its default tokenizer, each query's words OR-ed together."""

    def score(queries: Sequence[Ad], documents: Sequence[Ad]) -> np.ndarray:
        texts = [ad.title + "\n" + ad.text() for ad in documents]
        out = np.zeros((len(queries), len(documents)))
        hits = bm25_scores(texts, [ad.title + " " + ad.text() for ad in queries], len(documents))
        for i, found in enumerate(hits):
            for row, value in found:
                out[i, row] = value
        return out

    return score


def cross_sector_retrieval(ads: Sequence[Ad], scorer: Scorer, k: int = RETRIEVAL_K) -> dict[str, float]:
    """Precision@k and MRR of each page as a query against the other sectors' pages (relevant = same function)."""
    scores = scorer(ads, ads)
    precisions, reciprocal = [], []
    for i, query in enumerate(ads):
        others = [j for j, ad in enumerate(ads) if ad.sector != query.sector]
        relevant = {j for j in others if ads[j].function == query.function}
        if not relevant:
            continue
        order = sorted(others, key=lambda j: (-scores[i, j], j))
        precisions.append(sum(j in relevant for j in order[:k]) / k)
        rank = next(r for r, j in enumerate(order, start=1) if j in relevant)
        reciprocal.append(1.0 / rank)
    return {
        f"precision@{k}": float(np.mean(precisions)) if precisions else float("nan"),
        "mrr": float(np.mean(reciprocal)) if reciprocal else float("nan"),
        "queries": len(precisions),
    }


# -- report -----------------------------------------------------------------------------------------------


def report(encoder: DocumentEncoder, show: str | None = None) -> dict[str, dict[str, float]]:
    """Print the real-language tables for both parts; return the numbers by part."""
    results: dict[str, dict[str, float]] = {}
    for part in PARTS:
        ads = load_ads(part)
        misses: dict[str, list] = {name: [] for name in ("concepts", "functions", "professions", "textcheck")}
        listing = misses if show == part == "dev" else {name: None for name in misses}
        concepts = concept_counts(encoder, ads, listing["concepts"])
        professions = profession_counts(encoder, ads, listing["professions"])
        check = textcheck_result(part, listing["textcheck"])
        results[part] = {
            "pages": len(ads),
            "phrases": sum(len(a.phrases) for a in ads),
            "concept_precision": concepts.precision,
            "concept_recall": concepts.recall,
            "function_accuracy": function_accuracy(encoder, ads, listing["functions"]),
            "profession_precision": professions.precision,
            "profession_recall": professions.recall,
            "check_precision": check.counts.precision,
            "check_recall": check.counts.recall,
            "check_sector_accuracy": check.sector_accuracy,
        }
        rankers = {
            "Sektorbro": sektorbro_scorer(encoder),
            "plain TF-IDF": tfidf_scorer(stemmed=False),
            "stemmed TF-IDF": tfidf_scorer(stemmed=True),
            "tantivy BM25": bm25_scorer(),
        }
        for name, scorer in rankers.items():
            for key, value in cross_sector_retrieval(ads, scorer).items():
                results[part][f"{name}:{key}"] = value
        if show == part == "dev":
            for name, rows in misses.items():
                print(f"\n-- dev misses: {name} ({len(rows)})")
                for row in rows:
                    print("  ", row)
    _print_tables(results)
    _print_recognisers(encoder)
    return results


def _print_recognisers(encoder: DocumentEncoder) -> None:
    """The rules beside a learned peer (character n-gram classifier), on the same phrases."""
    rows = compare(encoder, load_ads("dev"), load_ads("test"), phrase_concepts)
    print("\nConcept recognition: the rules beside a classifier over character n-grams (bench/concept_classifier.py)")
    print("| part | recogniser | precision | recall | F1 |")
    print("|---|---|---:|---:|---:|")
    for part, name, (precision, recall, f1) in rows:
        print(f"| {part} | {name} | {precision:.2f} | {recall:.2f} | {f1:.2f} |")


def _print_tables(results: dict[str, dict[str, float]]) -> None:
    print("\nReal Danish leader ads and probes (dev = read while writing rules; test = only measured)")
    print("| part | pages | phrases | concept P | concept R | function acc. | profession P/R | check P | check R |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for part, r in results.items():
        print(
            f"| {part} | {r['pages']:.0f} | {r['phrases']:.0f} | {r['concept_precision']:.2f} | "
            f"{r['concept_recall']:.2f} | {r['function_accuracy']:.2f} | "
            f"{r['profession_precision']:.2f}/{r['profession_recall']:.2f} | {r['check_precision']:.2f} | "
            f"{r['check_recall']:.2f} |"
        )
    print("\nCross-sector retrieval (query: one page; documents: the other sectors' pages; relevant: same function)")
    print(f"| part | ranker | queries | precision@{RETRIEVAL_K} | MRR |")
    print("|---|---|---:|---:|---:|")
    for part, r in results.items():
        for name in ("Sektorbro", "plain TF-IDF", "stemmed TF-IDF", "tantivy BM25"):
            print(
                f"| {part} | {name} | {r[f'{name}:queries']:.0f} | {r[f'{name}:precision@{RETRIEVAL_K}']:.3f} | "
                f"{r[f'{name}:mrr']:.3f} |"
            )


def main(argv: list[str] | None = None) -> int:
    """Print the tables; with --show dev, list the dev part's misses."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=["dev"], default=None)
    args = parser.parse_args(argv)
    report(fitted_encoder(), show=args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
