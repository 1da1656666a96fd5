"""Ranking in the app: candidates for a vacancy and vacancies for a leader, each explained.

The index itself lives in ``index_store``: snapshots in ``instance/matcher/`` built only by the CLI or
``flask index watch``, mapped by every process and brought up to date with the change log as an overlay.
A ranking never fits; with no usable index it raises ``IndexUnavailable`` and the page says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.orm import Session

from matcher.explain import Explanation, explain_many
from matcher.index import CandidateIndex, RankedCandidate, RankFilters
from matcher.recommend import VacancySet
from matcher.weights import Weights
from models import OFFER_KINDS, IndexChange, Profile, Vacancy, Visibility

from . import weights as weight_sets
from .index_store import (
    IndexUnavailable,
    SnapshotStatus,
    current_index,
    forget,
    rebuild,
    rebuild_if_needed,
    save_current,
    snapshot_status,
    state_of,
)
from .matcher_docs import (
    organisation_families,
    organisation_family,
    profile_doc,
    published,
    rankable,
    vacancy_doc,
    visible_to,
)

__all__ = [
    "IndexUnavailable",
    "SnapshotStatus",
    "current_index",
    "forget",
    "organisation_families",
    "profile_doc",
    "rebuild",
    "rebuild_if_needed",
    "refresh",
    "save_current",
    "snapshot_status",
    "vacancy_doc",
]


def directory_for(instance_path: str) -> Path:
    """Where the index of an instance folder lives."""
    return Path(instance_path) / "matcher"


def record_changes(session: Session, profile_ids: list[int]) -> None:
    """Announce that these profiles changed (or were deleted), so every index replays them."""
    if profile_ids:
        session.execute(insert(IndexChange.__table__), [{"profile_id": pid, "kind": "profile"} for pid in profile_ids])


def refresh(session: Session, directory: Path) -> None:
    """Apply the change log to this process's index now (after an account deletion: the rows go at once).

    The deleted leader's vectors leave the disk when ``index watch`` rebuilds, which a deletion triggers.
    """
    try:
        current_index(session, directory)
    except IndexUnavailable:
        pass  # nothing loaded, nothing to drop


@dataclass(frozen=True)
class RankedProfile:
    """A ranked candidate with its profile and the explanation of its score."""

    profile: Profile
    ranked: RankedCandidate
    explanation: Explanation


def rank_candidates(
    session: Session,
    directory: Path,
    vacancy: Vacancy,
    limit: int = 10,
    weights: Weights | None = None,
    explain_all: bool = True,
    filters: RankFilters | None = None,
) -> list[RankedProfile]:
    """The best candidates for a vacancy, with explanations, using the active weights unless given others.

    ``filters`` narrow the candidates inside the ranking, so the ones left keep their order.
    """
    index = current_index(session, directory)
    weights = weights or weight_sets.active_weights(session)
    doc = vacancy_doc(vacancy)
    ranked = index.rank(doc, weights, limit=limit, filters=filters)
    profiles = {p.id: p for p in rankable(session, [r.key for r in ranked], texts=explain_all)}
    # Organisation families only matter for discreet leaders, and only the vacancy organisation's own family.
    discreet = any(p.visibility == Visibility.DISCREET for p in profiles.values())
    family = organisation_family(session, vacancy.organisation_id) if discreet else {}
    kept = [
        (profiles[item.key], item)
        for item in ranked
        # deleted or hidden since the index last replayed: never show them
        if item.key in profiles and visible_to(profiles[item.key], vacancy.organisation_id, family)
    ]
    if not explain_all:
        return [RankedProfile(profile, item, None) for profile, item in kept]
    pairs = [(doc, profile_doc(profile), item) for profile, item in kept]  # explanations never read hidden_from
    return [
        RankedProfile(profile, item, explanation)
        for (profile, item), explanation in zip(kept, explain_many(index.encoder, pairs, weights), strict=True)
    ]


def _vacancy_set(index: CandidateIndex, vacancies: Iterable[Vacancy]) -> VacancySet:
    """Every published vacancy encoded with the index's encoder; each one's text is analysed only when the
    index has not analysed that exact content before (an edit of one vacancy re-analyses that one)."""
    docs = [vacancy_doc(v) for v in vacancies]
    return VacancySet.build(index.encoder, docs, [index.vacancy_vector(doc) for doc in docs])


@dataclass(frozen=True)
class RecommendedVacancy:
    """A vacancy recommended to a leader, with the explanation."""

    vacancy: Vacancy
    ranked: RankedCandidate
    explanation: Explanation


def recommend_vacancies(
    session: Session,
    directory: Path,
    profile: Profile,
    limit: int = 10,
    weights: Weights | None = None,
    kind: str | None = None,
) -> list[RecommendedVacancy]:
    """Published vacancies for a leader, best first, explained; ``kind`` (``vacancies.KindGroup``) keeps only
    posts or only rotation, secondment and job-shadowing offers, ranked the same way."""
    index = current_index(session, directory)
    weights = weights or weight_sets.active_weights(session)
    vacancies = {v.id: v for v in published(session)}
    stamp = (index.version, tuple(sorted((v.id, v.updated_at.isoformat()) for v in vacancies.values())))
    state = state_of(directory)
    if state is None:  # forgotten meanwhile (a rebuild in this process): encode without caching
        vacancy_set = _vacancy_set(index, vacancies.values())
    else:
        with state.lock:
            if state.vacancy_stamp != stamp:
                state.vacancy_set = _vacancy_set(index, vacancies.values())
                state.vacancy_stamp = stamp
            vacancy_set = state.vacancy_set
    doc = profile_doc(profile)
    if kind is None:
        found = vacancy_set.rank(index.encoder, doc, weights, limit=limit)
    else:  # rank them all (a few hundred rows of arithmetic), keep the kind's best, explain only those
        offers = kind == "offer"  # vacancies.KindGroup.OFFERS (vacancies imports this module's neighbours)
        found = [
            item
            for item in vacancy_set.rank(index.encoder, doc, weights, limit=len(vacancies))
            if (vacancies[item.key].kind in OFFER_KINDS) == offers
        ][:limit]
    explanations = explain_many(index.encoder, [(vacancy_doc(vacancies[i.key]), doc, i) for i in found], weights)
    return [
        RecommendedVacancy(vacancies[item.key], item, explanation)
        for item, explanation in zip(found, explanations, strict=True)
    ]
