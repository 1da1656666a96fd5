"""Fairness per weight version: ranking quality and exposure on the evaluation set, and shortlist rates.

*On the evaluation set.* ``make evaluate``'s seeded population with a hidden, sector-neutral truth
(``bench/population.py``), in the wording nobody tuned the taxonomy to (*independent*), small enough to rank in
a few seconds: ``EVALUATION`` leaders and vacancies. For a weight version: nDCG@10 and recall@50 against the
hidden grades, and cross-sector exposure@10, the other-sector share of the top 10s over their share among the
candidates who truly fit (1.0 = in proportion; pooled over the vacancies, as the README's tables report it), also
per vacancy sector. ``flask weights fairness`` computes it for every version without numbers (``make run`` runs
it); a weight version's weights never change, so its numbers are computed once per evaluation set and stored
(``WeightFairness``). Never in a request: building the set fits an index.

*Shortlist rates.* Per candidate sector: of the candidates an employer has decided on (shortlisted or rejected),
the share shortlisted; and each sector's rate over the highest sector's rate, flagged under four fifths (the
US EEOC's rule of thumb for adverse impact). Per weight version by time: a decision counts for the version in
force when it was last changed (``CandidateDecision.updated_at``; a later edit of the note moves it too).
The candidate's sector is the profile's sector now.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from matcher.sectors import SECTORS
from matcher.weights import Weights
from models import CandidateDecision, Decision, Profile, WeightFairness, WeightSet, utcnow

from .errors import EvaluationUnavailable

FOUR_FIFTHS = 0.8
FEW = 5  # a rate from fewer reviewed candidates than this is shown but not judged


@dataclass(frozen=True)
class Evaluation:
    """Which population the numbers are measured on (its name is stored with every result)."""

    style: str = "independent"
    seed: int = 2001  # make evaluate's independent population uses seed + 2000 with its default seed 1
    profiles: int = 2000
    vacancies: int = 80

    @property
    def name(self) -> str:
        return f"{self.style}-seed{self.seed}-{self.profiles}x{self.vacancies}"


EVALUATION = Evaluation()


class EvaluationSet:
    """The population and its fitted index, built once per command; ``measure`` ranks it with some weights."""

    def __init__(self, evaluation: Evaluation | None = None):
        evaluation = evaluation or EVALUATION
        try:
            from bench.metrics import summarise, vacancy_metrics
            from bench.population import generate_population
        except ImportError as error:  # pragma: no cover - only outside a source checkout
            raise EvaluationUnavailable() from error
        from matcher.documents import profile_from_record, vacancy_from_record
        from matcher.index import CandidateIndex

        self.evaluation = evaluation
        self._summarise, self._vacancy_metrics = summarise, vacancy_metrics
        population = generate_population(
            seed=evaluation.seed, profiles=evaluation.profiles, vacancies=evaluation.vacancies, style=evaluation.style
        )
        self.population = population
        self.vacancy_docs = [vacancy_from_record(r, i) for i, r in enumerate(population.vacancies)]
        profiles = [profile_from_record(r, i) for i, r in enumerate(population.profiles)]
        self.index = CandidateIndex.build(profiles, self.vacancy_docs)
        self.ids = [r["external_id"] for r in population.profiles]
        self.sector_of = {r["external_id"]: r["sector"] for r in population.profiles}

    def measure(self, weights: Weights) -> dict:
        """nDCG@10, recall@50 and pooled exposure@10, overall and per vacancy sector."""
        rows: dict[str, list[dict]] = {}
        for doc, record in zip(self.vacancy_docs, self.population.vacancies, strict=True):
            ranked = [self.ids[c.key] for c in self.index.rank(doc, weights, limit=50)]
            grades = self.population.relevance.get(record["external_id"], {})
            row = self._vacancy_metrics(ranked, grades, self.sector_of, record["sector"])
            rows.setdefault(record["sector"], []).append(row)
        every = [row for sector_rows in rows.values() for row in sector_rows]
        total = self._summarise(every)
        return {
            "ndcg": total["ndcg@10"],
            "recall": total["recall@50"],
            "exposure": _number(total.get("exposure_pooled")),
            "sectors": {
                sector: {
                    "vacancies": len(sector_rows),
                    "ndcg": _number(summary["ndcg@10"]),
                    "exposure": _number(summary.get("exposure_pooled")),
                }
                for sector, sector_rows in sorted(rows.items())
                for summary in [self._summarise(sector_rows)]
            },
        }


def _number(value: float | None) -> float | None:
    return None if value is None or math.isnan(value) else float(value)


def missing(session: Session, evaluation: Evaluation | None = None) -> list[WeightSet]:
    """Weight versions without numbers on this evaluation set (today's by default), oldest first."""
    evaluation = evaluation or EVALUATION
    done = select(WeightFairness.weight_set_id).where(WeightFairness.evaluation == evaluation.name)
    return list(session.scalars(select(WeightSet).where(WeightSet.id.not_in(done)).order_by(WeightSet.version)))


def compute(session: Session, sets: list[WeightSet], evaluation_set: EvaluationSet) -> list[WeightFairness]:
    """Measure each weight set on the evaluation set and store the numbers (replacing older ones)."""
    stored = []
    for weight_set in sets:
        found = evaluation_set.measure(Weights.from_dict(weight_set.weights))
        session.execute(delete(WeightFairness).where(WeightFairness.weight_set_id == weight_set.id))
        row = WeightFairness(
            weight_set_id=weight_set.id,
            evaluation=evaluation_set.evaluation.name,
            ndcg=found["ndcg"],
            recall=found["recall"],
            exposure=found["exposure"],
            details={"sectors": found["sectors"]},
            computed_at=utcnow(),
        )
        session.add(row)
        stored.append(row)
    session.flush()
    return stored


@dataclass(frozen=True)
class VersionNumbers:
    """One weight version in the fairness table: its numbers on the evaluation set, if computed."""

    weight_set: WeightSet
    result: WeightFairness | None  # None: not computed yet
    outdated: bool  # computed on another evaluation set than today's


def version_numbers(
    session: Session, sets: list[WeightSet], evaluation: Evaluation | None = None
) -> list[VersionNumbers]:
    """Each weight set with its stored numbers (outdated when measured on another evaluation set)."""
    evaluation = evaluation or EVALUATION
    ids = [s.id for s in sets]
    results = {
        r.weight_set_id: r for r in session.scalars(select(WeightFairness).where(WeightFairness.weight_set_id.in_(ids)))
    }
    return [
        VersionNumbers(s, results.get(s.id), s.id in results and results[s.id].evaluation != evaluation.name)
        for s in sets
    ]


# --- shortlist rates ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SectorRate:
    """Shortlisted among the decided candidates of one sector, and the ratio to the highest sector's rate."""

    sector: str
    reviewed: int
    shortlisted: int
    ratio: float | None  # this rate over the highest rate (None: no rate, or the highest is 0)

    @property
    def rate(self) -> float | None:
        return self.shortlisted / self.reviewed if self.reviewed else None

    @property
    def few(self) -> bool:
        """Too few decisions to judge the ratio."""
        return self.reviewed < FEW

    @property
    def flagged(self) -> bool:
        """Below four fifths of the highest rate, on enough decisions to judge."""
        return self.ratio is not None and self.ratio < FOUR_FIFTHS and not self.few


def period(session: Session, weight_set: WeightSet) -> tuple[datetime, datetime | None]:
    """When a version was in force: from its creation to the next version's (None: still in force)."""
    following = session.scalar(
        select(WeightSet.created_at).where(WeightSet.version > weight_set.version).order_by(WeightSet.version).limit(1)
    )
    return weight_set.created_at, following


def shortlist_rates(session: Session, weight_set: WeightSet | None = None) -> list[SectorRate]:
    """Per candidate sector: decided, shortlisted and the four-fifths ratio (all decisions, or one version's)."""
    stmt = (
        select(Profile.sector, CandidateDecision.decision, func.count())
        .join(Profile, Profile.id == CandidateDecision.profile_id)
        .where(CandidateDecision.decision.in_([Decision.SHORTLISTED, Decision.REJECTED]))
        .group_by(Profile.sector, CandidateDecision.decision)
    )
    if weight_set is not None:
        start, end = period(session, weight_set)
        # The first version was in force before anyone wrote one down: it takes every earlier decision too.
        if _is_first(session, weight_set):
            start = None
        if start is not None:
            stmt = stmt.where(CandidateDecision.updated_at >= start)
        if end is not None:
            stmt = stmt.where(CandidateDecision.updated_at < end)
    counts: dict[str, dict[str, int]] = {s: {"reviewed": 0, "shortlisted": 0} for s in SECTORS}
    for sector, decision, n in session.execute(stmt):
        if sector in counts:
            counts[sector]["reviewed"] += n
            if decision == Decision.SHORTLISTED:
                counts[sector]["shortlisted"] += n
    rates = {s: c["shortlisted"] / c["reviewed"] for s, c in counts.items() if c["reviewed"]}
    best = max(rates.values(), default=0.0)
    return [
        SectorRate(s, c["reviewed"], c["shortlisted"], rates[s] / best if s in rates and best > 0 else None)
        for s, c in counts.items()
    ]


def _is_first(session: Session, weight_set: WeightSet) -> bool:
    return session.scalar(select(func.min(WeightSet.version))) == weight_set.version
